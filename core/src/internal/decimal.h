// Appending numbers as decimal text without a temporary string: the date and time formatters
// (civil_time, icalendar) build their output in place, which keeps the wasm module small.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace talkboard {

// The longest decimal_digits() writes: "-9223372036854775808".
inline constexpr std::size_t max_decimal_length = 20;

// Writes `value` in decimal at `out` (room for max_decimal_length bytes) and returns the length:
// the one digit loop of the core, for writers that batch their digits in a buffer of their own.
std::size_t decimal_digits(std::int64_t value, char* out);

// Appends `value` in decimal, its digits zero-padded to at least `width` ("-" before a negative
// number's padded digits): the text text::padded_decimal returns.
void append_decimal(std::string& out, std::int64_t value, int width = 1);

}  // namespace talkboard
