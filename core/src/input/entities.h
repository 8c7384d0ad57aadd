// HTML character references (`&amp;`, `&nbsp;`, `&#233;`, `&#x2013;`): the one decoder for the
// markdown reader (md4c hands it each entity it found) and the raw HTML reader (which finds them
// itself). Both must decode alike: a name written `&nbsp;` in a markdown line and in an HTML table
// cell is the same name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace talkboard {

// Appends the decoded form of `entity` (the whole reference, '&' to ';', syntax already checked:
// md4c's, or entity_length_at's) to `out`. Numeric references, HTML 4's Latin-1 names and common
// punctuation names are decoded; a number that is no Unicode scalar value gives U+FFFD; other
// names stay as written. Never fails.
void append_entity(std::string& out, std::string_view entity);

// The length of the character reference starting at s[at] (s[at] == '&') when it has md4c's
// syntax: `&name;` (a letter, then 1..47 letters or digits), `&#` 1..7 decimal digits `;`, or
// `&#x` 1..6 hex digits `;`; 0 when it is none (a plain '&'). Reads at most 50 bytes.
std::size_t entity_length_at(std::string_view s, std::size_t at);

// An attribute's value with its character references decoded (`https://x.org/?a=1&amp;b=2`),
// trimmed: the one reading of `href` for the raw HTML reader and for inline `<a href>` tags.
std::string decoded_attribute(std::string_view value);

}  // namespace talkboard
