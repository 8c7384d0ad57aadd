// Small text utilities over UTF-8 std::string / std::string_view shared by the parsers.
// None of these allocate unless they return a std::string.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace talkboard::text {

// Byte offset of the first invalid UTF-8 sequence (overlongs, surrogates and > U+10FFFF
// are invalid), or nullopt when the whole input is valid. With `control_byte`, the same pass also
// sets it to the offset of the first C0 control byte other than tab, LF, CR and FF (a binary
// file's mark), when there is one (an input is read once for both).
std::optional<std::size_t> find_invalid_utf8(std::string_view input, std::optional<std::size_t>* control_byte = nullptr);

// True for the Unicode spaces that posts contain (NBSP, thin spaces, ...) at s[i], a non-ASCII byte.
bool is_unicode_space_at(std::string_view s, std::size_t i, std::size_t* length);

// True for ASCII whitespace and the Unicode spaces that posts contain (NBSP, thin spaces, ...).
// Inline: the parsers ask it of nearly every byte of a post, and nearly every byte is ASCII.
inline bool is_space_at(std::string_view s, std::size_t i, std::size_t* length) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) return is_unicode_space_at(s, i, length);
    if (c != ' ' && (c < '\t' || c > '\r')) return false;  // '\t' '\n' '\v' '\f' '\r' are 9..13
    *length = 1;
    return true;
}

// Trims ASCII whitespace and Unicode spaces at both ends. Inline: most strings asked are trimmed
// already (ASCII non-space at both ends) and leave after two byte tests, without a call.
std::string_view trim_ends(std::string_view s);  // trim's work when an end is a space or not ASCII
inline std::string_view trim(std::string_view s) {
    const auto ascii_word = [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != ' ' && (c < '\t' || c > '\r'); };
    if (!s.empty() && ascii_word(s.front()) && ascii_word(s.back())) return s;
    return trim_ends(s);
}
// Trims whitespace and the given characters at both ends. `chars` holds punctuation (or bytes of
// UTF-8 sequences), never an ASCII letter or digit: a text that begins and ends with one (most texts
// asked, about 5 k per post) is returned at once. Inline for that case.
std::string_view trim_chars_ends(std::string_view s, std::string_view chars);  // trim_chars' work otherwise
inline std::string_view trim_chars(std::string_view s, std::string_view chars) {
    const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    if (!s.empty() && alnum(s.front()) && alnum(s.back())) return s;
    return trim_chars_ends(s, chars);
}

// Collapses runs of whitespace (incl. newlines and Unicode spaces) into one ASCII space and trims.
std::string collapse_spaces(std::string_view s);
// s = collapse_spaces(s), with no new buffer when `s` is single-spaced already (most titles are).
void collapse_spaces_in_place(std::string& s);
// Appends the words of `s` to `out`, one ASCII space between words, and one before the first word
// when `out` has grown past `from` (so that lines appended one by one read as collapse_spaces of
// their join, without building the join).
void append_words(std::string& out, std::string_view s, std::size_t from);

// ASCII case folding without the C locale: every word of a post passes through these.
constexpr char ascii_lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// The first position at or after `from` of a byte of `chars`, or npos: std::string_view's
// find_first_of calls memchr over `chars` once per byte of `s`.
std::size_t find_any(std::string_view s, std::string_view chars, std::size_t from = 0);

// The first position at or after `from` of the two bytes of `pair` (" (", " -"), or npos: found
// by its second byte, one memchr, where std::string_view::find stops at every occurrence of the
// first (a space: at every word).
std::size_t find_pair(std::string_view s, std::string_view pair, std::size_t from = 0);
// The first position of `needle` in `s`, or npos: found by its byte at `anchor` (a rare one: 'z'
// in "timezone") and compared in place, where std::string_view::find calls memchr and memcmp at
// every occurrence of its first byte. `needle` is not empty and `anchor` < its size.
std::size_t find_by(std::string_view s, std::string_view needle, std::size_t anchor);

// The last position of `needle` in `s`, or npos (std::string's rfind calls memcmp at every position).
std::size_t rfind(std::string_view s, std::string_view needle);

// Whether `s` holds an ASCII digit. Eight bytes at a time: asked of every long line of a post.
bool has_ascii_digit(std::string_view s);

