// limits.h: every named limit, tested at the limit (accepted) and just over it (refused or reported).
// Big inputs are generated in memory; each test case builds at most one of them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>

#include "talkboard/limits.h"
#include "talkboard/session_finish.h"
#include "talkboard/post.h"
#include "talkboard/input/post_source.h"
#include "talkboard/extract/extract_schedule.h"
#include "talkboard/extract/time_line.h"

using namespace talkboard;

namespace {

constexpr std::string_view kTalk =
    "[Tiny Probes - Jin Park, Fernwood](https://example.com/t1)\n\nTuesday, March 19, 2024, 10:00 - 10:30 CET\n\n";

// A valid one-talk post of `size` bytes: the talk, then spaces (a blank last line) as padding.
std::string padded_post(std::size_t size) {
    std::string post(kTalk);
    REQUIRE(post.size() <= size);
    post.resize(size, ' ');
    return post;
}

// "---\n" + a frontmatter block of exactly `yaml_bytes` bytes (lines with their '\n') + "---\n" + a talk.
std::string post_with_frontmatter(std::size_t yaml_bytes) {
    std::string yaml = "title: DemoConf 2024\nnote: ";
    REQUIRE(yaml.size() + 1 <= yaml_bytes);
    yaml.resize(yaml_bytes - 1, 'x');
    yaml += '\n';
    REQUIRE(yaml.size() == yaml_bytes);
    return "---\n" + yaml + "---\n" + std::string(kTalk);
}

Schedule extract_body(std::string body) {
    PostSource source;
    source.body = std::move(body);
    return extract_schedule(source);
}

std::size_t count_errors(const Schedule& schedule) {
    return static_cast<std::size_t>(std::count_if(schedule.diagnostics.begin(), schedule.diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

}  // namespace

TEST_CASE("limits::max_input_bytes: a post of exactly the limit is read, one byte more is too_large",
          "[limits][input]") {
    // One allocation of limit + 1 bytes; the at-limit post is a view of its first `limit` bytes.
    const std::string over = padded_post(limits::max_input_bytes + 1);
    const std::string_view at_limit = std::string_view(over).substr(0, limits::max_input_bytes);
    REQUIRE(at_limit.size() == limits::max_input_bytes);

    const auto accepted = read_post_source(at_limit);
    REQUIRE(accepted.ok());
    CHECK(accepted.value().body.size() <= limits::max_input_bytes);

    const auto refused = read_post_source(over);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::too_large);
    CHECK(refused.error().message.find(std::to_string(limits::max_input_bytes)) != std::string::npos);
}

TEST_CASE("limits::max_input_bytes is checked first: an oversize run of NUL bytes is too_large, not binary",
          "[limits][input]") {
    const std::string zeros(limits::max_input_bytes + 1, '\0');
    const auto refused = read_post_source(zeros);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::too_large);
}

TEST_CASE("limits::max_frontmatter_bytes: at the limit read, one byte over too_large", "[limits][frontmatter]") {
    SECTION("exactly at the limit") {
        const std::string post = post_with_frontmatter(limits::max_frontmatter_bytes);
        const auto source = read_markdown_post(post);
        REQUIRE(source.ok());
        CHECK(frontmatter_scalar(source.value().frontmatter, "title") == "DemoConf 2024");
        CHECK(source.value().body == kTalk);
        CHECK(parse_post(post).ok());
    }
    SECTION("one byte over") {
        const std::string post = post_with_frontmatter(limits::max_frontmatter_bytes + 1);
        const auto source = read_markdown_post(post);
        REQUIRE_FALSE(source.ok());
        CHECK(source.error().code == ErrorCode::too_large);
        const auto parsed = parse_post(post);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::too_large);
    }
    SECTION("an unclosed frontmatter longer than the limit stops at the limit") {
        std::string post = "---\ntitle: T\n";
        while (post.size() < 2 * limits::max_frontmatter_bytes) post += "key: value value value value\n";
        const auto source = read_markdown_post(post);
        REQUIRE_FALSE(source.ok());
        CHECK((source.error().code == ErrorCode::too_large || source.error().code == ErrorCode::bad_frontmatter));
    }
}

TEST_CASE("limits::max_talk_line_bytes: a link line of exactly the limit is a talk, one byte more is prose",
          "[limits][talk_line]") {
    const auto post_with_title = [](const std::string& title) {
        return "[" + title + "](https://example.com/long)\n\nTuesday, March 19, 2024, 10:00 - 10:30 CET\n";
    };
    SECTION("ASCII") {
        const std::string at_limit(limits::max_talk_line_bytes, 'a');
        const Schedule accepted = extract_body(post_with_title(at_limit));
        REQUIRE(accepted.sessions.size() == 1);
        CHECK(accepted.sessions[0].title == at_limit);
        CHECK(accepted.sessions[0].start_minute == 10 * 60);

        const Schedule refused = extract_body(post_with_title(at_limit + "a"));
        CHECK(refused.sessions.empty());
    }
    SECTION("the limit counts bytes, not characters") {
        std::string at_limit;
        while (at_limit.size() < limits::max_talk_line_bytes) at_limit += "\xC3\xA9";  // é, two bytes
        REQUIRE(at_limit.size() == limits::max_talk_line_bytes);
        CHECK(extract_body(post_with_title(at_limit)).sessions.size() == 1);
        CHECK(extract_body(post_with_title(at_limit + "a")).sessions.empty());
    }
}

