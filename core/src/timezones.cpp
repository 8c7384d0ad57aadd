#include "talkboard/timezones.h"

#include <cctype>
#include <string>

#include "talkboard/civil_time.h"
#include "talkboard/text.h"

namespace talkboard {

namespace {

enum class DstRule { none, eu, us, australia };

struct Zone {
    std::string_view name;
    int standard_offset;  // minutes east of UTC
    DstRule rule;
};

// Fixed-offset abbreviations (the offset is what the abbreviation means, whatever the season),
// then generic US names whose offset follows the US rule.
constexpr Zone abbreviations[] = {
    {"UTC", 0, DstRule::none},     {"GMT", 0, DstRule::none},     {"Z", 0, DstRule::none},
    {"WET", 0, DstRule::none},     {"WEST", 60, DstRule::none},   {"BST", 60, DstRule::none},
    {"CET", 60, DstRule::none},    {"CEST", 120, DstRule::none},  {"MET", 60, DstRule::none},
    {"MEST", 120, DstRule::none},  {"EET", 120, DstRule::none},   {"EEST", 180, DstRule::none},
    {"MSK", 180, DstRule::none},   {"EST", -300, DstRule::none},  {"EDT", -240, DstRule::none},
    {"CST", -360, DstRule::none},  {"CDT", -300, DstRule::none},  {"MST", -420, DstRule::none},
    {"MDT", -360, DstRule::none},  {"PST", -480, DstRule::none},  {"PDT", -420, DstRule::none},
    {"AKST", -540, DstRule::none}, {"AKDT", -480, DstRule::none}, {"HST", -600, DstRule::none},
    {"AEST", 600, DstRule::none},  {"AEDT", 660, DstRule::none},  {"ACST", 570, DstRule::none},
    {"ACDT", 630, DstRule::none},  {"AWST", 480, DstRule::none},  {"JST", 540, DstRule::none},
    {"KST", 540, DstRule::none},   {"SGT", 480, DstRule::none},   {"HKT", 480, DstRule::none},
    {"NZST", 720, DstRule::none},  {"NZDT", 780, DstRule::none},  {"BRT", -180, DstRule::none},
    {"ART", -180, DstRule::none},  {"SAST", 120, DstRule::none},  {"WAT", 60, DstRule::none},
    {"EAT", 180, DstRule::none},   {"PKT", 300, DstRule::none},   {"ICT", 420, DstRule::none},
    {"ET", -300, DstRule::us},     {"CT", -360, DstRule::us},     {"MT", -420, DstRule::us},
    {"PT", -480, DstRule::us},
};

constexpr Zone iana_zones[] = {
    {"UTC", 0, DstRule::none},
    {"Etc/UTC", 0, DstRule::none},
    {"Europe/London", 0, DstRule::eu},
    {"Europe/Dublin", 0, DstRule::eu},
    {"Europe/Lisbon", 0, DstRule::eu},
    {"Europe/Paris", 60, DstRule::eu},
    {"Europe/Amsterdam", 60, DstRule::eu},
    {"Europe/Berlin", 60, DstRule::eu},
    {"Europe/Brussels", 60, DstRule::eu},
    {"Europe/Madrid", 60, DstRule::eu},
    {"Europe/Rome", 60, DstRule::eu},
    {"Europe/Vienna", 60, DstRule::eu},
    {"Europe/Zurich", 60, DstRule::eu},
    {"Europe/Stockholm", 60, DstRule::eu},
    {"Europe/Copenhagen", 60, DstRule::eu},
    {"Europe/Oslo", 60, DstRule::eu},
    {"Europe/Prague", 60, DstRule::eu},
    {"Europe/Warsaw", 60, DstRule::eu},
    {"Europe/Budapest", 60, DstRule::eu},
    {"Europe/Helsinki", 120, DstRule::eu},
    {"Europe/Athens", 120, DstRule::eu},
    {"Europe/Bucharest", 120, DstRule::eu},
    {"Europe/Kyiv", 120, DstRule::eu},
    {"America/New_York", -300, DstRule::us},
    {"America/Toronto", -300, DstRule::us},
    {"America/Detroit", -300, DstRule::us},
    {"America/Chicago", -360, DstRule::us},
    {"America/Denver", -420, DstRule::us},
    {"America/Phoenix", -420, DstRule::none},
    {"America/Los_Angeles", -480, DstRule::us},
    {"America/Vancouver", -480, DstRule::us},
    {"America/Anchorage", -540, DstRule::us},
    {"Pacific/Honolulu", -600, DstRule::none},
    {"America/Sao_Paulo", -180, DstRule::none},
    {"Asia/Tokyo", 540, DstRule::none},
    {"Asia/Seoul", 540, DstRule::none},
    {"Asia/Shanghai", 480, DstRule::none},
    {"Asia/Hong_Kong", 480, DstRule::none},
    {"Asia/Singapore", 480, DstRule::none},
    {"Asia/Kolkata", 330, DstRule::none},
    {"Asia/Dubai", 240, DstRule::none},
    {"Africa/Johannesburg", 120, DstRule::none},
    {"Australia/Sydney", 600, DstRule::australia},
    {"Australia/Melbourne", 600, DstRule::australia},
    {"Australia/Brisbane", 600, DstRule::none},
    {"Australia/Perth", 480, DstRule::none},
    {"Pacific/Auckland", 720, DstRule::none},
};

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

std::optional<int> resolve(const Zone& zone, const CivilDate& date, int minute_of_day) {
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
    for (const Zone& z : abbreviations) {
        if (z.name == zone) return resolve(z, date, minute_of_day);
    }
    for (const Zone& z : iana_zones) {
        if (text::iequals_ascii(z.name, zone)) return resolve(z, date, minute_of_day);
    }
    return std::nullopt;
}

}  // namespace talkboard
