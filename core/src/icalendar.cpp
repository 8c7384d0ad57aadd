// iCalendar export (RFC 5545). The contract is in icalendar.h; this file records the choices
// the RFC leaves open and why they were made.
//
// - A timed session without an end gets DURATION:PT0S. RFC 5545 3.8.2.2 requires DTEND to be
//   *later* than DTSTART, so "DTEND = DTSTART" would be invalid; leaving both out means the same
//   zero-length event (3.6.1) but only implicitly. No length is invented.
// - An end at or before the start (same local day) means the range crosses midnight: the end is
//   on the next day. This holds for floating times and, defensively, for UTC instants too.
// - UTC instants win over local wall-clock: a session with utc_start is written in UTC; a session
//   with a date and start minute but no UTC instant is floating (no TZID: nothing may invent a zone).
// - DTSTAMP must be UTC (3.8.7.2). It comes from the post's "date" frontmatter so that the same
//   post always exports the same bytes; a date with an offset is converted to UTC, one without is
//   read as UTC. Failing that, the session's start (a floating start read as if it were UTC).
// - UIDs: "<id>@talkboard". Two sessions sharing an id would make clients merge them, so the
//   second and later ones (in schedule order, independent of the selection) get "-2", "-3", ...
//   A selection naming the same index twice exports that session once, for the same reason.
// - A calendar with no dated session is still written (VCALENDAR with no VEVENT): strictly the
//   RFC wants one component, but every client we know reads it, and "nothing to export" should
//   not be an error here.
#include "talkboard/icalendar.h"

#include <cctype>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "talkboard/civil_time.h"
#include "talkboard/text.h"

namespace talkboard {
namespace {

constexpr std::size_t max_line_octets = 75;  // RFC 5545 3.1, excluding the CRLF
constexpr std::int64_t seconds_per_day = 86400;

bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Appends one content line, folded (3.1): at most 75 octets per physical line, continuation lines
// start with a single space that counts towards the 75, and a fold never falls inside a UTF-8
// sequence. On malformed input (a run of continuation bytes longer than a line) it cuts anyway
// rather than loop.
void append_content_line(std::string& out, std::string_view line) {
    std::size_t budget = max_line_octets;
    while (line.size() > budget) {
        std::size_t cut = budget;
        while (cut > 0 && is_utf8_continuation(static_cast<unsigned char>(line[cut]))) --cut;
        if (cut == 0) cut = budget;
        out.append(line.substr(0, cut));
        out.append("\r\n ");
        line.remove_prefix(cut);
        budget = max_line_octets - 1;
    }
    out.append(line);
    out.append("\r\n");
}

// TEXT escaping (3.3.11). CRLF, CR and LF all become "\n"; other control characters are not
// allowed in TEXT (TSAFE-CHAR) and are dropped, except horizontal tab.
std::string escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            case '\t': out += c; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) break;
                out += c;
        }
    }
    return out;
}

// A URI value is written as is (3.3.13); one carrying controls or spaces cannot be a valid URI
// and could break the line structure, so it is not written at all.
bool is_writable_uri(std::string_view uri) {
    if (uri.empty()) return false;
    for (char c : uri) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F) return false;
    }
    return true;
}

std::string format_basic_date(const CivilDate& date) {
    return text::padded_decimal(date.year, 4) + text::padded_decimal(date.month, 2) + text::padded_decimal(date.day, 2);
}

// "YYYYMMDDTHHMMSS" for a local wall-clock minute counted from the date's midnight; minutes past
// 1439 fall on the following days.
std::string format_floating(const CivilDate& date, int minute) {
    const int minute_of_day = ((minute % 1440) + 1440) % 1440;
    const std::int64_t days = days_from_civil(date) + (minute - minute_of_day) / 1440;
    return format_basic_date(civil_from_days(days)) + 'T' + text::padded_decimal(minute_of_day / 60, 2) +
           text::padded_decimal(minute_of_day % 60, 2) + "00";
}

