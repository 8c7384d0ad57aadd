#include "talkboard/input/post_head.h"

namespace talkboard {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::string_view post_head(std::string_view post, std::size_t max_bytes) {
    const std::string_view window = post.substr(0, max_bytes);
    // From the end: the last '\n' that closes a blank line, i.e. whose line holds only blanks and
    // follows another '\n'.
    std::size_t end = window.rfind('\n');
    while (end != std::string_view::npos && end > 0) {
        std::size_t start = end;
        while (start > 0 && is_blank(window[start - 1])) --start;
        if (start > 0 && window[start - 1] == '\n') return window.substr(0, end + 1);
        end = window.rfind('\n', end - 1);
    }
    return {};
}

}  // namespace talkboard
