// iCalendar export (RFC 5545).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talkboard/session.h"

namespace talkboard {

// Writes a VCALENDAR with one VEVENT per selected session (all sessions when `selection` is empty;
// otherwise the sessions at those indices, in that order; out-of-range indices are skipped).
// - CRLF line ends; content lines folded at 75 octets without splitting a UTF-8 sequence;
// - TEXT values escaped (backslash, semicolon, comma, newline);
// - DTSTART/DTEND in UTC ("...Z") when the session has UTC instants, floating local time otherwise,
//   an all-day DATE when it has a date but no time; sessions with no date are left out;
// - UID stable across runs: derived from the session id, "@talkboard";
// - DTSTAMP fixed from the post's date (or the session's start) so the output is reproducible;
// - lengths by time/session_span.h: no end time, or an end equal to the start, is DURATION:PT0S
//   (never an invented length); an end before the start is on the next day; a repeated session id
//   gets "-2", "-3" in its UID so calendars keep both;
// - a URL with spaces or control characters is left out (no line injection);
// - a schedule without dated sessions is a calendar with no events, not an error.
// Never fails.
std::string schedule_to_icalendar(const Schedule& schedule, const std::vector<std::size_t>& selection = {});

}  // namespace talkboard
