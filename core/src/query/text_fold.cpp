#include "talkboard/query/text_fold.h"

#include <algorithm>
#include <array>

#include "internal/text.h"

namespace talkboard {
namespace {

// Base letters of U+00C0..U+00FF; '*' marks the two-letter and non-letter cases handled in code.
constexpr std::string_view latin1_base =
    "aaaaaa*ceeeeiiii"  // U+00C0 (Æ at C6)
    "dnooooo*ouuuuy**"  // U+00D0 (× at D7, Þ, ß)
    "aaaaaa*ceeeeiiii"  // U+00E0 (æ at E6)
    "dnooooo*ouuuuy*y";  // U+00F0 (÷ at F7, þ)

// Base letters of U+0100..U+017F; '*' marks Ĳ/ĳ and Œ/œ.
constexpr std::string_view latin_ext_a_base =
    "aaaaaaccccccccdd"  // U+0100
    "ddeeeeeeeeeegggg"  // U+0110
    "gggghhhhiiiiiiii"  // U+0120
    "ii**jjkkklllllll"  // U+0130
    "lllnnnnnnnnnoooo"  // U+0140
    "oo**rrrrrrssssss"  // U+0150
    "ssttttttuuuuuuuu"  // U+0160
    "uuuuwwyyyzzzzzzs";  // U+0170

// Appends the folded form of one non-ASCII code point.
void fold_code_point(char32_t cp, std::string& out) {
    if (cp >= 0xC0 && cp <= 0xFF) {
        const char base = latin1_base[cp - 0xC0];
        if (base != '*') return out.push_back(base);
        switch (cp) {
            case 0xC6: case 0xE6: out += "ae"; return;
            case 0xDE: case 0xFE: out += "th"; return;
            case 0xDF: out += "ss"; return;
            default: break;  // × and ÷
        }
    } else if (cp >= 0x100 && cp <= 0x17F) {
        const char base = latin_ext_a_base[cp - 0x100];
        if (base != '*') return out.push_back(base);
        out += cp < 0x150 ? "ij" : "oe";
        return;
    } else if (cp >= 0x218 && cp <= 0x21B) {
        return out.push_back(cp < 0x21A ? 's' : 't');
    } else if ((cp >= 0x300 && cp <= 0x36F) || cp == 0xAD || cp == 0x200B || cp == 0xFEFF) {
        return;  // combining marks, soft hyphen, zero-width space, BOM
    } else if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F) {
        return out.push_back(' ');
    } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032) {
        return out.push_back('\'');
    } else if (cp == 0x201C || cp == 0x201D) {
        return out.push_back('"');
    } else if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
        return out.push_back('-');
    } else if ((cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F)) {
        cp += 0x20;  // Greek and basic Cyrillic capitals
    } else if (cp >= 0x400 && cp <= 0x40F) {
        cp += 0x50;  // Cyrillic capitals with marks (Ё, Ї, ...)
    } else if (cp == 0x3C2) {
        cp = 0x3C3;  // final sigma
    }
    text::append_utf8(out, cp);
}

