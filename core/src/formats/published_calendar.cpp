// Reading back a published calendar: the contract is in published_calendar.h. This is not a
// general iCalendar parser: it splits content lines and keeps, per top-level VEVENT, the four
// properties that identify a revision and the rest as text to compare.
#include "talkboard/formats/published_calendar.h"

#include <cstddef>

#include "talkboard/limits.h"
#include "talkboard/time/civil_time.h"
#include "internal/text.h"

namespace talkboard {
namespace {

// One unfolded content line at a time (RFC 5545 3.1): a line break followed by a space or a tab
// continues the line. Accepts CRLF, LF and a lone CR as line breaks (hand-edited files).
class ContentLines {
public:
    explicit ContentLines(std::string_view text) : text_(text) {}

    bool next(std::string& line) {
        line.clear();
        if (at_ >= text_.size()) return false;
        while (at_ < text_.size()) {
            const std::size_t end = text_.find_first_of("\r\n", at_);
            const std::size_t stop = end == std::string_view::npos ? text_.size() : end;
            line.append(text_.substr(at_, stop - at_));
            at_ = stop;
            if (at_ < text_.size() && text_[at_] == '\r') ++at_;
            if (at_ < text_.size() && text_[at_] == '\n') ++at_;
            if (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t')) {
                ++at_;  // folded: the next physical line continues this one
                continue;
            }
            break;
        }
        return true;
    }

private:
    std::string_view text_;
    std::size_t at_ = 0;
};

// The property name of a content line (before ';' or ':'), and its value (after the first ':').
std::string_view name_of(std::string_view line) { return line.substr(0, line.find_first_of(";:")); }
std::string_view value_of(std::string_view line) {
    const std::size_t colon = line.find(':');
    return colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
}

int digits(std::string_view s, std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

// "YYYYMMDDTHHMMSSZ" -> Unix seconds.
std::optional<std::int64_t> utc_date_time(std::string_view value) {
    if (value.size() != 16 || value[8] != 'T' || value[15] != 'Z') return std::nullopt;
    const CivilDate date{digits(value, 0, 4), digits(value, 4, 2), digits(value, 6, 2)};
    const int hour = digits(value, 9, 2), minute = digits(value, 11, 2), second = digits(value, 13, 2);
    if (!is_valid_date(date) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    return days_from_civil(date) * 86400 + hour * 3600 + minute * 60 + (second == 60 ? 59 : second);
}

int sequence_number(std::string_view value) {
    value = text::trim(value);
    if (value.empty() || value.size() > 10) return 0;
    long long number = 0;
    for (const char c : value) {
        if (c < '0' || c > '9') return 0;
        number = number * 10 + (c - '0');
    }
    return number > 0x7FFFFFFF ? 0 : static_cast<int>(number);
}

Error bad_calendar(std::string message) { return Error{ErrorCode::bad_calendar, std::move(message)}; }

}  // namespace

Result<PublishedCalendar> read_published_calendar(std::string_view ics) {
    if (ics.size() > limits::max_input_bytes)
        return Error{ErrorCode::too_large, "the calendar is over " + std::to_string(limits::max_input_bytes) + " bytes"};
    if (text::starts_with(ics, "\xEF\xBB\xBF")) ics.remove_prefix(3);

    PublishedCalendar calendar;
    ContentLines lines(ics);
    std::string line;
    bool opened = false, closed = false;
    int depth_in_event = 0;   // components open inside the current VEVENT (0: not in one)
    int depth_elsewhere = 0;  // components open at the top level that are not VEVENTs (VTIMEZONE)
    std::optional<std::int64_t> stamp;
    PublishedEvent event;
    while (lines.next(line)) {
        if (!opened) {
            if (text::trim(line).empty()) continue;
            if (!text::iequals_ascii(line, "BEGIN:VCALENDAR")) return bad_calendar("it does not start with BEGIN:VCALENDAR");
            opened = true;
            continue;
        }
        if (closed) continue;  // text after END:VCALENDAR is not read
        const std::string_view name = name_of(line);
        const bool begins = text::iequals_ascii(name, "BEGIN"), ends = text::iequals_ascii(name, "END");
        const std::string_view component = value_of(line);
        if (depth_in_event == 0) {
            if (begins && depth_elsewhere == 0 && text::iequals_ascii(component, "VEVENT")) {
                depth_in_event = 1;
                event = PublishedEvent{};
                stamp.reset();
            } else if (begins) {
                ++depth_elsewhere;
            } else if (ends && depth_elsewhere > 0) {
                --depth_elsewhere;
            } else if (ends && text::iequals_ascii(component, "VCALENDAR")) {
                closed = true;
            } else if (ends) {
                return bad_calendar("END:" + std::string(component) + " without its BEGIN");
            }
            continue;  // calendar properties and other components (VTIMEZONE) are not needed
        }
        if (begins) ++depth_in_event;
        if (ends && --depth_in_event == 0) {
            if (!text::iequals_ascii(component, "VEVENT")) return bad_calendar("a VEVENT is closed by END:" + std::string(component));
            if (!event.last_modified) event.last_modified = stamp;
            if (!event.uid.empty()) calendar.events.push_back(std::move(event));
            continue;
        }
        if (depth_in_event == 1 && text::iequals_ascii(name, "UID")) {
            event.uid = std::string(value_of(line));
        } else if (depth_in_event == 1 && text::iequals_ascii(name, "SEQUENCE")) {
            event.sequence = sequence_number(value_of(line));
        } else if (depth_in_event == 1 && text::iequals_ascii(name, "LAST-MODIFIED")) {
            event.last_modified = utc_date_time(value_of(line));
        } else if (depth_in_event == 1 && text::iequals_ascii(name, "DTSTAMP")) {
            stamp = utc_date_time(value_of(line));
        } else {
            if (depth_in_event == 1 && text::iequals_ascii(name, "STATUS"))
                event.cancelled = text::iequals_ascii(text::trim(value_of(line)), "CANCELLED");
            event.content += line;
            event.content += "\r\n";
        }
    }
    if (!opened) return calendar;  // blank: nothing published yet
    if (depth_in_event > 0) return bad_calendar("a VEVENT is not closed");
    if (depth_elsewhere > 0) return bad_calendar("a component is not closed");
    if (!closed) return bad_calendar("END:VCALENDAR is missing");
    return calendar;
}

}  // namespace talkboard
