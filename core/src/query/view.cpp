#include "talkboard/query/view.h"

#include "internal/index_sort.h"
#include "internal/overlap_sweep.h"

#include <algorithm>
#include <limits>

#include "talkboard/time/civil_time.h"

namespace talkboard {

namespace {

std::vector<int> ranks_of(const ScheduleIndex& index, const std::vector<int>& sessions) {
    std::vector<int> ranks(sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) ranks[i] = index.display_rank(sessions[i]);
    return ranks;
}

}  // namespace

std::vector<DayGroup> group_by_day(const ScheduleIndex& index, const std::vector<int>& sessions) {
    return group_ranks_by_day(index, ranks_of(index, sessions));
}

// Plain loops over raw arrays: in the wasm build (-Oz) every accessor or lambda left in the loop
// is a call per session.
void slot_runs_of_ranks(const ScheduleIndex& index, const std::vector<int>& ranks, std::vector<int>& out) {
    out.clear();
    const int* slot_of = index.slots_by_rank().data();
    const int* list = ranks.data();
    const int count = static_cast<int>(ranks.size());
    int i = 0;
    while (i < count) {
        const int slot_id = slot_of[list[i]];
        int end = i + 1;
        while (end < count && slot_of[list[end]] == slot_id) ++end;
        const int run[3] = {slot_id, i, end - i};
        out.insert(out.end(), run, run + 3);
        i = end;
    }
}

std::vector<DayGroup> group_ranks_by_day(const ScheduleIndex& index, const std::vector<int>& ranks) {
    std::vector<int> runs;
    slot_runs_of_ranks(index, ranks, runs);
    std::vector<DayGroup> groups;
    const std::vector<DimensionValue>& days = index.values(Dimension::day);
    for (std::size_t k = 0; k < runs.size(); k += 3) {
        const ScheduleIndex::Slot& slot = index.slots()[static_cast<std::size_t>(runs[k])];
        if (groups.empty() || groups.back().day_id != slot.day) {
            DayGroup group;
            group.day_id = slot.day;
            if (slot.day >= 0) {
                group.date = days[static_cast<std::size_t>(slot.day)].value;
                group.label = days[static_cast<std::size_t>(slot.day)].label;
            }
            groups.push_back(std::move(group));
        }
        const int minute = slot.start_minute;
        groups.back().slots.push_back({minute, minute >= 0 ? format_hhmm(minute) : std::string(), runs[k + 1], runs[k + 2]});
    }
    return groups;
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

NowNext now_and_next(const ScheduleIndex& index, const std::vector<int>& sessions, std::int64_t now_utc) {
    return now_and_next_of_ranks(index, ranks_of(index, sessions), now_utc);
}

NowNext now_and_next_of_ranks(const ScheduleIndex& index, const std::vector<int>& ranks, std::int64_t now_utc) {
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
