// text.h: UTF-8 validation, Unicode-aware trimming and the small string helpers.
#include <catch2/catch.hpp>

#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "internal/text.h"

using namespace talkboard;
using namespace std::string_view_literals;

TEST_CASE("find_invalid_utf8 returns the offset of the first bad sequence", "[text][utf8]") {
    SECTION("valid input") {
        CHECK_FALSE(text::find_invalid_utf8(""));
        CHECK_FALSE(text::find_invalid_utf8("plain ASCII, with\ttabs\n"));
        CHECK_FALSE(text::find_invalid_utf8("Kapu\xC5\x9B\xC4\x87i\xC5\x84ska"));   // 2-byte letters
        CHECK_FALSE(text::find_invalid_utf8("10:00 \xE2\x80\x93 10:30"));           // en dash, 3 bytes
        CHECK_FALSE(text::find_invalid_utf8("\xF0\x9F\x9A\x80 launch"));            // U+1F680, 4 bytes
        CHECK_FALSE(text::find_invalid_utf8("\xED\x9F\xBF"));                       // U+D7FF, below the surrogates
        CHECK_FALSE(text::find_invalid_utf8("\xEE\x80\x80"));                       // U+E000, above them
        CHECK_FALSE(text::find_invalid_utf8("\xEF\xBF\xBF"));                       // U+FFFF
        CHECK_FALSE(text::find_invalid_utf8("\xF4\x8F\xBF\xBF"));                   // U+10FFFF, the last code point
    }
    SECTION("overlong encodings") {
        CHECK(text::find_invalid_utf8("ab\xC0\xAF") == 2u);           // '/' in two bytes
        CHECK(text::find_invalid_utf8("\xC1\xBF") == 0u);
        CHECK(text::find_invalid_utf8("x\xE0\x80\xAF") == 1u);        // '/' in three bytes
        CHECK(text::find_invalid_utf8("xyz\xF0\x80\x80\xAF") == 3u);  // '/' in four bytes
        CHECK(text::find_invalid_utf8("\xE0\x9F\xBF") == 0u);         // U+07FF in three bytes
    }
    SECTION("surrogates and code points above U+10FFFF") {
        CHECK(text::find_invalid_utf8("ok \xED\xA0\x80") == 3u);  // U+D800
        CHECK(text::find_invalid_utf8("\xED\xBF\xBF") == 0u);     // U+DFFF
        CHECK(text::find_invalid_utf8("\xF4\x90\x80\x80") == 0u); // U+110000
        CHECK(text::find_invalid_utf8("\xF5\x80\x80\x80") == 0u);
    }
    SECTION("truncated sequences and stray bytes") {
        CHECK(text::find_invalid_utf8("end \xE2\x82") == 4u);           // truncated at the end
        CHECK(text::find_invalid_utf8("\xF0\x9F\x9A") == 0u);
        CHECK(text::find_invalid_utf8("\xE2\x82 then more") == 0u);     // truncated in the middle
        CHECK(text::find_invalid_utf8("a\x80" "b") == 1u);              // lone continuation byte
        CHECK(text::find_invalid_utf8("ab\xFF") == 2u);
        CHECK(text::find_invalid_utf8("\xFE\xFF") == 0u);
        CHECK(text::find_invalid_utf8("\xC3") == 0u);
    }
    SECTION("the first of several bad sequences is reported") {
        CHECK(text::find_invalid_utf8("\xC3\xA9 ok \xFF \xC0\xAF") == 6u);
    }
}

