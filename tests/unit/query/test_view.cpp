#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "schedule_builder.h"
#include "talkboard/query/view.h"

using namespace talkboard;
using talkboard::test::session;
using talkboard::test::schedule_of;
using talkboard::test::utc;

namespace {
std::vector<int> indices(const ScheduleIndex& index, const std::vector<std::string>& ids) {
    std::vector<int> out;
    for (const std::string& id : ids) index.find_sessions_by_id(id, out);
    REQUIRE(out.size() == ids.size());
    return out;
}
// The ids of a slot's sessions: its range of the grouped list.
std::vector<std::string> slot_ids(const ScheduleIndex& index, const std::vector<int>& list, const TimeSlot& slot) {
    REQUIRE(slot.count > 0);
    REQUIRE(slot.first + slot.count <= static_cast<int>(list.size()));
    return test::ids_of(index.schedule(), std::vector<int>(list.begin() + slot.first, list.begin() + slot.first + slot.count));
}
std::vector<std::string> pairs_of(const ScheduleIndex& index, const ConflictList& list) {
    std::vector<std::string> out;
    for (const Conflict& c : list.pairs) out.push_back(index.session(c.first).id + "+" + index.session(c.second).id);
    return out;
}
}  // namespace

TEST_CASE("group_by_day groups by day, then start time, untimed last, undated at the end", "[view][query]") {
    const ScheduleIndex index(test::conference_schedule());
    SECTION("the whole schedule") {
        const std::vector<DayGroup> groups = group_by_day(index, index.display_order());
        REQUIRE(groups.size() == 4);
        CHECK(groups[0].date == "2024-03-19");
        CHECK(groups[0].label == "Tuesday, March 19");
        REQUIRE(groups[0].slots.size() == 2);
        CHECK(groups[0].slots[0].start_minute == 9 * 60);
        CHECK(groups[0].slots[0].label == "09:00");
        CHECK(slot_ids(index, index.display_order(), groups[0].slots[0]) == std::vector<std::string>{"k1"});
        CHECK(slot_ids(index, index.display_order(), groups[0].slots[1]) == std::vector<std::string>{"t1", "t2"});

        CHECK(groups[1].date == "2024-03-20");
        REQUIRE(groups[1].slots.size() == 2);
        CHECK(slot_ids(index, index.display_order(), groups[1].slots[0]) == std::vector<std::string>{"t4", "t3"});
        CHECK(groups[1].slots[1].start_minute == -1);  // dated, no time: closes its day
        CHECK(groups[1].slots[1].label.empty());
        CHECK(slot_ids(index, index.display_order(), groups[1].slots[1]) == std::vector<std::string>{"t7"});

        CHECK(groups[2].date == "2024-03-21");
        CHECK(groups[2].slots[0].label == "12:30");

        CHECK(groups[3].date.empty());  // the undated group
        CHECK(groups[3].label.empty());
        REQUIRE(groups[3].slots.size() == 1);
        CHECK(groups[3].slots[0].start_minute == -1);
        CHECK(slot_ids(index, index.display_order(), groups[3].slots[0]) == std::vector<std::string>{"t6"});
    }
    SECTION("a filtered subset keeps only its own days and slots") {
        const std::vector<int> subset = indices(index, {"t2", "t5"});
        const auto groups = group_by_day(index, subset);
        REQUIRE(groups.size() == 2);
        REQUIRE(groups[0].slots.size() == 1);
        CHECK(slot_ids(index, subset, groups[0].slots[0]) == std::vector<std::string>{"t2"});
        CHECK(groups[1].date == "2024-03-21");
        CHECK(slot_ids(index, subset, groups[1].slots[0]) == std::vector<std::string>{"t5"});
    }
    SECTION("slots cover the list in order, each position once") {
        const std::vector<int> list = indices(index, {"t1", "t2", "t4", "t3", "t7", "t6"});
        int next = 0;
        for (const DayGroup& day : group_by_day(index, list)) {
            for (const TimeSlot& slot : day.slots) {
                CHECK(slot.first == next);
                next += slot.count;
            }
        }
        CHECK(next == static_cast<int>(list.size()));
    }
    SECTION("by rank, the same groups") {
        std::vector<int> ranks;
        for (int s : indices(index, {"t2", "t4", "t3", "t6"})) ranks.push_back(index.display_rank(s));
        std::vector<int> sessions;
        for (int r : ranks) sessions.push_back(index.display_order()[static_cast<std::size_t>(r)]);
        const auto a = group_by_day(index, sessions);
        const auto b = group_ranks_by_day(index, ranks);
        REQUIRE(a.size() == b.size());
        for (std::size_t d = 0; d < a.size(); ++d) {
            CHECK(a[d].date == b[d].date);
            REQUIRE(a[d].slots.size() == b[d].slots.size());
            for (std::size_t i = 0; i < a[d].slots.size(); ++i) {
                CHECK(a[d].slots[i].label == b[d].slots[i].label);
                CHECK(a[d].slots[i].first == b[d].slots[i].first);
                CHECK(a[d].slots[i].count == b[d].slots[i].count);
            }
        }
    }
    SECTION("nothing to group") { CHECK(group_by_day(index, {}).empty()); }
    SECTION("undated sessions with times are split into slots too") {
        const ScheduleIndex undated(schedule_of({session("a", "A").at("09:00"), session("b", "B").at("10:00"), session("c", "C")}));
        const auto groups = group_by_day(undated, undated.display_order());
        REQUIRE(groups.size() == 1);
        REQUIRE(groups[0].slots.size() == 3);
        CHECK(groups[0].slots[0].label == "09:00");
        CHECK(groups[0].slots[2].start_minute == -1);
    }
}

