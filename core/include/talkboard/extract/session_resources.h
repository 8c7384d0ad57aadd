// A talk's recordings and slides, read from the links of its entry: what becomes a session's
// `resources` (session.h) when the reader takes the entry as a session.
//
// Every link of the entry's lines (its opening block, abstract, detail lines and speaker quote),
// then of a table row's other cells ("| Title | [pdf](...) | [Video](...) |"), whose target
// link_kind.h reads as a video or as slides counts, in the order written; the link text does not
// matter ("[Watch](https://youtu.be/x)", "[slides](deck.pdf)"). Which
// of them are kept is session_finish.h's rule (add_resource: absolute http(s), each once, at most
// limits::max_session_resources), the same as for imported schedules.
#pragma once

#include <vector>

#include "talkboard/extract/entries.h"
#include "talkboard/session.h"

namespace talkboard {

// The recordings and slides linked from `entry`. Never fails; none gives an empty list.
std::vector<Resource> entry_resources(const Entry& entry);

}  // namespace talkboard
