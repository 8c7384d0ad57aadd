#include "talkboard/query/view.h"

#include "internal/index_sort.h"
#include "internal/overlap_sweep.h"

#include <algorithm>
#include <limits>

#include "talkboard/time/civil_time.h"

namespace talkboard {

namespace {

// Where a day-minute sorts: by day, the untimed (-1) after every minute of its day.
std::int64_t sort_key(const DayMinute& t) {
    return std::int64_t{t.day} * 1441 + (t.minute < 0 ? 1440 : t.minute);
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// The day-minute of each of `ranks` on the clock shown, into `shown` (parallel to ranks).
void place_on_clock(const ScheduleIndex& index, const ShownZone& zone, const std::vector<int>& ranks,
                    std::vector<DayMinute>& shown) {
    const DayMinute* written = index.written_times().data();
    const ScheduleIndex::UtcSpan* spans = index.utc_spans().data();
    const int* list = ranks.data();
    const std::size_t count = ranks.size();
    shown.resize(count);
    DayMinute* out = shown.data();
    if (zone.event_time) {
        for (std::size_t i = 0; i < count; ++i) out[i] = written[list[i]];
        return;
    }
    const int offset = std::clamp(zone.utc_offset_minutes, -max_utc_offset_minutes, max_utc_offset_minutes);
    for (std::size_t i = 0; i < count; ++i) {
        const int r = list[i];
        if (spans[r].start == ScheduleIndex::floating_start) {
            out[i] = written[r];  // no instant: stays where the post put it
            continue;
        }
        const std::int64_t minutes = floor_div(spans[r].start, 60) + offset;
        const std::int64_t day = floor_div(minutes, 1440);
        out[i] = DayMinute{static_cast<int>(day), static_cast<int>(minutes - day * 1440)};
    }
}

}  // namespace

void arrange_by_day(const ScheduleIndex& index, const ShownZone& zone, std::vector<int>& ranks,
                    std::vector<DayGroup>& days) {
    days.clear();
    std::vector<DayMinute> shown;
    place_on_clock(index, zone, ranks, shown);
    const std::size_t count = ranks.size();

    bool in_order = true;
    for (std::size_t i = 1; i < count && in_order; ++i) in_order = sort_key(shown[i - 1]) <= sort_key(shown[i]);
    if (!in_order) {
        // Stable: sessions shown at the same minute keep display order.
        const std::vector<int> order = sorted_indices(count, [&](int a, int b) {
            return sort_key(shown[static_cast<std::size_t>(a)]) < sort_key(shown[static_cast<std::size_t>(b)]);
        });
        std::vector<int> moved(count);
        std::vector<DayMinute> moved_shown(count);
        for (std::size_t i = 0; i < count; ++i) {
            moved[i] = ranks[static_cast<std::size_t>(order[i])];
            moved_shown[i] = shown[static_cast<std::size_t>(order[i])];
        }
        ranks.swap(moved);
        shown.swap(moved_shown);
    }

    for (std::size_t i = 0; i < count;) {
        const DayMinute at = shown[i];
        std::size_t end = i + 1;
        while (end < count && shown[end].day == at.day && shown[end].minute == at.minute) ++end;
        if (days.empty() || shown[i - 1].day != at.day) {
            DayGroup& day = days.emplace_back();
            if (at.day != DayMinute::undated) {
                const CivilDate date = civil_from_days(at.day);
                day.date = format_date(date);
                day.label = day_label(date);
            }
        }
        days.back().slots.push_back({at.minute, at.minute >= 0 ? format_hhmm(at.minute) : std::string(),
                                     static_cast<int>(i), static_cast<int>(end - i)});
        i = end;
    }
}

ConflictList find_conflicts(const ScheduleIndex& index, const std::vector<int>& favorites) {
    std::vector<int> favs = favorites;
    stable_sort_indices(favs, [](int a, int b) { return a < b; });
    favs.erase(std::unique(favs.begin(), favs.end()), favs.end());

    std::vector<SpanItem> utc, local;
    for (int s : favs) {
        const SessionTimes& t = index.times_at(index.display_rank(s));
        if (t.has_utc) utc.push_back({{t.utc_start, t.utc_end}, s});
        if (t.has_local) local.push_back({{t.local_start, t.local_end}, s});
    }
    ConflictList result;
    auto add = [&](int a, int b) {
        if (result.pairs.size() == max_conflicts) {
            result.truncated = true;
            return OverlapStep::stop;
        }
        if (index.display_rank(b) < index.display_rank(a)) std::swap(a, b);
        result.pairs.push_back({a, b});
        return OverlapStep::more;
    };
    sweep_overlaps(std::move(utc), add);
    // The local axis decides only for pairs where at least one session is floating.
    const auto has_utc = [&](int s) { return index.times_at(index.display_rank(s)).has_utc; };
    auto add_if_floating = [&](int a, int b) { return has_utc(a) && has_utc(b) ? OverlapStep::more : add(a, b); };
    sweep_overlaps(std::move(local), add_if_floating);
    stable_sort_items(result.pairs, [&](const Conflict& x, const Conflict& y) {
        const int fx = index.display_rank(x.first), fy = index.display_rank(y.first);
        return fx != fy ? fx < fy : index.display_rank(x.second) < index.display_rank(y.second);
    });
    return result;
}

NowNext now_and_next(const ScheduleIndex& index, const std::vector<int>& ranks, std::int64_t now_utc) {
    NowNext result;
    std::int64_t next_start = std::numeric_limits<std::int64_t>::max();
    const ScheduleIndex::UtcSpan* spans = index.utc_spans().data();
    const int* order = index.display_order().data();
    const int* list = ranks.data();
    const std::size_t count = ranks.size();
    for (std::size_t i = 0; i < count; ++i) {
        const ScheduleIndex::UtcSpan t = spans[list[i]];
        // Skipped: floating sessions (their end is floating_start too), sessions over by now, and
        // sessions starting after the soonest start found so far.
        if (t.end <= now_utc || t.start > next_start) continue;
        if (t.start <= now_utc) {
            result.now.push_back(order[list[i]]);  // running: utc_start <= now < utc_end
        } else {
            if (t.start < next_start) result.next.clear();
            next_start = t.start;
            result.next.push_back(order[list[i]]);
        }
    }
    return result;
}

}  // namespace talkboard
