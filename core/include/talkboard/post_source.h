// Reading a post's container: the frontmatter and the markdown body, before any markdown is parsed.
//
// Two containers are auto-detected by read_post_source():
//  - markdown with optional YAML frontmatter between `---` lines;
//  - a JSON envelope {"frontmatter": {...}, "rawMarkdownBody": "..."} (first non-space byte is '{').
#pragma once

#include <string>
#include <string_view>

#include "talkboard/result.h"
#include "talkboard/session.h"

namespace talkboard {

struct PostSource {
    Frontmatter frontmatter;
    std::string body;        // markdown, NUL-terminated by std::string (md4c reads one byte past)
    int first_body_line = 1;  // line of the file on which body's first line stands
};

// Checks the bytes (limits::max_input_bytes, UTF-8, no NUL/control bytes, BOM dropped) and
// dispatches to the container readers below.
// Errors: empty_input, too_large, invalid_utf8, binary_input, bad_frontmatter, bad_json.
Result<PostSource> read_post_source(std::string_view input);

// The YAML subset posts use: `key: scalar`, quoted scalars ('it''s', "a \"b\""), `key: [a, b]`,
// `key:` followed by `  - item` lines, `#` comments. Nested maps are skipped. A frontmatter that
// opens with `---` but never closes is bad_frontmatter; one over limits::max_frontmatter_bytes is too_large.
Result<PostSource> read_markdown_post(std::string_view input);

// Parses the lines of a frontmatter block (without the `---` fences).
Frontmatter parse_frontmatter(std::string_view yaml);

// The JSON envelope, parsed with simdjson. "rawMarkdownBody" must be a string and "frontmatter",
// when present, an object; its scalar values are kept as text, arrays of scalars as lists,
// nested objects skipped. Anything else is bad_json with the reason.
Result<PostSource> read_json_envelope(std::string_view input);

}  // namespace talkboard
