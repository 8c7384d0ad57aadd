#include "talkboard/session_finish.h"

#include "internal/fnv1a.h"
#include "internal/text.h"

namespace talkboard {

bool is_http_url(std::string_view url) {
    const std::string lower = text::ascii_lower(url.substr(0, 8));
    return text::starts_with(lower, "http://") || text::starts_with(lower, "https://");
}

std::string SessionIds::next(std::initializer_list<std::string_view> key_parts) {
    // The parts are hashed one after the other, a U+001F between them, without building the key.
    std::uint64_t hash = fnv1a64_offset_basis;
    bool first = true;
    for (const std::string_view part : key_parts) {
        if (!first) hash = fnv1a64("\x1f", hash);
        hash = fnv1a64(part, hash);
        first = false;
    }
    std::string id = text::padded_hex(hash & 0xFFFFFFFFFFFFull, 12);
    const int seen = seen_[id]++;
    if (seen > 0) id += "-" + std::to_string(seen + 1);
    return id;
}

}  // namespace talkboard
