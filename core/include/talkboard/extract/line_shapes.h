// Small shapes of a schedule line that the entry and reading stages both recognise.
#pragma once

#include <string_view>

namespace talkboard {

// The separators that stand between the parts of a schedule line.
inline constexpr std::string_view en_dash = "\xE2\x80\x93";
inline constexpr std::string_view em_dash = "\xE2\x80\x94";
inline constexpr std::string_view fullwidth_colon = "\xEF\xBC\x9A";

// Trims spaces and separators ('-', ':', '|', '*', '_', '~', '>', ',', ';', en/em dashes, bullets,
// the full-width colon) at both ends.
std::string_view trim_separators(std::string_view s);

// What the label of a key/value line names.
// (`bio` labels a speaker's biography: no part of the talk's abstract.)
enum class DetailKey { none, speakers, time, place, track, title, abstract, kind, bio };

struct KeyValue {
    DetailKey key = DetailKey::none;
    std::string_view value;  // trimmed, markup stars and underscores dropped
};

// Reads "Speaker: Gerald Combs, Maintainer", "**When:** Monday ...", "Where：Elicium 2": a known
// label (speaker(s), presenter(s), by, host(s), when, time, date, where, room, location, venue,
// track, title, session, talk, abstract, description, type, format) before a colon. Anything else
// ("Day 1: Optional pre-summit social", "Keynote: Title") is DetailKey::none. An emoji may stand
// for the label when the value fits it: "🎤 Eve Fox, Globex" (names only), "📍 Room 2" (a few words).
KeyValue read_key_value(std::string_view line);

// Whether a line starts with an emoji that stands for speakers (🎤 🎙 🗣 👤 👥).
bool speaker_emoji_first(std::string_view line);

// What a label names on its own ("When", "**Speakers**", "📝 Abstract"), as read_key_value reads
// the label before a colon.
DetailKey detail_key_of(std::string_view label);

// The length of the number that opens a heading, with its '.' or ')' and the space after it ("2. ",
// "12) ", "#1: "): at most `max_digits` digits; 0 when the text opens with none.
std::size_t heading_number_length(std::string_view text, std::size_t max_digits);

// A short label before a title, ending in a separator: "GitOpsCon:", "Keynote -", "Cloud Native
// University |" (at most five words and 48 bytes).
bool is_label_prefix(std::string_view prefix);

// A heading over a list of talks: "Talks", "Presentations", "The Sessions", "Our Workshops",
// "Agenda", "Program".
bool names_talks(std::string_view heading);

}  // namespace talkboard