std::string ascii_lower(std::string_view s);

// Makes `s` the text `part`. When `part` lies inside `s` (a title cut down to its trimmed middle,
// as the readers do several times per entry) it is cut in place, with no new buffer.
void assign_part(std::string& s, std::string_view part);
// Inline: asked a hundred thousand times per post, mostly with a literal, which the compiler
// then compares in place instead of calling memcmp.
inline bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && std::char_traits<char>::compare(s.data(), prefix.data(), prefix.size()) == 0;
}
inline bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && std::char_traits<char>::compare(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}
// Inline: keyword tables compare every word with each of theirs, and most differ in length.
inline bool iequals_ascii(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_lower_char(a[i]) != ascii_lower_char(b[i])) return false;
    }
    return true;
}
// Whether `s` starts with `prefix` ignoring ASCII case; without lowering a copy of `s` first.
inline bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals_ascii(s.substr(0, prefix.size()), prefix);
}

// Whether `word` equals, ignoring ASCII case, one of the words of `list`: a '|'-separated literal
// ("to|until|till"; an empty word never matches). Keyword tables are written so rather than as
// arrays of string_view: in the wasm a list is its characters only, where an array also stores a
// pointer and a length (8 bytes) per word, and the pointers gzip poorly (about 0.4 of a byte of
// gzip per byte of table).
bool is_listed_ascii(std::string_view word, std::string_view list);
// The index of `word` among the `separator`-separated words of `list` (compared exactly, or
// ignoring ASCII case), or npos; an empty word is never found. One pass over the list.
std::size_t index_in_list(std::string_view word, std::string_view list, char separator, bool ignore_case);
// index_in_list for a list without ASCII capitals: `word` (lowered first when `fold_word`) is
// looked for as a substring (memchr and memcmp over the list) and taken where it stands between
// separators, instead of comparing it with every word byte by byte (a list of a hundred words
// was walked at about five instructions per byte, for every link text and capitalised word).
std::size_t find_in_list(std::string_view word, std::string_view list, char separator, bool fold_word);

// A keyword literal as is_listed_ascii reads it, with a 256-bit filter of its words' shapes (the
// length with the first, second and last letters, case folded; two bits per word) built at
// compile time: nearly every word a reader asks about is in no list, and leaves after two bit
// tests instead of a search of the list (a filter of lengths and first letters alone let a third
// of the words asked through, one bit per shape a sixth of those asked of the foreign month and
// weekday names). Declare one `static constexpr` per list.
class WordList {
public:
    constexpr explicit WordList(std::string_view list, char separator = '|') : list_(list), separator_(separator) {
        std::size_t begin = 0;
        for (std::size_t i = 0; i <= list.size(); ++i) {
            if (i < list.size() && is_ascii_upper(list[i])) lower_case_ = false;
            if (i < list.size() && list[i] != separator) continue;
            if (i > begin) {
                if (i - begin > longest_) longest_ = static_cast<unsigned char>(i - begin < 255 ? i - begin : 255);
                const std::uint32_t shape = shape_of(list.substr(begin, i - begin));
                set_bit(shape >> 24);
                set_bit((shape >> 16) & 0xFFu);
            }
            begin = i + 1;
        }
    }
    // The index of `word` among the list's words (ASCII case ignored unless `ignore_case` is
    // false), or npos.
    std::size_t index_of(std::string_view word, bool ignore_case = true) const {
        if (word.empty() || (word.size() > longest_ && longest_ < 255)) return std::string_view::npos;
        const std::uint32_t shape = shape_of(word);
        if (!has_bit(shape >> 24) || !has_bit((shape >> 16) & 0xFFu)) return std::string_view::npos;
        if (ignore_case && !lower_case_) return index_in_list(word, list_, separator_, true);
        return find_in_list(word, list_, separator_, ignore_case);
    }
    bool contains(std::string_view word) const { return index_of(word) != std::string_view::npos; }

private:
    // A word's places in the filter: its length, first, second and last bytes (ASCII case
    // folded), mixed by a multiplicative hash; the top two bytes are its two bits.
    static constexpr std::uint32_t shape_of(std::string_view word) {
        const std::uint32_t first = static_cast<unsigned char>(ascii_lower_char(word.front()));
        const std::uint32_t second = word.size() > 1 ? static_cast<unsigned char>(ascii_lower_char(word[1])) : 0u;
        const std::uint32_t last = static_cast<unsigned char>(ascii_lower_char(word.back()));
        const std::uint32_t length = word.size() < 255 ? static_cast<std::uint32_t>(word.size()) : 255u;
        return (first << 24 | second << 16 | last << 8 | length) * 0x9E3779B1u;
    }
    constexpr void set_bit(std::uint32_t bit) { shapes_[bit / 64] |= std::uint64_t{1} << (bit % 64); }
    constexpr bool has_bit(std::uint32_t bit) const { return (shapes_[bit / 64] >> (bit % 64)) & 1u; }

