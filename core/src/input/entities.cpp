#include "input/entities.h"

#include <cstdlib>

#include "internal/text.h"

namespace talkboard {

void append_entity(std::string& out, std::string_view entity) {
    if (entity.size() > 3 && entity[1] == '#') {
        const bool hex = entity[2] == 'x' || entity[2] == 'X';
        const std::string digits(entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)));
        const unsigned long cp = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
        const bool valid = cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        text::append_utf8(out, valid ? static_cast<char32_t>(cp) : 0xFFFD);
        return;
    }
    // HTML 4's Latin-1 names, U+00A0..U+00FF in order: people's names are full of them.
    static constexpr text::WordList latin1{
        "nbsp|iexcl|cent|pound|curren|yen|brvbar|sect|uml|copy|ordf|laquo|not|shy|reg|macr|deg|plusmn|sup2|sup3|"
        "acute|micro|para|middot|cedil|sup1|ordm|raquo|frac14|frac12|frac34|iquest|Agrave|Aacute|Acirc|Atilde|Auml|"
        "Aring|AElig|Ccedil|Egrave|Eacute|Ecirc|Euml|Igrave|Iacute|Icirc|Iuml|ETH|Ntilde|Ograve|Oacute|Ocirc|Otilde|"
        "Ouml|times|Oslash|Ugrave|Uacute|Ucirc|Uuml|Yacute|THORN|szlig|agrave|aacute|acirc|atilde|auml|aring|aelig|"
        "ccedil|egrave|eacute|ecirc|euml|igrave|iacute|icirc|iuml|eth|ntilde|ograve|oacute|ocirc|otilde|ouml|divide|"
        "oslash|ugrave|uacute|ucirc|uuml|yacute|thorn|yuml"};
    // Markup and typographic punctuation, and the Latin Extended-A letters HTML 4 names; `others_code`
    // holds their code points in the same order (a list and a string rather than an array of pairs:
    // an array stores a pointer and a length per name).
    static constexpr text::WordList others{
        "amp|lt|gt|quot|apos|ndash|mdash|hellip|rsquo|lsquo|ldquo|rdquo|sbquo|bdquo|bull|euro|trade|dagger|thinsp|ensp|"
        "emsp|OElig|oelig|Scaron|scaron|Yuml|fnof|zwj|zwnj"};
    static constexpr char16_t others_code[] =
        u"&<>\"'\u2013\u2014\u2026\u2019\u2018\u201C\u201D\u201A\u201E\u2022\u20AC\u2122\u2020\u2009\u2002"
        u"\u2003\u0152\u0153\u0160\u0161\u0178\u0192\u200D\u200C";
    const std::string_view name = entity.substr(1, entity.size() - 2);  // without '&' and ';'
    if (const std::size_t i = latin1.index_of(name, false); i != std::string_view::npos) {
        text::append_utf8(out, static_cast<char32_t>(0xA0 + i));
        return;
    }
    if (const std::size_t i = others.index_of(name, false); i != std::string_view::npos) {
        text::append_utf8(out, others_code[i]);
        return;
    }
    out += entity;
}

std::size_t entity_length_at(std::string_view s, std::size_t at) {
    if (at >= s.size() || s[at] != '&') return 0;
    auto is_hex = [](char c) { return text::is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    auto is_alnum = [](char c) { return text::is_ascii_alpha(c) || text::is_ascii_digit(c); };
    std::size_t i = at + 1;
    std::size_t min_run = 2;  // a name: a letter then 1..47 letters or digits
    std::size_t max_run = 48;
    bool hex = false, decimal = false;
    if (i < s.size() && s[i] == '#') {
        ++i;
        hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
        if (hex) ++i;
        decimal = !hex;
        min_run = 1;
        max_run = hex ? 6 : 7;
    } else if (i >= s.size() || !text::is_ascii_alpha(s[i])) {
        return 0;
    }
    const std::size_t run_begin = i;
    while (i < s.size() && i - run_begin < max_run &&
           (hex ? is_hex(s[i]) : decimal ? text::is_ascii_digit(s[i]) : is_alnum(s[i]))) {
        ++i;
    }
    if (i - run_begin < min_run || i >= s.size() || s[i] != ';') return 0;
    return i + 1 - at;
}

std::string decoded_attribute(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t length = value[i] == '&' ? entity_length_at(value, i) : 0;
        if (length > 0) {
            append_entity(out, value.substr(i, length));
            i += length;
        } else {
            out += value[i++];
        }
    }
    return std::string(text::trim(out));
}

}  // namespace talkboard