// "YYYYMMDDTHHMMSSZ"
std::string format_utc(std::int64_t unix_seconds) {
    std::int64_t days = unix_seconds / seconds_per_day;
    std::int64_t rest = unix_seconds % seconds_per_day;
    if (rest < 0) {
        rest += seconds_per_day;
        --days;
    }
    return format_basic_date(civil_from_days(days)) + 'T' + text::padded_decimal(rest / 3600, 2) +
           text::padded_decimal(rest / 60 % 60, 2) + text::padded_decimal(rest % 60, 2) + 'Z';
}

// Reads an ISO 8601 timestamp as frontmatter writes it: "2024-02-02", "2024-02-02T12:00:00.000Z",
// "2024-02-02 12:00", "2024-02-02T12:00:00+01:00". Returns seconds since the epoch (UTC).
std::optional<std::int64_t> parse_iso_timestamp(std::string_view text) {
    const auto date = parse_iso_date(text);
    if (!date) return std::nullopt;
    std::int64_t seconds = days_from_civil(*date) * seconds_per_day;
    std::string_view rest = text.substr(10);
    if (rest.empty() || (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ')) return seconds;
    rest.remove_prefix(1);

    auto two_digits = [&](std::string_view s) -> std::optional<int> {
        if (s.size() < 2 || !std::isdigit(static_cast<unsigned char>(s[0])) ||
            !std::isdigit(static_cast<unsigned char>(s[1])))
            return std::nullopt;
        return (s[0] - '0') * 10 + (s[1] - '0');
    };
    const auto hour = two_digits(rest);
    if (!hour || rest.size() < 5 || rest[2] != ':') return seconds;  // a date with junk after it
    const auto minute = two_digits(rest.substr(3));
    if (!minute || *hour > 23 || *minute > 59) return seconds;
    int second = 0;
    rest.remove_prefix(5);
    if (rest.size() >= 3 && rest[0] == ':') {
        if (const auto s = two_digits(rest.substr(1)); s && *s <= 60) {
            second = *s == 60 ? 59 : *s;  // a leap second cannot be written as a Unix time
            rest.remove_prefix(3);
        }
    }
    if (!rest.empty() && (rest[0] == '.' || rest[0] == ',')) {  // fraction: dropped
        rest.remove_prefix(1);
        while (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0]))) rest.remove_prefix(1);
    }
    seconds += *hour * 3600 + *minute * 60 + second;
    if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
        const int sign = rest[0] == '+' ? 1 : -1;
        const auto offset_hours = two_digits(rest.substr(1));
        std::optional<int> offset_minutes = 0;
        if (rest.size() >= 6 && rest[3] == ':') offset_minutes = two_digits(rest.substr(4));
        else if (rest.size() >= 5) offset_minutes = two_digits(rest.substr(3));
        if (offset_hours && offset_minutes && *offset_hours <= 23 && *offset_minutes <= 59)
            seconds -= sign * (*offset_hours * 3600 + *offset_minutes * 60);
    }
    return seconds;
}

std::optional<std::int64_t> session_start_as_stamp(const Session& session) {
    if (session.utc_start) return *session.utc_start;
    if (!session.date) return std::nullopt;
    return days_from_civil(*session.date) * seconds_per_day +
           static_cast<std::int64_t>(session.start_minute.value_or(0)) * 60;
}

// "Name (Role, Org), Name (Org), Name"
std::string speakers_line(const std::vector<Speaker>& speakers) {
    std::string line;
    for (const Speaker& speaker : speakers) {
        if (!line.empty()) line += ", ";
        line += speaker.name;
        std::string detail;
        if (speaker.role && !speaker.role->empty()) detail = *speaker.role;
        if (speaker.org && !speaker.org->empty()) detail += (detail.empty() ? "" : ", ") + *speaker.org;
        if (!detail.empty()) line += " (" + detail + ")";
    }
    return line;
}

// Speakers, abstract and link, separated by blank lines; parts that are empty are left out.
std::string description_of(const Session& session) {
    std::string description;
    auto add_paragraph = [&](const std::string& text) {
        if (text.empty()) return;
        if (!description.empty()) description += "\n\n";
        description += text;
    };
    add_paragraph(speakers_line(session.speakers));
    add_paragraph(session.abstract);
    if (session.url) add_paragraph(*session.url);
    return description;
}

