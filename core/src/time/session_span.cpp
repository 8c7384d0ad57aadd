#include "talkboard/time/session_span.h"

#include "talkboard/time/civil_time.h"

namespace talkboard {

int span_minutes(int start_minute, int end_minute) {
    return ((end_minute - start_minute) % minutes_per_day + minutes_per_day) % minutes_per_day;
}

std::optional<LocalTime> session_local_end(const Session& s) {
    if (!s.date || !s.start_minute || !s.end_minute) return std::nullopt;
    const int end = *s.start_minute + span_minutes(*s.start_minute, *s.end_minute);
    return LocalTime{civil_from_days(days_from_civil(*s.date) + end / minutes_per_day), end % minutes_per_day};
}

std::optional<TimeSpan> utc_span(const Session& s) {
    if (!s.utc_start) return std::nullopt;
    const std::int64_t start = *s.utc_start;
    if (s.utc_end && *s.utc_end >= start) return TimeSpan{start, *s.utc_end};
    const std::int64_t minutes = s.start_minute && s.end_minute ? span_minutes(*s.start_minute, *s.end_minute) : 0;
    return TimeSpan{start, start + minutes * 60};
}

std::optional<TimeSpan> local_span(const Session& s) {
    if (!s.date || !s.start_minute) return std::nullopt;
    const std::int64_t start = to_unix_seconds(*s.date, *s.start_minute, 0);
    const std::int64_t minutes = s.end_minute ? span_minutes(*s.start_minute, *s.end_minute) : 0;
    return TimeSpan{start, start + minutes * 60};
}

std::int64_t occupied_end(const TimeSpan& span) { return span.end > span.start ? span.end : span.start + 1; }

}  // namespace talkboard
