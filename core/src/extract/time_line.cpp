#include "talkboard/extract/time_line.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

#include "talkboard/time/civil_time.h"
#include "talkboard/limits.h"
#include "internal/text.h"
#include "talkboard/time/timezones.h"

namespace talkboard {

namespace {

enum class TokenKind { number, word, range, zone };

struct Token {
    TokenKind kind;
    std::string_view word;         // word or zone text: a view of the line being parsed
    int value = 0;                 // number value
    int digits = 0;                // how many digits the number had
    std::optional<int> minute;     // "9:15" -> 15
    std::optional<bool> pm;        // attached am/pm
    bool ordinal = false;          // "18th"
    std::optional<CivilDate> iso;  // "2024-03-19"; also "10/12" (year 0 when not written)
    bool numeric_date = false;     // iso came from "10/12"
};

Token make_token(TokenKind kind, std::string_view word = {}) {
    Token token;
    token.kind = kind;
    token.word = word;
    return token;
}

bool is_digit(char c) { return text::is_ascii_digit(c); }
bool is_alpha(char c) { return text::is_ascii_alpha(c); }

// The end of the word at `i` whose ASCII letters and dots end at `j`: with the accented Latin
// letters of the languages whose month and weekday names are read (two-byte UTF-8: "março", "März",
// "września") and a Portuguese weekday's "-feira" ("Segunda-feira"). Most words end at ASCII.
inline std::size_t word_end(std::string_view s, std::size_t i, std::size_t j) {
    while (j + 1 < s.size() && static_cast<unsigned char>(s[j]) >= 0xC3 && static_cast<unsigned char>(s[j]) <= 0xC5) {
        const auto lead = static_cast<unsigned char>(s[j]), next = static_cast<unsigned char>(s[j + 1]);
        const bool letter = next >= 0x80 && next <= 0xBF && !(lead == 0xC3 && (next == 0x97 || next == 0xB7));  // not × ÷
        if (!letter) break;
        j += 2;
        while (j < s.size() && (is_alpha(s[j]) || s[j] == '.')) ++j;
    }
    if (j < s.size() && s[j] == '-' && j > i && s.substr(j, 6) == "-feira") j += 6;
    return j;
}

// The end of the ASCII letters and dots that start at `j` (the scan's word), eight bytes at a
// time: a byte loop paid a mispredicted exit for nearly every word of a line.
std::size_t letters_end(std::string_view s, std::size_t j) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    for (; s.size() - j >= 8; j += 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, s.data() + j, 8);
        const std::uint64_t x = eight & ~highs;
        auto in_range = [](std::uint64_t v, unsigned lo, unsigned hi) { return (v + (0x80 - lo) * ones) & ~(v + (0x7F - hi) * ones); };
        const std::uint64_t word = (in_range(x | (0x20 * ones), 'a', 'z') | in_range(x, '.', '.')) & ~eight & highs;
        if (word != highs) return j + static_cast<std::size_t>(__builtin_ctzll(~word & highs)) / 8;
    }
    while (j < s.size() && (is_alpha(s[j]) || s[j] == '.')) ++j;
    return j;
}

// Month and weekday names in English (prefixes too) or in the other languages civil_time.h reads.
std::optional<int> any_month(std::string_view word) {
    if (auto m = month_from_name(word)) return m;
    return foreign_month_from_name(word);
}
std::optional<int> any_weekday(std::string_view word) {
    if (auto w = weekday_from_name(word)) return w;
    return foreign_weekday_from_name(word);
}

// "am", "pm", "a.m.", "p.m." (any case) -> whether it is pm. With `single_letter`, also the
// "a" / "p" of compact clock times ("1030a", "140p").
// "24.03.2026", "14-10-2017": a day, month and four-digit year with dots or dashes (as much of
// Europe and Latin America writes dates), never a version ("1.2.3") nor a range ("10-12"): the
// length of the date at `i`, or 0.
std::size_t dotted_date_length(std::string_view s, std::size_t i) {
    std::size_t j = i;
    auto digits = [&](std::size_t max) {
        const std::size_t from = j;
        while (j < s.size() && j - from < max && s[j] >= '0' && s[j] <= '9') ++j;
        return j - from;
    };
    if (digits(2) == 0 || j >= s.size() || (s[j] != '.' && s[j] != '-')) return 0;
    const char separator = s[j];
    ++j;
    if (digits(2) == 0 || j >= s.size() || s[j] != separator) return 0;
    ++j;
    if (digits(4) != 4 || (j < s.size() && s[j] >= '0' && s[j] <= '9')) return 0;
    return j - i;
}

std::optional<bool> meridiem(std::string_view word, bool single_letter = false) {
    if (single_letter && word.size() == 1) {
        // "1030a", "4p"; a capital is a label's ("Ballroom 1A", "Hall 2B").
        if (word[0] == 'a') return false;
        if (word[0] == 'p') return true;
        return std::nullopt;
    }
    char letters[2];
    std::size_t n = 0;
    for (char c : word) {
        if (c == '.') continue;
        if (n == 2) return std::nullopt;
        letters[n++] = text::ascii_lower_char(c);
    }
    if (n != 2 || letters[1] != 'm') return std::nullopt;
    if (letters[0] == 'a') return false;
    if (letters[0] == 'p') return true;
    return std::nullopt;
}

bool is_ordinal_suffix(std::string_view word) {
    static constexpr text::WordList suffixes("st|nd|rd|th");
    return suffixes.contains(word);
}

bool is_filler(std::string_view word) {
    // "17 h 30" is French; "H.1301" / "H1301" is a room: only a lowercase "h" joins a time.
    if (word == "H") return false;
    // "26 de março de 2018", "le 11 juin", "19:00 Uhr": the small words of other languages' dates.
    static constexpr text::WordList fillers("at|from|on|the|of|and|h|hrs|local|time|when|date|schedule|de|del|do|da|le|el|um|uhr");
    return fillers.contains(word);
}

// Spanish and Portuguese "a" between two clock times: "14:00 a 17:00" (lowercase, a clock before it,
// a digit after it; "17:30 JST – A 10-Year Retrospective" is a title).
bool is_clock_range_a(std::string_view word, std::string_view s, std::size_t after) {
    if (word != "a") return false;
    while (after < s.size() && s[after] == ' ') ++after;
    return after < s.size() && is_digit(s[after]);
}

// Drops "(...)" groups unless they hold a lone timezone token ("(CET)" stays as "CET") or a numeric
// date ("Monday (9/4)").
std::string without_parenthesized_notes(std::string_view line) {
    std::string out;
    std::size_t i = 0;
    while (i < line.size()) {
        if (line[i] == '(') {
            const std::size_t close = line.find(')', i);
            if (close == std::string_view::npos) break;
            const std::string_view inner = text::trim(line.substr(i + 1, close - i - 1));
            const bool numeric_date = !inner.empty() && inner.size() <= 10 && inner.find('/') != std::string_view::npos &&
                                      std::all_of(inner.begin(), inner.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '/'; });
            if (looks_like_zone_token(inner) || numeric_date) {
                out += ' ';
                out += inner;
                out += ' ';
            }
            i = close + 1;
            continue;
        }
        out += line[i++];
    }
    return out;
}

