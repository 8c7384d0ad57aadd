#include "talkboard/query/term_finder.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#define TALKBOARD_TERM_FINDER_SSE2 1
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#define TALKBOARD_TERM_FINDER_WASM_SIMD 1
#endif

namespace talkboard {
namespace {

// How common a byte is in folded English text; lower = more common, 255 = rare.
int commonness_rank(char byte) {
    static const std::array<std::uint8_t, 256> ranks = [] {
        std::array<std::uint8_t, 256> r{};
        r.fill(255);
        constexpr std::string_view by_frequency = " etaoinsrhldcumfpgwybv,.k-x0j12q3z5_:/9";
        for (std::size_t i = 0; i < by_frequency.size(); ++i) r[static_cast<unsigned char>(by_frequency[i])] = static_cast<std::uint8_t>(i);
        return r;
    }();
    return ranks[static_cast<unsigned char>(byte)];
}

// memcmp for the short terms searched here, without a library call per candidate.
bool same_bytes(const char* a, const char* b, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] != b[i]) return false;
    }
    return true;
}

int mask_bit(unsigned char byte) {
    if (byte >= 'a' && byte <= 'z') return byte - 'a';
    if (byte >= '0' && byte <= '9') return 26 + (byte - '0');
    return 36 + byte % 28;
}

}  // namespace

std::uint64_t byte_mask(std::string_view text) {
    static const std::array<std::uint64_t, 256> bits = [] {
        std::array<std::uint64_t, 256> b{};
        for (int i = 1; i < 256; ++i) b[static_cast<std::size_t>(i)] = std::uint64_t{1} << mask_bit(static_cast<unsigned char>(i));
        return b;
    }();
    std::uint64_t mask = 0;
    for (const char c : text) mask |= bits[static_cast<unsigned char>(c)];
    return mask;
}

bool byte_mask_decides(std::string_view term) {
    if (term.size() != 1) return false;
    const auto byte = static_cast<unsigned char>(term[0]);
    return (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9');
}

TermFinder::TermFinder(std::string_view term) : term_(term) {
    if (term.empty()) return;
    const auto rarer = [&](std::size_t a, std::size_t b) { return commonness_rank(term[a]) > commonness_rank(term[b]); };
    for (std::size_t i = 1; i < term.size(); ++i) {
        if (rarer(i, rare1_)) rare1_ = i;
    }
    rare2_ = rare1_ == 0 ? term.size() - 1 : 0;
    for (std::size_t i = 0; i < term.size(); ++i) {
        if (i != rare1_ && rarer(i, rare2_)) rare2_ = i;
    }
    if (rare1_ > rare2_) std::swap(rare1_, rare2_);
}

// Candidate starts [start, last]: memchr for the rarest byte, memcmp around it.
std::size_t TermFinder::scalar_find(const char* base, const char* start, const char* last) const {
    const std::size_t rare = commonness_rank(term_[rare1_]) >= commonness_rank(term_[rare2_]) ? rare1_ : rare2_;
    const char rare_byte = term_[rare];
    for (const char* p = start + rare; p <= last + rare; ++p) {
        p = static_cast<const char*>(std::memchr(p, rare_byte, static_cast<std::size_t>(last + rare - p) + 1));
        if (p == nullptr) break;
        if (same_bytes(p - rare, term_.data(), term_.size())) return static_cast<std::size_t>(p - rare - base);
    }
    return std::string_view::npos;
}

std::size_t TermFinder::find(std::string_view haystack, std::size_t from) const {
    const std::size_t n = term_.size();
    if (n == 0) return from <= haystack.size() ? from : std::string_view::npos;
    if (haystack.size() < n || from > haystack.size() - n) return std::string_view::npos;
    const char* base = haystack.data();
    const char* p = base + from;                      // next candidate start
    const char* const last = base + haystack.size() - n;  // last candidate start
#if defined(TALKBOARD_TERM_FINDER_SSE2) || defined(TALKBOARD_TERM_FINDER_WASM_SIMD)
    // 16 candidate starts per step; the loads reach p + rare2_ + 15 <= last + n - 1: inside.
#if defined(TALKBOARD_TERM_FINDER_SSE2)
    const __m128i want1 = _mm_set1_epi8(term_[rare1_]);
    const __m128i want2 = _mm_set1_epi8(term_[rare2_]);
#else
    const v128_t want1 = wasm_i8x16_splat(term_[rare1_]);
    const v128_t want2 = wasm_i8x16_splat(term_[rare2_]);
#endif
    for (; last - p >= 15; p += 16) {
#if defined(TALKBOARD_TERM_FINDER_SSE2)
        const __m128i eq1 = _mm_cmpeq_epi8(want1, _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + rare1_)));
        const __m128i eq2 = _mm_cmpeq_epi8(want2, _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + rare2_)));
        auto mask = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_and_si128(eq1, eq2)));
#else
        const v128_t eq1 = wasm_i8x16_eq(want1, wasm_v128_load(p + rare1_));
        const v128_t eq2 = wasm_i8x16_eq(want2, wasm_v128_load(p + rare2_));
        std::uint32_t mask = wasm_i8x16_bitmask(wasm_v128_and(eq1, eq2));
#endif
        for (; mask != 0; mask &= mask - 1) {
            const char* candidate = p + __builtin_ctz(mask);
            if (same_bytes(candidate, term_.data(), n)) return static_cast<std::size_t>(candidate - base);
        }
    }
    if (p > last) return std::string_view::npos;
#endif
    return scalar_find(base, p, last);
}

}  // namespace talkboard
