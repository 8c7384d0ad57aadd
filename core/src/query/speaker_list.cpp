#include "talkboard/query/speaker_list.h"

#include <algorithm>

#include "internal/index_sort.h"

namespace talkboard {

std::vector<SpeakerEntry> list_speakers(const ScheduleIndex& index, const std::vector<int>& sessions) {
    std::vector<int> entry_of(index.values(Dimension::speaker).size(), -1);  // value id -> position in `found`
    std::vector<SpeakerEntry> found;
    std::vector<std::vector<int>> org_ids;  // parallel to found: the org value ids already listed
    for (const int session : sessions) {
        const auto [first, last] = index.values_at(Dimension::speaker, index.display_rank(session));
        for (const int* id = first; id != last; ++id) {
            int& entry = entry_of[static_cast<std::size_t>(*id)];
            if (entry < 0) {
                entry = static_cast<int>(found.size());
                found.push_back({*id, index.values(Dimension::speaker)[static_cast<std::size_t>(*id)].value, {}, {}});
                org_ids.emplace_back();
            }
            found[static_cast<std::size_t>(entry)].sessions.push_back(session);
        }
        // Which org goes with which name is in the session itself, not in the index's value tables.
        for (const Speaker& speaker : index.session(session).speakers) {
            if (!speaker.org) continue;
            const int id = index.find_value(Dimension::speaker, speaker.name);
            const int org = index.find_value(Dimension::org, *speaker.org);
            if (id < 0 || org < 0) continue;  // an empty name or org is no value
            const auto entry = static_cast<std::size_t>(entry_of[static_cast<std::size_t>(id)]);
            std::vector<int>& listed = org_ids[entry];
            if (std::find(listed.begin(), listed.end(), org) != listed.end()) continue;
            listed.push_back(org);
            found[entry].orgs.push_back(index.values(Dimension::org)[static_cast<std::size_t>(org)].value);
        }
    }
    const std::vector<int> order = sorted_indices(found.size(), [&](int a, int b) {
        return found[static_cast<std::size_t>(a)].speaker < found[static_cast<std::size_t>(b)].speaker;
    });
    std::vector<SpeakerEntry> listed;
    listed.reserve(found.size());
    for (const int i : order) listed.push_back(std::move(found[static_cast<std::size_t>(i)]));
    return listed;
}

}  // namespace talkboard
