// session_span.h: the one rule for how long a session lasts, and what overlaps; then the
// "10:00 - 10:00" session through every reader and writer that uses the rule.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "schedule_builder.h"
#include "talkboard/formats/frab_export.h"
#include "talkboard/formats/icalendar.h"
#include "talkboard/post.h"
#include "talkboard/query/schedule_index.h"
#include "talkboard/query/view.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/time/session_span.h"
#include "talkboard/time/session_timestamps.h"

using namespace talkboard;
using talkboard::test::session;

namespace {

constexpr std::int64_t day_2024_03_19 = std::int64_t{19801} * 86400;  // seconds since the epoch

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

}  // namespace

TEST_CASE("span_minutes: later end the same day, equal times an instant, earlier end across midnight", "[session_span]") {
    CHECK(span_minutes(10 * 60, 10 * 60 + 30) == 30);
    CHECK(span_minutes(10 * 60, 10 * 60) == 0);                 // "10:00 - 10:00" is not 24 hours
    CHECK(span_minutes(23 * 60 + 30, 30) == 60);                // "23:30 - 00:30"
    CHECK(span_minutes(0, 23 * 60 + 59) == 23 * 60 + 59);       // the longest span
    CHECK(span_minutes(10 * 60, 10 * 60 - 1) == 23 * 60 + 59);  // one minute earlier: almost a day
}

TEST_CASE("session_local_end: the start's date, or the next day across midnight", "[session_span]") {
    const Session same_day = session("a", "A").on(2024, 3, 19).at("10:00", "10:30");
    REQUIRE(session_local_end(same_day));
    CHECK(session_local_end(same_day)->date == CivilDate{2024, 3, 19});
    CHECK(session_local_end(same_day)->minute == 10 * 60 + 30);

    const Session instant = session("b", "B").on(2024, 3, 19).at("10:00", "10:00");
    CHECK(session_local_end(instant)->date == CivilDate{2024, 3, 19});
    CHECK(session_local_end(instant)->minute == 10 * 60);

    const Session new_year = session("c", "C").on(2024, 12, 31).at("23:30", "00:15");
    CHECK(session_local_end(new_year)->date == CivilDate{2025, 1, 1});
    CHECK(session_local_end(new_year)->minute == 15);

    CHECK_FALSE(session_local_end(session("d", "No end").on(2024, 3, 19).at("10:00")));
    CHECK_FALSE(session_local_end(session("e", "Undated").at("10:00", "11:00")));
}

TEST_CASE("utc_span and local_span place a session on its axis", "[session_span]") {
    SECTION("UTC: utcStart to utcEnd") {
        const Session cet = session("a", "A").on(2024, 3, 19).at("10:00", "10:30").utc_offset(60);
        const auto span = utc_span(cet);
        REQUIRE(span);
        CHECK(span->start == day_2024_03_19 + 9 * 3600);
        CHECK(span->end == day_2024_03_19 + 9 * 3600 + 30 * 60);
    }
    SECTION("UTC without a usable utcEnd: the length comes from the local times") {
        Session s = session("a", "A").on(2024, 3, 19).at("23:30", "00:30").utc_offset(60);
        s.utc_end.reset();
        CHECK(utc_span(s)->end - utc_span(s)->start == 3600);
        s.utc_end = *s.utc_start - 60;  // before the start: no reader writes it, none trusts it
        CHECK(utc_span(s)->end - utc_span(s)->start == 3600);
        s.end_minute.reset();
        s.utc_end.reset();
        CHECK(utc_span(s)->end == utc_span(s)->start);  // no end at all: an instant
    }
    SECTION("a floating session has no UTC span but a local one") {
        const Session floating = session("a", "A").on(2024, 3, 19).at("23:30", "00:30");
        CHECK_FALSE(utc_span(floating));
        const auto span = local_span(floating);
        REQUIRE(span);
        CHECK(span->start == day_2024_03_19 + (23 * 60 + 30) * 60);
        CHECK(span->end == day_2024_03_19 + (24 * 60 + 30) * 60);
    }
    SECTION("no local span without a date and a start") {
        CHECK_FALSE(local_span(session("a", "Undated").at("10:00", "11:00")));
        CHECK_FALSE(local_span(session("b", "No time").on(2024, 3, 19)));
    }
}

TEST_CASE("occupied_end: a span ends at its end, an instant holds its first second", "[session_span]") {
    CHECK(occupied_end(TimeSpan{1000, 2800}) == 2800);
    CHECK(occupied_end(TimeSpan{1000, 1000}) == 1001);
    // Whole minutes apart, an instant overlaps only what runs at its minute (overlap_sweep.h's pairs
    // are tested in tests/unit/internal/test_overlap_sweep.cpp).
    CHECK(occupied_end(TimeSpan{1000, 1000}) < 1000 + 60);
}

