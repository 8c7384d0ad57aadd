// Event UIDs: the contract is in event_uid.h. Keys grow level by level only for the sessions that
// still share one, so most sessions are hashed from their url alone.
#include "talkboard/formats/event_uid.h"

#include <cstddef>

#include "talkboard/time/civil_time.h"
#include "internal/decimal.h"
#include "internal/fnv1a.h"
#include "internal/index_sort.h"
#include "internal/text.h"

namespace talkboard {
namespace {

// Levels 2-4 of event_uid.h; level 1 is the base key. U+001F separates the parts: it cannot occur
// in a title or url the readers keep (control characters), so "a|b" + "c" never meets "a" + "b|c".
constexpr int last_level = 4;

std::string base_key(const Session& session) {
    return session.url ? "url:" + *session.url : "title:" + session.title;
}

void extend_key(std::string& key, const Session& session, int level) {
    key += '\x1f';
    if (level == 2 && session.url) key += session.title;  // without a url the title is already in
    if (level == 3 && session.date) key += format_date(*session.date);
    if (level == 4 && session.start_minute) key += format_hhmm(*session.start_minute);
}

// Calls `each(first, last)` for every run of equal values in `order` (indices sorted by `value`).
template <class Value, class Each>
void for_each_run(const std::vector<int>& order, const Value& value, const Each& each) {
    std::size_t first = 0;
    for (std::size_t k = 1; k <= order.size(); ++k) {
        if (k < order.size() && value(order[k]) == value(order[first])) continue;
        each(first, k);
        first = k;
    }
}

}  // namespace

std::vector<std::string> event_uids(const Schedule& schedule) {
    const auto& sessions = schedule.sessions;
    const auto at = [&](int i) -> const Session& { return sessions[static_cast<std::size_t>(i)]; };
    std::vector<std::string> keys(sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) keys[i] = base_key(sessions[i]);
    const auto key_of = [&](int i) -> const std::string& { return keys[static_cast<std::size_t>(i)]; };

    // `shared`: the sessions whose key another session still has, all of them, level by level.
    std::vector<int> shared(sessions.size());
    for (std::size_t i = 0; i < shared.size(); ++i) shared[i] = static_cast<int>(i);
    for (int level = 1;; ++level) {
        stable_sort_indices(shared, [&](int a, int b) { return key_of(a) < key_of(b); });
        std::vector<int> still_shared;
        for_each_run(shared, key_of, [&](std::size_t first, std::size_t last) {
            if (last - first > 1) still_shared.insert(still_shared.end(), shared.begin() + first, shared.begin() + last);
        });
        if (still_shared.empty() || level == last_level) break;
        for (const int i : still_shared) extend_key(keys[static_cast<std::size_t>(i)], at(i), level + 1);
        shared.swap(still_shared);
    }

    std::vector<std::string> uids(sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) uids[i] = text::padded_hex(fnv1a64(keys[i]) & 0xFFFFFFFFFFFFull, 12);  // the core's one hash (internal/fnv1a.h)
    // Equal hex ids (equal keys, or a hash collision), numbered in schedule order: the sort is stable.
    const std::vector<int> by_uid = sorted_indices(uids.size(), [&](int a, int b) {
        return uids[static_cast<std::size_t>(a)] < uids[static_cast<std::size_t>(b)];
    });
    const auto uid_of = [&](int i) -> const std::string& { return uids[static_cast<std::size_t>(i)]; };
    std::vector<int> occurrence(sessions.size(), 1);
    for_each_run(by_uid, uid_of, [&](std::size_t first, std::size_t last) {
        for (std::size_t k = first + 1; k < last; ++k)
            occurrence[static_cast<std::size_t>(by_uid[k])] = static_cast<int>(k - first) + 1;
    });
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        if (occurrence[i] > 1) {
            uids[i] += '-';
            append_decimal(uids[i], occurrence[i]);
        }
        uids[i] += "@talkboard";
    }
    return uids;
}

}  // namespace talkboard
