// The beginning of a post that can be read on its own: what a page shows first while the rest of a
// big post is still being read (wasm/board.h, Board::load with head_bytes).
#pragma once

#include <cstddef>
#include <string_view>

namespace talkboard {

// The longest beginning of `post` of at most `max_bytes` bytes that ends with a blank line (a line
// of nothing but spaces, tabs or CR), the blank line included: a cut between two paragraphs, never
// inside a line or a UTF-8 sequence. Empty when the first `max_bytes` bytes hold no blank line.
// What reads as sessions in the head may differ from what the whole post makes of the same lines
// (a later line can name the year, the zone or a table's columns): the head is a preview, never
// the schedule.
std::string_view post_head(std::string_view post, std::size_t max_bytes);

}  // namespace talkboard
