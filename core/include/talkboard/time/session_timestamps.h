// A session's times as ISO 8601 local timestamps, the form schedule exports write
// ("2024-03-19T09:50:00+01:00"), shared by the frab and JSON-LD exports. None of these fails: a
// missing field gives nullopt, as each one says.
#pragma once

#include <optional>
#include <string>

#include "talkboard/session.h"

namespace talkboard {

// Minutes east of UTC, from the local start and utcStart; nullopt for floating or untimed sessions.
std::optional<int> session_utc_offset(const Session& session);

// "+01:00", "-05:00", "+00:00".
std::string format_utc_offset(int offset_minutes);

// The local start: "YYYY-MM-DDTHH:MM:00" plus the offset when known (floating otherwise);
// nullopt without a date and start.
std::optional<std::string> session_start_timestamp(const Session& session);

// The local end (session_span.h: on the next day when the end is before the start, the start
// itself when they are equal); nullopt without a date, start and end.
std::optional<std::string> session_end_timestamp(const Session& session);

// Minutes from start to end by session_span.h's rule (0..1439: equal times are 0, an end before the
// start crosses midnight); nullopt without both.
std::optional<int> session_duration_minutes(const Session& session);

}  // namespace talkboard