TEST_CASE("find_conflicts among favourites", "[view][query]") {
    const ScheduleIndex index(test::conference_schedule());
    SECTION("overlapping and same-start favourites conflict; touching ones do not") {
        const ConflictList list = find_conflicts(index, indices(index, {"t3", "t4", "t1", "t2", "k1"}));
        CHECK(pairs_of(index, list) == std::vector<std::string>{"t1+t2", "t4+t3"});
        CHECK_FALSE(list.truncated);
    }
    SECTION("a floating session is compared on local time with a UTC one") {
        const ScheduleIndex mixed(schedule_of({
            session("floating", "F").on(2024, 3, 21).at("12:30", "13:15"),
            session("cet", "C").on(2024, 3, 21).at("13:00", "14:00").utc_offset(60),
            session("later", "L").on(2024, 3, 21).at("13:15", "14:00"),
        }));
        CHECK(pairs_of(mixed, find_conflicts(mixed, {0, 1, 2})) == std::vector<std::string>{"floating+cet", "cet+later"});
    }
    SECTION("UTC decides when both sessions have it, even if their local times say otherwise") {
        const ScheduleIndex zones(schedule_of({
            session("paris", "P").on(2024, 3, 21).at("10:00", "11:00").utc_offset(60),   // 09:00-10:00Z
            session("london", "L").on(2024, 3, 21).at("10:30", "11:30").utc_offset(0),   // 10:30-11:30Z
            session("athens", "A").on(2024, 3, 21).at("11:00", "12:00").utc_offset(120),  // 09:00-10:00Z
        }));
        CHECK(pairs_of(zones, find_conflicts(zones, {0, 1, 2})) == std::vector<std::string>{"paris+athens"});
    }
    SECTION("sessions without an end conflict only when they start together; across midnight counts") {
        const ScheduleIndex edge(schedule_of({
            session("a", "A").on(2024, 3, 21).at("10:00"),
            session("b", "B").on(2024, 3, 21).at("10:00"),
            session("c", "C").on(2024, 3, 21).at("10:01"),
            session("late", "Late").on(2024, 3, 21).at("23:30", "00:30"),
            session("early", "Early").on(2024, 3, 22).at("00:00", "01:00"),
        }));
        CHECK(pairs_of(edge, find_conflicts(edge, {0, 1, 2, 3, 4})) == std::vector<std::string>{"a+b", "late+early"});
    }
    SECTION("bad input: undated favourites, duplicates and no favourites") {
        CHECK(find_conflicts(index, indices(index, {"t6", "t7", "t6"})).pairs.empty());
        CHECK(pairs_of(index, find_conflicts(index, indices(index, {"t1", "t2", "t1", "t2"}))) ==
              std::vector<std::string>{"t1+t2"});
        CHECK(find_conflicts(index, {}).pairs.empty());
    }
    SECTION("at the limit: 200 parallel favourites give max_conflicts pairs and truncated") {
        std::vector<Session> sessions;
        std::vector<int> all;
        for (int i = 0; i < 200; ++i) {
            sessions.push_back(session("s" + std::to_string(i), "S").on(2024, 3, 21).at("10:00", "11:00").utc_offset(60));
            all.push_back(i);
        }
        const ScheduleIndex parallel(schedule_of(std::move(sessions)));
        const ConflictList list = find_conflicts(parallel, all);
        CHECK(list.pairs.size() == max_conflicts);
        CHECK(list.truncated);
        const ConflictList few = find_conflicts(parallel, {0, 1, 2, 3, 4});
        CHECK(few.pairs.size() == 10);
        CHECK_FALSE(few.truncated);
    }
}

