// The object JS holds: one parsed post and its query index. Conversions between embind values and
// core types live here (board.cpp); bindings.cpp only registers. Every method forwards to core/.
//
// Everything crosses the boundary as a JSON string (see core view_json.h for the query shapes):
//   load(text)           -> {"ok": true} | {"ok": false, "error": {"code": "no_sessions", "message": "..."}}
//                           Errors: those of parse_post (post.h).
//   schedule()           -> schedule_to_json (the CLI's `parse` JSON: post, sessions, diagnostics)
//   dimensionValues()    -> dimension_values_to_json
//   query(q)             -> query_result_to_json; q is a plain JS object
//                           {text, days, kinds, sections, speakers, orgs, favoritesOnly, hidePast,
//                            now, favorites}; missing keys mean "no filter". Highlights are in UTF-16.
//   icsAll() / icsFavorites(ids) / icsSession(i) -> iCalendar text (icalendar.h); "" before load.
// Calls before a successful load() return empty answers, never crash.
#pragma once

#include <emscripten/val.h>

#include <memory>
#include <string>

#include "talkboard/schedule_index.h"

namespace talkboard::wasm {

class Board {
public:
    std::string load(const std::string& text);
    std::string schedule() const;
    std::string dimensionValues() const;
    std::string query(const emscripten::val& query) const;
    std::string icsAll() const;
    std::string icsFavorites(const emscripten::val& ids) const;
    std::string icsSession(int session) const;

private:
    std::unique_ptr<ScheduleIndex> index_;
};

}  // namespace talkboard::wasm
