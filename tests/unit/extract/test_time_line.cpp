// time_line.h: one date/time line of plain text in, its parts out (nothing resolved yet).
#include <catch2/catch.hpp>

#include <string>

#include "talkboard/extract/time_line.h"
#include "talkboard/time/civil_time.h"

using namespace talkboard;
using Status = TimeLineParse::Status;

namespace {

constexpr int hm(int hour, int minute) { return hour * 60 + minute; }

DateTimeText parsed(const std::string& line) {
    const TimeLineParse p = parse_time_line(line);
    INFO("line: " << line << "  problem: " << p.problem);
    REQUIRE(p.status == Status::parsed);
    return p.value;
}

Status status_of(const std::string& line) { return parse_time_line(line).status; }

void check_malformed(const std::string& line) {
    const TimeLineParse p = parse_time_line(line);
    INFO("line: " << line);
    CHECK(p.status == Status::malformed);
    CHECK_FALSE(p.problem.empty());
}

}  // namespace

TEST_CASE("parse_time_line reads full date/time lines", "[time_line]") {
    SECTION("weekday, month day, year, 24h range and zone") {
        const DateTimeText t = parsed("Tuesday, March 19, 2024, 09:50 - 10:15 CET");
        CHECK(t.weekday == 2);
        CHECK(t.year == 2024);
        CHECK(t.month == 3);
        CHECK(t.day == 19);
        CHECK(t.start_minute == hm(9, 50));
        CHECK(t.end_minute == hm(10, 15));
        CHECK(t.zone == "CET");
        CHECK(t.has_date());
        CHECK(t.has_time());
    }
    SECTION("no year, no zone, bullet separator, am/pm glued to each time") {
        const DateTimeText t = parsed("Monday, October 24 \xE2\x80\xA2 9:15am - 9:20am");
        CHECK(t.weekday == 1);
        CHECK_FALSE(t.year);
        CHECK(t.month == 10);
        CHECK(t.day == 24);
        CHECK(t.start_minute == hm(9, 15));
        CHECK(t.end_minute == hm(9, 20));
        CHECK(t.zone.empty());
    }
    SECTION("the text of a bold line: am/pm after a space") {
        const DateTimeText t = parsed("Monday, November 6, 2023 \xE2\x80\xA2 9:15 am - 9:40 am");
        CHECK(t.weekday == 1);
        CHECK(t.year == 2023);
        CHECK(t.month == 11);
        CHECK(t.day == 6);
        CHECK(t.start_minute == hm(9, 15));
        CHECK(t.end_minute == hm(9, 40));
    }
    SECTION("no commas, afternoon 12h, US zone") {
        const DateTimeText t = parsed("Friday November 15, 2024 2:00pm - 2:35pm MST");
        CHECK(t.weekday == 5);
        CHECK(t.year == 2024);
        CHECK(t.month == 11);
        CHECK(t.day == 15);
        CHECK(t.start_minute == hm(14, 0));
        CHECK(t.end_minute == hm(14, 35));
        CHECK(t.zone == "MST");
    }
    SECTION("Monday May 16, 2022 10:45 - 11:15 CEST") {
        const DateTimeText t = parsed("Monday May 16, 2022 10:45 - 11:15 CEST");
        CHECK(t.weekday == 1);
        CHECK(t.year == 2022);
        CHECK(t.month == 5);
        CHECK(t.day == 16);
        CHECK(t.start_minute == hm(10, 45));
        CHECK(t.end_minute == hm(11, 15));
        CHECK(t.zone == "CEST");
    }
    SECTION("ISO date") {
        const DateTimeText t = parsed("2024-03-19 09:00-09:30 UTC");
        CHECK_FALSE(t.weekday);
        CHECK(t.year == 2024);
        CHECK(t.month == 3);
        CHECK(t.day == 19);
        CHECK(t.start_minute == hm(9, 0));
        CHECK(t.end_minute == hm(9, 30));
        CHECK(t.zone == "UTC");
    }
    SECTION("day before month, ordinal, abbreviations") {
        const DateTimeText t = parsed("Thu, 21st Mar 2024, 14:00 - 14:45 CET");
        CHECK(t.weekday == 4);
        CHECK(t.day == 21);
        CHECK(t.month == 3);
        CHECK(t.year == 2024);
        CHECK(t.start_minute == hm(14, 0));
        CHECK(t.end_minute == hm(14, 45));
    }
    SECTION("filler words and 'to' between the times") {
        const DateTimeText t = parsed("Tuesday March 19th, 2024 from 9:50 to 10:15 CET");
        CHECK(t.day == 19);
        CHECK(t.start_minute == hm(9, 50));
        CHECK(t.end_minute == hm(10, 15));
        CHECK(t.zone == "CET");
        const DateTimeText until = parsed("Sept. 12, 2024 at 3:00pm until 3:30pm PDT");
        CHECK(until.month == 9);
        CHECK(until.day == 12);
        CHECK(until.start_minute == hm(15, 0));
        CHECK(until.end_minute == hm(15, 30));
        CHECK(until.zone == "PDT");
    }
    SECTION("the date part of an office-hours sentence, on its own, is a time line") {
        const DateTimeText t = parsed("Wednesday 18th May 12:30-13:15 CEST");
        CHECK(t.weekday == 3);
        CHECK(t.day == 18);
        CHECK(t.month == 5);
        CHECK(t.start_minute == hm(12, 30));
        CHECK(t.end_minute == hm(13, 15));
        CHECK(t.zone == "CEST");
    }
    SECTION("'@' and no-break spaces") {
        const DateTimeText t = parsed("Tuesday,\xC2\xA0March\xC2\xA0" "19 @ 10:00\xC2\xA0" "CET");
        CHECK(t.month == 3);
        CHECK(t.day == 19);
        CHECK(t.start_minute == hm(10, 0));
        CHECK(t.zone == "CET");
    }
    SECTION("pipes and middle dots as separators") {
        const DateTimeText t = parsed("Wed | Mar 20 \xC2\xB7 14:00 - 14:30 | CET");
        CHECK(t.weekday == 3);
        CHECK(t.month == 3);
        CHECK(t.day == 20);
        CHECK(t.start_minute == hm(14, 0));
        CHECK(t.end_minute == hm(14, 30));
        CHECK(t.zone == "CET");
    }
}

