#include "board.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "talkboard/time/civil_time.h"
#include "talkboard/formats/icalendar.h"
#include "internal/json_writer.h"
#include "talkboard/post.h"
#include "talkboard/result.h"
#include "talkboard/formats/schedule_json.h"
#include "talkboard/query/view_json.h"

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

std::string Board::post() const { return index_ ? post_to_json(index_->schedule().post) : "null"; }

std::string Board::sessionIds() const { return index_ ? session_ids_to_json(index_->schedule()) : "[]"; }

std::string Board::session(int session) const {
    if (!index_ || session < 0 || session >= index_->size()) return "null";
    return session_to_json(index_->schedule().sessions[static_cast<std::size_t>(session)]);
}

std::string Board::dimensionValues() const { return index_ ? dimension_values_to_json(*index_) : "null"; }

std::string Board::query(Query query) {
    last_.sessions.clear();
    if (!index_) return "null";
    if (!std::isfinite(query.now_utc)) query.now_utc = 0;
    query.highlight_limit = 0;  // highlights(): for the rows the element renders
    query.with_groups = false;  // slot runs are enough: JS labels them from slots()
    run_query(*index_, query, last_);
    return query_result_to_json(last_, false);
}

const std::vector<int>& Board::lastList(int which) const {
    static const std::vector<int> none;
    const FacetCounts& f = last_.facets;
    switch (which) {
        case 0: return last_.sessions;
        case 1: return f.days;
        case 2: return f.kinds;
        case 3: return f.sections;
        case 4: return f.speakers;
        case 5: return f.orgs;
        case 6: return f.rooms;
        case 7: return f.tracks;
        case 8: return last_.slot_runs;
        default: return none;
    }
}

std::string Board::slots() const {
    if (!index_) return "[]";
    JsonWriter out;
    out.begin_array();
    for (const ScheduleIndex::Slot& slot : index_->slots()) {
        out.begin_array().value(slot.day).value(slot.start_minute);
        out.value(slot.start_minute >= 0 ? format_hhmm(slot.start_minute) : std::string()).end_array();
    }
    out.end_array();
    return out.take();
}

std::string Board::highlights(const Query& query, const int* sessions, std::size_t count) const {
    if (!index_) return "[]";
    Query q;
    q.text = query.text;
    q.utf16_offsets = true;  // JS indexes strings in UTF-16 code units
    std::vector<SessionHighlight> out;
    for (std::size_t i = 0; i < count; ++i) {
        if (sessions[i] >= 0 && sessions[i] < index_->size()) out.push_back(highlight_session(*index_, q, sessions[i]));
    }
    return highlights_to_json(out);
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
