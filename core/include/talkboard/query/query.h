// The query engine: what the reader typed and ticked in, what to show out.
//
//   ScheduleIndex index(std::move(schedule));      // once per post (schedule_index.h)
//   Query q;  q.text = "ebpf Zięba";  q.days = {"2024-03-19"};
//   QueryResult r = run_query(index, q);           // on every keystroke or click
//
// The browser UI reaches run_query through wasm/ and only renders the result: it never filters,
// sorts or parses. Every type here is a plain struct of strings, ints, doubles, bools and vectors
// (no std::optional, no string_view, no 64-bit ints: embind in Emscripten 3.1.6 binds int64_t only
// with -sWASM_BIGINT and then demands BigInt from JS), so bindings can register them as they are
// (value_object / register_vector) or serialize them (view_json.h).
//
// Semantics
//  - Filters combine with AND across dimensions and OR within one: days={"A","B"}, kinds={"keynote"}
//    keeps keynotes on day A or day B. An empty list does not filter. A value is matched
//    case/accent-insensitively against the index's values (ScheduleIndex::find_value); a value the
//    schedule does not have matches no session (it is not an error and is not ignored), so a stale
//    selection shows an empty list rather than everything. A session with no value in a dimension
//    (no kind, no speakers, no room) is dropped when that dimension filters.
//  - Text: see parse_search_terms. Every term must occur (AND), each anywhere in the title, a
//    speaker's name or org, the abstract or the kind's label ("lightning" finds the lightning
//    talks: the title no longer carries the kind prefix the post wrote), as a substring of the
//    folded text (text_fold.h): "kapuscinska" finds "Kapuścińska", "netes" finds "Kubernetes".
//    Section, room and track are not searched (they are filters of their own).
//  - Order: results stay in the index's chronological display order (date, start, title), never by
//    relevance: a schedule is read by time, and a relevance order would scatter a day's talks.
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
// How many sessions run_query highlights by default: more than a screen, far fewer than 100,000.
inline constexpr int default_highlight_limit = 500;

struct Query {
    std::string text;                    // search box contents; "" = no text filter
    std::vector<std::string> days;       // "YYYY-MM-DD" values of Dimension::day
    std::vector<std::string> kinds;      // kind tags: "keynote", "lightning_talk", ...
    std::vector<std::string> sections;   // section headings as written
    std::vector<std::string> speakers;   // speaker names
    std::vector<std::string> orgs;       // organizations
    std::vector<std::string> rooms;      // room names (imported schedules: Session::room)
    std::vector<std::string> tracks;     // track names (imported schedules: Session::track)
    bool favorites_only = false;
    std::vector<std::string> favorites;  // session ids the reader starred (also used for conflicts)
    bool hide_past = false;
    double now_utc = 0;                  // seconds since the Unix epoch (JS: Date.now() / 1000); 0 = unknown
    int highlight_limit = default_highlight_limit;  // highlight the first N results; < 0 = all
    bool utf16_offsets = false;          // highlight ranges in UTF-16 code units (JS string indices)
                                         // instead of UTF-8 bytes
    bool with_groups = true;             // false: QueryResult::groups stays empty (slot_runs only)
};

// Where the search terms occur in one speaker, as ranges into the ORIGINAL strings.
struct SpeakerHighlight {
    std::vector<TextRange> name;
    std::vector<TextRange> org;  // empty when the speaker has no org
};

// Where the search terms occur in one session. Ranges are [begin, end) offsets into the original
// UTF-8 field (bytes, or UTF-16 units with Query::utf16_offsets), widened to whole code points,
// sorted, with overlapping and touching ranges merged: wrap each in <mark> as it is.
struct SessionHighlight {
    int session = -1;
    std::vector<TextRange> title;
    std::vector<SpeakerHighlight> speakers;  // parallel to Session::speakers
    std::vector<TextRange> abstract;
};

// Facet counts, each parallel to ScheduleIndex::values(dimension) (fetch those lists once; only
// the counts change per query). count[v] = the number of sessions that pass every filter except
// this dimension's own (text, the other dimensions, favorites_only, hide_past) and have value v:
// how many sessions the reader would see if this dimension's selection were v alone.
// A session with two speakers counts once for each.
struct FacetCounts {
    std::vector<int> days;
    std::vector<int> kinds;
    std::vector<int> sections;
    std::vector<int> speakers;
    std::vector<int> orgs;
    std::vector<int> rooms;
    std::vector<int> tracks;
};

struct QueryResult {
    int total = 0;                   // sessions in the schedule
    std::vector<int> sessions;       // matching session indices, in display order
    std::vector<std::string> terms;  // the folded search terms that were applied
    // Highlights for sessions[0 .. min(highlight_limit, sessions.size())), in that order; empty when
    // there are no terms. Others on demand with highlight_session().
    std::vector<SessionHighlight> highlights;
    FacetCounts facets;
    std::vector<DayGroup> groups;    // `sessions` grouped by day and time slot (view.h): each slot
                                     // is a range of positions in `sessions`
    std::vector<int> slot_runs;      // the same grouping as (slot id, first, count) triples
                                     // (view.h slot_runs_of_ranks), without labels
    ConflictList conflicts;          // among all favorites, whatever the filters (view.h)
    NowNext now_next;                // among `sessions`, at now_utc (view.h)
};

// Splits search text into folded terms. Whitespace separates terms; a "double-quoted phrase" is
// one term that keeps its inner spaces (runs of spaces collapse to one; an unclosed quote runs to
// the end). Empty terms are dropped. Applies max_query_text_bytes and max_search_terms.
// parse_search_terms("  Cilium  \"Service  MESH\" Zięba") == {"cilium", "service mesh", "zieba"}.
std::vector<std::string> parse_search_terms(const std::string& text);

// Runs `query` over `index`. Never fails: unknown values, unknown favorite ids and odd text give
// fewer matches, never an error. O(n + T * terms) as above.
QueryResult run_query(const ScheduleIndex& index, const Query& query);
// The same into `result`, reusing its vectors' memory (a board that answers every keystroke keeps
// one QueryResult and allocates nothing proportional to the schedule per query).
void run_query(const ScheduleIndex& index, const Query& query, QueryResult& result);

// The highlight of one session for `query`'s text (whether or not the session matches the rest of
// the query). `session` must be a valid index. O(size of the session's text * terms).
SessionHighlight highlight_session(const ScheduleIndex& index, const Query& query, int session);

}  // namespace talkboard
