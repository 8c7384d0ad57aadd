#include "internal/text.h"

#include "internal/decimal.h"

#include <cctype>
#include <cstdint>
#include <cstring>
#include <functional>

namespace talkboard::text {

namespace {

// A C0 control byte other than tab, LF, CR and FF.
bool is_binary_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'; }

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view input, std::optional<std::size_t>* control_byte) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull;
    // For eight ASCII bytes (no high bit set: the sums below carry into no other byte): exactly the
    // bytes equal to `c`, and whether one is a control byte other than the allowed four. Line ends
    // are the control bytes of nearly every block: a block whose only ones are '\n' is passed after
    // one test.
    auto equal_to = [&](std::uint64_t eight, unsigned char c) { return ~((eight ^ (c * ones)) + lows) & highs; };
    auto below_space = [&](std::uint64_t eight) { return ~(eight + 0x60 * ones) & highs; };  // bytes < 0x20
    auto has_binary_control = [&](std::uint64_t eight) {
        const std::uint64_t below = below_space(eight);
        if (below == 0 || (below & ~equal_to(eight, '\n')) == 0) return false;
        return (below & ~(equal_to(eight, '\t') | equal_to(eight, '\n') | equal_to(eight, '\r') | equal_to(eight, '\f'))) != 0;
    };
    const auto* bytes = reinterpret_cast<const unsigned char*>(input.data());
    const std::size_t size = input.size();
    bool look_for_control = control_byte != nullptr && !*control_byte;
    auto note_control = [&](std::size_t from) {
        std::size_t k = from;
        while (!is_binary_control(bytes[k])) ++k;
        *control_byte = k;
        look_for_control = false;
    };
    std::size_t i = 0;
    while (i < size) {
        // Sixteen, then eight ASCII bytes at a time: posts are nearly all ASCII. The allowed control
        // bytes (every line end) are taken out exactly, so that text never leaves these loops for them.
        std::uint64_t first = 0, second = 0;
        if (size - i >= 16 && (std::memcpy(&first, bytes + i, 8), std::memcpy(&second, bytes + i + 8, 8), ((first | second) & highs) == 0)) {
            if (look_for_control && (below_space(first) | below_space(second)) != 0 && (has_binary_control(first) || has_binary_control(second))) {
                note_control(i);
            }
            i += 16;
            continue;
        }
        if (size - i >= 8) {
            std::memcpy(&first, bytes + i, 8);
            const std::uint64_t non_ascii = first & highs;
            if (non_ascii == 0) {
                if (look_for_control && has_binary_control(first)) note_control(i);
                i += 8;
                continue;
            }
            // The ASCII bytes before the block's first non-ASCII one (a quote or dash in prose), at
            // once: then the sequence that byte leads.
            const std::size_t ascii = static_cast<std::size_t>(__builtin_ctzll(non_ascii)) / 8;
            for (std::size_t end = i + ascii; i < end; ++i) {
                if (look_for_control && is_binary_control(bytes[i])) {
                    *control_byte = i;
                    look_for_control = false;
                }
            }
        }
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            if (look_for_control && is_binary_control(lead)) {
                *control_byte = i;
                look_for_control = false;
            }
            ++i;
            continue;
        }
        std::size_t extra = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            extra = 1, cp = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2, cp = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3, cp = lead & 0x07, minimum = 0x10000;
        } else {
            return i;
        }
        if (size - i <= extra) return i;
        for (std::size_t k = 1; k <= extra; ++k) {
            const unsigned char c = bytes[i + k];
            if ((c & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += extra + 1;
    }
    return std::nullopt;
}

char32_t decode_at(std::string_view s, std::size_t i, std::size_t* length) {
    const auto lead = static_cast<unsigned char>(s[i]);
    *length = 1;
    if (lead < 0x80) return lead;
    const std::size_t extra = (lead & 0xE0) == 0xC0 ? 1 : (lead & 0xF0) == 0xE0 ? 2 : (lead & 0xF8) == 0xF0 ? 3 : 0;
    if (extra == 0 || s.size() - i <= extra) return 0xFFFD;
    char32_t cp = lead & (0x3F >> extra);
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (c & 0x3F);
    }
    *length = extra + 1;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_unicode_space_at(std::string_view s, std::size_t i, std::size_t* length) {
    std::size_t n = 0;
    const char32_t cp = decode_at(s, i, &n);
    // NBSP, the U+2000 block of typographic spaces, narrow NBSP, medium math space, ideographic space.
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000) {
        *length = n;
        return true;
    }
    return false;
}

