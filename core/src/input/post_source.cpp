#include "talkboard/input/post_source.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "talkboard/limits.h"
#include "internal/text.h"

namespace talkboard {

namespace {

// CRLF and lone CR become LF so that md4c, the frontmatter reader and line numbers agree.
std::string normalize_newlines(std::string_view input) {
    std::string out;
    out.reserve(input.size());
    // Copied a run at a time: the text between two CRs is the post's own.
    for (std::size_t i = 0; i < input.size();) {
        const std::size_t cr = std::min(input.find('\r', i), input.size());
        out.append(input, i, cr - i);
        if (cr == input.size()) break;
        out += '\n';
        i = cr + 1 < input.size() && input[cr + 1] == '\n' ? cr + 2 : cr + 1;
    }
    return out;
}

}  // namespace

Result<PostSource> read_post_source(std::string_view input) {
    if (input.size() > limits::max_input_bytes) {
        return Error{ErrorCode::too_large, "input is " + std::to_string(input.size()) + " bytes; the limit is " +
                                               std::to_string(limits::max_input_bytes) + " bytes"};
    }
    // A BOM is dropped; offsets in messages still count it, as the file has it.
    const std::size_t bom = text::starts_with(input, "\xEF\xBB\xBF") ? 3 : 0;
    input.remove_prefix(bom);
    if (text::trim(input).empty()) return Error{ErrorCode::empty_input, "input is empty"};
    // Any C0 control byte other than tab, LF, CR, FF marks a binary file, not a post (found by the
    // same pass; bad UTF-8 is reported first).
    std::optional<std::size_t> control_byte;
    if (auto at = text::find_invalid_utf8(input, &control_byte)) {
        return Error{ErrorCode::invalid_utf8, "input is not valid UTF-8 (first bad byte at offset " + std::to_string(*at + bom) + ")"};
    }
    if (auto at = control_byte) {
        return Error{ErrorCode::binary_input,
                     "input looks binary: control byte at offset " + std::to_string(*at + bom) + " is not allowed in a post"};
    }
    // The usual post has no CR and is read where it is (the readers keep what they need of it).
    std::string without_cr;
    std::string_view normalized = input;
    if (input.find('\r') != std::string_view::npos) normalized = without_cr = normalize_newlines(input);
    const std::string_view view = text::trim(normalized);
    // Only '{': a markdown post may well start with '[' (a talk link).
    if (!view.empty() && view.front() == '{' && !starts_with_json_frontmatter(normalized)) {
        // An envelope body's own line ends are escaped inside the JSON string: normalize them once decoded.
        Result<PostSource> source = read_json_input(normalized);
        if (source && source.value().body.find('\r') != std::string::npos) source.value().body = normalize_newlines(source.value().body);
        return source;
    }
    return read_markdown_post(normalized);
}

}  // namespace talkboard