TEST_CASE("parse_time_line: times without a date", "[time_line]") {
    SECTION("en dash, em dash and 'until' between 24h times") {
        const DateTimeText en = parsed("09:00\xE2\x80\x93" "09:30");
        CHECK_FALSE(en.has_date());
        CHECK(en.start_minute == hm(9, 0));
        CHECK(en.end_minute == hm(9, 30));
        CHECK(en.zone.empty());
        const DateTimeText em = parsed("13:00 \xE2\x80\x94 13:40");
        CHECK(em.start_minute == hm(13, 0));
        CHECK(em.end_minute == hm(13, 40));
    }
    SECTION("dotted minutes") {
        const DateTimeText t = parsed("10.00 - 10.30 CEST");
        CHECK(t.start_minute == hm(10, 0));
        CHECK(t.end_minute == hm(10, 30));
        CHECK(t.zone == "CEST");
    }
    SECTION("a single time") {
        const DateTimeText t = parsed("16:20 CET");
        CHECK(t.start_minute == hm(16, 20));
        CHECK_FALSE(t.end_minute);
        CHECK(t.zone == "CET");
    }
    SECTION("a range crossing midnight keeps local minutes") {
        const DateTimeText t = parsed("23:30 - 00:30");
        CHECK(t.start_minute == hm(23, 30));
        CHECK(t.end_minute == hm(0, 30));
    }
}

TEST_CASE("parse_time_line: am/pm written once per range", "[time_line][12h]") {
    SECTION("9:15 - 9:40 am") {
        const DateTimeText t = parsed("9:15 - 9:40 am");
        CHECK(t.start_minute == hm(9, 15));
        CHECK(t.end_minute == hm(9, 40));
    }
    SECTION("11:30 - 1:15 pm starts in the morning") {
        const DateTimeText t = parsed("11:30 - 1:15 pm");
        CHECK(t.start_minute == hm(11, 30));
        CHECK(t.end_minute == hm(13, 15));
    }
    SECTION("8:00am - 12:00pm ends at noon") {
        const DateTimeText t = parsed("8:00am - 12:00pm");
        CHECK(t.start_minute == hm(8, 0));
        CHECK(t.end_minute == hm(12, 0));
    }
    SECTION("12:15pm - 12:40pm is just after noon") {
        const DateTimeText t = parsed("12:15pm - 12:40pm");
        CHECK(t.start_minute == hm(12, 15));
        CHECK(t.end_minute == hm(12, 40));
    }
    SECTION("12:30 - 1:30 pm crosses noon") {
        const DateTimeText t = parsed("12:30 - 1:30 pm");
        CHECK(t.start_minute == hm(12, 30));
        CHECK(t.end_minute == hm(13, 30));
    }
    SECTION("bare hours tied to a clock time: 10 - 11am, 3 - 4pm") {
        const DateTimeText t = parsed("10 - 11am");
        CHECK(t.start_minute == hm(10, 0));
        CHECK(t.end_minute == hm(11, 0));
        const DateTimeText pm = parsed("3 - 4pm");
        CHECK(pm.start_minute == hm(15, 0));
        CHECK(pm.end_minute == hm(16, 0));
    }
    SECTION("am/pm written once on the start") {
        const DateTimeText t = parsed("1:30pm - 2:00");
        CHECK(t.start_minute == hm(13, 30));
        CHECK(t.end_minute == hm(14, 0));
        const DateTimeText noon = parsed("11:30am - 1:00");
        CHECK(noon.start_minute == hm(11, 30));
        CHECK(noon.end_minute == hm(13, 0));
    }
    SECTION("11:45 - 12:15 pm and 10:30 - 12:00 pm start before noon") {
        CHECK(parsed("11:45 - 12:15 pm").start_minute == hm(11, 45));
        CHECK(parsed("11:45 - 12:15 pm").end_minute == hm(12, 15));
        CHECK(parsed("10:30 - 12:00 pm").start_minute == hm(10, 30));
        CHECK(parsed("10:30 - 12:00 pm").end_minute == hm(12, 0));
    }
    SECTION("a.m. / p.m. with periods, and upper case") {
        const DateTimeText t = parsed("9:00 a.m. - 10:30 a.m. EST");
        CHECK(t.start_minute == hm(9, 0));
        CHECK(t.end_minute == hm(10, 30));
        CHECK(t.zone == "EST");
        const DateTimeText upper = parsed("4:00 PM - 5:00 PM EDT");
        CHECK(upper.start_minute == hm(16, 0));
        CHECK(upper.end_minute == hm(17, 0));
        CHECK(upper.zone == "EDT");  // AM/PM are never taken as the zone
    }
    SECTION("midnight and noon") {
        const DateTimeText t = parsed("12:00am - 12:30am");
        CHECK(t.start_minute == hm(0, 0));
        CHECK(t.end_minute == hm(0, 30));
    }
}

