#include "talkboard/extract/session_kind.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <vector>

#include "internal/text.h"
#include "talkboard/extract/line_shapes.h"
#include "talkboard/extract/speakers.h"

namespace talkboard {

namespace {

// Words that make a prefix a session kind. A prefix qualifies when its last word is one of
// these (typos allowed); the tag is then chosen by the rules in normalize_kind.
constexpr std::string_view kind_nouns[] = {
    "keynote", "talk",     "panel",  "discussion", "workshop", "tutorial", "contribfest", "track",
    "session", "lab",      "demo",   "chat",       "bof",      "meetup",   "presentation", "lightning",
    "ama",     "breakout", "lecture", "seminar",   "roundtable", "hackathon", "webinar",  "training",
    "showcase", "interview", "meeting", "sprint",  "video",  "intro",    "dive",     "hours",    "ignite",
};

// Plurals of kind nouns read as the noun: "Deep Dives", "SIG Intros", "Keynotes".
std::string singular(std::string word) {
    if (word.size() > 3 && word.back() == 's' && word != "hours" && word != "ama" && word != "bof" &&
        word.compare(word.size() - 2, 2, "ss") != 0) {
        word.pop_back();
    }
    return word;
}

// Optimal string alignment distance, capped: enough to accept "Disucssion" for "Discussion".
int edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size(), w = m + 1;
    std::vector<int> d((n + 1) * w);  // d[i * w + j]: distance of a[0, i) and b[0, j)
    for (std::size_t i = 0; i <= n; ++i) d[i * w] = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j) d[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min(d[(i - 1) * w + j], d[i * w + j - 1]) + 1;
            best = std::min(best, d[(i - 1) * w + j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, d[(i - 2) * w + j - 2] + 1);
            d[i * w + j] = best;
        }
    }
    return d[n * w + m];
}

// The kind noun a word is (allowing typos in longer words), or empty.
std::string_view as_kind_noun(std::string_view word) {
    // Short words are too close to real names ("Talos", "Trace", "Chart") to correct; a typo must
    // also keep the first letter.
    const int allowed = word.size() >= 9 ? 2 : word.size() >= 6 ? 1 : 0;
    for (std::string_view noun : kind_nouns) {
        if (word == noun) return noun;
    }
    if (allowed == 0) return {};
    for (std::string_view noun : kind_nouns) {
        // The distance is at least the difference in length, and at least the number of the word's
        // letters the noun does not hold (each is replaced or dropped, one edit each): only nouns
        // within reach of both are aligned (most capitalised last words of a prefix are none).
        const std::size_t longer = std::max(word.size(), noun.size()), shorter = std::min(word.size(), noun.size());
        if (word.front() != noun.front() || longer - shorter > static_cast<std::size_t>(allowed)) continue;
        std::uint32_t letters = 0;  // the noun's letters, all in 'a'..'z'
        for (char c : noun) letters |= std::uint32_t{1} << (c - 'a');
        int absent = 0;
        for (char c : word) absent += c < 'a' || c > 'z' || ((letters >> (c - 'a')) & 1u) == 0;
        if (absent <= allowed && edit_distance(word, noun) <= allowed) return noun;
    }
    return {};
}

std::vector<std::string> lower_words(std::string_view s) {
    std::vector<std::string> words;
    std::string current;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            current += static_cast<char>(std::tolower(u));
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

}  // namespace

