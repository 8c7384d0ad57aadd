// iCalendar export (RFC 5545). The contract is in icalendar.h; this file records the choices
// the RFC leaves open and why they were made.
//
// - Lengths follow time/session_span.h, the rule every reader and writer shares: an end before the
//   start crosses midnight (the end is on the next day); an end equal to the start, or no end, is
//   an instant.
// - An instant gets DURATION:PT0S. RFC 5545 3.8.2.2 requires DTEND to be *later* than DTSTART, so
//   "DTEND = DTSTART" would be invalid; leaving both out means the same zero-length event (3.6.1)
//   but only implicitly. No length is invented.
// - UTC instants win over local wall-clock: a session with utc_start is written in UTC; a session
//   with a date and start minute but no UTC instant is floating (no TZID: nothing may invent a zone).
// - DTSTAMP must be UTC (3.8.7.2). A first revision takes it from the post's "date" frontmatter so
//   that the same post always exports the same bytes; a date with an offset is converted to UTC,
//   one without is read as UTC. Failing that, the session's start (a floating start read as if it
//   were UTC). With METHOD:PUBLISH, DTSTAMP is when this instance of the event was made (3.8.7.2),
//   so it equals LAST-MODIFIED: iTIP (RFC 5546 2.1.5) orders revisions by SEQUENCE, then DTSTAMP.
// - SEQUENCE counts every change of the event's content, not only the rescheduling changes RFC
//   5546 2.1.4 requires it for ("MAY" for the others): an app that sees the same SEQUENCE may keep
//   its old copy, so a changed room or title must count too.
// - UIDs come from event_uid.h, written as they are (hex digits); a published one carried over as
//   cancelled is copied byte for byte, so an app matches it. A selection naming the same index
//   twice exports that session once: two events with one UID would be merged by clients.
// - A calendar with no dated session is still written (VCALENDAR with no VEVENT): strictly the
//   RFC wants one component, but every client we know reads it, and "nothing to export" should
//   not be an error here.
#include "talkboard/formats/icalendar.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string_view>

#include "talkboard/formats/event_uid.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/time/session_span.h"
#include "internal/decimal.h"
#include "internal/index_sort.h"

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

// The lines are built in one buffer each and appended folded; no temporary strings (for the wasm
// module's size: every `"NAME:" + format(...)` was its own string concatenation).

// TEXT escaping (3.3.11), appended. CRLF, CR and LF all become "\n"; other control characters are
// not allowed in TEXT (TSAFE-CHAR) and are dropped, except horizontal tab.
void append_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': case ';': case ',':
                out += '\\';
                out += c;
                break;
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

// "YYYYMMDD"
void append_basic_date(std::string& out, const CivilDate& date) {
    append_decimal(out, date.year, 4);
    append_decimal(out, date.month, 2);
    append_decimal(out, date.day, 2);
}

// "HHMMSS" from seconds since midnight.
void append_basic_time(std::string& out, std::int64_t second_of_day) {
    append_decimal(out, second_of_day / 3600, 2);
    append_decimal(out, second_of_day / 60 % 60, 2);
    append_decimal(out, second_of_day % 60, 2);
}

// "YYYYMMDDTHHMMSS" for a local wall-clock time.
void append_floating(std::string& out, const LocalTime& time) {
    append_basic_date(out, time.date);
    out += 'T';
    append_basic_time(out, time.minute * 60);
}

// "YYYYMMDDTHHMMSSZ"
void append_utc(std::string& out, std::int64_t unix_seconds) {
    std::int64_t days = unix_seconds / seconds_per_day;
    std::int64_t rest = unix_seconds % seconds_per_day;
    if (rest < 0) {
        rest += seconds_per_day;
        --days;
    }
    append_basic_date(out, civil_from_days(days));
    out += 'T';
    append_basic_time(out, rest);
    out += 'Z';
}

