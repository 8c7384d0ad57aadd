// timezones.h: zone tokens as posts write them, resolved to UTC offsets without a tz database.
#include <catch2/catch.hpp>

#include <string>

#include "talkboard/time/timezones.h"

using namespace talkboard;

namespace {
constexpr int hm(int hour, int minute) { return hour * 60 + minute; }
constexpr CivilDate kWinterDay{2024, 1, 15};
constexpr CivilDate kSummerDay{2024, 7, 1};
}  // namespace

TEST_CASE("looks_like_zone_token", "[timezones]") {
    SECTION("abbreviations, known or not, and offsets") {
        CHECK(looks_like_zone_token("CET"));
        CHECK(looks_like_zone_token("CEST"));
        CHECK(looks_like_zone_token("PT"));
        CHECK(looks_like_zone_token("XYZ"));  // unknown, but reportable
        CHECK(looks_like_zone_token("UTC+2"));
        CHECK(looks_like_zone_token("GMT-05:00"));
        CHECK(looks_like_zone_token("UTC+5:30"));
    }
    SECTION("not zones") {
        CHECK_FALSE(looks_like_zone_token("AM"));
        CHECK_FALSE(looks_like_zone_token("PM"));
        CHECK_FALSE(looks_like_zone_token("cet"));
        CHECK_FALSE(looks_like_zone_token("Room"));
        CHECK_FALSE(looks_like_zone_token("A"));
        CHECK_FALSE(looks_like_zone_token("ABCDEF"));
        CHECK_FALSE(looks_like_zone_token("C3T"));
        CHECK_FALSE(looks_like_zone_token(""));
        CHECK_FALSE(looks_like_zone_token("UTC+"));
        CHECK_FALSE(looks_like_zone_token("UTC+two"));
    }
}

TEST_CASE("zone_offset_minutes: fixed-offset abbreviations", "[timezones]") {
    SECTION("the abbreviations the header names") {
        struct Case {
            const char* zone;
            int offset;
        };
        for (const Case c : {Case{"CET", 60}, Case{"CEST", 120}, Case{"BST", 60}, Case{"GMT", 0}, Case{"UTC", 0},
                             Case{"EST", -300}, Case{"EDT", -240}, Case{"CST", -360}, Case{"CDT", -300},
                             Case{"MST", -420}, Case{"MDT", -360}, Case{"PST", -480}, Case{"PDT", -420}}) {
            INFO(c.zone);
            CHECK(zone_offset_minutes(c.zone, kWinterDay, hm(10, 0)) == c.offset);
        }
    }
    SECTION("an abbreviation means its offset whatever the season") {
        CHECK(zone_offset_minutes("CET", kSummerDay, hm(10, 0)) == 60);
        CHECK(zone_offset_minutes("CEST", kWinterDay, hm(10, 0)) == 120);
        CHECK(zone_offset_minutes("PST", kSummerDay, hm(10, 0)) == -480);
    }
}

TEST_CASE("zone_offset_minutes: explicit offsets", "[timezones]") {
    CHECK(zone_offset_minutes("UTC+2", kWinterDay, 0) == 120);
    CHECK(zone_offset_minutes("UTC-7", kWinterDay, 0) == -420);
    CHECK(zone_offset_minutes("GMT-05:00", kWinterDay, 0) == -300);
    CHECK(zone_offset_minutes("UTC+5:30", kWinterDay, 0) == 330);
    CHECK(zone_offset_minutes("+01:00", kWinterDay, 0) == 60);
    CHECK(zone_offset_minutes("-0330", kWinterDay, 0) == -210);
    CHECK(zone_offset_minutes("Z", kWinterDay, 0) == 0);
}

