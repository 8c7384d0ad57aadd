// The query engine: what the reader typed and ticked in, what to show out.
//
//   ScheduleIndex index(std::move(schedule));      // once per post (schedule_index.h)
//   Query q;  q.text = "ebpf Zięba";  q.selected[Dimension::day] = {"2024-03-19"};
//   QueryResult r = run_query(index, q);           // on every keystroke or click
//
// The browser reaches run_query through wasm/ (embind: Query and QueryResult are value_objects,
// their field names the JS names) and only renders the result: it never filters, sorts, groups or
// parses. Every type here is a plain struct of strings, ints, doubles, bools and vectors (no
// std::optional, no string_view, no 64-bit ints: embind in Emscripten 3.1.6 binds none of them
// without extra flags), so the bindings register them as they are.
//
// Semantics
//  - Filters combine with AND across dimensions and OR within one: selected[day] = {"A","B"},
//    selected[kind] = {"keynote"} keeps keynotes on day A or day B. An empty list does not filter.
//    A value is matched case/accent-insensitively against the index's values
//    (ScheduleIndex::find_value); a value the schedule does not have matches no session (it is not
//    an error and is not ignored), so a stale selection shows an empty list rather than everything.
//    A session with no value in a dimension (no kind, no speakers, no room, no language) is dropped when that
//    dimension filters.
//  - Text: see parse_search_terms. Every term must occur (AND), each anywhere in the title, a
//    speaker's name or org, the abstract or the kind's label ("lightning" finds the lightning
//    talks: the title no longer carries the kind prefix the post wrote), as a substring of the
//    folded text (text_fold.h): "kapuscinska" finds "Kapuścińska", "netes" finds "Kubernetes".
//    Section, room, track and language are not searched (they are filters of their own).
//  - Order: by the time shown (view.h arrange_by_day: the event's own clock, or the reader's
//    offset), then the index's display order (date, start, title); never by relevance: a schedule
//    is read by time, and a relevance order would scatter a day's talks. In the event's own time
//    this is exactly the display order.
//  - favorites_only keeps sessions whose id is in `favorites` (unknown ids are ignored).
//  - hide_past drops sessions whose end (UTC; the start when there is no end) is before now_utc.
//    Floating sessions (no UTC time) are never hidden: their instant is unknown.
//  - now_utc == 0 (or NaN/inf) means "no instant": hide_past then hides nothing and now_next is empty.
//
// Costs, for n sessions and T bytes of session text: O(n + T * terms) per query, no allocation
// proportional to T. Measured natively (g++ -O2, 2-core VM under load, best of 15) at 100,000
// sessions with 18 MB of folded text: filters only 1.6-3 ms; one search term 2.5-8 ms; three
// terms ~12 ms. The tests check correctness at that size, never time.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "talkboard/query/schedule_index.h"
#include "talkboard/query/text_fold.h"
#include "talkboard/query/view.h"

namespace talkboard {

// Limits on the search text. A search box sends a few words; these bound the per-query work
// (each term is one pass over the candidates' text) against pasted novels.
inline constexpr std::size_t max_query_text_bytes = 1000;  // bytes beyond are ignored (cut at a code point)
inline constexpr std::size_t max_search_terms = 16;        // terms beyond are ignored

struct Query {
    std::string text;  // search box contents; "" = no text filter
    // The values ticked per dimension: "YYYY-MM-DD" days, kind tags ("lightning_talk"), section
    // headings, speaker names, organizations, rooms, tracks and languages, as ScheduleIndex::values
    // gives them.
    PerDimension<std::vector<std::string>> selected;
    bool favorites_only = false;
    std::vector<std::string> favorites;  // session ids the reader starred (also used for conflicts)
    bool hide_past = false;
    double now_utc = 0;  // seconds since the Unix epoch (JS: Date.now() / 1000); 0 = unknown
    ShownZone zone;      // the clock the answer's days and slots are read on (view.h)
};

// Where the search terms occur in one speaker, as ranges into the ORIGINAL strings.
struct SpeakerHighlight {
    std::vector<TextRange> name;
    std::vector<TextRange> org;  // empty when the speaker has no org
};

// Where the search terms occur in one session. Ranges are [begin, end) offsets into the original
// UTF-8 field (bytes, or UTF-16 units with utf16_offsets), widened to whole code points, sorted,
// with overlapping and touching ranges merged: wrap each in <mark> as it is.
struct SessionHighlight {
    int session = -1;
    std::vector<TextRange> title;
    std::vector<SpeakerHighlight> speakers;  // parallel to Session::speakers
    std::vector<TextRange> abstract;
};

// Facet counts per dimension, each parallel to ScheduleIndex::values(dimension) (fetch those lists
// once; only the counts change per query). counts[d][v] = the number of sessions that pass every
// filter except dimension d's own (text, the other dimensions, favorites_only, hide_past) and have
// value v: how many sessions the reader would see if d's selection were v alone.
// A session with two speakers counts once for each.
using FacetCounts = PerDimension<std::vector<int>>;

struct QueryResult {
    int total = 0;                   // sessions in the schedule
    std::vector<int> sessions;       // matching session indices, in view order (see Order above)
    std::vector<std::string> terms;  // the folded search terms that were applied
    FacetCounts facets;
    std::vector<DayGroup> days;      // `sessions` grouped by day and time slot (view.h): each slot
                                     // is a range of positions in `sessions`
    ConflictList conflicts;          // among all favorites, whatever the filters (view.h)
    NowNext now_next;                // among `sessions`, at now_utc (view.h)
};

// Splits search text into folded terms. Whitespace separates terms; a "double-quoted phrase" is
// one term that keeps its inner spaces (runs of spaces collapse to one; an unclosed quote runs to
// the end). Empty terms are dropped. Applies max_query_text_bytes and max_search_terms.
// parse_search_terms("  Cilium  \"Service  MESH\" Zięba") == {"cilium", "service mesh", "zieba"}.
std::vector<std::string> parse_search_terms(const std::string& text);

// Runs `query` over `index`. Never fails: unknown values, unknown favorite ids, odd text and an
// out-of-range zone give fewer matches or a clamped zone, never an error. O(n + T * terms) as above.
QueryResult run_query(const ScheduleIndex& index, const Query& query);
// The same into `result`, reusing its vectors' memory (a board that answers every keystroke keeps
// one QueryResult and allocates nothing proportional to the schedule per query).
void run_query(const ScheduleIndex& index, const Query& query, QueryResult& result);

// Where the terms of `text` (parse_search_terms) occur in one session, whether or not the session
// matches anything else: the UI asks for the rows it renders. `session` must be a valid index.
// utf16_offsets: ranges in UTF-16 code units (JS string indices) instead of UTF-8 bytes.
// O(size of the session's text * terms).
SessionHighlight highlight_session(const ScheduleIndex& index, const std::string& text, int session,
                                   bool utf16_offsets);

}  // namespace talkboard
