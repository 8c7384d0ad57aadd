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

const std::vector<std::string>& selection_of(const Query& query, int dimension) {
    switch (static_cast<Dimension>(dimension)) {
        case Dimension::day: return query.days;
        case Dimension::kind: return query.kinds;
        case Dimension::section: return query.sections;
        case Dimension::speaker: return query.speakers;
        case Dimension::org: return query.orgs;
        case Dimension::room: return query.rooms;
        case Dimension::track: break;
    }
    return query.tracks;
}

std::vector<int>& counts_of(FacetCounts& facets, int dimension) {
    switch (static_cast<Dimension>(dimension)) {
        case Dimension::day: return facets.days;
        case Dimension::kind: return facets.kinds;
        case Dimension::section: return facets.sections;
        case Dimension::speaker: return facets.speakers;
        case Dimension::org: return facets.orgs;
        case Dimension::room: return facets.rooms;
        case Dimension::track: break;
    }
    return facets.tracks;
}

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

SessionHighlight highlight_session(const ScheduleIndex& index, const Query& query, int session) {
    return highlight_with_terms(index, session, parse_search_terms(query.text), query.utf16_offsets);
}

QueryResult run_query(const ScheduleIndex& index, const Query& query) {
    QueryResult result;
    run_query(index, query, result);
    return result;
}

