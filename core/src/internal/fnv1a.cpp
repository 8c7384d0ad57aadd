#include "internal/fnv1a.h"

namespace talkboard {

std::uint64_t fnv1a64(std::string_view data, std::uint64_t hash) {
    for (char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

}  // namespace talkboard
