// Reading a post's container: the frontmatter and the markdown body, before any markdown is parsed.
//
// Containers auto-detected by read_post_source():
//  - markdown with optional frontmatter: YAML between `---` lines, TOML between `+++` lines (Hugo),
//    or a Pelican / MultiMarkdown metadata block ("Title: ..." and "Key: value" lines up to the
//    first blank line; keys lowercased);
//    or Hugo's JSON frontmatter (a "{" line, `"Key": "value",` lines, a "}" line, then markdown);
//  - JSON (first non-space byte is '{'), read by read_json_input(), which dispatches by shape:
//    - a post envelope {"frontmatter": {...}, "rawMarkdownBody": "..."};
//    - an already structured schedule (schedule_import.h): frab/c3voc {"schedule": {...}} or
//      pretalx's widget JSON {"talks": [...], ...}. These come back as PostSource::imported and
//      bypass the markdown extractor.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "talkboard/result.h"
#include "talkboard/session.h"

namespace talkboard {

struct PostSource {
    Frontmatter frontmatter;
    std::string body;        // markdown, NUL-terminated by std::string (md4c reads one byte past)
    int first_body_line = 1;  // line of the file on which body's first line stands
    // Where the post was read from (a file path, a page's address), or empty: a post that writes
    // its event's year nowhere may carry it there ("_posts/2023-09-01-summit.md", "/blog/2023/…").
    std::string address;
    // Set for an imported schedule (frab/c3voc, pretalx): the sessions are already structured,
    // body is empty and parse_post() returns this as it is.
    std::optional<Schedule> imported;
};

// Checks the bytes (limits::max_input_bytes, UTF-8, no NUL/control bytes, BOM dropped) and
// dispatches to the container readers below.
// Errors: empty_input, too_large, invalid_utf8, binary_input; and those of the reader it
// dispatches to: bad_frontmatter and too_large (read_markdown_post), bad_json or, in the
// markdown-only build, json_unavailable (read_json_input).
Result<PostSource> read_post_source(std::string_view input);

// The YAML subset posts use: `key: scalar`, quoted scalars ('it''s', "a \"b\""), `key: [a, b]`,
// `key:` followed by `  - item` lines, block scalars (`key: |` or `key: >` over indented lines),
// `#` comments. Nested maps are skipped. TOML (`+++`), Hugo JSON frontmatter and
// Pelican blocks as above.
// Errors: bad_frontmatter (opens with `---` or `+++` but never closes), too_large (a frontmatter
// over limits::max_frontmatter_bytes).
Result<PostSource> read_markdown_post(std::string_view input);

// Whether `input` opens with Hugo's JSON frontmatter and goes on in markdown (then it is a post,
// not a JSON document).
bool starts_with_json_frontmatter(std::string_view input);

// Parses the lines of a YAML frontmatter block (without the `---` fences). Never fails: a line that
// is not `key: value` or a list item is skipped.
Frontmatter parse_frontmatter(std::string_view yaml);

// The lines of the YAML block scalars (`key: |`, `key: >` and the indented lines under it) in a
// frontmatter block, their indentation removed, every other line blank: as many lines as `yaml`
// has, so a line keeps its number. Some site generators keep part of a page in its frontmatter
// (a stand page's schedule table under `showcase: |`) and a layout shows it; read_markdown_post
// puts these lines before the body. "" when there is no block scalar with text.
std::string frontmatter_content_lines(std::string_view yaml);

// The same for a TOML frontmatter holding a schedule as arrays of tables (Hugo data pages:
// `[[extra.days.talks]]` with `time = "10:00 - 10:30"`, `speaker = "..."`, `title = "..."`): each
// record's keys the reader knows become "Title: ...", "Speaker: ...", "Time: ...", "Date: ...",
// "Room: ...", "Track: ..." lines where they stand, every other line blank (a `[[table]]` line
// separates two records). "" when no record holds such a key.
std::string toml_content_lines(std::string_view toml);

// Parses the lines of a TOML frontmatter block (without the `+++` fences): `key = "string"`,
// `key = 'literal'`, `key = value`, `key = ["a", "b"]`; `#` comments; keys after a `[table]` are
// skipped.
Frontmatter parse_toml_frontmatter(std::string_view toml);

// Any JSON input, parsed with simdjson (json_input.cpp is the only file that touches it) and
// dispatched by shape: an object with "rawMarkdownBody" or "frontmatter" is a post envelope
// ("rawMarkdownBody" must be a string and "frontmatter", when present, an object; its scalar values
// are kept as text, arrays of scalars as lists, nested objects skipped); one with a "schedule"
// object is frab/c3voc (v1 `conference.days[].rooms` or schedule2 `events[]`); one with a "talks"
// array is pretalx's widget schedule.
// Errors: bad_json (not JSON, none of those shapes, or a shape with the wrong types; the message
// names what was expected). In the markdown-only core (src/input/markdown_only/) it is always
// json_unavailable instead, without looking at the input.
Result<PostSource> read_json_input(std::string_view input);

}  // namespace talkboard