void run_query(const ScheduleIndex& index, const Query& query, QueryResult& result) {
    const int n = index.size();
    result.total = n;
    result.terms = parse_search_terms(query.text);
    result.highlights.clear();
    result.groups.clear();
    result.now_next = NowNext{};
    result.conflicts = ConflictList{};

    DimensionFilter filters[dimension_count];
    bool any_dimension = false;
    for (int d = 0; d < dimension_count; ++d) {
        const auto dimension = static_cast<Dimension>(d);
        const std::vector<std::string>& wanted = selection_of(query, d);
        filters[d].active = !wanted.empty();
        any_dimension = any_dimension || filters[d].active;
        if (filters[d].active) {
            filters[d].selected.assign(index.values(dimension).size(), 0);
            for (const std::string& value : wanted) {
                const int id = index.find_value(dimension, value);
                if (id >= 0) filters[d].selected[static_cast<std::size_t>(id)] = 1;
            }
        }
        counts_of(result.facets, d).assign(index.values(dimension).size(), 0);
    }

    std::vector<int> favorites;
    for (const std::string& id : query.favorites) index.find_sessions_by_id(id, favorites);
    std::vector<char> is_favorite(query.favorites_only ? static_cast<std::size_t>(n) : 0, 0);  // by rank
    if (query.favorites_only) {
        for (int s : favorites) is_favorite[static_cast<std::size_t>(index.display_rank(s))] = 1;
    }

    // Seconds beyond +-2^53 (285 million years) are clamped: the cast below must not overflow.
    const bool has_now = std::isfinite(query.now_utc) && query.now_utc != 0;
    const double max_seconds = 9007199254740992.0;
    const auto now = has_now ? static_cast<std::int64_t>(std::floor(std::clamp(query.now_utc, -max_seconds, max_seconds))) : 0;
    const bool hide_past = query.hide_past && has_now;

    // Every term's bytes must occur in a session's text: sessions whose byte mask lacks one are out
    // without a look at their text, and terms the mask alone decides need no search at all.
    std::uint64_t need_bytes = 0;
    for (const std::string& term : result.terms) need_bytes |= byte_mask(term);
    std::vector<std::string> terms_to_search;
    for (const std::string& term : result.terms) {
        if (!byte_mask_decides(term)) terms_to_search.push_back(term);
    }
    const std::uint64_t* masks = index.byte_masks().data();

    // The matches are collected as ranks (= display order) and turned into session indices last.
    std::vector<int>& ranks = result.sessions;
    if (!any_dimension) {
        // No dimension filters: every facet counts the same set, the matches. The loops below run
        // over every session on plain arrays (see ScheduleIndex::value_offsets).
        // Written in place, then cut to size; growing only past the last answer's size (a reused
        // result) saves zeroing every element first.
        if (ranks.size() < static_cast<std::size_t>(n)) ranks.resize(static_cast<std::size_t>(n));
        int* out = ranks.data();
        int kept = 0;
        if (!query.favorites_only && !hide_past) {
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
            const char* favorite = is_favorite.data();
            const SessionTimes* times = index.times().data();
            for (int r = 0; r < n; ++r) {
                if ((masks[r] & need_bytes) != need_bytes) continue;
                if (query.favorites_only && !favorite[r]) continue;
                if (hide_past && times[r].has_utc && times[r].utc_last < now) continue;
                out[kept++] = r;
            }
        }
        ranks.resize(static_cast<std::size_t>(kept));
        filter_by_terms(index, terms_to_search, ranks);
        // Count the matches, or, when they are most of the schedule, subtract the others from the
        // totals (a one-letter search keeps nine sessions in ten).
        const bool by_complement = ranks.size() * 2 > static_cast<std::size_t>(n);
        std::vector<int> others;  // by_complement: the ranks that do not match
        if (by_complement && terms_to_search.empty() && !query.favorites_only && !hide_past) {
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
        } else if (by_complement) {
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
        const std::vector<int>& counted = by_complement ? others : ranks;
        const int* list = counted.data();
        const int listed = static_cast<int>(counted.size());
        const int step = by_complement ? -1 : 1;
        for (int d = 0; d < dimension_count; ++d) {
            const auto dimension = static_cast<Dimension>(d);
            if (index.values(dimension).empty()) continue;
            std::vector<int>& counts_vector = counts_of(result.facets, d);
            if (by_complement) counts_vector = index.value_totals(dimension);
            int* counts = counts_vector.data();
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
    } else {
        ranks.clear();
        // Pass 1, by rank: every filter but text, as failure bits. Only sessions that fail at most
        // one dimension (and nothing else) can count anywhere, so only they need the text search.
        std::vector<FailBits> failed(static_cast<std::size_t>(n), 0);
        std::vector<int> need_text;  // ranks
        for (int r = 0; r < n; ++r) {
            unsigned bits = 0;
            for (int d = 0; d < dimension_count; ++d) {
                if (!filters[d].active) continue;
                const auto [begin, end] = index.values_at(static_cast<Dimension>(d), r);
                if (std::none_of(begin, end, [&](int id) { return filters[d].selected[static_cast<std::size_t>(id)] != 0; })) {
                    bits |= 1u << d;
                }
            }
            if (query.favorites_only && !is_favorite[static_cast<std::size_t>(r)]) bits |= fail_favorite;
            if (hide_past && index.times_at(r).has_utc && index.times_at(r).utc_last < now) bits |= fail_past;
            if (!result.terms.empty() && (bits & (bits - 1)) == 0 && bits < fail_favorite &&
                (masks[r] & need_bytes) == need_bytes) {
                need_text.push_back(r);
            }
            if (!result.terms.empty()) bits |= fail_text;
            failed[static_cast<std::size_t>(r)] = static_cast<FailBits>(bits);
        }
        if (!result.terms.empty()) {
            filter_by_terms(index, terms_to_search, need_text);
            for (int r : need_text) failed[static_cast<std::size_t>(r)] &= static_cast<FailBits>(~fail_text);
        }

        // Pass 2, by rank (= display order): collect matches and count facets.
        for (int r = 0; r < n; ++r) {
            const unsigned bits = failed[static_cast<std::size_t>(r)];
            if (bits != 0 && ((bits & (bits - 1)) != 0 || bits >= fail_favorite)) continue;
            if (bits == 0) ranks.push_back(r);
            for (int d = 0; d < dimension_count; ++d) {
                if (bits != 0 && bits != (1u << d)) continue;
                std::vector<int>& counts = counts_of(result.facets, d);
                const auto [begin, end] = index.values_at(static_cast<Dimension>(d), r);
                for (const int* id = begin; id != end; ++id) ++counts[static_cast<std::size_t>(*id)];
            }
        }
    }

    slot_runs_of_ranks(index, ranks, result.slot_runs);
    if (query.with_groups) result.groups = group_ranks_by_day(index, ranks);
    if (has_now) result.now_next = now_and_next_of_ranks(index, ranks, now);
    const int* order = index.display_order().data();
    int* list = ranks.data();
    for (std::size_t i = 0, count = ranks.size(); i < count; ++i) list[i] = order[list[i]];  // ranks -> session indices

    if (!result.terms.empty()) {
        const std::size_t limit = query.highlight_limit < 0 ? result.sessions.size()
                                                            : std::min(result.sessions.size(), static_cast<std::size_t>(query.highlight_limit));
        result.highlights.reserve(limit);
        for (std::size_t i = 0; i < limit; ++i) {
            result.highlights.push_back(highlight_with_terms(index, result.sessions[i], result.terms, query.utf16_offsets));
        }
    }
    result.conflicts = find_conflicts(index, favorites);
}

}  // namespace talkboard
