// The date/time line under a talk: "Tuesday, March 19, 2024, 09:50 - 10:15 CET" and its many
// real-world variants ("**Monday, November 6, 2023 • 9:15 am - 9:40 am**", "Monday May 16, 2022
// 10:45 - 11:15 CEST", "Friday November 15, 2024 2:00pm - 2:35pm MST", "10:00–10:30", a date
// heading "### Monday, May 6", ISO "2024-03-19 09:00-09:30 UTC").
//
// One line of plain text in, its parts out. Nothing is resolved here: the year may be missing,
// the timezone is the token as written. Resolution (year inference, UTC) is the extractor's job.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace talkboard {

struct DateTimeText {
    std::optional<int> weekday;  // 0 = Sunday .. 6 = Saturday, as written
    std::optional<int> year;     // as written
    std::optional<int> month;    // 1..12
    std::optional<int> day;      // 1..31
    std::optional<int> start_minute;  // local minutes since midnight, 24h
    std::optional<int> end_minute;
    std::string zone;            // timezone token as written ("CET", "UTC+2", "GMT-05:00"), or empty
    // The clock(s) may be 12-hour ones written without am/pm: none written, every hour 1..12 without
    // a leading zero ("1:30", not "01:30" or "13:30"). A schedule that runs 11:30, then "1:00" means
    // the afternoon; the Resolver reads such a sequence as a reader does.
    bool bare_twelve_hour = false;

    bool has_date() const { return month.has_value() && day.has_value(); }
    bool has_time() const { return start_minute.has_value(); }
};

struct TimeLineParse {
    enum class Status {
        not_a_time_line,  // prose, a title, anything without date/time structure
        parsed,           // value holds what the line says
        malformed,        // looks like a date/time line but cannot be read; `problem` says why
    };
    Status status = Status::not_a_time_line;
    DateTimeText value;
    std::string problem;
};

// Reads one line. Never fails: what it cannot read is `status` not_a_time_line or malformed
// (with `problem`). Accepts: optional weekday; month name + day (either order, ordinals such as
// "18th"); optional year; a time or time range with ':' or '.' minutes, 12h (am/pm, a.m., with or
// without space, written once per range) or 24h; '-', en/em dash, "to" or "until" between times;
// optional timezone token. Separators ',', '•', '·', '|', '@', "at", "from", "on" are ignored, as
// are parenthesized notes. A line with other words is not a time line.
TimeLineParse parse_time_line(std::string_view line);

// A date/time expression found inside a longer text.
struct FoundDateTime {
    std::size_t begin = 0;  // byte range [begin, end) of the expression in the text
    std::size_t end = 0;
    DateTimeText value;
};

// A word that joins the two ends of a range: "to", "until", "till", "through", German "bis"
// ("10:00 bis 11:50"). ASCII case ignored.
bool is_range_word(std::string_view word);

// The days of an event as a text writes them: "May 22-26, 2023", "22-26 May 2023", "Monday May 22 -
// Friday May 26", "September 30 to October 2". `first` and `last` have a month and a day, and the
// year when it is written (one year written at the end holds for both).
struct DayRange {
    DateTimeText first;
    DateTimeText last;
};

// Finds the date/time expressions inside a line of prose, a label or a table cell, in order:
// "Cloud Native University - Monday, November 10, 10:40 - 11:05 AM", "(Tuesday 10/12, 8:30pm @
// Spire 73)", "on Friday, July 9, 12:30PM - 1:30PM UTC / 5:30AM PDT" (two expressions). An
// expression is a maximal run of date and time words (weekday and month names, numbers, am/pm,
// known zones) and the separators between them that parse_time_line reads as a date, a time or a
// weekday. Ranges of days ("November 12 to 15") are not expressions. Never fails; a text longer
// than limits::max_time_line_bytes is not searched.
std::vector<FoundDateTime> find_date_times(std::string_view text);
// The same, and from the same scan the day ranges of its runs appended to `day_ranges`: exactly
// find_day_ranges(text). A reader that wants both of a line scans it once.
std::vector<FoundDateTime> find_date_times(std::string_view text, std::vector<DayRange>& day_ranges);

// The day ranges written in a text, in order. Never fails; a text longer than
// limits::max_time_line_bytes is not searched.
std::vector<DayRange> find_day_ranges(std::string_view text);
// Whether find_day_ranges reads `text` at all: it is searched (see find_date_times) and holds a
// dash or a range word (" to ", " through "). The runs of a text and of the text trimmed are the
// same (the scan skips white space), so a caller may scan the trimmed text and test the whole.
bool may_hold_day_range(std::string_view text);

// The first zone a text writes out in words, wherever it stands: "Pacific Daylight Time", or a
// region with its offset, "Eastern (UTC−04:00)" (EDT: the offset tells summer from winter). Its
// abbreviation, or empty. An intro sentence that says this states the zone of the times below.
std::string written_zone(std::string_view text);

// The problem of the first run of date and time words in the text that looks like a date/time but
// cannot be read ("25:00 - 26:00": "hour 25 is not a clock hour"), or empty.
std::string find_unreadable_date_time(std::string_view text);

}  // namespace talkboard
