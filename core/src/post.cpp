#include "talkboard/post.h"

#include "talkboard/post_source.h"
#include "talkboard/session_extractor.h"

namespace talkboard {

Result<Schedule> parse_post(std::string_view input) {
    Result<PostSource> source = read_post_source(input);
    if (!source) return source.error();
    Schedule schedule = extract_schedule(source.value());
    if (schedule.sessions.empty()) {
        return Error{ErrorCode::no_sessions,
                     "no sessions found: a talk is a link ([Title - Speaker, Org](url)) followed by a date/time line"};
    }
    return schedule;
}

}  // namespace talkboard
