// The timetable: a query's matching sessions laid out per day as a grid, rooms (or sections)
// across and time down, ready to draw. The element draws it as a CSS grid and decides nothing:
// which column a session is in, which rows it spans and which sessions sit side by side is
// answered here.
//
//   QueryResult answer = run_query(index, query);         // query.h: filters, favourites, search
//   Timetable grid = build_timetable(index, query, answer);
//
// Layout
//  - Days: one per day group of the answer (QueryResult::days, on the clock query.zone chooses),
//    parallel to them: the group gives the day's date, label and slots, the final group of undated
//    sessions included.
//  - Columns: rooms when the schedule has any (Dimension::room: imported schedules), else sections
//    (the heading a post's talk sits under). A day has only the columns its sessions use, in the
//    dimension's order (rooms and sections keep the order the schedule first names them), then,
//    when some session has none, a last column for them (value -1).
//  - Rows: the day's time axis in steps of `row_minutes`, the largest step from 5 to 30 minutes
//    that every start and end of the day falls on (talks at :00, :30 and :45 give 15), 5 minutes
//    when none does (times then round outward to it). Row 0 starts at `first_minute`, the day's
//    first start rounded down to the step; a session spans the rows from its start to its end,
//    at least one (an instant, or a talk with no end). A talk past midnight continues below 24:00
//    on its start day (first_minute + rows * row_minutes may exceed 1440).
//  - Side by side: sessions of one column that share a row are put in sub-columns ("tracks") by
//    start, each in the leftmost track free at its start, then widened over the tracks to its
//    right that no session of the column uses while it runs. A column is as many tracks wide as it
//    needs at its busiest; the day's tracks run left to right over its columns.
//  - Reading order: a day's `sessions` are by start, then column, then track: the order a screen
//    reader meets them in, and the order of the grid's cells in the DOM.
//  - Untimed: a day's sessions without a start time are not in the grid but listed in `untimed`.
//  - Now: when query.now_utc falls on a day's grid, `now_minute` is that minute on the day's clock
//    (in the event's own time, at the offset of the day's sessions that have a zone; a day of
//    floating sessions has no now).
//
// Never fails. More matches than max_timetable_sessions give `too_many` and no days: a grid of
// thousands of cells is unreadable and slow to draw; the reader narrows the list (a day, a room)
// first. O(m log m + m * k + c) for m matches, at most k tracks in a column and c pairs of sessions
// of a column that run at the same time.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talkboard/query/query.h"

namespace talkboard {

// Most matches a timetable lays out; more give Timetable::too_many. A large conference (FOSDEM:
// ~900 talks over two days in ~35 rooms) fits; a generated 10,000-session post does not.
inline constexpr std::size_t max_timetable_sessions = 2000;

// One column of a day: a room, or a section, or the sessions that have none. Plain ints: the
// bindings hand a day's columns to JS as one Int32Array, three ints per column in this order.
struct TimetableColumn {
    int value = -1;       // the room's or section's value id (ScheduleIndex::values(Dimension of
                          // Timetable::columns_by): its name); -1 for the sessions without one
    int first_track = 0;  // the day's first track (sub-column) that belongs to this column
    int tracks = 1;       // how many tracks it has (>= 1)
};

// One session's place in its day's grid. Rows and tracks count from 0. Plain ints only: the wasm
// bindings hand a day's cells to JS as one Int32Array, six ints per cell in this order.
struct TimetableCell {
    int session = -1;    // index into ScheduleIndex::schedule().sessions
    int column = 0;      // index into TimetableDay::columns
    int track = 0;       // the day's track of its left edge (within its column's tracks)
    int track_span = 1;  // tracks it covers (>= 1), all of its column
    int row = 0;
    int row_span = 1;    // >= 1
};

// The row a time label belongs beside: where a slot of the answer's day (sessions starting
// together) starts; the slot (DayGroup::slots[slot]) has the label ("09:50") and its sessions.
// Plain ints: two per mark in JS's Int32Array.
struct TimetableMark {
    int row = 0;
    int slot = 0;
};

struct TimetableDay {
    int first_minute = 0;  // the minute of day row 0 starts at
    int row_minutes = 5;
    int rows = 0;          // 0 when the day has no timed session
    int tracks = 0;        // sum of the columns' tracks
    std::vector<TimetableColumn> columns;
    std::vector<TimetableCell> cells;    // reading order (see Layout)
    std::vector<TimetableMark> marks;    // by row, one per row at most (the first slot there)
    std::vector<int> untimed;            // session indices, in the answer's order
    int now_minute = -1;   // the current minute of day on this grid, or -1 (see Layout)
};

struct Timetable {
    bool too_many = false;   // more matches than max_timetable_sessions: days is empty
    std::string columns_by;  // "room" or "section" (dimension_name): what the columns are
    std::vector<TimetableDay> days;  // parallel to the answer's days (QueryResult::days)
};

// Lays out `answer` (run_query's answer to `query`, which gives the clock and the instant now).
// Never fails; see Layout above.
Timetable build_timetable(const ScheduleIndex& index, const Query& query, const QueryResult& answer);

}  // namespace talkboard