TEST_CASE("limits::max_diagnostics: at the limit all are listed, beyond it one summary line", "[limits][diagnostics]") {
    // Each talk without a date or time (a roundup: named with its speaker) is one warning.
    const auto untimed_talks = [](std::size_t count) {
        std::string body;
        for (std::size_t i = 0; i < count; ++i) {
            body += "[Talk " + std::to_string(i) + " - Jin Park, Fernwood](https://example.com/" + std::to_string(i) + ")\n\n";
        }
        return body;
    };
    SECTION("exactly the limit") {
        const Schedule schedule = extract_body(untimed_talks(limits::max_diagnostics));
        REQUIRE(schedule.sessions.size() == limits::max_diagnostics);
        REQUIRE(schedule.diagnostics.size() == limits::max_diagnostics);
        CHECK(schedule.diagnostics.back().line > 0);  // a real diagnostic, not a summary
    }
    SECTION("over the limit") {
        const std::size_t extra = 234;
        const Schedule schedule = extract_body(untimed_talks(limits::max_diagnostics + extra));
        REQUIRE(schedule.sessions.size() == limits::max_diagnostics + extra);
        REQUIRE(schedule.diagnostics.size() == limits::max_diagnostics + 1);
        const Diagnostic& summary = schedule.diagnostics.back();
        CHECK(summary.line == 0);
        CHECK(summary.message.find(std::to_string(extra)) != std::string::npos);
        for (std::size_t i = 0; i < limits::max_diagnostics; ++i) {
            if (schedule.diagnostics[i].line <= 0) FAIL("diagnostic " << i << " is not tied to a line");
        }
    }
}

TEST_CASE("limits::max_sessions: the first max_sessions talks are kept, the next one is reported",
          "[limits][sessions]") {
    // max_sessions + 1 short timed talks under one date heading: no other diagnostic is expected.
    std::string body = "## Tuesday, March 19, 2024\n\n";
    body.reserve(body.size() + (limits::max_sessions + 1) * 16);
    int line = 3;
    int first_dropped_line = 0;
    for (std::size_t i = 0; i <= limits::max_sessions; ++i, line += 2) {
        if (i == limits::max_sessions) first_dropped_line = line;
        body += "10:00 CET [T" + std::to_string(i) + "](u)\n\n";  // distinct titles: no duplicates to merge
    }
    const Schedule schedule = extract_body(std::move(body));
    CHECK(schedule.sessions.size() == limits::max_sessions);
    CHECK(schedule.sessions.back().line == first_dropped_line - 2);
    REQUIRE(schedule.diagnostics.size() == 1);
    CHECK(schedule.diagnostics[0].severity == Severity::error);
    CHECK(schedule.diagnostics[0].line == first_dropped_line);
}

// Regression (found by these tests, fixed in the core): the diagnostics summary keeps the first max_diagnostics by line and drops
// the rest, so the error for sessions over max_sessions (always on the last lines) disappears
// into "N more diagnostics not shown" as soon as a post also has 1,000 warnings.
TEST_CASE("limits::max_sessions: the over-limit error survives the diagnostics summary",
          "[limits][sessions][diagnostics]") {
    std::string body = "## Tuesday, March 19, 2024\n\n";
    body.reserve(body.size() + (limits::max_sessions + 1) * 16);
    // Untimed talks listed like the timed ones (a link with its speaker): a warning each.
    for (std::size_t i = 0; i < limits::max_diagnostics + 500; ++i) body += "[T" + std::to_string(i) + " - Jin Park, Fernwood](u)\n\n";
    for (std::size_t i = limits::max_diagnostics + 500; i <= limits::max_sessions; ++i) body += "10:00 CET [T" + std::to_string(i) + "](u)\n\n";
    const Schedule schedule = extract_body(std::move(body));
    REQUIRE(schedule.sessions.size() == limits::max_sessions);
    CHECK(count_errors(schedule) == 1);
}

TEST_CASE("limits::max_time_line_bytes: a time line of exactly the limit is read, one byte more is prose",
          "[limits][time_line]") {
    // A parenthesized note is ignored by the reader, so it pads a real time line to any length.
    const auto padded = [](std::size_t size) {
        std::string line = "Tuesday, March 19, 2024, 10:00 - 10:30 CET (";
        REQUIRE(line.size() + 1 <= size);
        line.resize(size - 1, 'x');
        return line + ")";
    };
    const TimeLineParse at_limit = parse_time_line(padded(limits::max_time_line_bytes));
    REQUIRE(at_limit.status == TimeLineParse::Status::parsed);
    CHECK(at_limit.value.has_time());
    CHECK(parse_time_line(padded(limits::max_time_line_bytes + 1)).status == TimeLineParse::Status::not_a_time_line);

    // In a post: the talk keeps its time at the limit, and has none one byte over.
    const auto post = [&](std::size_t size) {
        return "[Tiny Probes - Jin Park, Fernwood](https://example.com/t1)\n\n" + padded(size) + "\n\nAbstract.\n";
    };
    const Schedule accepted = extract_body(post(limits::max_time_line_bytes));
    REQUIRE(accepted.sessions.size() == 1);
    CHECK(accepted.sessions[0].start_minute == 10 * 60);
    const Schedule over = extract_body(post(limits::max_time_line_bytes + 1));
    REQUIRE(over.sessions.size() == 1);
    CHECK_FALSE(over.sessions[0].start_minute);
}

TEST_CASE("limits::max_session_resources: that many recordings and slides are kept, the next is not",
          "[limits][resources]") {
    std::vector<Resource> resources;
    for (std::size_t i = 0; i < limits::max_session_resources; ++i) {
        CHECK(add_resource(resources, ResourceKind::video, "https://video.example/" + std::to_string(i)));
    }
    CHECK_FALSE(add_resource(resources, ResourceKind::slides, "https://slides.example/one-more.pdf"));
    CHECK(resources.size() == limits::max_session_resources);
}
