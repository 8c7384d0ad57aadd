#include "talkboard/result.h"

namespace talkboard {

const char* error_code_name(ErrorCode code) {
    switch (code) {
        case ErrorCode::empty_input: return "empty_input";
        case ErrorCode::too_large: return "too_large";
        case ErrorCode::invalid_utf8: return "invalid_utf8";
        case ErrorCode::binary_input: return "binary_input";
        case ErrorCode::bad_frontmatter: return "bad_frontmatter";
        case ErrorCode::bad_json: return "bad_json";
        case ErrorCode::no_sessions: return "no_sessions";
        case ErrorCode::io_error: return "io_error";
        case ErrorCode::json_unavailable: return "json_unavailable";
        case ErrorCode::bad_calendar: return "bad_calendar";
    }
    return "unknown";
}

}  // namespace talkboard
