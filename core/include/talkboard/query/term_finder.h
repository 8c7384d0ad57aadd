// TermFinder: substring search for one folded search term, built for scanning megabytes per query.
//
// std::string_view::find runs memchr on the term's FIRST byte and memcmp at every hit; for English
// text ("the", "service") that stops every few bytes. TermFinder instead picks the term's two
// RAREST bytes (by a fixed table of English letter frequency) and tests 16 candidate positions at
// once for both, calling memcmp only where both agree:
//  - SSE2 on x86-64 (always present there);
//  - WebAssembly SIMD128 when the wasm build passes -msimd128;
//  - otherwise memchr on the rarest byte (still far better than the first byte).
// All three give identical results (tests/unit/query/test_term_finder.cpp covers every block boundary).
// Measured through run_query at 100,000 sessions (18 MB folded text): a common one-term query
// 6.8 ms with SSE2 vs 9.8 ms with memchr; a three-term query 12 vs 22 ms.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace talkboard {

// Which bytes occur in a text, as 64 bits: 'a'..'z' and '0'..'9' have a bit each (folded text is
// mostly those), every other byte but '\0' shares one of the remaining 28 bits by value. A term can
// occur in a text only if byte_mask(term) is a subset of byte_mask(text), so the index keeps one
// mask per session and a query skips, without reading them, the sessions that lack a byte of a term.
// For a one-byte term with a bit of its own the test is the whole answer (byte_mask_decides).
std::uint64_t byte_mask(std::string_view text);
bool byte_mask_decides(std::string_view term);

class TermFinder {
public:
    // `term` must outlive the finder (it is not copied).
    explicit TermFinder(std::string_view term);

    // The first offset >= from where the term occurs in haystack, or npos; as
    // std::string_view::find: an empty term is found at `from` when from <= haystack.size().
    // O(haystack.size() - from); reads no byte outside haystack.
    std::size_t find(std::string_view haystack, std::size_t from = 0) const;

    bool occurs_in(std::string_view haystack) const { return find(haystack) != std::string_view::npos; }

private:
    std::size_t scalar_find(const char* base, const char* start, const char* last) const;

    std::string_view term_;
    std::size_t rare1_ = 0;  // positions in term_ of its two rarest bytes, rare1_ <= rare2_
    std::size_t rare2_ = 0;  // (equal for a one-byte term)
};

}  // namespace talkboard
