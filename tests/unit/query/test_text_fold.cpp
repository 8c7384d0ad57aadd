#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "talkboard/query/text_fold.h"

using talkboard::FoldedText;
using talkboard::fold_text;
using talkboard::TextRange;

namespace {
// The original bytes a folded match covers.
std::string original_of(const std::string& original, const std::string& term) {
    const FoldedText folded(original);
    const std::size_t at = folded.text().find(term);
    REQUIRE(at != std::string::npos);
    const TextRange r = folded.original_range(at, at + term.size(), original);
    return original.substr(static_cast<std::size_t>(r.begin), static_cast<std::size_t>(r.end - r.begin));
}
}  // namespace

TEST_CASE("fold_text lowercases and strips diacritics", "[text_fold][query]") {
    SECTION("ASCII") {
        CHECK(fold_text("Cilium eBPF KubeCon 2024!") == "cilium ebpf kubecon 2024!");
        CHECK(fold_text("") == "");
    }
    SECTION("Polish, German, French, Nordic, Czech, Turkish, Romanian names") {
        CHECK(fold_text("Kapuścińska") == "kapuscinska");
        CHECK(fold_text("Zięba") == "zieba");
        CHECK(fold_text("ŁUKASZ Żółć") == "lukasz zolc");
        CHECK(fold_text("Straße") == "strasse");
        CHECK(fold_text("Élodie Françoise Gaëlle") == "elodie francoise gaelle");
        CHECK(fold_text("Søren Ærø Åsa Þór") == "soren aero asa thor");
        CHECK(fold_text("Dvořák Ŕíha ŠTĚPÁN") == "dvorak riha stepan");
        CHECK(fold_text("Gülşen İlkay ığdır") == "gulsen ilkay igdir");
        CHECK(fold_text("Ștefan Țară Œuvre Ĳssel") == "stefan tara oeuvre ijssel");
        CHECK(fold_text("ÀÁÂÃÄÅ àáâãäå ÿ Ÿ ſ") == "aaaaaa aaaaaa y y s");
    }
    SECTION("decomposed accents fold like precomposed ones") {
        CHECK(fold_text("Zie\xCC\xA8" "ba") == "zieba");  // e + U+0328 COMBINING OGONEK
        CHECK(fold_text("Jose\xCC\x81") == "jose");       // e + U+0301 COMBINING ACUTE
    }
    SECTION("typographic punctuation and spaces become ASCII") {
        CHECK(fold_text("O’Brien") == "o'brien");
        CHECK(fold_text("“quoted”") == "\"quoted\"");
        CHECK(fold_text("09:50 – 10:15 — x−y") == "09:50 - 10:15 - x-y");
        CHECK(fold_text("a\xC2\xA0" "b\tc\nd\re") == "a b c d e");  // NBSP, tab, LF, CR
        CHECK(fold_text("Kuber\xC2\xAD" "netes") == "kubernetes");  // soft hyphen
        CHECK(fold_text(std::string("a\0b", 3)) == "a b");           // NUL never survives
    }
    SECTION("Greek and Cyrillic lowercase; other scripts unchanged") {
        CHECK(fold_text("ΣΟΦΙΑ Σοφίας") == "σοφια σοφίασ");
        CHECK(fold_text("МОСКВА Ёж") == "москва ёж");
        CHECK(fold_text("東京 🚀 ×÷") == "東京 🚀 ×÷");
    }
    SECTION("bad input: invalid and overlong UTF-8 is copied byte for byte, never rejected") {
        CHECK(fold_text("A\xFF\xFE" "B") == "a\xFF\xFE" "b");
        CHECK(fold_text("\xC0\x80") == "\xC0\x80");  // overlong NUL stays two bytes: no '\0' appears
        CHECK(fold_text("\xC5") == "\xC5");          // truncated sequence at the end
        CHECK(fold_text("\xE2\x80") == "\xE2\x80");
    }
    SECTION("folded text is never longer than the original") {
        for (const std::string s : {"ßßß", "ÆæŒœĲĳÞþ", "’’", "abc", "e\xCC\x81", "\xFF"}) {
            CHECK(fold_text(s).size() <= s.size());
        }
    }
}

TEST_CASE("append_folded appends to what is there", "[text_fold][query]") {
    std::string out = "x|";
    talkboard::append_folded("Zięba", out);
    CHECK(out == "x|zieba");
}

