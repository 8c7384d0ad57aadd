// Helpers of the extract_schedule tests (test_extract_schedule.cpp, test_reading_layouts.cpp):
// posts are built by hand and read with read_markdown_post, so line numbers are file lines.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "talkboard/extract/extract_schedule.h"
#include "talkboard/input/post_source.h"
#include "talkboard/time/civil_time.h"

namespace extract_test {

using namespace talkboard;

inline Schedule extract(const std::string& post) {
    const Result<PostSource> source = read_markdown_post(post);
    REQUIRE(source.ok());
    return extract_schedule(source.value());
}

// 1-based line of the only occurrence of `needle` in `text`.
inline int line_of(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(needle, at + 1) == std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

inline std::string utc(const std::optional<std::int64_t>& seconds) { return seconds ? format_utc_iso(*seconds) : "null"; }
inline std::string date_of(const Session& s) { return s.date ? format_date(*s.date) : "null"; }

inline std::vector<Diagnostic> diagnostics_on(const Schedule& schedule, int line) {
    std::vector<Diagnostic> found;
    for (const Diagnostic& d : schedule.diagnostics) {
        if (d.line == line) found.push_back(d);
    }
    return found;
}

inline bool mentions(const std::vector<Diagnostic>& diagnostics, const std::string& fragment) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [&](const Diagnostic& d) { return d.message.find(fragment) != std::string::npos; });
}

inline std::string all_diagnostics(const Schedule& schedule) {
    std::string out;
    for (const Diagnostic& d : schedule.diagnostics) out += std::to_string(d.line) + ": " + d.message + "\n";
    return out;
}

inline std::vector<std::string> ids_of(const Schedule& schedule) {
    std::vector<std::string> ids;
    for (const Session& s : schedule.sessions) ids.push_back(s.id);
    return ids;
}

constexpr int hm(int hour, int minute) { return hour * 60 + minute; }

}  // namespace extract_test