// Splits a line into tokens. Returns false when it meets something no date line contains.
bool tokenize(std::string_view s, std::vector<Token>& tokens) {
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        std::size_t n = 0;
        if (text::is_space_at(s, i, &n)) {
            i += n;
            continue;
        }
        if (c == ',' || c == '|' || c == '@' || c == ';' || c == '*' || c == '_' || c == '/' || c == '[' || c == ']' ||
            c == ':') {
            ++i;
            continue;
        }
        if (c == '-' || c == '~') {
            tokens.push_back(make_token(TokenKind::range));
            ++i;
            continue;
        }
        if (c == '+' && i + 1 < s.size() && is_digit(s[i + 1])) {  // a bare offset "+01:00"
            std::size_t j = i + 1;
            while (j < s.size() && (is_digit(s[j]) || s[j] == ':')) ++j;
            tokens.push_back(make_token(TokenKind::zone, s.substr(i, j - i)));
            i = j;
            continue;
        }
        if (is_digit(c)) {
            // ISO date "2024-03-19".
            if (i + 10 <= s.size() && s[i + 4] == '-' && s[i + 7] == '-') {
                if (auto date = parse_iso_date(s.substr(i, 10))) {
                    Token t = make_token(TokenKind::number);
                    t.iso = date;
                    tokens.push_back(t);
                    i += 10;
                    continue;
                }
            }
            // A compact ISO date "20240417" (an archive's dates): eight digits alone, a year of this
            // or the last century, a real month and day.
            if (i + 8 <= s.size() && (i + 8 == s.size() || !is_digit(s[i + 8])) && (s[i] == '1' || s[i] == '2') &&
                std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(i + 8), is_digit)) {
                const char dashed[10] = {s[i], s[i + 1], s[i + 2], s[i + 3], '-', s[i + 4], s[i + 5], '-', s[i + 6], s[i + 7]};
                if (auto date = parse_iso_date(std::string_view(dashed, 10)); date && date->year >= 1900 && date->year <= 2099) {
                    Token t = make_token(TokenKind::number);
                    t.iso = date;
                    tokens.push_back(t);
                    i += 8;
                    continue;
                }
            }
            if (const std::size_t length = dotted_date_length(s, i)) {
                const std::string_view date = s.substr(i, length);
                const std::size_t first_dot = date.find_first_of(".-"), second_dot = date.find_first_of(".-", first_dot + 1);
                int day = 0, month = 0, year = 0;
                for (char ch : date.substr(0, first_dot)) day = day * 10 + (ch - '0');
                for (char ch : date.substr(first_dot + 1, second_dot - first_dot - 1)) month = month * 10 + (ch - '0');
                for (char ch : date.substr(second_dot + 1)) year = year * 10 + (ch - '0');
                if (month < 1 || month > 12 || day < 1 || day > 31) return false;
                Token t = make_token(TokenKind::number);
                t.iso = CivilDate{year, month, day};
                t.numeric_date = true;
                tokens.push_back(t);
                i += length;
                continue;
            }
            Token t = make_token(TokenKind::number);
            std::size_t j = i;
            while (j < s.size() && is_digit(s[j]) && j - i < 6) t.value = t.value * 10 + (s[j++] - '0');
            if (j < s.size() && is_digit(s[j])) return false;  // an absurdly long number
            t.digits = static_cast<int>(j - i);
            // A numeric month/day "10/12" (or day/month when the first number cannot be a month),
            // optionally with a year "/2021". Not a fraction or a version: both parts are small.
            if (j + 1 < s.size() && s[j] == '/' && is_digit(s[j + 1]) && t.digits <= 2) {
                std::size_t k = j + 1;
                int second = 0;
                while (k < s.size() && is_digit(s[k]) && k - j <= 2) second = second * 10 + (s[k++] - '0');
                if (k < s.size() && is_digit(s[k])) return false;
                std::optional<int> year;
                if (k + 1 < s.size() && s[k] == '/' && is_digit(s[k + 1])) {
                    std::size_t y = k + 1;
                    int value = 0;
                    while (y < s.size() && is_digit(s[y]) && y - k <= 4) value = value * 10 + (s[y++] - '0');
                    if (y - k - 1 == 4) year = value;
                    else if (y - k - 1 == 2) year = 2000 + value;
                    else return false;
                    k = y;
                }
                const bool month_first = t.value >= 1 && t.value <= 12;
                const int month = month_first ? t.value : second, day = month_first ? second : t.value;
                if (month < 1 || month > 12 || day < 1 || day > 31) return false;
                t.iso = CivilDate{year.value_or(0), month, day};
                t.numeric_date = true;
                tokens.push_back(t);
                i = k;
                continue;
            }
            // Minutes: "9:15", "9.15", "9h15".
            if (j + 2 < s.size() && (s[j] == ':' || s[j] == '.' || s[j] == 'h') && is_digit(s[j + 1]) &&
                is_digit(s[j + 2]) && !(j + 3 < s.size() && is_digit(s[j + 3]))) {
                t.minute = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
                j += 3;
                // Seconds: "14:43:30" is 14:43.
                if (s[j - 3] == ':' && j + 2 < s.size() && s[j] == ':' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
                    !(j + 3 < s.size() && is_digit(s[j + 3])) && s[j + 1] <= '5') {
                    j += 3;
                }
            }
            // Attached suffix: "9:15am", "12pm", "18th", the "a"/"p" of "1030a".
            std::size_t k = j;
            while (k < s.size() && (is_alpha(s[k]) || s[k] == '.')) ++k;
            const std::string_view suffix = s.substr(j, k - j);
            if (!suffix.empty()) {
                if (auto pm = meridiem(suffix, true)) {  // "1030a", "140p", "3:30p"
                    t.pm = pm;
                    j = k;
                    // A compact clock time: "1030a", "140p", "530PM" are 10:30, 1:40, 5:30.
                    if (!t.minute && (t.digits == 3 || t.digits == 4) && t.value % 100 < 60) {
                        t.minute = t.value % 100;
                        t.value /= 100;
                    }
                } else if (is_ordinal_suffix(suffix)) {
                    t.ordinal = true;
                    j = k;
                } else if (t.minute && (suffix == "h" || suffix == "h.")) {
                    j = k;  // "10:00h"
                } else if (suffix == "h" && t.digits <= 2) {
                    // "11h" in "10h40 - 11h": a bare hour, a time only in a range with a clock; with
                    // two digits ("2018, 17h") it is the clock time 17:00 as French and Portuguese write it.
                    if (t.digits == 2 && t.value >= 10 && t.value <= 23) t.minute = 0;
                    j = k;
                } else if (suffix == ".") {
                    j = k;
                }
            }
            tokens.push_back(t);
            i = j;
            continue;
        }
        if (is_alpha(c)) {
            std::size_t j = word_end(s, i, letters_end(s, i));
            // "UTC+2", "GMT-05:00": the offset belongs to the zone.
            std::string_view word = s.substr(i, j - i);
            const std::string_view bare = text::trim_chars(word, ".");
            if ((bare == "UTC" || bare == "GMT") && j < s.size() && (s[j] == '+' || s[j] == '-') && j + 1 < s.size() &&
                is_digit(s[j + 1])) {
                std::size_t k = j + 1;
                while (k < s.size() && (is_digit(s[k]) || s[k] == ':')) ++k;
                tokens.push_back(make_token(TokenKind::zone, s.substr(i, k - i)));
                i = k;
                continue;
            }
            if (auto pm = meridiem(word); pm && !tokens.empty() && tokens.back().kind == TokenKind::number &&
                                          !tokens.back().pm) {
                tokens.back().pm = pm;
            } else if (is_range_word(bare) ||
                       (!tokens.empty() && tokens.back().kind == TokenKind::number && tokens.back().minute && is_clock_range_a(word, s, j))) {
                tokens.push_back(make_token(TokenKind::range));
            } else if (is_ordinal_suffix(bare) && !tokens.empty() && tokens.back().kind == TokenKind::number) {
                tokens.back().ordinal = true;
            } else {
                tokens.push_back(make_token(TokenKind::word, bare));
            }
            i = j;
            continue;
        }
        const char32_t cp = text::decode_at(s, i, &n);
        // Bullets, middle dots, dashes and clock emoji separate parts; letters of other scripts
        // mean this is prose.
        if (cp == 0x2022 || cp == 0x00B7 || cp == 0x2027 || cp == 0x2219 || text::is_emoji(cp)) {
            i += n;
            continue;
        }
        if (cp == 0x2013 || cp == 0x2014 || cp == 0x2012 || cp == 0x2212) {
            tokens.push_back(make_token(TokenKind::range));
            i += n;
            continue;
        }
        return false;
    }
    return true;
}