TEST_CASE("FoldedText maps folded matches back to original bytes", "[text_fold][query]") {
    SECTION("after multibyte characters") {
        const std::string name = "Zięba Kapuścińska";
        CHECK(original_of(name, "kapuscinska") == "Kapuścińska");
        CHECK(original_of(name, "zieba") == "Zięba");
        CHECK(original_of(name, "cin") == "ciń");
        const FoldedText folded(name);
        const TextRange r = folded.original_range(6, 17, name);
        CHECK(r == TextRange{7, 20});  // "Zięba " is 7 bytes; "Kapuścińska" 13
    }
    SECTION("a match inside an expansion covers the whole character") {
        CHECK(original_of("Straße", "sse") == "ße");
        CHECK(original_of("Straße", "ss") == "ß");
        const FoldedText folded("Straße");
        const std::string s = "Straße";
        CHECK(folded.original_range(4, 5, s) == TextRange{4, 6});  // first "s" of "ss"
        CHECK(folded.original_range(5, 6, s) == TextRange{4, 6});  // second "s"
    }
    SECTION("combining marks and dropped characters are included in the match") {
        CHECK(original_of("Zie\xCC\xA8" "ba", "zie") == "Zie\xCC\xA8");
        CHECK(original_of("Kuber\xC2\xAD" "netes", "kubernetes") == "Kuber\xC2\xAD" "netes");
        CHECK(original_of("O’Brien", "o'b") == "O’B");
        CHECK(original_of("a\xCC\x81\xCC\x81" "b", "ab") == "a\xCC\x81\xCC\x81" "b");  // two marks in a row
    }
    SECTION("ASCII text needs no map and maps one to one") {
        const std::string s = "Hello World";
        const FoldedText folded(s);
        CHECK(folded.original_range(6, 11, s) == TextRange{6, 11});
    }
    SECTION("bad input: offsets past the end are clamped") {
        const std::string s = "Zięba";
        const FoldedText folded(s);
        CHECK(folded.original_range(2, 99, s) == TextRange{2, 6});
        CHECK(folded.original_range(99, 99, s) == TextRange{6, 6});
        const FoldedText empty("");
        CHECK(empty.original_range(0, 0, "") == TextRange{0, 0});
    }
}

TEST_CASE("FoldedText ranges hold for any input, valid UTF-8 or not", "[text_fold][query]") {
    // Pieces: ASCII, 2- and 3-byte letters that fold, expansions, dropped marks, invalid bytes.
    const std::vector<std::string> pieces = {"a", "Z", " ", "ę", "ß", "Æ", "’", "\xCC\x81", "\xC2\xAD", "東",
                                             "😀", "\xFF", "\x80", "\xC3", "\xE2\x80", "Ω", "\n"};
    std::mt19937 rng(7);
    int failures = 0;
    for (int round = 0; round < 400; ++round) {
        std::string original;
        for (int k = static_cast<int>(rng() % 12); k > 0; --k) original += pieces[rng() % pieces.size()];
        const FoldedText folded(original);
        const std::string& text = folded.text();
        if (text != fold_text(original) || text.size() > original.size()) ++failures;
        for (std::size_t b = 0; b <= text.size(); ++b) {
            for (std::size_t e = b; e <= text.size(); ++e) {
                const TextRange r = folded.original_range(b, e, original);
                if (r.begin < 0 || r.begin > r.end || static_cast<std::size_t>(r.end) > original.size()) {
                    ++failures;
                    continue;
                }
                // The original range folds to text that contains the match: highlighting it never
                // shows less than what matched.
                const std::string back = fold_text(original.substr(static_cast<std::size_t>(r.begin),
                                                                   static_cast<std::size_t>(r.end - r.begin)));
                if (back.find(text.substr(b, e - b)) == std::string::npos) ++failures;
            }
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("utf16 offsets match JS string indices", "[text_fold][query]") {
    const std::string s = "aé😀b";  // bytes: a 1, é 2, 😀 4, b 1; UTF-16 units: 1, 1, 2, 1
    SECTION("good input") {
        CHECK(talkboard::utf16_offset(s, 0) == 0);
        CHECK(talkboard::utf16_offset(s, 1) == 1);
        CHECK(talkboard::utf16_offset(s, 3) == 2);
        CHECK(talkboard::utf16_offset(s, 7) == 4);
        CHECK(talkboard::utf16_offset(s, 8) == 5);
        std::vector<TextRange> ranges{{1, 3}, {3, 7}, {7, 8}};
        talkboard::ranges_to_utf16(s, ranges);
        CHECK(ranges == std::vector<TextRange>{{1, 2}, {2, 4}, {4, 5}});
    }
    SECTION("bad input: out-of-range offsets are clamped") {
        CHECK(talkboard::utf16_offset(s, -5) == 0);
        CHECK(talkboard::utf16_offset(s, 100) == 5);
    }
}