// Folds `text` onto `out`, calling on_delta_change(folded, original) after each code point that
// changed the byte delta (offsets relative to where this call started writing and reading).
// ASCII folding: A-Z -> a-z; TAB, LF, CR, NUL -> ' '; everything else as is.
constexpr std::array<char, 128> ascii_fold_table = [] {
    std::array<char, 128> t{};
    for (int c = 0; c < 128; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    for (const char c : {'\t', '\n', '\r', '\0'}) t[static_cast<std::size_t>(c)] = ' ';
    return t;
}();

// Folds `text` onto `out`, calling on_delta_change(folded, original) after each code point that
// changed the byte delta (offsets relative to where this call started writing and reading).
template <class OnDelta>
void fold_into(std::string_view text, std::string& out, OnDelta on_delta_change) {
    const std::size_t out_base = out.size();
    std::size_t delta = 0;  // original offset - folded offset, so far
    std::size_t i = 0;
    while (i < text.size()) {
        // A run of ASCII (most text) in one go: it never changes the delta.
        std::size_t run_end = i;
        while (run_end < text.size() && static_cast<unsigned char>(text[run_end]) < 0x80) ++run_end;
        if (run_end > i) {
            const std::size_t at = out.size();
            out.resize(at + (run_end - i));
            for (std::size_t k = i; k < run_end; ++k) out[at + (k - i)] = ascii_fold_table[static_cast<unsigned char>(text[k])];
            i = run_end;
            continue;
        }
        std::size_t length = 1;
        const char32_t cp = text::decode_at(text, i, &length);
        if ((cp == 0xFFFD && length == 1) || cp < 0x80) {
            out.append(text.data() + i, length);  // invalid or overlong: copy as is, never a NUL
        } else {
            fold_code_point(cp, out);
        }
        i += length;
        const std::size_t folded = out.size() - out_base;
        if (i - folded != delta) {
            delta = i - folded;
            on_delta_change(folded, i);
        }
    }
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

void append_folded(std::string_view text, std::string& out) {
    fold_into(text, out, [](std::size_t, std::size_t) {});
}

std::string fold_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_folded(text, out);
    return out;
}

FoldedText::FoldedText(std::string_view original) {
    folded_.reserve(original.size());
    fold_into(original, folded_, [this](std::size_t folded, std::size_t orig) {
        // Several dropped code points in a row move the same folded offset: keep the last.
        if (!points_.empty() && points_.back().folded == folded) {
            points_.back().original = orig;
        } else {
            points_.push_back({folded, orig});
        }
    });
}

std::size_t FoldedText::to_original(std::size_t folded_offset) const {
    const auto after = std::upper_bound(points_.begin(), points_.end(), folded_offset,
                                        [](std::size_t f, const Point& p) { return f < p.folded; });
    if (after == points_.begin()) return folded_offset;
    const Point& p = *(after - 1);
    return p.original + (folded_offset - p.folded);
}

TextRange FoldedText::original_range(std::size_t folded_begin, std::size_t folded_end,
                                     std::string_view original) const {
    folded_end = std::min(folded_end, folded_.size());
    folded_begin = std::min(folded_begin, folded_end);
    std::size_t begin = std::min(to_original(folded_begin), original.size());
    std::size_t end = std::min(to_original(folded_end), original.size());
    // Widen to whole code points (at most 3 continuation bytes each way).
    for (int k = 0; k < 3 && begin > 0 && begin < original.size() && is_continuation(original[begin]); ++k) --begin;
    for (int k = 0; k < 3 && end < original.size() && is_continuation(original[end]); ++k) ++end;
    return {static_cast<int>(begin), static_cast<int>(std::max(begin, end))};
}

namespace {
// UTF-16 units contributed by the byte at text[i]: lead bytes of 4-byte sequences count 2,
// other lead bytes and ASCII count 1, continuation bytes 0.
int utf16_units_of_byte(char byte) {
    const auto c = static_cast<unsigned char>(byte);
    if ((c & 0xC0) == 0x80) return 0;
    return (c & 0xF8) == 0xF0 ? 2 : 1;
}
}  // namespace

int utf16_offset(std::string_view text, int byte_offset) {
    const std::size_t end = static_cast<std::size_t>(std::clamp(byte_offset, 0, static_cast<int>(text.size())));
    int units = 0;
    for (std::size_t i = 0; i < end; ++i) units += utf16_units_of_byte(text[i]);
    return units;
}

void ranges_to_utf16(std::string_view text, std::vector<TextRange>& ranges) {
    std::size_t byte = 0;
    int units = 0;
    const auto advance_to = [&](int target) {
        const std::size_t end = static_cast<std::size_t>(std::clamp(target, 0, static_cast<int>(text.size())));
        for (; byte < end; ++byte) units += utf16_units_of_byte(text[byte]);
        return units;
    };
    for (TextRange& range : ranges) {
        range.begin = advance_to(range.begin);
        range.end = advance_to(range.end);
    }
}

}  // namespace talkboard
