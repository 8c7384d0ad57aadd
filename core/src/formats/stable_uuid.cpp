#include "talkboard/formats/stable_uuid.h"

#include "internal/fnv1a.h"
#include "internal/text.h"

namespace talkboard {

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
    return text::padded_hex(part(high, 32, 0xFFFFFFFFull), 8) + '-' + text::padded_hex(part(high, 16, 0xFFFFull), 4) +
           "-8" + text::padded_hex(part(high, 0, 0xFFFull), 3) + '-' +
           text::padded_hex(part(low, 48, 0x3FFFull) | 0x8000ull, 4) + '-' +
           text::padded_hex(part(low, 0, 0xFFFFFFFFFFFFull), 12);
}

}  // namespace talkboard
