// Tests for talkboard/formats/published_calendar.h: reading back a calendar for its events' UID,
// SEQUENCE, LAST-MODIFIED and content; refusals of text that is not a calendar.
#include "talkboard/formats/published_calendar.h"

#include <catch2/catch.hpp>

#include <string>

#include "talkboard/limits.h"

using namespace talkboard;

namespace {

PublishedCalendar read_ok(const std::string& ics) {
    auto result = read_published_calendar(ics);
    INFO((result ? std::string() : result.error().message));
    REQUIRE(result.ok());
    return result.value();
}

ErrorCode error_of(const std::string& ics) {
    auto result = read_published_calendar(ics);
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().message.empty());
    return result.error().code;
}

}  // namespace

TEST_CASE("read_published_calendar reads each event's revision and content", "[published_calendar]") {
    SECTION("a calendar as talkboard writes it") {
        const auto calendar = read_ok(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Talks\r\n"
            "BEGIN:VEVENT\r\nUID:abc@talkboard\r\nDTSTAMP:20240301T100000Z\r\nSEQUENCE:3\r\n"
            "LAST-MODIFIED:20240302T110000Z\r\nDTSTART:20240319T085000Z\r\nSUMMARY:A long ti\r\n tle\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:def@talkboard\r\nDTSTAMP:20240301T100000Z\r\nSUMMARY:B\r\nSTATUS:CANCELLED\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n");
        REQUIRE(calendar.events.size() == 2);
        const PublishedEvent& a = calendar.events[0];
        CHECK(a.uid == "abc@talkboard");
        CHECK(a.sequence == 3);
        CHECK(a.last_modified == 1709377200);  // 2024-03-02T11:00:00Z
        CHECK(a.content == "DTSTART:20240319T085000Z\r\nSUMMARY:A long title\r\n");
        CHECK_FALSE(a.cancelled);
        const PublishedEvent& b = calendar.events[1];
        CHECK(b.sequence == 0);                // absent
        CHECK(b.last_modified == 1709287200);  // DTSTAMP 2024-03-01T10:00:00Z stands in
        CHECK(b.cancelled);
        CHECK(b.content == "SUMMARY:B\r\nSTATUS:CANCELLED\r\n");
    }
    SECTION("LF line ends, a tab fold, lower-case names, a BOM and blank lines before it") {
        const auto calendar = read_ok(
            "\xEF\xBB\xBF\n\nbegin:vcalendar\nbegin:vevent\nuid:x\nsequence:7\nsummary:Par\n\tt\nend:vevent\nend:vcalendar\n");
        REQUIRE(calendar.events.size() == 1);
        CHECK(calendar.events[0].uid == "x");
        CHECK(calendar.events[0].sequence == 7);
        CHECK(calendar.events[0].content == "summary:Part\r\n");
        CHECK_FALSE(calendar.events[0].last_modified);
    }
    SECTION("a nested VALARM is part of the event's content; a VTIMEZONE is not an event") {
        const auto calendar = read_ok(
            "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:X\r\nEND:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\nUID:u\r\nBEGIN:VALARM\r\nUID:not-the-event\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n");
        REQUIRE(calendar.events.size() == 1);
        CHECK(calendar.events[0].uid == "u");
        CHECK(calendar.events[0].content ==
              "BEGIN:VALARM\r\nUID:not-the-event\r\nACTION:DISPLAY\r\nEND:VALARM\r\n");
    }
    SECTION("values it cannot use count as absent; an event without a UID is left out") {
        const auto calendar = read_ok(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nSEQUENCE:-1\r\nLAST-MODIFIED:20240302T110000\r\n"
            "END:VEVENT\r\nBEGIN:VEVENT\r\nSEQUENCE:99999999999\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:w\r\n"
            "SEQUENCE:99999999999\r\nLAST-MODIFIED:20241302T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        REQUIRE(calendar.events.size() == 2);
        CHECK(calendar.events[0].sequence == 0);
        CHECK_FALSE(calendar.events[0].last_modified);  // floating: not UTC
        CHECK(calendar.events[1].uid == "w");
        CHECK(calendar.events[1].sequence == 0);  // over 2^31 - 1
        CHECK_FALSE(calendar.events[1].last_modified);  // month 13
    }
    SECTION("an empty calendar has no events; nor has an empty file (nothing published yet)") {
        CHECK(read_ok("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n").events.empty());
        CHECK(read_ok("").events.empty());
        CHECK(read_ok("\r\n \n").events.empty());
    }
}

TEST_CASE("read_published_calendar refuses what is not a calendar", "[published_calendar]") {
    CHECK(error_of("# a markdown post\n") == ErrorCode::bad_calendar);
    CHECK(error_of("BEGIN:VEVENT\r\nEND:VEVENT\r\n") == ErrorCode::bad_calendar);
    CHECK(error_of("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\n") == ErrorCode::bad_calendar);
    CHECK(error_of("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nEND:VCALENDAR\r\n") == ErrorCode::bad_calendar);
    CHECK(error_of("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n") == ErrorCode::bad_calendar);
    CHECK(error_of("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") == ErrorCode::bad_calendar);
    SECTION("over the input limit") {
        std::string huge = "BEGIN:VCALENDAR\r\n";
        huge.resize(limits::max_input_bytes + 1, 'x');
        CHECK(error_of(huge) == ErrorCode::too_large);
    }
    SECTION("at the input limit it is read") {
        std::string big = "BEGIN:VCALENDAR\r\nX-PAD:";
        const std::string tail = "\r\nEND:VCALENDAR\r\n";
        big.resize(limits::max_input_bytes - tail.size(), 'x');
        big += tail;
        REQUIRE(big.size() == limits::max_input_bytes);
        CHECK(read_ok(big).events.empty());
    }
}
