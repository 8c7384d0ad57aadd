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
        case Dimension::language: return "language";
    }
    return "";
}

std::string day_label(const CivilDate& date) {
    if (!is_valid_date(date)) return format_date(date);
    return std::string(weekday_name(weekday_of(date))) + ", " + month_name(date.month) + " " +
           std::to_string(date.day);
}

ScheduleIndex::ScheduleIndex(Schedule schedule) : schedule_(std::move(schedule)) {
    order_for_display();
    fold_text_and_collect_values();
    pack_times();
    count_values();
    const auto& sessions = schedule_.sessions;
    by_id_ = sorted_indices(sessions.size(), [&](int a, int b) {
        return sessions[static_cast<std::size_t>(a)].id < sessions[static_cast<std::size_t>(b)].id;
    });
}

// Display order first: everything else is stored in it.
void ScheduleIndex::order_for_display() {
    const auto& sessions = schedule_.sessions;
    const std::size_t n = sessions.size();
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
}

// One pass in display order: each session's folded search text and byte mask, and its values in
// every dimension; then each dimension's values are ordered and numbered.
void ScheduleIndex::fold_text_and_collect_values() {
    const auto& sessions = schedule_.sessions;
    const std::size_t n = sessions.size();
    std::size_t text_bytes = 0;
    for (const Session& s : sessions) {
        text_bytes += s.title.size() + s.abstract.size() + (s.kind ? s.kind->size() + 1 : 0) + 2;
        for (const Speaker& sp : s.speakers) text_bytes += sp.name.size() + (sp.org ? sp.org->size() : 0) + 2;
    }
    search_text_.reserve(text_bytes);  // folding never grows text
    search_offsets_.reserve(n + 1);
    byte_masks_.reserve(n);

    PerDimension<ValueCollector> collectors;
    const auto add_field = [this](std::string_view field) {
        append_folded(field, search_text_);
        search_text_.push_back('\0');
    };
    for (const int i : display_order_) {
        const Session& s = sessions[static_cast<std::size_t>(i)];
        const std::size_t begin = search_text_.size();
        search_offsets_.push_back(begin);
        add_field(s.title);
        for (const Speaker& sp : s.speakers) {
            add_field(sp.name);
            add_field(sp.org ? *sp.org : std::string_view());
        }
        add_field(s.abstract);
        // The kind as readers name it ("Lightning Talk"): searching "lightning" finds the lightning
        // talks. Last, after the fields highlight_session reads, since a kind is not marked up.
        if (s.kind) add_field(kind_label(text::trim(*s.kind)));
        byte_masks_.push_back(byte_mask(std::string_view(search_text_).substr(begin)));

        if (s.date) collectors[Dimension::day].add(format_date(*s.date), i, day_label(*s.date));
        if (s.kind) collectors[Dimension::kind].add(*s.kind, i, kind_label(text::trim(*s.kind)));
        if (s.section) collectors[Dimension::section].add(*s.section, i);
        for (const Speaker& sp : s.speakers) collectors[Dimension::speaker].add(sp.name, i);
        for (const Speaker& sp : s.speakers) {
            if (sp.org) collectors[Dimension::org].add(*sp.org, i);
        }
        if (s.room) collectors[Dimension::room].add(*s.room, i);
        if (s.track) collectors[Dimension::track].add(*s.track, i);
        if (s.language) collectors[Dimension::language].add(*s.language, i);
        for (ValueCollector& c : collectors.of) c.end_session();
    }
    search_offsets_.push_back(search_text_.size());

    for (int d = 0; d < dimension_count; ++d) {
        // Days sort by their ISO value (= by date); sections and rooms keep post order; the rest go
        // alphabetically.
        const auto dimension = static_cast<Dimension>(d);
        ValueTable& t = tables_[dimension];
        const bool in_post_order = dimension == Dimension::section || dimension == Dimension::room;
        collectors[dimension].finish(in_post_order, values_[dimension], t.offsets, t.ids, t.by_key);
    }
}

// Each session's interval on both axes, its written day and minute, and the packed UTC spans.
void ScheduleIndex::pack_times() {
    const std::size_t n = schedule_.sessions.size();
    times_.reserve(n);
    written_.reserve(n);
    utc_spans_.reserve(n);
    for (const int i : display_order_) {
        const Session& s = schedule_.sessions[static_cast<std::size_t>(i)];
        const SessionTimes t = times_of(s);
        times_.push_back(t);
        DayMinute written;
        if (s.date) written.day = static_cast<int>(days_from_civil(*s.date));
        written.minute = t.start_minute;
        written_.push_back(written);
        utc_spans_.push_back(t.has_utc ? UtcSpan{t.utc_start, t.utc_end} : UtcSpan{floating_start, floating_start});
    }
}

// How many sessions have each value, and the one value id per session where there is at most one.
void ScheduleIndex::count_values() {
    const std::size_t n = schedule_.sessions.size();
    for (int d = 0; d < dimension_count; ++d) {
        const auto dimension = static_cast<Dimension>(d);
        const ValueTable& table = tables_[dimension];
        std::vector<int>& totals = totals_[dimension];
        totals.assign(values_[dimension].size(), 0);
        for (int id : table.ids) ++totals[static_cast<std::size_t>(id)];
        if (dimension == Dimension::speaker || dimension == Dimension::org) continue;
        std::vector<int>& single = single_[dimension];
        single.assign(n, -1);
        for (std::size_t r = 0; r < n; ++r) {
            if (table.offsets[r] != table.offsets[r + 1]) single[r] = table.ids[table.offsets[r]];
        }
    }
}

std::string_view ScheduleIndex::search_text_at(int rank) const {
    const auto r = static_cast<std::size_t>(rank);
    return std::string_view(search_text_).substr(search_offsets_[r], search_offsets_[r + 1] - search_offsets_[r]);
}

int ScheduleIndex::find_value(Dimension dimension, std::string_view value) const {
    const auto& values = values_[dimension];
    const auto& by_key = tables_[dimension].by_key;
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
