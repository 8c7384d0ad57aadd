// The reader: from a post's markdown to its sessions. One general reader for every common layout,
// in stages a newcomer can follow (each in its own file in this folder):
//
//   1. blocks          input/markdown_blocks.h   md4c's callbacks -> headings, paragraphs, list items,
//                                                table cells, with links, bold and italic runs
//   2. entries         entries.h                 blocks -> candidate entries (list items, paragraphs
//                                                and what follows them, table rows and grid cells,
//                                                headings with their body) and the context carried
//                                                down (sections, the day, a zone stated once, rooms)
//   3. reading         entry_reading.h           what an entry holds: title, kind, speakers, link,
//                                                date/time, room (time_line.h, speakers.h,
//                                                session_kind.h, link_kind.h do the detail)
//   4. decision        decision.h                session or not, with the reason kept
//   5. resolution      this file                 post-wide: duplicates merged, containers and
//                                                overviews dropped, a section's items read alike
//                                                ("Title (Name)", "Title: Name", "Name - Title"
//                                                lists), days from weekdays and "Day 2"
//                                                headings, years inferred, zones, UTC,
//                                                speakers with the post's context, ids, diagnostics
//
// Nothing here depends on one site's wording: only on structure and on what text looks like.
#pragma once

#include "talkboard/input/post_source.h"
#include "talkboard/session.h"

namespace talkboard {

// Extracts sessions and diagnostics. Never fails; an empty `sessions` is for the caller to judge.
// Diagnostics (warnings unless noted), each with its line:
//  - a candidate that was not taken, and why ("a meal, a break or registration", "no time, while
//    the post's other sessions have times", "a time or a link, but no title");
//  - a session without a date or a time; times without a time zone (the .ics would float them);
//  - a date/time that cannot be read, an unknown time zone, a weekday that contradicts the date,
//    a year inferred against the weekday, a non-http(s) link;
//  - one speaker in two overlapping talks;
//  - sessions over limits::max_sessions (error).
// With Diagnostics::skip none of them is written (`diagnostics` stays empty); the sessions are the same.
// Takes the source by value: its body is edited in place (MDX lines blanked, Hugo ref links made
// links) and read.
Schedule extract_schedule(PostSource source, Diagnostics diagnostics = Diagnostics::collect);

}  // namespace talkboard
