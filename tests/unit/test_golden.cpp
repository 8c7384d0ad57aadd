// Golden tests in spec style: each input post in tests/fixtures/ sits beside the JSON that
// `talkboard parse` must print for it, written by hand from docs/ARCHITECTURE.md.
//
//   NAME.md          a markdown post (YAML frontmatter, MDX lines, CRLF, ... as the fixture needs)
//   NAME.input.json  a JSON envelope {"frontmatter": {...}, "rawMarkdownBody": "..."}
//   NAME.json        the expected {"post": ..., "sessions": [...], "diagnostics": [...]}
//
// The input goes through parse_post() and schedule_to_json(); both JSON texts are read with
// simdjson's DOM API (error codes, no exceptions) and compared structurally:
//  - objects: every expected key must be present with an equal value; a key the fixture does not
//    list is reported, except a session's "id" (derived, not part of the contract under test) and a
//    speaker's "role": null (the same as no role);
//  - arrays: same length, element by element;
//  - "diagnostics": both lists are ordered by (line, severity) and compared on line and severity
//    only, plus "message_contains" (a substring of the actual message) where the fixture gives one;
//  - scalars: same JSON type and value (numbers compared as numbers).
// Every difference is reported with the fixture, the session index and title, and the field path.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "talkboard/post.h"
#include "talkboard/result.h"
#include "talkboard/formats/schedule_json.h"

namespace {

namespace fs = std::filesystem;
namespace dom = simdjson::dom;

constexpr std::string_view kMarkdownSuffix = ".md";
constexpr std::string_view kEnvelopeSuffix = ".input.json";
constexpr std::string_view kExpectedSuffix = ".json";
// Beyond this many differences a fixture's report is cut short: the first ones explain the rest.
constexpr std::size_t kMaxReportedDifferences = 40;

bool has_suffix(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

struct GoldenFixture {
    std::string input_name;  // file name of the input, e.g. "crlf.md"
    fs::path input;
    fs::path expected;       // NAME.json beside it
};

// Inputs are NAME.md and NAME.input.json; every other *.json is an expected output.
std::vector<GoldenFixture> list_fixtures(const fs::path& dir, std::vector<std::string>& orphans) {
    std::vector<GoldenFixture> fixtures;
    std::vector<std::string> expected_files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string file = it->path().filename().string();
        std::string stem;
        if (has_suffix(file, kEnvelopeSuffix)) {
            stem = file.substr(0, file.size() - kEnvelopeSuffix.size());
        } else if (has_suffix(file, kMarkdownSuffix)) {
            stem = file.substr(0, file.size() - kMarkdownSuffix.size());
        } else {
            if (has_suffix(file, kExpectedSuffix)) expected_files.push_back(file);
            continue;
        }
        fixtures.push_back({file, it->path(), dir / (stem + std::string(kExpectedSuffix))});
    }
    std::sort(fixtures.begin(), fixtures.end(),
              [](const GoldenFixture& a, const GoldenFixture& b) { return a.input_name < b.input_name; });
    for (const std::string& file : expected_files) {
        const bool used = std::any_of(fixtures.begin(), fixtures.end(), [&](const GoldenFixture& f) {
            return f.expected.filename().string() == file;
        });
        if (!used) orphans.push_back(file);
    }
    return fixtures;
}

std::optional<std::string> read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string json_text(dom::element value) {
    std::string text = simdjson::to_string(value);
    constexpr std::size_t kMaxShown = 160;
    if (text.size() > kMaxShown) text = text.substr(0, kMaxShown) + "...";
    return text;
}

const char* type_name(dom::element_type type) {
    switch (type) {
        case dom::element_type::ARRAY: return "array";
        case dom::element_type::OBJECT: return "object";
        case dom::element_type::INT64:
        case dom::element_type::UINT64:
        case dom::element_type::DOUBLE: return "number";
        case dom::element_type::STRING: return "string";
        case dom::element_type::BOOL: return "boolean";
        case dom::element_type::NULL_VALUE: return "null";
    }
    return "?";
}

bool is_number(dom::element_type type) {
    return type == dom::element_type::INT64 || type == dom::element_type::UINT64 ||
           type == dom::element_type::DOUBLE;
}

bool is_integer(dom::element_type type) {
    return type == dom::element_type::INT64 || type == dom::element_type::UINT64;
}

std::string string_or_empty(dom::object object, std::string_view key) {
    std::string_view value;
    if (object.at_key(key).get_string().get(value)) return {};
    return std::string(value);
}

// One diagnostic, as read from either side.
struct DiagnosticEntry {
    std::int64_t line = -1;
    std::string severity;
    std::string message;
    std::optional<std::string> message_contains;  // expected side only

