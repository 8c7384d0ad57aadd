// Deterministic identifiers derived from text: the same input gives the same id on every run and
// platform, so exports (frab guids, JSON-LD @id) stay stable and calendars and players recognise
// an event again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace talkboard {

// 64-bit FNV-1a of the bytes; `seed` selects an independent stream.
std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = 1469598103934665603ull);

// A UUID-shaped string ("xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx", lowercase) from 128 bits of two mixed
// FNV-1a streams over `key`. Version 8 ("custom", RFC 9562) with the RFC variant bits: it is not
// a random or name-based v4/v5 UUID and does not claim to be.
std::string stable_uuid(std::string_view key);

// 12 lowercase hex digits (48 bits of FNV-1a, mixed), the shape of talkboard's session ids.
std::string stable_hex_id(std::string_view key);

}  // namespace talkboard