// Reads two ASCII digits at the start of `s`, or -1.
int two_digits(std::string_view s) {
    if (s.size() < 2 || !std::isdigit(static_cast<unsigned char>(s[0])) || !std::isdigit(static_cast<unsigned char>(s[1])))
        return -1;
    return (s[0] - '0') * 10 + (s[1] - '0');
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

    const int hour = two_digits(rest);
    if (hour < 0 || rest.size() < 5 || rest[2] != ':') return seconds;  // a date with junk after it
    const int minute = two_digits(rest.substr(3));
    if (minute < 0 || hour > 23 || minute > 59) return seconds;
    int second = 0;
    rest.remove_prefix(5);
    if (rest.size() >= 3 && rest[0] == ':') {
        if (const int s = two_digits(rest.substr(1)); s >= 0 && s <= 60) {
            second = s == 60 ? 59 : s;  // a leap second cannot be written as a Unix time
            rest.remove_prefix(3);
        }
    }
    if (!rest.empty() && (rest[0] == '.' || rest[0] == ',')) {  // fraction: dropped
        rest.remove_prefix(1);
        while (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest[0]))) rest.remove_prefix(1);
    }
    seconds += hour * 3600 + minute * 60 + second;
    if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
        const int sign = rest[0] == '+' ? 1 : -1;
        const int offset_hours = two_digits(rest.substr(1));
        int offset_minutes = 0;
        if (rest.size() >= 6 && rest[3] == ':') offset_minutes = two_digits(rest.substr(4));
        else if (rest.size() >= 5) offset_minutes = two_digits(rest.substr(3));
        if (offset_hours >= 0 && offset_minutes >= 0 && offset_hours <= 23 && offset_minutes <= 59)
            seconds -= sign * (offset_hours * 3600 + offset_minutes * 60);
    }
    return seconds;
}

std::optional<std::int64_t> session_start_as_stamp(const Session& session) {
    if (session.utc_start) return *session.utc_start;
    if (!session.date) return std::nullopt;
    return days_from_civil(*session.date) * seconds_per_day +
           static_cast<std::int64_t>(session.start_minute.value_or(0)) * 60;
}

// Speakers ("Name (Role, Org), Name (Org), Name"), abstract and link, separated by blank lines;
// parts that are empty are left out. Appended unescaped.
void append_description(std::string& out, const Session& session) {
    const std::size_t begin = out.size();
    for (const Speaker& speaker : session.speakers) {
        if (out.size() > begin) out += ", ";
        out += speaker.name;
        const bool has_role = speaker.role && !speaker.role->empty();
        const bool has_org = speaker.org && !speaker.org->empty();
        if (!has_role && !has_org) continue;
        out += " (";
        if (has_role) out += *speaker.role;
        if (has_role && has_org) out += ", ";
        if (has_org) out += *speaker.org;
        out += ')';
    }
    auto add_paragraph = [&](const std::string& text) {
        if (text.empty()) return;
        if (out.size() > begin) out += "\n\n";
        out += text;
    };
    add_paragraph(session.abstract);
    if (session.url) add_paragraph(*session.url);
}

// Builds one property line in `line` and appends it to `out`: folded (a calendar's text), or
// unfolded with a CRLF (an event's body, compared with the published one before it is written).
class Lines {
public:
    enum class Form { folded, unfolded };
    explicit Lines(std::string& out, Form form = Form::folded) : out_(out), form_(form) {}
    // Starts a line with its name and value prefix, e.g. "DTSTART:"; returns the buffer to append to.
    std::string& start(std::string_view head) {
        line_.assign(head.data(), head.size());
        return line_;
    }
    void end() { put(line_); }
    void put(std::string_view whole) {
        if (form_ == Form::folded) {
            append_content_line(out_, whole);
        } else {
            out_.append(whole);
            out_.append("\r\n");
        }
    }

private:
    std::string& out_;
    Form form_;
    std::string line_;
};

// The span comes from session_span.h: an instant (no end, or an end equal to the start) is written
// as DURATION:PT0S.
void append_event_times(Lines& lines, const Session& session) {
    const CivilDate& date = *session.date;
    if (const auto span = utc_span(session)) {
        append_utc(lines.start("DTSTART:"), span->start);
        lines.end();
        if (span->end > span->start) {
            append_utc(lines.start("DTEND:"), span->end);
            lines.end();
        } else {
            lines.put("DURATION:PT0S");
        }
        return;
    }
    if (session.start_minute) {
        append_floating(lines.start("DTSTART:"), LocalTime{date, *session.start_minute});
        lines.end();
        if (session.end_minute && span_minutes(*session.start_minute, *session.end_minute) > 0) {
            append_floating(lines.start("DTEND:"), *session_local_end(session));
            lines.end();
        } else {
            lines.put("DURATION:PT0S");
        }
        return;
    }
    append_basic_date(lines.start("DTSTART;VALUE=DATE:"), date);
    lines.end();
    append_basic_date(lines.start("DTEND;VALUE=DATE:"), civil_from_days(days_from_civil(date) + 1));
    lines.end();
}

// The property name of an unfolded content line ("DTSTART" of "DTSTART;VALUE=DATE:...").
std::string_view property_name(std::string_view line) { return line.substr(0, line.find_first_of(";:")); }

