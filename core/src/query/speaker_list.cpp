#include "talkboard/query/speaker_list.h"

#include <algorithm>

#include "internal/index_sort.h"

namespace talkboard {

std::vector<SpeakerEntry> list_speakers(const ScheduleIndex& index, const std::vector<int>& sessions) {
    const std::vector<DimensionValue>& names = index.values(Dimension::speaker);
    std::vector<int> entry_of(names.size(), -1);  // value id -> position in `found`
    std::vector<SpeakerEntry> found;
    for (const int session : sessions) {
        const auto [first, last] = index.values_at(Dimension::speaker, index.display_rank(session));
        for (const int* id = first; id != last; ++id) {
            int& entry = entry_of[static_cast<std::size_t>(*id)];
            if (entry < 0) {
                entry = static_cast<int>(found.size());
                SpeakerEntry& added = found.emplace_back();
                added.speaker = *id;
                added.name = names[static_cast<std::size_t>(*id)].value;
            }
            found[static_cast<std::size_t>(entry)].sessions.push_back(session);
        }
        // Which org goes with which name is in the session itself, not in the index's value tables.
        for (const Speaker& speaker : index.session(session).speakers) {
            if (!speaker.org) continue;
            const int id = index.find_value(Dimension::speaker, speaker.name);
            const int org = index.find_value(Dimension::org, *speaker.org);
            if (id < 0 || org < 0) continue;  // an empty name or org is no value
            // An org's value is its first spelling, so one org is always the same string.
            const std::string& value = index.values(Dimension::org)[static_cast<std::size_t>(org)].value;
            std::vector<std::string>& orgs = found[static_cast<std::size_t>(entry_of[static_cast<std::size_t>(id)])].orgs;
            if (std::find(orgs.begin(), orgs.end(), value) == orgs.end()) orgs.push_back(value);
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
