// post_source.h: the post's container (YAML frontmatter + markdown, or a JSON envelope) and the
// byte checks in front of it. Error cases of read_post_source are at the end of this file.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "talkboard/input/post_source.h"
#include "internal/text.h"

using namespace talkboard;

namespace {

using List = std::vector<std::string>;

const FrontmatterValue* find_key(const Frontmatter& fm, const std::string& key) {
    for (const auto& [k, v] : fm) {
        if (k == key) return &v;
    }
    return nullptr;
}

std::vector<std::string> keys_of(const Frontmatter& fm) {
    std::vector<std::string> keys;
    for (const auto& entry : fm) keys.push_back(entry.first);
    return keys;
}

std::optional<List> list_value(const Frontmatter& fm, const std::string& key) {
    const FrontmatterValue* v = find_key(fm, key);
    if (!v) return std::nullopt;
    if (const auto* list = std::get_if<List>(v)) return *list;
    return std::nullopt;
}

ErrorCode error_of(const Result<PostSource>& r) {
    REQUIRE_FALSE(r.ok());
    return r.error().code;
}

}  // namespace

TEST_CASE("parse_frontmatter reads the YAML subset posts use", "[post_source][frontmatter]") {
    SECTION("plain scalars keep the author's order") {
        const Frontmatter fm = parse_frontmatter("title: Our talks at DemoConf\ndate: 2024-03-01\npath: /blog/demo\n");
        CHECK(keys_of(fm) == List{"title", "date", "path"});
        CHECK(frontmatter_scalar(fm, "title") == "Our talks at DemoConf");
        CHECK(frontmatter_scalar(fm, "date") == "2024-03-01");
        CHECK_FALSE(frontmatter_scalar(fm, "missing"));
    }
    SECTION("a colon inside the value belongs to the value") {
        const Frontmatter fm = parse_frontmatter("title: DemoConf: the recap\nurl: https://example.com/a\n");
        CHECK(frontmatter_scalar(fm, "title") == "DemoConf: the recap");
        CHECK(frontmatter_scalar(fm, "url") == "https://example.com/a");
    }
    SECTION("quoted scalars") {
        const Frontmatter fm = parse_frontmatter(
            "single: 'it''s here'\n"
            "double: \"a \\\"quoted\\\" word\"\n"
            "colon: \"Paris: day 1\"\n"
            "hash: \"not # a comment\"\n");
        CHECK(frontmatter_scalar(fm, "single") == "it's here");
        CHECK(frontmatter_scalar(fm, "double") == "a \"quoted\" word");
        CHECK(frontmatter_scalar(fm, "colon") == "Paris: day 1");
        CHECK(frontmatter_scalar(fm, "hash") == "not # a comment");
    }
    SECTION("comments") {
        const Frontmatter fm = parse_frontmatter("# a comment line\ntitle: Hello # trailing note\n  # indented comment\n");
        CHECK(keys_of(fm) == List{"title"});
        CHECK(frontmatter_scalar(fm, "title") == "Hello");
    }
    SECTION("flow lists, with a comma inside quotes") {
        const Frontmatter fm = parse_frontmatter("tags: [ebpf, 'mesh, sidecars', \"kubernetes\"]\n");
        CHECK(list_value(fm, "tags") == List{"ebpf", "mesh, sidecars", "kubernetes"});
        CHECK_FALSE(frontmatter_scalar(fm, "tags"));  // a list is not a scalar
    }
    SECTION("block lists") {
        const Frontmatter fm = parse_frontmatter("authors:\n  - Mara Quinn\n  - 'Jin Park'\ntitle: T\n");
        CHECK(list_value(fm, "authors") == List{"Mara Quinn", "Jin Park"});
        CHECK(frontmatter_scalar(fm, "title") == "T");
    }
    SECTION("a key with nothing after it is an empty scalar") {
        const Frontmatter fm = parse_frontmatter("summary:\ntitle: T\n");
        CHECK(frontmatter_scalar(fm, "summary") == "");
        CHECK(frontmatter_scalar(fm, "title") == "T");
    }
    SECTION("nested maps are skipped: their inner keys do not leak to the top level") {
        const Frontmatter fm = parse_frontmatter("seo:\n  description: about talks\n  image: a.png\ntitle: T\n");
        CHECK(frontmatter_scalar(fm, "title") == "T");
        CHECK_FALSE(find_key(fm, "description"));
        CHECK_FALSE(find_key(fm, "image"));
    }
    SECTION("lines that are not key: value are ignored") {
        const Frontmatter fm = parse_frontmatter("just some words\n: no key\ntitle: T\n");
        CHECK(keys_of(fm) == List{"title"});
    }
    SECTION("block scalars: literal lines keep their breaks, folded ones join with spaces") {
        const Frontmatter fm = parse_frontmatter(
            "subtitle: |\n  The Demo Summit\n  4-6 May 2026\n\n  Hall B\n"
            "summary: >-\n  A week of talks\n  and hacking.\n"
            "title: T\n");
        CHECK(frontmatter_scalar(fm, "subtitle") == "The Demo Summit\n4-6 May 2026\n\nHall B");
        CHECK(frontmatter_scalar(fm, "summary") == "A week of talks and hacking.");
        CHECK(frontmatter_scalar(fm, "title") == "T");
        CHECK(keys_of(fm) == List{"subtitle", "summary", "title"});
    }
    SECTION("empty input") { CHECK(parse_frontmatter("").empty()); }
}

