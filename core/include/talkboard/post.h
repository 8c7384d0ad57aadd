// The front door of the core: a post's bytes in, a Schedule out.
//
// Input is auto-detected:
//  - markdown with optional YAML frontmatter (`---` fenced; MDX import/export lines and JSX tags skipped);
//  - a JSON envelope {"frontmatter": {...}, "rawMarkdownBody": "..."} as static-site generators expose it;
//  - an already structured schedule: frab/c3voc schedule.json or pretalx's widget JSON
//    (schedule_import.h): its sessions are returned as imported, with no markdown extraction.
#pragma once

#include <string_view>

#include "talkboard/result.h"
#include "talkboard/session.h"

namespace talkboard {

// Parses a post and extracts its sessions.
// Errors: empty_input, too_large (over limits::max_input_bytes, or a frontmatter over
//         limits::max_frontmatter_bytes), invalid_utf8, binary_input, bad_frontmatter, bad_json
//         (not JSON, or JSON of none of those shapes), no_sessions; json_unavailable for any JSON
//         input in the markdown-only build (talkboard_core_markdown, the browser's post module).
// Everything short of those is reported as diagnostics inside the Schedule, with line numbers
// that refer to the post file as given (for an envelope: to lines of rawMarkdownBody); with
// Diagnostics::skip there are none (the same sessions, an empty `diagnostics`).
// `address` says where the post was read from (a file path or the page's URL; may be empty): a
// post that writes its event's year nowhere takes the one in it (time/civil_time.h,
// year_in_address).
Result<Schedule> parse_post(std::string_view input, Diagnostics diagnostics = Diagnostics::collect, std::string_view address = {});

// The same without the no_sessions error: a post in which nothing reads as a session comes back
// with no sessions and the diagnostics that say what was seen and why it was not taken (what
// `talkboard lint` shows an author). Errors: those of parse_post but no_sessions.
Result<Schedule> read_schedule(std::string_view input, Diagnostics diagnostics = Diagnostics::collect, std::string_view address = {});

// The message of the no_sessions error, for callers that report it themselves.
extern const char* const no_sessions_message;

}  // namespace talkboard