TEST_CASE("parse_time_line: compact and numeric forms authors write", "[time_line]") {
    SECTION("compact 12-hour times with a glued a/p: 1030a, 140p") {
        const DateTimeText morning = parsed("1030a");
        CHECK(morning.start_minute == 10 * 60 + 30);
        CHECK(parsed("140p").start_minute == 13 * 60 + 40);
        CHECK(parsed("235p").start_minute == 14 * 60 + 35);
        const DateTimeText afternoon = parsed("3:30p - 4:15p");  // and after a clock time
        CHECK(afternoon.start_minute == 15 * 60 + 30);
        CHECK(afternoon.end_minute == 16 * 60 + 15);
        CHECK(parsed("10:30a - 11:15a").start_minute == 10 * 60 + 30);
        CHECK(find_date_times("Room 1A").empty());  // a capital is a label's
    }
    SECTION("a room's code of letters and digits is no date: UA2.220, K1.105") {
        const auto found = find_date_times("by Ana in UA2.220, Sunday at 16:10.");
        REQUIRE(found.size() == 1);
        CHECK(found.front().value.start_minute == 16 * 60 + 10);
        CHECK(found.front().value.weekday == 0);
        CHECK(find_date_times("in K1.105").empty());
    }
    SECTION("a compact end after a glued start: 8AM-530PM") {
        const DateTimeText day = parsed("Monday, Dec 10th, 2018 from 8AM-530PM");
        CHECK(day.start_minute == 8 * 60);
        CHECK(day.end_minute == 17 * 60 + 30);
        CHECK(day.day == 10);
    }
    SECTION("an hour and minutes around an h: 10h00 alone, 9h30 - 10h15 in a range") {
        CHECK(parsed("10h00").start_minute == 10 * 60);
        const DateTimeText range = parsed("9h30 - 10h15");
        CHECK(range.start_minute == 9 * 60 + 30);
        CHECK(range.end_minute == 10 * 60 + 15);
        CHECK(find_date_times("a 1h30 workshop for beginners").empty());  // a duration
        const DateTimeText marked = parsed("10:00h - 11:30h");  // an hour mark after a clock time
        CHECK(marked.start_minute == 10 * 60);
        CHECK(marked.end_minute == 11 * 60 + 30);
    }
    SECTION("a zone written out, with the offset that restates it") {
        const auto found = find_date_times("Monday, October 11, 9:00am - 9:45am Pacific Daylight Time (UTC -7)");
        REQUIRE(found.size() == 1);
        CHECK(found[0].value.zone == "PDT");
        CHECK(found[0].end == std::string_view("Monday, October 11, 9:00am - 9:45am Pacific Daylight Time (UTC -7)").size());
        const auto cest = find_date_times("14:00 - 15:00 Central European Summer Time");
        REQUIRE(cest.size() == 1);
        CHECK(cest[0].value.zone == "CEST");
    }
    SECTION("a region with its offset: the offset tells summer from winter; its digits are no time") {
        const auto edt = find_date_times("11:00 a.m. to 12:00 p.m. Eastern (UTC\xE2\x88\x92" "04:00)");
        REQUIRE(edt.size() == 1);
        CHECK(edt[0].value.zone == "EDT");
        const auto pst = find_date_times("9:00 - 10:00 Pacific (UTC-8)");
        REQUIRE(pst.size() == 1);
        CHECK(pst[0].value.zone == "PST");
        // A region without an offset names its zone, the season unsaid; with an offset that is not
        // its own, none.
        CHECK(find_date_times("9:00 - 10:00 Eastern").at(0).value.zone == "ET");
        CHECK(find_date_times("9:00 - 10:00 Pacific (UTC+2)").at(0).value.zone.empty());
    }
    SECTION("French hours: '10h40 - 11h', '10h - 10h30'; '2h' alone is a duration") {
        const auto french = find_date_times("10h40 - 11h : A talk");
        REQUIRE(french.size() == 1);
        CHECK(french[0].value.start_minute == 10 * 60 + 40);
        CHECK(french[0].value.end_minute == 11 * 60);
        const auto opening = find_date_times("10h - 10h30 : Intro");
        REQUIRE(opening.size() == 1);
        CHECK(opening[0].value.start_minute == 10 * 60);
        CHECK(opening[0].value.end_minute == 10 * 60 + 30);
        CHECK(find_date_times("A 2h workshop").empty());
        CHECK(find_date_times("Workshop (2h)").empty());
    }
    SECTION("a month name after a clock time needs its day: '19:20 Jan Kowalski' is a time and a name") {
        const auto named = find_date_times("19:20-20:05 Jan Kowalski: A talk");
        REQUIRE(named.size() == 1);
        CHECK(named[0].value.start_minute == 19 * 60 + 20);
        CHECK_FALSE(named[0].value.month);
        CHECK(named[0].end == std::string_view("19:20-20:05").size());
        const auto dated = find_date_times("10:00 March 3");
        REQUIRE(dated.size() == 1);
        CHECK(dated[0].value.month == 3);
    }
    SECTION("Spanish 'a' between two clock times; a capital 'A' after a time starts a title") {
        const auto spanish = find_date_times("14:00 a 17:00 Charlas");
        REQUIRE(spanish.size() == 1);
        CHECK(spanish[0].value.end_minute == 17 * 60);
        const auto title = find_date_times("17:00\xE2\x80\x93" "17:30 JST \xE2\x80\x93 A 10-Year Retrospective");
        REQUIRE(title.size() == 1);
        CHECK(title[0].value.end_minute == 17 * 60 + 30);
    }
    SECTION("written_zone: a zone in words anywhere in an intro") {
        CHECK(written_zone("Tuesday October 6, 2020, 11:00 a.m. to 12:p.m. Eastern (UTC-04:00)") == "EDT");
        CHECK(written_zone("All talks run on Central European Summer Time.") == "CEST");
        CHECK(written_zone("We meet in the Eastern wing.").empty());
        CHECK(written_zone("Talks start at 10:00 Eastern(UTC-4)") == "EDT");  // the offset right after the region
        CHECK(written_zone("The Easterners (UTC-4) meet first.").empty());     // a longer word is no region
        CHECK(written_zone("Our Centralized Time slots (UTC-6) are long").empty());  // a longer word is no region
        CHECK(written_zone("").empty());
    }
    SECTION("a dotted day.month.year: 24.03.2026, 11:00; versions are not dates") {
        const DateTimeText t = parsed("24.03.2026, 11:00 - 12:00");
        CHECK(t.day == 24);
        CHECK(t.month == 3);
        CHECK(t.year == 2026);
        CHECK(t.start_minute == 11 * 60);
        CHECK(find_date_times("Cilium 1.16.2024 is out").empty());
        CHECK(find_date_times("version 1.2.3").empty());
        const DateTimeText dashed = parsed("14-10-2017");  // with dashes too
        CHECK(dashed.day == 14);
        CHECK(dashed.month == 10);
        CHECK(dashed.year == 2017);
        CHECK(find_date_times("10-12 talks").empty());  // no year: no date
    }
    SECTION("a compact 24-hour range: 1400-1425") {
        const DateTimeText t = parsed("1400-1425");
        CHECK(t.start_minute == 14 * 60);
        CHECK(t.end_minute == 14 * 60 + 25);
    }
    SECTION("a numeric month/day: Tuesday 10/12, 8:30pm") {
        const DateTimeText t = parsed("Tuesday 10/12, 8:30pm");
        CHECK(t.month == 10);
        CHECK(t.day == 12);
        CHECK_FALSE(t.year.has_value());
        CHECK(t.start_minute == 20 * 60 + 30);
        CHECK(parsed("31/12/2024 10:00").month == 12);
        CHECK(parsed("31/12/2024 10:00").year == 2024);
    }
    SECTION("two clock times with the dash forgotten") {
        const DateTimeText t = parsed("2:00pm   2:30pm");
        CHECK(t.start_minute == 14 * 60);
        CHECK(t.end_minute == 14 * 60 + 30);
    }
    SECTION("a morning run past noon with one 'am': 11:00 ~ 12:30 am") {
        const DateTimeText t = parsed("11:00 ~ 12:30 am");
        CHECK(t.start_minute == 11 * 60);
        CHECK(t.end_minute == 12 * 60 + 30);
        CHECK(parsed("09:00 ~ 09:15 am").end_minute == 9 * 60 + 15);
    }
}

