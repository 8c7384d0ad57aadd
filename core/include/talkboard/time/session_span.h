// How long a session lasts and where it sits in time: the one rule that every reader, writer and
// check uses (the extractor's and the importer's UTC end, the iCalendar, frab and JSON-LD exports,
// conflicts among favourites, a speaker in two talks at once, what is on now).
//
// A session is written with a local start and perhaps a local end, minutes since midnight:
//  - an end after the start is on the same day: "10:00 - 10:30" lasts 30 minutes;
//  - an end equal to the start is no length at all: "10:00 - 10:00" is an instant, not 24 hours
//    (nobody reads it as a day-long talk; RFC 5545 3.6.1 has the same zero-length event for a
//    VEVENT with a DTSTART and no DTEND);
//  - an end before the start crosses midnight: "23:30 - 00:30" ends at 00:30 the next day;
//  - no end: an instant as well, but exports then write no end time.
// So a session's local times describe less than a day. With a known timezone it also has UTC
// instants (session.h): utcEnd is the end above at the zone's offset then, and an instant has
// utcEnd == utcStart (or no utcEnd when no end is written).
//
// Overlaps: spans are half-open, [start, end), so a talk ending at 10:00 and one starting at 10:00
// do not overlap. An instant occupies its own moment: it overlaps a span that is running then
// (start <= t < end) and another instant at the same moment, so two talks that start together
// clash, whatever their lengths.
//
// None of these functions fails: a missing field gives nullopt, as each one says.
#pragma once

#include <cstdint>
#include <optional>

#include "talkboard/session.h"

namespace talkboard {

inline constexpr int minutes_per_day = 24 * 60;

// Minutes from a start to an end minute of day (both 0..1439) under the rule above: 0..1439.
int span_minutes(int start_minute, int end_minute);

// A wall-clock moment: a civil date and a minute of that day (0..1439).
struct LocalTime {
    CivilDate date;
    int minute = 0;
};

// The session's local end: on its date, or on the next day when the range crosses midnight.
// nullopt without a date, a start and an end.
std::optional<LocalTime> session_local_end(const Session& session);

// A half-open interval [start, end) on one time axis, in seconds; end >= start (equal: an instant).
struct TimeSpan {
    std::int64_t start = 0;
    std::int64_t end = 0;
};

// The session on the UTC axis: [utcStart, utcEnd). Without a usable utcEnd (none, or one before
// utcStart, which no reader writes) the end comes from the local times by the rule above, and is
// the start when there is no local end. nullopt for a floating session (no utcStart).
std::optional<TimeSpan> utc_span(const Session& session);

// The session on the wall-clock axis: seconds since 1970-01-01T00:00 in its own local time, the
// zone ignored, for comparing sessions that lack UTC instants. nullopt without a date and a start.
std::optional<TimeSpan> local_span(const Session& session);

// The exclusive end an overlap check uses: the span's end, or one second past the start for an
// instant, so that an instant occupies its moment (all times are whole minutes, so one second
// overlaps nothing an instant should not). Two spans on one axis overlap when each starts before
// the other's occupied end; internal/overlap_sweep.h finds all such pairs.
std::int64_t occupied_end(const TimeSpan& span);

}  // namespace talkboard
