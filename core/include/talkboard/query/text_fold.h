// Folding text for case- and accent-insensitive search, with the way back to the original bytes.
//
// fold("Zięba, KAPUŚCIŃSKA") == "zieba, kapuscinska". Search runs over folded text; highlight
// ranges must point into the ORIGINAL UTF-8, so FoldedText keeps a compact offset map.
//
// What folding does, code point by code point (everything else is copied unchanged):
//  - ASCII A-Z -> a-z; TAB, LF, CR, NUL -> ' ' (so a phrase matches across a line break and
//    the '\0' field separator of the search index never occurs inside folded text).
//  - Latin-1 Supplement and Latin Extended-A letters -> base letter: "é"->"e", "ł"->"l",
//    "ś"->"s", "ø"->"o", "đ"->"d"; ligatures and special letters expand:
//    "ß"->"ss", "æ"->"ae", "œ"->"oe", "ĳ"->"ij", "þ"->"th". Romanian "ș"/"ț" (U+0218..U+021B) too.
//    "×" and "÷" are not letters and stay.
//  - Combining diacritical marks (U+0300..U+036F) and soft hyphen / zero-width space / BOM
//    are dropped, so decomposed text ("e" + U+0301) folds like precomposed text.
//  - Typographic punctuation -> ASCII: ‘ ’ ‛ ′ -> '\'', “ ” -> '"', U+2010..U+2015 and U+2212
//    -> '-', NBSP and the U+2000 spaces -> ' '. ("O’Brien" is found by "o'brien".)
//  - Greek and Cyrillic capitals -> lowercase (same byte length); final sigma -> sigma.
//    No other script is touched (no Vietnamese U+1Exx letters, no full Unicode case folding):
//    the posts are English with European names; a table of that size is not worth its bytes in wasm.
//  - Invalid UTF-8 bytes are copied one by one, never rejected (the parser validates earlier).
// Folding never grows the text by more than the input size (every expansion is <= the bytes it
// replaces), so a folded string is at most as long as its original.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace talkboard {

// A half-open byte range [begin, end) in some text. Plain ints: binds to JS as {begin, end}.
struct TextRange {
    int begin = 0;
    int end = 0;
    friend bool operator==(const TextRange& a, const TextRange& b) { return a.begin == b.begin && a.end == b.end; }
};

// Returns the folded form of `text`. O(n), one allocation.
std::string fold_text(std::string_view text);

// Appends the folded form of `text` to `out` (the search index builds one buffer this way).
void append_folded(std::string_view text, std::string& out);

// A folded text and the map from its byte offsets back to the original's.
//
// The map is piecewise linear: it stores one point only where a code point folds to a different
// number of bytes than it had ("ś" 2 bytes -> "s" 1 byte), so ASCII text costs nothing and a
// name with three accents costs three points.
class FoldedText {
public:
    FoldedText() = default;
    explicit FoldedText(std::string_view original);

    const std::string& text() const { return folded_; }

    // The original byte range that folded bytes [folded_begin, folded_end) came from, widened to
    // whole code points: a match on the first "s" of "ß"->"ss" highlights all of "ß", and a match
    // that ends on "e" of "e"+U+0301 includes the combining accent.
    // `original` must be the text this object was built from. Offsets beyond the folded text are
    // clamped to it. O(log points).
    TextRange original_range(std::size_t folded_begin, std::size_t folded_end, std::string_view original) const;

private:
    struct Point {
        std::size_t folded;    // from this folded offset on ...
        std::size_t original;  // ... folded offset f maps to original + (f - folded)
    };
    std::size_t to_original(std::size_t folded_offset) const;

    std::string folded_;
    std::vector<Point> points_;
};

// The number of UTF-16 code units in text[0, byte_offset): what a JS string index is for that byte
// offset. byte_offset is clamped to [0, text.size()]. Assumes valid UTF-8 (the parser guarantees
// it); on invalid input the count is off, never out of range. O(byte_offset).
int utf16_offset(std::string_view text, int byte_offset);

// Rewrites byte ranges into `text` (sorted by begin, non-overlapping, as highlights are) as
// UTF-16 ranges, in one pass over text. O(text.size() + ranges.size()).
void ranges_to_utf16(std::string_view text, std::vector<TextRange>& ranges);

}  // namespace talkboard