TEST_CASE("find_date_times: date and time expressions inside longer text", "[time_line]") {
    auto first = [](std::string_view line) {
        const auto found = find_date_times(line);
        INFO("line: " << line);
        REQUIRE_FALSE(found.empty());
        return found.front();
    };
    SECTION("a label before the date and time") {
        const std::string_view line = "Cloud Native University - Monday, November 10, 10:40 - 11:05 AM";
        const FoundDateTime f = first(line);
        CHECK(line.substr(f.begin, f.end - f.begin) == "Monday, November 10, 10:40 - 11:05 AM");
        CHECK(f.value.start_minute == 10 * 60 + 40);
        CHECK(f.value.end_minute == 11 * 60 + 5);
    }
    SECTION("a parenthesized date, time and place") {
        const FoundDateTime f = first("(Tuesday 10/12, 8:30pm @ Spire 73)");
        CHECK(f.value.weekday == 2);
        CHECK(f.value.month == 10);
        CHECK(f.value.start_minute == 20 * 60 + 30);
    }
    SECTION("a sentence with two zones: the first expression") {
        const auto found = find_date_times("on Friday, July 9, 12:30PM - 1:30PM UTC / 5:30AM PDT.");
        REQUIRE(found.size() == 2);
        CHECK(found[0].value.zone == "UTC");
        CHECK(found[0].value.start_minute == 12 * 60 + 30);
        CHECK(found[0].value.end_minute == 13 * 60 + 30);
        CHECK(found[1].value.zone == "PDT");
    }
    SECTION("a date in an intro sentence, without a time") {
        const FoundDateTime f = first("Join us on Monday, November 10, for a morning of talks");
        CHECK(f.value.month == 11);
        CHECK(f.value.day == 10);
        CHECK_FALSE(f.value.has_time());
    }
    SECTION("pipes between speakers, date and time") {
        const FoundDateTime f = first("Bill Mulligan, Cilium Maintainer | Monday, 23 March | 09:52 - 09:57");
        CHECK(f.value.day == 23);
        CHECK(f.value.start_minute == 9 * 60 + 52);
    }
    SECTION("prose numbers, version numbers, percentages and date ranges are no expressions") {
        CHECK(find_date_times("10 Years of Cilium: 1.5 Years of Usage").empty());
        CHECK(find_date_times("reduced failures from up to 10% to nearly zero").empty());
        CHECK(find_date_times("held from November 12 to 15 in the city").empty());
        CHECK(find_date_times("Room 335, Level 300").empty());
        CHECK(find_date_times("What's new in Foreman 1.12 - Ana Li (Acme)").empty());  // a dash before a name, no range
        CHECK(first("Event: TDD Conf 2021, 10th July 2021").value.day == 10);  // a name's year before the date
        CHECK(first("9.15 - 10.15 Welcome").value.start_minute == 9 * 60 + 15);     // a dash before a number, a range
    }
    SECTION("an unknown all-caps word is no zone unless it follows a time") {
        const FoundDateTime f = first("SIG Intros: Apps at 10:00 IST");
        CHECK(f.value.zone == "IST");
        CHECK(find_date_times("SIG Meeting TBD").empty());
    }
}