TEST_CASE("find_invalid_utf8 finds the first binary control byte in the same pass", "[text][utf8]") {
    auto control_in = [](std::string_view s) {
        std::optional<std::size_t> control;
        const auto bad = text::find_invalid_utf8(s, &control);
        CHECK_FALSE(bad);
        return control;
    };
    CHECK_FALSE(control_in("tabs\tline ends\r\nand a form feed\f, none of them binary, over many bytes\n"));
    CHECK(control_in(std::string("# Title\n\0rest\n", 14)) == 8u);             // NUL inside an ASCII block of eight
    CHECK(control_in("long ASCII text before the escape \x1B[31m") == 34u);     // ... in a later block
    CHECK(control_in("\x01\x02") == 0u);                                       // under eight bytes
    CHECK(control_in("caf\xC3\xA9 \x7F ok \x02 \x03") == 11u);                  // after a 2-byte letter; DEL is no C0 byte
    SECTION("at every offset, in sixteen- and eight-byte blocks, beside line ends and after a letter of two bytes") {
        // A text of line ends and words, with an escape byte put at each offset in turn; and the same
        // after an 'é' at each offset (the bytes before and after a non-ASCII one are read apart).
        const std::string base = "line one\nline two\r\nthird\tline\fand the fourth line of text\n";
        for (std::size_t at = 0; at < base.size(); ++at) {
            std::string s = base;
            s[at] = '\x1B';
            CHECK(control_in(s) == at);
            for (std::size_t letter = 0; letter < at; letter += 3) {
                std::string t = s;
                t.replace(letter, 1, "\xC3\xA9");
                CHECK(control_in(t) == at + 1);
            }
        }
        CHECK_FALSE(control_in(base + base + "caf\xC3\xA9\n" + base));
    }
    SECTION("invalid UTF-8 is still found, the control byte before it noted") {
        std::optional<std::size_t> control;
        CHECK(text::find_invalid_utf8("a\x01" "b\xFF", &control) == 3u);
        CHECK(control == 1u);
    }
}

TEST_CASE("is_space_at recognises ASCII and Unicode spaces with their byte length", "[text]") {
    std::size_t length = 0;
    SECTION("ASCII whitespace") {
        for (std::string_view s : {" "sv, "\t"sv, "\n"sv, "\r"sv}) {
            length = 0;
            CHECK(text::is_space_at(s, 0, &length));
            CHECK(length == 1);
        }
    }
    SECTION("Unicode spaces") {
        CHECK(text::is_space_at("\xC2\xA0", 0, &length));  // NBSP
        CHECK(length == 2);
        CHECK(text::is_space_at("x\xE2\x80\x89y", 1, &length));  // thin space
        CHECK(length == 3);
        CHECK(text::is_space_at("\xE2\x80\xAF", 0, &length));  // narrow NBSP
        CHECK(length == 3);
        CHECK(text::is_space_at("\xE3\x80\x80", 0, &length));  // ideographic space
        CHECK(length == 3);
    }
    SECTION("not spaces") {
        CHECK_FALSE(text::is_space_at("a", 0, &length));
        CHECK_FALSE(text::is_space_at("\xC3\xA0", 0, &length));  // 'à' shares NBSP's second byte
        CHECK_FALSE(text::is_space_at("\xE2\x80\x93", 0, &length));  // en dash
        CHECK_FALSE(text::is_space_at("-", 0, &length));
    }
}

TEST_CASE("trim and trim_chars", "[text]") {
    SECTION("trim removes ASCII and Unicode spaces at both ends only") {
        CHECK(text::trim("  a b  ") == "a b");
        CHECK(text::trim("\t\nword\r\n") == "word");
        CHECK(text::trim("\xC2\xA0" "Keynote\xE2\x80\x89") == "Keynote");
        CHECK(text::trim("a\xC2\xA0" "b") == "a\xC2\xA0" "b");
        CHECK(text::trim("") == "");
        CHECK(text::trim(" \t \xC2\xA0 ") == "");
    }
    SECTION("trim keeps a final letter whose bytes resemble a space") {
        CHECK(text::trim("voil\xC3\xA0") == "voil\xC3\xA0");  // à = C3 A0
        CHECK(text::trim("voil\xC3\xA0 ") == "voil\xC3\xA0");
        CHECK(text::trim("caf\xC3\xA9 ") == "caf\xC3\xA9");
        CHECK(text::trim("\xE2\x9A\xA1") == "\xE2\x9A\xA1");  // ⚡
    }
    SECTION("trim_chars removes the given characters and spaces, interleaved") {
        CHECK(text::trim_chars("**Monday**", "*") == "Monday");
        CHECK(text::trim_chars(" * _ x _ * ", "*_") == "x");
        CHECK(text::trim_chars("- title -", "-") == "title");
        CHECK(text::trim_chars("...", ".") == "");
        CHECK(text::trim_chars("a-b", "-") == "a-b");
        CHECK(text::trim_chars("keep", "") == "keep");
        // Letter or digit ends are returned at once; any other end goes through the loop.
        CHECK(text::trim_chars("Room 2", "*_") == "Room 2");
        CHECK(text::trim_chars("2 Room*", "*_") == "2 Room");
        CHECK(text::trim_chars("_Room 2", "*_") == "Room 2");
        CHECK(text::trim_chars("caf\xC3\xA9.", ".") == "caf\xC3\xA9");
    }
}

