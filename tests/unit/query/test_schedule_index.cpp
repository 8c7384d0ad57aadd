#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "schedule_builder.h"
#include "talkboard/query/schedule_index.h"
#include "talkboard/query/term_finder.h"

using namespace talkboard;
using talkboard::test::session;
using talkboard::test::schedule_of;

namespace {
std::vector<std::string> values_of(const ScheduleIndex& index, Dimension d) {
    std::vector<std::string> out;
    for (const DimensionValue& v : index.values(d)) out.push_back(v.value);
    return out;
}
std::vector<std::string> labels_of(const ScheduleIndex& index, Dimension d) {
    std::vector<std::string> out;
    for (const DimensionValue& v : index.values(d)) out.push_back(v.label);
    return out;
}
std::vector<std::string> value_strings(const ScheduleIndex& index, Dimension d, int s) {
    std::vector<std::string> out;
    const auto [begin, end] = index.values_at(d, index.display_rank(s));
    for (const int* id = begin; id != end; ++id) out.push_back(index.values(d)[static_cast<std::size_t>(*id)].value);
    return out;
}
}  // namespace

TEST_CASE("ScheduleIndex display order: date, start, folded title, dated first", "[schedule_index][query]") {
    const ScheduleIndex index(test::conference_schedule());
    CHECK(test::ids_of(index.schedule(), index.display_order()) ==
          std::vector<std::string>{"k1", "t1", "t2", "t4", "t3", "t7", "t5", "t6"});
    for (int r = 0; r < index.size(); ++r) CHECK(index.display_rank(index.display_order()[static_cast<std::size_t>(r)]) == r);

    SECTION("title ties are broken case- and accent-insensitively, then by post order") {
        const ScheduleIndex ties(schedule_of({
            session("b", "beta").on(2024, 1, 1).at("10:00"),
            session("a2", "Alpha").on(2024, 1, 1).at("10:00"),
            session("a1", "Álpha").on(2024, 1, 1).at("10:00"),
            session("z", "zed").at("09:00"),  // timed but undated: after every dated session
            session("c", "Early").on(2024, 1, 1).at("08:00"),
        }));
        CHECK(test::ids_of(ties.schedule(), ties.display_order()) == std::vector<std::string>{"c", "a2", "a1", "b", "z"});
    }
    SECTION("an empty schedule indexes to nothing") {
        const ScheduleIndex empty{Schedule{}};
        CHECK(empty.size() == 0);
        CHECK(empty.display_order().empty());
        CHECK(empty.values(Dimension::speaker).empty());
        CHECK(empty.find_value(Dimension::day, "2024-03-19") == -1);
    }
}

TEST_CASE("ScheduleIndex dimension values, labels and per-session values", "[schedule_index][query]") {
    const ScheduleIndex index(test::conference_schedule());
    SECTION("values in facet order with labels") {
        CHECK(values_of(index, Dimension::day) == std::vector<std::string>{"2024-03-19", "2024-03-20", "2024-03-21"});
        CHECK(labels_of(index, Dimension::day) ==
              std::vector<std::string>{"Tuesday, March 19", "Wednesday, March 20", "Thursday, March 21"});
        CHECK(values_of(index, Dimension::kind) ==
              std::vector<std::string>{"keynote", "lightning_talk", "maintainer_track", "panel"});
        CHECK(labels_of(index, Dimension::kind) ==
              std::vector<std::string>{"Keynote", "Lightning Talk", "Maintainer Track", "Panel"});
        // Sections keep the order of the post (first seen), not the alphabet.
        CHECK(values_of(index, Dimension::section) ==
              std::vector<std::string>{"Community", "Talks", "Keynotes", "Lightning Talks"});
        CHECK(values_of(index, Dimension::speaker) ==
              std::vector<std::string>{"Anna Kapuścińska", "Bill Mulligan", "Jan Zięba", "Jef Spaleta", "Liz Rice",
                                       "Natália Réka Ivánkó", "Thomas Graf"});
        CHECK(values_of(index, Dimension::org) == std::vector<std::string>{"Google", "Isovalent"});
        CHECK(std::string(dimension_name(Dimension::org)) == "org");
    }
    SECTION("per-session values; orgs distinct per session") {
        const int panel = test::session_with_id(index, "t4");
        CHECK(value_strings(index, Dimension::org, panel) == std::vector<std::string>{"Isovalent"});
        CHECK(value_strings(index, Dimension::speaker, panel).size() == 3);
        CHECK(value_strings(index, Dimension::kind, test::session_with_id(index, "t2")).empty());
        CHECK(value_strings(index, Dimension::day, test::session_with_id(index, "t6")).empty());
    }
    SECTION("find_value folds case, accents and surrounding space") {
        CHECK(index.find_value(Dimension::kind, "KEYNOTE") == 0);
        CHECK(index.find_value(Dimension::speaker, "  anna kapuscinska ") == 0);
        CHECK(index.find_value(Dimension::org, "isovalent") == 1);
    }
    SECTION("bad input: unknown and empty values are not found") {
        CHECK(index.find_value(Dimension::kind, "workshop") == -1);
        CHECK(index.find_value(Dimension::speaker, "") == -1);
        CHECK(index.find_value(Dimension::day, "2024-13-45") == -1);
    }
    SECTION("spellings that fold alike are one value, shown as first written; blanks are no value") {
        const ScheduleIndex merged(schedule_of({
            session("a", "A").speaker("Jan Zięba", "ACME").speaker("  ", " "),
            session("b", "B").speaker("jan zieba", "acme").kind("  "),
        }));
        CHECK(values_of(merged, Dimension::speaker) == std::vector<std::string>{"Jan Zięba"});
        CHECK(values_of(merged, Dimension::org) == std::vector<std::string>{"ACME"});
        CHECK(values_of(merged, Dimension::kind).empty());
        CHECK(value_strings(merged, Dimension::speaker, 1) == std::vector<std::string>{"Jan Zięba"});
    }
}