TEST_CASE("parse_time_line: zones as written", "[time_line][zone]") {
    SECTION("a zone in parentheses") {
        const DateTimeText t = parsed("Tuesday, March 19, 2024, 09:50 - 10:15 (CET)");
        CHECK(t.zone == "CET");
        CHECK(t.start_minute == hm(9, 50));
    }
    SECTION("an explicit offset") {
        CHECK(parsed("Tuesday, March 19, 2024, 09:50 - 10:15 UTC+2").zone == "UTC+2");
        CHECK(parsed("10:00 - 11:00 GMT-05:00").zone == "GMT-05:00");
    }
    SECTION("an unknown zone token is kept for the extractor to report") {
        const DateTimeText t = parsed("March 19, 2024 10:00 - 10:30 XYZ");
        CHECK(t.zone == "XYZ");
    }
    SECTION("a parenthesized note is ignored") {
        const DateTimeText t = parsed("Tuesday, March 19, 2024, 09:50 - 10:15 CET (Room B, level 2)");
        CHECK(t.zone == "CET");
        CHECK(t.end_minute == hm(10, 15));
    }
}

TEST_CASE("parse_time_line: date headings without a time", "[time_line]") {
    SECTION("Monday, May 6") {
        const TimeLineParse p = parse_time_line("Monday, May 6");
        REQUIRE(p.status == Status::parsed);
        CHECK(p.value.weekday == 1);
        CHECK(p.value.month == 5);
        CHECK(p.value.day == 6);
        CHECK_FALSE(p.value.year);
        CHECK(p.value.has_date());
        CHECK_FALSE(p.value.has_time());
        CHECK_FALSE(p.value.end_minute);
    }
    SECTION("with a year, and day-first") {
        const DateTimeText t = parsed("Wednesday 20 March 2024");
        CHECK(t.day == 20);
        CHECK(t.month == 3);
        CHECK(t.year == 2024);
        CHECK_FALSE(t.has_time());
    }
}

