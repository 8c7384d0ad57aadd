#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include "talkboard/query/term_finder.h"

using talkboard::TermFinder;

TEST_CASE("TermFinder finds what std::string_view::find finds", "[term_finder][query]") {
    SECTION("good input: fixed cases") {
        const std::string text = "kubernetes networking with cilium and a sidecar-free service mesh";
        CHECK(TermFinder("cilium").find(text) == text.find("cilium"));
        CHECK(TermFinder("mesh").find(text) == text.size() - 4);  // at the very end
        CHECK(TermFinder("kube").find(text) == 0);                // at the very start
        CHECK(TermFinder("e").find(text, 2) == text.find('e', 2));
        CHECK(TermFinder("service mesh").occurs_in(text));
        CHECK_FALSE(TermFinder("servicemesh").occurs_in(text));
        CHECK(TermFinder("aab").find("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab") == 31);  // overlapping partial matches
        CHECK(TermFinder("\xC5\x82").find("za\xC5\xBC\xC3\xB3\xC5\x82\xC4\x87") == 6);  // non-ASCII bytes
    }
    SECTION("bad input: empty, too long, start past the end") {
        CHECK(TermFinder("").find("abc", 1) == 1);
        CHECK(TermFinder("").find("abc", 4) == std::string_view::npos);
        CHECK(TermFinder("abcd").find("abc") == std::string_view::npos);
        CHECK(TermFinder("a").find("") == std::string_view::npos);
        CHECK(TermFinder("abc").find("xxabc", 3) == std::string_view::npos);
        CHECK(TermFinder("abc").find("xxabc", 99) == std::string_view::npos);
    }
    SECTION("every length, position and start offset across the 16-byte blocks") {
        // A small alphabet makes near misses common, which is what the filter has to get right.
        std::mt19937 rng(20240319);
        const std::string alphabet = "aaeetth \xC5\x82";
        const auto random_text = [&](std::size_t n) {
            std::string s;
            for (std::size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
            return s;
        };
        int mismatches = 0;
        for (std::size_t length = 0; length <= 70; ++length) {
            const std::string haystack = random_text(length);
            for (std::size_t term_length = 1; term_length <= 18; ++term_length) {
                // Terms cut from the haystack (so they occur) and random ones (so they mostly do not).
                std::string terms[2] = {random_text(term_length), random_text(term_length)};
                if (length >= term_length) terms[0] = haystack.substr(rng() % (length - term_length + 1), term_length);
                for (const std::string& term : terms) {
                    const TermFinder finder(term);
                    for (std::size_t from = 0; from <= length + 1; ++from) {
                        if (finder.find(haystack, from) != std::string_view(haystack).find(term, from)) ++mismatches;
                    }
                }
            }
        }
        CHECK(mismatches == 0);
    }
    SECTION("a view into a larger buffer is never read past its end") {
        const std::string buffer = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxcilium";
        const std::string_view view(buffer.data(), buffer.size() - 1);  // "...ciliu"
        CHECK(TermFinder("cilium").find(view) == std::string_view::npos);
        CHECK(TermFinder("ciliu").find(view) == buffer.size() - 6);
    }
}

TEST_CASE("byte_mask: a term can occur only where its bytes do", "[term_finder][query]") {
    using talkboard::byte_mask;
    using talkboard::byte_mask_decides;
    const auto subset = [](std::uint64_t a, std::uint64_t b) { return (a & b) == a; };
    SECTION("good input: letters and digits have bits of their own") {
        const std::string text = std::string("cilium 2024") + '\0' + "mesh";
        CHECK(subset(byte_mask("cilium"), byte_mask(text)));
        CHECK(subset(byte_mask("2024"), byte_mask(text)));
        CHECK(subset(byte_mask("h"), byte_mask(text)));  // across a '\0' the mask still has it
        CHECK_FALSE(subset(byte_mask("k"), byte_mask(text)));
        CHECK_FALSE(subset(byte_mask("3"), byte_mask(text)));
        CHECK(byte_mask_decides("k"));
        CHECK(byte_mask_decides("7"));
        CHECK_FALSE(byte_mask_decides("-"));   // shares a bit
        CHECK_FALSE(byte_mask_decides("ke"));  // the mask knows bytes, not their order
    }
    SECTION("bad input: empty text and term, '\\0', non-ASCII bytes") {
        CHECK(byte_mask("") == 0);
        CHECK(byte_mask(std::string(3, '\0')) == 0);
        CHECK(subset(byte_mask(""), byte_mask("abc")));
        CHECK(subset(byte_mask("\xC5\x82"), byte_mask("za\xC5\xBC\xC3\xB3\xC5\x82")));
        CHECK_FALSE(byte_mask_decides(""));
        CHECK_FALSE(byte_mask_decides("\xC5"));
    }
    SECTION("never a false negative: every substring's mask is a subset of the text's") {
        std::mt19937 rng(7);
        int misses = 0;
        for (int round = 0; round < 200; ++round) {
            std::string text;
            for (int i = 0; i < 40; ++i) text += static_cast<char>(rng() % 256);
            const std::size_t at = rng() % text.size();
            const std::string term = text.substr(at, 1 + rng() % 5);
            if (!subset(byte_mask(term), byte_mask(text))) ++misses;
        }
        CHECK(misses == 0);
    }
}