TEST_CASE("an end equal to the start is an instant in every reader, writer and check", "[session_span][equal_times]") {
    // Jin: a gong at 10:00 - 10:00 (an instant) starts with the 10:00 - 10:30 keynote; a bell at
    // 10:30 - 10:30 rings as the keynote ends. Lena: the same without a timezone (floating).
    const std::string post =
        "---\ntitle: Harbour Summit\ndate: 2024-03-01\n---\n"
        "[Gong - Jin Park, Fernwood](https://example.com/gong)\n\n"
        "Tuesday, March 19, 2024, 10:00 - 10:00 CET\n\n"
        "[Keynote - Jin Park, Fernwood](https://example.com/keynote)\n\n"
        "Tuesday, March 19, 2024, 10:00 - 10:30 CET\n\n"
        "[Bell - Jin Park, Fernwood](https://example.com/bell)\n\n"
        "Tuesday, March 19, 2024, 10:30 - 10:30 CET\n\n"
        "[Signing - Lena Ortiz, Kestrel](https://example.com/signing)\n\n"
        "Tuesday, March 19, 2024, 12:00 - 12:00\n\n"
        "[Chat - Lena Ortiz, Kestrel](https://example.com/chat)\n\n"
        "Tuesday, March 19, 2024, 12:00 - 12:20\n";
    const Result<Schedule> parsed = parse_post(post);
    REQUIRE(parsed);
    const Schedule& schedule = parsed.value();
    REQUIRE(schedule.sessions.size() == 5);
    const Session& photo = schedule.sessions[0];
    const Session& keynote = schedule.sessions[1];
    const Session& bell = schedule.sessions[2];
    const Session& signing = schedule.sessions[3];

    SECTION("the extractor's UTC end is the UTC start, not a day later") {
        REQUIRE(photo.utc_start);
        CHECK(photo.utc_end == photo.utc_start);
        CHECK(bell.utc_end == bell.utc_start);
        CHECK(*keynote.utc_end - *keynote.utc_start == 30 * 60);
    }
    SECTION("speaker overlaps: the photo clashes with the keynote, the bell with nothing") {
        std::vector<int> lines;
        for (const Diagnostic& d : schedule.diagnostics) {
            if (d.message.find("speaks in two overlapping talks") != std::string::npos) lines.push_back(d.line);
        }
        CHECK(lines == std::vector<int>{keynote.line, schedule.sessions[4].line});
    }
    SECTION("iCalendar: instants are DURATION:PT0S, never a day-long event") {
        const std::string ics = schedule_to_icalendar(schedule);
        CHECK(count_of(ics, "DURATION:PT0S") == 3);  // photo, bell, signing
        CHECK(ics.find("DTEND:20240320") == std::string::npos);
        CHECK(ics.find("DTEND:20240319T093000Z") != std::string::npos);  // the keynote
        CHECK(ics.find("DTEND:20240319T122000\r\n") != std::string::npos);  // the chat, floating
    }
    SECTION("frab and timestamps: a zero duration that ends at the start, and back again") {
        CHECK(session_duration_minutes(photo) == 0);
        CHECK(session_end_timestamp(photo) == std::string("2024-03-19T10:00:00+01:00"));
        CHECK(session_end_timestamp(signing) == std::string("2024-03-19T12:00:00"));
        const std::string frab = schedule_to_frab_json(schedule);
        CHECK(frab.find(R"("date":"2024-03-19T10:00:00+01:00","start":"10:00","duration":"00:00","end":"2024-03-19T10:00:00+01:00")") !=
              std::string::npos);
        const Result<Schedule> back = parse_post(frab);
        REQUIRE(back);
        REQUIRE(back.value().sessions.size() == 5);
        const Session& photo_again = back.value().sessions[0];
        CHECK(photo_again.title == "Gong");
        CHECK(photo_again.end_minute == photo.end_minute);
        CHECK(photo_again.utc_end == photo.utc_start);
    }
    SECTION("conflicts among favourites: the same pairs as the speaker check") {
        const ScheduleIndex index(schedule);
        const ConflictList conflicts = find_conflicts(index, {0, 1, 2, 3, 4});
        std::vector<std::string> pairs;
        for (const Conflict& c : conflicts.pairs) {
            pairs.push_back(index.session(c.first).title + "+" + index.session(c.second).title);
        }
        // Each pair in display order (sessions that start together go by title).
        CHECK(pairs == std::vector<std::string>{"Gong+Keynote", "Chat+Signing"});
    }
}