    std::string_view list_;
    char separator_;
    unsigned char longest_ = 0;  // the longest word's length in bytes (255 for 255 and longer)
    bool lower_case_ = true;  // no ASCII capital in the list: find_in_list can look for a lowered word
    std::uint64_t shapes_[4] = {};
};

// The parts of a text between the occurrences of a separator (not trimmed, empty parts kept),
// walked in place: the readers split every line into words, and a vector per call was a tenth of
// a post's allocations. `to_vector()` when the parts are needed at once.
class SplitParts {
public:
    class iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using pointer = const std::string_view*;
        using reference = std::string_view;

        iterator() = default;
        iterator(std::string_view s, std::string_view separator) : s_(s), separator_(separator), end_(s.find(separator)), done_(false) {}
        std::string_view operator*() const {
            return s_.substr(begin_, end_ == std::string_view::npos ? std::string_view::npos : end_ - begin_);
        }
        iterator& operator++() {
            if (end_ == std::string_view::npos) {
                done_ = true;
            } else {
                begin_ = end_ + separator_.size();
                end_ = s_.find(separator_, begin_);
            }
            return *this;
        }
        // Only the end is compared with: a walk is over or it is not.
        bool operator==(const iterator& other) const { return done_ == other.done_; }
        bool operator!=(const iterator& other) const { return done_ != other.done_; }

    private:
        std::string_view s_, separator_;
        std::size_t begin_ = 0, end_ = 0;
        bool done_ = true;
    };

    SplitParts(std::string_view s, std::string_view separator) : s_(s), separator_(separator) {}
    iterator begin() const { return iterator(s_, separator_); }
    iterator end() const { return iterator(); }
    std::vector<std::string_view> to_vector() const { return std::vector<std::string_view>(begin(), end()); }

private:
    std::string_view s_, separator_;
};

// Splits on every occurrence of `separator` (not trimmed).
inline SplitParts split(std::string_view s, std::string_view separator) { return SplitParts(s, separator); }

// Decodes the code point at s[i]; sets *length to its byte length (1 for invalid bytes).
char32_t decode_at(std::string_view s, std::size_t i, std::size_t* length);
void append_utf8(std::string& out, char32_t code_point);

// True when the code point is a pictograph/emoji or a joiner/variation selector that decorates one.
bool is_emoji(char32_t code_point);

// Removes leading emoji (and the spaces after them); returns what was removed via `removed`.
std::string_view strip_leading_emoji(std::string_view s, std::string_view* removed = nullptr);

// Where the sentence that `s` is in ends, searching from `from`: the first ". " not right after an
// initial ("Bradley M. Kuhn", "A. Smith"), or npos.
std::size_t sentence_end(std::string_view s, std::size_t from = 0);

// Removes trailing emoji set apart by a space: "Intro to Git 🔥" -> "Intro to Git"; an emoji glued
// to the last word ("Right of Way?🚦") stays.
std::string_view strip_trailing_emoji(std::string_view s);

// Lowercase snake_case of the ASCII letters and digits in s ("Hands-on Workshop" -> "hands_on_workshop").
std::string snake_case(std::string_view s);

// Decimal digits of value, zero-padded on the left to at least `width` digits; a minus sign goes
// before the padding (-7, 3 -> "-007"). Number formatting without printf: printf's formatter is
// several KB of the wasm bundle and the core only ever needs integers.
std::string padded_decimal(long long value, int width = 1);

// Lowercase hex digits of value, zero-padded on the left to at least `width` digits.
std::string padded_hex(unsigned long long value, int width = 1);

}  // namespace talkboard::text