    std::string describe() const {
        std::string text = "line " + std::to_string(line) + " " + severity;
        if (!message.empty()) text += ": " + message;
        if (message_contains) text += " (message containing \"" + *message_contains + "\")";
        return text;
    }
};

// Collects the differences between an expected and an actual `talkboard parse` document.
class GoldenComparison {
public:
    void compare_documents(dom::element expected, dom::element actual) {
        dom::object expected_object;
        dom::object actual_object;
        if (expected.get_object().get(expected_object)) return note("(root)", "expected file is not a JSON object");
        if (actual.get_object().get(actual_object)) return note("(root)", "output is not a JSON object");
        for (dom::key_value_pair field : expected_object) {
            const std::string key(field.key);
            dom::element actual_value;
            if (actual_object.at_key(field.key).get(actual_value)) {
                note(key, "missing in the output");
            } else if (key == "sessions") {
                compare_sessions(field.value, actual_value);
            } else if (key == "diagnostics") {
                compare_diagnostics(field.value, actual_value);
            } else {
                compare_values(field.value, actual_value, key);
            }
        }
        report_unexpected_keys(expected_object, actual_object, "(root)", {});
    }

    const std::vector<std::string>& differences() const { return differences_; }

private:
    void note(const std::string& path, const std::string& what) { differences_.push_back(path + ": " + what); }

    void report_unexpected_keys(dom::object expected, dom::object actual, const std::string& path,
                                const std::vector<std::string_view>& tolerated) {
        for (dom::key_value_pair field : actual) {
            dom::element ignored;
            if (!expected.at_key(field.key).get(ignored)) continue;
            if (std::find(tolerated.begin(), tolerated.end(), field.key) != tolerated.end()) continue;
            note(path + "." + std::string(field.key), "unexpected key in the output, value " + json_text(field.value));
        }
    }

    void compare_values(dom::element expected, dom::element actual, const std::string& path) {
        const dom::element_type expected_type = expected.type();
        const dom::element_type actual_type = actual.type();
        if (is_number(expected_type) && is_number(actual_type)) {
            return compare_numbers(expected, actual, path);
        }
        if (expected_type != actual_type) {
            return note(path, "expected " + json_text(expected) + ", got " + json_text(actual) + " (a " +
                                  type_name(actual_type) + " instead of a " + type_name(expected_type) + ")");
        }
        switch (expected_type) {
            case dom::element_type::OBJECT: {
                dom::object expected_object = expected.get_object().value_unsafe();
                dom::object actual_object = actual.get_object().value_unsafe();
                for (dom::key_value_pair field : expected_object) {
                    dom::element actual_value;
                    const std::string child = path + "." + std::string(field.key);
                    if (actual_object.at_key(field.key).get(actual_value)) {
                        note(child, "missing in the output (expected " + json_text(field.value) + ")");
                    } else {
                        compare_values(field.value, actual_value, child);
                    }
                }
                return report_unexpected_keys(expected_object, actual_object, path, {});
            }
            case dom::element_type::ARRAY: {
                std::vector<dom::element> expected_items = items_of(expected);
                std::vector<dom::element> actual_items = items_of(actual);
                if (expected_items.size() != actual_items.size()) {
                    note(path, "expected " + std::to_string(expected_items.size()) + " elements, got " +
                                   std::to_string(actual_items.size()) + ": " + json_text(actual));
                }
                const std::size_t common = std::min(expected_items.size(), actual_items.size());
                for (std::size_t i = 0; i < common; ++i) {
                    compare_values(expected_items[i], actual_items[i], path + "[" + std::to_string(i) + "]");
                }
                return;
            }
            case dom::element_type::STRING:
            case dom::element_type::BOOL:
                if (simdjson::to_string(expected) != simdjson::to_string(actual)) {
                    note(path, "expected " + json_text(expected) + ", got " + json_text(actual));
                }
                return;
            default:  // null
                return;
        }
    }

    void compare_numbers(dom::element expected, dom::element actual, const std::string& path) {
        bool equal = false;
        std::int64_t expected_int = 0;
        std::int64_t actual_int = 0;
        if (is_integer(expected.type()) && is_integer(actual.type()) && !expected.get_int64().get(expected_int) &&
            !actual.get_int64().get(actual_int)) {
            equal = expected_int == actual_int;
        } else {
            double expected_double = 0;
            double actual_double = 0;
            equal = !expected.get_double().get(expected_double) && !actual.get_double().get(actual_double) &&
                    expected_double == actual_double;
        }
        if (!equal) note(path, "expected " + json_text(expected) + ", got " + json_text(actual));
    }

    static std::vector<dom::element> items_of(dom::element array_element) {
        std::vector<dom::element> items;
        dom::array array;
        if (array_element.get_array().get(array)) return items;
        for (dom::element item : array) items.push_back(item);
        return items;
    }