TEST_CASE("assign_part cuts a string to a part of itself in place, or copies another text", "[text]") {
    std::string s = "  A long title, longer than any small-string buffer  ";
    const char* buffer = s.data();
    text::assign_part(s, text::trim(s));
    CHECK(s == "A long title, longer than any small-string buffer");
    CHECK(s.data() == buffer);  // no new buffer for a part of itself
    text::assign_part(s, std::string_view(s).substr(2, 4));
    CHECK(s == "long");
    text::assign_part(s, std::string_view(s).substr(4));  // an empty part at the end
    CHECK(s.empty());
    const std::string other = "another text";
    text::assign_part(s, other);
    CHECK(s == "another text");
    text::assign_part(s, std::string_view());
    CHECK(s.empty());
}

TEST_CASE("collapse_spaces", "[text]") {
    CHECK(text::collapse_spaces("  a \n\n b\t  c  ") == "a b c");
    CHECK(text::collapse_spaces("a\xC2\xA0\xC2\xA0" "b") == "a b");
    CHECK(text::collapse_spaces("one\xE2\x80\x89two") == "one two");
    CHECK(text::collapse_spaces("") == "");
    CHECK(text::collapse_spaces(" \n ") == "");
    CHECK(text::collapse_spaces("caf\xC3\xA9  cr\xC3\xA8me") == "caf\xC3\xA9 cr\xC3\xA8me");
}

TEST_CASE("case and comparison helpers", "[text]") {
    SECTION("ascii_lower lowers ASCII only") {
        CHECK(text::ascii_lower("CET Keynote") == "cet keynote");
        CHECK(text::ascii_lower("\xC3\x84" "BC") == "\xC3\x84" "bc");  // Ä stays
    }
    SECTION("starts_with / ends_with") {
        CHECK(text::starts_with("Keynote: x", "Keynote"));
        CHECK(text::starts_with("abc", ""));
        CHECK_FALSE(text::starts_with("ab", "abc"));
        CHECK_FALSE(text::starts_with("xabc", "abc"));
        CHECK(text::ends_with("file.md", ".md"));
        CHECK(text::ends_with("abc", ""));
        CHECK_FALSE(text::ends_with("md", ".md"));
        CHECK_FALSE(text::ends_with("file.mdx", ".md"));
    }
    SECTION("iequals_ascii") {
        CHECK(text::iequals_ascii("CEST", "cest"));
        CHECK(text::iequals_ascii("", ""));
        CHECK_FALSE(text::iequals_ascii("CET", "CEST"));
        CHECK_FALSE(text::iequals_ascii("CET", "CES"));
    }
}

TEST_CASE("split keeps empty parts and does not trim", "[text]") {
    using Parts = std::vector<std::string_view>;
    CHECK(text::split("a,,b", ",").to_vector() == Parts{"a", "", "b"});
    CHECK(text::split(",a,", ",").to_vector() == Parts{"", "a", ""});
    CHECK(text::split("abc", ",").to_vector() == Parts{"abc"});
    CHECK(text::split("", ",").to_vector() == Parts{""});
    CHECK(text::split("Title - A - B", " - ").to_vector() == Parts{"Title", "A", "B"});
    CHECK(text::split("a ; b", ";").to_vector() == Parts{"a ", " b"});
}

