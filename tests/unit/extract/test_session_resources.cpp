// session_resources.h: a talk's recordings and slides, from the links of its entry, through the
// whole reader (parse_post), so the entries are the ones a post makes.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "talkboard/limits.h"
#include "talkboard/post.h"

using namespace talkboard;

namespace {

Schedule extract(const std::string& post) {
    Result<Schedule> schedule = parse_post(post);
    REQUIRE(schedule.ok());
    return std::move(schedule).value();
}

const Session& titled(const Schedule& schedule, const std::string& title) {
    for (const Session& s : schedule.sessions) {
        if (s.title == title) return s;
    }
    FAIL("no session titled " << title);
    throw;
}

}  // namespace

TEST_CASE("entry_resources: videos and slides linked from a talk's text", "[extract][resources]") {
    const Schedule schedule = extract(
        "## Talks\n\n"
        "[Tiny Probes - Jin Park, Fernwood](https://example.com/session/t1)\n\n"
        "Tuesday, March 19, 2024, 10:00 - 10:30 CET\n\n"
        "Probes everywhere. [Watch the recording](https://www.youtube.com/watch?v=abc123) or read\n"
        "[the slides](https://speakerdeck.com/jin/tiny-probes), also [as PDF](https://example.com/probes.pdf).\n"
        "Project page: [probes](https://example.com/probes) and [relative deck](decks/probes.pdf).\n\n"
        "[Big Meshes - Ana Ruiz, Meshworks](https://example.com/session/t2)\n\n"
        "Tuesday, March 19, 2024, 11:00 - 11:30 CET\n\n"
        "No links here, and the same video again is another talk's: https://www.youtube.com/watch?v=abc123\n");
    REQUIRE(schedule.sessions.size() == 2);
    SECTION("in the order written; other links, the talk's own page and relative links are not resources") {
        CHECK(titled(schedule, "Tiny Probes").resources == std::vector<Resource>{
                                                                {ResourceKind::video, "https://www.youtube.com/watch?v=abc123"},
                                                                {ResourceKind::slides, "https://speakerdeck.com/jin/tiny-probes"},
                                                                {ResourceKind::slides, "https://example.com/probes.pdf"},
                                                            });
    }
    SECTION("a URL written as plain text is no link") { CHECK(titled(schedule, "Big Meshes").resources.empty()); }
}

TEST_CASE("entry_resources: a table row's Slides and Video cells", "[extract][resources]") {
    const Schedule schedule = extract(
        "# Friday, February 5, 2027\n\n"
        "|Time|Session|Slides|Video|\n|---|---|---|---|\n"
        "|9:30|**Counting What Counts**<br>Henrike Vogel|[pdf](https://omf.example.eu/slides/vogel.pdf)|"
        "[Video](https://vimeo.com/12345)|\n"
        "|10:10|**Health Scores**<br>Ilse Maas| | |\n");
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(titled(schedule, "Counting What Counts").resources == std::vector<Resource>{
                                                                     {ResourceKind::slides, "https://omf.example.eu/slides/vogel.pdf"},
                                                                     {ResourceKind::video, "https://vimeo.com/12345"},
                                                                 });
    CHECK(titled(schedule, "Health Scores").resources.empty());
}

TEST_CASE("entry_resources: a title linked to its slides is no page of the talk", "[extract][resources]") {
    // Each post: a talk linked to its deck, then one linked to its page.
    const std::pair<const char*, const char*> posts[] = {
        {"## Talks\n\n"
         "* [Tracing Tips](https://example.org/decks/Tracing%20Tips%20-%20Ana%20Li.pdf) by Ana Li\n"
         "* [Faster builds with remote caches](https://example.org/talks/fast-builds) by Bo Chen\n",
         "https://example.org/decks/Tracing%20Tips%20-%20Ana%20Li.pdf"},
        {"### March 12 2025 - Meetup\n\n"  // speaker first, after a speaking-head emoji
         "\xF0\x9F\x97\xA3 [Ana Li - Tracing Tips](https://docs.google.com/presentation/d/1abcDEF/edit#slide=id.p)\n\n"
         "\xF0\x9F\x97\xA3 [Bo Chen - Faster builds with remote caches](https://example.org/talks/fast-builds)\n",
         "https://docs.google.com/presentation/d/1abcDEF/edit#slide=id.p"},
    };
    for (const auto& [post, deck] : posts) {
        const Schedule schedule = extract(post);
        REQUIRE(schedule.sessions.size() == 2);
        const Session& tips = titled(schedule, "Tracing Tips");
        CHECK_FALSE(tips.url);
        REQUIRE(tips.speakers.size() == 1);
        CHECK(tips.speakers[0].name == "Ana Li");
        CHECK(tips.resources == std::vector<Resource>{{ResourceKind::slides, deck}});
        CHECK(titled(schedule, "Faster builds with remote caches").url == "https://example.org/talks/fast-builds");
    }
}

TEST_CASE("entry_resources: at most limits::max_session_resources per talk", "[extract][resources][limits]") {
    std::string post =
        "[Playlist - Jin Park, Fernwood](https://example.com/session/p)\n\n"
        "Tuesday, March 19, 2024, 10:00 - 10:30 CET\n\n"
        "We recorded the talk in parts, see";
    for (std::size_t i = 0; i <= limits::max_session_resources; ++i) {
        post += " [part " + std::to_string(i) + "](https://www.youtube.com/watch?v=part" + std::to_string(i) + "),";
    }
    post += " on our channel.\n";
    const Schedule schedule = extract(post);
    REQUIRE(schedule.sessions.size() == 1);
    const std::vector<Resource>& kept = schedule.sessions[0].resources;
    REQUIRE(kept.size() == limits::max_session_resources);
    CHECK(kept.front().url == "https://www.youtube.com/watch?v=part0");
    CHECK(kept.back().url == "https://www.youtube.com/watch?v=part" + std::to_string(limits::max_session_resources - 1));
}