TEST_CASE("zone_offset_minutes: IANA names follow their daylight-saving rule", "[timezones][dst]") {
    SECTION("Europe/Paris, EU rule") {
        CHECK(zone_offset_minutes("Europe/Paris", {2024, 3, 19}, hm(9, 50)) == 60);
        CHECK(zone_offset_minutes("Europe/Paris", {2024, 4, 18}, hm(9, 50)) == 120);
        CHECK(zone_offset_minutes("Europe/Paris", kSummerDay, hm(12, 0)) == 120);
        CHECK(zone_offset_minutes("Europe/Paris", {2024, 12, 1}, hm(12, 0)) == 60);
    }
    SECTION("EU switch days: 2024-03-31 and 2024-10-27, at 01:00 UTC") {
        CHECK(zone_offset_minutes("Europe/Paris", {2024, 3, 31}, hm(1, 59)) == 60);
        CHECK(zone_offset_minutes("Europe/Paris", {2024, 3, 31}, hm(3, 0)) == 120);
        CHECK(zone_offset_minutes("Europe/Paris", {2024, 3, 30}, hm(12, 0)) == 60);
        CHECK(zone_offset_minutes("Europe/Paris", {2024, 10, 27}, hm(1, 30)) == 120);
        CHECK(zone_offset_minutes("Europe/Paris", {2024, 10, 27}, hm(3, 30)) == 60);
        CHECK(zone_offset_minutes("Europe/London", {2024, 3, 31}, hm(0, 30)) == 0);
        CHECK(zone_offset_minutes("Europe/London", {2024, 3, 31}, hm(2, 30)) == 60);
        CHECK(zone_offset_minutes("Europe/London", kWinterDay, hm(12, 0)) == 0);
    }
    SECTION("America/Chicago and America/New_York, US rule") {
        CHECK(zone_offset_minutes("America/Chicago", kWinterDay, hm(12, 0)) == -360);
        CHECK(zone_offset_minutes("America/Chicago", {2024, 11, 15}, hm(14, 0)) == -360);
        CHECK(zone_offset_minutes("America/Chicago", kSummerDay, hm(12, 0)) == -300);
        // 2024: second Sunday of March is the 10th, first Sunday of November the 3rd, at 02:00 local.
        CHECK(zone_offset_minutes("America/New_York", {2024, 3, 10}, hm(1, 30)) == -300);
        CHECK(zone_offset_minutes("America/New_York", {2024, 3, 10}, hm(3, 30)) == -240);
        CHECK(zone_offset_minutes("America/New_York", {2024, 3, 9}, hm(12, 0)) == -300);
        CHECK(zone_offset_minutes("America/New_York", {2024, 11, 2}, hm(12, 0)) == -240);
        CHECK(zone_offset_minutes("America/New_York", {2024, 11, 3}, hm(0, 30)) == -240);
        CHECK(zone_offset_minutes("America/New_York", {2024, 11, 3}, hm(3, 0)) == -300);
    }
    SECTION("a zone without daylight saving") {
        CHECK(zone_offset_minutes("America/Phoenix", kSummerDay, hm(12, 0)) == -420);
        CHECK(zone_offset_minutes("America/Phoenix", kWinterDay, hm(12, 0)) == -420);
    }
    SECTION("Australia/Sydney, southern-hemisphere rule") {
        CHECK(zone_offset_minutes("Australia/Sydney", kWinterDay, hm(12, 0)) == 660);  // their summer
        CHECK(zone_offset_minutes("Australia/Sydney", kSummerDay, hm(12, 0)) == 600);
        // 2024: daylight time ends on April 7 and starts on October 6.
        CHECK(zone_offset_minutes("Australia/Sydney", {2024, 4, 6}, hm(12, 0)) == 660);
        CHECK(zone_offset_minutes("Australia/Sydney", {2024, 4, 8}, hm(12, 0)) == 600);
        CHECK(zone_offset_minutes("Australia/Sydney", {2024, 10, 5}, hm(12, 0)) == 600);
        CHECK(zone_offset_minutes("Australia/Sydney", {2024, 10, 7}, hm(12, 0)) == 660);
    }
    SECTION("US generic names ET, CT, MT, PT follow the US rule") {
        CHECK(zone_offset_minutes("PT", kWinterDay, hm(10, 0)) == -480);
        CHECK(zone_offset_minutes("PT", kSummerDay, hm(10, 0)) == -420);
        CHECK(zone_offset_minutes("ET", {2024, 11, 15}, hm(10, 0)) == -300);
        CHECK(zone_offset_minutes("ET", {2024, 10, 15}, hm(10, 0)) == -240);
        CHECK(zone_offset_minutes("CT", kSummerDay, hm(10, 0)) == -300);
        CHECK(zone_offset_minutes("MT", kWinterDay, hm(10, 0)) == -420);
    }
}

TEST_CASE("zone_offset_minutes: unknown and ambiguous zones are never guessed", "[timezones][bad]") {
    CHECK_FALSE(zone_offset_minutes("XYZ", kWinterDay, 0));
    CHECK_FALSE(zone_offset_minutes("IST", kWinterDay, 0));  // India or Ireland?
    CHECK_FALSE(zone_offset_minutes("", kWinterDay, 0));
    CHECK_FALSE(zone_offset_minutes("Mars/Olympus_Mons", kWinterDay, 0));
    CHECK_FALSE(zone_offset_minutes("UTC+25", kWinterDay, 0));
    CHECK_FALSE(zone_offset_minutes("+1:75", kWinterDay, 0));
    CHECK_FALSE(zone_offset_minutes("Europe/", kWinterDay, 0));
}
