// Timezones as posts write them, resolved to UTC offsets without a system tz database.
//
// Supported: abbreviations with a fixed offset (CET +01:00, CEST +02:00, BST +01:00, GMT/UTC 0,
// EST -05:00, EDT -04:00, CST -06:00, CDT -05:00, MST -07:00, MDT -06:00, PST -08:00, PDT -07:00,
// and more in the .cpp); US generic names (ET, CT, MT, PT) and a table of IANA zone names
// ("Europe/Paris", "America/Chicago", ...) whose offset depends on the date by the EU, US or
// Australian daylight-saving rule; explicit offsets ("UTC+2", "GMT-05:00", "+01:00", "Z").
// Ambiguous abbreviations (IST: India or Ireland?) have no offset on purpose: never guess. A
// session written in one still names it as its zone; its times stay floating.
#pragma once

#include <optional>
#include <string_view>

#include "talkboard/session.h"

namespace talkboard {

// True for a token that a date line uses as a zone: 2-5 uppercase ASCII letters (known or not,
// so that an unknown one can be reported), "UTC+2"-style offsets. "AM" and "PM" are not zones.
bool looks_like_zone_token(std::string_view token);

// Offset east of UTC in minutes of `zone` at local wall-clock time `minute_of_day` on `date`,
// or nullopt when the zone is unknown or ambiguous (the only failure: no error code, since an
// unknown zone leaves a session floating, which the extractor reports as a diagnostic).
std::optional<int> zone_offset_minutes(std::string_view zone, const CivilDate& date, int minute_of_day);

// True for a zone zone_offset_minutes knows (on any date): "CET", "UTC+2", "Europe/Paris".
bool is_known_zone(std::string_view zone);

// True for a real zone abbreviation with more than one meaning, whose offset is not guessed: IST
// (India, Ireland, Israel), AST (Atlantic, Arabia), GST (Gulf, South Georgia), SST (Samoa,
// Singapore). A post that writes one states a zone all the same.
bool is_ambiguous_zone(std::string_view zone);

}  // namespace talkboard
