#include "talkboard/decimal.h"

namespace talkboard {

void append_decimal(std::string& out, std::int64_t value, int width) {
    // Negate in unsigned arithmetic: -INT64_MIN does not fit an int64_t.
    unsigned long long magnitude = static_cast<unsigned long long>(value);
    if (value < 0) {
        out += '-';
        magnitude = 0ull - magnitude;
    }
    char digits[20];  // 2^64 has 20 decimal digits
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    for (int i = count; i < width; ++i) out += '0';
    while (count > 0) out += digits[--count];
}

}  // namespace talkboard
