#include "talkboard/post.h"

#include "talkboard/input/post_source.h"
#include "talkboard/extract/extract_schedule.h"

namespace talkboard {

Result<Schedule> parse_post(std::string_view input) {
    Result<PostSource> source = read_post_source(input);
    if (!source) return source.error();
    // Imported schedules (frab/c3voc, pretalx) are structured already: no markdown to extract.
    const bool imported = source.value().imported.has_value();
    Schedule schedule = imported ? std::move(*source.value().imported) : extract_schedule(std::move(source.value()));
    if (schedule.sessions.empty()) {
        return Error{ErrorCode::no_sessions,
                     imported
                         ? "no sessions found: the imported schedule lists no events with a title"
                         : "no sessions found: a talk is a link ([Title - Speaker, Org](url)) followed by a date/time line"};
    }
    return schedule;
}

}  // namespace talkboard
