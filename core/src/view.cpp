#include "talkboard/view.h"

#include <algorithm>
#include <limits>

#include "talkboard/civil_time.h"

namespace talkboard {

namespace {

// Groups count list entries whose ranks rank_at(0..count-1) gives, in display order.
template <class RankAt>
std::vector<DayGroup> group_list(const ScheduleIndex& index, std::size_t count, RankAt rank_at) {
    std::vector<DayGroup> groups;
    const std::vector<DimensionValue>& days = index.values(Dimension::day);
    const std::vector<ScheduleIndex::Slot>& slots = index.slots();
    int current_slot = -1;
    for (std::size_t i = 0; i < count; ++i) {
        const int slot_id = index.slot_at(rank_at(i));
        if (slot_id == current_slot) {
            ++groups.back().slots.back().count;
            continue;
        }
        const ScheduleIndex::Slot& slot = slots[static_cast<std::size_t>(slot_id)];
        if (current_slot < 0 || slots[static_cast<std::size_t>(current_slot)].day != slot.day) {
            DayGroup group;
            if (slot.day >= 0) {
                group.date = days[static_cast<std::size_t>(slot.day)].value;
                group.label = days[static_cast<std::size_t>(slot.day)].label;
            }
            groups.push_back(std::move(group));
        }
        current_slot = slot_id;
        const int minute = slot.start_minute;
        groups.back().slots.push_back({minute, minute >= 0 ? format_hhmm(minute) : std::string(), static_cast<int>(i), 1});
    }
    return groups;
}

}  // namespace

std::vector<DayGroup> group_by_day(const ScheduleIndex& index, const std::vector<int>& sessions) {
    return group_list(index, sessions.size(), [&](std::size_t i) { return index.display_rank(sessions[i]); });
}

std::vector<DayGroup> group_ranks_by_day(const ScheduleIndex& index, const std::vector<int>& ranks) {
    return group_list(index, ranks.size(), [&](std::size_t i) { return ranks[i]; });
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

namespace {

template <class RankAt>
NowNext now_next_of_list(const ScheduleIndex& index, std::size_t count, RankAt rank_at, std::int64_t now_utc) {
    NowNext result;
    std::int64_t next_start = std::numeric_limits<std::int64_t>::max();
    for (std::size_t i = 0; i < count; ++i) {
        const int rank = rank_at(i);
        const SessionTimes& t = index.times_at(rank);
        if (!t.has_utc) continue;
        if (t.utc_start <= now_utc && now_utc < t.utc_end) {
            result.now.push_back(index.display_order()[static_cast<std::size_t>(rank)]);
        } else if (t.utc_start > now_utc && t.utc_start <= next_start) {
            if (t.utc_start < next_start) result.next.clear();
            next_start = t.utc_start;
            result.next.push_back(index.display_order()[static_cast<std::size_t>(rank)]);
        }
    }
    return result;
}

}  // namespace

NowNext now_and_next(const ScheduleIndex& index, const std::vector<int>& sessions, std::int64_t now_utc) {
    return now_next_of_list(index, sessions.size(), [&](std::size_t i) { return index.display_rank(sessions[i]); }, now_utc);
}

NowNext now_and_next_of_ranks(const ScheduleIndex& index, const std::vector<int>& ranks, std::int64_t now_utc) {
    return now_next_of_list(index, ranks.size(), [&](std::size_t i) { return ranks[i]; }, now_utc);
}

}  // namespace talkboard
