// JSON of the query engine's answers, for the wasm boundary (one string per call is simple and,
// per TOOLCHAIN.md, the second-fastest way to hand thousands of records to JS).
//
// Shapes (keys are a contract with web/src/; session numbers are indices into Schedule::sessions,
// the same order as the "sessions" array of schedule_to_json):
//
//   dimension_values_to_json:
//     {"day": [{"value": "2024-03-19", "label": "Tuesday, March 19"}, ...],
//      "kind": [...], "section": [...], "speaker": [...], "org": [...], "room": [...], "track": [...]}
//     (room and track are empty lists for a post: only imported schedules have them)
//
//   query_result_to_json:
//     {"total": 14, "sessions": [3, 0, ...], "terms": ["ebpf"],
//      "highlights": [{"session": 3, "title": [[0, 4]], "speakers": [{"name": [], "org": []}],
//                      "abstract": [[10, 14]]}],
//      "facets": {"day": [5, 9], "kind": [...], "section": [...], "speaker": [...], "org": [...],
//                 "room": [...], "track": [...]},
//      "groups": [{"date": "2024-03-19", "label": "Tuesday, March 19",
//                  "slots": [{"start": 590, "label": "09:50", "first": 0, "count": 2}]}],
//      "conflicts": {"pairs": [[1, 2]], "truncated": false},
//      "nowNext": {"now": [], "next": [4]}}
//   A slot's sessions are sessions[first, first + count) (view.h TimeSlot). With with_lists =
//   false, "sessions", "facets" and "groups" are left out and "count" (the number of sessions)
//   given instead: the wasm board hands those lists over as Int32Arrays (wasm/board.h), 90,000
//   numbers and 400 slots being no job for JSON.
//
//   highlights_to_json: [{"session": 3, "title": ..., "speakers": ..., "abstract": ...}, ...], the
//   shape of "highlights" above.
//   Ranges are [begin, end) pairs in whatever unit the query asked for (Query::utf16_offsets).
//   Facet count arrays are parallel to the value lists of dimension_values_to_json.
#pragma once

#include <string>

#include "talkboard/query/query.h"
#include "talkboard/query/schedule_index.h"

namespace talkboard {

// The distinct values of every dimension, with display labels. O(values).
std::string dimension_values_to_json(const ScheduleIndex& index);

// One query's answer, as described above. O(size of the result).
std::string query_result_to_json(const QueryResult& result, bool with_lists = true);

// Highlights alone (query.h highlight_session), as the "highlights" list above.
std::string highlights_to_json(const std::vector<SessionHighlight>& highlights);

}  // namespace talkboard
