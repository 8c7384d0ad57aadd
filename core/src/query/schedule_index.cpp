#include "talkboard/query/schedule_index.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <map>

#include "talkboard/time/civil_time.h"
#include "internal/index_sort.h"
#include "talkboard/query/term_finder.h"
#include "internal/text.h"
#include "talkboard/query/text_fold.h"
#include "talkboard/time/session_span.h"

namespace talkboard {
namespace {

constexpr const char* month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

std::string day_label(const CivilDate& date) {
    if (!is_valid_date(date)) return format_date(date);
    return std::string(weekday_name(weekday_of(date))) + ", " + month_names[date.month - 1] + " " +
           std::to_string(date.day);
}

// "lightning_talk" -> "Lightning Talk".
std::string kind_label(std::string_view kind) {
    std::string label(kind);
    bool word_start = true;
    for (char& c : label) {
        if (c == '_') {
            c = ' ';
            word_start = true;
        } else {
            if (word_start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
            word_start = false;
        }
    }
    return label;
}

// Collects one dimension's values while sessions are scanned, then orders them.
class ValueCollector {
public:
    // Adds `raw` (trimmed; ignored when empty) as a value of the current session, which has
    // index `session` in the post.
    void add(std::string_view raw, int session, std::string label_override = {}) {
        const std::string_view value = text::trim(raw);
        if (value.empty()) return;
        std::string key = fold_text(value);
        auto [it, inserted] = ids_by_key_.try_emplace(key, static_cast<int>(values_.size()));
        if (inserted) {
            values_.push_back({std::string(value), label_override.empty() ? std::string(value) : std::move(label_override),
                               std::move(key)});
            first_session_.push_back(session);
        }
        first_session_[static_cast<std::size_t>(it->second)] = std::min(first_session_[static_cast<std::size_t>(it->second)], session);
        // Distinct per session (two speakers from one org count the session once).
        if (std::find(ids_.begin() + static_cast<std::ptrdiff_t>(offsets_.back()), ids_.end(), it->second) == ids_.end()) {
            ids_.push_back(it->second);
        }
    }
    void end_session() { offsets_.push_back(ids_.size()); }

    // Orders the values (by key, or by first appearance in the post) and fills the table.
    void finish(bool in_post_order, std::vector<DimensionValue>& values_out, std::vector<std::size_t>& offsets_out,
                std::vector<int>& ids_out, std::vector<int>& by_key_out) {
        // Keys are distinct and so are first sessions of sections and rooms (one per session): total orders, so the stable
        // index sort (index_sort.h, one instantiation for the whole core) matches std::sort.
        const std::vector<int> order = sorted_indices(values_.size(), [&](int a, int b) {
            const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
            if (in_post_order) return first_session_[ua] < first_session_[ub];
            return values_[ua].key != values_[ub].key ? values_[ua].key < values_[ub].key : values_[ua].value < values_[ub].value;
        });
        std::vector<int> new_id(values_.size());
        for (std::size_t i = 0; i < order.size(); ++i) new_id[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
        values_out.clear();
        for (int old : order) values_out.push_back(std::move(values_[static_cast<std::size_t>(old)]));
        for (int& id : ids_) id = new_id[static_cast<std::size_t>(id)];
        offsets_out = std::move(offsets_);
        ids_out = std::move(ids_);
        by_key_out = sorted_indices(values_out.size(), [&](int a, int b) {
            return values_out[static_cast<std::size_t>(a)].key < values_out[static_cast<std::size_t>(b)].key;
        });
    }

private:
    std::map<std::string, int> ids_by_key_;  // std::map: the only hash table in the wasm cost 1.4 KB
    std::vector<DimensionValue> values_;
    std::vector<int> first_session_;  // per value: the lowest session index that has it
    std::vector<std::size_t> offsets_{0};
    std::vector<int> ids_;
};

SessionTimes times_of(const Session& s) {
    SessionTimes t;
    if (s.start_minute) t.start_minute = *s.start_minute;
    if (const auto local = local_span(s)) {  // session_span.h: the one rule for spans and instants
        t.has_local = true;
        t.local_start = local->start;
        t.local_end = occupied_end(*local);
    }
    if (const auto utc = utc_span(s)) {
        t.has_utc = true;
        t.utc_start = utc->start;
        t.utc_end = occupied_end(*utc);
        t.utc_last = utc->end;
    }
    return t;
}

}  // namespace

const char* dimension_name(Dimension dimension) {
    switch (dimension) {
        case Dimension::day: return "day";
        case Dimension::kind: return "kind";
        case Dimension::section: return "section";
        case Dimension::speaker: return "speaker";
        case Dimension::org: return "org";
        case Dimension::room: return "room";
        case Dimension::track: return "track";
    }
    return "";
}

ScheduleIndex::ScheduleIndex(Schedule schedule) : schedule_(std::move(schedule)) {
    const auto& sessions = schedule_.sessions;
    const std::size_t n = sessions.size();

    // Display order first: everything else is stored in it.
    constexpr std::int64_t missing = std::numeric_limits<std::int64_t>::max();
    std::vector<std::int64_t> day(n), start(n);
    std::vector<std::string> title(n);
    for (std::size_t i = 0; i < n; ++i) {
        day[i] = sessions[i].date ? days_from_civil(*sessions[i].date) : missing;
        start[i] = sessions[i].start_minute ? *sessions[i].start_minute : missing;
        title[i] = fold_text(sessions[i].title);
    }
    display_order_ = sorted_indices(n, [&](int a, int b) {
        const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
        if (day[ua] != day[ub]) return day[ua] < day[ub];
        if (start[ua] != start[ub]) return start[ua] < start[ub];
        const int c = title[ua].compare(title[ub]);
        return c != 0 ? c < 0 : a < b;
    });
    display_rank_.resize(n);
    for (std::size_t r = 0; r < n; ++r) display_rank_[static_cast<std::size_t>(display_order_[r])] = static_cast<int>(r);

    std::size_t text_bytes = 0;
    for (const Session& s : sessions) {
        text_bytes += s.title.size() + s.abstract.size() + (s.kind ? s.kind->size() + 1 : 0) + 2;
        for (const Speaker& sp : s.speakers) text_bytes += sp.name.size() + (sp.org ? sp.org->size() : 0) + 2;
    }
    search_text_.reserve(text_bytes);  // folding never grows text
    search_offsets_.reserve(n + 1);
    times_.reserve(n);

    ValueCollector collectors[dimension_count];
    const auto add_field = [this](std::string_view field) {
        append_folded(field, search_text_);
        search_text_.push_back('\0');
    };
    for (const int i : display_order_) {
        const Session& s = sessions[static_cast<std::size_t>(i)];
        search_offsets_.push_back(search_text_.size());
        add_field(s.title);
        for (const Speaker& sp : s.speakers) {
            add_field(sp.name);
            add_field(sp.org ? *sp.org : std::string_view());
        }
        add_field(s.abstract);
        // The kind as readers name it ("Lightning Talk"): searching "lightning" finds the lightning
        // talks. Last, after the fields highlight_session reads, since a kind is not marked up.
        if (s.kind) add_field(kind_label(text::trim(*s.kind)));

        if (s.date) collectors[0].add(format_date(*s.date), i, day_label(*s.date));
        if (s.kind) collectors[1].add(*s.kind, i, kind_label(text::trim(*s.kind)));
        if (s.section) collectors[2].add(*s.section, i);
        for (const Speaker& sp : s.speakers) collectors[3].add(sp.name, i);
        for (const Speaker& sp : s.speakers) {
            if (sp.org) collectors[4].add(*sp.org, i);
        }
        if (s.room) collectors[static_cast<int>(Dimension::room)].add(*s.room, i);
        if (s.track) collectors[static_cast<int>(Dimension::track)].add(*s.track, i);
        for (ValueCollector& c : collectors) c.end_session();
        times_.push_back(times_of(s));
    }
    search_offsets_.push_back(search_text_.size());

    for (int d = 0; d < dimension_count; ++d) {
        // Days sort by their ISO value (= by date); sections and rooms keep post order; the rest go
        // alphabetically.
        ValueTable& t = tables_[d];
        const bool in_post_order = d == static_cast<int>(Dimension::section) || d == static_cast<int>(Dimension::room);
        collectors[d].finish(in_post_order, values_[d], t.offsets, t.ids, t.by_key);
    }

    utc_spans_.reserve(n);
    for (const SessionTimes& t : times_) {
        utc_spans_.push_back(t.has_utc ? UtcSpan{t.utc_start, t.utc_end} : UtcSpan{floating_start, floating_start});
    }
    byte_masks_.resize(n);
    for (std::size_t r = 0; r < n; ++r) byte_masks_[r] = byte_mask(search_text_at(static_cast<int>(r)));

    for (int d = 0; d < dimension_count; ++d) {
        totals_[d].assign(values_[d].size(), 0);
        for (int id : tables_[d].ids) ++totals_[d][static_cast<std::size_t>(id)];
        if (d == static_cast<int>(Dimension::speaker) || d == static_cast<int>(Dimension::org)) continue;
        single_[d].assign(n, -1);
        for (std::size_t r = 0; r < n; ++r) {
            if (tables_[d].offsets[r] != tables_[d].offsets[r + 1]) single_[d][r] = tables_[d].ids[tables_[d].offsets[r]];
        }
    }

    // Slots, numbered by first appearance in display order. Display order keeps a slot's sessions
    // together, but nothing below relies on it: runs of equal (day, minute) are merged by key.
    std::vector<Slot> runs;
    std::vector<int> run_of_rank(n);
    for (std::size_t r = 0; r < n; ++r) {
        const auto [day_begin, day_end] = values_at(Dimension::day, static_cast<int>(r));
        const Slot slot{day_begin != day_end ? *day_begin : -1, times_[r].start_minute};
        if (runs.empty() || runs.back().day != slot.day || runs.back().start_minute != slot.start_minute) runs.push_back(slot);
        run_of_rank[r] = static_cast<int>(runs.size()) - 1;
    }
    const auto key_less = [&](int a, int b) {
        const Slot& x = runs[static_cast<std::size_t>(a)];
        const Slot& y = runs[static_cast<std::size_t>(b)];
        return x.day != y.day ? x.day < y.day : x.start_minute < y.start_minute;
    };
    const std::vector<int> by_key = sorted_indices(runs.size(), key_less);  // stable: equal keys by first run
    std::vector<int> first_run(runs.size());
    for (std::size_t i = 0; i < by_key.size(); ++i) {
        const bool same = i > 0 && !key_less(by_key[i - 1], by_key[i]);
        first_run[static_cast<std::size_t>(by_key[i])] = same ? first_run[static_cast<std::size_t>(by_key[i - 1])] : by_key[i];
    }
    std::vector<int> slot_of_run(runs.size());
    for (std::size_t run = 0; run < runs.size(); ++run) {
        const auto first = static_cast<std::size_t>(first_run[run]);
        if (first == run) {
            slot_of_run[run] = static_cast<int>(slots_.size());
            slots_.push_back(runs[run]);
        } else {
            slot_of_run[run] = slot_of_run[first];
        }
    }
    slot_of_rank_.resize(n);
    for (std::size_t r = 0; r < n; ++r) slot_of_rank_[r] = slot_of_run[static_cast<std::size_t>(run_of_rank[r])];

    by_id_ = sorted_indices(n, [&](int a, int b) {
        return sessions[static_cast<std::size_t>(a)].id < sessions[static_cast<std::size_t>(b)].id;
    });
}

std::string_view ScheduleIndex::search_text_at(int rank) const {
    const auto r = static_cast<std::size_t>(rank);
    return std::string_view(search_text_).substr(search_offsets_[r], search_offsets_[r + 1] - search_offsets_[r]);
}

int ScheduleIndex::find_value(Dimension dimension, std::string_view value) const {
    const auto& values = values_[static_cast<int>(dimension)];
    const auto& by_key = tables_[static_cast<int>(dimension)].by_key;
    const std::string key = fold_text(text::trim(value));
    const auto it = std::lower_bound(by_key.begin(), by_key.end(), key, [&](int id, const std::string& k) {
        return values[static_cast<std::size_t>(id)].key < k;
    });
    return it != by_key.end() && values[static_cast<std::size_t>(*it)].key == key ? *it : -1;
}

void ScheduleIndex::find_sessions_by_id(std::string_view id, std::vector<int>& out) const {
    const auto& sessions = schedule_.sessions;
    auto it = std::lower_bound(by_id_.begin(), by_id_.end(), id,
                               [&](int s, std::string_view v) { return sessions[static_cast<std::size_t>(s)].id < v; });
    for (; it != by_id_.end() && sessions[static_cast<std::size_t>(*it)].id == id; ++it) out.push_back(*it);
}

}  // namespace talkboard
