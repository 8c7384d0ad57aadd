#include "internal/decimal.h"

namespace talkboard {

std::size_t decimal_digits(std::int64_t value, char* out) {
    // Negate in unsigned arithmetic: -INT64_MIN does not fit an int64_t.
    unsigned long long magnitude = static_cast<unsigned long long>(value);
    std::size_t length = 0;
    if (value < 0) {
        out[length++] = '-';
        magnitude = 0ull - magnitude;
    }
    char reversed[19];  // 2^63 has 19 decimal digits
    std::size_t count = 0;
    do {
        reversed[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    while (count > 0) out[length++] = reversed[--count];
    return length;
}

void append_decimal(std::string& out, std::int64_t value, int width) {
    char text[max_decimal_length];
    std::size_t length = decimal_digits(value, text);
    const std::size_t sign = value < 0 ? 1 : 0;
    out.append(text, sign);
    // Zeros go between the sign and the digits.
    for (std::size_t digits = length - sign; digits < static_cast<std::size_t>(width > 0 ? width : 0); ++digits) out += '0';
    out.append(text + sign, length - sign);
}

}  // namespace talkboard
