// link_kind judges a link by the generic shape of its URL (link_kind.h is the one place that
// documents the shapes); is_generic_link_text by its text.
#include <catch2/catch.hpp>

#include "talkboard/extract/link_kind.h"

using talkboard::is_generic_link_text;
using talkboard::converts_time;
using talkboard::names_slides;
using talkboard::link_kind;
using talkboard::LinkKind;

TEST_CASE("link_kind: session pages by host and by path", "[link_kind]") {
    CHECK(link_kind("https://kccnceu2024.sched.com/event/1YeMb/tiny-probes") == LinkKind::session_page);
    CHECK(link_kind("https://conf.example.org/2026/talks/tiny-probes") == LinkKind::session_page);
    CHECK(link_kind("https://conf.example.org/program/day-1") == LinkKind::session_page);
    CHECK(link_kind("https://conf.example.org/index.php?session=42") == LinkKind::session_page);
    // The whole programme's page is no session's page.
    CHECK(link_kind("https://events.example.org/bigcon-europe/program/schedule/") == LinkKind::other);
    CHECK(link_kind("https://conf.example.org/agenda") == LinkKind::other);
    CHECK(link_kind("https://conf.example.org/schedule?talk=12") == LinkKind::session_page);
}

TEST_CASE("link_kind: a fragment on a program page is one session of it", "[link_kind]") {
    CHECK(link_kind("https://conf.example.org/conference-program#streaming-joins") == LinkKind::session_page);
    CHECK(link_kind("https://conf.example.org/training-program#first-steps") == LinkKind::session_page);
    // Without the fragment the page is the whole program, not one session.
    CHECK(link_kind("https://conf.example.org/conference-program") == LinkKind::other);
    // A fragment on any other page says nothing.
    CHECK(link_kind("https://project.example.org/blog/news#comments") == LinkKind::other);
}

TEST_CASE("link_kind: recordings, slides, people, sign-ups, code, anchors", "[link_kind]") {
    CHECK(link_kind("https://www.youtube.com/watch?v=abc") == LinkKind::video);
    CHECK(link_kind("https://conf.example.org/files/talk.pdf") == LinkKind::slides);
    CHECK(link_kind("https://talks.example.org/github.com/ana/talks/groups.slide#1") == LinkKind::slides);  // Go's present
    CHECK(link_kind("https://github.com/inesokafor") == LinkKind::profile);
    CHECK(link_kind("https://github.com/harbordata/first-pipeline") == LinkKind::code);
    CHECK(link_kind("https://conf.example.org/register") == LinkKind::registration);
    CHECK(link_kind("#speakers") == LinkKind::anchor);
    CHECK(link_kind("") == LinkKind::other);
}

TEST_CASE("is_generic_link_text: resource labels name no talk", "[link_kind]") {
    for (const char* text : {"Slides", "Recording", "Materials", "LinkedIn", "Read more", "here", "https://x.example"}) {
        INFO(text);
        CHECK(is_generic_link_text(text));
    }
    CHECK_FALSE(is_generic_link_text("Streaming joins without tears"));
}

TEST_CASE("link texts with a format note; texts that name slides", "[link_kind]") {
    CHECK(is_generic_link_text("slides (pdf)"));
    CHECK(is_generic_link_text("Video (YouTube)"));
    CHECK_FALSE(is_generic_link_text("Tracing at scale (keynote)"));
    CHECK(is_generic_link_text("watch the recording (YouTube)"));  // the note after the last words
    CHECK_FALSE(is_generic_link_text("slides (pdf) (v2)"));         // two notes: no format note
    CHECK_FALSE(is_generic_link_text("slides(pdf)"));               // a note stands after a space
    CHECK(names_slides("slides (pdf)"));
    CHECK(names_slides("Slides"));
    CHECK(names_slides("Download the slides"));
    CHECK(names_slides("PDF"));
    CHECK_FALSE(names_slides("video"));
    CHECK_FALSE(names_slides("Sliding into production"));
}

TEST_CASE("link_kind: a track's, a day's or a room's page lists sessions and is none", "[link_kind]") {
    CHECK(link_kind("https://fosdem.org/2026/schedule/track/design/") == LinkKind::other);
    CHECK(link_kind("/2021/schedule/day/saturday/#1000") == LinkKind::other);
    CHECK(link_kind("https://fosdem.org/2026/schedule/room/k1105/") == LinkKind::other);
    CHECK(link_kind("https://fosdem.org/2026/schedule/event/tracing/") == LinkKind::session_page);
}

TEST_CASE("link_kind: a schedule host's room page is no session", "[link_kind]") {
    CHECK(link_kind("https://conf2025.sched.com/venue/Hall+3") == LinkKind::other);
    CHECK(link_kind("https://conf2025.sched.com/event/1aB/edge-wasm") == LinkKind::session_page);
}

TEST_CASE("converts_time: pages that show a time in the reader's zone", "[link_kind]") {
    CHECK(converts_time("https://time.is/compare/0900AM_27_February_2024_in_PT"));
    CHECK(converts_time("https://www.timeanddate.com/worldclock/fixedtime.html?iso=20240227T17"));
    CHECK_FALSE(converts_time("https://sched.co/1aB"));
    CHECK(is_generic_link_text("Add it to your Calendar"));
    CHECK(is_generic_link_text("Your timezone here"));
}