TEST_CASE("frontmatter_content_lines keeps block scalars' text on their own lines", "[post_source][frontmatter]") {
    const std::string yaml = "layout: stand\nshowcase: |\n  <h2>Talks</h2>\n\n    <p>indented</p>\ntitle: T\n";
    CHECK(frontmatter_content_lines(yaml) == "\n\n<h2>Talks</h2>\n\n  <p>indented</p>\n\n");
    CHECK(frontmatter_content_lines("title: T\ntags:\n  - a\n").empty());
    CHECK(frontmatter_content_lines("note: |\n\ntitle: T\n").empty());  // a block with no text
}

TEST_CASE("read_markdown_post reads a page kept in the frontmatter before the body, lines unchanged", "[post_source][frontmatter]") {
    const std::string post = "---\ntitle: Stand\nshowcase: |\n  <h2>Schedule</h2>\n---\nBody text\n";
    const Result<PostSource> source = read_markdown_post(post);
    REQUIRE(source.ok());
    CHECK(source.value().first_body_line == 1);
    CHECK(source.value().body == "\n\n\n<h2>Schedule</h2>\n\nBody text\n");
    CHECK(frontmatter_scalar(source.value().frontmatter, "showcase") == "<h2>Schedule</h2>");
}

TEST_CASE("read_markdown_post splits frontmatter from the body", "[post_source][frontmatter]") {
    SECTION("no frontmatter: the whole input is the body") {
        const auto r = read_markdown_post("# Title\n\ntext\n");
        REQUIRE(r.ok());
        CHECK(r.value().frontmatter.empty());
        CHECK(r.value().body == "# Title\n\ntext\n");
        CHECK(r.value().first_body_line == 1);
    }
    SECTION("frontmatter fenced by ---; the body starts after the closing fence") {
        const auto r = read_markdown_post("---\ntitle: T\ndate: 2024-03-01\n---\n# Heading\n");
        REQUIRE(r.ok());
        CHECK(frontmatter_scalar(r.value().frontmatter, "title") == "T");
        CHECK(r.value().body == "# Heading\n");
        CHECK(r.value().first_body_line == 5);
    }
    SECTION("Pelican metadata closed by a --- line without the opening one") {
        const auto r = read_markdown_post("Title: Meetup\nDate: 2017-07-20 14:38\n---\n\n## Talk 1: Hello\n");
        REQUIRE(r.ok());
        CHECK(frontmatter_scalar(r.value().frontmatter, "title") == "Meetup");
        CHECK(r.value().body == "\n## Talk 1: Hello\n");
        CHECK(r.value().first_body_line == 4);
    }
    SECTION("Hugo's JSON frontmatter: a '{' line, key lines, a '}' line, then markdown") {
        const std::string input = "{\n\t\"Title\": \"Plumbers 2010\",\n\t\"Tags\": [\"lpc\"],\n\t\"Pubdate\": \"2010-11-01\",\n}\n\n* [Talk](https://example.org/t) 10:00am\n";
        CHECK(starts_with_json_frontmatter(input));
        const auto r = read_post_source(input);
        REQUIRE(r.ok());
        CHECK(frontmatter_scalar(r.value().frontmatter, "title") == "Plumbers 2010");
        CHECK(frontmatter_scalar(r.value().frontmatter, "pubdate") == "2010-11-01");
        CHECK(!frontmatter_scalar(r.value().frontmatter, "tags"));
        CHECK(r.value().body == "\n* [Talk](https://example.org/t) 10:00am\n");
        CHECK(r.value().first_body_line == 6);
        // A JSON document with nothing after it stays JSON.
        CHECK(!starts_with_json_frontmatter("{\n\"frontmatter\": {},\n\"rawMarkdownBody\": \"x\"\n}\n"));
    }
    SECTION("the closing fence may be '...'") {
        const auto r = read_markdown_post("---\ntitle: T\n...\nbody\n");
        REQUIRE(r.ok());
        CHECK(frontmatter_scalar(r.value().frontmatter, "title") == "T");
        CHECK(r.value().body == "body\n");
        CHECK(r.value().first_body_line == 4);
    }
    SECTION("an empty frontmatter") {
        const auto r = read_markdown_post("---\n---\nbody");
        REQUIRE(r.ok());
        CHECK(r.value().frontmatter.empty());
        CHECK(r.value().body == "body");
        CHECK(r.value().first_body_line == 3);
    }
    SECTION("a --- that is not on the first line is markdown, not frontmatter") {
        const std::string input = "Intro\n---\ntitle: no\n---\n";
        const auto r = read_markdown_post(input);
        REQUIRE(r.ok());
        CHECK(r.value().frontmatter.empty());
        CHECK(r.value().body == input);
    }
    SECTION("unclosed frontmatter is bad_frontmatter") {
        CHECK(error_of(read_markdown_post("---\ntitle: T\n\n# Heading\n\ntext\n")) == ErrorCode::bad_frontmatter);
        CHECK(error_of(read_markdown_post("---\n")) == ErrorCode::bad_frontmatter);
        CHECK(error_of(read_markdown_post("---")) == ErrorCode::bad_frontmatter);
    }
}