TEST_CASE("parse_time_line: prose and titles are not time lines", "[time_line][bad]") {
    SECTION("sentences with a date or time in them") {
        CHECK(status_of("virtual office hours on Wednesday 18th May 12:30-13:15 CEST") == Status::not_a_time_line);
        CHECK(status_of("Come to the booth") == Status::not_a_time_line);
        CHECK(status_of("The keynote starts at 9:00") == Status::not_a_time_line);
        CHECK(status_of("Join us in Paris on March 19") == Status::not_a_time_line);
        CHECK(status_of("We shipped 3 releases in 2023") == Status::not_a_time_line);
    }
    SECTION("a lone month, a lone year, a title with a year") {
        CHECK(status_of("May") == Status::not_a_time_line);
        CHECK(status_of("2024") == Status::not_a_time_line);
        CHECK(status_of("DemoConf Europe 2024") == Status::not_a_time_line);
    }
    SECTION("bare numbers without any clock time") {
        CHECK(status_of("9 - 10") == Status::not_a_time_line);
        CHECK(status_of("42") == Status::not_a_time_line);
    }
    SECTION("other scripts and empty lines") {
        CHECK(status_of("\xE6\x9C\x88\xE6\x9B\x9C\xE6\x97\xA5 10:00") == Status::not_a_time_line);  // 月曜日
        CHECK(status_of("") == Status::not_a_time_line);
        CHECK(status_of("   ") == Status::not_a_time_line);
        CHECK(status_of("\xE2\x80\xA2 | ,") == Status::not_a_time_line);
    }
    SECTION("an absurdly long number is not a time") {
        CHECK(status_of("10000000000:00 - 11:00") == Status::not_a_time_line);
    }
}

TEST_CASE("parse_time_line: malformed date/time lines say why", "[time_line][bad]") {
    SECTION("hours that do not exist") { check_malformed("Tuesday, March 19, 2024, 25:00 - 26:00 CET"); }
    SECTION("a date that does not exist") {
        check_malformed("February 30, 2024 10:00 - 11:00");
        check_malformed("April 31 10:00 - 11:00");
    }
    SECTION("minutes over 59") { check_malformed("10:75 - 11:00"); }
    SECTION("two times with a word and no dash between them") { check_malformed("10:00 Tuesday 11:00 CET"); }
    SECTION("three times") { check_malformed("10:00 - 11:00 - 12:00"); }
    SECTION("a month without a day next to a time") { check_malformed("March 10:00 - 11:00"); }
    SECTION("February 29 only exists in leap years") {
        check_malformed("February 29, 2023 10:00 - 11:00");
        CHECK(parsed("February 29, 2024 10:00 - 11:00").day == 29);
    }
}

TEST_CASE("find_date_times: a label's number follows it directly", "[time_line]") {
    // "Hall 3" numbers a hall; "hall (3:45pm - 6:00pm)" is a hall and then a time.
    const auto found = find_date_times("Community hall (3:45pm - 6:00pm)");
    REQUIRE(found.size() == 1);
    CHECK(found[0].value.start_minute == 15 * 60 + 45);
    CHECK(found[0].value.end_minute == 18 * 60);
    CHECK(find_date_times("Hall 3, then Room #4").empty());
    // Long lowercase prose is passed eight bytes at a time: the label word that ends it still
    // numbers what follows, and a time after it is still read, at its place.
    CHECK(find_date_times("we will all meet again on the second floor of the main building in room 4").empty());
    CHECK(find_date_times("we will all meet again on the second floor of the main building on day 2").empty());
    const std::string prose = "we will all meet again on the second floor of the main building at 10:30am";
    const auto at = find_date_times(prose);
    REQUIRE(at.size() == 1);
    CHECK(at[0].value.start_minute == 10 * 60 + 30);
    CHECK(prose.substr(at[0].begin, at[0].end - at[0].begin) == "10:30am");
    const auto month = find_date_times("and so the whole community gathers for the summit on March 3");
    REQUIRE(month.size() == 1);
    CHECK(month[0].value.month == 3);
}