void append_event_times(std::string& out, const Session& session) {
    const CivilDate& date = *session.date;
    if (session.utc_start) {
        const std::int64_t start = *session.utc_start;
        std::optional<std::int64_t> end = session.utc_end;
        if (!end && session.start_minute && session.end_minute)
            end = start + static_cast<std::int64_t>(*session.end_minute - *session.start_minute) * 60;
        if (end && *end <= start) *end += seconds_per_day;  // crossing midnight
        append_content_line(out, "DTSTART:" + format_utc(start));
        if (end && *end > start) append_content_line(out, "DTEND:" + format_utc(*end));
        else append_content_line(out, "DURATION:PT0S");
        return;
    }
    if (session.start_minute) {
        const int start = *session.start_minute;
        append_content_line(out, "DTSTART:" + format_floating(date, start));
        if (session.end_minute) {
            int end = *session.end_minute;
            if (end <= start) end += 1440;  // crossing midnight
            append_content_line(out, "DTEND:" + format_floating(date, end));
        } else {
            append_content_line(out, "DURATION:PT0S");
        }
        return;
    }
    append_content_line(out, "DTSTART;VALUE=DATE:" + format_basic_date(date));
    append_content_line(out, "DTEND;VALUE=DATE:" + format_basic_date(civil_from_days(days_from_civil(date) + 1)));
}

}  // namespace

std::string schedule_to_icalendar(const Schedule& schedule, const std::vector<std::size_t>& selection) {
    const auto& sessions = schedule.sessions;

    // Which occurrence of its id each session is, in schedule order: 1 for the first.
    std::vector<int> id_occurrence(sessions.size(), 1);
    {
        std::unordered_map<std::string, int> seen;
        for (std::size_t i = 0; i < sessions.size(); ++i) id_occurrence[i] = ++seen[sessions[i].id];
    }

    std::vector<std::size_t> order;
    if (selection.empty()) {
        order.reserve(sessions.size());
        for (std::size_t i = 0; i < sessions.size(); ++i) order.push_back(i);
    } else {
        std::vector<bool> taken(sessions.size(), false);
        for (std::size_t index : selection) {
            if (index >= sessions.size() || taken[index]) continue;
            taken[index] = true;
            order.push_back(index);
        }
    }

    const auto post_title = frontmatter_scalar(schedule.post, "title");
    const auto post_date = frontmatter_scalar(schedule.post, "date");
    const std::optional<std::int64_t> post_stamp = post_date ? parse_iso_timestamp(*post_date) : std::nullopt;

    std::string out;
    append_content_line(out, "BEGIN:VCALENDAR");
    append_content_line(out, "VERSION:2.0");
    append_content_line(out, "PRODID:-//talkboard//talkboard//EN");
    append_content_line(out, "CALSCALE:GREGORIAN");
    append_content_line(out, "METHOD:PUBLISH");
    if (post_title && !post_title->empty()) append_content_line(out, "X-WR-CALNAME:" + escape_text(*post_title));

    for (std::size_t index : order) {
        const Session& session = sessions[index];
        if (!session.date) continue;

        std::string uid = session.id.empty() ? "session-" + std::to_string(index + 1) : session.id;
        if (id_occurrence[index] > 1) uid += "-" + std::to_string(id_occurrence[index]);
        const std::int64_t stamp = post_stamp ? *post_stamp : session_start_as_stamp(session).value_or(0);

        append_content_line(out, "BEGIN:VEVENT");
        append_content_line(out, "UID:" + escape_text(uid) + "@talkboard");
        append_content_line(out, "DTSTAMP:" + format_utc(stamp));
        append_event_times(out, session);
        append_content_line(out, "SUMMARY:" + escape_text(session.title));
        if (const std::string description = description_of(session); !description.empty())
            append_content_line(out, "DESCRIPTION:" + escape_text(description));
        if (session.url && is_writable_uri(*session.url)) append_content_line(out, "URL:" + *session.url);
        if (session.kind && !session.kind->empty())
            append_content_line(out, "CATEGORIES:" + escape_text(*session.kind));
        append_content_line(out, "END:VEVENT");
    }

    append_content_line(out, "END:VCALENDAR");
    return out;
}

}  // namespace talkboard
