// session_finish.h: the links a session keeps and its id, the same for posts and imported schedules.
#include <catch2/catch.hpp>

#include <string>

#include "talkboard/formats/schedule_import.h"
#include "talkboard/post.h"
#include "talkboard/session_finish.h"

using namespace talkboard;

TEST_CASE("is_session_url keeps http(s) links and relative pages only", "[session_finish]") {
    CHECK(is_session_url("https://example.com/a"));
    CHECK(is_session_url("http://example.com"));
    CHECK(is_session_url("HTTPS://EXAMPLE.COM"));
    CHECK(is_session_url("/relative/path"));
    CHECK(is_session_url("schedule/talks#a-tale-of-two-typings"));
    CHECK_FALSE(is_session_url("javascript:alert(1)"));
    CHECK_FALSE(is_session_url("JavaScript:alert(1)"));
    CHECK_FALSE(is_session_url("data:text/html,hi"));
    CHECK_FALSE(is_session_url("mailto:a@example.com"));
    CHECK_FALSE(is_session_url("//evil.example/x"));
    CHECK_FALSE(is_session_url("#speaker-anchor"));
    CHECK_FALSE(is_session_url(""));
}

TEST_CASE("add_resource keeps absolute http(s) links, each once", "[session_finish][resources]") {
    std::vector<Resource> resources;
    CHECK(add_resource(resources, ResourceKind::video, "  https://www.youtube.com/watch?v=abc "));
    CHECK(add_resource(resources, ResourceKind::slides, "HTTP://example.com/deck.pdf"));
    CHECK_FALSE(add_resource(resources, ResourceKind::slides, "https://www.youtube.com/watch?v=abc"));  // listed already
    CHECK_FALSE(add_resource(resources, ResourceKind::video, "/videos/talk.mp4"));  // relative
    CHECK_FALSE(add_resource(resources, ResourceKind::video, "javascript:alert(1)"));
    CHECK_FALSE(add_resource(resources, ResourceKind::video, "//cdn.example/x.mp4"));
    CHECK_FALSE(add_resource(resources, ResourceKind::video, ""));
    REQUIRE(resources.size() == 2);
    CHECK(resources[0] == Resource{ResourceKind::video, "https://www.youtube.com/watch?v=abc"});
    CHECK(resources[1] == Resource{ResourceKind::slides, "HTTP://example.com/deck.pdf"});
    CHECK(std::string(resource_kind_name(ResourceKind::video)) == "video");
    CHECK(std::string(resource_kind_name(ResourceKind::slides)) == "slides");
    CHECK(is_http_url(" https://a.example "));
    CHECK_FALSE(is_http_url("ftp://a.example"));
}

TEST_CASE("SessionIds: 48 bits of FNV-1a over the key parts, repeats numbered", "[session_finish]") {
    SessionIds ids;
    // Readers' saved favourites and share links hold these: the values are pinned. They are the ids
    // posts had before the id rule moved here (one post's talk, parsed by that version).
    CHECK(ids.next({"https://example.com/a", "Talk A", "2024-03-19", "10:00"}) == "bf396883d895");
    CHECK(ids.next({"https://example.com/a", "Talk A", "2024-03-19", "10:00"}) == "bf396883d895-2");
    CHECK(ids.next({"https://example.com/a", "Talk A", "2024-03-19", "10:00"}) == "bf396883d895-3");
    CHECK(ids.next({"guid", "abc"}) == "f408f49faa75");
    // The separator keeps parts apart: moving text from one part to the next is another key.
    CHECK(ids.next({"ab", "c"}) != ids.next({"a", "bc"}));
    SessionIds fresh;  // a new schedule counts repeats afresh
    CHECK(fresh.next({"https://example.com/a", "Talk A", "2024-03-19", "10:00"}) == "bf396883d895");
}

TEST_CASE("posts and imported schedules finish sessions the same way", "[session_finish]") {
    SECTION("a post's ids come from url, title, date and start; a talk listed twice is one session") {
        const Result<Schedule> post = parse_post(
            "[Talk A - Jin Park, Fernwood](https://example.com/a)\n\nTuesday, March 19, 2024, 10:00 - 10:30 CET\n\n"
            "[Talk B](javascript:alert(1))\n\nTuesday, March 19, 2024, 11:00 - 11:30 CET\n\n"
            "[Talk A - Jin Park, Fernwood](https://example.com/a)\n\nTuesday, March 19, 2024, 10:00 - 10:30 CET\n");
        REQUIRE(post);
        const auto& sessions = post.value().sessions;
        REQUIRE(sessions.size() == 2);
        CHECK(sessions[0].id == "bf396883d895");
        CHECK(sessions[1].title == "Talk B");
        CHECK_FALSE(sessions[1].url);
    }
    SECTION("an import's ids come from the guid; only http(s) urls are kept") {
        ImportedSchedule imported;
        imported.format = "frab";
        for (const char* url : {"https://example.com/x", "javascript:alert(1)"}) {
            ImportedEvent event;
            event.title = "Same guid";
            event.guid = "abc";
            event.url = url;
            imported.events.push_back(event);
        }
        const Schedule schedule = build_imported_schedule(imported);
        REQUIRE(schedule.sessions.size() == 2);
        CHECK(schedule.sessions[0].id == "f408f49faa75");
        CHECK(schedule.sessions[1].id == "f408f49faa75-2");
        CHECK(schedule.sessions[0].url == std::string("https://example.com/x"));
        CHECK_FALSE(schedule.sessions[1].url);
    }
}