TEST_CASE("now_and_next at an instant", "[view][query]") {
    const ScheduleIndex index(test::conference_schedule());
    const std::vector<int>& all = index.display_order();
    const auto now_ids = [&](std::int64_t t) { return test::ids_of(index.schedule(), now_and_next(index, all, t).now); };
    const auto next_ids = [&](std::int64_t t) { return test::ids_of(index.schedule(), now_and_next(index, all, t).next); };
    using ids = std::vector<std::string>;

    SECTION("during the keynote, the parallel 10:00 talks are next") {
        CHECK(now_ids(utc(2024, 3, 19, "08:10")) == ids{"k1"});
        CHECK(next_ids(utc(2024, 3, 19, "08:10")) == ids{"t1", "t2"});
    }
    SECTION("ends are exclusive, starts inclusive") {
        CHECK(now_ids(utc(2024, 3, 19, "08:30")).empty());  // k1 ended at 09:30 CET
        CHECK(now_ids(utc(2024, 3, 19, "09:00")) == ids{"t1", "t2"});
        CHECK(next_ids(utc(2024, 3, 19, "09:00")) == ids{"t4", "t3"});
    }
    SECTION("floating sessions are never now or next; after the end nothing is") {
        CHECK(next_ids(utc(2024, 3, 20, "14:00")).empty());  // only floating t5 is left
        CHECK(now_ids(utc(2024, 3, 21, "11:45")).empty());   // t5 runs 12:30 local, but has no instant
        CHECK(now_ids(utc(2030, 1, 1, "00:00")).empty());
    }
    SECTION("only the given sessions are looked at") {
        const NowNext r = now_and_next(index, indices(index, {"t2"}), utc(2024, 3, 19, "08:10"));
        CHECK(r.now.empty());
        CHECK(test::ids_of(index.schedule(), r.next) == ids{"t2"});
    }
    SECTION("a session without an end runs for its first second") {
        const ScheduleIndex noend(schedule_of({session("a", "A").on(2024, 3, 21).at("10:00").utc_offset(0)}));
        CHECK(now_and_next(noend, {0}, utc(2024, 3, 21, "10:00")).now == std::vector<int>{0});
        CHECK(now_and_next(noend, {0}, utc(2024, 3, 21, "10:00") + 1).now.empty());
        CHECK(now_and_next(noend, {0}, utc(2024, 3, 21, "10:00") - 1).next == std::vector<int>{0});
    }
}
