#include "talkboard/time/timezones.h"

#include <cctype>
#include <cstdint>
#include <iterator>
#include <string>

#include "talkboard/time/civil_time.h"
#include "internal/text.h"

namespace talkboard {

namespace {

enum class DstRule : std::uint8_t { none, eu, us, australia };

// The zone tables keep their names in one space-separated string and the numbers in a parallel
// array: a string_view per entry (pointer and length) made the tables three times the bytes.
struct ZoneInfo {
    std::int16_t standard_offset;  // minutes east of UTC
    DstRule rule;
};

constexpr std::size_t word_count(std::string_view words) {
    std::size_t count = words.empty() ? 0 : 1;
    for (char c : words) count += c == ' ';
    return count;
}

// Fixed-offset abbreviations (the offset is what the abbreviation means, whatever the season),
// then generic US names whose offset follows the US rule. Names and numbers in the same order.
constexpr std::string_view abbreviation_names =
    "UTC GMT Z WET WEST BST CET CEST MET MEST EET EEST MSK EST EDT CST CDT MST MDT PST PDT "
    "AKST AKDT HST AEST AEDT ACST ACDT AWST JST KST SGT HKT NZST NZDT BRT ART SAST WAT EAT PKT "
    "ICT ET CT MT PT";
constexpr ZoneInfo abbreviation_info[] = {
    {0, DstRule::none}, {0, DstRule::none}, {0, DstRule::none}, {0, DstRule::none},
    {60, DstRule::none}, {60, DstRule::none}, {60, DstRule::none}, {120, DstRule::none},
    {60, DstRule::none}, {120, DstRule::none}, {120, DstRule::none}, {180, DstRule::none},
    {180, DstRule::none}, {-300, DstRule::none}, {-240, DstRule::none}, {-360, DstRule::none},
    {-300, DstRule::none}, {-420, DstRule::none}, {-360, DstRule::none}, {-480, DstRule::none},
    {-420, DstRule::none}, {-540, DstRule::none}, {-480, DstRule::none}, {-600, DstRule::none},
    {600, DstRule::none}, {660, DstRule::none}, {570, DstRule::none}, {630, DstRule::none},
    {480, DstRule::none}, {540, DstRule::none}, {540, DstRule::none}, {480, DstRule::none},
    {480, DstRule::none}, {720, DstRule::none}, {780, DstRule::none}, {-180, DstRule::none},
    {-180, DstRule::none}, {120, DstRule::none}, {60, DstRule::none}, {180, DstRule::none},
    {300, DstRule::none}, {420, DstRule::none}, {-300, DstRule::us}, {-360, DstRule::us},
    {-420, DstRule::us}, {-480, DstRule::us},
};
static_assert(word_count(abbreviation_names) == std::size(abbreviation_info));

// IANA names with their standard offset and DST rule, in the same order.
constexpr std::string_view iana_zone_names =
    "UTC Etc/UTC Europe/London Europe/Dublin Europe/Lisbon Europe/Paris Europe/Amsterdam "
    "Europe/Berlin Europe/Brussels Europe/Madrid Europe/Rome Europe/Vienna Europe/Zurich "
    "Europe/Stockholm Europe/Copenhagen Europe/Oslo Europe/Prague Europe/Warsaw "
    "Europe/Budapest Europe/Helsinki Europe/Athens Europe/Bucharest Europe/Kyiv "
    "America/New_York America/Toronto America/Detroit America/Chicago America/Denver "
    "America/Phoenix America/Los_Angeles America/Vancouver America/Anchorage Pacific/Honolulu "
    "America/Sao_Paulo Asia/Tokyo Asia/Seoul Asia/Shanghai Asia/Hong_Kong Asia/Singapore "
    "Asia/Kolkata Asia/Dubai Africa/Johannesburg Australia/Sydney Australia/Melbourne "
    "Australia/Brisbane Australia/Perth Pacific/Auckland";
constexpr ZoneInfo iana_zone_info[] = {
    {0, DstRule::none}, {0, DstRule::none}, {0, DstRule::eu}, {0, DstRule::eu},
    {0, DstRule::eu}, {60, DstRule::eu}, {60, DstRule::eu}, {60, DstRule::eu},
    {60, DstRule::eu}, {60, DstRule::eu}, {60, DstRule::eu}, {60, DstRule::eu},
    {60, DstRule::eu}, {60, DstRule::eu}, {60, DstRule::eu}, {60, DstRule::eu},
    {60, DstRule::eu}, {60, DstRule::eu}, {60, DstRule::eu}, {120, DstRule::eu},
    {120, DstRule::eu}, {120, DstRule::eu}, {120, DstRule::eu}, {-300, DstRule::us},
    {-300, DstRule::us}, {-300, DstRule::us}, {-360, DstRule::us}, {-420, DstRule::us},
    {-420, DstRule::none}, {-480, DstRule::us}, {-480, DstRule::us}, {-540, DstRule::us},
    {-600, DstRule::none}, {-180, DstRule::none}, {540, DstRule::none}, {540, DstRule::none},
    {480, DstRule::none}, {480, DstRule::none}, {480, DstRule::none}, {330, DstRule::none},
    {240, DstRule::none}, {120, DstRule::none}, {600, DstRule::australia}, {600, DstRule::australia},
    {600, DstRule::none}, {480, DstRule::none}, {720, DstRule::none},
};
static_assert(word_count(iana_zone_names) == std::size(iana_zone_info));

// Every IANA name but "UTC" is Area/Location: a zone without a '/' is looked up among them only
// when it is "UTC" in some case (prose asks about every capitalised acronym, and the IANA list is
// the longer one).
constexpr bool only_utc_lacks_a_slash(std::string_view names) {
    for (std::size_t begin = 0; begin < names.size();) {
        std::size_t end = begin;
        bool slash = false;
        while (end < names.size() && names[end] != ' ') slash |= names[end++] == '/';
        if (!slash && names.substr(begin, end - begin) != "UTC") return false;
        begin = end + 1;
    }
    return true;
}
static_assert(only_utc_lacks_a_slash(iana_zone_names));

constexpr text::WordList abbreviations(abbreviation_names, ' ');
constexpr text::WordList iana_zones(iana_zone_names, ' ');

// The n-th (1-based) given weekday of a month, or the last one when n == 0.
CivilDate nth_weekday(int year, int month, int weekday, int n) {
    if (n == 0) {
        CivilDate last{year, month, 31};
        while (!is_valid_date(last)) --last.day;
        const int back = (weekday_of(last) - weekday + 7) % 7;
        last.day -= back;
        return last;
    }
    CivilDate first{year, month, 1};
    const int forward = (weekday - weekday_of(first) + 7) % 7;
    first.day += forward + 7 * (n - 1);
    return first;
}

// Whether daylight saving is in force at a local standard-time instant (minutes since epoch).
bool in_daylight_time(DstRule rule, const CivilDate& date, int minute_of_day, int standard_offset) {
    const std::int64_t local_standard = days_from_civil(date) * 1440 + minute_of_day;
    auto at = [](const CivilDate& d, int minute) { return days_from_civil(d) * 1440 + minute; };
    switch (rule) {
        case DstRule::none: return false;
        case DstRule::eu: {
            // 01:00 UTC on the last Sundays of March and October.
            const std::int64_t begin = at(nth_weekday(date.year, 3, 0, 0), 60 + standard_offset);
            const std::int64_t end = at(nth_weekday(date.year, 10, 0, 0), 60 + standard_offset);
            return local_standard >= begin && local_standard < end;
        }
        case DstRule::us: {
            // 02:00 local on the second Sunday of March to 02:00 local daylight (01:00 standard)
            // on the first Sunday of November.
            const std::int64_t begin = at(nth_weekday(date.year, 3, 0, 2), 120);
            const std::int64_t end = at(nth_weekday(date.year, 11, 0, 1), 60);
            return local_standard >= begin && local_standard < end;
        }
        case DstRule::australia: {
            // Southern hemisphere: from 02:00 standard on the first Sunday of October to 02:00
            // standard on the first Sunday of April.
            const std::int64_t end = at(nth_weekday(date.year, 4, 0, 1), 120);
            const std::int64_t begin = at(nth_weekday(date.year, 10, 0, 1), 120);
            return local_standard < end || local_standard >= begin;
        }
    }
    return false;
}

// "+01:00", "-5", "+0530", "2" -> minutes.
std::optional<int> parse_offset(std::string_view text) {
    if (text.empty()) return std::nullopt;
    int sign = 1;
    if (text.front() == '+' || text.front() == '-') {
        sign = text.front() == '-' ? -1 : 1;
        text.remove_prefix(1);
    }
    int digits = 0, value = 0;  // at most four digits: no overflow
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (++digits > 4) return std::nullopt;
            value = value * 10 + (c - '0');
        } else if (c != ':') {
            return std::nullopt;
        }
    }
    if (digits == 0) return std::nullopt;
    // One or two digits are hours; three or four are hours and the last two minutes.
    const int hours = digits <= 2 ? value : value / 100;
    const int minutes = digits <= 2 ? 0 : value % 100;
    if (hours > 14 || minutes > 59) return std::nullopt;
    return sign * (hours * 60 + minutes);
}

