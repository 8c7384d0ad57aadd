// ScheduleIndex: everything about a Schedule that queries need, computed once.
//
// Built from a Schedule (which it owns), it precomputes
//  - the display order: by date, then start time, then case/accent-folded title, then post order;
//    dated sessions first (untimed ones last within their day), undated sessions at the very end;
//  - the folded search text of every session (title, speaker names, orgs, abstract, kind label);
//  - the distinct values of each filter dimension (day, kind, section, speaker, org, room, track,
//    language),
//    with labels, which values each session has, and how many sessions have each;
//  - each session's time interval on the local and on the UTC axis, and its day and minute as
//    written (what the view groups by in the event's own time);
//  - a byte mask per session (term_finder.h).
// run_query() (query.h) reads it; it never changes after construction, so one index can serve
// any number of queries, concurrently.
//
// Cost: O(n log n + T) to build for n sessions with T bytes of text; memory about T plus ~170 bytes
// per session. At 100,000 sessions (18 MB of text) about half a second natively, once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "talkboard/session.h"

namespace talkboard {

// The filter dimensions, in the order facets and queries list them. Room, track and language come
// mostly from imported schedules (Session::room / track / language); most posts have no values in
// them, so a UI that hides empty dimensions shows them only for schedules that have them.
enum class Dimension { day = 0, kind = 1, section = 2, speaker = 3, org = 4, room = 5, track = 6, language = 7 };
inline constexpr int dimension_count = 8;

// "day", "kind", "section", "speaker", "org", "room", "track", "language": also the keys under which
// the wasm bindings hand per-dimension data to JS (selections, facet counts, values).
const char* dimension_name(Dimension dimension);

// One T per dimension, indexed by Dimension: selections, facet counts, value lists all use it, so
// that every per-dimension loop is one loop over dimension_count.
template <class T>
struct PerDimension {
    T of[dimension_count];
    T& operator[](Dimension d) { return of[static_cast<int>(d)]; }
    const T& operator[](Dimension d) const { return of[static_cast<int>(d)]; }
};

// One distinct value of a dimension.
//  value: what a Query selects it by and what the UI passes back: "2024-03-19" for a day, the kind
//         tag ("lightning_talk"), and the first spelling met in the post for section/speaker/org/
//         room/track/language (a language as the schedule writes it: "en").
//  label: for display: "Tuesday, March 19" for a day (day_label), "Lightning Talk" for a kind,
//         else the value.
//  key:   the folded value. Values are merged by key: "Jane Zięba" and "jane zieba" are one speaker,
//         and a Query matches a value when fold(trimmed selection) == key.
struct DimensionValue {
    std::string value;
    std::string label;
    std::string key;
};

// "Tuesday, March 19": how a day is labelled, in the day facet and in the view's day groups alike.
// An invalid date is labelled with its ISO form.
std::string day_label(const CivilDate& date);

// A day and a minute of it on some wall clock: what the view groups sessions by.
struct DayMinute {
    static constexpr int undated = std::numeric_limits<int>::max();
    int day = undated;  // days since 1970-01-01; `undated` when the session has no date
    int minute = -1;    // minute of the day, 0..1439; -1 when the session has no start time
};

// Where a session sits in time, by the rule of time/session_span.h. Local axis: seconds since
// 1970-01-01 00:00 in the post's own wall-clock time (local_span), for comparing sessions that lack
// UTC. UTC axis: seconds (utc_span). The ends are occupied_end(): exclusive and always > start, an
// instant (no end, or an end equal to the start) holding its first second.
struct SessionTimes {
    int start_minute = -1;   // local minute of day as written; -1 when the session has no start
    bool has_local = false;  // date and start minute both known
    std::int64_t local_start = 0;
    std::int64_t local_end = 0;
    bool has_utc = false;  // utc_start known; false = a floating session
    std::int64_t utc_start = 0;
    std::int64_t utc_end = 0;
    std::int64_t utc_last = 0;  // the instant "hide past" compares: the end of utc_span (its start for an instant)
};

class ScheduleIndex {
public:
    // Takes the schedule by value: move it in to avoid a copy. Never fails; sessions with missing
    // or odd fields (no date, an empty speaker name) are indexed with what they have.
    explicit ScheduleIndex(Schedule schedule);

    const Schedule& schedule() const { return schedule_; }
    const Session& session(int index) const { return schedule_.sessions[static_cast<std::size_t>(index)]; }
    int size() const { return static_cast<int>(schedule_.sessions.size()); }

    // All session indices (into schedule().sessions) in display order, and the inverse:
    // display_rank(i) is session i's position ("rank") in display_order().
    const std::vector<int>& display_order() const { return display_order_; }
    int display_rank(int session) const { return display_rank_[static_cast<std::size_t>(session)]; }

    // Everything below is stored and addressed by RANK, not by session index: a query walks ranks
    // 0..size()-1 and so reads memory front to back. (At 100,000 sessions, walking
    // session-ordered arrays in display order cost more in cache misses than the filtering did.)
    // For session i, use rank display_rank(i).

