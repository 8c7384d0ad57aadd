// The core's one hash: 64-bit FNV-1a. Session ids (session_finish.h) and the UUID-shaped export
// ids (formats/stable_uuid.h) are derived from it, so it must never change: its values are in
// readers' saved favourites, share links and calendars.
#pragma once

#include <cstdint>
#include <string_view>

namespace talkboard {

inline constexpr std::uint64_t fnv1a64_offset_basis = 1469598103934665603ull;

// FNV-1a over the bytes, continuing from `hash` (the offset basis to start; another seed gives an
// independent stream, and the hash of a first part continues over the next).
std::uint64_t fnv1a64(std::string_view data, std::uint64_t hash = fnv1a64_offset_basis);

}  // namespace talkboard