// Whether token `i` is a number that can be a compact clock time ("930", "1400"): three or four
// digits, minutes under 60 (the other end of a compact range must be one too: "2019-2020" is no range).
bool compact_time_at(const std::vector<Token>& tokens, std::size_t i) {
    if (i >= tokens.size()) return false;
    const Token& t = tokens[i];
    if (t.kind != TokenKind::number || (t.digits != 3 && t.digits != 4) || t.iso) return false;
    if (t.minute) return true;  // read as one already
    // Three digits are a morning's time on a five-minute mark ("930", "745"): "rooms 101-105" is none.
    if (t.digits == 3) return t.value / 100 >= 7 && t.value % 5 == 0 && t.value % 100 < 60;
    return t.value % 100 < 60 && t.value / 100 <= 24;
}

// Whether the number token at `i` has a month name beside it, the small words of a date between
// them skipped ("March 3", "3 de março", "3. Juni").
bool month_beside(const std::vector<Token>& tokens, std::size_t i) {
    for (std::size_t k = i; k > 0;) {
        const Token& t = tokens[--k];
        if (t.kind != TokenKind::word) break;
        if (any_month(t.word)) return true;
        if (!is_filler(t.word)) break;
    }
    for (std::size_t k = i + 1; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.kind != TokenKind::word) break;
        if (any_month(t.word)) return true;
        if (!is_filler(t.word)) break;
    }
    return false;
}

struct ClockTime {
    int hour = 0;
    int minute = 0;
    std::optional<bool> pm;
    bool explicit_minutes = false;
};

int to_minutes(int hour, int minute, std::optional<bool> pm) {
    if (pm.has_value()) {
        hour %= 12;
        if (*pm) hour += 12;
    }
    return hour * 60 + minute;
}

// Resolves a range where am/pm may be written once: "9:15 - 9:40 am", "11:30 - 1:15 pm",
// "9:15am - 10". Returns an error text for impossible clocks.
std::optional<std::string> resolve_clock_range(ClockTime start, std::optional<ClockTime> end, DateTimeText& out) {
    // "15:55pm - 16:20pm": a 24-hour clock with a "pm" that says nothing more; "14:05 - 14:30 am":
    // one with an "am" it contradicts, which a reader passes over as a slip.
    for (ClockTime* t : {&start, end ? &*end : nullptr}) {
        if (t && t->pm.has_value() && t->hour >= 13 && t->hour <= 23) t->pm.reset();
    }
    auto check = [](const ClockTime& t) -> std::optional<std::string> {
        if (t.minute > 59) return "minutes over 59";
        if (t.pm.has_value() && (t.hour < 1 || t.hour > 12)) return "hour " + std::to_string(t.hour) + " with am/pm";
        if (!t.pm.has_value() && t.hour > 24) return "hour " + std::to_string(t.hour) + " is not a clock hour";
        if (t.hour == 24 && t.minute != 0) return "time after 24:00";
        return std::nullopt;
    };
    if (auto problem = check(start)) return problem;
    if (end) {
        if (auto problem = check(*end)) return problem;
    }
    if (!end) {
        out.start_minute = to_minutes(start.hour, start.minute, start.pm) % 1440;
        return std::nullopt;
    }
    std::optional<bool> start_pm = start.pm;
    std::optional<bool> end_pm = end->pm;
    // "11:00 ~ 12:30 am": a morning that runs past noon, its "am" written once for both ends. Read
    // as a careful reader does: 11:00 to 12:30 (noon), not to half past midnight.
    if (!start_pm && end_pm && !*end_pm && end->hour == 12 && start.hour < 12) end_pm = true;
    if (!start_pm && end_pm && start.hour <= 12) {
        // Written once at the end: the start shares it unless that would put it after the end
        // ("11:30 - 1:15 pm" starts in the morning).
        start_pm = end_pm;
        if (to_minutes(start.hour, start.minute, start_pm) > to_minutes(end->hour, end->minute, end_pm)) start_pm = !*end_pm;
    } else if (start_pm && !end_pm && end->hour <= 12) {
        end_pm = start_pm;
        if (to_minutes(end->hour, end->minute, end_pm) < to_minutes(start.hour, start.minute, start_pm)) end_pm = !*start_pm;
    }
    int start_minute = to_minutes(start.hour, start.minute, start_pm);
    int end_minute = to_minutes(end->hour, end->minute, end_pm);
    // No am/pm anywhere and the end before the start within 12 hours: an afternoon written in
    // 12h style ("9:00 - 1:00").
    if (!start_pm && !end_pm && end_minute < start_minute && end->hour < 12 && end_minute + 720 > start_minute) {
        end_minute += 720;
    }
    out.start_minute = start_minute % 1440;
    out.end_minute = end_minute % 1440;
    return std::nullopt;
}

}  // namespace

bool is_range_word(std::string_view word) {
    static constexpr text::WordList range_words("to|until|till|through|bis");
    return range_words.contains(word);
}

