// The speakers view: who speaks among a query's matches, with their organizations and sessions.
//
//   QueryResult answer = run_query(index, query);       // query.h: filters, favourites, search apply
//   std::vector<SpeakerEntry> people = list_speakers(index, answer.sessions);
//
// A speaker is a value of the speaker dimension (schedule_index.h): names that fold alike ("Jan
// Zięba", "jan zieba") are one speaker, named by the first spelling the post writes, and a
// speaker of the list selects the same sessions as the Speaker filter with that value. Speakers
// come in the dimension's order (alphabetically by folded name); only those with a session among
// the given ones are listed. Their organizations are the distinct orgs written beside their name
// in those sessions (an org merged the same way, by its first spelling), first met first, so a
// speaker who changed companies between two talks shows both.
//
// Never fails. O(p log v) for p speaker mentions in the sessions and v distinct names.
#pragma once

#include <string>
#include <vector>

#include "talkboard/query/schedule_index.h"

namespace talkboard {

struct SpeakerEntry {
    int speaker = -1;               // value id in ScheduleIndex::values(Dimension::speaker)
    std::string name;               // that value: what the Speaker filter selects it by
    std::vector<std::string> orgs;  // distinct, first met first; empty when none is written
    std::vector<int> sessions;      // session indices, in the order given
};

// The speakers of `sessions` (session indices, e.g. QueryResult::sessions, in view order).
std::vector<SpeakerEntry> list_speakers(const ScheduleIndex& index, const std::vector<int>& sessions);

}  // namespace talkboard
