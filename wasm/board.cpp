#include "board.h"

#include <emscripten/bind.h>

#include <cmath>
#include <cstddef>
#include <vector>

#include "talkboard/icalendar.h"
#include "talkboard/json_writer.h"
#include "talkboard/post.h"
#include "talkboard/query.h"
#include "talkboard/result.h"
#include "talkboard/schedule_json.h"
#include "talkboard/view_json.h"

namespace talkboard::wasm {
namespace {

using emscripten::val;

// A JS array of strings (or undefined) -> vector; non-strings are skipped, not trusted.
std::vector<std::string> string_list(const val& object, const char* key) {
    std::vector<std::string> out;
    const val list = object[key];
    if (!list.isArray()) return out;
    const unsigned length = list["length"].as<unsigned>();
    out.reserve(length);
    for (unsigned i = 0; i < length; ++i) {
        const val item = list[i];
        if (item.isString()) out.push_back(item.as<std::string>());
    }
    return out;
}

bool flag(const val& object, const char* key) {
    const val v = object[key];
    return !v.isUndefined() && !v.isNull() && v.as<bool>();
}

Query query_from_js(const val& q) {
    Query query;
    if (q.isUndefined() || q.isNull()) return query;
    const val text = q["text"];
    if (text.isString()) query.text = text.as<std::string>();
    query.days = string_list(q, "days");
    query.kinds = string_list(q, "kinds");
    query.sections = string_list(q, "sections");
    query.speakers = string_list(q, "speakers");
    query.orgs = string_list(q, "orgs");
    query.favorites = string_list(q, "favorites");
    query.favorites_only = flag(q, "favoritesOnly");
    query.hide_past = flag(q, "hidePast");
    const val now = q["now"];
    if (now.isNumber()) {
        const double seconds = now.as<double>();
        query.now_utc = std::isfinite(seconds) ? seconds : 0;
    }
    query.utf16_offsets = true;  // JS indexes strings in UTF-16 code units
    return query;
}

std::string error_json(const Error& error) {
    JsonWriter out;
    out.begin_object().key("ok").value(false).key("error").begin_object();
    out.key("code").value(error_code_name(error.code)).key("message").value(error.message);
    out.end_object().end_object();
    return out.take();
}

}  // namespace

std::string Board::load(const std::string& text) {
    Result<Schedule> parsed = parse_post(text);
    if (!parsed) return error_json(parsed.error());
    index_ = std::make_unique<ScheduleIndex>(std::move(parsed).value());
    return R"({"ok":true})";
}

std::string Board::schedule() const { return index_ ? schedule_to_json(index_->schedule()) : "null"; }

std::string Board::dimensionValues() const { return index_ ? dimension_values_to_json(*index_) : "null"; }

std::string Board::query(const val& q) const {
    return index_ ? query_result_to_json(run_query(*index_, query_from_js(q))) : "null";
}

std::string Board::icsAll() const { return index_ ? schedule_to_icalendar(index_->schedule()) : ""; }

std::string Board::icsFavorites(const val& ids) const {
    if (!index_) return "";
    std::vector<int> found;
    val holder = val::object();
    holder.set("ids", ids);
    for (const std::string& id : string_list(holder, "ids")) index_->find_sessions_by_id(id, found);
    if (found.empty()) return schedule_to_icalendar(Schedule{index_->schedule().post, {}, {}});
    std::vector<std::size_t> selection(found.begin(), found.end());
    return schedule_to_icalendar(index_->schedule(), selection);
}

std::string Board::icsSession(int session) const {
    if (!index_ || session < 0 || session >= index_->size()) return "";
    return schedule_to_icalendar(index_->schedule(), {static_cast<std::size_t>(session)});
}

}  // namespace talkboard::wasm