    static std::string session_label(std::size_t index, dom::element session) {
        std::string label = "sessions[" + std::to_string(index) + "]";
        dom::object object;
        if (!session.get_object().get(object)) {
            const std::string title = string_or_empty(object, "title");
            if (!title.empty()) label += " \"" + title + "\"";
        }
        return label;
    }

    // Sessions pair up by position when the counts agree (the output keeps the post's order).
    // When they do not, each expected session pairs with the first unused output session that has
    // the same url and title, so the report names the missing and the extra sessions instead of
    // a cascade of shifted fields.
    void compare_sessions(dom::element expected, dom::element actual) {
        if (expected.type() != dom::element_type::ARRAY || actual.type() != dom::element_type::ARRAY) {
            return compare_values(expected, actual, "sessions");
        }
        const std::vector<dom::element> expected_items = items_of(expected);
        const std::vector<dom::element> actual_items = items_of(actual);
        if (expected_items.size() == actual_items.size()) {
            for (std::size_t i = 0; i < expected_items.size(); ++i) {
                compare_session(expected_items[i], actual_items[i], session_label(i, expected_items[i]));
            }
            return;
        }
        note("sessions", "expected " + std::to_string(expected_items.size()) + " sessions, got " +
                             std::to_string(actual_items.size()));
        std::vector<bool> used(actual_items.size(), false);
        for (std::size_t i = 0; i < expected_items.size(); ++i) {
            const std::string key = session_key(expected_items[i]);
            std::size_t match = actual_items.size();
            for (std::size_t j = 0; j < actual_items.size() && match == actual_items.size(); ++j) {
                if (!used[j] && session_key(actual_items[j]) == key) match = j;
            }
            const std::string label = session_label(i, expected_items[i]);
            if (match == actual_items.size()) {
                note(label, "missing in the output (no session with this url and title)");
                continue;
            }
            used[match] = true;
            compare_session(expected_items[i], actual_items[match], label);
        }
        for (std::size_t j = 0; j < actual_items.size(); ++j) {
            if (!used[j]) note("output " + session_label(j, actual_items[j]), "unexpected session");
        }
    }

    static std::string session_key(dom::element session) {
        dom::object object;
        if (session.get_object().get(object)) return {};
        return string_or_empty(object, "url") + "\n" + string_or_empty(object, "title");
    }

    void compare_session(dom::element expected, dom::element actual, const std::string& path) {
        dom::object expected_object;
        dom::object actual_object;
        if (expected.get_object().get(expected_object) || actual.get_object().get(actual_object)) {
            return compare_values(expected, actual, path);
        }
        for (dom::key_value_pair field : expected_object) {
            if (field.key == "id") continue;
            const std::string child = path + "." + std::string(field.key);
            dom::element actual_value;
            if (actual_object.at_key(field.key).get(actual_value)) {
                note(child, "missing in the output (expected " + json_text(field.value) + ")");
            } else if (field.key == "speakers") {
                compare_speakers(field.value, actual_value, child);
            } else {
                compare_values(field.value, actual_value, child);
            }
        }
        report_unexpected_keys(expected_object, actual_object, path, {"id"});
    }

    void compare_speakers(dom::element expected, dom::element actual, const std::string& path) {
        if (expected.type() != dom::element_type::ARRAY || actual.type() != dom::element_type::ARRAY) {
            return compare_values(expected, actual, path);
        }
        const std::vector<dom::element> expected_items = items_of(expected);
        const std::vector<dom::element> actual_items = items_of(actual);
        if (expected_items.size() != actual_items.size()) {
            note(path, "expected " + std::to_string(expected_items.size()) + " speakers, got " +
                           std::to_string(actual_items.size()) + ": " + json_text(actual));
        }
        const std::size_t common = std::min(expected_items.size(), actual_items.size());
        for (std::size_t i = 0; i < common; ++i) {
            const std::string child = path + "[" + std::to_string(i) + "]";
            dom::object expected_object;
            dom::object actual_object;
            if (expected_items[i].get_object().get(expected_object) || actual_items[i].get_object().get(actual_object)) {
                compare_values(expected_items[i], actual_items[i], child);
                continue;
            }
            for (dom::key_value_pair field : expected_object) {
                dom::element actual_value;
                const std::string key = child + "." + std::string(field.key);
                if (actual_object.at_key(field.key).get(actual_value)) {
                    note(key, "missing in the output (expected " + json_text(field.value) + ")");
                } else {
                    compare_values(field.value, actual_value, key);
                }
            }
            // "role": null says the same as no "role" at all.
            dom::element role;
            dom::element ignored;
            const bool role_expected = !expected_object.at_key("role").get(ignored);
            const bool null_role = !actual_object.at_key("role").get(role) && role.is_null();
            std::vector<std::string_view> tolerated;
            if (!role_expected && null_role) tolerated.push_back("role");
            report_unexpected_keys(expected_object, actual_object, child, tolerated);
        }
    }

