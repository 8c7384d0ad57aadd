#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "schedule_builder.h"
#include "talkboard/query/query.h"
#include "talkboard/query/speaker_list.h"

using namespace talkboard;
using talkboard::test::schedule_of;
using talkboard::test::session;

namespace {
std::vector<std::string> names_of(const std::vector<SpeakerEntry>& speakers) {
    std::vector<std::string> out;
    for (const SpeakerEntry& s : speakers) out.push_back(s.name);
    return out;
}
const SpeakerEntry& entry_named(const std::vector<SpeakerEntry>& speakers, const std::string& name) {
    for (const SpeakerEntry& s : speakers) {
        if (s.name == name) return s;
    }
    FAIL("no speaker " << name);
    throw;
}
}  // namespace

TEST_CASE("list_speakers: each speaker with orgs and sessions, alphabetically", "[speakers][query]") {
    const ScheduleIndex index(test::conference_schedule());
    const QueryResult all = run_query(index, Query{});
    const std::vector<SpeakerEntry> speakers = list_speakers(index, all.sessions);
    CHECK(names_of(speakers) == std::vector<std::string>{"Anna Kapuścińska", "Bill Mulligan", "Jan Zięba", "Jef Spaleta",
                                                          "Liz Rice", "Natália Réka Ivánkó", "Thomas Graf"});
    const SpeakerEntry& anna = entry_named(speakers, "Anna Kapuścińska");
    CHECK(anna.orgs == std::vector<std::string>{"Isovalent"});
    CHECK(test::ids_of(index.schedule(), anna.sessions) == std::vector<std::string>{"k1", "t4"});  // in view order
    CHECK(index.values(Dimension::speaker)[static_cast<std::size_t>(anna.speaker)].value == "Anna Kapuścińska");
    const SpeakerEntry& jan = entry_named(speakers, "Jan Zięba");
    CHECK(jan.orgs == std::vector<std::string>{"Google"});
    CHECK(test::ids_of(index.schedule(), jan.sessions) == std::vector<std::string>{"t1", "t5"});

    SECTION("the query's matches decide who is listed") {
        Query q;
        q.text = "tetragon";
        const std::vector<SpeakerEntry> found = list_speakers(index, run_query(index, q).sessions);
        CHECK(names_of(found) == std::vector<std::string>{"Natália Réka Ivánkó", "Thomas Graf"});
        CHECK(test::ids_of(index.schedule(), found[1].sessions) == std::vector<std::string>{"t3"});
    }
    SECTION("no sessions, no speakers") { CHECK(list_speakers(index, {}).empty()); }
}

TEST_CASE("list_speakers: names and orgs that fold alike are one; a new org is added", "[speakers][query]") {
    const ScheduleIndex index(schedule_of({
        session("a", "A").on(2024, 5, 1).at("09:00").speaker("Jan Zięba", "Google"),
        session("b", "B").on(2024, 5, 1).at("10:00").speaker("jan zieba", "GOOGLE").speaker("Ada", std::nullopt),
        session("c", "C").on(2024, 5, 1).at("11:00").speaker("Jan Zięba", "Isovalent").speaker("  ", "Ghost Org"),
    }));
    const std::vector<SpeakerEntry> speakers = list_speakers(index, run_query(index, Query{}).sessions);
    CHECK(names_of(speakers) == std::vector<std::string>{"Ada", "Jan Zięba"});
    CHECK(speakers[0].orgs.empty());
    CHECK(speakers[1].orgs == std::vector<std::string>{"Google", "Isovalent"});
    CHECK(test::ids_of(index.schedule(), speakers[1].sessions) == std::vector<std::string>{"a", "b", "c"});
}
