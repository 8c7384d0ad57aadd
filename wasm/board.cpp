#include "board.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "talkboard/icalendar.h"
#include "talkboard/json_writer.h"
#include "talkboard/post.h"
#include "talkboard/result.h"
#include "talkboard/schedule_json.h"
#include "talkboard/view_json.h"

namespace talkboard::wasm {
namespace {

// Calls `each(tag, text)` for every record of a packed string list.
template <typename Each>
void for_each_packed(std::string_view packed, Each each) {
    std::size_t at = 0;
    while (packed.size() - at >= 5) {
        const char tag = packed[at];
        uint32_t length = 0;
        for (int i = 0; i < 4; ++i) length |= uint32_t(static_cast<unsigned char>(packed[at + 1 + i])) << (8 * i);
        at += 5;
        if (length > packed.size() - at) return;
        each(tag, std::string(packed.substr(at, length)));
        at += length;
    }
}

std::string error_json(const Error& error) {
    JsonWriter out;
    out.begin_object().key("ok").value(false).key("error").begin_object();
    out.key("code").value(error_code_name(error.code)).key("message").value(error.message);
    out.end_object().end_object();
    return out.take();
}

}  // namespace

void decode_query_strings(std::string_view packed, Query& query) {
    for_each_packed(packed, [&](char tag, std::string text) {
        switch (tag) {
            case 't': query.text = std::move(text); break;
            case 'd': query.days.push_back(std::move(text)); break;
            case 'k': query.kinds.push_back(std::move(text)); break;
            case 's': query.sections.push_back(std::move(text)); break;
            case 'p': query.speakers.push_back(std::move(text)); break;
            case 'o': query.orgs.push_back(std::move(text)); break;
            case 'r': query.rooms.push_back(std::move(text)); break;
            case 'T': query.tracks.push_back(std::move(text)); break;
            case 'f': query.favorites.push_back(std::move(text)); break;
            default: break;
        }
    });
}

std::vector<std::string> decode_string_list(std::string_view packed) {
    std::vector<std::string> out;
    for_each_packed(packed, [&](char, std::string text) { out.push_back(std::move(text)); });
    return out;
}

std::string Board::load(const std::string& text) {
    Result<Schedule> parsed = parse_post(text);
    if (!parsed) return error_json(parsed.error());
    index_ = std::make_unique<ScheduleIndex>(std::move(parsed).value());
    return R"({"ok":true})";
}

std::string Board::schedule() const { return index_ ? schedule_to_json(index_->schedule()) : "null"; }

std::string Board::dimensionValues() const { return index_ ? dimension_values_to_json(*index_) : "null"; }

std::string Board::query(Query query) const {
    if (!index_) return "null";
    if (!std::isfinite(query.now_utc)) query.now_utc = 0;
    query.utf16_offsets = true;  // JS indexes strings in UTF-16 code units
    return query_result_to_json(run_query(*index_, query));
}

std::string Board::icsAll() const { return index_ ? schedule_to_icalendar(index_->schedule()) : ""; }

std::string Board::icsFavorites(const std::vector<std::string>& ids) const {
    if (!index_) return "";
    std::vector<int> found;
    for (const std::string& id : ids) index_->find_sessions_by_id(id, found);
    if (found.empty()) return schedule_to_icalendar(Schedule{index_->schedule().post, {}, {}});
    std::vector<std::size_t> selection(found.begin(), found.end());
    return schedule_to_icalendar(index_->schedule(), selection);
}

std::string Board::icsSession(int session) const {
    if (!index_ || session < 0 || session >= index_->size()) return "";
    return schedule_to_icalendar(index_->schedule(), {static_cast<std::size_t>(session)});
}

}  // namespace talkboard::wasm
