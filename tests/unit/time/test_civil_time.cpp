// civil_time.h: calendar arithmetic and the textual forms of dates and times.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "talkboard/time/civil_time.h"
#include "internal/decimal.h"
#include "internal/text.h"

using namespace talkboard;

TEST_CASE("days_from_civil counts days from 1970-01-01 and civil_from_days inverts it", "[civil_time]") {
    SECTION("known anchors") {
        CHECK(days_from_civil({1970, 1, 1}) == 0);
        CHECK(days_from_civil({1970, 1, 2}) == 1);
        CHECK(days_from_civil({1969, 12, 31}) == -1);
        // 30 years (7 leap days) to 2000-01-01, then January and a leap February.
        CHECK(days_from_civil({2000, 1, 1}) == 30 * 365 + 7);
        CHECK(days_from_civil({2000, 3, 1}) == 30 * 365 + 7 + 31 + 29);
        CHECK(days_from_civil({2024, 3, 19}) == 19801);
        CHECK(days_from_civil({1, 1, 1}) == -719162);
    }
    SECTION("leap days are counted by the Gregorian rule") {
        CHECK(days_from_civil({2024, 3, 1}) - days_from_civil({2024, 2, 28}) == 2);  // divisible by 4
        CHECK(days_from_civil({2023, 3, 1}) - days_from_civil({2023, 2, 28}) == 1);
        CHECK(days_from_civil({1900, 3, 1}) - days_from_civil({1900, 2, 28}) == 1);  // century, not by 400
        CHECK(days_from_civil({2000, 3, 1}) - days_from_civil({2000, 2, 28}) == 2);  // by 400
    }
    SECTION("round trip over four centuries either side of the epoch") {
        // Counted, then checked once: 300,001 REQUIREs would drown the assertion count.
        std::int64_t first_bad_day = 0;
        int bad = 0;
        CivilDate previous = civil_from_days(-150001);
        for (std::int64_t day = -150000; day <= 150000; ++day) {
            const CivilDate date = civil_from_days(day);
            if (!is_valid_date(date) || days_from_civil(date) != day || !(previous < date)) {
                if (bad++ == 0) first_bad_day = day;
            }
            previous = date;
        }
        INFO("first day that does not round-trip: " << first_bad_day);
        CHECK(bad == 0);
    }
    SECTION("civil_from_days gives the calendar fields") {
        const CivilDate d = civil_from_days(19801);
        CHECK(d.year == 2024);
        CHECK(d.month == 3);
        CHECK(d.day == 19);
        CHECK(civil_from_days(-1) == CivilDate{1969, 12, 31});
    }
}

TEST_CASE("weekday_of names the day of the week, 0 = Sunday", "[civil_time]") {
    SECTION("known dates") {
        CHECK(weekday_of({1970, 1, 1}) == 4);    // Thursday
        CHECK(weekday_of({1969, 12, 31}) == 3);  // Wednesday, before the epoch
        CHECK(weekday_of({2024, 3, 19}) == 2);   // Tuesday
        CHECK(weekday_of({2000, 2, 29}) == 2);   // Tuesday
        CHECK(weekday_of({2023, 11, 6}) == 1);   // Monday
        CHECK(weekday_of({2024, 3, 31}) == 0);   // Sunday
        CHECK(weekday_of({2024, 5, 18}) == 6);   // Saturday
        CHECK(weekday_of({1, 1, 1}) == 1);       // proleptic Gregorian: a Monday
    }
    SECTION("consecutive days advance by one, across the epoch and far before it") {
        int bad = 0;
        for (std::int64_t day = -800000; day < 800000; day += 997) {
            const int today = weekday_of(civil_from_days(day));
            const int tomorrow = weekday_of(civil_from_days(day + 1));
            const int expected = static_cast<int>(((day + 4) % 7 + 7) % 7);  // day 0 was a Thursday
            if (today != expected || tomorrow != (today + 1) % 7) ++bad;
        }
        for (std::int64_t day = -20; day < 20; ++day) {
            CHECK(weekday_of(civil_from_days(day + 1)) == (weekday_of(civil_from_days(day)) + 1) % 7);
        }
        CHECK(bad == 0);
    }
}

TEST_CASE("is_valid_date", "[civil_time]") {
    SECTION("valid dates") {
        CHECK(is_valid_date({2024, 2, 29}));
        CHECK(is_valid_date({2000, 2, 29}));
        CHECK(is_valid_date({2024, 12, 31}));
        CHECK(is_valid_date({2024, 1, 1}));
        CHECK(is_valid_date({2024, 4, 30}));
    }
    SECTION("invalid dates") {
        CHECK_FALSE(is_valid_date({2023, 2, 29}));
        CHECK_FALSE(is_valid_date({1900, 2, 29}));
        CHECK_FALSE(is_valid_date({2024, 2, 30}));
        CHECK_FALSE(is_valid_date({2024, 4, 31}));
        CHECK_FALSE(is_valid_date({2024, 0, 10}));
        CHECK_FALSE(is_valid_date({2024, 13, 10}));
        CHECK_FALSE(is_valid_date({2024, 1, 0}));
        CHECK_FALSE(is_valid_date({2024, 1, 32}));
        CHECK_FALSE(is_valid_date({2024, -1, 1}));
        CHECK_FALSE(is_valid_date(CivilDate{}));  // the zero value is not a date
    }
}

