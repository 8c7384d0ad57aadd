#include "talkboard/session_finish.h"

#include "internal/fnv1a.h"
#include "internal/text.h"
#include "talkboard/limits.h"

namespace talkboard {

bool is_http_url(std::string_view url) {
    url = text::trim(url);  // compared ignoring case in place: asked of every link, no lowered copy
    return text::istarts_with(url, "http://") || text::istarts_with(url, "https://");
}

bool is_session_url(std::string_view url) {
    url = text::trim(url);
    if (url.empty() || url.front() == '#') return false;
    if (is_http_url(url)) return true;
    // A scheme is letters before ':' with no '/', '?' or '#' earlier: anything with one is refused.
    const std::size_t colon = url.find(':');
    const std::size_t first_delimiter = text::find_any(url, "/?#");
    if (colon != std::string_view::npos && (first_delimiter == std::string_view::npos || colon < first_delimiter)) return false;
    return !text::starts_with(url, "//");
}

bool add_resource(std::vector<Resource>& resources, ResourceKind kind, std::string_view url) {
    url = text::trim(url);
    if (!is_http_url(url) || resources.size() >= limits::max_session_resources) return false;
    for (const Resource& r : resources) {
        if (r.url == url) return false;
    }
    resources.push_back({kind, std::string(url)});
    return true;
}

const char* resource_kind_name(ResourceKind kind) { return kind == ResourceKind::slides ? "slides" : "video"; }

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