TEST_CASE("decode_at and append_utf8", "[text][utf8]") {
    std::size_t length = 0;
    SECTION("decoding every length") {
        CHECK(text::decode_at("A", 0, &length) == U'A');
        CHECK(length == 1);
        CHECK(text::decode_at("x\xC3\xA9", 1, &length) == 0xE9);
        CHECK(length == 2);
        CHECK(text::decode_at("\xE2\x9A\xA1", 0, &length) == 0x26A1);
        CHECK(length == 3);
        CHECK(text::decode_at("\xF0\x9F\x9A\x80", 0, &length) == 0x1F680);
        CHECK(length == 4);
    }
    SECTION("invalid bytes decode as U+FFFD of length 1") {
        CHECK(text::decode_at("\xFF", 0, &length) == 0xFFFD);
        CHECK(length == 1);
        CHECK(text::decode_at("\xE2\x9A", 0, &length) == 0xFFFD);  // truncated
        CHECK(length == 1);
        CHECK(text::decode_at("\xE2" "ab", 0, &length) == 0xFFFD);  // bad continuation
        CHECK(length == 1);
        CHECK(text::decode_at("\x80", 0, &length) == 0xFFFD);
        CHECK(length == 1);
    }
    SECTION("append_utf8 writes the shortest form, and decode_at reads it back") {
        std::string euro;
        text::append_utf8(euro, 0x20AC);
        CHECK(euro == "\xE2\x82\xAC");
        for (char32_t cp : {char32_t(0x41), char32_t(0x7F), char32_t(0x80), char32_t(0x7FF), char32_t(0x800),
                            char32_t(0xFFFD), char32_t(0x10000), char32_t(0x1F680), char32_t(0x10FFFF)}) {
            std::string out;
            text::append_utf8(out, cp);
            CHECK_FALSE(text::find_invalid_utf8(out));
            CHECK(text::decode_at(out, 0, &length) == cp);
            CHECK(length == out.size());
        }
    }
}

TEST_CASE("is_emoji and strip_leading_emoji", "[text][emoji]") {
    SECTION("emoji and their decorations") {
        CHECK(text::is_emoji(0x26A1));   // ⚡
        CHECK(text::is_emoji(0x1F680));  // 🚀
        CHECK(text::is_emoji(0x1F6A8));  // 🚨
        CHECK(text::is_emoji(0x1F3A4));  // 🎤
        CHECK(text::is_emoji(0x200D));   // zero-width joiner
        CHECK(text::is_emoji(0xFE0F));   // variation selector 16
    }
    SECTION("not emoji") {
        CHECK_FALSE(text::is_emoji(U'A'));
        CHECK_FALSE(text::is_emoji(U'7'));
        CHECK_FALSE(text::is_emoji(0xE9));    // é
        CHECK_FALSE(text::is_emoji(0x2013));  // en dash
        CHECK_FALSE(text::is_emoji(0x2022));  // bullet
        CHECK_FALSE(text::is_emoji(0x4E2D));  // 中
    }
    SECTION("stripping returns the rest and what was removed") {
        std::string_view removed;
        CHECK(text::strip_leading_emoji("\xE2\x9A\xA1 Lightning Talk", &removed) == "Lightning Talk");
        CHECK(removed == "\xE2\x9A\xA1");
        CHECK(text::strip_leading_emoji("\xF0\x9F\x9A\xA8\xF0\x9F\x9A\xA8 Contribfest", &removed) == "Contribfest");
        CHECK(removed == "\xF0\x9F\x9A\xA8\xF0\x9F\x9A\xA8");
        CHECK(text::strip_leading_emoji("\xE2\x9A\xA1\xEF\xB8\x8F Title", &removed) == "Title");  // ⚡️ with VS16
        CHECK(removed == "\xE2\x9A\xA1\xEF\xB8\x8F");
        CHECK(text::strip_leading_emoji("  \xF0\x9F\x9A\x80  Launch", &removed) == "Launch");
        CHECK(text::strip_leading_emoji("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB Dev", &removed) == "Dev");  // 👩‍💻
        CHECK(text::strip_leading_emoji("\xE2\x9A\xA1", &removed) == "");
        CHECK(removed == "\xE2\x9A\xA1");
    }
    SECTION("text without a leading emoji is returned unchanged") {
        std::string_view removed = "sentinel";
        CHECK(text::strip_leading_emoji("Keynote", &removed) == "Keynote");
        CHECK(removed.empty());
        CHECK(text::strip_leading_emoji("Launch \xF0\x9F\x9A\x80") == "Launch \xF0\x9F\x9A\x80");
        CHECK(text::strip_leading_emoji("") == "");
    }
}

TEST_CASE("snake_case keeps ASCII letters and digits", "[text]") {
    CHECK(text::snake_case("Hands-on Workshop") == "hands_on_workshop");
    CHECK(text::snake_case("Fireside Chat") == "fireside_chat");
    CHECK(text::snake_case("  Lightning   Talk!! ") == "lightning_talk");
    CHECK(text::snake_case("Q&A 2") == "q_a_2");
    CHECK(text::snake_case("") == "");
    CHECK(text::snake_case("---") == "");
}