// Calls `each(line)` for each line of `body` (unfolded lines, each followed by CRLF).
template <class Each>
void for_each_body_line(std::string_view body, const Each& each) {
    while (!body.empty()) {
        std::size_t end = body.find("\r\n");
        if (end == std::string_view::npos) end = body.size();
        each(body.substr(0, end));
        body.remove_prefix(std::min(body.size(), end + 2));
    }
}

// SEQUENCE and LAST-MODIFIED of the event as written; DTSTAMP is LAST-MODIFIED.
struct Revision {
    int sequence = 0;
    std::int64_t modified = 0;
};

// Writes a calendar's events one at a time: its header on construction, END:VCALENDAR in finish().
class CalendarWriter {
public:
    enum class Refresh { none, hourly };

    CalendarWriter(const Schedule& schedule, Refresh refresh)
        : lines_(out_), uids_(event_uids(schedule)), venue_(frontmatter_scalar(schedule.post, "location")) {
        const auto post_date = frontmatter_scalar(schedule.post, "date");
        post_stamp_ = post_date ? parse_iso_timestamp(*post_date) : std::nullopt;
        lines_.put("BEGIN:VCALENDAR");
        lines_.put("VERSION:2.0");
        lines_.put("PRODID:-//talkboard//talkboard//EN");
        lines_.put("CALSCALE:GREGORIAN");
        lines_.put("METHOD:PUBLISH");
        if (const auto title = frontmatter_scalar(schedule.post, "title"); title && !title->empty()) {
            append_escaped(lines_.start("X-WR-CALNAME:"), *title);
            lines_.end();
        }
        if (refresh == Refresh::hourly) {
            lines_.put("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
            lines_.put("X-PUBLISHED-TTL:PT1H");
        }
    }

    const std::string& uid(std::size_t index) const { return uids_[index]; }

    // The stamp of a first revision: the post's date, else the session's start, so that the same
    // post always exports the same bytes.
    std::int64_t first_stamp(const Session& session) const {
        return post_stamp_ ? *post_stamp_ : session_start_as_stamp(session).value_or(0);
    }

    // The event's content lines but UID, DTSTAMP, SEQUENCE and LAST-MODIFIED, unfolded.
    const std::string& body_of(const Session& session) {
        body_.clear();
        Lines body(body_, Lines::Form::unfolded);
        append_event_times(body, session);
        append_escaped(body.start("SUMMARY:"), session.title);
        body.end();
        description_.clear();
        append_description(description_, session);
        if (!description_.empty()) {
            append_escaped(body.start("DESCRIPTION:"), description_);
            body.end();
        }
        const bool has_room = session.room && !session.room->empty(), has_venue = venue_ && !venue_->empty();
        if (has_room || has_venue) {
            std::string& location = body.start("LOCATION:");
            if (has_room) append_escaped(location, *session.room);
            if (has_room && has_venue) location += "\\, ";
            if (has_venue) append_escaped(location, *venue_);
            body.end();
        }
        if (session.url && is_writable_uri(*session.url)) {
            body.start("URL:") += *session.url;
            body.end();
        }
        if (session.kind && !session.kind->empty()) {
            append_escaped(body.start("CATEGORIES:"), *session.kind);
            body.end();
        }
        return body_;
    }

    // One VEVENT: the revision's lines, then the body's lines folded.
    void event(std::string_view uid, const Revision& revision, std::string_view body) {
        lines_.put("BEGIN:VEVENT");
        lines_.start("UID:") += uid;  // ours are hex digits; a published one is copied as it was
        lines_.end();
        append_utc(lines_.start("DTSTAMP:"), revision.modified);
        lines_.end();
        append_decimal(lines_.start("SEQUENCE:"), revision.sequence);
        lines_.end();
        append_utc(lines_.start("LAST-MODIFIED:"), revision.modified);
        lines_.end();
        for_each_body_line(body, [&](std::string_view line) { lines_.put(line); });
        lines_.put("END:VEVENT");
    }

    std::string finish() {
        lines_.put("END:VCALENDAR");
        return std::move(out_);
    }

private:
    std::string out_;
    Lines lines_;
    std::vector<std::string> uids_;
    std::optional<std::string> venue_;
    std::optional<std::int64_t> post_stamp_;
    std::string body_, description_;
};

// The lines of a published event that a cancelled copy keeps: the ones this writer writes, at
// the event's own level (not a VALARM's), without control characters, and STATUS:CANCELLED.
std::string cancelled_body(std::string_view content) {
    std::string body;
    int depth = 0;
    for_each_body_line(content, [&](std::string_view line) {
        const std::string_view name = property_name(line);
        if (name == "BEGIN") ++depth;
        if (name == "END") --depth;
        if (depth != 0 || name == "END" || name == "STATUS") return;
        static constexpr std::string_view kept[] = {"DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION",
                                                    "LOCATION", "URL", "CATEGORIES"};
        bool known = false;
        for (const std::string_view k : kept) known = known || name == k;
        for (const char c : line) known = known && static_cast<unsigned char>(c) >= 0x20 && c != 0x7F;
        if (!known) return;
        body.append(line);
        body.append("\r\n");
    });
    body.append("STATUS:CANCELLED\r\n");
    return body;
}

// The calendar of the sessions at `order` (valid indices, each once), in that order.
std::string write_calendar(const Schedule& schedule, const std::vector<std::size_t>& order) {
    const auto& sessions = schedule.sessions;
    CalendarWriter writer(schedule, CalendarWriter::Refresh::none);
    for (std::size_t index : order) {
        const Session& session = sessions[index];
        if (!session.date) continue;
        writer.event(writer.uid(index), Revision{0, writer.first_stamp(session)}, writer.body_of(session));
    }
    return writer.finish();
}

}  // namespace

