// schedule_json.h: the CLI's JSON contract ({"post", "sessions", "diagnostics"}; docs/ARCHITECTURE.md).
#include <catch2/catch.hpp>

#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include "talkboard/time/civil_time.h"
#include "internal/json_writer.h"
#include "talkboard/formats/schedule_json.h"
#include "internal/text.h"

using namespace talkboard;

namespace {

// A strict RFC 8259 recognizer, enough to say "this is one well-formed JSON value".
class JsonChecker {
public:
    explicit JsonChecker(const std::string& text) : s_(text) {}
    bool valid() {
        skip_ws();
        if (!value(0)) return false;
        skip_ws();
        return i_ == s_.size();
    }

private:
    bool value(int depth) {
        if (depth > 64 || i_ >= s_.size()) return false;
        const char c = s_[i_];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return string();
        if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) return number();
        return literal("true") || literal("false") || literal("null");
    }
    bool object(int depth) {
        ++i_;
        skip_ws();
        if (peek('}')) return ++i_, true;
        for (;;) {
            skip_ws();
            if (!string()) return false;
            skip_ws();
            if (!peek(':')) return false;
            ++i_;
            skip_ws();
            if (!value(depth + 1)) return false;
            skip_ws();
            if (peek('}')) return ++i_, true;
            if (!peek(',')) return false;
            ++i_;
        }
    }
    bool array(int depth) {
        ++i_;
        skip_ws();
        if (peek(']')) return ++i_, true;
        for (;;) {
            skip_ws();
            if (!value(depth + 1)) return false;
            skip_ws();
            if (peek(']')) return ++i_, true;
            if (!peek(',')) return false;
            ++i_;
        }
    }
    bool string() {
        if (!peek('"')) return false;
        ++i_;
        while (i_ < s_.size()) {
            const auto c = static_cast<unsigned char>(s_[i_]);
            if (c == '"') return ++i_, true;
            if (c < 0x20) return false;  // control characters must be escaped
            if (c == '\\') {
                if (++i_ >= s_.size()) return false;
                const char e = s_[i_];
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k) {
                        if (i_ + k >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[i_ + k]))) return false;
                    }
                    i_ += 4;
                } else if (std::string("\"\\/bfnrt").find(e) == std::string::npos) {
                    return false;
                }
            }
            ++i_;
        }
        return false;
    }
    bool number() {
        const std::size_t start = i_;
        if (peek('-')) ++i_;
        while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
        return i_ > start && std::isdigit(static_cast<unsigned char>(s_[i_ - 1]));
    }
    bool literal(const char* word) {
        const std::string w(word);
        if (s_.compare(i_, w.size(), w) != 0) return false;
        i_ += w.size();
        return true;
    }
    bool peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
    void skip_ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
    }
    const std::string& s_;
    std::size_t i_ = 0;
};

bool is_json(const std::string& text) { return JsonChecker(text).valid(); }

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

Session full_session() {
    Session s;
    s.id = "a1b2c3d4e5f6";
    s.title = "Opening the Mesh";
    s.kind = "keynote";
    Speaker mara;
    mara.name = "Mara Quinn";
    mara.org = "Acme";
    Speaker jin;
    jin.name = "Jin Park";
    s.speakers = {mara, jin};
    s.url = "https://example.com/k1";
    s.date = CivilDate{2024, 3, 19};
    s.start_minute = 9 * 60 + 50;
    s.end_minute = 10 * 60 + 15;
    s.tz = "CET";
    s.utc_start = to_unix_seconds({2024, 3, 19}, 9 * 60 + 50, 60);
    s.utc_end = to_unix_seconds({2024, 3, 19}, 10 * 60 + 15, 60);
    s.section = "Keynotes";
    s.abstract = "First paragraph.\n\nSecond paragraph.";
    s.line = 12;
    return s;
}

Session bare_session() {
    Session s;
    s.id = "ffffffffffff";
    s.title = "Untimed";
    return s;
}

}  // namespace