TEST_CASE("read_json_input reads a post envelope {frontmatter, rawMarkdownBody}", "[post_source][json]") {
    SECTION("scalars become text, arrays of scalars lists, nested objects are skipped") {
        const auto r = read_json_input(R"({
            "frontmatter": {"title": "DemoConf \"24\"", "tags": ["ebpf", "mesh", 3], "views": 42,
                            "draft": false, "ratio": 1.5, "none": null, "seo": {"description": "x"}},
            "rawMarkdownBody": "# Caf\u00e9\n\nline two\n"})");
        REQUIRE(r.ok());
        const PostSource& s = r.value();
        CHECK(s.body == "# Caf\xC3\xA9\n\nline two\n");
        CHECK(s.first_body_line == 1);
        CHECK(frontmatter_scalar(s.frontmatter, "title") == "DemoConf \"24\"");
        CHECK(list_value(s.frontmatter, "tags") == List{"ebpf", "mesh", "3"});
        CHECK(frontmatter_scalar(s.frontmatter, "views") == "42");
        CHECK(frontmatter_scalar(s.frontmatter, "draft") == "false");
        const auto ratio = frontmatter_scalar(s.frontmatter, "ratio");
        REQUIRE(ratio);
        CHECK(std::stod(*ratio) == Approx(1.5));
        CHECK_FALSE(frontmatter_scalar(s.frontmatter, "seo"));
        CHECK_FALSE(find_key(s.frontmatter, "description"));
        CHECK(keys_of(s.frontmatter).front() == "title");  // written order
    }
    SECTION("frontmatter is optional") {
        const auto r = read_json_input(R"({"rawMarkdownBody": "text"})");
        REQUIRE(r.ok());
        CHECK(r.value().frontmatter.empty());
        CHECK(r.value().body == "text");
    }
    SECTION("wrong shapes are bad_json") {
        CHECK(error_of(read_json_input(R"([{"rawMarkdownBody": "x"}])")) == ErrorCode::bad_json);
        CHECK(error_of(read_json_input(R"("just a string")")) == ErrorCode::bad_json);
        CHECK(error_of(read_json_input(R"({"rawMarkdownBody": 42})")) == ErrorCode::bad_json);
        CHECK(error_of(read_json_input(R"({"rawMarkdownBody": null})")) == ErrorCode::bad_json);
        CHECK(error_of(read_json_input(R"({"rawMarkdownBody": ["x"]})")) == ErrorCode::bad_json);
        CHECK(error_of(read_json_input(R"({"frontmatter": {"title": "T"}})")) == ErrorCode::bad_json);
        CHECK(error_of(read_json_input(R"({"frontmatter": "title: T", "rawMarkdownBody": "x"})")) ==
              ErrorCode::bad_json);
        CHECK(error_of(read_json_input(R"({"frontmatter": ["T"], "rawMarkdownBody": "x"})")) == ErrorCode::bad_json);
    }
    SECTION("invalid JSON is bad_json with a reason") {
        for (const char* input : {R"({"rawMarkdownBody": "x")", R"({"rawMarkdownBody": 'x'})",
                                  R"({"rawMarkdownBody": "x",})", R"({rawMarkdownBody: "x"})", "{"}) {
            const auto r = read_json_input(input);
            CHECK(error_of(r) == ErrorCode::bad_json);
            CHECK_FALSE(r.error().message.empty());
        }
    }
    SECTION("deeply nested JSON is refused without crashing") {
        const std::string deep_array = std::string(100000, '[') + std::string(100000, ']');
        CHECK(error_of(read_json_input(deep_array)) == ErrorCode::bad_json);
        const std::string deep_value = R"({"rawMarkdownBody": "x", "frontmatter": {"a": )" + std::string(5000, '[') +
                                       std::string(5000, ']') + "}}";
        CHECK(error_of(read_json_input(deep_value)) == ErrorCode::bad_json);
    }
}