std::string schedule_to_published_icalendar(const Schedule& schedule, const PublishedCalendar& previous,
                                            std::int64_t now_unix) {
    const auto& published = previous.events;
    // Published events by UID (the first of a repeated UID wins), found by binary search.
    const std::vector<int> by_uid = sorted_indices(published.size(), [&](int a, int b) {
        return published[static_cast<std::size_t>(a)].uid < published[static_cast<std::size_t>(b)].uid;
    });
    auto find = [&](const std::string& uid) -> int {
        std::size_t low = 0, high = by_uid.size();
        while (low < high) {
            const std::size_t middle = low + (high - low) / 2;
            if (published[static_cast<std::size_t>(by_uid[middle])].uid < uid) low = middle + 1;
            else high = middle;
        }
        return low < by_uid.size() && published[static_cast<std::size_t>(by_uid[low])].uid == uid ? by_uid[low] : -1;
    };

    CalendarWriter writer(schedule, CalendarWriter::Refresh::hourly);
    std::vector<char> still_there(published.size(), false);
    for (std::size_t index = 0; index < schedule.sessions.size(); ++index) {
        const Session& session = schedule.sessions[index];
        if (!session.date) continue;
        const std::string& uid = writer.uid(index);
        const std::string& body = writer.body_of(session);
        Revision revision{0, published.empty() ? writer.first_stamp(session) : now_unix};
        if (const int found = find(uid); found >= 0) {
            const PublishedEvent& before = published[static_cast<std::size_t>(found)];
            still_there[static_cast<std::size_t>(found)] = true;
            const std::int64_t before_modified = before.last_modified.value_or(now_unix);
            if (before.content == body) revision = Revision{before.sequence, before_modified};
            else revision = Revision{before.sequence + 1, std::max(now_unix, before_modified)};
        }
        writer.event(uid, revision, body);
    }
    for (std::size_t k = 0; k < published.size(); ++k) {
        const PublishedEvent& gone = published[k];
        if (still_there[k] || find(gone.uid) != static_cast<int>(k)) continue;  // live, or a repeated UID
        if (!is_writable_uri(gone.uid)) continue;  // spaces or control characters: not a UID we wrote
        const std::int64_t before_modified = gone.last_modified.value_or(now_unix);
        const Revision revision = gone.cancelled ? Revision{gone.sequence, before_modified}
                                                 : Revision{gone.sequence + 1, std::max(now_unix, before_modified)};
        writer.event(gone.uid, revision, cancelled_body(gone.content));
    }
    return writer.finish();
}

std::string schedule_to_icalendar(const Schedule& schedule) {
    std::vector<std::size_t> order(schedule.sessions.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    return write_calendar(schedule, order);
}

std::string sessions_to_icalendar(const Schedule& schedule, const std::vector<std::size_t>& sessions) {
    std::vector<std::size_t> order;
    std::vector<char> taken(schedule.sessions.size(), false);  // char: std::vector<bool> costs 2 KB of wasm
    for (std::size_t index : sessions) {
        if (index >= schedule.sessions.size() || taken[index]) continue;
        taken[index] = true;
        order.push_back(index);
    }
    return write_calendar(schedule, order);
}

}  // namespace talkboard
