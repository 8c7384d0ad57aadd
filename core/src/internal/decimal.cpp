#include "internal/decimal.h"

#include <cstring>

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
    char text[max_decimal_length] = {};  // whole: its block is copied below
    const std::size_t length = decimal_digits(value, text);
    const std::size_t sign = value < 0 ? 1 : 0;
    const std::size_t digits = length - sign;
    const std::size_t zeros = width > 0 && static_cast<std::size_t>(width) > digits ? static_cast<std::size_t>(width) - digits : 0;
    // Zeros go between the sign and the digits. The whole number is appended at once (the date and
    // time formatters append several per session: one append each, not one per part).
    constexpr std::size_t most_zeros = 8;  // the widths asked are 2 and 4
    if (zeros <= most_zeros) {
        // The digits copied as a block of fixed size (a copy of their length was a memcpy call).
        char padded[1 + most_zeros + max_decimal_length];
        std::size_t n = 0;
        if (sign) padded[n++] = '-';
        for (std::size_t k = 0; k < zeros; ++k) padded[n++] = '0';
        std::memcpy(padded + n, text + sign, max_decimal_length - 1);
        out.append(padded, n + digits);
        return;
    }
    out.append(text, sign);
    out.append(zeros, '0');
    out.append(text + sign, digits);
}

}  // namespace talkboard