TEST_CASE("session_to_json writes every field of the contract", "[schedule_json]") {
    SECTION("a session with every field set") {
        const std::string json = session_to_json(full_session());
        INFO(json);
        CHECK(is_json(json));
        CHECK(contains(json, R"("id":"a1b2c3d4e5f6")"));
        CHECK(contains(json, R"("title":"Opening the Mesh")"));
        CHECK(contains(json, R"("kind":"keynote")"));
        CHECK(contains(json, R"("speakers":[{"name":"Mara Quinn","org":"Acme"},{"name":"Jin Park","org":null}])"));
        CHECK(contains(json, R"("url":"https://example.com/k1")"));
        CHECK(contains(json, R"("date":"2024-03-19")"));
        CHECK(contains(json, R"("start":"09:50")"));
        CHECK(contains(json, R"("end":"10:15")"));
        CHECK(contains(json, R"("tz":"CET")"));
        CHECK(contains(json, R"("utcStart":"2024-03-19T08:50:00Z")"));
        CHECK(contains(json, R"("utcEnd":"2024-03-19T09:15:00Z")"));
        CHECK(contains(json, R"("section":"Keynotes")"));
        CHECK(contains(json, R"("abstract":"First paragraph.\n\nSecond paragraph.")"));
    }
    SECTION("absent values are null, never empty strings or missing keys") {
        const std::string json = session_to_json(bare_session());
        INFO(json);
        CHECK(is_json(json));
        for (const char* key : {"kind", "url", "date", "start", "end", "tz", "utcStart", "utcEnd", "section"}) {
            INFO(key);
            CHECK(contains(json, std::string("\"") + key + "\":null"));
        }
        CHECK(contains(json, R"("speakers":[])"));
        CHECK(contains(json, R"("abstract":"")"));
    }
    SECTION("keys come in the documented order") {
        const std::string json = session_to_json(full_session());
        std::size_t previous = 0;
        for (const char* key : {"\"id\"", "\"title\"", "\"kind\"", "\"speakers\"", "\"url\"", "\"date\"", "\"start\"",
                                "\"end\"", "\"tz\"", "\"utcStart\"", "\"utcEnd\"", "\"section\"", "\"abstract\""}) {
            INFO(key);
            const std::size_t at = json.find(key);
            REQUIRE(at != std::string::npos);
            CHECK(at >= previous);
            previous = at;
        }
    }
    SECTION("a role, when known, does not displace name and org") {
        Session s = bare_session();
        Speaker cto;
        cto.name = "Thomas Vance";
        cto.org = "Isoflow";
        cto.role = "CTO";
        s.speakers = {cto};
        const std::string json = session_to_json(s);
        CHECK(is_json(json));
        CHECK(contains(json, R"({"name":"Thomas Vance","org":"Isoflow")"));
    }
}

TEST_CASE("session_to_json escapes strings per RFC 8259 and keeps UTF-8", "[schedule_json][escaping]") {
    Session s = bare_session();
    s.title = "Quotes \" and \\ backslash";
    s.abstract = "tab\there\nnewline\rcr\x01" "ctl\x1F" "end";
    s.section = "Caf\xC3\xA9 \xE2\x9A\xA1 \xF0\x9F\x9A\x80";
    const std::string json = session_to_json(s);
    INFO(json);
    CHECK(is_json(json));
    CHECK(contains(json, R"("title":"Quotes \" and \\ backslash")"));
    CHECK(contains(json, R"("abstract":"tab\there\nnewline\rcr)"));
    CHECK((contains(json, R"(\u001fend")") || contains(json, R"(\u001Fend")")));
    CHECK((contains(json, R"(\u0001ctl\u001f)") || contains(json, R"(\u0001ctl\u001F)")));
    CHECK(contains(json, "\"section\":\"Caf\xC3\xA9 \xE2\x9A\xA1 \xF0\x9F\x9A\x80\""));  // not \u-escaped
    CHECK_FALSE(text::find_invalid_utf8(json));
}

TEST_CASE("schedule_to_json writes post, sessions and diagnostics on one line", "[schedule_json]") {
    Schedule schedule;
    schedule.post = {{"title", std::string("DemoConf \"Europe\"\n2024")},
                     {"tags", std::vector<std::string>{"ebpf", "mesh"}},
                     {"date", std::string("2024-03-01")}};
    schedule.sessions = {full_session(), bare_session()};
    schedule.diagnostics = {Diagnostic{12, Severity::warning, "talk 'X' has no date/time line"},
                            Diagnostic{0, Severity::error, "more than 3 sessions"}};
    const std::string json = schedule_to_json(schedule);
    INFO(json);

    SECTION("well-formed, one line, UTF-8") {
        CHECK(is_json(json));
        CHECK(json.find('\n') == std::string::npos);
        CHECK_FALSE(text::find_invalid_utf8(json));
    }
    SECTION("the post keeps the frontmatter order, with lists as arrays") {
        CHECK(json.rfind(R"({"post":{"title":"DemoConf \"Europe\"\n2024","tags":["ebpf","mesh"],"date":"2024-03-01"})", 0) ==
              0);
    }
    SECTION("the sessions are session_to_json's objects, in order") {
        const std::string first = session_to_json(schedule.sessions[0]);
        const std::string second = session_to_json(schedule.sessions[1]);
        CHECK(contains(json, "\"sessions\":[" + first + "," + second + "]"));
    }
    SECTION("diagnostics carry line, severity and message") {
        CHECK(contains(json, R"("diagnostics":[{"line":12,"severity":"warning","message":"talk 'X' has no date/time line"},)"
                             R"({"line":0,"severity":"error","message":"more than 3 sessions"}])"));
    }
    SECTION("an empty schedule is still the full shape") {
        const std::string empty = schedule_to_json(Schedule{});
        CHECK(empty == R"({"post":{},"sessions":[],"diagnostics":[]})");
    }
}

TEST_CASE("JsonWriter writes integers as std::to_string does", "[json_writer]") {
    for (const std::int64_t number : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{1440},
                                      std::int64_t{-86400}, INT64_MAX, INT64_MIN}) {
        JsonWriter json;
        json.begin_array().value(number).value(static_cast<int>(number % 100000)).end_array();
        CHECK(json.take() == "[" + std::to_string(number) + "," + std::to_string(static_cast<int>(number % 100000)) + "]");
    }
}
