#include "talkboard/time/session_timestamps.h"

#include "talkboard/time/civil_time.h"
#include "talkboard/time/session_span.h"
#include "internal/text.h"

namespace talkboard {

namespace {

std::string local_timestamp(const CivilDate& date, int minute, const std::optional<int>& offset) {
    std::string out = format_date(date) + "T" + format_hhmm(minute) + ":00";
    if (offset) out += format_utc_offset(*offset);
    return out;
}

}  // namespace

std::optional<int> session_utc_offset(const Session& s) {
    if (!s.date || !s.start_minute || !s.utc_start) return std::nullopt;
    return int((to_unix_seconds(*s.date, *s.start_minute, 0) - *s.utc_start) / 60);
}

std::string format_utc_offset(int offset_minutes) {
    const int magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    return (offset_minutes < 0 ? "-" : "+") + text::padded_decimal(magnitude / 60, 2) + ':' +
           text::padded_decimal(magnitude % 60, 2);
}

std::optional<std::string> session_start_timestamp(const Session& s) {
    if (!s.date || !s.start_minute) return std::nullopt;
    return local_timestamp(*s.date, *s.start_minute, session_utc_offset(s));
}

std::optional<int> session_duration_minutes(const Session& s) {
    if (!s.start_minute || !s.end_minute) return std::nullopt;
    return span_minutes(*s.start_minute, *s.end_minute);
}

std::optional<std::string> session_end_timestamp(const Session& s) {
    const auto end = session_local_end(s);
    if (!end) return std::nullopt;
    // The offset at the end: from utcEnd when known (a DST change inside a session), else the start's.
    std::optional<int> offset = session_utc_offset(s);
    if (s.utc_end) offset = int((to_unix_seconds(end->date, end->minute, 0) - *s.utc_end) / 60);
    return local_timestamp(end->date, end->minute, offset);
}

}  // namespace talkboard
