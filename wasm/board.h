// The object JS holds (embind class_<Board>, registered in bindings.cpp): one post, fed to it as it
// arrives, then its query index. Every method forwards to core/; what is here is the keeping of
// state between calls and the conversions embind cannot do by itself.
//
// Calls before a successful load() give empty answers (no sessions, empty calendars), never a crash;
// a session number out of range gives a card or highlight with session -1.
#pragma once

#include <emscripten/val.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "talkboard/query/query.h"
#include "talkboard/query/schedule_index.h"
#include "talkboard/query/session_card.h"
#include "talkboard/query/speaker_list.h"
#include "talkboard/query/timetable.h"

namespace talkboard::wasm {

// What load() answers: errors are values (result.h), never exceptions.
struct LoadResult {
    bool ok = false;
    std::string error;    // error_code_name ("no_sessions", "too_large", ...); "" when ok
    std::string message;  // one human sentence; "" when ok
    int sessions = 0;     // how many sessions the post has; 0 unless ok
};

class Board {
public:
    // Makes room for `bytes` more bytes of input and returns them as a Uint8Array over wasm memory,
    // for JS to fill at once (the view is valid until the next call into the module). Input beyond
    // limits::max_input_bytes is not kept: the view is then empty and load() answers too_large.
    emscripten::val inputSpace(int bytes);
    // Reads the input fed so far (post.h parse_post, without diagnostics: the page shows none) and
    // indexes it, then lets the input go.
    // With `head_bytes` > 0 it reads only the input's head (input/post_head.h: at most that many
    // bytes, cut after a blank line) and keeps the input: what a page shows of a big post while
    // the rest arrives and is read, by a later load() that replaces this index (session numbers
    // are not kept: the head's session 3 need not be the post's).
    // Errors: those of parse_post (empty_input also for a head without a blank line); too_large
    // when more than max_input_bytes were fed.
    // `address`: where the post comes from (its URL, or the page's), or "": parse_post's address.
    LoadResult load(const std::string& address, int head_bytes);

    int size() const { return index_ ? index_->size() : 0; }
    // The post's frontmatter as {key: "value" | ["a", "b"]}, in the author's order.
    emscripten::val post() const;
    // The values of each dimension (facet counts of query() are parallel to them).
    const PerDimension<std::vector<DimensionValue>>& values() const;
    // run_query (query.h); the answer's long lists reach JS as Int32Arrays (js_values.h).
    const QueryResult& query(const Query& query);
    // The last query's answer as a timetable (timetable.h) and as speakers (speaker_list.h): the
    // views the element loads on demand. Before any query: no days, no speakers.
    Timetable timetable() const;
    std::vector<SpeakerEntry> speakers() const;
    // The session index of each id, parallel to `ids`; -1 for an id the post does not have.
    std::vector<int> sessionsWithIds(const std::vector<std::string>& ids) const;
    // session_card / highlight_session (in UTF-16 offsets, as JS indexes strings).
    SessionCard card(int session) const;
    SessionHighlight highlight(const std::string& text, int session) const;
    // iCalendar (icalendar.h) of every session, or of the sessions with these ids in that order
    // (unknown ids are skipped; no ids, or none known, is a calendar without events).
    std::string calendarAll() const;
    std::string calendarOf(const std::vector<std::string>& ids) const;

private:
    std::string input_;
    bool input_too_large_ = false;
    std::unique_ptr<ScheduleIndex> index_;
    QueryResult last_;  // the last query's answer, its vectors reused by the next one
    Query last_query_;  // and the query it answered (its clock and instant lay out the timetable)
};

// Bytes malloc has handed out and not had back, and the size of the wasm memory (read-only, for
// the long-session memory test: the memory itself only grows once the heap's free space is used
// up, so it hides a slow leak that the heap count shows).
std::size_t heap_used_bytes();
std::size_t memory_bytes();

}  // namespace talkboard::wasm