namespace {
std::size_t space_length_before(std::string_view s, std::size_t end) {
    // Walk back to the start of the code point that ends at `end`.
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 && end - start < 4) --start;
    std::size_t n = 0;
    if (is_space_at(s, start, &n) && start + n == end) return n;
    return 0;
}
}  // namespace

std::string_view trim_ends(std::string_view s) {
    std::size_t begin = 0, n = 0;
    while (begin < s.size() && is_space_at(s, begin, &n)) begin += n;
    std::size_t end = s.size();
    while (end > begin) {
        const std::size_t len = space_length_before(s, end);
        if (len == 0) break;
        end -= len;
    }
    return s.substr(begin, end - begin);
}

std::string_view trim_chars_ends(std::string_view s, std::string_view chars) {
    for (;;) {
        std::string_view t = trim(s);
        // The sets are a few characters: a loop, not a memchr call per end byte.
        auto in_chars = [&](char c) {
            for (char k : chars) {
                if (k == c) return true;
            }
            return false;
        };
        while (!t.empty() && in_chars(t.front())) t.remove_prefix(1);
        while (!t.empty() && in_chars(t.back())) t.remove_suffix(1);
        if (t.size() == s.size()) return t;
        s = t;
    }
}

namespace {

// Eight bytes that extend a run of words as they are: printable ASCII and single spaces. The byte
// before them is never a space (the reader of a run stands on a word byte, or on the word byte
// after a single space), so a first space is a single one; a last space is one when a word byte
// follows, which the caller asks (`last_space`). Abstracts are read so, eight bytes at a time;
// anything else goes byte by byte.
bool is_plain_words8(const unsigned char* at, bool* last_space) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, at, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const std::uint64_t non_ascii = eight & highs;
    const std::uint64_t control = (eight - 0x20 * ones) & ~eight & highs;  // some byte < 0x20 (exact when none is non-ASCII)
    const std::uint64_t spaced = eight ^ (0x20 * ones);
    const std::uint64_t spaces = ~(((spaced & (0x7F * ones)) + 0x7F * ones) | spaced) & highs;  // exactly the 0x20 bytes
    const std::uint64_t adjacent = spaces & (spaces << 8);
    *last_space = (spaces >> 63) != 0;
    return (non_ascii | control | adjacent) == 0;
}

// True when `s` is words one ASCII space apart already (a word at both ends, single ASCII spaces,
// no other white space): most lines of a post, abstracts included. Eight bytes at a time; only a
// lead byte of a Unicode space (0xC2, 0xE2, 0xE3) is looked at alone. A false answer costs only
// the byte-by-byte reading.
bool is_single_spaced(std::string_view s) {
    if (s.empty()) return false;
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t size = s.size();
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    std::size_t n = 0;
    auto unicode_space_in = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
            if ((bytes[k] == 0xC2 || bytes[k] == 0xE2 || bytes[k] == 0xE3) && is_unicode_space_at(s, k, &n)) return true;
        }
        return false;
    };
    bool space_before = true;  // a space first is white space at an end
    std::size_t i = 0;
    // Sixteen ASCII bytes at a time (nearly all of an abstract): with no high bit set, the sums
    // below carry into no other byte, and a byte below 0x21 that is no control byte is a space.
    for (; size - i >= 16; i += 16) {
        std::uint64_t first = 0, second = 0;
        std::memcpy(&first, bytes + i, 8);
        std::memcpy(&second, bytes + i + 8, 8);
        if (((first | second) & highs) != 0) break;  // the eight-byte loop below reads it
        if (((~(first + 0x60 * ones) | ~(second + 0x60 * ones)) & highs) != 0) return false;  // a byte < 0x20
        const std::uint64_t spaces_first = ~(first + 0x5F * ones) & highs, spaces_second = ~(second + 0x5F * ones) & highs;
        const std::uint64_t adjacent = (spaces_first & (spaces_first << 8)) | (spaces_second & (spaces_second << 8)) |
                                       (spaces_second & (spaces_first >> 56));  // the first half's last byte and the second's first
        if (adjacent != 0 || (space_before && (spaces_first & 0x80) != 0)) return false;
        space_before = (spaces_second >> 63) != 0;
    }
    for (; size - i >= 8; i += 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, bytes + i, 8);
        const std::uint64_t non_ascii = eight & highs;
        const std::uint64_t control = (eight - 0x20 * ones) & ~eight & highs;  // some byte < 0x20 (or a false alarm after one)
        const std::uint64_t spaced = eight ^ (0x20 * ones);
        const std::uint64_t spaces = ~(((spaced & (0x7F * ones)) + 0x7F * ones) | spaced) & highs;  // exactly the 0x20 bytes
        if (control != 0 || (spaces & (spaces << 8)) != 0 || (space_before && (spaces & 0x80) != 0)) return false;
        if (non_ascii != 0 && unicode_space_in(i, i + 8)) return false;
        space_before = (spaces >> 63) != 0;
    }
    for (; i < size; ++i) {
        const unsigned char c = bytes[i];
        if (c < 0x20 || (c == ' ' && space_before)) return false;
        space_before = c == ' ';
    }
    return !space_before && !unicode_space_in(size - (size % 8), size);
}

}  // namespace

