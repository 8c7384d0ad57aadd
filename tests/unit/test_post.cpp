// post.h: parse_post end to end, and every class of bad input it must refuse with a clear error.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "talkboard/formats/schedule_json.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/limits.h"
#include "talkboard/post.h"
#include "internal/text.h"

using namespace talkboard;

namespace {

// Two talks (one without a time, for a diagnostic) after a frontmatter, so line numbers matter.
const std::string kPost =
    "---\n"
    "title: Our talks at DemoConf Europe 2024\n"
    "date: 2024-03-01\n"
    "---\n"
    "\n"
    "## Keynotes\n"
    "\n"
    "[Keynote: Opening the Mesh - Mara Quinn, Acme](https://example.com/k1)\n"
    "\n"
    "Tuesday, March 19, 2024, 09:00 - 09:20 CET\n"
    "\n"
    "Why meshes matter.\n"
    "Still the same paragraph.\n"
    "\n"
    "## Breakouts\n"
    "\n"
    "- [Tiny Probes - Jin Park, Fernwood & Lena Ortiz, Kestrel](https://example.com/t1)\n"
    "  Wednesday, March 20 \xE2\x80\xA2 11:00 am - 11:30 am CET\n"
    "- [Untimed Talk - Dana Fox, Kestrel](https://example.com/t2)\n"
    "\n"
    "The end.\n";

ErrorCode error_of(std::string_view input) {
    const Result<Schedule> result = parse_post(input);
    INFO("input: " << std::string(input.substr(0, 80)));
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().message.empty());
    CHECK(result.error().message.find('\n') == std::string::npos);
    return result.error().code;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
    return s;
}

// Everything a reader sees of a session, as one comparable string.
std::string describe(const Session& s) {
    std::string out = s.id + "|" + s.title + "|" + s.kind.value_or("-") + "|" + s.url.value_or("-") + "|" +
                      (s.date ? format_date(*s.date) : "-") + "|" + (s.start_minute ? format_hhmm(*s.start_minute) : "-") +
                      "|" + (s.end_minute ? format_hhmm(*s.end_minute) : "-") + "|" + s.tz.value_or("-") + "|" +
                      (s.utc_start ? format_utc_iso(*s.utc_start) : "-") + "|" + s.section.value_or("-") + "|" +
                      s.abstract + "|line " + std::to_string(s.line);
    for (const Speaker& sp : s.speakers) out += "|" + sp.name + "@" + sp.org.value_or("-");
    return out;
}

std::vector<std::string> describe_all(const Schedule& schedule) {
    std::vector<std::string> out;
    for (const Session& s : schedule.sessions) out.push_back(describe(s));
    for (const Diagnostic& d : schedule.diagnostics) out.push_back("diag line " + std::to_string(d.line) + ": " + d.message);
    return out;
}

}  // namespace

TEST_CASE("parse_post: a markdown post end to end", "[post]") {
    const Result<Schedule> result = parse_post(kPost);
    REQUIRE(result.ok());
    const Schedule& schedule = result.value();
    CHECK(frontmatter_scalar(schedule.post, "title") == "Our talks at DemoConf Europe 2024");
    CHECK(frontmatter_scalar(schedule.post, "date") == "2024-03-01");
    REQUIRE(schedule.sessions.size() == 3);

    const Session& keynote = schedule.sessions[0];
    CHECK(keynote.kind == "keynote");
    CHECK(keynote.title == "Opening the Mesh");
    CHECK(keynote.line == 8);
    CHECK(keynote.abstract == "Why meshes matter. Still the same paragraph.");
    CHECK(format_utc_iso(keynote.utc_start.value_or(0)) == "2024-03-19T08:00:00Z");

    const Session& probes = schedule.sessions[1];
    CHECK(probes.line == 17);
    CHECK(probes.section == "Breakouts");
    REQUIRE(probes.date);
    CHECK(format_date(*probes.date) == "2024-03-20");  // year from the frontmatter
    CHECK(probes.start_minute == 11 * 60);
    CHECK(probes.speakers.size() == 2);

    const Session& untimed = schedule.sessions[2];
    CHECK(untimed.title == "Untimed Talk");
    CHECK(untimed.line == 19);
    CHECK_FALSE(untimed.start_minute);
    REQUIRE(schedule.diagnostics.size() == 1);
    CHECK(schedule.diagnostics[0].line == 19);
}

