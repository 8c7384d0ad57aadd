// Tests for talkboard/formats/event_uid.h: which edits keep a calendar event's UID, and that UIDs
// never merge two sessions. Sessions are built by hand (no parser).
#include "talkboard/formats/event_uid.h"

#include <catch2/catch.hpp>

#include <optional>
#include <regex>
#include <string>
#include <vector>

using namespace talkboard;

namespace {

Session talk(std::string title, std::optional<std::string> url, CivilDate date = {2024, 3, 19}, int start = 9 * 60) {
    Session session;
    session.title = std::move(title);
    session.url = std::move(url);
    session.date = date;
    session.start_minute = start;
    session.end_minute = start + 30;
    return session;
}

std::vector<std::string> uids_of(std::vector<Session> sessions) {
    Schedule schedule;
    schedule.sessions = std::move(sessions);
    return event_uids(schedule);
}

}  // namespace

TEST_CASE("event_uids: form and uniqueness", "[event_uid]") {
    SECTION("12 hex digits and @talkboard, one per session") {
        const auto uids = uids_of({talk("A", "https://x.example/a"), talk("B", std::nullopt)});
        REQUIRE(uids.size() == 2);
        for (const auto& uid : uids) CHECK(std::regex_match(uid, std::regex("[0-9a-f]{12}@talkboard")));
        CHECK(uids[0] != uids[1]);
    }
    SECTION("an empty schedule has none") { CHECK(uids_of({}).empty()); }
    SECTION("the same schedule gives the same UIDs") {
        const std::vector<Session> sessions{talk("A", "https://x.example/a"), talk("A", "https://x.example/a")};
        CHECK(uids_of(sessions) == uids_of(sessions));
    }
}

TEST_CASE("event_uids: a talk keeps its UID through the edits a calendar must follow", "[event_uid]") {
    const Session original = talk("eBPF in Production", "https://sched.example/event/1YeP3");
    const Session other = talk("Other", "https://sched.example/event/9ZZZ9", {2024, 3, 20});
    const std::string before = uids_of({original, other})[0];

    SECTION("with a link of its own: a new time, day, title and speakers") {
        Session moved = original;
        moved.date = CivilDate{2024, 3, 21};
        moved.start_minute = 14 * 60;
        moved.end_minute = 14 * 60 + 45;
        moved.title = "eBPF in Production (updated)";
        moved.speakers = {{"New Speaker", std::string("Org"), std::nullopt}};
        moved.id = "a-different-session-id";
        CHECK(uids_of({moved, other})[0] == before);
    }
    SECTION("without a link: a new time and day keep it, a new title does not") {
        Session unlinked = original;
        unlinked.url.reset();
        const std::string unlinked_uid = uids_of({unlinked, other})[0];
        Session moved = unlinked;
        moved.date = CivilDate{2024, 3, 22};
        moved.start_minute = 16 * 60;
        CHECK(uids_of({moved, other})[0] == unlinked_uid);
        Session renamed = unlinked;
        renamed.title = "Something else";
        CHECK(uids_of({renamed, other})[0] != unlinked_uid);
    }
    SECTION("sessions around it come and go") {
        CHECK(uids_of({talk("New first", "https://sched.example/event/0AAA0"), original, other})[1] == before);
        CHECK(uids_of({original})[0] == before);
    }
}

TEST_CASE("event_uids: sessions that share a link are told apart by title, then day, then time", "[event_uid]") {
    const std::string page = "https://conf.example/schedule";
    SECTION("different titles: each keeps its UID through a new time") {
        const auto uids = uids_of({talk("Keynote", page), talk("Panel", page, {2024, 3, 19}, 10 * 60)});
        CHECK(uids[0] != uids[1]);
        const auto moved = uids_of({talk("Keynote", page, {2024, 3, 19}, 8 * 60), talk("Panel", page, {2024, 3, 20}, 11 * 60)});
        CHECK(moved == uids);
    }
    SECTION("the same title on two days: the day tells them apart") {
        const auto uids = uids_of({talk("Lunch", std::nullopt, {2024, 3, 19}, 12 * 60),
                                   talk("Lunch", std::nullopt, {2024, 3, 20}, 12 * 60)});
        CHECK(uids[0] != uids[1]);
        // A new time on the same day keeps both.
        CHECK(uids_of({talk("Lunch", std::nullopt, {2024, 3, 19}, 12 * 60 + 30),
                       talk("Lunch", std::nullopt, {2024, 3, 20}, 13 * 60)}) == uids);
    }
    SECTION("the same title twice on one day: the start time tells them apart") {
        const auto uids = uids_of({talk("Break", std::nullopt, {2024, 3, 19}, 10 * 60),
                                   talk("Break", std::nullopt, {2024, 3, 19}, 15 * 60)});
        CHECK(uids[0] != uids[1]);
    }
    SECTION("a unique session keeps the short key while others need longer ones") {
        const std::string alone = uids_of({talk("Solo", "https://conf.example/solo")})[0];
        const auto uids = uids_of({talk("Solo", "https://conf.example/solo"), talk("Lunch", page),
                                   talk("Lunch", page, {2024, 3, 20})});
        CHECK(uids[0] == alone);
        CHECK(uids[1] != uids[2]);
    }
}

TEST_CASE("event_uids: sessions alike in everything are numbered in schedule order", "[event_uid]") {
    const Session a = talk("Same", "https://x.example/a");
    const Session b = talk("Other", "https://x.example/b");
    const auto uids = uids_of({a, b, a, b, a});
    const std::string a_uid = uids[0].substr(0, 12), b_uid = uids[1].substr(0, 12);
    CHECK(uids == std::vector<std::string>{a_uid + "@talkboard", b_uid + "@talkboard", a_uid + "-2@talkboard",
                                           b_uid + "-2@talkboard", a_uid + "-3@talkboard"});
}