TimeLineParse parse_time_line(std::string_view line) {
    TimeLineParse result;
    if (line.size() > limits::max_time_line_bytes) return result;  // prose: never tokenized
    // A number alone ("2024", "6"), as prose is full of, is a year, a day or an hour without the
    // month, clock or range that would make it one (the rules below read it so): no line.
    // (Eight digits may be a compact date, "20240417": the tokens say.)
    if (!line.empty() && line.size() != 8 && std::all_of(line.begin(), line.end(), [](char c) { return is_digit(c); })) return result;
    // Tokens are views of `cleaned`; most lines have no "(...)" and are read as they are.
    std::string without_notes;
    std::string_view cleaned = line;
    if (line.find('(') != std::string_view::npos) cleaned = without_notes = without_parenthesized_notes(line);
    // Every line of a post is asked, abstracts included: answer prose cheaply. Without a digit a
    // line has no time and no day number, so at best it is a weekday alone with one other token
    // ("Tuesday", "on Tuesday"); no such line is longer than this.
    constexpr std::size_t max_digitless_time_line = 64;
    if (cleaned.size() > max_digitless_time_line &&
        std::none_of(cleaned.begin(), cleaned.end(), [](char c) { return is_digit(c); })) {
        return result;
    }
    // One buffer for every call (the scan asks about a few hundred runs per post); a full
    // date/time line has about a dozen tokens.
    thread_local std::vector<Token> tokens;
    tokens.clear();
    tokens.reserve(16);
    if (!tokenize(cleaned, tokens) || tokens.empty()) return result;

    DateTimeText& out = result.value;
    thread_local std::vector<std::size_t> time_tokens;  // as `tokens`: one buffer for every call
    time_tokens.clear();
    bool saw_date_part = false;

    // First pass: words.
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token& t = tokens[i];
        if (t.kind == TokenKind::word) {
            if (auto wd = any_weekday(t.word); wd && !out.weekday && !out.month) {
                out.weekday = wd;
                saw_date_part = true;
            } else if (auto m = any_month(t.word); m && !out.month) {
                out.month = m;
                saw_date_part = true;
            } else if (looks_like_zone_token(t.word) && out.zone.empty()) {
                t.kind = TokenKind::zone;
            } else if (!is_filler(t.word)) {
                if (!time_tokens.empty() || out.start_minute) break;  // trailing note after the times
                return result;  // a word that belongs to no date or time: prose
            }
        }
        if (t.kind == TokenKind::zone && out.zone.empty()) {
            out.zone = std::string(t.word);
        }
        if (t.kind == TokenKind::number) {
            if (t.iso) {
                if (t.iso->year != 0) out.year = t.iso->year;
                out.month = t.iso->month, out.day = t.iso->day;
                saw_date_part = true;
            } else if (t.minute || t.pm) {
                time_tokens.push_back(i);
            } else if (compact_time_at(tokens, i) && (t.value < 1900 || t.value > 2200) &&
                       ((i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::range && compact_time_at(tokens, i + 2)) ||
                        (i > 1 && tokens[i - 1].kind == TokenKind::range && compact_time_at(tokens, i - 2)))) {
                // A compact 24-hour range "1400-1425", "930 - 1230": 14:00 to 14:25, 9:30 to 12:30.
                t.minute = t.value % 100;
                t.value /= 100;
                time_tokens.push_back(i);
            } else if (t.digits == 4 && t.value >= 1900 && t.value <= 2200 && !out.year) {
                out.year = t.value;
            } else if (!out.day && t.value >= 1 && t.value <= 31 &&
                       (month_beside(tokens, i) || t.ordinal)) {
                out.day = t.value;
                saw_date_part = true;
            } else {
                // A bare hour: a time only when a range ties it to a clock time ("9 - 10am").
                const bool next_to_range = (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::range) ||
                                           (i > 0 && tokens[i - 1].kind == TokenKind::range);
                if (next_to_range && t.value <= 24) {
                    time_tokens.push_back(i);
                } else {
                    return result;  // a number that is no time, day or year
                }
            }
        }
    }
    if (time_tokens.empty() && !saw_date_part) return result;
    // A bare "1/2" is a fraction or a room ("Tahoma 1/2"): a numeric date needs a weekday, a time or a year beside it.
    bool numeric_only = false;
    for (const Token& t : tokens) numeric_only |= t.numeric_date;
    if (numeric_only && time_tokens.empty() && !out.weekday && !out.year) return result;
    if (time_tokens.empty() && !out.month && !out.day && out.weekday && tokens.size() > 2) return result;

    // A day number needs its month and vice versa; a lone month ("May") is not a date line.
    if (out.month.has_value() != out.day.has_value()) {
        if (time_tokens.empty()) return result;
        result.status = TimeLineParse::Status::malformed;
        result.problem = "the date has a month without a day or a day without a month";
        return result;
    }
    if (out.has_date()) {
        const CivilDate probe{out.year.value_or(2000), *out.month, *out.day};  // 2000 is a leap year
        if (!is_valid_date(probe)) {
            result.status = TimeLineParse::Status::malformed;
            result.problem = "there is no such date";
            return result;
        }
    }

    if (time_tokens.size() > 2) {
        result.status = TimeLineParse::Status::malformed;
        result.problem = "more than two times in one line";
        return result;
    }
    if (!time_tokens.empty()) {
        // Every bare hour must be tied to a clock time; "9 - 10" alone is not a time range.
        bool any_clock = false;
        for (std::size_t index : time_tokens) any_clock = any_clock || tokens[index].minute || tokens[index].pm;
        if (!any_clock) return result;
        auto clock = [&](std::size_t index) {
            const Token& t = tokens[index];
            return ClockTime{t.value, t.minute.value_or(0), t.pm, t.minute.has_value()};
        };
        std::optional<ClockTime> end;
        if (time_tokens.size() == 2) {
            bool range_between = false;
            for (std::size_t k = time_tokens[0] + 1; k < time_tokens[1]; ++k) range_between |= tokens[k].kind == TokenKind::range;
            // "2:00pm   2:30pm": two clock times side by side, the dash forgotten.
            const bool adjacent_clocks = time_tokens[1] == time_tokens[0] + 1 && (tokens[time_tokens[0]].minute || tokens[time_tokens[0]].pm) &&
                                         (tokens[time_tokens[1]].minute || tokens[time_tokens[1]].pm);
            if (!range_between && !adjacent_clocks) {
                result.status = TimeLineParse::Status::malformed;
                result.problem = "two times without a dash between them";
                return result;
            }
            end = clock(time_tokens[1]);
        }
        out.bare_twelve_hour = true;
        for (std::size_t index : time_tokens) {
            const Token& t = tokens[index];
            out.bare_twelve_hour = out.bare_twelve_hour && !t.pm && t.value >= 1 && t.value <= 12 && t.digits == (t.value >= 10 ? 2 : 1);
        }
        if (auto problem = resolve_clock_range(clock(time_tokens[0]), end, out)) {
            result.status = TimeLineParse::Status::malformed;
            result.problem = *problem;
            return result;
        }
    }
    result.status = TimeLineParse::Status::parsed;
    return result;
}

}  // namespace talkboard

namespace talkboard {

namespace {

enum class Piece { temporal, connector, boundary };

bool is_capitalized(std::string_view word) { return !word.empty() && text::is_ascii_upper(word[0]); }

// Words that number things ("Day 1", "Room 4", "Track 2"): the number after them is no date or time.
bool is_numbering_word(std::string_view word) {
    while (!word.empty() && word.front() == '.') word.remove_prefix(1);
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.size() > 7) return false;
    static constexpr text::WordList numbering_words("day|week|part|track|room|level|hall|stage|session|no|number|floor|booth");
    return numbering_words.contains(word);
}

}  // namespace

namespace {

// Runs of date and time words in `s`, each handed to `take(context, begin, end)`. Called through a
// pointer: one copy of the scan (about 3.6 KB of wasm) serves both of its callers.
using TakeRun = void (*)(void* context, std::size_t begin, std::size_t end);
void for_each_date_time_run(std::string_view s, TakeRun take, void* context);

// The same with any callable `take(begin, end)`.
template <class Take>
void for_each_date_time_run(std::string_view s, Take& take) {
    for_each_date_time_run(
        s, [](void* context, std::size_t begin, std::size_t end) { (*static_cast<Take*>(context))(begin, end); }, &take);
}

}  // namespace

// Prose without a digit holds at most a weekday ("*Tuesday*"), and only a short line is read for
// one: every line of a post is asked, abstracts included, and most have no digit.
constexpr std::size_t max_digitless_line = 64;

bool worth_scanning(std::string_view s) {
    if (s.size() > limits::max_time_line_bytes) return false;
    return s.size() <= max_digitless_line || text::has_ascii_digit(s);
}

