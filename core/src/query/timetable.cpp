#include "talkboard/query/timetable.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "internal/index_sort.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/time/session_span.h"

namespace talkboard {
namespace {

// One timed session of a day while it is laid out.
struct Item {
    int session = -1;
    int value = -1;  // the room's or section's value id; the dimension's value count for none
    int start = 0;   // minutes on the day's clock
    int end = 0;     // >= start
    int row = 0;
    int row_end = 0;  // exclusive, > row
    int column = 0;
    int track = 0;    // within the column, until the day's tracks are numbered
    int span = 1;
};

// How long a session lasts on the clock shown, in minutes (0 for an instant or no end), at most a
// day. In the event's own time as written; in a reader's zone by its UTC span when it has one.
int shown_minutes(const ScheduleIndex& index, const ShownZone& zone, int session) {
    const SessionTimes& t = index.times_at(index.display_rank(session));
    std::int64_t minutes = 0;
    if (!zone.event_time && t.has_utc) {
        minutes = (t.utc_last - t.utc_start) / 60;
    } else {
        const Session& s = index.session(session);
        if (s.start_minute && s.end_minute) minutes = span_minutes(*s.start_minute, *s.end_minute);
    }
    return static_cast<int>(std::clamp<std::int64_t>(minutes, 0, minutes_per_day));
}

// The largest step from 30 down to 5 minutes that divides every start and end; 5 when none does.
int row_step(const std::vector<Item>& items) {
    int divisor = 0;
    for (const Item& item : items) divisor = std::gcd(std::gcd(divisor, item.start), item.end);
    for (int step = 30; step > 5; --step) {
        if (divisor % step == 0) return step;
    }
    return 5;
}

// Seconds to add to a UTC instant to read it on the day's clock; false when the day has no zone.
bool clock_offset(const ScheduleIndex& index, const ShownZone& zone, const std::vector<Item>& items, std::int64_t& offset) {
    if (!zone.event_time) {
        offset = std::int64_t{std::clamp(zone.utc_offset_minutes, -max_utc_offset_minutes, max_utc_offset_minutes)} * 60;
        return true;
    }
    for (const Item& item : items) {
        const SessionTimes& t = index.times_at(index.display_rank(item.session));
        if (t.has_utc && t.has_local) {
            offset = t.local_start - t.utc_start;
            return true;
        }
    }
    return false;
}

// Whether no item of `lane` (row-ordered, not overlapping each other) runs in rows [row, row_end).
bool lane_free(const std::vector<Item>& items, const std::vector<int>& lane, int row, int row_end) {
    // The first item of the lane that ends after `row`; ends ascend along a lane.
    const auto it = std::partition_point(lane.begin(), lane.end(),
                                         [&](int i) { return items[static_cast<std::size_t>(i)].row_end <= row; });
    return it == lane.end() || items[static_cast<std::size_t>(*it)].row >= row_end;
}

// Puts the items of one column (given in start order) into tracks and widens each over the free
// tracks to its right. Returns the column's track count.
int place_in_tracks(std::vector<Item>& items, const std::vector<int>& column) {
    std::vector<std::vector<int>> lanes;  // per track, its items in row order
    std::vector<int> lane_end;            // per track, the row its last item ends at
    for (const int i : column) {
        Item& item = items[static_cast<std::size_t>(i)];
        std::size_t track = 0;
        while (track < lanes.size() && lane_end[track] > item.row) ++track;
        if (track == lanes.size()) {
            lanes.emplace_back();
            lane_end.push_back(0);
        }
        lanes[track].push_back(i);
        lane_end[track] = item.row_end;
        item.track = static_cast<int>(track);
    }
    for (const int i : column) {
        Item& item = items[static_cast<std::size_t>(i)];
        std::size_t right = static_cast<std::size_t>(item.track) + 1;
        while (right < lanes.size() && lane_free(items, lanes[right], item.row, item.row_end)) ++right;
        item.span = static_cast<int>(right) - item.track;
    }
    return static_cast<int>(lanes.size());
}

TimetableDay lay_out_day(const ScheduleIndex& index, const Query& query, const QueryResult& answer, const DayGroup& group,
                         Dimension by, bool has_now, std::int64_t now) {
    TimetableDay day;
    day.date = group.date;
    day.label = group.label;
    const int* value_of = index.single_value_ids(by);
    const int none = static_cast<int>(index.values(by).size());
    std::vector<Item> items;
    for (const TimeSlot& slot : group.slots) {
        for (int k = slot.first; k < slot.first + slot.count; ++k) {
            const int session = answer.sessions[static_cast<std::size_t>(k)];
            if (slot.start_minute < 0) {
                day.untimed.push_back(session);
                continue;
            }
            Item item;
            item.session = session;
            const int value = value_of[index.display_rank(session)];
            item.value = value >= 0 ? value : none;
            item.start = slot.start_minute;
            item.end = slot.start_minute + shown_minutes(index, query.zone, session);
            items.push_back(item);
        }
    }
    if (items.empty()) return day;

    // Rows: the step, the first row's minute, each item's rows (rounded outward to the step).
    const int step = row_step(items);
    day.row_minutes = step;
    day.first_minute = items.front().start / step * step;  // slots come by start: the first is the earliest
    int last_row = 0;
    for (Item& item : items) {
        item.row = (item.start - day.first_minute) / step;
        item.row_end = std::max(item.row + 1, (item.end - day.first_minute + step - 1) / step);
        last_row = std::max(last_row, item.row_end);
    }
    day.rows = last_row;
    for (const TimeSlot& slot : group.slots) {
        if (slot.start_minute < 0) continue;
        const int row = (slot.start_minute - day.first_minute) / step;
        if (day.marks.empty() || day.marks.back().row != row) {
            day.marks.push_back({row, slot.label, answer.sessions[static_cast<std::size_t>(slot.first)]});
        }
    }

    // Columns: the values the day uses, in the dimension's order (value ids are that order).
    std::vector<int> values;
    for (const Item& item : items) values.push_back(item.value);
    stable_sort_indices(values, [](int a, int b) { return a < b; });
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<std::vector<int>> columns(values.size());  // item indices per column, in start order
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto column = std::lower_bound(values.begin(), values.end(), items[i].value) - values.begin();
        items[i].column = static_cast<int>(column);
        columns[static_cast<std::size_t>(column)].push_back(static_cast<int>(i));
    }
    for (std::size_t c = 0; c < values.size(); ++c) {
        TimetableColumn& column = day.columns.emplace_back();
        if (values[c] != none) column.name = index.values(by)[static_cast<std::size_t>(values[c])].value;
        column.first_track = day.tracks;
        column.tracks = place_in_tracks(items, columns[c]);
        day.tracks += column.tracks;
    }

