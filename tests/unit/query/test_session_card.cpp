#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "schedule_builder.h"
#include "talkboard/query/session_card.h"

using namespace talkboard;
using talkboard::test::session;
using talkboard::test::schedule_of;

TEST_CASE("session_card gives every field as display text", "[session_card][query]") {
    const ScheduleIndex index(test::conference_schedule());
    SECTION("a timed session with UTC, a kind, speakers with and without orgs") {
        const SessionCard card = session_card(index, test::session_with_id(index, "t1"));
        CHECK(card.session == test::session_with_id(index, "t1"));
        CHECK(card.id == "t1");
        CHECK(card.title == "eBPF for Everyone");
        CHECK(card.kind == "lightning_talk");
        CHECK(card.kind_label == "Lightning Talk");  // the kind facet's own label
        REQUIRE(card.speakers.size() == 1);
        CHECK(card.speakers[0].name == "Jan Zięba");
        CHECK(card.speakers[0].org == "Google");
        CHECK(card.speakers[0].role.empty());
        CHECK(card.date == "2024-03-19");
        CHECK(card.start == "10:00");
        CHECK(card.end == "10:10");
        CHECK(card.tz == "UTC60");
        CHECK(card.utc_start == "2024-03-19T09:00:00Z");
        CHECK(card.utc_end == "2024-03-19T09:10:00Z");
        CHECK(card.section == "Lightning Talks");
    }
    SECTION("what a session lacks is empty text: floating, undated, no kind, no url, no speakers") {
        const SessionCard floating = session_card(index, test::session_with_id(index, "t5"));
        CHECK(floating.tz.empty());
        CHECK(floating.utc_start.empty());
        CHECK(floating.utc_end.empty());
        CHECK(floating.start == "12:30");
        const SessionCard undated = session_card(index, test::session_with_id(index, "t6"));
        CHECK(undated.date.empty());
        CHECK(undated.start.empty());
        CHECK(undated.end.empty());
        CHECK(undated.kind.empty());
        CHECK(undated.kind_label.empty());
        CHECK(undated.url.empty());
        CHECK(undated.speakers.empty());
        CHECK(undated.room.empty());
        CHECK(undated.track.empty());
    }
    SECTION("imported fields and links pass through as the model holds them") {
        Session s = session("x", "Imported").room("Saal 1").track("Security").kind("  workshop ");
        s.url = "https://example.org/x";
        s.speakers.push_back({"Ada", std::nullopt, std::string("CTO")});
        const ScheduleIndex imported(schedule_of({s}));
        const SessionCard card = session_card(imported, 0);
        CHECK(card.room == "Saal 1");
        CHECK(card.track == "Security");
        CHECK(card.url == "https://example.org/x");
        CHECK(card.kind == "workshop");  // trimmed, as the kind filter knows it
        CHECK(card.kind_label == "Workshop");
        REQUIRE(card.speakers.size() == 1);
        CHECK(card.speakers[0].org.empty());
        CHECK(card.speakers[0].role == "CTO");
        CHECK(card.language.empty());
        CHECK(card.resources.empty());
    }
    SECTION("language and recordings and slides") {
        Session s = session("r", "Recorded");
        s.language = "de";
        s.resources = {{ResourceKind::video, "https://media.example/v/1"}, {ResourceKind::slides, "https://example.org/deck.pdf"}};
        const ScheduleIndex recorded(schedule_of({s}));
        const SessionCard card = session_card(recorded, 0);
        CHECK(card.language == "de");
        REQUIRE(card.resources.size() == 2);
        CHECK(card.resources[0].kind == "video");
        CHECK(card.resources[0].url == "https://media.example/v/1");
        CHECK(card.resources[1].kind == "slides");
        CHECK(card.resources[1].url == "https://example.org/deck.pdf");
    }
}
