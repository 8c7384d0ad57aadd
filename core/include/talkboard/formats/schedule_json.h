// The CLI's JSON (docs/ARCHITECTURE.md, "talkboard parse"): {"post": {...}, "sessions": [...], "diagnostics": [...]}.
// Keys and value shapes are a contract other tools rely on; change them only with the README.
// After "line", a session adds "room", "track" and "language" only when it has them (imported
// schedules; a post that writes a room or track), then "resources" only when it has any:
// [{"kind": "video" | "slides", "url": "https://..."}], its recordings and slides in the order met.
#pragma once

#include <string>

#include "talkboard/session.h"

namespace talkboard {

// Serializes the whole schedule. Strings are escaped per RFC 8259; output is UTF-8, one line.
// None of these fails.
std::string schedule_to_json(const Schedule& schedule);

// The JSON of one session (the objects of the "sessions" array).
std::string session_to_json(const Session& session);

}  // namespace talkboard