TEST_CASE("parse_post: a JSON envelope, with line numbers that refer to rawMarkdownBody", "[post][json]") {
    const std::string envelope = R"({
  "frontmatter": {"title": "Our talks at DemoConf Europe 2024", "tags": ["mesh", "ebpf"]},
  "rawMarkdownBody": "## Keynotes\n\n[Keynote: Opening the Mesh - Mara Quinn, Acme](https://example.com/k1)\n\nTuesday, March 19 \u2022 09:00 - 09:20 CET\n\n[Untimed Talk - Jin Park, Fernwood](https://example.com/t2)\n"
})";
    const Result<Schedule> result = parse_post(envelope);
    REQUIRE(result.ok());
    const Schedule& schedule = result.value();
    CHECK(frontmatter_scalar(schedule.post, "title") == "Our talks at DemoConf Europe 2024");
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].line == 3);
    CHECK(schedule.sessions[0].kind == "keynote");
    REQUIRE(schedule.sessions[0].date);
    CHECK(format_date(*schedule.sessions[0].date) == "2024-03-19");
    CHECK(schedule.sessions[0].section == "Keynotes");
    CHECK(schedule.sessions[1].line == 7);
    REQUIRE(schedule.diagnostics.size() == 1);
    CHECK(schedule.diagnostics[0].line == 7);
}

TEST_CASE("parse_post: BOM, CRLF and lone CR give the same sessions and line numbers as LF", "[post][newlines]") {
    const Result<Schedule> lf = parse_post(kPost);
    REQUIRE(lf.ok());
    const std::vector<std::string> expected = describe_all(lf.value());

    SECTION("byte order mark") {
        const Result<Schedule> bom = parse_post("\xEF\xBB\xBF" + kPost);
        REQUIRE(bom.ok());
        CHECK(describe_all(bom.value()) == expected);
    }
    SECTION("CRLF") {
        const Result<Schedule> crlf = parse_post(replace_all(kPost, "\n", "\r\n"));
        REQUIRE(crlf.ok());
        CHECK(describe_all(crlf.value()) == expected);
    }
    SECTION("lone CR") {
        const Result<Schedule> cr = parse_post(replace_all(kPost, "\n", "\r"));
        REQUIRE(cr.ok());
        CHECK(describe_all(cr.value()) == expected);
    }
    SECTION("BOM and CRLF together, and mixed line ends") {
        const Result<Schedule> both = parse_post("\xEF\xBB\xBF" + replace_all(kPost, "\n", "\r\n"));
        REQUIRE(both.ok());
        CHECK(describe_all(both.value()) == expected);
        // CRLF, CR and LF in turn; a lone CR is never put right before an LF, where it would be a CRLF.
        std::string mixed;
        for (std::size_t i = 0, n = 0; i < kPost.size(); ++i) {
            if (kPost[i] != '\n') {
                mixed += kPost[i];
                continue;
            }
            const bool next_is_lf = i + 1 < kPost.size() && kPost[i + 1] == '\n';
            const std::size_t kind = n++ % 3;
            mixed += kind == 0 ? "\r\n" : kind == 1 && !next_is_lf ? "\r" : "\n";
        }
        REQUIRE(mixed.find('\r') != std::string::npos);
        const Result<Schedule> mixed_result = parse_post(mixed);
        REQUIRE(mixed_result.ok());
        CHECK(describe_all(mixed_result.value()) == expected);
    }
}

