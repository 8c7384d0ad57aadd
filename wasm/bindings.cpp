// Registration only: the Board class (board.h) is the whole JS API of the core.
#include <emscripten/bind.h>

#include "board.h"

EMSCRIPTEN_BINDINGS(talkboard) {
    emscripten::class_<talkboard::wasm::Board>("Board")
        .constructor<>()
        .function("load", &talkboard::wasm::Board::load)
        .function("schedule", &talkboard::wasm::Board::schedule)
        .function("dimensionValues", &talkboard::wasm::Board::dimensionValues)
        .function("query", &talkboard::wasm::Board::query)
        .function("icsAll", &talkboard::wasm::Board::icsAll)
        .function("icsFavorites", &talkboard::wasm::Board::icsFavorites)
        .function("icsSession", &talkboard::wasm::Board::icsSession);
}