TEST_CASE("read_post_source checks the bytes and dispatches on the container", "[post_source]") {
    SECTION("markdown with frontmatter") {
        const auto r = read_post_source("---\ntitle: T\n---\nbody\n");
        REQUIRE(r.ok());
        CHECK(frontmatter_scalar(r.value().frontmatter, "title") == "T");
        CHECK(r.value().body == "body\n");
        CHECK(r.value().first_body_line == 4);
    }
    SECTION("a JSON envelope, also after leading whitespace") {
        const auto r = read_post_source("  \n {\"frontmatter\": {\"title\": \"T\"}, \"rawMarkdownBody\": \"b\"}\n");
        REQUIRE(r.ok());
        CHECK(frontmatter_scalar(r.value().frontmatter, "title") == "T");
        CHECK(r.value().body == "b");
    }
    SECTION("a byte order mark is dropped") {
        const auto r = read_post_source("\xEF\xBB\xBF---\ntitle: T\n---\nbody\n");
        REQUIRE(r.ok());
        CHECK(frontmatter_scalar(r.value().frontmatter, "title") == "T");
        CHECK(r.value().body == "body\n");
        const auto json = read_post_source("\xEF\xBB\xBF{\"rawMarkdownBody\": \"b\"}");
        REQUIRE(json.ok());
        CHECK(json.value().body == "b");
    }
    SECTION("CRLF and lone CR become LF, keeping line numbers") {
        const auto crlf = read_post_source("---\r\ntitle: T\r\n---\r\nline 4\r\nline 5\r\n");
        const auto cr = read_post_source("---\rtitle: T\r---\rline 4\rline 5\r");
        for (const auto* r : {&crlf, &cr}) {
            REQUIRE(r->ok());
            CHECK(frontmatter_scalar(r->value().frontmatter, "title") == "T");
            CHECK(r->value().body == "line 4\nline 5\n");
            CHECK(r->value().first_body_line == 4);
        }
    }
    SECTION("tabs and form feeds are text") {
        const auto r = read_post_source("a\tb\fc\n");
        REQUIRE(r.ok());
        CHECK(r.value().body == "a\tb\fc\n");
    }
}