TEST_CASE("find_day_ranges: the days of an event as posts write them", "[time_line]") {
    auto one = [](std::string_view text) {
        const auto ranges = find_day_ranges(text);
        REQUIRE(ranges.size() == 1);
        return ranges[0];
    };
    const DayRange may = one("The summit is held May 22-26, 2023 in Seattle, WA.");
    CHECK(*may.first.month == 5);
    CHECK(*may.first.day == 22);
    CHECK(*may.last.day == 26);
    CHECK(may.first.year == 2023);
    CHECK(may.last.year == 2023);
    CHECK(*one("22-26 May 2023 -- Seattle").first.day == 22);
    CHECK(*one("Monday May 22 - Friday May 26, 2023").last.day == 26);
    const DayRange across = one("September 30 to October 2");
    CHECK(*across.first.month == 9);
    CHECK(*across.last.month == 10);
    CHECK_FALSE(across.first.year);
    CHECK(*one("Join us on March 19\xE2\x80\x93" "22, 2024!").last.day == 22);
    SECTION("find_date_times with ranges reads both from one scan") {
        const std::string_view text = "Cloud Native Summit, May 22-26, 2023, opens Monday, May 22, 9:00 - 9:30 CET";
        REQUIRE(may_hold_day_range(text));
        std::vector<DayRange> ranges;
        const auto found = find_date_times(text, ranges);
        CHECK(found.size() == find_date_times(text).size());
        REQUIRE(ranges.size() == find_day_ranges(text).size());
        REQUIRE(ranges.size() == 1);
        CHECK(*ranges[0].last.day == 26);
        CHECK_FALSE(may_hold_day_range("May 22, 2023 in Seattle"));  // no dash, no range word
        CHECK(find_day_ranges("May 22, 2023 in Seattle").empty());
    }
    SECTION("times, single days and backward ranges are no day ranges") {
        CHECK(find_day_ranges("10:00 - 11:00").empty());
        CHECK(find_day_ranges("May 3 - 4pm").empty());
        CHECK(find_day_ranges("Room 4 - May 22").empty());
        CHECK(find_day_ranges("May 26 - May 22").empty());
        CHECK(find_day_ranges("January 5 - June 9").empty());
        CHECK(find_day_ranges("").empty());
        CHECK(find_day_ranges("Tuesday, March 19, 2024, 09:50 - 10:20 CET").empty());
        CHECK(find_day_ranges("May 22 - 26 9:30").empty());  // a clock time in the run
    }
}

TEST_CASE("dates written in other languages: month and weekday names, 'de', '17h', 'Uhr'", "[time_line]") {
    SECTION("whole lines") {
        DateTimeText v = parsed("Segunda-feira, 26 de mar\xC3\xA7o de 2018, 17h");
        CHECK(v.weekday == 1);
        CHECK(v.day == 26);
        CHECK(v.month == 3);
        CHECK(v.year == 2018);
        CHECK(v.start_minute == hm(17, 0));
        v = parsed("Mardi 11 juin 2024");
        CHECK(v.weekday == 2);
        CHECK(v.month == 6);
        CHECK(v.day == 11);
        v = parsed("Dienstag, 12. M\xC3\xA4rz 2024");
        CHECK(v.month == 3);
        CHECK(v.day == 12);
        v = parsed("14 de marzo de 2024, 10:00 - 11:00");
        CHECK(v.month == 3);
        CHECK(v.end_minute == hm(11, 0));
        v = parsed("12 wrze\xC5\x9Bnia 2023");
        CHECK(v.month == 9);
        v = parsed("mercoled\xC3\xAC 3 maggio");
        CHECK(v.weekday == 3);
        CHECK(v.month == 5);
    }
    SECTION("inside text") {
        const auto found = find_date_times("19:00 Uhr: Vortrag");
        REQUIRE(found.size() == 1);
        CHECK(found[0].end == std::string_view("19:00 Uhr").size());
        CHECK(find_date_times("Vortrag am 3. Juni 2003 in Raum 4").front().value.month == 6);
    }
    SECTION("words that are no dates") {
        CHECK(find_date_times("It may be 10 may").empty());   // English months stay capitalised
        CHECK(find_date_times("Ana Domingo").empty());        // a family name, not Sunday
        CHECK(find_date_times("a 2h workshop").empty());      // one digit before 'h': a duration
        CHECK(foreign_month_from_name("MAIO") == 5);
        CHECK_FALSE(foreign_month_from_name("mai-feira"));
        CHECK_FALSE(foreign_weekday_from_name("domingo"));
    }
}

