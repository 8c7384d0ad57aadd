#include "talkboard/extract/line_shapes.h"

#include <string>

#include <algorithm>
#include <cctype>

#include "internal/text.h"
#include "talkboard/extract/speakers.h"

namespace talkboard {

std::string_view trim_separators(std::string_view s) {
    for (;;) {
        const std::string_view before = s;
        s = text::trim_chars(s, "-:|*_~>,;");
        while (text::starts_with(s, en_dash) || text::starts_with(s, em_dash) || text::starts_with(s, fullwidth_colon) ||
               text::starts_with(s, "\xE2\x80\xA2")) {
            s = text::trim(s.substr(3));
        }
        while (text::ends_with(s, en_dash) || text::ends_with(s, em_dash) || text::ends_with(s, fullwidth_colon) ||
               text::ends_with(s, "\xE2\x80\xA2")) {
            s = text::trim(s.substr(0, s.size() - 3));
        }
        // The middle dot between details: "Ana Li (Acme) · Thu Nov 14, 2:30pm · Room 255".
        while (text::starts_with(s, "\xC2\xB7")) s = text::trim(s.substr(2));
        while (text::ends_with(s, "\xC2\xB7")) s = text::trim(s.substr(0, s.size() - 2));
        if (s == before) return s;
    }
}

DetailKey detail_key_of(std::string_view label) {
    // "💬 Speakers:", "📝 Abstract:": an emoji before the key is decoration.
    const std::string_view name = text::trim_chars(text::strip_leading_emoji(text::trim_chars(label, "*_ ")), "*_ ");
    // One list of names per key, in English and the other languages of the posts we read (an array
    // of (name, key) pairs stores a pointer, a length and a key per name). No name is in two lists.
    static constexpr std::pair<DetailKey, text::WordList> keys[] = {
        {DetailKey::speakers, text::WordList{
            "speaker|speakers|presenter|presenters|presented by|hosted by|shared by|given by|host|hosts|moderator|panelists|by|with|"
            "facilitator|"
            "facilitators|instructor|instructors|moderators|panelist|delivered by|led by|who|session lead|session leads|lead|"
            "speaker(s)|presenter(s)|panelist(s)|instructor(s)|chair|keynote speaker|palestrante|palestrantes|ponente|"
            "ponentes|referent|referentin|sprecher|intervenant|intervenants|orateur|prelegent|guest|guests|sharing guest|sharing guests|"
            "leads"}},
        {DetailKey::time, text::WordList{
            "wann|quand|cu\xC3\xA1ndo|quando|when|time|date|date and time|date & time|time and date|schedule|datetime|date/time|day"}},
        {DetailKey::place, text::WordList{"wo|raum|salle|sala|lieu|where|room|location|venue|place"}},
        {DetailKey::title, text::WordList{"what|title|session|talk|talk title|session title|presentation"}},
        {DetailKey::track, text::WordList{"track"}},
        {DetailKey::abstract, text::WordList{"abstract|description|details|topic details|talk details|session details"}},
        {DetailKey::kind, text::WordList{"type|format|session type"}},
        {DetailKey::bio, text::WordList{"bio|bios|speaker bio|about the speaker"}},
    };
    for (const auto& [key, names] : keys) {
        if (names.contains(name)) return key;  // ASCII case ignored, without lowering a copy
    }
    // "Micro Conference Leads:", "Track Chairs:", "Workshop Organizers:": a label of up to four words
    // whose last names the people.
    if (const std::size_t space = name.rfind(' '); space != std::string_view::npos && std::count(name.begin(), name.end(), ' ') <= 3) {
        static constexpr text::WordList people{
            "leads|lead|chairs|chair|co-chairs|organizers|organisers|hosts|speakers|presenters|moderators|facilitators|instructors"};
        if (people.contains(name.substr(space + 1))) return DetailKey::speakers;
    }
    // "This workshop will be led by:", "The talk is presented by:": a sentence that leads to the names.
    for (std::string_view lead : {" led by", " presented by", " hosted by", " given by", " delivered by", " facilitated by", " taught by"}) {
        if (name.size() > lead.size() && text::iequals_ascii(name.substr(name.size() - lead.size()), lead)) {
            return DetailKey::speakers;
        }
    }
    // "Topic 1:", "Talk 2:": a numbered title in a list of them.
    const std::size_t space = name.rfind(' ');
    if (space != std::string_view::npos && space + 1 < name.size() && space + 3 >= name.size() &&
        std::all_of(name.begin() + static_cast<std::ptrdiff_t>(space) + 1, name.end(), text::is_ascii_digit)) {
        static constexpr text::WordList numbered_titles("topic|talk|presentation");
        if (numbered_titles.contains(name.substr(0, space))) return DetailKey::title;
    }
    return DetailKey::none;
}

namespace {

// The key an emoji at a line's start stands for: 🎤 🎙 🗣 👤 👥 speakers, 📍 🏢 🚪 a place.
DetailKey emoji_key(std::string_view emoji) {
    static constexpr std::pair<std::string_view, DetailKey> keys[] = {
        {"\xF0\x9F\x8E\xA4", DetailKey::speakers},  // microphone
        {"\xF0\x9F\x8E\x99", DetailKey::speakers},  // studio microphone
        {"\xF0\x9F\x97\xA3", DetailKey::speakers},  // speaking head
        {"\xF0\x9F\x91\xA4", DetailKey::speakers},  // bust in silhouette
        {"\xF0\x9F\x91\xA5", DetailKey::speakers},  // busts in silhouette
        {"\xF0\x9F\x93\x8D", DetailKey::place},     // round pushpin
        {"\xF0\x9F\x8F\xA2", DetailKey::place},     // office building
        {"\xF0\x9F\x9A\xAA", DetailKey::place},     // door
    };
    for (const auto& [mark, key] : keys) {
        if (text::starts_with(text::trim(emoji), mark)) return key;
    }
    return DetailKey::none;
}

// "🎤 Eve Fox, Globex", "📍 Room 2", "🕒 13:00–13:45": an emoji standing for the key, when what
// follows is that kind of value (a talk line may start with 🎤 too: "🎤 Keynote: ...").
KeyValue emoji_key_value(std::string_view line) {
    std::string_view emoji;
    const std::string_view rest = text::trim(text::strip_leading_emoji(line, &emoji));
    if (emoji.empty() || rest.empty() || rest.find('[') != std::string_view::npos) return {};
    const DetailKey key = emoji_key(emoji);
    if (key == DetailKey::speakers) {
        const std::vector<Speaker> people = parse_speakers(rest);
        const bool names = !people.empty() && std::all_of(people.begin(), people.end(), [](const Speaker& p) {
            return looks_like_person_name(p.name);
        });
        return names ? KeyValue{key, rest} : KeyValue{};
    }
    const std::size_t words = 1 + static_cast<std::size_t>(std::count(rest.begin(), rest.end(), ' '));
    return key != DetailKey::none && words <= 6 ? KeyValue{key, rest} : KeyValue{};
}

}  // namespace

bool speaker_emoji_first(std::string_view line) {
    std::string_view emoji;
    text::strip_leading_emoji(text::trim(line), &emoji);
    return !emoji.empty() && emoji_key(emoji) == DetailKey::speakers;
}

std::size_t heading_number_length(std::string_view text, std::size_t max_digits) {
    const std::size_t hash = !text.empty() && text.front() == '#' ? 1 : 0;  // "#1: Title"
    std::size_t end = hash;
    while (end < text.size() && text::is_ascii_digit(text[end])) ++end;
    const std::size_t digits = end - hash;
    const bool mark = end < text.size() && (text[end] == '.' || text[end] == ')' || (hash && text[end] == ':'));
    if (digits == 0 || digits > max_digits || end + 1 >= text.size() || !mark || text[end + 1] != ' ') return 0;
    return end + 2;
}

KeyValue read_key_value(std::string_view line) {
    line = text::trim(line);
    if (!line.empty() && static_cast<unsigned char>(line.front()) >= 0xE2) {
        if (KeyValue kv = emoji_key_value(line); kv.key != DetailKey::none) return kv;
    }
    // "Presented by Ana Li. [Recording](...)", "submitted by Ana Li": a by-line without a colon, up to
    // its sentence's end. (One search for " by " rules out most lines.)
    // (Looked for by its 'b' in place: string_view::find called memchr and memcmp at each space.)
    std::size_t by = std::string_view::npos;
    for (std::size_t k = 1; k + 3 < std::min<std::size_t>(line.size(), 14) + 1 && by == std::string_view::npos; ++k) {
        if (line[k] == 'b' && line[k - 1] == ' ' && line[k + 1] == 'y' && line[k + 2] == ' ') by = k - 1;
    }
    if (by != std::string_view::npos) {
        static constexpr text::WordList verbs("presented|hosted|led|delivered|moderated|submitted|proposed");
        const std::string_view verb = line.substr(0, by);
        const std::size_t start = by + 4;
        if (verbs.contains(verb) && line.size() > start && std::isupper(static_cast<unsigned char>(line[start])) &&
            (std::isupper(static_cast<unsigned char>(verb.front())) || verb == "submitted" || verb == "proposed")) {
            std::string_view names = line.substr(start);
            names = names.substr(0, std::min(names.find(". "), text::find_pair(names, " [")));
            return KeyValue{DetailKey::speakers, text::trim(text::trim_chars(names, ". "))};
        }
    }
    // A key is at most 40 bytes long ("This workshop will be led by"): only the line's head is
    // searched (abstract lines are long).
    constexpr std::size_t max_key = 40;
    const std::string_view head = line.substr(0, max_key + fullwidth_colon.size());
    std::size_t colon = head.substr(0, max_key + 1).find(':');
    std::size_t width = 1;
    const std::size_t wide = head.find(fullwidth_colon);
    if (wide != std::string_view::npos && (colon == std::string_view::npos || wide < colon)) colon = wide, width = 3;
    if (colon == std::string_view::npos || colon == 0 || colon > max_key) return {};
    // (Past 24 bytes only a sentence that leads to names: "This workshop will be led by:". Every
    // line's head is asked, and most colons there end a title's first part.)
    if (colon > 24 && !(colon >= 3 && text::iequals_ascii(line.substr(colon - 3, 3), " by"))) return {};
    const DetailKey key = detail_key_of(line.substr(0, colon));
    if (key == DetailKey::none) return {};
    return KeyValue{key, text::trim(text::trim_chars(line.substr(colon + width), "*_ "))};
}

bool is_label_prefix(std::string_view prefix) {
    prefix = text::trim(prefix);
    if (prefix.empty() || prefix.size() > 48) return false;
    const std::string_view last = prefix.substr(prefix.size() - 1);
    const bool separator_end = last == ":" || last == "-" || last == "|" || text::ends_with(prefix, en_dash) ||
                               text::ends_with(prefix, em_dash) || text::ends_with(prefix, fullwidth_colon);
    if (!separator_end) return false;
    std::size_t words = 0;
    for (std::string_view w : text::split(prefix, " ")) words += !w.empty();
    return words <= 5;
}

bool names_talks(std::string_view heading) {
    std::string_view name = text::trim_chars(heading, "*_:# ");
    for (std::string_view lead : {"the ", "our "}) {
        if (name.size() > lead.size() && text::iequals_ascii(name.substr(0, lead.size()), lead)) name.remove_prefix(lead.size());
    }
    static constexpr text::WordList names("talks|presentations|sessions|lightning talks|keynotes|workshops|tutorials|agenda|program|"
                                          "programme|lineup|line-up|vortr\xC3\xA4ge|prezentacje|charlas|ponencias");
    return names.contains(name);
}

}  // namespace talkboard
