// The reader's layouts added in the session of 2026-12-07 (night): talk headings with their details
// under them, recordings and archives, announcement and meeting pages, nested details, zones
// written in heads and frontmatter. extract_test_support.h has the helpers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_test_support.h"

using namespace extract_test;

TEST_CASE("extract_schedule: a heading's details paragraph with a date line among key lines", "[session_extractor]") {
    const Schedule schedule = extract(
        "# Our talks\n"
        "\n"
        "### Project update\n"
        "Speakers: Bo Chen (Globex) and Cy Dee (Initech)\n"
        "Wednesday, November 8, 2023 11:00am - 11:30am CST\n"
        "\n"
        "### Tracing at scale\n"
        "Wednesday, November 8, 2023 2:00pm - 2:30pm CST\n"
        "Speaker: Ana Li (Acme)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Project update");
    CHECK(date_of(schedule.sessions[0]) == "2023-11-08");
    CHECK(schedule.sessions[0].start_minute == hm(11, 0));
    CHECK(schedule.sessions[0].speakers.size() == 2);
    CHECK(schedule.sessions[1].start_minute == hm(14, 0));
    CHECK(schedule.sessions[1].speakers.at(0).name == "Ana Li");
}

TEST_CASE("extract_schedule: an 'Owner' or 'Lead' column names the speakers", "[session_extractor]") {
    const Schedule schedule = extract(
        "## October 10, 2018\n"
        "\n"
        "| Time | Session | Owner |\n"
        "|---|---|---|\n"
        "| 9:30 | Release planning | Bo Chen and Cy Dee |\n"
        "| 11:00 | Diagnostics deep dive | Ana Li (Acme) |\n"
        "\n"
        "| Time | Topic | Lead |\n"
        "|---|---|---|\n"
        "| 14:00 | Security review | Dee Ramos |\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 3);
    CHECK(schedule.sessions[0].speakers.size() == 2);
    CHECK(schedule.sessions[1].speakers.at(0).name == "Ana Li");
    CHECK(schedule.sessions[1].speakers.at(0).org == "Acme");
    CHECK(schedule.sessions[2].speakers.at(0).name == "Dee Ramos");
}

TEST_CASE("extract_schedule: handles after 'by' and linked names after 'Speakers:'", "[session_extractor]") {
    const Schedule schedule = extract(
        "# Meetup\n"
        "\n"
        "1. [Fuzzing for fun](https://example.org/talks/fuzz) by [@eve](https://github.com/eve)\n"
        "2. [WASM on the edge](https://example.org/talks/wasm) by @frank and @grace\n"
        "\n"
        "**Keynote: Open source sustainability**\n"
        "Speakers: [Cy Dee](https://github.com/cy), [Dan Ek](https://github.com/dan)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 3);
    REQUIRE(schedule.sessions[0].speakers.size() == 1);
    CHECK(schedule.sessions[0].speakers[0].name == "@eve");
    REQUIRE(schedule.sessions[1].speakers.size() == 2);
    CHECK(schedule.sessions[1].speakers[1].name == "@grace");
    // Two people, not "Cy Dee" of an org called "Dan Ek".
    REQUIRE(schedule.sessions[2].speakers.size() == 2);
    CHECK(schedule.sessions[2].speakers[0].name == "Cy Dee");
    CHECK(!schedule.sessions[2].speakers[0].org);
    CHECK(schedule.sessions[2].speakers[1].name == "Dan Ek");
}

TEST_CASE("extract_schedule: an italic or bold title ends at its run, the names after its comma speak", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Monday, April 15, 2024\n"
        "\n"
        "- **9:00 AM** — *Observability 101*, Bo Chen, Globex\n"
        "- **10:00 AM** — **Testing, end to end**, Ana Li (Acme)\n"
        "- **11:00 AM** — *Metrics, logs and traces*, a hands-on lab\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 3);
    CHECK(schedule.sessions[0].title == "Observability 101");
    REQUIRE(schedule.sessions[0].speakers.size() == 1);
    CHECK(schedule.sessions[0].speakers[0].name == "Bo Chen");
    CHECK(schedule.sessions[0].speakers[0].org == "Globex");
    CHECK(schedule.sessions[1].title == "Testing, end to end");
    CHECK(schedule.sessions[1].speakers.at(0).name == "Ana Li");
    // Words that name no one stay with the title.
    CHECK(schedule.sessions[2].speakers.empty());
}

TEST_CASE("extract_schedule: the same time in a second zone after a slash is no part of the title", "[session_extractor]") {
    const Schedule schedule = extract(
        "## June 4, 2024\n"
        "\n"
        "- 10:00 UTC / 12:00 CEST: Opening\n"
        "- 10am PT (1pm ET) Release notes\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Opening");
    CHECK(schedule.sessions[0].tz == "UTC");
    CHECK(schedule.sessions[1].title == "Release notes");
    CHECK(schedule.sessions[1].start_minute == hm(10, 0));
}

TEST_CASE("extract_schedule: the zone of a day's hours, in its heading or its 'Time:' line, is its sessions'", "[session_extractor]") {
    const Schedule by_heading = extract(
        "## June 4, 2024 9:00 - 17:00 CEST\n"
        "\n"
        "- 10:00 Opening\n"
        "- 11:00 Release notes\n"
        "\n"
        "## June 5, 2024\n"
        "\n"
        "- 10:00 Hack time\n");
    INFO(all_diagnostics(by_heading));
    REQUIRE(by_heading.sessions.size() == 3);
    CHECK(by_heading.sessions[0].tz == "CEST");
    CHECK(utc(by_heading.sessions[0].utc_start) == "2024-06-04T08:00:00Z");
    // The next day's heading states no zone: its session floats.
    CHECK(!by_heading.sessions[2].tz);
    CHECK(date_of(by_heading.sessions[2]) == "2024-06-05");

    const Schedule by_time_line = extract(
        "# June meetup\n"
        "\n"
        "**Date:** June 4, 2024\n"
        "**Time:** 6pm - 9pm ET\n"
        "\n"
        "## Agenda\n"
        "\n"
        "- 6:00pm Opening\n"
        "- 6:30pm Lightning talks\n");
    INFO(all_diagnostics(by_time_line));
    REQUIRE(by_time_line.sessions.size() == 2);
    CHECK(by_time_line.sessions[1].tz == "ET");
    CHECK(date_of(by_time_line.sessions[1]) == "2024-06-04");
}

TEST_CASE("extract_schedule: 'Title | Name, Org' link texts and a bracketed kind label", "[session_extractor]") {
    const Schedule schedule = extract(
        "# Recordings\n"
        "\n"
        "- [[Conf 2024 Keynote] Welcome! | Kim Ode, Globex](https://video.example.org/watch?v=1)\n"
        "- [Ten Years of RPC | Ana Li & Bo Chen, Acme](https://video.example.org/watch?v=2)\n"
        "- [Edge routing | Room C](https://video.example.org/watch?v=3)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() >= 2);
    CHECK(schedule.sessions[0].title == "Welcome!");
    CHECK(schedule.sessions[0].kind == "keynote");
    CHECK(schedule.sessions[0].speakers.at(0).org == "Globex");
    CHECK(schedule.sessions[1].title == "Ten Years of RPC");
    CHECK(schedule.sessions[1].speakers.size() == 2);
    // A bare name after a bar may be a room: no speaker is made of it.
    for (const Session& s : schedule.sessions) CHECK(std::none_of(s.speakers.begin(), s.speakers.end(), [](const Speaker& p) { return p.name == "Room C"; }));
}

TEST_CASE("extract_schedule: an archive of events, each a link with its own dated line", "[session_extractor]") {
    const Schedule schedule = extract(
        "# Meetups\n"
        "\n"
        "Materials of our previous meetups:\n"
        "\n"
        "- [Rust Night Lisbon](https://events.example.org/e/rust-night), March 27th 2025. [[Slides]](https://docs.example.org/s/1)\n"
        "- [The second meetup](https://events.example.org/e/second), with Globex, January 31st 2024. [[Slides]](https://docs.example.org/s/2)\n"
        "- [Our handbook](https://example.org/handbook)\n"
        "- 2016-07-22: [A hackathon elsewhere](https://wiki.example.org/hack)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Rust Night Lisbon");
    CHECK(date_of(schedule.sessions[0]) == "2025-03-27");
    CHECK(schedule.sessions[1].title == "The second meetup");
    CHECK(date_of(schedule.sessions[1]) == "2024-01-31");
}

TEST_CASE("extract_schedule: a linked talk heading with a bold by-line, a time line and a room's page under it", "[session_extractor]") {
    const Schedule schedule = extract(
        "#### [Edge Wasm in practice](https://sched.co/1aB)\n"
        "**Jo Park, Acme & Cy Dee, Globex**\n"
        "Tuesday April 1, 2025 09:24 - 09:29 BST\n"
        "[Hall 3 | Room B](https://conf2025.sched.com/venue/Hall+3)\n"
        "\n"
        "Jo and Cy show what runs at the edge today.\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 1);
    const Session& s = schedule.sessions[0];
    CHECK(s.title == "Edge Wasm in practice");
    CHECK(s.url == "https://sched.co/1aB");
    CHECK(s.start_minute == hm(9, 24));
    CHECK(s.tz == "BST");
    REQUIRE(s.speakers.size() == 2);
    CHECK(s.speakers[1].org == "Globex");
}

TEST_CASE("extract_schedule: bold time lines above talk headings under 'Day 1: Monday, November 11'", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Summit: November 11-12, 2024\n"
        "\n"
        "### Day 1: Monday, November 11\n"
        "\n"
        "**9:00am - 10:00am MST (Hall B)**\n"
        "\n"
        "#### **Workshop:** [Wasm from scratch - Ana Li, Acme](https://sched.co/1a)\n"
        "\n"
        "What the workshop covers:\n"
        "\n"
        "- deploying a component\n"
        "- changing it without new code\n"
        "\n"
        "**10:30am - 11:00am MST (Hall B)**\n"
        "\n"
        "#### User Talk: [Wasm at the edge - Bo Chen, Globex](https://sched.co/1b)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Wasm from scratch");
    CHECK(schedule.sessions[0].start_minute == hm(9, 0));
    CHECK(schedule.sessions[0].section == "Day 1: Monday, November 11");
    CHECK(date_of(schedule.sessions[0]) == "2024-11-11");
    CHECK(schedule.sessions[1].title == "Wasm at the edge");
    CHECK(schedule.sessions[1].start_minute == hm(10, 30));
    CHECK(schedule.sessions[1].kind == "user_talk");
}

TEST_CASE("extract_schedule: a linked talk heading's time sub-heading, an event prefix and an org's role", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Spring summit, 14-15 March 2024\n"
        "\n"
        "### Keynote: [Mind the gap](https://conf.example.org/sessions/mind-the-gap/), Jo Park, Acme's Director of Engineering\n"
        "\n"
        "#### 14:40 - 15:10 CET, Thursday 14th March\n"
        "\n"
        "Jo looks at what it takes to run it in production.\n"
        "\n"
        "### [ArgoCon: GitOps for the edge with Argo CD](https://sched.co/1x), Bo Chen, Globex\n"
        "\n"
        "#### 13:35 - 13:55 CET, [Hall 7 | Room E05](https://conf2024.sched.com/venue/Hall+7)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    const Session& keynote = schedule.sessions[0];
    CHECK(keynote.title == "Mind the gap");
    CHECK(keynote.start_minute == hm(14, 40));
    CHECK(keynote.tz == "CET");
    CHECK(date_of(keynote) == "2024-03-14");
    REQUIRE(keynote.speakers.size() == 1);
    CHECK(keynote.speakers[0].org == "Acme");
    CHECK(keynote.speakers[0].role == "Director of Engineering");
    CHECK(schedule.sessions[1].title == "GitOps for the edge with Argo CD");
    CHECK(schedule.sessions[1].start_minute == hm(13, 35));
}

TEST_CASE("extract_schedule: 'our talks' items: a bold title with its event after a dash, its schedule link below", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Talks\n"
        "\n"
        "- _**Journey Through Time — KubeCon + CloudNativeCon, North America 2023**_\n"
        "\n"
        "  ([schedule](https://sched.co/1R2m8) & [slides](https://files.example.org/deck.pdf))\n"
        "\n"
        "- _**Testing on your own cloud — Open Source Summit 2023**_\n"
        "\n"
        "  ([schedule](https://sched.co/1R2m9))\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Journey Through Time");
    CHECK(schedule.sessions[0].speakers.empty());
    CHECK(schedule.sessions[0].url == "https://sched.co/1R2m8");
    CHECK(schedule.sessions[1].title == "Testing on your own cloud");
    CHECK(schedule.sessions[1].url == "https://sched.co/1R2m9");
}

TEST_CASE("extract_schedule: a time line with a time-converter link and a calendar link under a heading", "[session_extractor]") {
    const Schedule schedule = extract(
        "## What\n"
        "\n"
        "### Design proposal process\n"
        "\n"
        "February 27th, 2024 @ 9:00am PT / 17:00 UTC / [Your timezone here](https://time.is/compare/0900AM_27_February_2024_in_PT)\n"
        "\n"
        "[Add it to your Calendar](https://calendar.google.com/calendar/u/0/r?cid=abc)\n"
        "\n"
        "Join maintainers of two projects for a deep dive.\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 1);
    CHECK(schedule.sessions[0].title == "Design proposal process");
    CHECK(date_of(schedule.sessions[0]) == "2024-02-27");
    CHECK(schedule.sessions[0].start_minute == hm(9, 0));
    CHECK(schedule.sessions[0].tz == "PT");
}

TEST_CASE("extract_schedule: numbered headings that link recordings, presenters named in their abstracts", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Highlights\n"
        "\n"
        "### #1: [Unlocking adoption with your developer community][1]\n"
        "\n"
        "Learn how to bridge the gap. Globex's Ana Li shares her insights on internal adoption.\n"
        "\n"
        "[1]: https://video.example.org/watch?v=1\n"
        "\n"
        "### #2: [Panel: What Do Cars, Clothes and Scanners Have in Common?][2]\n"
        "\n"
        "If that riddle does not pull you in, nothing will.\n"
        "\n"
        "[2]: https://video.example.org/watch?v=2\n"
        "\n"
        "### #3: [An asset catalog][3]\n"
        "\n"
        "Bo Chen from Acme Labs walks through how they approached it.\n"
        "\n"
        "[3]: https://video.example.org/watch?v=3\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 3);
    CHECK(schedule.sessions[0].title == "Unlocking adoption with your developer community");
    REQUIRE(schedule.sessions[0].speakers.size() == 1);
    CHECK(schedule.sessions[0].speakers[0].name == "Ana Li");
    CHECK(schedule.sessions[0].speakers[0].org == "Globex");
    CHECK(schedule.sessions[1].title == "What Do Cars, Clothes and Scanners Have in Common?");
    CHECK(schedule.sessions[1].kind == "panel");
    CHECK(schedule.sessions[1].speakers.empty());
    REQUIRE(schedule.sessions[2].speakers.size() == 1);
    CHECK(schedule.sessions[2].speakers[0].name == "Bo Chen");
    CHECK(schedule.sessions[2].speakers[0].org == "Acme Labs");
}

TEST_CASE("extract_schedule: a time and a place, then who presents which quoted talk", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Talks\n"
        "\n"
        "- Speech schedule\n"
        "  - March 19, 2024 at 14:05 - 14:30 am CET:Level 7.3 | Room S03\n"
        "    Project Maintainer Ana Li, Acme\xEF\xBC\x8C presents\xE2\x80\x9C" "Efficient multi-cluster scheduling\xE2\x80\x9D\n"
        "  - March 22, 2024 at 16:00 - 16:35 CET: Hall 7 | Paris Room\n"
        "    Maintainers Bo Chen & Cy Dee, Globex presents \"Batch computing: updates\"\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Efficient multi-cluster scheduling");
    CHECK(schedule.sessions[0].start_minute == hm(14, 5));
    REQUIRE(schedule.sessions[0].speakers.size() == 1);
    CHECK(schedule.sessions[0].speakers[0].name == "Ana Li");
    CHECK(schedule.sessions[1].title == "Batch computing: updates");
    REQUIRE(schedule.sessions[1].speakers.size() == 2);
    CHECK(schedule.sessions[1].speakers[0].name == "Bo Chen");
}

TEST_CASE("extract_schedule: a Company column gives the speaker's org; handles part people listed with commas", "[session_extractor]") {
    const Schedule table = extract(
        "## June 4, 2024\n"
        "\n"
        "| Time | Talk | Speaker | Company |\n"
        "|---|---|---|---|\n"
        "| 10:00 | Opening | Ana Li | Acme |\n"
        "| 11:00 | Tracing | Bo Chen | Globex |\n");
    INFO(all_diagnostics(table));
    REQUIRE(table.sessions.size() == 2);
    CHECK(table.sessions[0].speakers.at(0).org == "Acme");
    CHECK(table.sessions[1].speakers.at(0).org == "Globex");

    const Schedule handles = extract(
        "* [Logs](https://sched.co/a3)\n"
        "  **Speakers:** Eve Fox ([@eve](https://github.com/eve)), Kim Ode ([@kim](https://github.com/kim))\n");
    INFO(all_diagnostics(handles));
    REQUIRE(handles.sessions.size() == 1);
    REQUIRE(handles.sessions[0].speakers.size() == 2);
    CHECK(handles.sessions[0].speakers[1].name == "Kim Ode");
    CHECK(!handles.sessions[0].speakers[0].org);
}

TEST_CASE("extract_schedule: an accepted-talks list of 'Name (social links) - Title' items", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Talks (Monday, October 16 through Wednesday, October 18)\n"
        "\n"
        "-   Ana Li ([twitter](https://twitter.com/anali), [mastodon](https://fosstodon.org/@anali)) - Seamless Postgres Query Optimization\n"
        "-   Bo Chen ([mastodon](https://hachyderm.io/@bochen)) - One database table, one model, many behaviours: Proxy models\n"
        "-   Cy Dee and Dan Ek ([twitter](https://twitter.com/danek)) - Using database triggers to track history\n"
        "-   Eve Fox - Hosting and DevOps for Django\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 4);
    CHECK(schedule.sessions[0].title == "Seamless Postgres Query Optimization");
    CHECK(schedule.sessions[0].speakers.at(0).name == "Ana Li");
    CHECK(schedule.sessions[1].title == "One database table, one model, many behaviours: Proxy models");
    CHECK(schedule.sessions[1].speakers.at(0).name == "Bo Chen");
    CHECK(schedule.sessions[2].speakers.size() == 2);
    CHECK(schedule.sessions[3].title == "Hosting and DevOps for Django");
}

TEST_CASE("extract_schedule: talk headings under an Agenda heading, their speakers named in the sentence below", "[session_extractor]") {
    const Schedule schedule = extract(
        "---\n"
        "title: March 2016 Meeting\n"
        "---\n"
        "\n"
        "The March meeting will be on *Monday the 14th of March 2016*.\n"
        "\n"
        "## Agenda\n"
        "\n"
        "### Elixir for Rubyists\n"
        "\n"
        "[Ana Li](https://ana.example.org/) is going to tell us about [Elixir](https://elixir.example.org/):\n"
        "\n"
        "> An introduction for people who know Ruby.\n"
        "\n"
        "### The full power of Redis\n"
        "\n"
        "Bo Chen is going to tell us about Redis.\n"
        "\n"
        "## Venue\n"
        "\n"
        "### Code Node\n"
        "\n"
        "Ten minutes from the station.\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Elixir for Rubyists");
    CHECK(schedule.sessions[0].speakers.at(0).name == "Ana Li");
    CHECK(schedule.sessions[1].title == "The full power of Redis");
    CHECK(schedule.sessions[1].speakers.at(0).name == "Bo Chen");
}

TEST_CASE("extract_schedule: numbered 'Topic N:' lines over 'Presenter:' lines", "[session_extractor]") {
    const Schedule schedule = extract(
        "# February 11th, 2016 lightning talks\n"
        "\n"
        "Topic 1: A lightning tour of Haskell\n"
        "Presenter: Ana Li\n"
        "\n"
        "Topic 2: Sound Reinforcement 101, For Software People\n"
        "Presenter: Bo Chen\n"
        "\n"
        "- Topic: how the community shares its practices\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "A lightning tour of Haskell");
    CHECK(schedule.sessions[0].speakers.at(0).name == "Ana Li");
    CHECK(schedule.sessions[1].title == "Sound Reinforcement 101, For Software People");
    CHECK(schedule.sessions[1].speakers.at(0).name == "Bo Chen");
}

TEST_CASE("extract_schedule: a section of 'Title: Name' items, a kind alone as one title", "[session_extractor]") {
    const Schedule schedule = extract(
        "Thursday\n"
        "---\n"
        "\n"
        "- Keynote: Ana Li\n"
        "- Life in the Trenches with Spark: Bo Chen\n"
        "- Secrets, Certificates, and Identity: Cy Dee\n"
        "- Building Data Warehouses: Dan Ek\n"
        "\n"
        "Friday\n"
        "---\n"
        "\n"
        "- Rust: Fearless Concurrency\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 4);
    CHECK(schedule.sessions[0].title == "Keynote");
    CHECK(schedule.sessions[0].kind == "keynote");
    CHECK(schedule.sessions[0].speakers.at(0).name == "Ana Li");
    CHECK(schedule.sessions[1].title == "Life in the Trenches with Spark");
    CHECK(schedule.sessions[1].speakers.at(0).name == "Bo Chen");
    CHECK(schedule.sessions[3].speakers.at(0).name == "Dan Ek");
}

TEST_CASE("extract_schedule: list items that link a talk's page inside a sentence, under an intro", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Our devroom this Saturday\n"
        "\n"
        "Are you ready to:\n"
        "\n"
        "* Hear the [past and future of concurrency](https://fosdem.org/2022/schedule/event/concurrency/)\n"
        "  from the language's creator\n"
        "* Learn why it fits [micro-controller programming](https://fosdem.org/2022/schedule/event/microcontrollers/)\n"
        "* Read the [code of conduct](https://fosdem.org/2022/practical/conduct/)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "past and future of concurrency");
    CHECK(schedule.sessions[0].url == "https://fosdem.org/2022/schedule/event/concurrency/");
    CHECK(schedule.sessions[1].title == "micro-controller programming");
}

TEST_CASE("extract_schedule: talk headings whose body links 'this session' and names its presenter", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Reliability Engineering for Humans\n"
        "\n"
        "Humans. Don't they always mess up the plan? In [this session](https://conf.sched.com/event/MPg5/reliability), "
        "Ana Li will discuss a personal approach to release engineering.\n"
        "\n"
        "## Failure Stories\n"
        "\n"
        "Who doesn't like a story of failure? This session by Bo Chen from Globex offers a humorous look. "
        "Attend [the session](https://conf.sched.com/event/MPcM/failure-stories).\n"
        "\n"
        "## Why we went\n"
        "\n"
        "We had a great time.\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Reliability Engineering for Humans");
    CHECK(schedule.sessions[0].url == "https://conf.sched.com/event/MPg5/reliability");
    CHECK(schedule.sessions[0].speakers.at(0).name == "Ana Li");
    CHECK(schedule.sessions[1].speakers.at(0).name == "Bo Chen");
    CHECK(schedule.sessions[1].speakers.at(0).org == "Globex");
}

TEST_CASE("extract_schedule: workshop headings with 'This workshop will be led by:' in a details summary", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Build a data pipeline\n"
        "\n"
        "Come join us.\n"
        "\n"
        "<details>\n"
        "  <summary>This workshop will be led by: Ana Li and Bo Chen</summary>\n"
        "\n"
        "  Bio: Ana is a data engineer.\n"
        "</details>\n"
        "\n"
        "## Deploy a smart contract\n"
        "\n"
        "This workshop will be led by: Cy Dee\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Build a data pipeline");
    CHECK(schedule.sessions[0].speakers.size() == 2);
    CHECK(schedule.sessions[1].speakers.at(0).name == "Cy Dee");
}

TEST_CASE("extract_schedule: a meeting heading's 'When:' item dates and zones the agenda below", "[session_extractor]") {
    const Schedule schedule = extract(
        "# June meeting\n"
        "\n"
        "- **Where**: online\n"
        "- **When**: June 20, 2024, 16:00-17:00 UTC\n"
        "\n"
        "## Agenda items\n"
        "\n"
        "1. 16:00 Opening and roll call\n"
        "2. 16:10 Proposal: tail calls (Ana Li)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(date_of(schedule.sessions[1]) == "2024-06-20");
    CHECK(schedule.sessions[1].tz == "UTC");
    CHECK(utc(schedule.sessions[1].utc_start) == "2024-06-20T16:10:00Z");
}

TEST_CASE("extract_schedule: the frontmatter's zone under the names site themes give it", "[session_extractor]") {
    for (const char* key : {"timezone", "time_zone", "timeZone", "event_timezone"}) {
        const Schedule schedule = extract(std::string("---\ntitle: x\n") + key + ": Europe/Paris\n---\n\n## June 4, 2024\n\n- 09:00 Opening\n- 10:00 Talks\n");
        INFO(key);
        REQUIRE(schedule.sessions.size() == 2);
        CHECK(schedule.sessions[0].tz == "Europe/Paris");
        CHECK(utc(schedule.sessions[0].utc_start) == "2024-06-04T07:00:00Z");
    }
}

TEST_CASE("extract_schedule: an item in a list of 'Name - Title' items keeps that order whatever its title", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Talks\n"
        "\n"
        "- Ana Li - Hosting and operations for small teams\n"
        "- Bo Chen - Beyond the basics of migrations\n"
        "- Cy Dee - Working with graphs in the ORM\n"
        "- Dan Ek - How to Ride Elephants Safely\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 4);
    CHECK(schedule.sessions[3].title == "How to Ride Elephants Safely");
    CHECK(schedule.sessions[3].speakers.at(0).name == "Dan Ek");
}

TEST_CASE("extract_schedule: 'Join us!', a detail's label and check-in slots are no sessions", "[session_extractor]") {
    const Schedule schedule = extract(
        "## June 4, 2024\n"
        "\n"
        "- 09:00 Venue preparation and checkin\n"
        "- 09:30 Opening talk\n"
        "- 10:00 Join us!\n"
        "- 10:30 Event Time\n"
        "- 11:00 Desayuno y organización\n"
        "- 11:30 Closing talk\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Opening talk");
    CHECK(schedule.sessions[1].title == "Closing talk");
}

TEST_CASE("extract_schedule: details parted by middle dots after a bold linked title", "[session_extractor]") {
    const Schedule schedule = extract(
        "* **[Observing Things](https://conf2024.sched.com/event/1c)** \xE2\x80\x94 Cy Dee (Acme) \xC2\xB7 Thu Nov 14, 2024, 2:30pm MST \xC2\xB7 Room 255\n"
        "* **[Logging Stuff](https://conf2024.sched.com/event/1d)** \xE2\x80\x94 Dan Ek (Acme) \xC2\xB7 Thu Nov 14, 2024, 4:00pm MST \xC2\xB7 Room 251\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    REQUIRE(schedule.sessions[0].speakers.size() == 1);
    CHECK(schedule.sessions[0].speakers[0].name == "Cy Dee");
    CHECK(schedule.sessions[0].speakers[0].org == "Acme");
    CHECK(schedule.sessions[0].room == "Room 255");
}

TEST_CASE("extract_schedule: a bold title with its people in parentheses after it, then its day", "[session_extractor]") {
    const Schedule schedule = extract(
        "1. **Scaling Widgets** (Ana Li, Acme) \xE2\x80\x94 Wednesday, November 13, 2024, 2:30 PM MST\n"
        "2. **Tracing Gadgets** (Bo Chen, Globex) \xE2\x80\x94 Thursday, November 14, 2024, 11:00 AM MST\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Scaling Widgets");
    REQUIRE(schedule.sessions[0].speakers.size() == 1);
    CHECK(schedule.sessions[0].speakers[0].name == "Ana Li");
    CHECK(schedule.sessions[1].start_minute == hm(11, 0));
}

TEST_CASE("extract_schedule: a full date in the frontmatter's description dates a one-day agenda", "[session_extractor]") {
    const Schedule schedule = extract(
        "---\n"
        "title: \"Contributor summit\"\n"
        "description: \"Join us on Tuesday December 3, 2019 in Lisbon!\"\n"
        "date: 2019-10-18\n"
        "---\n"
        "\n"
        "**Agenda:**\n"
        "\n"
        "* 9:00 am - Kickoff\n"
        "* 9:30 am - Project updates\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(date_of(schedule.sessions[0]) == "2019-12-03");
    CHECK(date_of(schedule.sessions[1]) == "2019-12-03");
}

TEST_CASE("extract_schedule: a talk's item with its people and its time and room in nested items", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Thursday\n"
        "\n"
        "- [Community keynotes](https://conf.example.org/22x/presentations/keynotes)\n"
        "  - Ana Li, Bo Chen, Cy Dee\n"
        "  - 09:00 - Room 106\n"
        "\n"
        "- [Kubernetes for sysadmins](https://conf.example.org/22x/presentations/k8s-sysadmins)\n"
        "  - Dan Ek\n"
        "  - 10:00 - Ballroom A\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Community keynotes");
    CHECK(schedule.sessions[0].start_minute == hm(9, 0));
    CHECK(schedule.sessions[0].speakers.size() == 3);
    CHECK(schedule.sessions[1].start_minute == hm(10, 0));
    CHECK(schedule.sessions[1].speakers.at(0).name == "Dan Ek");
}

TEST_CASE("extract_schedule: talk headings over keyed bullets, the time among them", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Testing (2)\n"
        "\n"
        "### Property-based testing\n"
        "\n"
        "- **Speakers:** Ana Li\n"
        "- **Room:** UD6.215\n"
        "- **Day:** Saturday\n"
        "- **Time:** 13:00 - 13:15\n"
        "- **Event Page:** [Link](https://fosdem.org/2025/schedule/event/pbt/)\n"
        "\n"
        "#### Related Links\n"
        "\n"
        "- [Submit Feedback](https://pretalx.fosdem.org/fosdem-2025/talk/XADXYM/feedback/)\n"
        "\n"
        "### Zap the flakes\n"
        "\n"
        "- **Speakers:** Bo Chen\n"
        "- **Room:** UD6.215\n"
        "- **Time:** 13:20 - 13:35\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].start_minute == hm(13, 0));
    CHECK(schedule.sessions[0].end_minute == hm(13, 15));
    CHECK(schedule.sessions[1].start_minute == hm(13, 20));
}

TEST_CASE("extract_schedule: a numbered kind before the title ('Workshop 1:', 'Lecture 2:')", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Day 1 (July 5, 2021)\n"
        "\n"
        "| Time (EST) | Session |\n"
        "|---|---|\n"
        "| 11:00-12:30 | Workshop 1: Guiding principles for open science - Ana Li & Bo Chen |\n"
        "| 1:00-2:30pm | Workshop 2: Research Design, Data Collection, Model Construction |\n"
        "| 3:00-4:00pm | Lecture 1: Brains and models - Cy Dee |\n"
        "\n"
        "## Tracks\n"
        "\n"
        "- 16:00 Track 1: Storage and networking\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() >= 3);
    CHECK(schedule.sessions[0].kind == "workshop");
    CHECK(schedule.sessions[0].title == "Guiding principles for open science");
    CHECK(schedule.sessions[1].kind == "workshop");
    CHECK(schedule.sessions[1].title == "Research Design, Data Collection, Model Construction");
    CHECK(schedule.sessions[1].speakers.empty());
    CHECK(schedule.sessions[2].kind == "lecture");
}

TEST_CASE("extract_schedule: a numbered label links the page, the bold run after it is the title", "[session_extractor]") {
    const Schedule schedule = extract(
        "# Episodes\n"
        "\n"
        "- [Episode 6](episode6/) - April 29, 2022: **Kafka and Envoy**, with Ana Li, from Acme\n"
        "- [Episode 5](episode5/) - April 22, 2022: **Web Assembly**, with Bo Chen, from Globex\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Kafka and Envoy");
    CHECK(schedule.sessions[0].url == "episode6/");
    CHECK(date_of(schedule.sessions[0]) == "2022-04-29");
}

TEST_CASE("extract_schedule: a term and its explanation are no speaker and title", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Key capabilities\n"
        "\n"
        "- High Performance: native support for traffic management functions in the kernel, without any proxy.\n"
        "- Low Overhead: no need to deploy sidecars alongside workload pods, greatly reducing the overhead.\n"
        "\n"
        "## Talks\n"
        "\n"
        "- Darren Meyer: Put Down the Megaphone: Effective Security Advocacy Without All The Shouting.\n"
        "- Ana Li: Tracing at the edge\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].speakers.at(0).name == "Darren Meyer");
    CHECK(schedule.sessions[1].speakers.at(0).name == "Ana Li");
}

TEST_CASE("extract_schedule: 'In this panel discussion, A, B, and C look at ...' after a talk's link", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Monday, May 12, 2014\n"
        "\n"
        "+ [Scaling Out Clouds](/events/2014/#scaling-out): In this panel discussion, Ana Li, Bo Chen, and Cy Dee look at scaling.\n"
        "\n"
        "+ [Movim](/events/2014/#movim): In this talk, Dan Ek will present how it works.\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].kind == "panel");
    CHECK(schedule.sessions[0].speakers.size() == 3);
    CHECK(!schedule.sessions[1].kind);
    CHECK(schedule.sessions[1].speakers.at(0).name == "Dan Ek");
}

TEST_CASE("extract_schedule: a line of only a room's name among a bold title's details", "[session_extractor]") {
    const Schedule schedule = extract(
        "**Scaling Widgets**<br>\n"
        "Speaker: Ana Li, Acme<br>\n"
        "Wednesday, Nov 13, 2024 \xE2\x80\xA2 2:30pm - 3:05pm MST<br>\n"
        "Room 255\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 1);
    CHECK(schedule.sessions[0].room == "Room 255");
    CHECK(schedule.sessions[0].start_minute == hm(14, 30));
}

TEST_CASE("extract_schedule: a time column's head with a zone written out ('Time (US Pacific)')", "[session_extractor]") {
    const Schedule schedule = extract(
        "## June 4, 2024\n"
        "\n"
        "| Time (US Pacific) | Session |\n"
        "|---|---|\n"
        "| 09:30 | Opening |\n"
        "| 11:00 | Workshop #2 |\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].tz == "PT");
    CHECK(utc(schedule.sessions[0].utc_start) == "2024-06-04T16:30:00Z");
}

TEST_CASE("extract_schedule: two full names with a comma are two people where the section's lists are people", "[session_extractor]") {
    const Schedule schedule = extract(
        "## Thursday, March 5, 2026\n"
        "\n"
        "- [Keynotes](https://expo.example.org/p/keynotes)\n"
        "  - Ana Li, Bo Chen, Cy Dee\n"
        "  - 09:00 - Room 106\n"
        "- [Panel](https://expo.example.org/p/panel)\n"
        "  - Dan Ek, Eve Fox, Kim Ode\n"
        "  - 10:00 - Room 106\n"
        "- [Fireside chat](https://expo.example.org/p/fireside)\n"
        "  - Lee Park, Mo Rahman, Ned Ito\n"
        "  - 11:00 - Room 106\n"
        "- [Nix for outsiders](https://expo.example.org/p/nix)\n"
        "  - Ron Efroni, Kelsey Hightower\n"
        "  - 12:00 - Room 101\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 4);
    REQUIRE(schedule.sessions[3].speakers.size() == 2);
    CHECK(schedule.sessions[3].speakers[1].name == "Kelsey Hightower");
    CHECK(!schedule.sessions[3].speakers[0].org);
}

TEST_CASE("extract_schedule: talk headings over their schedule page's address written alone", "[session_extractor]") {
    const Schedule schedule = extract(
        "# Day 2\n"
        "\n"
        "## scaling widgets at acme\n"
        "https://conf2023.sched.com/event/1X/scaling-widgets-at-acme\n"
        "\n"
        "My notes: they shard by tenant.\n"
        "\n"
        "## Lunch thoughts\n"
        "\n"
        "Good food.\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 1);
    CHECK(schedule.sessions[0].title == "scaling widgets at acme");
    CHECK(schedule.sessions[0].url == "https://conf2023.sched.com/event/1X/scaling-widgets-at-acme");
}

TEST_CASE("extract_schedule: linked headings under a heading that is only a day are its events", "[session_extractor]") {
    const Schedule schedule = extract(
        "Events around the conference, 2021.\n"
        "\n"
        "### October 11th, 2021\n"
        "\n"
        "#### [Cloud Native Widget Day](https://events.example.org/widget-day/)\n"
        "* A vendor-neutral day on widgets.\n"
        "\n"
        "#### [GadgetCon](https://events.example.org/gadgetcon/)\n"
        "\n"
        "### Main event! October 13th - 15th, 2021\n"
        "\n"
        "#### [Health and Safety](https://events.example.org/attend/health-and-safety/)\n");
    INFO(all_diagnostics(schedule));
    REQUIRE(schedule.sessions.size() == 2);
    CHECK(schedule.sessions[0].title == "Cloud Native Widget Day");
    CHECK(date_of(schedule.sessions[0]) == "2021-10-11");
    CHECK(schedule.sessions[1].title == "GadgetCon");
}