TEST_CASE("ScheduleIndex search text and ids", "[schedule_index][query]") {
    const ScheduleIndex index(schedule_of({
        session("x", "Zięba’s TALK").speaker("Ann", "Org").speaker("Bob").abstract("Line\nTwo"),
        session("x", "Duplicate id"),
    }));
    // Stored in display order: "Duplicate id" sorts before "Zięba’s TALK".
    CHECK(index.display_order() == std::vector<int>{1, 0});
    CHECK(index.search_text_at(index.display_rank(0)) == std::string("zieba's talk\0ann\0org\0bob\0\0line two\0", 35));
    CHECK(index.search_text_at(0) == std::string("duplicate id\0\0", 14));
    CHECK(index.search_offsets() == std::vector<std::size_t>{0, 14, 49});
    CHECK(index.search_text().size() == 49);
    std::vector<int> found;
    index.find_sessions_by_id("x", found);
    CHECK(found == std::vector<int>{0, 1});
    found.clear();
    index.find_sessions_by_id("missing", found);
    CHECK(found.empty());
}

TEST_CASE("ScheduleIndex times on the local and UTC axes", "[schedule_index][query]") {
    const ScheduleIndex index(schedule_of({
        session("late", "Late").on(2024, 3, 19).at("23:30", "00:30").utc_offset(60),
        session("noend", "No end").on(2024, 3, 19).at("10:00").utc_offset(60),
        session("same", "Same").on(2024, 3, 19).at("10:00", "10:00"),
        session("floating", "Floating").on(2024, 3, 19).at("10:00", "11:00"),
        session("undated", "Undated").at("10:00", "11:00"),
    }));
    const std::int64_t day = std::int64_t{19801} * 86400;  // 2024-03-19 in seconds since the epoch
    const auto times = [&](int session) -> const SessionTimes& { return index.times_at(index.display_rank(session)); };
    const SessionTimes& late = times(0);
    CHECK(late.start_minute == 23 * 60 + 30);
    CHECK(late.has_local);
    CHECK(late.local_start == day + (23 * 60 + 30) * 60);
    CHECK(late.local_end == day + (24 * 60 + 30) * 60);  // crosses midnight
    CHECK(late.has_utc);
    CHECK(late.utc_start == test::utc(2024, 3, 19, "22:30"));
    CHECK(late.utc_end == test::utc(2024, 3, 19, "23:30"));
    CHECK(late.utc_last == late.utc_end);

    const SessionTimes& noend = times(1);
    CHECK(noend.local_end == noend.local_start + 1);
    CHECK(noend.utc_end == noend.utc_start + 1);
    CHECK(noend.utc_last == noend.utc_start);

    CHECK(times(2).local_start == day + 10 * 60 * 60);
    CHECK(times(2).local_end == times(2).local_start + 1);  // equal end: an instant, holding its first second
    CHECK_FALSE(times(3).has_utc);
    CHECK(times(3).has_local);
    CHECK_FALSE(times(4).has_local);
    CHECK(times(4).start_minute == 10 * 60);
}