namespace {

// "(UTC -7)", "(GMT+1)", "(UTC−04:00)" at `at`: the whole hours east of UTC, and where the
// parenthesis ends; nullopt when there is no such offset.
std::optional<int> offset_in_parentheses(std::string_view s, std::size_t at, std::size_t* end) {
    while (at < s.size() && s[at] == ' ') ++at;
    if (at + 4 >= s.size() || s[at] != '(' || (s.compare(at + 1, 3, "UTC") != 0 && s.compare(at + 1, 3, "GMT") != 0)) {
        return std::nullopt;
    }
    const std::size_t close = s.find(')', at);
    if (close == std::string_view::npos || close - at > 14) return std::nullopt;
    std::size_t k = at + 4;
    while (k < close && s[k] == ' ') ++k;
    int sign = 0;
    if (s[k] == '+') sign = 1, ++k;
    else if (s[k] == '-') sign = -1, ++k;
    else if (s.compare(k, 3, "\xE2\x88\x92") == 0) sign = -1, k += 3;  // U+2212 MINUS SIGN
    while (k < close && s[k] == ' ') ++k;
    int hours = 0, digits = 0;
    while (k < close && is_digit(s[k]) && digits < 2) hours = hours * 10 + (s[k++] - '0'), ++digits;
    *end = close + 1;
    if (sign == 0 && digits == 0) return 0;  // "(UTC)"
    if (sign == 0 || digits == 0) return std::nullopt;
    return sign * hours;
}

// A zone written out after a time ("9:00am - 9:45am Pacific Daylight Time (UTC -7)", "11:00 a.m.
// Eastern (UTC−04:00)"): its abbreviation, and where the name (and an offset in parentheses after
// it) ends. A region alone names a zone only with its offset, which tells summer from winter.
std::string_view written_out_zone(std::string_view s, std::size_t from, std::size_t* end) {
    struct Region {
        std::string_view name, standard, daylight;
        int standard_offset;
    };
    static constexpr Region regions[] = {
        {"Eastern", "EST", "EDT", -5}, {"Central", "CST", "CDT", -6},
        {"Mountain", "MST", "MDT", -7}, {"Pacific", "PST", "PDT", -8},
    };
    static constexpr std::pair<std::string_view, std::string_view> names[] = {
        {"Pacific Daylight Time", "PDT"}, {"Pacific Standard Time", "PST"}, {"Pacific Time", "PT"},
        {"Mountain Daylight Time", "MDT"}, {"Mountain Standard Time", "MST"}, {"Mountain Time", "MT"},
        {"Central Daylight Time", "CDT"}, {"Central Standard Time", "CST"}, {"Central Time", "CT"},
        {"Eastern Daylight Time", "EDT"}, {"Eastern Standard Time", "EST"}, {"Eastern Time", "ET"},
        {"Central European Summer Time", "CEST"}, {"Central European Time", "CET"},
        {"Western European Summer Time", "WEST"}, {"Western European Time", "WET"},
        {"Eastern European Summer Time", "EEST"}, {"Eastern European Time", "EET"},
        {"British Summer Time", "BST"}, {"Greenwich Mean Time", "GMT"}, {"Coordinated Universal Time", "UTC"},
    };
    std::size_t at = from;
    while (at < s.size() && s[at] == ' ') ++at;
    if (at >= s.size() || !std::isupper(static_cast<unsigned char>(s[at]))) return {};
    // Every name and region starts with one of these words, and a longer word is none of them
    // (a region needs its offset right after it): one lookup for the capitalised words of every
    // heading, instead of comparing each with the names that share its first letter.
    std::size_t word_end = at;
    while (word_end < s.size() && is_alpha(s[word_end])) ++word_end;
    static constexpr text::WordList first_words("pacific|mountain|central|eastern|western|british|greenwich|coordinated");
    if (!first_words.contains(s.substr(at, word_end - at))) return {};
    for (const auto& [name, abbreviation] : names) {
        if (s[at] != name[0] || s.compare(at, name.size(), name) != 0) continue;
        std::size_t after = at + name.size();
        offset_in_parentheses(s, after, &after);  // "(UTC -7)", "(GMT+1)": the offset that restates it
        *end = after;
        return abbreviation;
    }
    for (const Region& region : regions) {
        if (s[at] != region.name[0] || s.compare(at, region.name.size(), region.name) != 0) continue;
        std::size_t after = at + region.name.size();
        const auto offset = offset_in_parentheses(s, after, &after);
        if (!offset) return {};
        if (*offset != region.standard_offset && *offset != region.standard_offset + 1) return {};
        *end = after;
        return *offset == region.standard_offset ? region.standard : region.daylight;
    }
    return {};
}

// "10:00 AM Eastern", "9am Pacific time": a US region's name right after a time is its zone
// (ET, CT, MT, PT; the season unsaid), unless a name goes on ("Pacific Northwest").
std::string_view region_after_time(std::string_view s, std::size_t from, std::size_t* end) {
    static constexpr std::pair<std::string_view, std::string_view> regions[] = {
        {"Eastern", "ET"}, {"Central", "CT"}, {"Mountain", "MT"}, {"Pacific", "PT"}};
    std::size_t at = from;
    while (at < s.size() && s[at] == ' ') ++at;
    for (const auto& [name, zone] : regions) {
        if (s.compare(at, name.size(), name) != 0) continue;
        std::size_t after = at + name.size();
        if (after < s.size() && std::isalpha(static_cast<unsigned char>(s[after]))) return {};
        if (s.compare(after, 5, " time") == 0 && (after + 5 == s.size() || !std::isalpha(static_cast<unsigned char>(s[after + 5])))) {
            after += 5;
        } else if (after + 1 < s.size() && s[after] == ' ' && (std::isupper(static_cast<unsigned char>(s[after + 1])) || s[after + 1] == '(')) {
            return {};  // a name goes on, or an offset that is not the region's own ("Pacific (UTC+2)")
        }
        *end = after;
        return zone;
    }
    return {};
}

}  // namespace

namespace {

// A run of date words that is a range of days ("May 22-26, 2023"; see DayRange), or nullopt.
std::optional<DayRange> parse_day_range(std::string_view run) {
    // A clock time ("09:50", two minute digits and no third) is tokenized as a number with a
    // minute, which no side of a range of days takes: most runs with a dash are a range of times
    // ("09:50 - 10:20"), and leave here before they are tokenized.
    for (std::size_t k = 1; k + 2 < run.size(); ++k) {
        if (run[k] == ':' && is_digit(run[k - 1]) && is_digit(run[k + 1]) && is_digit(run[k + 2]) &&
            (k + 3 == run.size() || !is_digit(run[k + 3]))) {
            return std::nullopt;
        }
    }
    // Buffers for every call, as parse_time_line's (every run of a line with a dash is read).
    thread_local std::vector<Token> tokens;
    thread_local std::vector<const Token*> kept;
    tokens.clear();
    kept.clear();
    if (!tokenize(run, tokens)) return std::nullopt;
    // Weekdays and fillers ("Monday May 22 - Friday May 26") say nothing the days do not.
    for (const Token& t : tokens) {
        if (t.kind == TokenKind::word && (any_weekday(t.word) || is_filler(t.word))) continue;
        kept.push_back(&t);
    }
    // A four-digit year last holds for both ends.
    std::optional<int> year;
    if (!kept.empty() && kept.back()->kind == TokenKind::number && kept.back()->digits == 4 && !kept.back()->minute &&
        !kept.back()->pm) {
        year = kept.back()->value;
        kept.pop_back();
    }
    const auto range_at = std::find_if(kept.begin(), kept.end(), [](const Token* t) { return t->kind == TokenKind::range; });
    if (range_at == kept.end()) return std::nullopt;
    // One side: a month and a day in either order, or (after the dash) a day alone.
    auto side = [](auto begin, auto end, std::optional<int> month) -> std::optional<DateTimeText> {
        // "2025-07-14 to 2025-07-20": a side that is one written-out ISO date.
        if (end - begin == 1 && (*begin)->iso && !(*begin)->numeric_date && (*begin)->iso->year != 0 && !month) {
            DateTimeText date;
            date.year = (*begin)->iso->year, date.month = (*begin)->iso->month, date.day = (*begin)->iso->day;
            return date;
        }
        std::optional<int> day;
        for (auto it = begin; it != end; ++it) {
            const Token& t = **it;
            if (t.kind == TokenKind::word) {
                if (month) return std::nullopt;
                month = any_month(t.word);
                if (!month) return std::nullopt;
            } else if (t.kind == TokenKind::number && !day && t.digits <= 2 && !t.minute && !t.pm && !t.iso) {
                day = t.value;
            } else {
                return std::nullopt;
            }
        }
        if (!month || !day || *day < 1 || *day > 31) return std::nullopt;
        DateTimeText date;
        date.month = month, date.day = day;
        return date;
    };
    // "22-26 May": the month written only after the second day is both days'.
    std::optional<int> trailing_month;
    if (kept.back()->kind == TokenKind::word) trailing_month = any_month(kept.back()->word);
    std::optional<int> leading_month;
    if (kept.front()->kind == TokenKind::word) leading_month = any_month(kept.front()->word);
    const bool first_has_month = std::any_of(kept.begin(), range_at, [](const Token* t) { return t->kind == TokenKind::word; });
    const bool last_has_month = std::any_of(range_at + 1, kept.end(), [](const Token* t) { return t->kind == TokenKind::word; });
    auto first = side(kept.begin(), range_at, first_has_month ? std::nullopt : trailing_month);
    auto last = side(range_at + 1, kept.end(), last_has_month ? std::nullopt : leading_month);
    if (!first || !last) return std::nullopt;
    if (!first->year) first->year = year;
    if (!last->year) last->year = year;
    const int from = *first->month * 32 + *first->day, to = *last->month * 32 + *last->day;
    if (to <= from || (*last->month - *first->month) > 1) return std::nullopt;  // a range of days runs forward, within weeks
    return DayRange{*first, *last};
}

}  // namespace