TEST_CASE("padded_decimal and padded_hex format integers without printf", "[text]") {
    using talkboard::text::padded_decimal;
    using talkboard::text::padded_hex;
    CHECK(padded_decimal(0) == "0");
    CHECK(padded_decimal(7, 2) == "07");
    CHECK(padded_decimal(2024, 4) == "2024");
    CHECK(padded_decimal(12345, 4) == "12345");  // width is a minimum, never a truncation
    CHECK(padded_decimal(-7, 3) == "-007");
    CHECK(padded_decimal(std::numeric_limits<long long>::min()) == "-9223372036854775808");
    CHECK(padded_decimal(std::numeric_limits<long long>::max()) == "9223372036854775807");
    CHECK(padded_hex(0, 4) == "0000");
    CHECK(padded_hex(0x1f, 4) == "001f");
    CHECK(padded_hex(0xFFFFFFFFFFFFull, 12) == "ffffffffffff");
    CHECK(padded_hex(std::numeric_limits<unsigned long long>::max()) == "ffffffffffffffff");
}

TEST_CASE("is_listed_ascii: a word of a '|'-separated list, ignoring ASCII case", "[text]") {
    using talkboard::text::is_listed_ascii;
    CHECK(is_listed_ascii("to", "to|until|till"));
    CHECK(is_listed_ascii("Until", "to|until|till"));
    CHECK(is_listed_ascii("TILL", "to|until|till"));  // the last word
    CHECK_FALSE(is_listed_ascii("til", "to|until|till"));    // a prefix of a word is not the word
    CHECK_FALSE(is_listed_ascii("until|till", "to|until|till"));  // nor are two words
    CHECK_FALSE(is_listed_ascii("", "to|until|till"));
    CHECK_FALSE(is_listed_ascii("", ""));
    CHECK_FALSE(is_listed_ascii("", "to||till"));  // an empty word never matches, even an empty entry
    CHECK(is_listed_ascii("a", "a"));
    CHECK_FALSE(is_listed_ascii("é", "É"));  // ASCII case only
}