TEST_CASE("parse_time_line: compact ranges of three-digit times", "[time_line]") {
    DateTimeText v = parsed("930 - 1230");
    CHECK(v.start_minute == hm(9, 30));
    CHECK(v.end_minute == hm(12, 30));
    v = parsed("915-925");
    CHECK(v.end_minute == hm(9, 25));
    CHECK(find_date_times("from 2019-2020 onwards").empty());
    CHECK(find_date_times("rooms 101-105").empty());
}

TEST_CASE("find_date_times: a capital letter after a number is a label, not a time ('Ballroom 1A')", "[time_line]") {
    CHECK(find_date_times("Ballroom 1A").empty());
    REQUIRE(find_date_times("1030a").size() == 1);
    CHECK(find_date_times("1030a").front().value.start_minute == 10 * 60 + 30);
}

TEST_CASE("find_date_times: eight digits that make a real date are a compact ISO date", "[time_line]") {
    const auto found = find_date_times("20240417");
    REQUIRE(found.size() == 1);
    CHECK(found.front().value.year == 2024);
    CHECK(found.front().value.month == 4);
    CHECK(found.front().value.day == 17);
    CHECK(find_date_times("20241317").empty());   // no 13th month
    CHECK(find_date_times("20230230").empty());   // no February 30th
    CHECK(find_date_times("120240417").empty());  // nine digits: a number
    CHECK(find_date_times("12345678").empty());
}

TEST_CASE("find_date_times: a 24-hour clock with a needless 'pm', and seconds", "[time_line]") {
    auto first = [](std::string_view s) {
        const auto found = find_date_times(s);
        REQUIRE(found.size() == 1);
        return found.front().value;
    };
    const auto pm = first("15:55pm - 16:20pm MST");
    CHECK(pm.start_minute == 15 * 60 + 55);
    CHECK(pm.end_minute == 16 * 60 + 20);
    const auto seconds = first("14:43:30 - 14:48");
    CHECK(seconds.start_minute == 14 * 60 + 43);
    CHECK(seconds.end_minute == 14 * 60 + 48);
    // An hour past noon that says morning: the hour says more than the slip.
    REQUIRE(find_date_times("13:00am").size() == 1);
    CHECK(find_date_times("13:00am").front().value.start_minute == 13 * 60);
}

TEST_CASE("find_date_times: a US region's name after a time is its zone", "[time_line]") {
    auto zone_of = [](std::string_view s) {
        const auto found = find_date_times(s);
        REQUIRE(found.size() == 1);
        return found.front().value.zone;
    };
    CHECK(zone_of("10:00 - 11:00 Central Time") == "CT");
    CHECK(zone_of("10:00 AM Eastern") == "ET");
    CHECK(zone_of("9am Pacific time, online") == "PT");
    CHECK(zone_of("10:00 Pacific Northwest Hall").empty());
}

TEST_CASE("find_date_times: a word in capitals after a time is a zone only when it looks like one", "[time_line]") {
    const auto group = find_date_times("20:00 - 20:05 GROUP PICTURE");
    REQUIRE(group.size() == 1);
    CHECK(group.front().value.zone.empty());
    const auto unknown = find_date_times("20:00 - 20:05 XYZT");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.front().value.zone == "XYZT");  // kept, so that lint can call it unknown
}

TEST_CASE("parse_time_line: a 24-hour clock with an am or pm is read as the 24-hour time", "[time_line]") {
    // A needless pm ("13:00pm") and a contradicting am ("14:05 - 14:30 am", a slip a reader passes
    // over) say nothing the hour does not.
    const DateTimeText am = parsed("14:05 - 14:30 am CET");
    CHECK(am.start_minute == hm(14, 5));
    CHECK(am.end_minute == hm(14, 30));
    const DateTimeText both = parsed("13:00am - 14:00pm");
    CHECK(both.start_minute == hm(13, 0));
    CHECK(both.end_minute == hm(14, 0));
}

TEST_CASE("find_date_times: a number that ends a name, a dash, then the date", "[time_line]") {
    for (const char* line : {"Episode 6 - April 29, 2022", "6 \xE2\x80\x93 April 29, 2022"}) {
        const auto found = find_date_times(line);
        INFO(line);
        REQUIRE(found.size() == 1);
        CHECK(found[0].value.year == 2022);
        CHECK(found[0].value.month == 4);
        CHECK(found[0].value.day == 29);
    }
}

TEST_CASE("find_day_ranges: a range of two written-out ISO dates", "[time_line]") {
    const auto ranges = find_day_ranges("The conference ran from 2025-07-14 to 2025-07-20 in Prague.");
    REQUIRE(ranges.size() == 1);
    CHECK(ranges[0].first.year == 2025);
    CHECK(ranges[0].first.month == 7);
    CHECK(ranges[0].first.day == 14);
    CHECK(ranges[0].last.day == 20);
}
