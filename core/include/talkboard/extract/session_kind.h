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

// A human label for a tag ("lightning_talk" -> "Lightning talk"). Never fails.
std::string kind_label(std::string_view tag);

}  // namespace talkboard