namespace {

// One scan for both finds: each run of date and time words read as a date or time (into `found`)
// and as a range of days (into `ranges`), each when given. The reader asks both of every line.
void read_runs(std::string_view s, std::vector<FoundDateTime>* found, std::vector<DayRange>* ranges) {
    auto take = [&](std::size_t begin, std::size_t end) {
        if (ranges) {
            if (auto range = parse_day_range(s.substr(begin, end - begin))) ranges->push_back(*range);
        }
        if (!found) return;
        // A run inside the written-out zone just taken ("Eastern (UTC−04:00)") is that zone's offset.
        if (!found->empty() && begin < found->back().end) return;
        TimeLineParse parse = parse_time_line(s.substr(begin, end - begin));
        // "TDD Conf 2021, 10th July 2021": a year that ends a name, then the date.
        if (parse.status != TimeLineParse::Status::parsed && end - begin > 6 && is_digit(s[begin])) {
            std::size_t k = begin;
            while (k < end && is_digit(s[k])) ++k;
            if (k - begin == 4 && (s[k] == ' ' || s[k] == ',')) {
                while (k < end && (s[k] == ' ' || s[k] == ',')) ++k;
                if (k < end) {
                    begin = k;
                    parse = parse_time_line(s.substr(begin, end - begin));
                }
            }
        }
        // "Episode 6 - April 29, 2022": a number that ends a name, a dash, then the date.
        if (parse.status != TimeLineParse::Status::parsed && end - begin > 6 && is_digit(s[begin])) {
            std::size_t k = begin;
            while (k < end && is_digit(s[k])) ++k;
            if (k - begin <= 3) {
                while (k < end && s[k] == ' ') ++k;
                const std::size_t dash = k < end && s[k] == '-' ? 1 : (s.compare(k, 3, "\xE2\x80\x93") == 0 || s.compare(k, 3, "\xE2\x80\x94") == 0) ? 3 : 0;
                if (dash > 0) {
                    k += dash;
                    while (k < end && s[k] == ' ') ++k;
                    if (k < end && is_alpha(s[k])) {
                        const TimeLineParse after = parse_time_line(s.substr(k, end - k));
                        if (after.status == TimeLineParse::Status::parsed && after.value.has_date()) {
                            begin = k;
                            parse = after;
                        }
                    }
                }
            }
        }
        DateTimeText v = parse.value;
        if (parse.status == TimeLineParse::Status::parsed && (v.has_time() || v.has_date() || v.weekday)) {
            if (v.has_time() && v.zone.empty()) {
                std::size_t zone_end = end;
                std::string_view zone = written_out_zone(s, end, &zone_end);
                if (zone.empty()) zone = region_after_time(s, end, &zone_end);
                if (!zone.empty()) v.zone = std::string(zone), end = zone_end;
            }
            found->push_back(FoundDateTime{begin, end, std::move(v)});
        }
    };
    for_each_date_time_run(s, take);
}

}  // namespace

std::vector<FoundDateTime> find_date_times(std::string_view s) {
    std::vector<FoundDateTime> found;
    if (worth_scanning(s)) read_runs(s, &found, nullptr);
    return found;
}

namespace {

// No dash and no range word: no range.
bool has_range_mark(std::string_view s) {
    // (The words found by an inner letter, compared in place: string_view::find stopped with a
    // memcmp call at every space of the line.)
    return s.find('-') != std::string_view::npos || s.find("\xE2\x80") != std::string_view::npos ||
           text::find_by(s, " to ", 2) != std::string_view::npos || text::find_by(s, " through ", 6) != std::string_view::npos;
}

}  // namespace

std::vector<FoundDateTime> find_date_times(std::string_view s, std::vector<DayRange>& day_ranges) {
    std::vector<FoundDateTime> found;
    // One worth_scanning test for both finds (every line of a post is asked).
    if (worth_scanning(s)) read_runs(s, &found, has_range_mark(s) ? &day_ranges : nullptr);
    return found;
}

bool may_hold_day_range(std::string_view s) { return worth_scanning(s) && has_range_mark(s); }

std::vector<DayRange> find_day_ranges(std::string_view s) {
    std::vector<DayRange> ranges;
    if (!may_hold_day_range(s)) return ranges;
    read_runs(s, nullptr, &ranges);
    return ranges;
}

std::string written_zone(std::string_view s) {
    if (s.size() > limits::max_time_line_bytes) return {};
    // The capitals that start a written-out zone (find_first_of would call memchr once per byte).
    auto starts_zone = [](char c) { return c == 'E' || c == 'C' || c == 'M' || c == 'P' || c == 'B' || c == 'G' || c == 'S'; };
    for (std::size_t at = 0; at < s.size(); ++at) {
        if (!starts_zone(s[at])) continue;
        if (at > 0 && s[at - 1] != ' ' && s[at - 1] != '(') continue;
        std::size_t end = at;
        const std::string_view zone = written_out_zone(s, at, &end);
        if (!zone.empty()) return std::string(zone);
    }
    return {};
}

std::string find_unreadable_date_time(std::string_view s) {
    std::string problem;
    if (!worth_scanning(s)) return problem;
    auto take = [&](std::size_t begin, std::size_t end) {
        if (!problem.empty()) return;
        const TimeLineParse parse = parse_time_line(s.substr(begin, end - begin));
        if (parse.status == TimeLineParse::Status::malformed) problem = parse.problem;
    };
    for_each_date_time_run(s, take);
    return problem;
}

namespace {

// A digit after `at`, past spaces and a comma or period ("March 3", "Jan. 5").
bool digit_follows(std::string_view s, std::size_t at) {
    while (at < s.size() && (s[at] == ' ' || s[at] == ',' || s[at] == '.')) ++at;
    return at < s.size() && is_digit(s[at]);
}

// A range's dash (or "to") after `at`, past spaces.
bool dash_follows(std::string_view s, std::size_t at) {
    while (at < s.size() && s[at] == ' ') ++at;
    return (at < s.size() && (s[at] == '-' || s[at] == '~')) || text::starts_with(s.substr(at), "\xE2\x80\x93") ||
           text::starts_with(s.substr(at), "to ");
}

// Eight bytes of lowercase prose at `at`: letters 'a'..'z' and single spaces, none first or last,
// so that every space in them stands between two lowercase words. Returns 0 when they are not,
// 0x100 when they are one word's letters, else one plus the offset of their last space (where the
// last word in them starts). The date scan passes such blocks whole instead of word by word.
unsigned lower_words8(const char* at) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, at, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    if ((eight & highs) != 0) return 0;  // ASCII only: the sums below then carry into no other byte
    const std::uint64_t lower = (eight + 0x1F * ones) & ~(eight + 0x05 * ones) & highs;  // 0x61..0x7A
    const std::uint64_t spaced = eight ^ (0x20 * ones);
    const std::uint64_t spaces = ~(((spaced & (0x7F * ones)) + 0x7F * ones) | spaced) & highs;  // exactly the 0x20 bytes
    if ((lower | spaces) != highs || (spaces & (spaces << 8)) != 0 || (spaces & 0x8000000000000080ull) != 0) return 0;
    if (spaces == 0) return 0x100;
    return 1 + static_cast<unsigned>((63 - __builtin_clzll(spaces)) / 8);
}

