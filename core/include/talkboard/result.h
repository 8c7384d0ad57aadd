// Errors are values. Every fallible public function returns Result<T>; the CLI and the
// JS layer each decide in one place how to show an Error.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace talkboard {

enum class ErrorCode {
    empty_input,        // zero bytes, or only whitespace
    too_large,          // input over a named limit (see limits.h)
    invalid_utf8,       // not valid UTF-8 (the message carries the byte offset)
    binary_input,       // NUL bytes or other control bytes: not a text post
    bad_frontmatter,    // frontmatter opened but never closed, or malformed beyond repair
    bad_json,           // JSON input that is not JSON, or of none of the accepted shapes (post
                        // envelope, frab/c3voc, pretalx), or with the wrong types
    no_sessions,        // the post parsed, but lists no talks
    io_error,           // the file could not be read (the CLI's; the core reads no files)
    json_unavailable,   // JSON input given to a build without the JSON reader (the markdown-only
                        // wasm module; see core/CMakeLists.txt)
    bad_calendar,       // a previously published iCalendar that cannot be read (published_calendar.h)
};

// A stable machine-readable name, e.g. "invalid_utf8". Never fails ("unknown" for a value
// outside the enum).
const char* error_code_name(ErrorCode code);

struct Error {
    ErrorCode code;
    std::string message;  // one human sentence, no trailing newline
};

template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(state_); }
    T& value() & { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

}  // namespace talkboard