std::optional<std::string> normalize_kind(std::string_view prefix) {
    prefix = text::strip_leading_emoji(text::trim(prefix));
    // "Poster Session (PS01)": the programme's code in parentheses after the kind is no part of it.
    if (!prefix.empty() && prefix.back() == ')') {
        const std::size_t open = prefix.rfind(" (");
        if (open != std::string_view::npos && prefix.size() - open <= 12) prefix = text::trim(prefix.substr(0, open));
    }
    // "Workshop 1", "Lecture #2": a numbered session of a kind ("Track 1", "Session 2" and "Day 1"
    // name parts of a programme, not kinds).
    if (const std::size_t space = prefix.rfind(' '); space != std::string_view::npos && space > 0) {
        const std::string_view number = text::trim_chars(prefix.substr(space + 1), "#");
        const std::string_view noun = text::trim(prefix.substr(0, space));
        static constexpr text::WordList numbered("workshop|lecture|tutorial|keynote|panel|lab|demo");
        if (!number.empty() && number.size() <= 2 && std::all_of(number.begin(), number.end(), text::is_ascii_digit) &&
            numbered.contains(noun)) {
            prefix = noun;
        }
    }
    // "Birds of a Feather", "Birds-of-a-Feather Session": the long name of a BoF.
    if (prefix.size() >= 18 && text::istarts_with(prefix, "birds")) {
        std::string lower = text::ascii_lower(prefix);
        std::replace(lower.begin(), lower.end(), '-', ' ');
        if (text::starts_with(lower, "birds of a feather")) return std::string("bof");
    }
    // Kinds are short labels of at most four words and no digits; most prefixes asked are longer
    // and leave here, before any word is copied.
    {
        std::size_t count = 0;
        bool in_word = false;
        for (char c : prefix) {
            const bool word = text::is_ascii_alpha(c) || text::is_ascii_digit(c);
            if (text::is_ascii_digit(c)) return std::nullopt;
            if (word && !in_word && ++count > 4) return std::nullopt;
            in_word = word;
        }
    }
    // The last word names the kind: most prefixes asked end in no kind noun and leave here,
    // before the words are copied (normalize_kind is asked of every title's prefix).
    {
        const auto alnum = [](char c) { return text::is_ascii_alpha(c) || text::is_ascii_digit(c); };
        std::size_t end = prefix.size();
        while (end > 0 && !alnum(prefix[end - 1])) --end;
        std::size_t begin = end;
        while (begin > 0 && alnum(prefix[begin - 1])) --begin;
        if (begin == end) return std::nullopt;
        std::string last(prefix.substr(begin, end - begin));
        for (char& c : last) c = text::ascii_lower_char(c);
        const std::string one = singular(last);
        if (as_kind_noun(last).empty() && (one == last || as_kind_noun(one).empty())) return std::nullopt;
    }
    std::vector<std::string> words = lower_words(prefix);
    // Which words are names, written with an inner capital ("CiliumCon", "KubeCon").
    std::vector<char> proper;  // char: std::vector<bool> costs 2 KB of wasm
    {
        std::string word;
        bool inner = false;
        for (std::size_t i = 0; i <= prefix.size(); ++i) {
            const char c = i < prefix.size() ? prefix[i] : ' ';
            if (std::isalnum(static_cast<unsigned char>(c))) {
                inner |= !word.empty() && std::isupper(static_cast<unsigned char>(c)) && std::islower(static_cast<unsigned char>(word.back()));
                word += c;
            } else if (!word.empty()) {
                proper.push_back(inner);
                word.clear();
                inner = false;
            }
        }
    }
    proper.resize(words.size(), false);
    // Plurals of kind nouns are the nouns ("Deep Dives", "SIG Intros"); other words stay as written.
    for (auto& w : words) {
        std::string one = singular(w);
        if (one != w && !as_kind_noun(one).empty()) w = std::move(one);
    }
    // Kinds are short labels; a longer prefix is a title with a colon in it.
    if (words.empty() || words.size() > 4) return std::nullopt;
    for (const auto& w : words) {
        if (std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return std::nullopt;
    }
    const std::string_view last = as_kind_noun(words.back());
    if (last.empty()) return std::nullopt;

    std::vector<std::string_view> nouns;
    for (const auto& w : words) nouns.push_back(as_kind_noun(w));
    auto has_word = [&](std::string_view word) { return std::find(words.begin(), words.end(), word) != words.end(); };

    // "hours" names a kind only in "office hours"; "dive" only in "deep dive".
    if (last == "hours" && !(words.size() >= 2 && words[words.size() - 2] == "office")) return std::nullopt;
    if (last == "dive" && !(words.size() >= 2 && words[words.size() - 2] == "deep")) return std::nullopt;

    // Families: the words before the family noun qualify it and stay ("Project Lightning Talk" ->
    // project_lightning_talk, "Roundtable Panel" -> roundtable_panel, "Sponsored Keynote" ->
    // sponsored_keynote); words after it ("Panel Discussion"), the format note "hands-on"
    // ("Hands-on Workshop") and the place in the day ("Opening Keynote") do not.
    static constexpr std::pair<std::string_view, std::string_view> families[] = {
        {"lightning", "lightning_talk"}, {"keynote", "keynote"}, {"panel", "panel"}, {"workshop", "workshop"},
        {"tutorial", "tutorial"}, {"contribfest", "contribfest"},
    };
    for (const auto& [noun, tag] : families) {
        const auto at = std::find(nouns.begin(), nouns.end(), noun);
        if (at == nouns.end()) continue;
        std::string qualified;
        for (auto w = words.begin(); w != words.begin() + (at - nouns.begin()); ++w) {
            // Where it stands in the day is no kind of its own ("Opening Keynote" is a keynote).
            if (*w == "hands" || *w == "on" || *w == "opening" || *w == "closing") continue;
            // An event's name before the kind ("CiliumCon Sponsored Keynote") does not qualify it.
            if (proper[static_cast<std::size_t>(w - words.begin())]) continue;
            qualified += *w;
            qualified += '_';
        }
        return qualified + std::string(tag);
    }
    if (has_word("maintainer") || has_word("maintainers")) return std::string("maintainer_track");

    // Anything else: the words as written, typos in the kind noun corrected.
    std::string tag;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!tag.empty()) tag += '_';
        tag += nouns[i].empty() ? std::string_view(words[i]) : nouns[i];
    }
    return tag;
}

