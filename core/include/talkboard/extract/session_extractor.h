// From a post's markdown blocks to sessions: the structural reading of a conference post.
//
// A talk is a block (paragraph, heading or list item) whose first line is one link, optionally
// with a kind prefix, a time, or a speaker list beside it; or a heading directly followed by a
// time line. Its time comes from the same block, the block right after it, or a time line right
// before it; its date may come from a date heading above a run of time-only lines. Everything
// after the time line up to the next talk or heading is its abstract. Sections are the nearest
// enclosing heading. Nothing here depends on a particular site's wording.
#pragma once

#include "talkboard/input/post_source.h"
#include "talkboard/session.h"

namespace talkboard {

// Extracts sessions and diagnostics. Never fails; an empty `sessions` is for the caller to judge.
// Diagnostics: a talk with no time; a time line that cannot be read; an unknown timezone; a
// weekday that contradicts the date; a year inferred against the weekday; a link that is not
// http(s); one speaker in two overlapping talks (time/session_span.h decides what overlaps);
// sessions over limits::max_sessions. Urls and ids follow session_finish.h; the UTC end follows
// time/session_span.h.
// Takes the source by value: its body is edited in place (MDX lines blanked) and read.
Schedule extract_schedule(PostSource source);

}  // namespace talkboard
