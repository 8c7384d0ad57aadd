// The view: matching sessions shaped for rendering (days, then time slots), plus the time-based
// answers the UI shows beside them (conflicts among favourites, what is on now and next).
// run_query (query.h) calls these for every answer; the UI renders what they give and computes
// none of it itself.
//
// The functions take RANKS (positions in ScheduleIndex::display_order(), which is how run_query
// holds its matches) where noted, session indices (into ScheduleIndex::schedule().sessions)
// elsewhere, and answer in session indices; none of them fail. Types are plain structs of ints,
// bools, strings and vectors so the wasm bindings register them as embind value_objects as they are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "talkboard/query/schedule_index.h"

namespace talkboard {

// The clock the view's days and slots are read on. The event's own time groups sessions by the
// date and start written in the post. A reader elsewhere chooses a UTC offset instead (the UI
// works it out for the event's dates, e.g. with Intl): sessions with a UTC instant are then placed
// at instant + offset, so a talk at 01:10 on Wednesday in Tokyo sits under Wednesday even though
// the post wrote Tuesday 18:10 CET. Floating sessions (no timezone, no instant) cannot move: they
// stay on their written day and time in either clock.
struct ShownZone {
    bool event_time = true;      // true: as written; false: at utc_offset_minutes
    int utc_offset_minutes = 0;  // east of UTC (CET = 60, New York in summer = -240)
};

// Real zones lie within -12:00..+14:00; an offset beyond +-18:00 (ISO 8601's and most libraries'
// bound) is clamped to it rather than trusted to move sessions by days.
inline constexpr int max_utc_offset_minutes = 18 * 60;

// Sessions that start at the same minute of the same day: a run of the grouped list. The slot does
// not copy them (a 100,000-session view would list every session twice): its sessions are
// sessions[first, first + count) of the list that was grouped (QueryResult::sessions).
struct TimeSlot {
    int start_minute = -1;  // minutes since midnight on the clock shown; -1 = no start time
    std::string label;      // "09:50"; "" when start_minute is -1
    int first = 0;          // position of the slot's first session in the grouped list
    int count = 0;          // how many sessions follow from there
};

// One day of the view.
struct DayGroup {
    std::string date;             // "2024-03-19" on the clock shown; "" for the final group of undated sessions
    std::string label;            // "Tuesday, March 19" (day_label); "" for the undated group
    std::vector<TimeSlot> slots;  // by start time; the untimed slot (-1), if any, last
};

// Puts `ranks` (a subset of display ranks, ascending) in view order and groups them into `days`
// (cleared first): by day, then by start minute, on the clock `zone` chooses. Dated sessions
// without a start time close their day in a slot with start_minute -1 (the day filter selects
// them, so they belong to it); sessions without a date form one final group with date "", itself
// split into slots by start minute. Within a slot, sessions keep display order.
// In the event's own time the ranks are already in view order and are left as they are; in a
// reader's zone they are reordered only when the shift changes their order (sessions from several
// timezones, or floating ones among them). O(ranks) when nothing moves, else O(ranks log ranks).
void arrange_by_day(const ScheduleIndex& index, const ShownZone& zone, std::vector<int>& ranks,
                    std::vector<DayGroup>& days);

// Two favourite sessions that overlap in time; `first` comes before `second` in display order.
struct Conflict {
    int first = -1;
    int second = -1;
};

// At most this many conflicts are reported: a reader who stars 500 parallel talks gets the first
// 10,000 pairs and `truncated`, not 125,000 pairs and a frozen tab.
inline constexpr std::size_t max_conflicts = 10000;

struct ConflictList {
    std::vector<Conflict> pairs;  // sorted by (rank of first, rank of second) in display order
    bool truncated = false;       // true when more than max_conflicts pairs overlap
};

// Pairs among `favorites` (session indices) whose time ranges overlap by the rule of
// time/session_span.h: compared on the UTC axis when both have UTC times, else on the local axis
// (date + minutes as written). Ranges are half-open, so a talk ending at 10:00 does not conflict
// with one starting at 10:00; a session without an end, or with an end equal to its start, is an
// instant: it conflicts with a session running at that moment and with another instant at the same
// moment. Sessions without a date and a start time never conflict. Duplicates in `favorites` are
// ignored.
// O(f log f + f * a + pairs) for f favourites of which at most a overlap any one instant.
ConflictList find_conflicts(const ScheduleIndex& index, const std::vector<int>& favorites);

// What is on at an instant.
struct NowNext {
    std::vector<int> now;   // running at the instant: utc_start <= instant < end, in the list's order
    std::vector<int> next;  // not running, starting soonest after the instant (all that share that
                            // start: parallel tracks), in the list's order
};

// Among the sessions at `ranks` (in any order; the answer keeps it), looks only at those with UTC
// times (floating sessions have no instant). A session without an end runs for one second.
// O(ranks.size()).
NowNext now_and_next(const ScheduleIndex& index, const std::vector<int>& ranks, std::int64_t now_utc);

}  // namespace talkboard