TEST_CASE("read_post_source error cases", "[post_source][errors]") {
    SECTION("empty and whitespace-only input") {
        CHECK(error_of(read_post_source("")) == ErrorCode::empty_input);
        CHECK(error_of(read_post_source(" \n\t \r\n")) == ErrorCode::empty_input);
        CHECK(error_of(read_post_source("\xEF\xBB\xBF")) == ErrorCode::empty_input);
        CHECK(error_of(read_post_source("\xEF\xBB\xBF  \n")) == ErrorCode::empty_input);
    }
    SECTION("invalid UTF-8; the message carries the byte offset") {
        const auto overlong = read_post_source("# Title\n\nbad \xC0\xAF here\n");
        CHECK(error_of(overlong) == ErrorCode::invalid_utf8);
        CHECK(overlong.error().message.find("13") != std::string::npos);
        CHECK(error_of(read_post_source("# Title\n\xED\xA0\x80\n")) == ErrorCode::invalid_utf8);
        CHECK(error_of(read_post_source("# Title\n\nend \xE2\x82")) == ErrorCode::invalid_utf8);
        CHECK(error_of(read_post_source(std::string("\xFF\xFE#\x00 \x00T\x00", 8))) == ErrorCode::invalid_utf8);  // UTF-16
    }
    SECTION("NUL and other control bytes mark binary input") {
        CHECK(error_of(read_post_source(std::string("# Title\n\0rest\n", 14))) == ErrorCode::binary_input);
        CHECK(error_of(read_post_source("# Title\n\x1B[31mred\n")) == ErrorCode::binary_input);
        CHECK(error_of(read_post_source("\x01\x02\x03\x04")) == ErrorCode::binary_input);
        CHECK(error_of(read_post_source(std::string("{\"rawMarkdownBody\": \"x\"}\0", 25))) == ErrorCode::binary_input);
    }
    SECTION("unclosed frontmatter") {
        CHECK(error_of(read_post_source("---\ntitle: T\n# Heading\n")) == ErrorCode::bad_frontmatter);
        CHECK(error_of(read_post_source("---\r\ntitle: T\r\n")) == ErrorCode::bad_frontmatter);
    }
    SECTION("input that starts with '{' is read as a JSON envelope") {
        CHECK(error_of(read_post_source("{not json at all}\n\n# Heading\n")) == ErrorCode::bad_json);
        CHECK(read_post_source("[\"rawMarkdownBody\"]").ok());  // '[' starts markdown, not an envelope
    }
    SECTION("an escaped lone surrogate never becomes invalid UTF-8 in the body") {
        const auto r = read_post_source(R"({"rawMarkdownBody": "a \ud800 b"})");
        if (r.ok()) {
            CHECK_FALSE(text::find_invalid_utf8(r.value().body));
        } else {
            CHECK(r.error().code == ErrorCode::bad_json);
        }
    }
    SECTION("every error message is one non-empty line") {
        for (const std::string& input : {std::string(), std::string("\xC0\xAF"), std::string("\x01"),
                                         std::string("---\nx: y\n"), std::string("{")}) {
            const auto r = read_post_source(input);
            REQUIRE_FALSE(r.ok());
            CHECK_FALSE(r.error().message.empty());
            CHECK(r.error().message.find('\n') == std::string::npos);
        }
    }
}

// Regression (found by these tests, fixed in the core): the byte order mark is dropped before the UTF-8 check, so the offset in the
// invalid_utf8 message is 3 bytes short of the bad byte's offset in the file as given.
TEST_CASE("read_post_source: the invalid_utf8 offset counts from the start of the file, BOM included",
          "[post_source][errors]") {
    const auto r = read_post_source("\xEF\xBB\xBF" "abcd\xC0\xAF");  // the bad byte is at offset 7
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::invalid_utf8);
    CHECK(r.error().message.find('7') != std::string::npos);  // no other '7' in the message
}

TEST_CASE("toml_content_lines turns arrays of tables into key/value lines where they stand", "[post_source][frontmatter]") {
    const std::string toml =
        "template = \"schedule.html\"\n"
        "[[extra.days.talks]]\n"
        "\ttime=\"10:00 - 10:30\"\n"
        "\tid=\"ana-li\"\n"
        "\tspeaker=\"Ana Li\"\n"
        "\ttitle=\"Tracing at scale\"\n"
        "\tdescription=\"\"\"\n"
        "\t<p>time = \"not a key\"</p>\n"
        "\t\"\"\"\n"
        "[config]\n"
        "title = \"not a record\"\n";
    CHECK(toml_content_lines(toml) == "\n\nTime: 10:00 - 10:30\n\nSpeaker: Ana Li\nTitle: Tracing at scale\n\n\n\n\n\n");
    CHECK(toml_content_lines("title = \"Post\"\n[params]\nspeaker = \"x\"\n").empty());
}
