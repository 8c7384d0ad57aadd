// Named limits. Each one bounds time or memory on hostile input; each has a test at the limit
// (tests/unit/test_limits.cpp). What happens past each is written beside it; docs/ARCHITECTURE.md
// lists them with the query's own limits.
#pragma once

#include <cstddef>

namespace talkboard::limits {

// Largest post accepted. The biggest real posts are ~40 KB; 32 MiB leaves room for
// generated schedules of 100,000 sessions (~20 MB) while keeping a wasm heap small.
inline constexpr std::size_t max_input_bytes = 32u * 1024u * 1024u;

// Most sessions kept from one post; beyond this the rest is dropped with a diagnostic (an error
// for a post, a warning for an imported schedule).
// 200,000 is twice the largest benchmark post.
inline constexpr std::size_t max_sessions = 200000;

// Frontmatter longer than this is refused: real posts carry a dozen short keys.
inline constexpr std::size_t max_frontmatter_bytes = 64u * 1024u;

// Diagnostics beyond this are summarized in one final line, so a garbage post cannot
// produce an unbounded report.
inline constexpr std::size_t max_diagnostics = 1000;

// Longest link text considered as a talk title line. Longer ones are prose, not talks.
inline constexpr std::size_t max_talk_line_bytes = 2000;

// Longest line read as a date/time line. Real ones are under 100 bytes (the corpus's longest is 56);
// a longer line is prose. Without this bound every line of a post, however long, was tokenized:
// a 1 MB line cost ~30 MB of tokens.
inline constexpr std::size_t max_time_line_bytes = 1024;

// Most recordings and slides kept per session. A talk has a video and a deck or two; a session
// whose text links more is a list of videos (a playlist post), and its card would be a wall of
// buttons. The rest are dropped silently: they are still links in the abstract's source.
inline constexpr std::size_t max_session_resources = 8;

// Longest raw HTML block of a post that is read (input/html_blocks.h); a longer one gives no
// blocks, as before HTML was read. Real ones are tables of a conference day, the largest ~20 KB;
// 1 MiB is fifty times that, and bounds the copy of the block the reader holds.
inline constexpr std::size_t max_html_block_bytes = 1024u * 1024u;

}  // namespace talkboard::limits