void append_words(std::string& out, std::string_view s, std::size_t from) {
    if (is_single_spaced(s)) {
        if (out.size() > from) out += ' ';
        out.append(s);
        return;
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t size = s.size();
    // Printable ASCII other than the space (0x21..0x7E): nearly every byte of a post.
    auto printable = [&](std::size_t at) { return bytes[at] - 0x21u < 0x5Eu; };
    std::size_t i = 0, n = 0;
    while (i < size) {
        if (is_space_at(s, i, &n)) {
            i += n;
            continue;
        }
        // Words already one ASCII space apart (the bulk of any post) are appended as one run; only
        // other white space is rewritten. A byte is a word's unless is_space_at says otherwise
        // (control bytes and every byte of a non-space UTF-8 sequence are).
        const std::size_t start = i;
        for (;;) {
            for (bool last_space = false; size - i >= 8 && is_plain_words8(bytes + i, &last_space); i += 8) {
                if (last_space && !(i + 8 < size && (printable(i + 8) || !is_space_at(s, i + 8, &n)))) break;
            }
            if (i >= size) break;
            if (printable(i)) {
                ++i;
                continue;
            }
            if (bytes[i] == ' ') {
                if (i + 1 < size && (printable(i + 1) || !is_space_at(s, i + 1, &n))) {
                    ++i;
                    continue;
                }
                break;
            }
            if (is_space_at(s, i, &n)) break;
            ++i;
        }
        if (out.size() > from) out += ' ';
        out.append(s.data() + start, i - start);
    }
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    append_words(out, s, 0);
    return out;
}

void collapse_spaces_in_place(std::string& s) {
    if (!is_single_spaced(s)) s = collapse_spaces(s);
}

std::size_t find_any(std::string_view s, std::string_view chars, std::size_t from) {
    std::size_t i = from;
    // A few characters (the usual case: "/?#" in every link's URL) are looked for eight bytes at
    // a time: a block with none of them is passed whole, and in the first block with one the
    // lowest marked byte is the first of them (a borrow only marks bytes above a character's
    // first place). The byte loop below reads the last bytes and longer sets.
    if (!chars.empty() && chars.size() <= 4) {
        constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        std::uint64_t spread[4] = {};
        for (std::size_t k = 0; k < chars.size(); ++k) spread[k] = ones * static_cast<unsigned char>(chars[k]);
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t eight = 0;
            std::memcpy(&eight, s.data() + i, 8);
            std::uint64_t hit = 0;
            for (std::size_t k = 0; k < chars.size(); ++k) {
                const std::uint64_t x = eight ^ spread[k];  // a zero byte where the character is
                hit |= (x - ones) & ~x & highs;           // nonzero exactly when some byte is zero
            }
            if (hit != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hit)) / 8;
        }
    }
    for (; i < s.size(); ++i) {
        for (char c : chars) {
            if (s[i] == c) return i;
        }
    }
    return std::string_view::npos;
}

