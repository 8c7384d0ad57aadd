// Registration only: the Board class (board.h) as plain C exports. Each call leaves its answer in
// board->answer and returns a pointer to it (valid until the next call on that board); JS reads
// tb_answer_size() bytes from there. Input text arrives in buffers JS got from tb_alloc.
#include <emscripten/emscripten.h>

#include <malloc.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "board.h"

using talkboard::wasm::Board;

namespace {
const char* answer(Board* board, std::string text) {
    board->answer = std::move(text);
    return board->answer.c_str();
}
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* tb_alloc(std::size_t bytes) { return std::malloc(bytes ? bytes : 1); }
EMSCRIPTEN_KEEPALIVE void tb_free(void* pointer) { std::free(pointer); }
// Bytes malloc has handed out and not had back (read-only; the long-session memory test watches it:
// the wasm memory itself only grows once the heap's free space is used up, so it hides a slow leak).
EMSCRIPTEN_KEEPALIVE std::size_t tb_heap_used() { return mallinfo().uordblks; }

EMSCRIPTEN_KEEPALIVE Board* tb_board_new() { return new Board(); }
EMSCRIPTEN_KEEPALIVE void tb_board_delete(Board* board) { delete board; }
EMSCRIPTEN_KEEPALIVE std::size_t tb_answer_size(Board* board) { return board->answer.size(); }

EMSCRIPTEN_KEEPALIVE const char* tb_load(Board* board, const char* text, std::size_t size) {
    return answer(board, board->load(std::string(text, size)));
}
EMSCRIPTEN_KEEPALIVE const char* tb_schedule(Board* board) { return answer(board, board->schedule()); }
EMSCRIPTEN_KEEPALIVE const char* tb_post(Board* board) { return answer(board, board->post()); }
EMSCRIPTEN_KEEPALIVE const char* tb_session_ids(Board* board) { return answer(board, board->sessionIds()); }
EMSCRIPTEN_KEEPALIVE const char* tb_session(Board* board, int session) { return answer(board, board->session(session)); }
EMSCRIPTEN_KEEPALIVE const char* tb_dimension_values(Board* board) { return answer(board, board->dimensionValues()); }

EMSCRIPTEN_KEEPALIVE const char* tb_query(Board* board, const char* packed, std::size_t size, int favorites_only,
                                          int hide_past, double now_utc) {
    talkboard::Query query;
    talkboard::wasm::decode_query_strings(std::string_view(packed, size), query);
    query.favorites_only = favorites_only != 0;
    query.hide_past = hide_past != 0;
    query.now_utc = now_utc;
    return answer(board, board->query(std::move(query)));
}

// The lists of the last tb_query (board.h lastList): int32 arrays in wasm memory, valid until the
// next query on that board.
EMSCRIPTEN_KEEPALIVE const int* tb_query_list(Board* board, int which) { return board->lastList(which).data(); }
EMSCRIPTEN_KEEPALIVE std::size_t tb_query_list_size(Board* board, int which) { return board->lastList(which).size(); }
EMSCRIPTEN_KEEPALIVE const char* tb_slots(Board* board) { return answer(board, board->slots()); }

// Highlights of `count` sessions (an int32 array JS got from tb_alloc) for the packed query's text.
EMSCRIPTEN_KEEPALIVE const char* tb_highlights(Board* board, const char* packed, std::size_t size, const int* sessions,
                                               std::size_t count) {
    talkboard::Query query;
    talkboard::wasm::decode_query_strings(std::string_view(packed, size), query);
    return answer(board, board->highlights(query, sessions, count));
}

EMSCRIPTEN_KEEPALIVE const char* tb_ics_all(Board* board) { return answer(board, board->icsAll()); }
EMSCRIPTEN_KEEPALIVE const char* tb_ics_favorites(Board* board, const char* packed, std::size_t size) {
    return answer(board, board->icsFavorites(talkboard::wasm::decode_string_list(std::string_view(packed, size))));
}
EMSCRIPTEN_KEEPALIVE const char* tb_ics_session(Board* board, int session) {
    return answer(board, board->icsSession(session));
}

}  // extern "C"
