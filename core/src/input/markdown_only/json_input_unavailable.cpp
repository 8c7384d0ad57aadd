// The markdown-only core's stand-in for json_input.cpp. Readers of a markdown post should not
// download a JSON parser they never use: simdjson and the schedule readers are about 37 KB of the
// 118 KB gzipped wasm. The browser's post module links this file instead, and the loader picks
// the full module for JSON (web/src/core-loader.js); this error is what a wrong pick would show.
#include "talkboard/input/post_source.h"

namespace talkboard {

Result<PostSource> read_json_input(std::string_view) {
    return Error{ErrorCode::json_unavailable,
                 "this build of the core reads markdown posts only; JSON schedules need the full core"};
}

}  // namespace talkboard
