// A calendar talkboard published before (the last build's schedule.ics), read back for what the
// next one needs in order to tell calendar apps what changed: each event's UID, SEQUENCE,
// LAST-MODIFIED and content. This is the whole "database" of a static build: see icalendar.h,
// schedule_to_published_icalendar.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "talkboard/result.h"

namespace talkboard {

struct PublishedEvent {
    std::string uid;
    int sequence = 0;                           // SEQUENCE; 0 when absent (RFC 5545 3.8.7.4)
    std::optional<std::int64_t> last_modified;  // LAST-MODIFIED, else DTSTAMP (UTC, Unix seconds)
    // Every other content line of the VEVENT, unfolded, each followed by CRLF, in file order:
    // what the event says (times, summary, description, location, url, categories, status).
    // UID, DTSTAMP, SEQUENCE and LAST-MODIFIED are not part of it: they say which revision it is.
    std::string content;
    bool cancelled = false;  // STATUS:CANCELLED
};

struct PublishedCalendar {
    std::vector<PublishedEvent> events;  // in file order; an event without a UID is left out
};

// Reads an iCalendar text. Empty or blank text (an empty file: nothing published yet) is a calendar
// without events. LF or CRLF line ends, folded lines (RFC 5545 3.1), property names in
// any case. Only VEVENTs at the top level of the VCALENDAR are read; a component nested in an
// event (VALARM) is part of its content. A SEQUENCE that is not a number in 0..2^31-1 counts as 0;
// a LAST-MODIFIED or DTSTAMP that is not a UTC date-time ("YYYYMMDDTHHMMSSZ") counts as absent.
// Memory and time are linear in the input, which the byte limit bounds.
// Errors:
//   too_large     over limits::max_input_bytes;
//   bad_calendar  text that does not start with BEGIN:VCALENDAR (after an optional BOM and blank
//                 lines), a component or the VCALENDAR not closed, an END without its BEGIN.
Result<PublishedCalendar> read_published_calendar(std::string_view ics);

}  // namespace talkboard
