#include "talkboard/view.h"

#include <algorithm>
#include <limits>

#include "talkboard/civil_time.h"

namespace talkboard {

std::vector<DayGroup> group_by_day(const ScheduleIndex& index, const std::vector<int>& sessions) {
    std::vector<DayGroup> groups;
    const std::vector<DimensionValue>& days = index.values(Dimension::day);
    int current_day = -2;  // value id of the open group; -1 = undated
    for (int s : sessions) {
        const int rank = index.display_rank(s);
        const auto [day_begin, day_end] = index.values_at(Dimension::day, rank);
        const int day = day_begin != day_end ? *day_begin : -1;
        if (groups.empty() || day != current_day) {
            current_day = day;
            DayGroup group;
            if (day >= 0) {
                group.date = days[static_cast<std::size_t>(day)].value;
                group.label = days[static_cast<std::size_t>(day)].label;
            }
            groups.push_back(std::move(group));
        }
        const int minute = index.times_at(rank).start_minute;
        std::vector<TimeSlot>& slots = groups.back().slots;
        if (slots.empty() || slots.back().start_minute != minute) {
            slots.push_back({minute, minute >= 0 ? format_hhmm(minute) : std::string(), {}});
        }
        slots.back().sessions.push_back(s);
    }
    return groups;
}

namespace {

struct Interval {
    std::int64_t start;
    std::int64_t end;
    int session;
};

// Sweeps intervals in start order keeping those still open; each newcomer overlaps every open one.
// Calls report(a, b) per overlapping pair until it returns false.
template <class Report>
void sweep_overlaps(std::vector<Interval>& intervals, Report report) {
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval& a, const Interval& b) { return a.start != b.start ? a.start < b.start : a.session < b.session; });
    std::vector<Interval> open;
    for (const Interval& iv : intervals) {
        open.erase(std::remove_if(open.begin(), open.end(), [&](const Interval& o) { return o.end <= iv.start; }), open.end());
        for (const Interval& o : open) {
            if (!report(o.session, iv.session)) return;
        }
        open.push_back(iv);
    }
}

}  // namespace

ConflictList find_conflicts(const ScheduleIndex& index, const std::vector<int>& favorites) {
    std::vector<int> favs = favorites;
    std::sort(favs.begin(), favs.end());
    favs.erase(std::unique(favs.begin(), favs.end()), favs.end());

    std::vector<Interval> utc, local;
    for (int s : favs) {
        const SessionTimes& t = index.times_at(index.display_rank(s));
        if (t.has_utc) utc.push_back({t.utc_start, t.utc_end, s});
        if (t.has_local) local.push_back({t.local_start, t.local_end, s});
    }
    ConflictList result;
    const auto add = [&](int a, int b) {
        if (result.pairs.size() == max_conflicts) {
            result.truncated = true;
            return false;
        }
        if (index.display_rank(b) < index.display_rank(a)) std::swap(a, b);
        result.pairs.push_back({a, b});
        return true;
    };
    sweep_overlaps(utc, add);
    // The local axis decides only for pairs where at least one session is floating.
    const auto has_utc = [&](int s) { return index.times_at(index.display_rank(s)).has_utc; };
    sweep_overlaps(local, [&](int a, int b) { return has_utc(a) && has_utc(b) ? true : add(a, b); });
    std::sort(result.pairs.begin(), result.pairs.end(), [&](const Conflict& x, const Conflict& y) {
        const int fx = index.display_rank(x.first), fy = index.display_rank(y.first);
        return fx != fy ? fx < fy : index.display_rank(x.second) < index.display_rank(y.second);
    });
    return result;
}

NowNext now_and_next(const ScheduleIndex& index, const std::vector<int>& sessions, std::int64_t now_utc) {
    NowNext result;
    std::int64_t next_start = std::numeric_limits<std::int64_t>::max();
    for (int s : sessions) {
        const SessionTimes& t = index.times_at(index.display_rank(s));
        if (!t.has_utc) continue;
        if (t.utc_start <= now_utc && now_utc < t.utc_end) {
            result.now.push_back(s);
        } else if (t.utc_start > now_utc && t.utc_start <= next_start) {
            if (t.utc_start < next_start) result.next.clear();
            next_start = t.utc_start;
            result.next.push_back(s);
        }
    }
    return result;
}

}  // namespace talkboard
