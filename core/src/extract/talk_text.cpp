#include "talkboard/extract/talk_text.h"

#include <algorithm>
#include <vector>

#include "talkboard/extract/session_kind.h"
#include "talkboard/extract/speakers.h"
#include "internal/text.h"

namespace talkboard {

namespace {

// Byte positions just after each dash that is followed by a space, and each bar between spaces
// ("Title | Ana Li, Acme"): candidate speaker starts. Each entry is {separator_begin, rest_begin}.
// In one buffer for every call (as parse_time_line's tokens: a talk's text is split once per entry,
// and nothing split_talk_text calls splits another).
std::vector<std::pair<std::size_t, std::size_t>>& dash_separators(std::string_view s) {
    thread_local std::vector<std::pair<std::size_t, std::size_t>> found;
    found.clear();
    // Found eight bytes at a time (a talk's line runs to a few hundred bytes, its separators are few):
    // every separator starts with one of these bytes.
    for (std::size_t i = text::find_any(s, "-|\xE2"); i != std::string_view::npos; i = text::find_any(s, "-|\xE2", i + 1)) {
        std::size_t dash_length = 0;
        if (s[i] == '-' || (s[i] == '|' && i > 0 && s[i - 1] == ' ')) {
            dash_length = 1;
        } else if (s[i] == '\xE2' && (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0)) {
            dash_length = 3;  // en dash, em dash
        }
        if (dash_length == 0 || i == 0) continue;
        const std::size_t after = i + dash_length;
        if (after < s.size() && s[after] == ' ') found.emplace_back(i, after + 1);
    }
    return found;
}

// Text that names an event rather than people: "KubeCon + CloudNativeCon, North America 2023",
// "KubeDay India", "PyCon US 2024", "Open Source Summit 2023".
bool names_event(std::string_view text) {
    static constexpr text::WordList event_nouns("Summit|Conference|Forum|Meetup|Camp|Week|Festival|Expo|Days");
    bool year = false, noun = false;
    for (std::string_view word : text::split(text, " ")) {
        word = text::trim_chars(word, ",;:()+");
        year |= word.size() == 4 && std::all_of(word.begin(), word.end(), text::is_ascii_digit) && (word[0] == '1' || word[0] == '2');
        noun |= event_nouns.contains(word);
        if (word.size() > 4 && text::is_ascii_upper(word.front()) &&
            (text::ends_with(word, "Con") || text::ends_with(word, "Conf") || text::ends_with(word, "Day") || text::ends_with(word, "Fest"))) {
            return true;
        }
    }
    return year && noun;
}

std::string clean_title(std::string_view title) {
    // A stray backtick or dash glued to the separator ("Cilium`- Christine") is not title text.
    for (;;) {
        const std::string_view trimmed = text::trim_chars(title, "-`|:");
        if (text::ends_with(trimmed, "\xE2\x80\x93") || text::ends_with(trimmed, "\xE2\x80\x94")) {
            title = trimmed.substr(0, trimmed.size() - 3);
            continue;
        }
        return text::collapse_spaces(trimmed);
    }
}

}  // namespace

TalkText split_talk_text(std::string_view raw) {
    // Kind: "Keynote: ...", "⚡ Lightning Talk: ...", "🚨 Contribfest: ...", "Project Lightning Talk |
    // ...", or a bare "⚡ ...".
    return split_talk_text(read_kind_prefix(raw, KindSeparators::colon_or_bar));
}

TalkText split_talk_text(const KindPrefix& prefix) {
    TalkText talk;
    talk.kind = prefix.kind;
    std::string_view rest = prefix.rest;
    // "[Conf 2024 Keynote] Welcome!": a bracketed label before the title, its last word a kind.
    if (!talk.kind && text::starts_with(rest, "[")) {
        const std::size_t close = rest.find(']');
        if (close != std::string_view::npos && close + 1 < rest.size()) {
            const std::string_view label = rest.substr(1, close - 1);
            const std::string_view last = label.substr(label.rfind(' ') == std::string_view::npos ? 0 : label.rfind(' ') + 1);
            if (std::optional<std::string> kind = normalize_kind(last); kind && label.size() <= 60) {
                talk.kind = std::move(kind);
                rest = text::trim(rest.substr(close + 1));
            }
        }
    }
    // "Title | WasmCon Co-Located Event", "Title | Kubernetes On Edge Day": the event it is part of
    // after a bar.
    if (const std::size_t bar = rest.rfind(" | "); bar != std::string_view::npos && bar > 0) {
        const std::string_view tail = text::trim(rest.substr(bar + 3));
        const std::string_view last = tail.substr(tail.rfind(' ') == std::string_view::npos ? 0 : tail.rfind(' ') + 1);
        static constexpr text::WordList event_words("Event|Day|Summit|Co-Located|Colocated");
        if (tail.find(' ') != std::string_view::npos && tail.size() <= 60 && event_words.contains(last)) {
            talk.track = std::string(tail);
            rest = text::trim(rest.substr(0, bar));
        }
    }

    // "ArgoCon: Title", "Observability Day: Title": the co-located event before the title.
    if (!talk.track) {
        const std::size_t colon = rest.find(": ");
        if (colon != std::string_view::npos && colon > 0 && colon <= 40) {
            const std::string_view label = rest.substr(0, colon);
            const std::string_view last = label.substr(label.rfind(' ') == std::string_view::npos ? 0 : label.rfind(' ') + 1);
            const bool con = last.size() > 4 && text::ends_with(last, "Con") && text::is_ascii_upper(last.front());
            const bool words = std::count(label.begin(), label.end(), ' ') <= 2;
            const std::string_view after = text::trim(rest.substr(colon + 2));
            if (words && (con || last == "Day" || last == "Summit") && after.find(' ') != std::string_view::npos) {
                talk.track = std::string(label);
                rest = after;
            }
        }
    }
    std::vector<std::pair<std::size_t, std::size_t>>& separators = dash_separators(rest);
    // "Title — KubeCon + CloudNativeCon, North America 2023": the event it was given at, after the
    // last dash, no people.
    if (!separators.empty() && !talk.track) {
        const std::string_view event = text::trim(rest.substr(separators.back().second));
        if (event.size() <= 60 && names_event(event)) {
            talk.track = std::string(event);
            rest = text::trim(rest.substr(0, separators.back().first));
            separators.pop_back();
            // The trim may take a separator's spaces with it ("Title |  - KubeCon 2023"): one whose
            // remainder no longer stands in the text is no speakers' start (and reading it threw).
            while (!separators.empty() && separators.back().second > rest.size()) separators.pop_back();
        }
    }
    for (auto it = separators.rbegin(); it != separators.rend(); ++it) {
        const std::string_view speakers = text::trim(rest.substr(it->second));
        // "A new look into APIs - Graphene (Syrus Akbary)": one word and a person's name in
        // parentheses is the title's last word and its speaker, not a person and an org.
        if (const std::size_t paren = text::find_pair(speakers, " ("); paren != std::string_view::npos && speakers.back() == ')' &&
            speakers.substr(0, paren).find(' ') == std::string_view::npos) {
            const std::string_view inner = speakers.substr(paren + 2, speakers.size() - paren - 3);
            if (inner.find(' ') != std::string_view::npos && looks_like_person_name(inner) && !looks_like_org(inner)) continue;
        }
        if (names_event(speakers)) continue;
        bool consulted_context = false;
        std::vector<Speaker> parsed = parse_speakers(speakers, {}, &consulted_context);
        // After a bar, people with an org or several of them ("Title | Ana Li, Acme"); one bare
        // name may be a room or a kind ("Title | Room C", "Title | Project Lightning Talk").
        if (rest[it->first] == '|' && parsed.size() < 2 && (parsed.empty() || !parsed.front().org)) continue;
        if (!parsed.empty()) {
            talk.title = clean_title(rest.substr(0, it->first));
            talk.speaker_text = std::string(speakers);
            if (!consulted_context) talk.context_free_speakers = std::move(parsed);
            if (!talk.title.empty()) return talk;
        }
    }
    talk.title = clean_title(rest);
    talk.speaker_text.clear();
    talk.context_free_speakers.reset();
    return talk;
}

}  // namespace talkboard
