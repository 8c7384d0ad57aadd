#include "board.h"

#include <malloc.h>

#include <utility>
#include <variant>

#include "js_values.h"
#include "talkboard/input/post_head.h"
#include "talkboard/formats/icalendar.h"
#include "talkboard/limits.h"
#include "talkboard/post.h"
#include "talkboard/result.h"

namespace talkboard::wasm {

using emscripten::typed_memory_view;
using emscripten::val;

val Board::inputSpace(int bytes) {
    const std::size_t wanted = bytes > 0 ? static_cast<std::size_t>(bytes) : 0;
    if (input_too_large_ || wanted > limits::max_input_bytes - input_.size()) {
        input_too_large_ = true;
        input_.clear();
        input_.shrink_to_fit();
        return val(typed_memory_view(0, static_cast<unsigned char*>(nullptr)));
    }
    const std::size_t at = input_.size();
    input_.resize(at + wanted);
    return val(typed_memory_view(wanted, reinterpret_cast<unsigned char*>(input_.data() + at)));
}

LoadResult Board::load(const std::string& address, int head_bytes) {
    LoadResult answer;
    index_.reset();  // a head's index goes before the post's is built
    if (input_too_large_) {
        answer.error = error_code_name(ErrorCode::too_large);
        answer.message = "the post is larger than " + std::to_string(limits::max_input_bytes / (1024 * 1024)) + " MiB";
    } else {
        const std::string_view post = head_bytes > 0 ? post_head(input_, static_cast<std::size_t>(head_bytes)) : input_;
        Result<Schedule> parsed = parse_post(post, Diagnostics::skip, address);  // the page shows no diagnostics
        if (parsed) {
            index_ = std::make_unique<ScheduleIndex>(std::move(parsed).value());
            answer.ok = true;
            answer.sessions = index_->size();
        } else {
            answer.error = error_code_name(parsed.error().code);
            answer.message = parsed.error().message;
        }
    }
    if (head_bytes > 0) return answer;
    input_.clear();
    input_.shrink_to_fit();
    input_too_large_ = false;
    return answer;
}

val Board::post() const {
    val object = val::object();
    if (!index_) return object;
    for (const auto& [key, value] : index_->schedule().post) {
        if (const auto* text = std::get_if<std::string>(&value)) {
            object.set(key, *text);
        } else {
            object.set(key, std::get<std::vector<std::string>>(value));
        }
    }
    return object;
}

const PerDimension<std::vector<DimensionValue>>& Board::values() const {
    static const PerDimension<std::vector<DimensionValue>> none;
    return index_ ? index_->all_values() : none;
}

const QueryResult& Board::query(const Query& query) {
    if (index_) {
        run_query(*index_, query, last_);
    } else {
        last_ = QueryResult{};
    }
    last_query_ = query;
    return last_;
}

Timetable Board::timetable() const {
    return index_ ? build_timetable(*index_, last_query_, last_) : Timetable{};
}

std::vector<SpeakerEntry> Board::speakers() const {
    return index_ ? list_speakers(*index_, last_.sessions) : std::vector<SpeakerEntry>{};
}

std::vector<int> Board::sessionsWithIds(const std::vector<std::string>& ids) const {
    std::vector<int> sessions;
    std::vector<int> found;
    for (const std::string& id : ids) {
        found.clear();
        if (index_) index_->find_sessions_by_id(id, found);
        sessions.push_back(found.empty() ? -1 : found.front());
    }
    return sessions;
}

SessionCard Board::card(int session) const {
    if (!index_ || session < 0 || session >= index_->size()) return SessionCard{};
    return session_card(*index_, session);
}

SessionHighlight Board::highlight(const std::string& text, int session) const {
    if (!index_ || session < 0 || session >= index_->size()) return SessionHighlight{};
    return highlight_session(*index_, text, session, true);
}

std::string Board::calendarAll() const {
    return index_ ? schedule_to_icalendar(index_->schedule()) : sessions_to_icalendar(Schedule{}, {});
}

std::string Board::calendarOf(const std::vector<std::string>& ids) const {
    if (!index_) return sessions_to_icalendar(Schedule{}, {});
    std::vector<int> found;
    for (const std::string& id : ids) index_->find_sessions_by_id(id, found);
    return sessions_to_icalendar(index_->schedule(), std::vector<std::size_t>(found.begin(), found.end()));
}

std::size_t heap_used_bytes() { return mallinfo().uordblks; }

std::size_t memory_bytes() { return __builtin_wasm_memory_size(0) * 65536; }

}  // namespace talkboard::wasm
