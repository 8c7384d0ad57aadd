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

// Puts the items of one column, `run` (item indices in start order), into tracks: each in the
// leftmost track free at its start, then widened to the right up to the first track that another
// item of the column uses while it runs. Returns the column's track count.
int place_in_tracks(std::vector<Item>& items, const int* run, std::size_t count) {
    std::vector<int> track_end;  // per track, the row its last item ends at
    for (std::size_t i = 0; i < count; ++i) {
        Item& item = items[static_cast<std::size_t>(run[i])];
        std::size_t track = 0;
        while (track < track_end.size() && track_end[track] > item.row) ++track;
        if (track == track_end.size()) track_end.push_back(0);
        track_end[track] = item.row_end;
        item.track = static_cast<int>(track);
    }
    const int tracks = static_cast<int>(track_end.size());
    for (std::size_t i = 0; i < count; ++i) {
        Item& item = items[static_cast<std::size_t>(run[i])];
        int limit = tracks;
        // The run is in start order: items from the first one starting at or after this one's end
        // on cannot overlap it.
        for (std::size_t j = 0; j < count; ++j) {
            const Item& other = items[static_cast<std::size_t>(run[j])];
            if (other.row >= item.row_end) break;
            if (other.row_end > item.row && other.track > item.track) limit = std::min(limit, other.track);
        }
        item.span = limit - item.track;
    }
    return tracks;
}

TimetableDay lay_out_day(const ScheduleIndex& index, const Query& query, const QueryResult& answer, const DayGroup& group,
                         Dimension by, bool has_now, std::int64_t now) {
    TimetableDay day;
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
    for (Item& item : items) {
        item.row = (item.start - day.first_minute) / step;
        item.row_end = std::max(item.row + 1, (item.end - day.first_minute + step - 1) / step);
        day.rows = std::max(day.rows, item.row_end);
    }
    for (std::size_t k = 0; k < group.slots.size(); ++k) {
        const int minute = group.slots[k].start_minute;
        if (minute < 0) continue;
        const int row = (minute - day.first_minute) / step;
        if (day.marks.empty() || day.marks.back().row != row) day.marks.push_back({row, static_cast<int>(k)});
    }

    // Columns: the values the day uses, in the dimension's order (value ids are that order). Stable,
    // so each column's items stay in start order.
    const std::vector<int> by_column = sorted_indices(items.size(), [&](int a, int b) {
        return items[static_cast<std::size_t>(a)].value < items[static_cast<std::size_t>(b)].value;
    });
    for (std::size_t first = 0; first < by_column.size();) {
        const int value = items[static_cast<std::size_t>(by_column[first])].value;
        std::size_t last = first;
        while (last < by_column.size() && items[static_cast<std::size_t>(by_column[last])].value == value) {
            items[static_cast<std::size_t>(by_column[last++])].column = static_cast<int>(day.columns.size());
        }
        const int tracks = place_in_tracks(items, by_column.data() + first, last - first);
        day.columns.push_back({value == none ? -1 : value, day.tracks, tracks});
        day.tracks += tracks;
        first = last;
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
    const auto date = parse_iso_date(group.date);
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
