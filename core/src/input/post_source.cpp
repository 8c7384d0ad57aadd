#include "talkboard/input/post_source.h"

#include <cstdint>
#include <cstring>
#include <string>

#include "talkboard/limits.h"
#include "internal/text.h"

namespace talkboard {

namespace {

// Any C0 control byte other than tab, LF, CR, FF marks a binary file, not a post.
std::optional<std::size_t> find_control_byte(std::string_view input) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull;
    // Exactly the bytes of `eight` equal to `c` (their high bit set in the mask).
    auto equal_to = [&](std::uint64_t eight, unsigned char c) {
        const std::uint64_t x = eight ^ (c * ones);
        return ~(((x & lows) + lows) | x) & highs;
    };
    std::size_t i = 0;
    // Eight bytes at a time, the allowed controls (every line end) taken out exactly, so that text
    // never leaves this loop.
    for (; input.size() - i >= 8; i += 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, input.data() + i, 8);
        const std::uint64_t below_space = ~((eight & lows) + 0x60 * ones) & ~eight & highs;
        if (below_space == 0) continue;
        const std::uint64_t allowed = equal_to(eight, '\t') | equal_to(eight, '\n') | equal_to(eight, '\r') | equal_to(eight, '\f');
        if ((below_space & ~allowed) != 0) break;
    }
    for (; i < input.size(); ++i) {
        const auto c = static_cast<unsigned char>(input[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return i;
    }
    return std::nullopt;
}

// CRLF and lone CR become LF so that md4c, the frontmatter reader and line numbers agree.
std::string normalize_newlines(std::string_view input) {
    std::string out;
    out.reserve(input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (input[i] == '\r') {
            out += '\n';
            if (i + 1 < input.size() && input[i + 1] == '\n') ++i;
        } else {
            out += input[i];
        }
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
    if (auto at = text::find_invalid_utf8(input)) {
        return Error{ErrorCode::invalid_utf8, "input is not valid UTF-8 (first bad byte at offset " + std::to_string(*at + bom) + ")"};
    }
    if (auto at = find_control_byte(input)) {
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
