// The view: filtered sessions shaped for rendering, plus the time-based answers the UI shows
// beside them (conflicts among favourites, what is on now and next).
//
// All functions take session indices (into ScheduleIndex::schedule().sessions) and return
// session indices; none of them fail. Types are plain structs of ints, strings and vectors so they
// bind to JS with embind's value_object / register_vector as they are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "talkboard/query/schedule_index.h"

namespace talkboard {

// Sessions that start at the same minute of the same day: a run of the grouped list. The slot does
// not copy them (a 100,000-session view would list every session twice): its sessions are
// sessions[first, first + count) of the list given to group_by_day (QueryResult::sessions).
struct TimeSlot {
    int start_minute = -1;  // local minutes since midnight; -1 = the sessions have no start time
    std::string label;      // "09:50"; "" when start_minute is -1
    int first = 0;          // position of the slot's first session in the grouped list
    int count = 0;          // how many sessions follow from there, in display order
};

// One day of the view.
struct DayGroup {
    int day_id = -1;              // value id in ScheduleIndex::values(Dimension::day); -1 = undated
    std::string date;             // "2024-03-19"; "" for the final group of undated sessions
    std::string label;            // "Tuesday, March 19"; "" for the undated group
    std::vector<TimeSlot> slots;  // by start time; the untimed slot (-1), if any, last
};

// Groups `sessions` (in display order, as run_query returns them; in any other order a day or slot
// would appear more than once) by day, then by start minute. Dated sessions without a start time close their day in a slot with start_minute -1
// (the day filter selects them, so they belong to it); sessions without a date form one final
// group with date "", itself split into slots by start minute. O(sessions.size()).
std::vector<DayGroup> group_by_day(const ScheduleIndex& index, const std::vector<int>& sessions);
// The same for a list of ranks (ScheduleIndex::display_order positions) instead of session indices.
std::vector<DayGroup> group_ranks_by_day(const ScheduleIndex& index, const std::vector<int>& ranks);

// The same grouping without strings: the runs of the list that share a slot, as
// (ScheduleIndex::slots() id, first, count) triples appended to `out` (cleared first). A day group
// starts wherever the slot's day changes. group_ranks_by_day is this plus the labels.
void slot_runs_of_ranks(const ScheduleIndex& index, const std::vector<int>& ranks, std::vector<int>& out);

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

// Pairs among `favorites` whose time ranges overlap by the rule of time/session_span.h: compared on
// the UTC axis when both have UTC times, else on the local axis (date + minutes as written). Ranges
// are half-open, so a talk ending at 10:00 does not conflict with one starting at 10:00; a session
// without an end, or with an end equal to its start, is an instant: it conflicts with a session
// running at that moment and with another instant at the same moment.
// Sessions without a date and a start time never conflict. Duplicates in `favorites` are ignored.
// O(f log f + f * a + pairs) for f favourites of which at most a overlap any one instant.
ConflictList find_conflicts(const ScheduleIndex& index, const std::vector<int>& favorites);

// What is on at an instant.
struct NowNext {
    std::vector<int> now;   // running at the instant: utc_start <= instant < end, in display order
    std::vector<int> next;  // not running, starting soonest after the instant (all that share that
                            // start: parallel tracks), in display order
};

// Looks only at sessions with UTC times (floating sessions have no instant) among `sessions`.
// A session without an end runs for one second. O(sessions.size()).
NowNext now_and_next(const ScheduleIndex& index, const std::vector<int>& sessions, std::int64_t now_utc);
// The same for a list of ranks in display order; the answer still holds session indices.
NowNext now_and_next_of_ranks(const ScheduleIndex& index, const std::vector<int>& ranks, std::int64_t now_utc);

}  // namespace talkboard
