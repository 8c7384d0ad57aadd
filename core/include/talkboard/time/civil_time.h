// Calendar arithmetic and the textual forms of dates and times used across the core.
// Pure functions over the proleptic Gregorian calendar; no locale, no system timezone. None fails:
// the parsers answer nullopt for text they cannot read; the formatters take any value (minutes
// and weekdays modulo their range) and trust the caller for the date's validity (is_valid_date).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "talkboard/session.h"

namespace talkboard {

// Days since 1970-01-01 (negative before it).
std::int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(std::int64_t days);

// 0 = Sunday .. 6 = Saturday.
int weekday_of(const CivilDate& date);

bool is_valid_date(const CivilDate& date);

// Seconds since the epoch of a local wall-clock time at a fixed UTC offset.
std::int64_t to_unix_seconds(const CivilDate& date, int minute_of_day, int utc_offset_minutes);

// "2024-03-19"
std::string format_date(const CivilDate& date);
// "09:05" from minutes since midnight (taken modulo one day).
std::string format_hhmm(int minute_of_day);
// "2024-03-19T08:50:00Z"
std::string format_utc_iso(std::int64_t unix_seconds);
// Parses "YYYY-MM-DD" at the start of text (an ISO timestamp's date part is accepted too).
std::optional<CivilDate> parse_iso_date(std::string_view text);

// The first year between 1990 and 2200 written as its own word in `text` ("Hacktoberfest 2019!"),
// or nullopt. Never fails.
std::optional<int> year_written_in(std::string_view text);

// The year in a post's address: a file path or URL whose last segments hold one as a word of its
// own ("_posts/2023-09-26-summit.md", "site__2023-summit-schedule.md", "/blog/2023/09/recap/"),
// looking from the last segment back over at most four; a query or fragment is not looked at.
// nullopt when there is none. Never fails.
std::optional<int> year_in_address(std::string_view address);

// English month name or 3-letter abbreviation ("March", "Mar", "Sept.") -> 1..12.
std::optional<int> month_from_name(std::string_view word);
// English weekday name or abbreviation ("Tuesday", "Tue", "Tues") -> 0 (Sunday)..6.
std::optional<int> weekday_from_name(std::string_view word);
// Month and weekday names of German, French, Spanish, Portuguese, Italian, Dutch and Polish
// (Polish months in the genitive a date uses, "12 marca"), written out as a whole word: "März",
// "juin", "marzo", "março", "mei", "Dienstag", "mardi", "miércoles", "segunda-feira"; a few
// common abbreviations ("Okt", "Dez", "janv"). ASCII letters in any case; other letters as
// written, lowercase. "domingo" is left out: it is a family name as often. nullopt otherwise.
std::optional<int> foreign_month_from_name(std::string_view word);
std::optional<int> foreign_weekday_from_name(std::string_view word);

// "Sunday".."Saturday" for 0..6 (taken modulo 7).
const char* weekday_name(int weekday);
// "January".."December" for 1..12 (taken modulo 12).
const char* month_name(int month);

}  // namespace talkboard