std::size_t find_pair(std::string_view s, std::string_view pair, std::size_t from) {
    for (std::size_t at = s.find(pair[1], from + 1); at != std::string_view::npos; at = s.find(pair[1], at + 1)) {
        if (s[at - 1] == pair[0]) return at - 1;
    }
    return std::string_view::npos;
}

std::size_t find_by(std::string_view s, std::string_view needle, std::size_t anchor) {
    for (std::size_t at = s.find(needle[anchor], anchor); at != std::string_view::npos; at = s.find(needle[anchor], at + 1)) {
        const std::size_t start = at - anchor;
        if (needle.size() > s.size() - start) return std::string_view::npos;
        std::size_t same = 0;
        while (same < needle.size() && s[start + same] == needle[same]) ++same;
        if (same == needle.size()) return start;
    }
    return std::string_view::npos;
}

std::size_t rfind(std::string_view s, std::string_view needle) {
    if (needle.empty()) return s.size();
    if (needle.size() > s.size()) return std::string_view::npos;
    // The rest compared in place: the needles asked (" | ", " (", " - ") open with a space, and a
    // memcmp call at every space of a title was most of the search.
    for (std::size_t at = s.size() - needle.size() + 1; at-- > 0;) {
        if (s[at] != needle[0]) continue;
        std::size_t same = 1;
        while (same < needle.size() && s[at + same] == needle[same]) ++same;
        if (same == needle.size()) return at;
    }
    return std::string_view::npos;
}

bool has_ascii_digit(std::string_view s) {
    std::size_t i = 0;
    // A byte is a digit when it is below 10 after '0' is taken out of it: the test for a byte below 10
    // is exact for whether there is one. Sixteen bytes at a time (every long line of a post is asked).
    auto digits = [](std::uint64_t eight) {
        const std::uint64_t shifted = eight ^ 0x3030303030303030ull;
        return (shifted - 0x0A0A0A0A0A0A0A0Aull) & ~shifted & 0x8080808080808080ull;
    };
    for (; s.size() - i >= 16; i += 16) {
        std::uint64_t first = 0, second = 0;
        std::memcpy(&first, s.data() + i, 8);
        std::memcpy(&second, s.data() + i + 8, 8);
        if ((digits(first) | digits(second)) != 0) return true;
    }
    for (; i < s.size(); ++i) {
        if (is_ascii_digit(s[i])) return true;
    }
    return false;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower_char(c);
    return out;
}

void assign_part(std::string& s, std::string_view part) {
    const std::less_equal<const char*> at_or_before;
    const char* const begin = s.data();
    if (!part.empty() && at_or_before(begin, part.data()) && at_or_before(part.data() + part.size(), begin + s.size())) {
        const std::size_t at = static_cast<std::size_t>(part.data() - begin);
        s.erase(at + part.size());
        s.erase(0, at);
    } else {
        s.assign(part.data(), part.size());
    }
}

bool is_listed_ascii(std::string_view word, std::string_view list) {
    return index_in_list(word, list, '|', true) != std::string_view::npos;
}

std::size_t index_in_list(std::string_view word, std::string_view list, char separator, bool ignore_case) {
    if (word.empty()) return std::string_view::npos;
    // Each entry is compared until its first differing byte, then skipped to its separator
    // (entries are a few letters: a loop beats a memchr call per entry).
    const std::size_t size = list.size();
    std::size_t at = 0;
    for (std::size_t index = 0;; ++index) {
        std::size_t k = 0;
        while (k < word.size() && at < size && list[at] != separator &&
               (ignore_case ? ascii_lower_char(list[at]) == ascii_lower_char(word[k]) : list[at] == word[k])) {
            ++k, ++at;
        }
        if (k == word.size() && (at == size || list[at] == separator)) return index;
        while (at < size && list[at] != separator) ++at;
        if (at == size) return std::string_view::npos;
        ++at;
    }
}