// The entry of `zone` in a table (names, info), or null.
const ZoneInfo* find_zone(const text::WordList& names, const ZoneInfo* info, std::string_view zone, bool ignore_case) {
    const std::size_t index = names.index_of(zone, ignore_case);
    return index == std::string_view::npos ? nullptr : &info[index];
}

std::optional<int> resolve(const ZoneInfo& zone, const CivilDate& date, int minute_of_day) {
    if (zone.rule == DstRule::none) return zone.standard_offset;
    return zone.standard_offset + (in_daylight_time(zone.rule, date, minute_of_day, zone.standard_offset) ? 60 : 0);
}

}  // namespace

bool looks_like_zone_token(std::string_view token) {
    if (token.size() >= 4 && (text::starts_with(token, "UTC") || text::starts_with(token, "GMT")) &&
        (token[3] == '+' || token[3] == '-')) {
        return parse_offset(token.substr(3)).has_value();
    }
    if (token.size() < 2 || token.size() > 5 || token == "AM" || token == "PM") return false;
    for (char c : token) {
        if (c < 'A' || c > 'Z') return false;
    }
    return true;
}

std::optional<int> zone_offset_minutes(std::string_view zone, const CivilDate& date, int minute_of_day) {
    zone = text::trim(zone);
    if (zone.empty()) return std::nullopt;
    if (zone.front() == '+' || zone.front() == '-') return parse_offset(zone);
    if (zone.size() > 3 && (text::starts_with(zone, "UTC") || text::starts_with(zone, "GMT")) &&
        (zone[3] == '+' || zone[3] == '-')) {
        return parse_offset(zone.substr(3));
    }
    // Abbreviations match exactly ("CET", not "cet"); IANA names in any case.
    if (const ZoneInfo* z = find_zone(abbreviations, abbreviation_info, zone, false)) return resolve(*z, date, minute_of_day);
    if (zone.find('/') == std::string_view::npos && !text::iequals_ascii(zone, "UTC")) return std::nullopt;
    if (const ZoneInfo* z = find_zone(iana_zones, iana_zone_info, zone, true)) return resolve(*z, date, minute_of_day);
    return std::nullopt;
}

bool is_ambiguous_zone(std::string_view zone) { return zone == "IST" || zone == "AST" || zone == "GST" || zone == "SST"; }

bool is_known_zone(std::string_view zone) {
    static constexpr CivilDate any_date{2000, 1, 1};
    return zone_offset_minutes(zone, any_date, 0).has_value();
}

}  // namespace talkboard
