// Appending numbers as decimal text without a temporary string: the date and time formatters
// (civil_time, icalendar) build their output in place, which keeps the wasm module small.
#pragma once

#include <cstdint>
#include <string>

namespace talkboard {

// Appends `value` in decimal, its digits zero-padded to at least `width` ("-" before a negative
// number's padded digits): the text text::padded_decimal returns.
void append_decimal(std::string& out, std::int64_t value, int width = 1);

}  // namespace talkboard
