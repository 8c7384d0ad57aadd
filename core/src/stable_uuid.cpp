#include "talkboard/stable_uuid.h"

#include <cstdio>

namespace talkboard {

std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed) {
    std::uint64_t hash = seed;
    for (char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

namespace {

// FNV-1a barely stirs the bits of its last byte: keys that differ only at the end ("...a01",
// "...a02") would share most digits. The splitmix64 finalizer spreads every bit over the word.
std::uint64_t mix(std::uint64_t x) {
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

}  // namespace

std::string stable_uuid(std::string_view key) {
    const std::uint64_t high = mix(fnv1a64(key));
    // A second, independent stream: another seed.
    const std::uint64_t low = mix(fnv1a64(key, fnv1a64("talkboard-uuid-low")));
    const auto part = [](std::uint64_t bits, int shift, std::uint64_t mask) {
        return static_cast<unsigned long long>((bits >> shift) & mask);
    };
    char buffer[96];  // 36 used; sized for what the compiler cannot prove about the masks
    std::snprintf(buffer, sizeof buffer, "%08llx-%04llx-8%03llx-%04llx-%012llx", part(high, 32, 0xFFFFFFFFull),
                  part(high, 16, 0xFFFFull), part(high, 0, 0xFFFull), (part(low, 48, 0x3FFFull) | 0x8000ull),
                  part(low, 0, 0xFFFFFFFFFFFFull));
    return buffer;
}

std::string stable_hex_id(std::string_view key) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%012llx", static_cast<unsigned long long>(mix(fnv1a64(key)) & 0xFFFFFFFFFFFFull));
    return buffer;
}

}  // namespace talkboard