TEST_CASE("index_in_list and WordList find a word by its place in a list", "[text]") {
    CHECK(text::index_in_list("CET", "UTC GMT CET CEST", ' ', false) == 2);
    CHECK(text::index_in_list("cet", "UTC GMT CET CEST", ' ', false) == std::string_view::npos);  // exact when asked
    CHECK(text::index_in_list("cet", "UTC GMT CET CEST", ' ', true) == 2);
    CHECK(text::index_in_list("CES", "UTC GMT CET CEST", ' ', false) == std::string_view::npos);
    CHECK(text::index_in_list("CEST", "UTC GMT CET CEST", ' ', false) == 3);  // the last word
    CHECK(text::index_in_list("", "a  b", ' ', false) == std::string_view::npos);
    SECTION("a WordList answers as the list does, its length and first-letter filter never hides a word") {
        static constexpr text::WordList words("day|Week|track|no|number|3d|x-ray");
        for (std::string_view w : {"day", "DAY", "week", "Track", "no", "NUMBER", "3d", "X-RAY"}) CHECK(words.contains(w));
        for (std::string_view w : {"", "da", "days", "weeks", "n", "num", "4d", "xray", "day|week"}) CHECK_FALSE(words.contains(w));
        static constexpr text::WordList zones("UTC GMT CET", ' ');
        CHECK(zones.index_of("CET", false) == 2);
        CHECK(zones.index_of("cet", false) == std::string_view::npos);
        CHECK(zones.index_of("cet") == 2);
        // Words of 31 bytes and more share one length bit.
        static constexpr text::WordList long_words("abcdefghijklmnopqrstuvwxyz0123456789|b");
        CHECK(long_words.contains("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
        CHECK_FALSE(long_words.contains("abcdefghijklmnopqrstuvwxyz012345678"));
    }
    SECTION("a list without capitals is searched for the lowered word, taken only between separators") {
        static constexpr text::WordList lower("mon|monday|day|mo|sunday|day", '|');
        CHECK(lower.index_of("MON") == 0);
        CHECK(lower.index_of("Monday") == 1);
        CHECK(lower.index_of("day") == 2);  // the first of two, not the end of "monday" or "sunday"
        CHECK(lower.index_of("Mo") == 3);
        CHECK(lower.index_of("sunday") == 4);
        CHECK(lower.index_of("SUNDAY", false) == std::string_view::npos);  // exact when asked
        for (std::string_view w : {"on", "nday", "onda", "mond", "mon|monday", "day|mo", "sun", "days", "y"}) {
            CHECK(lower.index_of(w) == std::string_view::npos);
        }
        CHECK(text::find_in_list("b c", "a b c d", ' ', true) == std::string_view::npos);  // never two words
        CHECK(text::find_in_list("D", "a b c d", ' ', true) == 3);
        CHECK(text::find_in_list("", "a  b", ' ', true) == std::string_view::npos);
        const std::string longer(70, 'x');
        CHECK(text::find_in_list(std::string(70, 'X'), "y|" + longer, '|', true) == 1);  // past the fold buffer
        static constexpr text::WordList short_words("ab|abc");
        CHECK_FALSE(short_words.contains("abcd"));  // longer than every word
    }
}

TEST_CASE("split walks its parts in place", "[text]") {
    std::vector<std::string_view> seen;
    for (std::string_view part : text::split("a b  c", " ")) seen.push_back(part);
    CHECK(seen == std::vector<std::string_view>{"a", "b", "", "c"});
    const auto parts = text::split("x|y", "|");
    CHECK(std::distance(parts.begin(), parts.end()) == 2);
    CHECK(std::distance(parts.begin(), parts.end()) == 2);  // walked again from the start
}

TEST_CASE("find_by finds a needle by one of its bytes, as find does", "[text]") {
    for (std::string_view s : {"the times are in time zone CET", "timezone", "mimes imes", "a time zon", "", "imes"}) {
        for (std::string_view needle : {"imes"sv, "time zone"sv, "timezone"sv, "e"sv, "zon"sv}) {
            for (std::size_t anchor = 0; anchor < needle.size(); ++anchor) CHECK(text::find_by(s, needle, anchor) == s.find(needle));
        }
    }
}

TEST_CASE("find_any, rfind and has_ascii_digit", "[text]") {
    CHECK(text::find_any("sched.com/event/x?y", "/?#") == 9);
    CHECK(text::find_any("sched.com/event/x?y", "?#") == 17);
    CHECK(text::find_any("sched.com/event/x?y", "/?#", 10) == 15);
    CHECK(text::find_any("abc", "") == std::string_view::npos);
    CHECK(text::find_any("abc", "xyz") == std::string_view::npos);
    // Eight bytes at a time: a hit in the first block, a later block, the tail, from inside a block,
    // bytes above 0x7F, more than four characters (byte by byte).
    const std::string url = "https://example.org/schedule/event/some-long-talk-slug?ref=x#top";
    CHECK(text::find_any(url, "/?#") == 6);
    CHECK(text::find_any(url, "?#") == url.find('?'));
    CHECK(text::find_any(url, "#") == url.size() - 4);
    CHECK(text::find_any(url, "/?#", 20) == 28);
    CHECK(text::find_any(url, "/?#", 29) == 34);
    CHECK(text::find_any(url, "!") == std::string_view::npos);
    CHECK(text::find_any("aaaaaaaaaaaaaaaa\xC3\xA9", "\xA9") == 17);
    CHECK(text::find_any("aaaaaaaaaaaaaaaab", "xyzwb") == 16);
    CHECK(text::find_any("abc", "c", 5) == std::string_view::npos);
    CHECK(text::find_pair("Lunch (food) (drinks)", " (") == 5);
    CHECK(text::find_pair("Lunch (food) (drinks)", " (", 6) == 12);
    CHECK(text::find_pair("(a) b", " (") == std::string_view::npos);  // the '(' has no space before it
    CHECK(text::find_pair(" (", " (") == 0);
    CHECK(text::find_pair("", " (") == std::string_view::npos);
    CHECK(text::find_pair("a(", " (") == std::string_view::npos);
    CHECK(text::rfind("A | B | C", " | ") == 5);
    CHECK(text::rfind(" | ", " | ") == 0);
    CHECK(text::rfind("A | B", "|||") == std::string_view::npos);
    CHECK(text::rfind("ab", "") == 2);
    CHECK(text::has_ascii_digit("a long line of prose that runs past eight bytes: 7"));
    CHECK(text::has_ascii_digit("0"));
    CHECK(text::has_ascii_digit("9 and then many more letters"));
    CHECK_FALSE(text::has_ascii_digit("no digits here, nor in its eight-byte blocks /:"));
    CHECK_FALSE(text::has_ascii_digit("\xEF\xBC\x90\xD9\xA1"));  // full-width and Arabic-Indic digits are not ASCII
    CHECK_FALSE(text::has_ascii_digit(""));
    const std::string prose = "a line of prose without one, read sixteen bytes at a time";
    for (std::size_t at = 0; at < prose.size(); ++at) {  // a digit at every offset of the blocks
        std::string s = prose;
        s[at] = '5';
        CHECK(text::has_ascii_digit(s));
        CHECK_FALSE(text::has_ascii_digit(std::string_view(s).substr(at + 1)));
    }
}

TEST_CASE("append_words joins the words of lines as collapse_spaces would", "[text]") {
    std::string out;
    text::append_words(out, "a line  of words\tand   more words past eight bytes", 0);
    CHECK(out == "a line of words and more words past eight bytes");
    text::append_words(out, "  next\xC2\xA0line ", 0);
    CHECK(out == "a line of words and more words past eight bytes next line");
    std::string head = "- ";
    text::append_words(head, "first item", head.size());  // nothing before the first word past `from`
    CHECK(head == "- first item");
    std::string plain;
    text::append_words(plain, "abcdefgh ijklmnop qrstuvwx", 0);  // eight-byte blocks with single spaces
    CHECK(plain == "abcdefgh ijklmnop qrstuvwx");
    std::string control;
    text::append_words(control, "a\x01b \x7F c", 0);  // control bytes other than white space are word bytes
    CHECK(control == "a\x01b \x7F c");
}

TEST_CASE("collapse_spaces: white space at every offset of sixteen- and eight-byte blocks", "[text]") {
    // Words split at ' ', '\t', '\n' and NBSP, joined by one space: what collapse_spaces must give
    // however the white space falls in the blocks it reads at once.
    auto reference = [](std::string_view s) {
        std::string spaced(s), out;
        for (std::size_t at = spaced.find("\xC2\xA0"); at != std::string::npos; at = spaced.find("\xC2\xA0")) spaced.replace(at, 2, " ");
        std::string word;
        for (char c : spaced + " ") {
            if (c != ' ' && c != '\t' && c != '\n') {
                word += c;
            } else if (!word.empty()) {
                out += out.empty() ? "" : " ";
                out += word;
                word.clear();
            }
        }
        return out;
    };
    const std::string base = "Cilium and eBPF at scale: what we learned running it in caf\xC3\xA9s";
    for (std::string_view space : {" "sv, "\t"sv, "\n"sv, "\xC2\xA0"sv}) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            std::string s = base;
            s.insert(at, space);
            CHECK(text::collapse_spaces(s) == reference(s));
        }
    }
    CHECK(text::collapse_spaces(base) == base);
}

