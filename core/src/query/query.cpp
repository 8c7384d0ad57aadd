#include "talkboard/query/query.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "internal/index_sort.h"
#include "talkboard/query/term_finder.h"

namespace talkboard {
namespace {

// Failure bits of one session: one per dimension, then the other filters. Stored per session as
// FailBits: a byte held them while there were five dimensions; seven need more than eight bits.
using FailBits = std::uint16_t;
constexpr unsigned fail_favorite = 1u << dimension_count;
constexpr unsigned fail_past = 1u << (dimension_count + 1);
constexpr unsigned fail_text = 1u << (dimension_count + 2);
static_assert(fail_text <= std::numeric_limits<FailBits>::max(), "every failure bit must fit in FailBits");

// One dimension's selection as a flag per value id. Active with no flag set = only unknown values.
struct DimensionFilter {
    bool active = false;
    std::vector<char> selected;
};

// Ranges of all terms in one field, in original offsets, sorted and merged. `folded` is the field's
// folded text from the index: a field without any term (most of them) costs no refolding.
std::vector<TextRange> field_ranges(std::string_view original, std::string_view folded,
                                    const std::vector<std::string>& terms, bool utf16) {
    std::vector<TextRange> ranges;
    if (std::none_of(terms.begin(), terms.end(), [&](const std::string& t) { return folded.find(t) != std::string_view::npos; })) {
        return ranges;
    }
    const FoldedText map(original);  // the same folding, now with the way back
    const std::string_view text = map.text();
    for (const std::string& term : terms) {
        for (std::size_t p = text.find(term); p != std::string_view::npos; p = text.find(term, p + term.size())) {
            ranges.push_back(map.original_range(p, p + term.size(), original));
        }
    }
    stable_sort_items(ranges, [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
    std::size_t kept = 0;
    for (const TextRange& r : ranges) {
        if (kept > 0 && r.begin <= ranges[kept - 1].end) {
            ranges[kept - 1].end = std::max(ranges[kept - 1].end, r.end);
        } else {
            ranges[kept++] = r;
        }
    }
    ranges.resize(kept);
    if (utf16) ranges_to_utf16(original, ranges);
    return ranges;
}

SessionHighlight highlight_with_terms(const ScheduleIndex& index, int session, const std::vector<std::string>& terms,
                                      bool utf16) {
    const Session& s = index.session(session);
    // The index holds the session's fields folded, '\0'-terminated, in the order read below.
    std::string_view folded = index.search_text_at(index.display_rank(session));
    const auto next_field = [&folded] {
        const std::size_t end = folded.find('\0');
        const std::string_view field = folded.substr(0, end);
        folded.remove_prefix(end + 1);
        return field;
    };
    SessionHighlight h;
    h.session = session;
    h.title = field_ranges(s.title, next_field(), terms, utf16);
    h.speakers.reserve(s.speakers.size());
    for (const Speaker& sp : s.speakers) {
        SpeakerHighlight& speaker = h.speakers.emplace_back();
        speaker.name = field_ranges(sp.name, next_field(), terms, utf16);
        speaker.org = field_ranges(sp.org ? std::string_view(*sp.org) : std::string_view(), next_field(), terms, utf16);
    }
    h.abstract = field_ranges(s.abstract, next_field(), terms, utf16);
    return h;
}

// Keeps the candidate ranks (ascending) whose search text contains `finder`'s term, in place.
// Plain arrays in the loops: in the wasm build (-Oz) each vector accessor would be a call.
void keep_containing(const ScheduleIndex& index, const TermFinder& finder, std::vector<int>& ranks) {
    if (ranks.empty()) return;
    const std::size_t* offsets = index.search_offsets().data();
    const std::string_view text = index.search_text();
    int* rank = ranks.data();
    const std::size_t count = ranks.size();
    std::size_t kept = 0;
    if (count * 8 < static_cast<std::size_t>(index.size())) {
        // Sparse: look into each candidate's own text.
        for (std::size_t c = 0; c < count; ++c) {
            const auto r = static_cast<std::size_t>(rank[c]);
            const std::string_view own = text.substr(offsets[r], offsets[r + 1] - offsets[r]);
            if (finder.occurs_in(own)) rank[kept++] = rank[c];
        }
        ranks.resize(kept);
        return;
    }
    // Dense: one scan over the candidates' span, so the search runs in long stretches rather than
    // one short call per session; after a hit it skips to the next session.
    std::size_t c = 0;  // next candidate to decide
    std::size_t pos = offsets[rank[0]];
    const std::string_view span = text.substr(0, offsets[static_cast<std::size_t>(rank[count - 1]) + 1]);
    while (c < count) {
        const std::size_t hit = finder.find(span, pos);
        if (hit == std::string_view::npos) break;
        // Candidates whose text ends before the hit did not contain the term.
        while (c < count && offsets[static_cast<std::size_t>(rank[c]) + 1] <= hit) ++c;
        if (c == count) break;
        const auto r = static_cast<std::size_t>(rank[c]);
        if (offsets[r] <= hit) {
            rank[kept++] = rank[c++];  // the hit lies in this candidate
            pos = offsets[r + 1];
        } else {
            pos = offsets[r];  // the hit lies in a non-candidate: resume at the next candidate
        }
    }
    ranks.resize(kept);
}

// Keeps the candidate ranks whose search text contains every term (AND), in place.
void filter_by_terms(const ScheduleIndex& index, const std::vector<std::string>& terms, std::vector<int>& ranks) {
    // Longest term first: it is usually the most selective, so later terms scan fewer sessions.
    const std::vector<int> ordered = sorted_indices(terms.size(), [&](int a, int b) {
        return terms[static_cast<std::size_t>(a)].size() > terms[static_cast<std::size_t>(b)].size();
    });
    for (const int term : ordered) keep_containing(index, TermFinder(terms[static_cast<std::size_t>(term)]), ranks);
}

// Cuts text at max_query_text_bytes without splitting a code point.
std::string_view cap_query_text(const std::string& text) {
    std::size_t end = std::min(text.size(), max_query_text_bytes);
    while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return std::string_view(text).substr(0, end);
}


// Phase 1 of run_query: the query resolved against the index, everything the passes below read.
struct ResolvedQuery {
    PerDimension<DimensionFilter> filters;
    bool any_dimension = false;          // some dimension filters
    std::vector<int> favorites;          // session indices of the starred ids that exist
    bool favorites_only = false;
    std::vector<char> is_favorite;       // by rank; filled only with favorites_only
    bool has_now = false;
    std::int64_t now = 0;                // seconds; meaningful with has_now
    bool hide_past = false;              // hide_past and has_now
    std::uint64_t need_bytes = 0;        // every term's bytes: a session's byte mask must hold them
    std::vector<std::string> terms_to_search;  // the terms the byte masks alone do not decide
    bool any_terms = false;
};

ResolvedQuery resolve_query(const ScheduleIndex& index, const Query& query, const std::vector<std::string>& terms) {
    ResolvedQuery q;
    for (int d = 0; d < dimension_count; ++d) {
        const auto dimension = static_cast<Dimension>(d);
        const std::vector<std::string>& wanted = query.selected[dimension];
        DimensionFilter& filter = q.filters[dimension];
        filter.active = !wanted.empty();
        q.any_dimension = q.any_dimension || filter.active;
        if (!filter.active) continue;
        filter.selected.assign(index.values(dimension).size(), 0);
        for (const std::string& value : wanted) {
            const int id = index.find_value(dimension, value);
            if (id >= 0) filter.selected[static_cast<std::size_t>(id)] = 1;
        }
    }

    for (const std::string& id : query.favorites) index.find_sessions_by_id(id, q.favorites);
    q.favorites_only = query.favorites_only;
    if (q.favorites_only) {
        q.is_favorite.assign(static_cast<std::size_t>(index.size()), 0);
        for (int s : q.favorites) q.is_favorite[static_cast<std::size_t>(index.display_rank(s))] = 1;
    }

    // Seconds beyond +-2^53 (285 million years) are clamped: the cast below must not overflow.
    q.has_now = std::isfinite(query.now_utc) && query.now_utc != 0;
    const double max_seconds = 9007199254740992.0;
    if (q.has_now) q.now = static_cast<std::int64_t>(std::floor(std::clamp(query.now_utc, -max_seconds, max_seconds)));
    q.hide_past = query.hide_past && q.has_now;

    // Every term's bytes must occur in a session's text: sessions whose byte mask lacks one are out
    // without a look at their text, and terms the mask alone decides need no search at all.
    q.any_terms = !terms.empty();
    for (const std::string& term : terms) {
        q.need_bytes |= byte_mask(term);
        if (!byte_mask_decides(term)) q.terms_to_search.push_back(term);
    }
    return q;
}

// Adds `step` to the facet counts of every value of the sessions at `list` (ranks), in every
// dimension that has values. One whole loop per dimension over plain arrays.
void add_to_facets(const ScheduleIndex& index, const std::vector<int>& counted, int step, FacetCounts& facets) {
    const int* list = counted.data();
    const int listed = static_cast<int>(counted.size());
    for (int d = 0; d < dimension_count; ++d) {
        const auto dimension = static_cast<Dimension>(d);
        if (index.values(dimension).empty()) continue;
        int* counts = facets[dimension].data();
        if (const int* single = index.single_value_ids(dimension)) {
            for (int i = 0; i < listed; ++i) {
                const int id = single[list[i]];
                if (id >= 0) counts[id] += step;
            }
            continue;
        }
        const std::size_t* offsets = index.value_offsets(dimension);
        const int* ids = index.value_ids(dimension);
        for (int i = 0; i < listed; ++i) {
            const int r = list[i];
            for (std::size_t k = offsets[r], e = offsets[r + 1]; k < e; ++k) counts[ids[k]] += step;
        }
    }
}

// Phase 2, when no dimension filters: every facet counts the same set, the matches.
// Collects the matching ranks into `ranks` (ascending), then counts them, or, when they are most
// of the schedule, subtracts the others from the totals (a one-letter search keeps nine sessions
// in ten).
void match_without_dimension_filters(const ScheduleIndex& index, const ResolvedQuery& q, std::vector<int>& ranks,
                                     FacetCounts& facets) {
    const int n = index.size();
    const std::uint64_t* masks = index.byte_masks().data();
    const std::uint64_t need_bytes = q.need_bytes;
    // Written in place, then cut to size; growing only past the last answer's size (a reused
    // result) saves zeroing every element first.
    if (ranks.size() < static_cast<std::size_t>(n)) ranks.resize(static_cast<std::size_t>(n));
    int* out = ranks.data();
    int kept = 0;
    const bool masks_only = !q.favorites_only && !q.hide_past;
    if (masks_only) {
        int r = 0;
        for (; r + 4 <= n; r += 4) {  // unrolled by hand: -Oz does not
            out[kept] = r;
            kept += (masks[r] & need_bytes) == need_bytes ? 1 : 0;
            out[kept] = r + 1;
            kept += (masks[r + 1] & need_bytes) == need_bytes ? 1 : 0;
            out[kept] = r + 2;
            kept += (masks[r + 2] & need_bytes) == need_bytes ? 1 : 0;
            out[kept] = r + 3;
            kept += (masks[r + 3] & need_bytes) == need_bytes ? 1 : 0;
        }
        for (; r < n; ++r) {
            out[kept] = r;
            kept += (masks[r] & need_bytes) == need_bytes ? 1 : 0;
        }
    } else {
        const char* favorite = q.is_favorite.data();
        const SessionTimes* times = index.times().data();
        for (int r = 0; r < n; ++r) {
            if ((masks[r] & need_bytes) != need_bytes) continue;
            if (q.favorites_only && !favorite[r]) continue;
            if (q.hide_past && times[r].has_utc && times[r].utc_last < q.now) continue;
            out[kept++] = r;
        }
    }
    ranks.resize(static_cast<std::size_t>(kept));
    filter_by_terms(index, q.terms_to_search, ranks);

    const bool by_complement = ranks.size() * 2 > static_cast<std::size_t>(n);
    if (!by_complement) {
        add_to_facets(index, ranks, 1, facets);
        return;
    }
    std::vector<int> others;  // the ranks that do not match
    if (q.terms_to_search.empty() && masks_only) {
        // The byte masks alone decided: the others are the ranks the mask test dropped.
        const std::size_t dropped = static_cast<std::size_t>(n) - ranks.size();
        others.resize(dropped + 1);  // + 1: the loop writes one slot ahead
        int* other = others.data();
        int kept_other = 0;
        for (int r = 0; r < n; ++r) {
            other[kept_other] = r;
            kept_other += (masks[r] & need_bytes) != need_bytes ? 1 : 0;
        }
        others.resize(dropped);
    } else {
        others.resize(static_cast<std::size_t>(n) - ranks.size());
        const int* match = ranks.data();
        const int matches = static_cast<int>(ranks.size());
        int* other = others.data();
        int next = 0;  // the next match
        for (int r = 0; r < n; ++r) {
            if (next < matches && match[next] == r) {
                ++next;
            } else {
                *other++ = r;
            }
        }
    }
    for (int d = 0; d < dimension_count; ++d) {
        const auto dimension = static_cast<Dimension>(d);
        facets[dimension] = index.value_totals(dimension);
    }
    add_to_facets(index, others, -1, facets);
}

// Phase 2, with dimension filters. Pass 1, by rank: every filter but text, as failure bits. Only
// sessions that fail at most one dimension (and nothing else) can count anywhere, so only they
// need the text search. Pass 2, by rank: collect the matches and count each session in the facets
// of the dimensions it passes, or of the one dimension it fails.
void match_with_dimension_filters(const ScheduleIndex& index, const ResolvedQuery& q, std::vector<int>& ranks,
                                  FacetCounts& facets) {
    const int n = index.size();
    const std::uint64_t* masks = index.byte_masks().data();
    ranks.clear();
    std::vector<FailBits> failed(static_cast<std::size_t>(n), 0);
    std::vector<int> need_text;  // ranks
    for (int r = 0; r < n; ++r) {
        unsigned bits = 0;
        for (int d = 0; d < dimension_count; ++d) {
            const auto dimension = static_cast<Dimension>(d);
            const DimensionFilter& filter = q.filters[dimension];
            if (!filter.active) continue;
            const auto [begin, end] = index.values_at(dimension, r);
            if (std::none_of(begin, end, [&](int id) { return filter.selected[static_cast<std::size_t>(id)] != 0; })) {
                bits |= 1u << d;
            }
        }
        if (q.favorites_only && !q.is_favorite[static_cast<std::size_t>(r)]) bits |= fail_favorite;
        if (q.hide_past && index.times_at(r).has_utc && index.times_at(r).utc_last < q.now) bits |= fail_past;
        if (q.any_terms && (bits & (bits - 1)) == 0 && bits < fail_favorite && (masks[r] & q.need_bytes) == q.need_bytes) {
            need_text.push_back(r);
        }
        if (q.any_terms) bits |= fail_text;
        failed[static_cast<std::size_t>(r)] = static_cast<FailBits>(bits);
    }
    if (q.any_terms) {
        filter_by_terms(index, q.terms_to_search, need_text);
        for (int r : need_text) failed[static_cast<std::size_t>(r)] &= static_cast<FailBits>(~fail_text);
    }

    for (int r = 0; r < n; ++r) {
        const unsigned bits = failed[static_cast<std::size_t>(r)];
        if (bits != 0 && ((bits & (bits - 1)) != 0 || bits >= fail_favorite)) continue;
        if (bits == 0) ranks.push_back(r);
        for (int d = 0; d < dimension_count; ++d) {
            if (bits != 0 && bits != (1u << d)) continue;
            const auto dimension = static_cast<Dimension>(d);
            int* counts = facets[dimension].data();
            const auto [begin, end] = index.values_at(dimension, r);
            for (const int* id = begin; id != end; ++id) ++counts[*id];
        }
    }
}

}  // namespace

std::vector<std::string> parse_search_terms(const std::string& text) {
    const std::string folded = fold_text(cap_query_text(text));  // “curly” quotes fold to '"'
    std::vector<std::string> terms;
    std::string current;
    bool in_phrase = false;
    const auto flush = [&] {
        while (!current.empty() && current.back() == ' ') current.pop_back();
        if (!current.empty() && terms.size() < max_search_terms) terms.push_back(current);
        current.clear();
    };
    for (char c : folded) {
        if (c == '"') {
            flush();
            in_phrase = !in_phrase;
        } else if (c == ' ') {
            if (!in_phrase) {
                flush();
            } else if (!current.empty() && current.back() != ' ') {
                current += ' ';
            }
        } else {
            current += c;
        }
    }
    flush();
    return terms;
}

SessionHighlight highlight_session(const ScheduleIndex& index, const std::string& text, int session, bool utf16_offsets) {
    return highlight_with_terms(index, session, parse_search_terms(text), utf16_offsets);
}

QueryResult run_query(const ScheduleIndex& index, const Query& query) {
    QueryResult result;
    run_query(index, query, result);
    return result;
}

void run_query(const ScheduleIndex& index, const Query& query, QueryResult& result) {
    result.total = index.size();
    result.terms = parse_search_terms(query.text);
    const ResolvedQuery q = resolve_query(index, query, result.terms);

    for (int d = 0; d < dimension_count; ++d) {
        const auto dimension = static_cast<Dimension>(d);
        result.facets[dimension].assign(index.values(dimension).size(), 0);
    }
    // The matches are collected as ranks (= display order) and turned into session indices last.
    std::vector<int>& ranks = result.sessions;
    if (q.any_dimension) {
        match_with_dimension_filters(index, q, ranks, result.facets);
    } else {
        match_without_dimension_filters(index, q, ranks, result.facets);
    }

    // Phase 3: the view.
    arrange_by_day(index, query.zone, ranks, result.days);
    result.now_next = q.has_now ? now_and_next(index, ranks, q.now) : NowNext{};
    const int* order = index.display_order().data();
    int* list = ranks.data();
    for (std::size_t i = 0, count = ranks.size(); i < count; ++i) list[i] = order[list[i]];  // ranks -> session indices
    result.conflicts = find_conflicts(index, q.favorites);
}

}  // namespace talkboard
