// Deterministic identifiers derived from text: the same input gives the same id on every run and
// platform, so exports (frab guids, JSON-LD @id) stay stable and calendars and players recognise
// an event again. Built on the core's one hash (FNV-1a, internal/fnv1a.h), as session ids are
// (session_finish.h). Never fails.
#pragma once

#include <string>
#include <string_view>

namespace talkboard {

// A UUID-shaped string ("xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx", lowercase) from 128 bits of two mixed
// FNV-1a streams over `key`. Version 8 ("custom", RFC 9562) with the RFC variant bits: it is not
// a random or name-based v4/v5 UUID and does not claim to be.
std::string stable_uuid(std::string_view key);

}  // namespace talkboard