// Regression (found by these tests, fixed in the core): newlines are normalized before the JSON envelope is decoded, so a
// rawMarkdownBody whose lines end in "\r" (escaped in the JSON) reaches md4c unnormalized:
// md4c breaks lines at CR, but the line table only counts LF, so every line number is wrong.
TEST_CASE("parse_post: an envelope body with CR line ends keeps its line numbers", "[post][json][newlines]") {
    const std::string body_lf = R"(## Keynotes\n\n[Keynote: Opening the Mesh - Mara Quinn, Acme](https://example.com/k1)\n\nTuesday, March 19, 2024, 09:00 - 09:20 CET\n\n[Untimed Talk](https://example.com/t2)\n)";
    const Result<Schedule> lf = parse_post(R"({"rawMarkdownBody": ")" + body_lf + "\"}");
    REQUIRE(lf.ok());
    const std::vector<std::string> expected = describe_all(lf.value());
    const Result<Schedule> crlf = parse_post(R"({"rawMarkdownBody": ")" + replace_all(body_lf, "\\n", "\\r\\n") + "\"}");
    REQUIRE(crlf.ok());
    CHECK(describe_all(crlf.value()) == expected);
    const Result<Schedule> cr = parse_post(R"({"rawMarkdownBody": ")" + replace_all(body_lf, "\\n", "\\r") + "\"}");
    REQUIRE(cr.ok());
    CHECK(describe_all(cr.value()) == expected);
}

