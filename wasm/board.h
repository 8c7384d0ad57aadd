// The object JS holds: one parsed post and its query index. Every method forwards to core/.
// bindings.cpp exports these as plain C functions (no embind: it was ~12 KB of wasm and half of
// the JS glue); web/src/core-loader.js wraps them in a small JS class `Board` with the same names.
//
// Everything crosses the boundary as UTF-8 text (see core view_json.h for the query shapes):
//   load(text)           -> {"ok": true} | {"ok": false, "error": {"code": "no_sessions", "message": "..."}}
//                           Errors: those of parse_post (post.h).
//   schedule()           -> schedule_to_json (the CLI's `parse` JSON: post, sessions, diagnostics)
//   post() / sessionIds() / session(i) -> the same in parts: the "post" object, the ids in order,
//                           one session ("null" out of range). The element asks for these rather
//                           than schedule(): a 10,000-session post's JSON took a fifth of its first
//                           render, and a page shows only a screenful of sessions.
//   dimensionValues()    -> dimension_values_to_json
//   query(q)             -> query_result_to_json(result, false): total, count, terms, conflicts,
//                           nowNext. The long lists stay in the board until the next query, for JS
//                           to read from wasm memory as Int32Arrays (90,000 numbers are no job for
//                           JSON): list(0) the matching sessions, list(1 + d) dimension d's facet
//                           counts, list(8) the slot runs (slot id, first, count triples; view.h).
//                           JS sends q as the flags below plus tagged strings (decode_query_strings).
//   slots()              -> the index's slots, once per load: [[day value id, start minute, "09:50"],
//                           ...], for the slot ids of the runs.
//   highlights(q, ids)   -> highlights_to_json for those sessions and q's text, in UTF-16 offsets:
//                           the element asks for the rows it renders, not for every match.
//   icsAll() / icsFavorites(ids) / icsSession(i) -> iCalendar text (icalendar.h); "" before load.
// Calls before a successful load() return empty answers, never crash.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "talkboard/query/query.h"
#include "talkboard/query/schedule_index.h"

namespace talkboard::wasm {

// The strings of a query, as JS packs them: repeated [tag byte][4-byte little-endian length][UTF-8],
// tag one of t (text), d (days), k (kinds), s (sections), p (speakers), o (orgs), r (rooms),
// T (tracks: upper case because t is the text), f (favorites).
// Unknown tags are skipped; a truncated record ends the list.
void decode_query_strings(std::string_view packed, Query& query);

// A list of strings packed the same way (every tag accepted), e.g. the favourite ids.
std::vector<std::string> decode_string_list(std::string_view packed);

class Board {
public:
    std::string load(const std::string& text);
    std::string schedule() const;
    std::string post() const;
    std::string sessionIds() const;
    std::string session(int session) const;
    std::string dimensionValues() const;
    std::string query(Query query);
    const std::vector<int>& lastSessions() const { return last_.sessions; }
    // The last query's lists: 0 sessions, 1..7 facet counts per dimension, 8 slot runs; else empty.
    const std::vector<int>& lastList(int which) const;
    std::string slots() const;
    std::string highlights(const Query& query, const int* sessions, std::size_t count) const;
    std::string icsAll() const;
    std::string icsFavorites(const std::vector<std::string>& ids) const;
    std::string icsSession(int session) const;

    // The last answer, kept so that JS can read it from wasm memory after the call returns.
    std::string answer;

private:
    std::unique_ptr<ScheduleIndex> index_;
    QueryResult last_;  // the last query's answer, its vectors reused by the next one
};

}  // namespace talkboard::wasm