// Outside a run (none open, no number, clock time or label word just read), only a digit, a
// capital letter that starts a word or a '(' can open one: lowercase words, spaces, other
// punctuation and other UTF-8 leave no trace but whether the word right before a digit labels it
// ("day 2"). Returns the first such byte at or after `from` (or the text's end), eight bytes at a
// time, and sets `label` as the scan would have: prose (most bytes of a post) is passed whole.
std::size_t skip_quiet_text(std::string_view s, std::size_t from, bool* label) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const std::size_t size = s.size();
    auto word_byte = [&](std::size_t k) { return is_alpha(s[k]) || s[k] == '.'; };
    // A digit, 'A'..'Z' or '(' (bytes in memory order: little-endian).
    auto stops8 = [](std::uint64_t eight) {
        const std::uint64_t x = eight & ~highs;
        auto in_range = [&](unsigned lo, unsigned hi) { return (x + (0x80 - lo) * ones) & ~(x + (0x7F - hi) * ones); };
        return (in_range('0', '9') | in_range('A', 'Z') | in_range('(', '(')) & ~eight & highs;
    };
    auto stops_at = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '('; };
    std::size_t at = from;
    for (;;) {
        std::size_t stop = size;
        for (; size - at >= 8; at += 8) {
            std::uint64_t eight = 0;
            std::memcpy(&eight, s.data() + at, 8);
            if (const std::uint64_t found = stops8(eight)) {
                stop = at + static_cast<std::size_t>(__builtin_ctzll(found)) / 8;
                break;
            }
        }
        if (stop == size) {
            while (at < size && !stops_at(s[at])) ++at;
            stop = at;
        }
        *label = false;
        if (stop >= size) return size;
        // The word of letters and dots before the stop, from its first letter.
        std::size_t begin = stop;
        while (begin > from && word_byte(begin - 1)) --begin;
        while (begin < stop && s[begin] == '.') ++begin;
        if (is_alpha(s[stop])) {
            if (begin < stop) {  // a capital inside a word ("eBPF"): the word goes on
                at = stop + 1;
                continue;
            }
            return stop;
        }
        if (is_digit(s[stop])) {
            // A word, then at most three spaces or '#', then the digit: the loop's label test.
            std::size_t end = stop;
            while (end > from && stop - end < 3 && (s[end - 1] == ' ' || s[end - 1] == '#')) --end;
            std::size_t start = end;
            while (start > from && word_byte(start - 1)) --start;
            *label = start < end && is_numbering_word(s.substr(start, end - start));
        }
        return stop;
    }
}