TEST_CASE("to_unix_seconds applies the UTC offset", "[civil_time]") {
    SECTION("a CET morning") {
        // 09:50 at +01:00 is 08:50 UTC.
        CHECK(to_unix_seconds({2024, 3, 19}, 9 * 60 + 50, 60) == 1710838200);
        CHECK(format_utc_iso(to_unix_seconds({2024, 3, 19}, 9 * 60 + 50, 60)) == "2024-03-19T08:50:00Z");
    }
    SECTION("offsets west of UTC move the instant later, and across midnight") {
        CHECK(format_utc_iso(to_unix_seconds({2024, 11, 15}, 22 * 60, -7 * 60)) == "2024-11-16T05:00:00Z");
        CHECK(format_utc_iso(to_unix_seconds({2024, 1, 1}, 30, 120)) == "2023-12-31T22:30:00Z");
    }
    SECTION("the same wall clock at a larger offset is earlier") {
        CHECK(to_unix_seconds({2024, 6, 1}, 600, 120) - to_unix_seconds({2024, 6, 1}, 600, 60) == -3600);
        CHECK(to_unix_seconds({2024, 6, 1}, 600, 330) == to_unix_seconds({2024, 6, 1}, 600, 0) - 330 * 60);
    }
}

TEST_CASE("format_date, format_hhmm and format_utc_iso", "[civil_time]") {
    SECTION("format_date pads every field") {
        CHECK(format_date({2024, 3, 9}) == "2024-03-09");
        CHECK(format_date({2024, 12, 31}) == "2024-12-31");
        CHECK(format_date({5, 1, 1}) == "0005-01-01");
    }
    SECTION("format_hhmm pads and wraps modulo one day") {
        CHECK(format_hhmm(0) == "00:00");
        CHECK(format_hhmm(9 * 60 + 5) == "09:05");
        CHECK(format_hhmm(23 * 60 + 59) == "23:59");
        CHECK(format_hhmm(1440) == "00:00");
        CHECK(format_hhmm(1440 + 61) == "01:01");
        CHECK(format_hhmm(-1) == "23:59");
    }
    SECTION("format_utc_iso, including before the epoch") {
        CHECK(format_utc_iso(0) == "1970-01-01T00:00:00Z");
        CHECK(format_utc_iso(-1) == "1969-12-31T23:59:59Z");
        CHECK(format_utc_iso(951782400) == "2000-02-29T00:00:00Z");
        CHECK(format_utc_iso(951782400 + 86399) == "2000-02-29T23:59:59Z");
        CHECK(format_utc_iso(-86400 * 365) == "1969-01-01T00:00:00Z");
    }
}

TEST_CASE("parse_iso_date reads YYYY-MM-DD at the start of the text", "[civil_time]") {
    SECTION("good input") {
        const auto plain = parse_iso_date("2024-03-19");
        REQUIRE(plain);
        CHECK(*plain == CivilDate{2024, 3, 19});
        const auto timestamp = parse_iso_date("2023-11-06T09:15:00Z");
        REQUIRE(timestamp);
        CHECK(*timestamp == CivilDate{2023, 11, 6});
        const auto leap = parse_iso_date("2024-02-29");
        REQUIRE(leap);
        CHECK(leap->day == 29);
    }
    SECTION("bad input") {
        CHECK_FALSE(parse_iso_date(""));
        CHECK_FALSE(parse_iso_date("2024-03-1"));
        CHECK_FALSE(parse_iso_date("2024-3-19"));
        CHECK_FALSE(parse_iso_date("24-03-2019"));
        CHECK_FALSE(parse_iso_date("2024/03/19"));
        CHECK_FALSE(parse_iso_date("abcd-ef-gh"));
        CHECK_FALSE(parse_iso_date("2024-02-30"));  // no such date
        CHECK_FALSE(parse_iso_date("2023-02-29"));
        CHECK_FALSE(parse_iso_date("2024-13-01"));
        CHECK_FALSE(parse_iso_date("Tuesday 2024-03-19"));  // not at the start
    }
}

