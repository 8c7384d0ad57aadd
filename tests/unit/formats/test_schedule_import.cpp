// schedule_import.h without JSON: the time rules of build_imported_schedule, by session_span.h.
#include <catch2/catch.hpp>

#include <string>

#include "talkboard/formats/schedule_import.h"

using namespace talkboard;

namespace {

Schedule import_one(ImportedEvent event) {
    ImportedSchedule imported;
    imported.format = "frab";
    event.title = "Event";
    event.start_timestamp = "2024-03-19T10:00:00+01:00";
    imported.events.push_back(std::move(event));
    return build_imported_schedule(imported);
}

}  // namespace

TEST_CASE("build_imported_schedule: ends by the span rule", "[schedule_import][session_span]") {
    SECTION("an end equal to the start is an instant") {
        ImportedEvent event;
        event.end_timestamp = "2024-03-19T10:00:00+01:00";
        const Schedule schedule = import_one(event);
        REQUIRE(schedule.sessions.size() == 1);
        const Session& s = schedule.sessions[0];
        CHECK(s.end_minute == 10 * 60);
        CHECK(s.utc_end == s.utc_start);
        CHECK(schedule.diagnostics.empty());
    }
    SECTION("a zero duration without an end is no end") {
        ImportedEvent event;
        event.duration = "00:00";
        const Session s = import_one(event).sessions.at(0);
        CHECK_FALSE(s.end_minute);
        CHECK_FALSE(s.utc_end);
    }
    SECTION("an end on the next day crosses midnight") {
        ImportedEvent event;
        event.duration = "14:30";
        const Session s = import_one(event).sessions.at(0);
        CHECK(s.end_minute == 30);
        CHECK(*s.utc_end - *s.utc_start == (14 * 60 + 30) * 60);
    }
    SECTION("a day or more cannot be told by local times: no end, and a warning") {
        for (const char* duration : {"24:00", "48:30"}) {
            ImportedEvent event;
            event.duration = duration;
            const Schedule schedule = import_one(event);
            const Session& s = schedule.sessions.at(0);
            CHECK_FALSE(s.end_minute);
            CHECK_FALSE(s.utc_end);
            REQUIRE(schedule.diagnostics.size() == 1);
            CHECK(schedule.diagnostics[0].message.find("a day or more") != std::string::npos);
        }
        ImportedEvent almost;
        almost.duration = "23:59";
        CHECK(import_one(almost).sessions.at(0).end_minute == 9 * 60 + 59);
    }
}

TEST_CASE("build_imported_schedule: language, recordings and slides", "[schedule_import][resources]") {
    SECTION("links and attachments by their type, else by their URL's shape; others are left out") {
        ImportedEvent event;
        event.language = "de";
        event.links = {
            {"https://example.org/talk/1/", std::string("ORIGIN")},          // the talk's page
            {"https://example.org/talk/1/feedback/", std::string("FEEDBACK")},
            {"https://example.org/recordings/1", std::string("media")},       // said to be a recording
            {"https://www.youtube.com/watch?v=abc", std::nullopt},            // shaped like one
            {"https://example.org/1.pdf", std::string("SLIDES")},              // any case
            {"https://example.org/paper", std::string("paper")},
            {"https://example.org/deck.pptx", std::string("web")},            // the type says nothing: the shape decides
            {"javascript:alert(1)", std::string("slides")},                    // never a link
            {"/relative/video.mp4", std::nullopt},                            // not absolute
            {"https://www.youtube.com/watch?v=abc", std::string("media")},    // listed already
        };
        const Session s = import_one(event).sessions.at(0);
        CHECK(s.language == "de");
        CHECK(s.resources == std::vector<Resource>{
                                 {ResourceKind::video, "https://example.org/recordings/1"},
                                 {ResourceKind::video, "https://www.youtube.com/watch?v=abc"},
                                 {ResourceKind::slides, "https://example.org/1.pdf"},
                                 {ResourceKind::slides, "https://example.org/paper"},
                                 {ResourceKind::slides, "https://example.org/deck.pptx"},
                             });
    }
    SECTION("none: no language, no resources") {
        const Session s = import_one(ImportedEvent{}).sessions.at(0);
        CHECK_FALSE(s.language);
        CHECK(s.resources.empty());
    }
}