void for_each_date_time_run(std::string_view s, TakeRun take, void* context) {
    static constexpr text::WordList leading_connectors("on|from|at");
    std::size_t run_begin = std::string_view::npos, run_end = 0;
    bool after_label = false;   // the last word numbers things ("Day 1", "Room 4", "Track 2"): no date or time follows
    bool after_number = false;  // the last temporal piece was a number (am/pm, "th" or a zone may follow)
    bool after_clock = false;   // ... a clock time ("10:00", "9am"): an unknown zone may follow
    auto close_run = [&] {
        if (run_begin != std::string_view::npos) take(context, run_begin, run_end);
        run_begin = std::string_view::npos;
        after_number = after_clock = false;
    };
    auto temporal = [&](std::size_t begin, std::size_t end) {
        if (run_begin == std::string_view::npos) run_begin = begin;
        run_end = end;
    };
    std::size_t i = 0;
    while (i < s.size()) {
        if (run_begin == std::string_view::npos && !after_number && !after_clock && !after_label) {
            i = skip_quiet_text(s, i, &after_label);
            if (i >= s.size()) break;
        }
        std::size_t n = 0;
        const char c = s[i];
        if (text::is_space_at(s, i, &n)) {
            i += n;
            continue;
        }
        if (is_alpha(c)) {
            std::size_t j = letters_end(s, i);
            // The common case in prose: a lowercase word with no run open and no number before it
            // is a boundary, and only a label word before a number ("day 2") leaves a trace.
            if (run_begin == std::string_view::npos && !after_number && !text::is_ascii_upper(c)) {
                after_clock = false;
                // Prose: lowercase words one space apart leave no trace but the last one's (a word
                // followed by a word labels no number), so they are read here without the loop's tests.
                while (j + 1 < s.size() && s[j] == ' ' && s[j + 1] >= 'a' && s[j + 1] <= 'z') {
                    i = j + 1;
                    j = i;
                    // Whole blocks of lowercase words first; the last word begins after their last space.
                    while (s.size() - j >= 8) {
                        const unsigned block = lower_words8(s.data() + j);
                        if (block == 0) break;
                        if (block != 0x100) i = j + block;
                        j += 8;
                    }
                    j = letters_end(s, j);
                }
                std::size_t next = j;
                while (next < s.size() && next < j + 3 && (s[next] == ' ' || s[next] == '#')) ++next;
                after_label = next < s.size() && is_digit(s[next]) && is_numbering_word(s.substr(i, j - i));
                i = j;
                continue;
            }
            j = word_end(s, i, j);  // with accented letters: "março", "Segunda-feira"
            std::string_view word = s.substr(i, j - i);
            std::string_view bare = word;  // without the dots around it ("a.m." keeps its inner ones)
            while (!bare.empty() && bare.front() == '.') bare.remove_prefix(1);
            while (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
            // Names of months and weekdays and zone abbreviations are capitalised: most words of a
            // line are not, and skip those tables (every line of a post is scanned).
            const bool capital = is_capitalized(bare);
            const bool name_sized = bare.size() >= 3 && bare.size() <= 9;
            const bool in_run = run_begin != std::string_view::npos;
            // Other languages' names only inside a run or before its day ("Mardi 11 juin", "12. März"):
            // most capitalised words of a line are neither, and the tables are long.
            const bool foreign_sized = bare.size() >= 3 && bare.size() <= 16 && (in_run || digit_follows(s, j));
            Piece piece = Piece::boundary;
            // Outside a run, a capitalised word in lower case after its capital whose first letter
            // starts no month or weekday ("Kubernetes", "Cilium", "Here") is a boundary: no zone, no
            // UTC offset, no name, and no other language's name without a number after it. Most
            // capitalised words of prose; the name tables are not asked.
            const auto starts_name = [](char first) {
                return first == 'A' || first == 'D' || first == 'F' || first == 'J' || first == 'M' || first == 'N' || first == 'O' ||
                       first == 'S' || first == 'T' || first == 'W';
            };
            const bool plainly_no_name = capital && !in_run && !after_number && !after_clock && bare.size() >= 2 && bare[1] >= 'a' &&
                                         bare[1] <= 'z' && !starts_name(bare[0]) && !foreign_sized;
            if (plainly_no_name) {
                // piece stays a boundary
            } else if (capital && (bare == "UTC" || bare == "GMT") && j + 1 < s.size() && (s[j] == '+' || s[j] == '-') && is_digit(s[j + 1])) {
                std::size_t k = j + 1;
                while (k < s.size() && (is_digit(s[k]) || s[k] == ':')) ++k;
                j = k;
                piece = Piece::temporal;
            } else if (capital && ((name_sized && month_from_name(bare)) || (foreign_sized && foreign_month_from_name(bare))) &&
                       (!in_run || !after_clock || digit_follows(s, j))) {
                // A month after a clock time needs its day: "19:20 Jan Kowalski" is a time and a name.
                piece = Piece::temporal;
            } else if (capital && ((name_sized && weekday_from_name(bare)) || (foreign_sized && foreign_weekday_from_name(bare)))) {
                piece = Piece::temporal;
            } else if (!capital && in_run && !after_clock && foreign_sized && foreign_month_from_name(bare)) {
                // Other languages write months in lowercase: "26 de março", "11 juin".
                piece = Piece::temporal;
            } else if (after_clock && (bare == "Uhr" || bare == "uhr")) {
                piece = Piece::temporal;  // "19:00 Uhr"
            } else if (after_number && (meridiem(word) || is_ordinal_suffix(bare))) {
                piece = Piece::temporal;
            } else if (capital && looks_like_zone_token(bare) &&
                       ((after_clock && (bare.back() == 'T' || bare.size() <= 3)) || is_known_zone(bare) || is_ambiguous_zone(bare))) {
                // All capitals first: the zone table is only asked about words that can be zones. After a
                // clock an unknown one is a zone when it looks like one ("XYZT", "ABC": said to the
                // author as unknown), not a word in capitals ("GROUP PICTURE").
                piece = Piece::temporal;
            } else if (bare.size() <= 8 && run_begin != std::string_view::npos &&
                       (is_range_word(bare) || is_filler(bare) || (after_clock && is_clock_range_a(word, s, j)))) {
                piece = Piece::connector;
            } else if (bare.size() <= 4 && leading_connectors.contains(bare)) {
                piece = Piece::connector;  // before a run: skipped, not part of it
            }
            // Only a word with its number right after it is a label ("Day 1", "Room #4"); "Community hall
            // (3:45pm - 6:00pm)" is a hall and a time.
            std::size_t next = j;
            while (next < s.size() && next < j + 3 && (s[next] == ' ' || s[next] == '#')) ++next;
            const bool numbers = next < s.size() && is_digit(s[next]) && is_numbering_word(bare);
            if (piece == Piece::temporal) {
                temporal(i, j);
                after_clock = after_clock && !(capital && looks_like_zone_token(bare));
                after_number = after_number && (meridiem(word) || is_ordinal_suffix(bare));
                if (after_number && meridiem(word)) after_clock = true;
            } else if (piece == Piece::boundary) {
                close_run();
            }
            if (piece != Piece::temporal) after_clock = false;  // "3:00pm the SIG-etcd team": a zone follows its time directly
            after_label = numbers;
            i = j;
            continue;
        }
        if (is_digit(c) && after_label) {
            // "Day 1:", "Room 4": a label's number, skipped with the digits and letters glued to it.
            after_label = false;
            close_run();
            while (i < s.size() && (is_digit(s[i]) || is_alpha(s[i]))) ++i;
            continue;
        }
        if (is_digit(c) && i > 1 && is_alpha(s[i - 1]) && is_alpha(s[i - 2])) {
            // "UA2.220", "K1.105", "AW1.126": a room's code, letters and digits glued together, is
            // no date or time ("2024-03-19T10:00" has a digit before its letter).
            close_run();
            while (i < s.size() && (is_digit(s[i]) || is_alpha(s[i]) || (s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1])))) ++i;
            continue;
        }
        if (is_digit(c)) {
            if (const std::size_t length = dotted_date_length(s, i)) {  // "24.03.2026"
                temporal(i, i + length);
                after_number = after_clock = false;
                i += length;
                continue;
            }
            std::size_t j = i;
            while (j < s.size() && is_digit(s[j])) ++j;
            bool clock = false;
            if (j + 2 < s.size() && (s[j] == ':' || s[j] == '.' || s[j] == 'h') && is_digit(s[j + 1]) && is_digit(s[j + 2])) {
                // "9.15" is a time only inside a range or before am/pm; alone it is a version ("Cilium 1.16").
                // "10h00" with two hour digits is a time ("1h30" alone may be a duration).
                if (s[j] == '.' || (s[j] == 'h' && j - i < 2)) {
                    std::size_t k = j + 3;
                    while (k < s.size() && s[k] == ' ') ++k;
                    // "12.30 Wrap-up", "ca. 12.45": two hour digits opening the text are a clock time.
                    const std::string_view lead = text::trim_chars(s.substr(0, i), " *_|");
                    const bool opening = s[j] == '.' && j - i == 2 && (s[i] < '2' || s[i + 1] <= '3') &&
                                         (lead.empty() || lead == "ca." || lead == "ca" || lead == "approx." || lead == "circa");
                    // A range goes on to another number ("9.15 - 10.15"); "Foreman 1.12 - Ana Li" is a
                    // version and a speaker.
                    std::size_t next = k;
                    if (next < s.size() && (s[next] == '-' || s[next] == '~')) ++next;
                    else if (text::starts_with(s.substr(next), "\xE2\x80\x93")) next += 3;
                    else if (text::starts_with(s.substr(next), "to ")) next += 3;
                    const bool to_number = next > k && [&] {
                        while (next < s.size() && s[next] == ' ') ++next;
                        return next < s.size() && is_digit(s[next]);
                    }();
                    const bool ranged = opening || run_begin != std::string_view::npos || to_number ||
                                        meridiem(text::trim_chars(s.substr(k, 4), " .,"));
                    if (!ranged) {
                        close_run();
                        i = j + 3;
                        continue;
                    }
                }
                j += 3;
                clock = true;
            } else if (j + 1 < s.size() && s[j] == '/' && is_digit(s[j + 1])) {
                // "10/12" and "10/12/2021" stay one piece.
                for (int parts = 0; parts < 2 && j + 1 < s.size() && s[j] == '/' && is_digit(s[j + 1]); ++parts) {
                    ++j;
                    while (j < s.size() && is_digit(s[j])) ++j;
                }
            } else if (j < s.size() && s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1])) {
                close_run();  // a decimal number ("1.5", "2.0"): never a date or time
                while (j < s.size() && (is_digit(s[j]) || s[j] == '.')) ++j;
                i = j;
                continue;
            }
            // Attached letters: "am", "pm", "a", "p", "th"; any other glued word ("3D", "5G") is no time.
            std::size_t k = j;
            while (k < s.size() && (is_alpha(s[k]) || s[k] == '.')) ++k;
            const std::string_view suffix = s.substr(j, k - j);
            const std::string_view bare_suffix = text::trim_chars(suffix, ".");
            if (!suffix.empty()) {
                if (meridiem(suffix, true)) {  // "140p", and "3:30p - 4:15p" too
                    clock = true;
                } else if (clock && bare_suffix == "h") {
                    // "10:00h": an hour mark after a clock time.
                } else if (bare_suffix == "h" && suffix.size() == 1 && j - i <= 2 &&
                           (run_begin != std::string_view::npos || dash_follows(s, k))) {
                    // "10h40 - 11h", "10h - 10h30": an hour written the French way, inside a range
                    // ("2h" alone is a duration).
                } else if (!is_ordinal_suffix(bare_suffix) && !bare_suffix.empty()) {
                    close_run();
                    i = k;
                    continue;
                }
            }
            if (k < s.size() && (s[k] == '%' || is_digit(s[k]))) {  // "10%"
                close_run();
                i = k + 1;
                continue;
            }
            temporal(i, k);
            after_number = true;
            after_clock = clock;
            i = k;
            continue;
        }
        if (c == '(') {
            // "(MST)", "(UTC+8)", "Monday (9/4)": a zone or a date in parentheses belongs to the run;
            // any other note ends it.
            const std::size_t close = s.find(')', i);
            const std::string_view inner = close == std::string_view::npos ? std::string_view() : text::trim(s.substr(i + 1, close - i - 1));
            const bool numeric_date = !inner.empty() && inner.size() <= 10 && is_digit(inner.front()) && inner.find('/') != std::string_view::npos &&
                                      std::all_of(inner.begin(), inner.end(), [](char ch) { return is_digit(ch) || ch == '/'; });
            if (numeric_date && run_begin != std::string_view::npos) {
                temporal(i, close + 1);
                i = close + 1;
                continue;
            }
            if (close != std::string_view::npos && close - i <= 10 && looks_like_zone_token(inner)) {
                temporal(i, close + 1);
                after_number = after_clock = false;
                i = close + 1;
                continue;
            }
            close_run();
            ++i;
            continue;
        }
        if (c == ',' || c == '|' || c == '@' || c == '-' || c == '~' || c == '*' || c == '_' || c == ':') {
            after_label = false;  // "Track: 10:00" is a time after a label's colon
            if (c != '-' && c != '~') after_number = false;
            after_clock = false;  // a zone stands right after its time ("10:00 IST"), not across a separator
            ++i;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x80) {  // any other ASCII punctuation ends a run
            close_run();
            ++i;
            continue;
        }
        const char32_t cp = text::decode_at(s, i, &n);
        const bool joins = cp == 0x2022 || cp == 0x00B7 || cp == 0x2027 || cp == 0x2219 || cp == 0x2013 || cp == 0x2014 ||
                           cp == 0x2012 || cp == 0x2212 || cp == 0xFF1A || text::is_emoji(cp);
        if (!joins) close_run();
        i += n;
    }
    close_run();
}

}  // namespace

}  // namespace talkboard
