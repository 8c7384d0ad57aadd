// iCalendar export (RFC 5545).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "talkboard/formats/published_calendar.h"
#include "talkboard/session.h"

namespace talkboard {

// Writes a VCALENDAR with one VEVENT per session, in schedule order:
// - CRLF line ends; content lines folded at 75 octets without splitting a UTF-8 sequence;
// - TEXT values escaped (backslash, semicolon, comma, newline);
// - DTSTART/DTEND in UTC ("...Z") when the session has UTC instants, floating local time otherwise,
//   an all-day DATE when it has a date but no time; sessions with no date are left out;
// - UID from event_uid.h: it follows a talk through a new time, day or title, so a calendar app
//   updates the event instead of adding a second one; unique within the calendar;
// - SEQUENCE:0, and DTSTAMP = LAST-MODIFIED = the post's date (or the session's start) so the
//   output is reproducible: a first revision (see schedule_to_published_icalendar for the next);
// - LOCATION: the session's room, then the post's frontmatter `location` (the venue), joined by
//   ", " when both are there; none when neither is;
// - lengths by time/session_span.h: no end time, or an end equal to the start, is DURATION:PT0S
//   (never an invented length); an end before the start is on the next day;
// - a URL with spaces or control characters is left out (no line injection);
// - a schedule without dated sessions is a calendar with no events, not an error.
// Never fails.
std::string schedule_to_icalendar(const Schedule& schedule);

// The same calendar for exactly the sessions at `sessions` (indices), in that order: out-of-range
// indices are skipped, an index given twice is written once, and an empty list is a calendar with
// no events (never "all": a reader with nothing starred gets nothing). UIDs are those of the
// whole schedule, so an event keeps its UID whichever calendar it was exported in.
// Never fails.
std::string sessions_to_icalendar(const Schedule& schedule, const std::vector<std::size_t>& sessions);

// The calendar a build publishes beside a post (schedule.ics), for calendar apps that subscribe to
// it or import it again: every dated session, as above, revised against `previous`, the calendar
// published last time. A static build has no database; the calendar it published is the record of
// what readers' calendars hold, so it is the state:
// - an event whose UID and content (every line but UID, DTSTAMP, SEQUENCE and LAST-MODIFIED) are
//   as in `previous` keeps its SEQUENCE and LAST-MODIFIED: rebuilding an unchanged post, on any
//   machine at any time, gives the same bytes;
// - an event whose content differs (a new time, room, title, abstract, speakers, link; also a
//   change of talkboard's own output) gets SEQUENCE = the previous one + 1 and LAST-MODIFIED =
//   `now_unix` (never earlier than the previous LAST-MODIFIED);
// - an event not in `previous` starts at SEQUENCE:0, LAST-MODIFIED = `now_unix`; when `previous`
//   has no events at all (a first publication) the post's date stands for `now_unix`, as in
//   schedule_to_icalendar, so a build without a previous calendar is reproducible too;
// - an event of `previous` whose UID is gone (a talk dropped from the post, or no longer dated)
//   stays in the calendar with STATUS:CANCELLED and SEQUENCE + 1, so an app that imported it
//   removes or strikes it; once cancelled it is carried on unchanged; its lines are the ones
//   `previous` had, except lines this writer would not write and lines with control characters;
// - DTSTAMP equals LAST-MODIFIED, so a revision's stamp changes only with the revision;
// - the calendar asks subscribers to refresh hourly (REFRESH-INTERVAL, RFC 7986, and
//   X-PUBLISHED-TTL for the apps that read that instead).
// `now_unix` is the build's time: the CLI takes it from SOURCE_DATE_EPOCH when set (reproducible
// builds), else the clock.
std::string schedule_to_published_icalendar(const Schedule& schedule, const PublishedCalendar& previous,
                                            std::int64_t now_unix);

}  // namespace talkboard
