// Session kinds: the prefix an author writes before a title ("Keynote:", "⚡ Lightning Talk:",
// "Panel Disucssion:") turned into a stable tag ("keynote", "lightning_talk", "panel").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace talkboard {

// The tag for a written prefix (without the ':'), or nullopt when the prefix does not name a
// kind of session ("Cilium" in "Cilium: Connecting ..."). Tolerates typos of one or two letters
// in kind words; a new kind ("Fireside Chat") becomes its lowercase snake_case form.
std::optional<std::string> normalize_kind(std::string_view prefix);

// The tag a lone emoji prefix stands for ("⚡" -> "lightning_talk"), or nullopt.
std::optional<std::string> kind_from_emoji(std::string_view emoji);

// Which separators may end a kind written before a title.
enum class KindSeparators {
    colon_or_bar,  // ':' and " | " ("Keynote: Title", "Project Lightning Talk | Title"): a talk link's text
    any,           // also '!', " - ", " – " and the full-width colon ("Sponsored Keynote - Title", "Panel：Title")
};

// A kind written before a title, and the title after it.
struct KindPrefix {
    std::optional<std::string> kind;  // the tag, nullopt when the text opens with no kind
    std::string_view rest;            // the text after the kind and its separator, trimmed (all of it when no kind)
};

// Reads a kind prefix: "Keynote: X", "⚡ Lightning Talk: X", "Keynote! X", "Sponsored Keynote - X",
// "Roundtable Panel：X", a label in capitals before a colon ("USER STORY: X" -> "user_story"), or a
// lone emoji that stands for a kind ("⚡ X"). The separator is the first of `separators` within
// the 48 bytes a kind may take, and a title must follow it. `rest` views `text`. Never fails.
// `same_for_colon_or_bar`, when given, is set to whether reading `text` with
// KindSeparators::colon_or_bar gives the same answer (the separator found is ':' or " | ", or
// there is none): a caller that asks both (a title, then its talk text) reads once.
KindPrefix read_kind_prefix(std::string_view text, KindSeparators separators, bool* same_for_colon_or_bar = nullptr);

// A human label for a tag ("lightning_talk" -> "Lightning talk"). Never fails.
std::string kind_label(std::string_view tag);

}  // namespace talkboard