    // The folded search text of all sessions, in display order. The session at rank r owns
    // search_text()[search_offsets()[r], search_offsets()[r+1]): its folded title, then each
    // speaker's name and org, then its abstract, then its kind's label when it has a kind, each
    // followed by '\0'. Folded text never
    // contains '\0', so a search term cannot match across fields or sessions.
    const std::string& search_text() const { return search_text_; }
    const std::vector<std::size_t>& search_offsets() const { return search_offsets_; }
    std::string_view search_text_at(int rank) const;

    // The distinct values of a dimension, in the order facets list them: days by date, sections and
    // rooms in post order (first appearance: a schedule lists its rooms in the venue's own order,
    // "Saal 1" before "Saal 2"), kinds/speakers/orgs/tracks/languages alphabetically by key. A value that is
    // empty after trimming is no value (a session whose kind is "" has no kind).
    const std::vector<DimensionValue>& values(Dimension dimension) const { return values_[dimension]; }
    const PerDimension<std::vector<DimensionValue>>& all_values() const { return values_; }
    // The value id (index into values(dimension)) whose key is fold(trim(value)), or -1.
    int find_value(Dimension dimension, std::string_view value) const;
    // The value ids of the session at `rank` in `dimension`, as [first, last): none or one for
    // day/kind/section/room/track/language, any number of distinct ids for speaker/org (two speakers from
    // one org give one org id). Valid while the index lives.
    std::pair<const int*, const int*> values_at(Dimension dimension, int rank) const {
        const ValueTable& t = tables_[dimension];
        const int* ids = t.ids.data();
        return {ids + t.offsets[static_cast<std::size_t>(rank)], ids + t.offsets[static_cast<std::size_t>(rank) + 1]};
    }

    // The same tables as plain arrays, for loops over every session: the wasm build is compiled for
    // size (-Oz), which leaves even one-line accessors as calls. The ids of the session at rank r are
    // value_ids(d)[value_offsets(d)[r] .. value_offsets(d)[r + 1]).
    const std::size_t* value_offsets(Dimension dimension) const { return tables_[dimension].offsets.data(); }
    const int* value_ids(Dimension dimension) const { return tables_[dimension].ids.data(); }
    // For the dimensions where a session has at most one value (all but speaker and org):
    // that value id by rank, -1 for none; nullptr for speaker and org.
    const int* single_value_ids(Dimension dimension) const {
        if (dimension == Dimension::speaker || dimension == Dimension::org) return nullptr;
        return single_[dimension].data();
    }

    const SessionTimes& times_at(int rank) const { return times_[static_cast<std::size_t>(rank)]; }
    const std::vector<SessionTimes>& times() const { return times_; }  // by rank
    // The UTC interval of each session by rank, packed for the now/next scan: {utc_start, utc_end}
    // of times_at(rank), or {floating_start, floating_start} for a floating session.
    struct UtcSpan {
        std::int64_t start;
        std::int64_t end;
    };
    static constexpr std::int64_t floating_start = INT64_MIN;
    const std::vector<UtcSpan>& utc_spans() const { return utc_spans_; }
    // Each session's date and start minute as written, by rank: its place in the view in the
    // event's own time. Display order is sorted by it.
    const std::vector<DayMinute>& written_times() const { return written_; }

    // byte_mask (term_finder.h) of each session's search text, by rank: a query tests these before
    // it reads any text.
    const std::vector<std::uint64_t>& byte_masks() const { return byte_masks_; }

    // How many sessions have each value of a dimension (parallel to values(dimension)): the facet
    // counts of the empty query, from which a query that keeps most sessions subtracts the rest.
    const std::vector<int>& value_totals(Dimension dimension) const { return totals_[dimension]; }

    // Appends to `out` the index of every session whose id is `id` (ids should be unique; if not,
    // all of them). O(log n).
    void find_sessions_by_id(std::string_view id, std::vector<int>& out) const;

private:
    struct ValueTable {
        std::vector<std::size_t> offsets;  // the session at rank r has ids[offsets[r], offsets[r+1])
        std::vector<int> ids;
        std::vector<int> by_key;  // value ids sorted by key, for find_value
    };

    // The constructor's phases, in order; each is one pass over the sessions.
    void order_for_display();
    void fold_text_and_collect_values();
    void pack_times();
    void count_values();

    Schedule schedule_;
    std::vector<int> display_order_;
    std::vector<int> display_rank_;
    std::string search_text_;
    std::vector<std::size_t> search_offsets_;
    PerDimension<std::vector<DimensionValue>> values_;
    PerDimension<ValueTable> tables_;
    std::vector<int> by_id_;  // session indices sorted by id
    std::vector<SessionTimes> times_;
    std::vector<DayMinute> written_;
    std::vector<std::uint64_t> byte_masks_;
    std::vector<UtcSpan> utc_spans_;
    PerDimension<std::vector<int>> totals_;
    PerDimension<std::vector<int>> single_;  // empty for speaker and org
};

}  // namespace talkboard