TEST_CASE("strip_trailing_emoji: a decoration set apart by a space", "[text][emoji]") {
    CHECK(text::strip_trailing_emoji("Intro to Git \xF0\x9F\x94\xA5") == "Intro to Git");
    CHECK(text::strip_trailing_emoji("Opening remarks \xF0\x9F\x91\x8B\xF0\x9F\x8E\x89 ") == "Opening remarks");
    CHECK(text::strip_trailing_emoji("Right of Way?\xF0\x9F\x9A\xA6") == "Right of Way?\xF0\x9F\x9A\xA6");  // glued: written into it
    CHECK(text::strip_trailing_emoji("No emoji") == "No emoji");
    CHECK(text::strip_trailing_emoji("\xF0\x9F\x94\xA5").size() == 4);  // nothing but the emoji: kept
    CHECK(text::strip_trailing_emoji("").empty());
}

TEST_CASE("sentence_end: the first '. ' that is not after an initial", "[text]") {
    CHECK(text::sentence_end("Ana Li. She teaches.") == 6);
    CHECK(text::sentence_end("A. Smith, B. Jones") == std::string_view::npos);
    CHECK(text::sentence_end("by Bradley M. Kuhn. Then more", 3) == 18);
    CHECK(text::sentence_end("no end here") == std::string_view::npos);
    CHECK(text::sentence_end("") == std::string_view::npos);
}
