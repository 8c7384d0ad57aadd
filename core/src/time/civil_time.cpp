#include "talkboard/time/civil_time.h"

#include "internal/text.h"

#include <array>
#include <cstdint>
#include <cctype>

#include "internal/decimal.h"

namespace talkboard {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date,
// no tables, no loops.
std::int64_t days_from_civil(const CivilDate& date) {
    std::int64_t y = date.year;
    const unsigned m = static_cast<unsigned>(date.month);
    const unsigned d = static_cast<unsigned>(date.day);
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday_of(const CivilDate& date) {
    const std::int64_t days = days_from_civil(date);
    return static_cast<int>(days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6);
}

bool is_valid_date(const CivilDate& date) {
    if (date.year < 1 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1) return false;
    static constexpr std::array<int, 12> days_in_month{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
    const int limit = days_in_month[static_cast<std::size_t>(date.month - 1)] + (date.month == 2 && leap ? 1 : 0);
    return date.day <= limit;
}

std::int64_t to_unix_seconds(const CivilDate& date, int minute_of_day, int utc_offset_minutes) {
    return days_from_civil(date) * 86400 + static_cast<std::int64_t>(minute_of_day - utc_offset_minutes) * 60;
}

namespace {
// Two digits of 0..99 at `at`.
void put_two_digits(char* at, int value) {
    at[0] = static_cast<char>('0' + value / 10);
    at[1] = static_cast<char>('0' + value % 10);
}

// "YYYY-MM-DD"
void append_date(std::string& out, const CivilDate& date) {
    // Written whole and appended once (the resolver formats a few dates per session); a year of
    // other than four digits, or a month or day out of range, goes part by part.
    if (date.year >= 0 && date.year <= 9999 && date.month >= 0 && date.month <= 99 && date.day >= 0 && date.day <= 99) {
        char text[10];
        put_two_digits(text, date.year / 100);
        put_two_digits(text + 2, date.year % 100);
        text[4] = '-';
        put_two_digits(text + 5, date.month);
        text[7] = '-';
        put_two_digits(text + 8, date.day);
        out.append(text, sizeof text);
        return;
    }
    append_decimal(out, date.year, 4);
    out += '-';
    append_decimal(out, date.month, 2);
    out += '-';
    append_decimal(out, date.day, 2);
}

// "HH" + separator + "MM" for 0 <= minute_of_day < 1440, or seconds likewise.
void append_two_fields(std::string& out, std::int64_t high, std::int64_t low) {
    if (high >= 0 && high <= 99 && low >= 0 && low <= 99) {  // always, for the callers: at once
        char text[5];
        put_two_digits(text, static_cast<int>(high));
        text[2] = ':';
        put_two_digits(text + 3, static_cast<int>(low));
        out.append(text, sizeof text);
        return;
    }
    append_decimal(out, high, 2);
    out += ':';
    append_decimal(out, low, 2);
}
}  // namespace

std::string format_date(const CivilDate& date) {
    std::string out;
    append_date(out, date);
    return out;
}

std::string format_hhmm(int minute_of_day) {
    const int m = ((minute_of_day % 1440) + 1440) % 1440;
    std::string out;
    append_two_fields(out, m / 60, m % 60);
    return out;
}

std::string format_utc_iso(std::int64_t unix_seconds) {
    std::int64_t days = unix_seconds / 86400;
    std::int64_t rest = unix_seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    std::string out;
    append_date(out, civil_from_days(days));
    out += 'T';
    append_two_fields(out, rest / 3600, rest / 60 % 60);
    out += ':';
    append_decimal(out, rest % 60, 2);
    out += 'Z';
    return out;
}

std::optional<int> year_written_in(std::string_view s) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
        const bool bounded = (i == 0 || !digit(s[i - 1])) && (i + 4 == s.size() || !digit(s[i + 4]));
        if (!bounded || !digit(s[i]) || !digit(s[i + 1]) || !digit(s[i + 2]) || !digit(s[i + 3])) continue;
        // Four ASCII digits: no std::stoi, whose out-of-range path drags printf into the wasm.
        const int year = ((s[i] - '0') * 10 + (s[i + 1] - '0')) * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
        if (year >= 1990 && year <= 2200) return year;
    }
    return std::nullopt;
}

std::optional<int> year_in_address(std::string_view address) {
    address = address.substr(0, address.find_first_of("?#"));
    constexpr int max_segments = 4;
    int looked = 0;
    while (!address.empty() && looked < max_segments) {
        const std::size_t slash = address.find_last_of("/\\");
        const std::string_view segment = slash == std::string_view::npos ? address : address.substr(slash + 1);
        address = slash == std::string_view::npos ? std::string_view() : address.substr(0, slash);
        if (segment.empty()) continue;
        ++looked;
        if (auto year = year_written_in(segment)) return year;
    }
    return std::nullopt;
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    auto y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (!y || !m || !d) return std::nullopt;
    CivilDate date{*y, *m, *d};
    if (!is_valid_date(date)) return std::nullopt;
    return date;
}

namespace {
// One table of names for reading and writing them (each name is in the wasm once).
constexpr std::array<const char*, 12> month_names{"January", "February", "March",     "April",   "May",      "June",
                                                  "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 7> weekday_names{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};

// A full name, or a prefix of at least three letters ("Mar", "Sept", "Tues", "Wed"), in any case,
// with or without a trailing period ("Sept."). Every word of a date line and every speaker name is
// asked, so this neither allocates nor looks at words longer than the longest name.
// The first letters of names, one bit per letter 'a'..'z'.
template <std::size_t N>
constexpr std::uint32_t first_letters(const std::array<const char*, N>& names) {
    std::uint32_t letters = 0;
    for (const char* name : names) letters |= std::uint32_t{1} << (text::ascii_lower_char(name[0]) - 'a');
    return letters;
}

template <std::size_t N>
std::optional<int> match_name(std::string_view word, const std::array<const char*, N>& names, std::uint32_t letters) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    constexpr std::size_t longest = 9;  // "september", "wednesday"
    if (word.size() < 3 || word.size() > longest) return std::nullopt;
    // Most capitalised words of prose start with a letter no name starts with.
    const char first = text::ascii_lower_char(word[0]);
    if (first < 'a' || first > 'z' || ((letters >> (first - 'a')) & 1u) == 0) return std::nullopt;
    char folded[longest];
    for (std::size_t i = 0; i < word.size(); ++i) folded[i] = text::ascii_lower_char(word[i]);
    const std::string_view lower(folded, word.size());
    for (std::size_t i = 0; i < N; ++i) {
        // Only a name's first letter is a capital. The first two letters rule out most names before
        // the name's length is taken (a strlen per name was a tenth of the date scan).
        if (text::ascii_lower_char(names[i][0]) != lower[0] || names[i][1] != lower[1]) continue;  // every word asked has 3 letters
        const std::string_view name = names[i];
        if (lower.size() <= name.size() && name.substr(1, lower.size() - 1) == lower.substr(1)) return static_cast<int>(i);
    }
    return std::nullopt;
}
}  // namespace

std::optional<int> month_from_name(std::string_view word) {
    static constexpr std::uint32_t letters = first_letters(month_names);
    auto index = match_name(word, month_names, letters);
    if (!index) return std::nullopt;
    return *index + 1;
}

std::optional<int> weekday_from_name(std::string_view word) {
    static constexpr std::uint32_t letters = first_letters(weekday_names);
    return match_name(word, weekday_names, letters);
}

namespace {
// Whole names and their values, in the same order: one list of characters each (an array of
// string_view pairs costs a pointer and a length per name in the wasm). Matched whole: three
// letters of these ("gen", "mai", "set") are words of other languages too.
constexpr std::string_view foreign_month_names =
    "januar|j\xC3\xA4nner|februar|m\xC3\xA4rz|m\xC3\xA4r|mai|juni|juli|oktober|okt|dezember|dez|"  // German
    "janvier|janv|f\xC3\xA9vrier|fevrier|f\xC3\xA9vr|mars|avril|avr|juin|juillet|juil|ao\xC3\xBBt|aout|septembre|octobre|novembre|d\xC3\xA9""cembre|decembre|d\xC3\xA9""c|"  // French
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"  // Spanish
    "janeiro|fevereiro|mar\xC3\xA7o|maio|junho|julho|setembro|outubro|novembro|dezembro|"  // Portuguese
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"  // Italian
    "januari|februari|maart|mei|augustus|"  // Dutch
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze\xC5\x9Bnia|pa\xC5\xBA""dziernika|listopada|grudnia";  // Polish
constexpr unsigned char foreign_month_numbers[] = {1, 1, 2, 3, 3, 5, 6, 7, 10, 10, 12, 12, 1, 1, 2, 2, 2, 3, 4, 4, 6, 7, 7, 8, 8, 9, 10, 11, 12, 12, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 1, 2, 4, 5, 6, 7, 9, 10, 12, 1, 2, 3, 5, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
constexpr std::string_view foreign_weekday_names =
    "sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|"  // German
    "dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|"  // French
    "lunes|martes|mi\xC3\xA9rcoles|miercoles|jueves|viernes|s\xC3\xA1""bado|sabado|"  // Spanish
    "segunda-feira|ter\xC3\xA7""a-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|"  // Portuguese
    "domenica|luned\xC3\xAC|marted\xC3\xAC|mercoled\xC3\xAC|gioved\xC3\xAC|venerd\xC3\xAC|sabato|"  // Italian
    "zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag";  // Dutch
constexpr unsigned char foreign_weekday_numbers[] = {0, 1, 2, 3, 4, 5, 6, 6, 0, 1, 2, 3, 4, 5, 6, 1, 2, 3, 3, 4, 5, 6, 6, 1, 2, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6};
constexpr text::WordList foreign_months(foreign_month_names);
constexpr text::WordList foreign_weekdays(foreign_weekday_names);

constexpr std::size_t words_in(std::string_view list) {
    std::size_t n = 1;
    for (char c : list) n += c == '|';
    return n;
}
static_assert(words_in(foreign_month_names) == sizeof foreign_month_numbers, "a month number per name");
static_assert(words_in(foreign_weekday_names) == sizeof foreign_weekday_numbers, "a weekday number per name");
}  // namespace

std::optional<int> foreign_month_from_name(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    const std::size_t at = foreign_months.index_of(word);
    if (at == std::string_view::npos || at >= sizeof foreign_month_numbers) return std::nullopt;
    return foreign_month_numbers[at];
}

std::optional<int> foreign_weekday_from_name(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    const std::size_t at = foreign_weekdays.index_of(word);
    if (at == std::string_view::npos || at >= sizeof foreign_weekday_numbers) return std::nullopt;
    return foreign_weekday_numbers[at];
}

const char* weekday_name(int weekday) { return weekday_names[static_cast<std::size_t>(((weekday % 7) + 7) % 7)]; }

const char* month_name(int month) { return month_names[static_cast<std::size_t>((((month - 1) % 12) + 12) % 12)]; }

}  // namespace talkboard