TEST_CASE("ScheduleIndex rooms and tracks: post order for rooms, the alphabet for tracks", "[schedule_index][query]") {
    // As an import leaves them: room and track beside the section (here the track, else the room).
    const ScheduleIndex index(schedule_of({
        session("a", "A").room("Saal 1").track("Web").section("Web").on(2024, 12, 27).at("11:00"),
        session("b", "B").room("Foyer").track("Security").section("Security").on(2024, 12, 27).at("12:00"),
        session("c", "C").room(" saal 1 ").track("security").section("security").on(2024, 12, 27).at("13:00"),
        session("d", "D").track("  ").on(2024, 12, 28).at("10:00"),  // no room, a blank track
        session("e", "E").section("Posts have sections only"),
    }));
    SECTION("values: rooms as the schedule lists them, tracks alphabetically, spellings merged") {
        CHECK(values_of(index, Dimension::room) == std::vector<std::string>{"Saal 1", "Foyer"});
        CHECK(values_of(index, Dimension::track) == std::vector<std::string>{"Security", "Web"});
        CHECK(labels_of(index, Dimension::room) == values_of(index, Dimension::room));
        CHECK(std::string(dimension_name(Dimension::room)) == "room");
        CHECK(std::string(dimension_name(Dimension::track)) == "track");
    }
    SECTION("per-session values; no room and a blank track are no value") {
        CHECK(value_strings(index, Dimension::room, test::session_with_id(index, "c")) == std::vector<std::string>{"Saal 1"});
        CHECK(value_strings(index, Dimension::track, test::session_with_id(index, "c")) == std::vector<std::string>{"Security"});
        CHECK(value_strings(index, Dimension::room, test::session_with_id(index, "d")).empty());
        CHECK(value_strings(index, Dimension::track, test::session_with_id(index, "d")).empty());
        CHECK(value_strings(index, Dimension::room, test::session_with_id(index, "e")).empty());
    }
    SECTION("find_value folds") {
        CHECK(index.find_value(Dimension::room, "SAAL 1") == 0);
        CHECK(index.find_value(Dimension::track, " web") == 1);
        CHECK(index.find_value(Dimension::room, "Saal 2") == -1);
        CHECK(index.find_value(Dimension::track, "") == -1);
    }
    SECTION("a post (no rooms, no tracks) has no values in either") {
        const ScheduleIndex post(test::conference_schedule());
        CHECK(post.values(Dimension::room).empty());
        CHECK(post.values(Dimension::track).empty());
    }
}

TEST_CASE("ScheduleIndex byte masks, value totals and written times", "[schedule_index][query]") {
    const ScheduleIndex index(schedule_of({
        session("a", "Kernel").on(2024, 3, 19).at("09:00").speaker("Ann", "Org").kind("keynote"),
        session("b", "Mesh").on(2024, 3, 19).at("09:00").speaker("Bob", "Org"),
        session("c", "Zoo").on(2024, 3, 19).at("10:00").speaker("Ann"),
        session("d", "Later").on(2024, 3, 20),
        session("e", "Undated"),
    }));
    SECTION("byte masks: one per rank, of that session's search text") {
        REQUIRE(index.byte_masks().size() == 5);
        for (int r = 0; r < index.size(); ++r) CHECK(index.byte_masks()[static_cast<std::size_t>(r)] == byte_mask(index.search_text_at(r)));
    }
    SECTION("value totals: sessions per value, parallel to values()") {
        CHECK(index.value_totals(Dimension::day) == std::vector<int>{3, 1});
        CHECK(index.value_totals(Dimension::speaker) == std::vector<int>{2, 1});  // Ann, Bob
        CHECK(index.value_totals(Dimension::org) == std::vector<int>{2});
        CHECK(index.value_totals(Dimension::kind) == std::vector<int>{1});
        CHECK(index.value_totals(Dimension::room).empty());
    }
    SECTION("written times: each rank's date (days since 1970) and start minute as written") {
        const std::vector<DayMinute>& written = index.written_times();
        REQUIRE(written.size() == 5);
        const int day19 = static_cast<int>(days_from_civil(CivilDate{2024, 3, 19}));
        CHECK(written[0].day == day19);
        CHECK(written[0].minute == 9 * 60);
        CHECK(written[2].minute == 10 * 60);
        CHECK(written[3].day == day19 + 1);
        CHECK(written[3].minute == -1);
        CHECK(written[4].day == DayMinute::undated);
    }
    SECTION("day labels: weekday, month and day; an invalid date reads as written") {
        CHECK(day_label(CivilDate{2024, 3, 19}) == "Tuesday, March 19");
        CHECK(day_label(CivilDate{2024, 2, 30}) == "2024-02-30");
    }
    SECTION("single value ids: the one value of day, kind, section by rank; none for speaker and org") {
        const int* days = index.single_value_ids(Dimension::day);
        REQUIRE(days != nullptr);
        CHECK(std::vector<int>(days, days + 5) == std::vector<int>{0, 0, 0, 1, -1});
        const int* kinds = index.single_value_ids(Dimension::kind);
        REQUIRE(kinds != nullptr);
        CHECK(kinds[index.display_rank(0)] == 0);
        CHECK(kinds[index.display_rank(1)] == -1);
        CHECK(index.single_value_ids(Dimension::speaker) == nullptr);
        CHECK(index.single_value_ids(Dimension::org) == nullptr);
    }
    SECTION("an empty schedule has none of them") {
        const ScheduleIndex empty(schedule_of({}));
        CHECK(empty.byte_masks().empty());
        CHECK(empty.written_times().empty());
        CHECK(empty.value_totals(Dimension::day).empty());
    }
}