    // Cells in reading order: by start, column, track.
    const std::vector<int> order = sorted_indices(items.size(), [&](int a, int b) {
        const Item& x = items[static_cast<std::size_t>(a)];
        const Item& y = items[static_cast<std::size_t>(b)];
        if (x.start != y.start) return x.start < y.start;
        if (x.column != y.column) return x.column < y.column;
        return x.track < y.track;
    });
    day.cells.reserve(items.size());
    for (const int i : order) {
        const Item& item = items[static_cast<std::size_t>(i)];
        const int first_track = day.columns[static_cast<std::size_t>(item.column)].first_track;
        day.cells.push_back({item.session, item.column, first_track + item.track, item.span, item.row, item.row_end - item.row});
    }

    std::int64_t offset = 0;
    const auto date = parse_iso_date(day.date);
    if (has_now && date && clock_offset(index, query.zone, items, offset)) {
        const std::int64_t seconds = now + offset - days_from_civil(*date) * 86400;
        const std::int64_t minute = seconds >= 0 ? seconds / 60 : -((59 - seconds) / 60);
        if (minute >= day.first_minute && minute < day.first_minute + std::int64_t{day.rows} * step) {
            day.now_minute = static_cast<int>(minute);
        }
    }
    return day;
}

}  // namespace

Timetable build_timetable(const ScheduleIndex& index, const Query& query, const QueryResult& answer) {
    Timetable timetable;
    const Dimension by = index.values(Dimension::room).empty() ? Dimension::section : Dimension::room;
    timetable.columns_by = dimension_name(by);
    if (answer.sessions.size() > max_timetable_sessions) {
        timetable.too_many = true;
        return timetable;
    }
    // The instant as run_query reads it: 0 or not finite is none.
    const bool has_now = std::isfinite(query.now_utc) && query.now_utc != 0 && std::fabs(query.now_utc) < 9e15;
    const std::int64_t now = has_now ? static_cast<std::int64_t>(std::floor(query.now_utc)) : 0;
    for (const DayGroup& group : answer.days) timetable.days.push_back(lay_out_day(index, query, answer, group, by, has_now, now));
    return timetable;
}

}  // namespace talkboard
