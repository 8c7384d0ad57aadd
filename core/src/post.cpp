#include "talkboard/post.h"

#include "talkboard/input/post_source.h"
#include "talkboard/extract/extract_schedule.h"

namespace talkboard {

const char* const no_sessions_message =
    "no sessions found: nothing in the post reads as a talk (a title with a time, or a link to a session "
    "page with its speakers); `talkboard lint` shows what was seen and why it was not taken";

Result<Schedule> read_schedule(std::string_view input, Diagnostics diagnostics, std::string_view address) {
    Result<PostSource> source = read_post_source(input);
    if (!source) return source.error();
    source.value().address = std::string(address);
    // Imported schedules (frab/c3voc, pretalx) are structured already: no markdown to extract.
    if (std::optional<Schedule>& imported = source.value().imported) {
        if (diagnostics == Diagnostics::skip) imported->diagnostics.clear();
        return std::move(*imported);
    }
    return extract_schedule(std::move(source.value()), diagnostics);
}

Result<Schedule> parse_post(std::string_view input, Diagnostics diagnostics, std::string_view address) {
    Result<Schedule> schedule = read_schedule(input, diagnostics, address);
    if (!schedule) return schedule;
    if (schedule.value().sessions.empty()) return Error{ErrorCode::no_sessions, no_sessions_message};
    return schedule;
}

}  // namespace talkboard