TEST_CASE("month_from_name and weekday_from_name", "[civil_time]") {
    SECTION("month names and abbreviations") {
        CHECK(month_from_name("January") == 1);
        CHECK(month_from_name("March") == 3);
        CHECK(month_from_name("Mar") == 3);
        CHECK(month_from_name("mar") == 3);
        CHECK(month_from_name("DECEMBER") == 12);
        CHECK(month_from_name("Sept.") == 9);
        CHECK(month_from_name("Sep") == 9);
        CHECK(month_from_name("Jul") == 7);
        CHECK(month_from_name("May") == 5);
    }
    SECTION("words that are not months") {
        CHECK_FALSE(month_from_name(""));
        CHECK_FALSE(month_from_name("Ma"));       // too short to tell March from May
        CHECK_FALSE(month_from_name("Marchy"));
        CHECK_FALSE(month_from_name("Mayday"));
        CHECK_FALSE(month_from_name("Monday"));
        CHECK_FALSE(month_from_name("Juno"));
    }
    SECTION("weekday names and abbreviations") {
        CHECK(weekday_from_name("Sunday") == 0);
        CHECK(weekday_from_name("Tuesday") == 2);
        CHECK(weekday_from_name("Tue") == 2);
        CHECK(weekday_from_name("Tues") == 2);
        CHECK(weekday_from_name("thu") == 4);
        CHECK(weekday_from_name("Thurs") == 4);
        CHECK(weekday_from_name("Wed.") == 3);
        CHECK(weekday_from_name("SATURDAY") == 6);
    }
    SECTION("words that are not weekdays") {
        CHECK_FALSE(weekday_from_name(""));
        CHECK_FALSE(weekday_from_name("Tu"));
        CHECK_FALSE(weekday_from_name("Tuesdays"));
        CHECK_FALSE(weekday_from_name("March"));
        CHECK_FALSE(weekday_from_name("Satellite"));
    }
    SECTION("weekday_name is the inverse of weekday_from_name") {
        CHECK(std::string(weekday_name(0)) == "Sunday");
        CHECK(std::string(weekday_name(6)) == "Saturday");
        for (int wd = 0; wd < 7; ++wd) CHECK(weekday_from_name(weekday_name(wd)) == wd);
    }
    SECTION("month_name is the inverse of month_from_name") {
        CHECK(std::string(month_name(1)) == "January");
        CHECK(std::string(month_name(12)) == "December");
        for (int month = 1; month <= 12; ++month) CHECK(month_from_name(month_name(month)) == month);
    }
}

TEST_CASE("append_decimal writes what text::padded_decimal returns, in place", "[civil_time]") {
    for (const std::int64_t value : {std::int64_t{0}, std::int64_t{7}, std::int64_t{42}, std::int64_t{2024}, std::int64_t{-5},
                                     std::int64_t{-12345}, INT64_MAX, INT64_MIN}) {
        for (const int width : {1, 2, 4, 22}) {
            std::string out = "x";
            append_decimal(out, value, width);
            CHECK(out == "x" + text::padded_decimal(value, width));
        }
    }
    // The padding written out (both of the above are append_decimal): zeros between sign and digits.
    auto appended = [](std::int64_t value, int width) {
        std::string out = "x";
        append_decimal(out, value, width);
        return out;
    };
    CHECK(appended(7, 2) == "x07");
    CHECK(appended(2024, 2) == "x2024");
    CHECK(appended(-5, 4) == "x-0005");
    CHECK(appended(-12345, 8) == "x-00012345");
    CHECK(appended(3, 9) == "x000000003");    // eight zeros
    CHECK(appended(3, 10) == "x0000000003");  // nine
    CHECK(appended(42, 22) == "x" + std::string(20, '0') + "42");
    CHECK(appended(INT64_MIN, 1) == "x-9223372036854775808");
    CHECK(format_date({-1, 1, 2}) == "-0001-01-02");
    CHECK(format_date({12345, 12, 31}) == "12345-12-31");
}

TEST_CASE("year_in_address: a year as a word of the address's last segments", "[civil_time]") {
    CHECK(year_in_address("_posts/2023-09-26-summit.md") == 2023);
    CHECK(year_in_address("posts/site__2019-kubecon-recap.md") == 2019);
    CHECK(year_in_address("https://example.org/blog/2023/09/recap/") == 2023);
    CHECK(year_in_address("C:\\posts\\2021\\summit.md") == 2021);
    CHECK(year_in_address("/blog/onseu2019/") == 2019);  // letters before it still bound it
    CHECK_FALSE(year_in_address("https://example.org/a/b/c/d/e/?y=2023#2023"));  // query and fragment not looked at
    CHECK_FALSE(year_in_address("/archive/2018/a/b/c/d/talks.md"));               // more than four segments back
    CHECK_FALSE(year_in_address("/blog/12345/post.md"));                          // five digits are no year
    CHECK_FALSE(year_in_address(""));
}