std::size_t find_in_list(std::string_view word, std::string_view list, char separator, bool fold_word) {
    constexpr std::size_t longest = 64;
    if (word.empty()) return std::string_view::npos;
    if (fold_word && word.size() > longest) {
        if (word.find(separator) != std::string_view::npos) return std::string_view::npos;
        return index_in_list(word, list, separator, true);
    }
    // The word is read once, byte by byte (folded when asked): a separator in it makes it no word of
    // the list, and a memchr call to find one cost more than the word.
    char folded[longest];
    bool separated = false;
    if (fold_word) {
        for (std::size_t i = 0; i < word.size(); ++i) {
            folded[i] = ascii_lower_char(word[i]);
            separated |= word[i] == separator;
        }
        word = std::string_view(folded, word.size());
    } else {
        for (const char c : word) separated |= c == separator;
    }
    if (separated) return std::string_view::npos;
    // Each place of the word's first byte that starts a word of the list, compared in place: the
    // list's words share their first letters with many others' inner letters ("CET|CEST|CST"), and a
    // memcmp call per place was most of a lookup.
    const std::size_t size = word.size();
    for (std::size_t at = list.find(word[0]); at != std::string_view::npos; at = list.find(word[0], at + 1)) {
        const std::size_t end = at + size;
        if ((at > 0 && list[at - 1] != separator) || end > list.size() || (end < list.size() && list[end] != separator)) continue;
        std::size_t same = 1;
        while (same < size && list[at + same] == word[same]) ++same;
        if (same < size) continue;
        std::size_t index = 0;
        for (std::size_t i = 0; i < at; ++i) index += list[i] == separator;
        return index;
    }
    return std::string_view::npos;
}

bool is_emoji(char32_t cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) ||  // pictographs, emoticons, transport, symbols
           (cp >= 0x2600 && cp <= 0x27BF) ||    // misc symbols, dingbats (⚡ U+26A1)
           (cp >= 0x2B00 && cp <= 0x2BFF) ||    // arrows, stars
           (cp >= 0x2190 && cp <= 0x21FF) || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) ||
           (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3 || cp == 0x2122 || cp == 0x2139 ||
           (cp >= 0xE0020 && cp <= 0xE007F);
}

std::string_view strip_leading_emoji(std::string_view s, std::string_view* removed) {
    std::size_t i = 0, n = 0;
    std::size_t last_emoji_end = 0;
    while (i < s.size()) {
        if (is_space_at(s, i, &n)) {
            i += n;
            continue;
        }
        const char32_t cp = decode_at(s, i, &n);
        if (!is_emoji(cp)) break;
        i += n;
        last_emoji_end = i;
    }
    if (last_emoji_end == 0) {
        if (removed) *removed = {};
        return s;
    }
    if (removed) *removed = trim(s.substr(0, last_emoji_end));
    return trim(s.substr(last_emoji_end));
}

std::size_t sentence_end(std::string_view s, std::size_t from) {
    for (std::size_t dot = s.find(". ", from); dot != std::string_view::npos; dot = s.find(". ", dot + 1)) {
        const bool initial = dot >= 1 && is_ascii_upper(s[dot - 1]) && (dot == 1 || s[dot - 2] == ' ');
        if (!initial) return dot;
    }
    return std::string_view::npos;
}

std::string_view strip_trailing_emoji(std::string_view s) {
    s = trim(s);
    std::size_t end = s.size();  // the emoji run is s[end, s.size())
    while (end > 0) {
        std::size_t start = end - 1;  // the previous code point's first byte
        while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t n = 0;
        if (!is_emoji(decode_at(s, start, &n))) break;
        end = start;
    }
    // Only a run set apart by a space decorates; one glued to a word ("Right of Way?🚦") is written into it.
    if (end == s.size() || end == 0 || (s[end - 1] != ' ' && s[end - 1] != '\t')) return s;
    return trim(s.substr(0, end));
}

std::string snake_case(std::string_view s) {
    std::string out;
    bool pending = false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            if (pending && !out.empty()) out += '_';
            pending = false;
            out += static_cast<char>(std::tolower(u));
        } else {
            pending = true;
        }
    }
    return out;
}

std::string padded_decimal(long long value, int width) {
    std::string out;
    append_decimal(out, value, width);
    return out;
}

std::string padded_hex(unsigned long long value, int width) {
    char digits[16];  // 2^64 has 16 hex digits
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[value % 16];
        value /= 16;
    } while (value != 0);
    std::string out(width > n ? static_cast<std::size_t>(width - n) : 0, '0');
    while (n > 0) out += digits[--n];
    return out;
}

}  // namespace talkboard::text