    static std::vector<DiagnosticEntry> read_diagnostics(dom::element list, bool expected_side) {
        std::vector<DiagnosticEntry> entries;
        for (dom::element item : items_of(list)) {
            DiagnosticEntry entry;
            dom::object object;
            if (!item.get_object().get(object)) {
                std::int64_t line = -1;
                if (!object.at_key("line").get_int64().get(line)) entry.line = line;
                entry.severity = string_or_empty(object, "severity");
                entry.message = string_or_empty(object, "message");
                std::string_view contains;
                if (expected_side && !object.at_key("message_contains").get_string().get(contains)) {
                    entry.message_contains = std::string(contains);
                }
            }
            entries.push_back(std::move(entry));
        }
        std::stable_sort(entries.begin(), entries.end(), [](const DiagnosticEntry& a, const DiagnosticEntry& b) {
            return std::tie(a.line, a.severity) < std::tie(b.line, b.severity);
        });
        return entries;
    }

    void compare_diagnostics(dom::element expected, dom::element actual) {
        if (expected.type() != dom::element_type::ARRAY || actual.type() != dom::element_type::ARRAY) {
            return compare_values(expected, actual, "diagnostics");
        }
        const std::vector<DiagnosticEntry> want = read_diagnostics(expected, true);
        const std::vector<DiagnosticEntry> got = read_diagnostics(actual, false);
        bool same = want.size() == got.size();
        for (std::size_t i = 0; same && i < want.size(); ++i) {
            same = want[i].line == got[i].line && want[i].severity == got[i].severity &&
                   (!want[i].message_contains || got[i].message.find(*want[i].message_contains) != std::string::npos);
        }
        if (same) return;
        std::string text = "expected (by line):";
        if (want.empty()) text += " none";
        for (const DiagnosticEntry& entry : want) text += "\n      " + entry.describe();
        text += "\n    got:";
        if (got.empty()) text += " none";
        for (const DiagnosticEntry& entry : got) text += "\n      " + entry.describe();
        note("diagnostics", text);
    }

    std::vector<std::string> differences_;
};

// Runs one fixture; returns the report of its differences (empty when it matches).
std::string run_fixture(const GoldenFixture& fixture) {
    const std::optional<std::string> input = read_bytes(fixture.input);
    if (!input) return "cannot read " + fixture.input.string();
    const std::optional<std::string> expected_text = read_bytes(fixture.expected);
    if (!expected_text) return "missing expected output " + fixture.expected.string();

    talkboard::Result<talkboard::Schedule> parsed = talkboard::parse_post(*input);
    if (!parsed.ok()) {
        return std::string("parse_post failed: ") + talkboard::error_code_name(parsed.error().code) + ": " +
               parsed.error().message;
    }
    const std::string actual_text = talkboard::schedule_to_json(parsed.value());

    dom::parser expected_parser;
    dom::parser actual_parser;
    dom::element expected;
    dom::element actual;
    const simdjson::padded_string expected_padded(*expected_text);
    const simdjson::padded_string actual_padded(actual_text);
    if (auto error = expected_parser.parse(expected_padded).get(expected)) {
        return fixture.expected.filename().string() + " is not valid JSON: " + simdjson::error_message(error);
    }
    if (auto error = actual_parser.parse(actual_padded).get(actual)) {
        return std::string("schedule_to_json printed invalid JSON (") + simdjson::error_message(error) +
               "): " + actual_text.substr(0, 300);
    }

    GoldenComparison comparison;
    comparison.compare_documents(expected, actual);
    const std::vector<std::string>& differences = comparison.differences();
    if (differences.empty()) return {};
    std::string report = std::to_string(differences.size()) + " difference(s) from " +
                         fixture.expected.filename().string() + ":";
    for (std::size_t i = 0; i < differences.size() && i < kMaxReportedDifferences; ++i) {
        report += "\n  " + differences[i];
    }
    if (differences.size() > kMaxReportedDifferences) report += "\n  ...";
    return report;
}

}  // namespace

TEST_CASE("golden fixtures", "[golden]") {
    const fs::path dir(TALKBOARD_FIXTURES_DIR);
    std::vector<std::string> orphans;
    const std::vector<GoldenFixture> fixtures = list_fixtures(dir, orphans);
    INFO("fixtures folder: " << dir.string());
    REQUIRE_FALSE(fixtures.empty());
    for (const std::string& orphan : orphans) {
        FAIL_CHECK("expected output without an input post (NAME.md or NAME.input.json): " << orphan);
    }

    for (const GoldenFixture& fixture : fixtures) {
        DYNAMIC_SECTION(fixture.input_name) {
            const std::string report = run_fixture(fixture);
            INFO("fixture " << fixture.input_name << ": " << report);
            CHECK(report.empty());
        }
    }
}