std::optional<std::string> kind_from_emoji(std::string_view emoji) {
    if (emoji.find("\xE2\x9A\xA1") != std::string_view::npos) return std::string("lightning_talk");  // ⚡
    if (emoji.find("\xF0\x9F\x8E\xA4") != std::string_view::npos) return std::string("keynote");   // 🎤
    return std::nullopt;
}

KindPrefix read_kind_prefix(std::string_view text, KindSeparators separators, bool* same_for_colon_or_bar) {
    constexpr std::size_t max_kind_prefix = 48;  // bytes before the separator
    KindPrefix found;
    found.rest = text::trim(text);
    std::string_view emoji;
    const std::string_view after_emoji = text::strip_leading_emoji(found.rest, &emoji);
    // The first separator, looked for in the bytes a kind may take (a farther one is no kind's),
    // in one pass: every title and link text is asked. A talk link's text takes ':' and " | " only
    // (its " - " stands before speakers).
    const bool any = separators == KindSeparators::any;
    std::size_t cut = std::string_view::npos, width = 0;
    const std::size_t limit = std::min(after_emoji.size(), max_kind_prefix);
    for (std::size_t i = 0; i < limit && width == 0; ++i) {
        // Every separator starts with one of these bytes (the full-width colon's lead byte is 0xEF):
        // the others are passed at one compare each.
        const char c = after_emoji[i];
        if (c != ':' && c != '!' && c != ' ' && c != fullwidth_colon[0]) continue;
        const std::string_view at = after_emoji.substr(i);
        if (at[0] == ':' || (any && at[0] == '!')) width = 1;
        else if (text::starts_with(at, " | ") || (any && text::starts_with(at, " - "))) width = 3;
        else if (any && (text::starts_with(at, fullwidth_colon))) width = fullwidth_colon.size();
        else if (any && text::starts_with(at, " \xE2\x80\x93 ")) width = 5;
        if (width > 0) cut = i;
    }
    if (same_for_colon_or_bar) {
        *same_for_colon_or_bar = cut == std::string_view::npos || (width == 1 && after_emoji[cut] == ':') ||
                                 (width == 3 && after_emoji[cut + 1] == '|');
    }
    if (cut != std::string_view::npos && cut > 0) {
        std::optional<std::string> kind = normalize_kind(after_emoji.substr(0, cut));
        // A label in capitals before a colon is a kind as the author names it ("USER STORY: ...").
        const std::string_view label = after_emoji.substr(0, cut);
        bool capitals = width == 1 && after_emoji[cut] == ':' && label.size() >= 3 && label.size() <= 24 &&
                        std::all_of(label.begin(), label.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == ' '; }) &&
                        std::count(label.begin(), label.end(), ' ') <= 2;
        // (One word in capitals before a person's name, or before more capitals, is the title:
        // "OMGWTFAMQP: Mark Lavin", "WARNING: DATA RACE".)
        if (capitals && label.find(' ') == std::string_view::npos) {
            const std::string_view rest = text::trim(after_emoji.substr(cut + width));
            const bool rest_capitals = std::none_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            if (rest_capitals || (rest.find(' ') != std::string_view::npos && looks_like_person_name(rest) && !looks_like_org(rest) &&
                                  std::count(rest.begin(), rest.end(), ' ') <= 2)) {
                capitals = false;
            }
        }
        if (!kind && capitals) kind = text::snake_case(label);
        if (kind) {
            const std::string_view remainder = text::trim(after_emoji.substr(cut + width));
            if (!remainder.empty()) {
                found.kind = std::move(kind);
                found.rest = remainder;
                return found;
            }
        }
    }
    if (!emoji.empty()) {
        if (auto kind = kind_from_emoji(emoji)) {
            found.kind = std::move(kind);
            found.rest = after_emoji;
        }
    }
    return found;
}

std::string kind_label(std::string_view tag) {
    std::string label;
    for (char c : tag) label += c == '_' ? ' ' : c;
    if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    if (tag == "bof") return "BoF";
    return label;
}

}  // namespace talkboard