TEST_CASE("parse_post refuses bad input with a clear error", "[post][errors]") {
    SECTION("empty and whitespace-only") {
        CHECK(error_of("") == ErrorCode::empty_input);
        CHECK(error_of("   \n\t\r\n  ") == ErrorCode::empty_input);
        CHECK(error_of("\xEF\xBB\xBF\n") == ErrorCode::empty_input);
    }
    SECTION("invalid UTF-8 inside an otherwise good post") {
        const std::size_t title_at = kPost.find("Opening");
        const auto corrupt = [&](const std::string& bytes) {
            std::string post = kPost;
            post.insert(title_at, bytes);
            return post;
        };
        CHECK(error_of(corrupt("\xC0\xAF")) == ErrorCode::invalid_utf8);          // overlong '/'
        CHECK(error_of(corrupt("\xE0\x80\x80")) == ErrorCode::invalid_utf8);      // overlong NUL
        CHECK(error_of(corrupt("\xED\xA0\xBD")) == ErrorCode::invalid_utf8);      // surrogate
        CHECK(error_of(corrupt("\xE2\x9A")) == ErrorCode::invalid_utf8);          // truncated in the middle
        CHECK(error_of(kPost + "\xF0\x9F\x9A") == ErrorCode::invalid_utf8);       // truncated at the end
        CHECK(error_of(corrupt("\xE9")) == ErrorCode::invalid_utf8);              // Latin-1 'é'
        const Result<Schedule> r = parse_post(corrupt("\xC0\xAF"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find(std::to_string(title_at)) != std::string::npos);
    }
    SECTION("NUL bytes and binary data") {
        std::string with_nul = kPost;
        with_nul[with_nul.find("Opening")] = '\0';
        CHECK(error_of(with_nul) == ErrorCode::binary_input);
        const std::string gzip_like("\x1F\x8B\x08\x00\x00\x00\x00\x00", 8);
        const ErrorCode gzip_error = error_of(gzip_like);
        CHECK((gzip_error == ErrorCode::invalid_utf8 || gzip_error == ErrorCode::binary_input));
        CHECK(error_of(std::string("\x00\x01\x02\x03 text", 9)) == ErrorCode::binary_input);
        CHECK(error_of("# Title\n\x07\x08\n") == ErrorCode::binary_input);
    }
    SECTION("a post with no sessions") {
        CHECK(error_of("# Just a blog post\n\nSome prose, and [a link](https://example.com).\n") == ErrorCode::no_sessions);
        CHECK(error_of("---\ntitle: Only frontmatter\n---\n") == ErrorCode::no_sessions);
        CHECK(error_of("Tuesday, March 19, 2024, 09:00 - 09:20 CET\n") == ErrorCode::no_sessions);
        CHECK(error_of(R"({"frontmatter": {}, "rawMarkdownBody": "no talks here"})") == ErrorCode::no_sessions);
    }
    SECTION("unclosed frontmatter") {
        CHECK(error_of("---\ntitle: DemoConf\n\n[Talk](https://example.com/a)\n\n10:00 - 10:30\n") ==
              ErrorCode::bad_frontmatter);
    }
    SECTION("frontmatter over limits::max_frontmatter_bytes") {
        std::string post = "---\ntitle: DemoConf\nnote: " + std::string(limits::max_frontmatter_bytes, 'x') + "\n---\n";
        post += kPost.substr(kPost.find("## Keynotes"));
        CHECK(error_of(post) == ErrorCode::too_large);
    }
    SECTION("JSON envelopes of the wrong shape") {
        CHECK(error_of(R"({"rawMarkdownBody": 42})") == ErrorCode::bad_json);
        CHECK(error_of(R"({"frontmatter": "title: T", "rawMarkdownBody": "x"})") == ErrorCode::bad_json);
        CHECK(error_of(R"({"frontmatter": {"title": "T"}})") == ErrorCode::bad_json);
        CHECK(error_of(R"({"frontmatter": {"title": "T"}, "rawMarkdownBody": "x")") == ErrorCode::bad_json);
        CHECK(error_of(R"({"rawMarkdownBody": "x"} trailing)") == ErrorCode::bad_json);
        CHECK(error_of("{\"rawMarkdownBody\": \"\xC0\xAF\"}") == ErrorCode::invalid_utf8);
    }
    SECTION("an array at the top level is not an envelope") {
        // It does not start with '{', so it is markdown; as markdown it lists no talks.
        CHECK(error_of(R"([{"frontmatter": {}, "rawMarkdownBody": "x"}])") == ErrorCode::no_sessions);
    }
    SECTION("deeply nested JSON is refused without exhausting the stack") {
        const std::string deep = "{\"rawMarkdownBody\": \"x\", \"frontmatter\": {\"a\": " + std::string(200000, '[') +
                                 std::string(200000, ']') + "}}";
        CHECK(error_of(deep) == ErrorCode::bad_json);
        std::string deep_objects = "{\"rawMarkdownBody\": \"x\", \"frontmatter\": ";
        for (int i = 0; i < 100000; ++i) deep_objects += "{\"a\":";
        deep_objects += "1" + std::string(100000, '}') + "}";
        CHECK(error_of(deep_objects) == ErrorCode::bad_json);
    }
}

TEST_CASE("parse_post: a post of exactly limits::max_input_bytes parses, one byte more is too_large",
          "[post][limits]") {
    std::string over = kPost;
    over.resize(limits::max_input_bytes + 1, ' ');  // padding: a last line of spaces
    const std::string_view at_limit = std::string_view(over).substr(0, limits::max_input_bytes);

    const Result<Schedule> accepted = parse_post(at_limit);
    REQUIRE(accepted.ok());
    CHECK(accepted.value().sessions.size() == 3);

    CHECK(error_of(over) == ErrorCode::too_large);
}

TEST_CASE("parse_post on hostile input: no crash, and a well-formed result", "[post][robustness]") {
    // What the contract decides is checked; for the rest, a result is well-formed when every
    // session has an id and a line, and every string is valid UTF-8.
    const auto well_formed = [](const Schedule& schedule) {
        for (const Session& s : schedule.sessions) {
            if (s.id.empty() || s.line <= 0) return false;
            if (text::find_invalid_utf8(s.title) || text::find_invalid_utf8(s.abstract)) return false;
            for (const Speaker& sp : s.speakers) {
                if (text::find_invalid_utf8(sp.name) || text::find_invalid_utf8(sp.org.value_or(""))) return false;
            }
        }
        return true;
    };
    SECTION("inputs with no talk in them") {
        CHECK(error_of(std::string(100000, '[')) == ErrorCode::no_sessions);
        CHECK(error_of(std::string(100000, '*') + "x") == ErrorCode::no_sessions);
        CHECK(error_of(std::string(20000, '#') + " heading\n") == ErrorCode::no_sessions);
        CHECK(error_of("---\n---\n---\n---\n") == ErrorCode::no_sessions);
        CHECK(error_of("~~~\n" + std::string(10000, '`') + "\n[T](https://example.com)\n\n10:00 - 10:30\n") ==
              ErrorCode::no_sessions);  // all inside an unclosed code fence (backticks do not close '~~~')
        // A link text far over limits::max_talk_line_bytes is prose.
        CHECK(error_of("[" + std::string(100000, 'a') + "](https://example.com)\n\n10:00 - 10:30\n") ==
              ErrorCode::no_sessions);
    }
    SECTION("odd inputs that may or may not hold a talk") {
        const std::vector<std::string> inputs = {
            std::string(50000, '>') + " [T](https://example.com)\n\n10:00 - 10:30\n",
            "- " + std::string(10000, ' ') + "- [T](https://example.com)\n",
            "[T](<" + std::string(100000, 'u') + ">)\n\n10:00 - 10:30\n",
            "<BlogAuthor\n" + std::string(10000, '<') + "\n",
            std::string(5000, '-') + " [T](https://example.com) " + std::string(5000, '-') + "\n\n10:00 - 10:30\n",
            R"({"rawMarkdownBody": "[T\u0000 - Jin Park, Fernwood](https://example.com)\n\n10:00 - 10:30"})",
            R"({"rawMarkdownBody": "[T](https://example.com) &#0; &#xD800; &#x110000;\n\n10:00 - 10:30"})",
        };
        for (const std::string& input : inputs) {
            INFO("input starts: " << input.substr(0, 60));
            const Result<Schedule> result = parse_post(input);
            if (result.ok()) {
                CHECK(well_formed(result.value()));
            } else {
                CHECK_FALSE(result.error().message.empty());
            }
        }
    }
}

TEST_CASE("parse_post with Diagnostics::skip: the same schedule, without diagnostics", "[post][diagnostics]") {
    // Every fixture input, and the shared corpus where it is present (wasm/board.cpp reads posts so).
    std::vector<std::filesystem::path> inputs;
    for (const char* dir : {TALKBOARD_FIXTURES_DIR, TALKBOARD_FIXTURES_DIR "/interop", TALKBOARD_SHARED_DIR "/corpus/posts",
                            TALKBOARD_SHARED_DIR "/corpus-sites/posts"}) {
        std::error_code missing;
        for (const auto& entry : std::filesystem::directory_iterator(dir, missing)) {
            if (!entry.is_regular_file()) continue;
            const std::string name = entry.path().filename().string();
            const bool expected_output = name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0 &&
                                         name.find(".input.json") == std::string::npos && std::string(dir).find("interop") == std::string::npos;
            if (!expected_output) inputs.push_back(entry.path());
        }
    }
    REQUIRE(inputs.size() >= 10);
    std::size_t with_diagnostics = 0;
    for (const auto& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        INFO(path.string());
        const Result<Schedule> collected = parse_post(text, Diagnostics::collect);
        const Result<Schedule> skipped = parse_post(text, Diagnostics::skip);
        REQUIRE(collected.ok() == skipped.ok());
        if (!collected.ok()) {
            CHECK(collected.error().code == skipped.error().code);
            continue;
        }
        CHECK(skipped.value().diagnostics.empty());
        with_diagnostics += !collected.value().diagnostics.empty();
        Schedule without = collected.value();
        without.diagnostics.clear();
        CHECK(schedule_to_json(skipped.value()) == schedule_to_json(without));
    }
    CHECK(with_diagnostics > 0);  // the comparison covered posts whose diagnostics were dropped
}

TEST_CASE("parse_post: a post that writes no year takes the one in its address", "[post]") {
    const std::string post = "## Schedule\n\nTuesday, September 26th\n\n- 09:00 - 09:30 Welcome: Ana Li (Acme)\n";
    const Result<Schedule> without = parse_post(post);
    REQUIRE(without.ok());
    CHECK_FALSE(without.value().sessions.at(0).date);
    const Result<Schedule> with = parse_post(post, Diagnostics::collect, "content/events/2023/summit/schedule.md");
    REQUIRE(with.ok());
    REQUIRE(with.value().sessions.at(0).date);
    CHECK(format_date(*with.value().sessions.at(0).date) == "2023-09-26");
    // A year the post writes wins over its address's.
    const Result<Schedule> written = parse_post("# Summit 2024\n\n" + post, Diagnostics::collect, "events/2023/schedule.md");
    REQUIRE(written.ok());
    REQUIRE(written.value().sessions.at(0).date);
    CHECK(written.value().sessions.at(0).date->year == 2024);
}
