#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
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
std::vector<int> ranks_of(const ScheduleIndex& index, const std::vector<int>& sessions) {
    std::vector<int> ranks;
    for (int s : sessions) ranks.push_back(index.display_rank(s));
    std::sort(ranks.begin(), ranks.end());
    return ranks;
}
std::vector<int> all_ranks(const ScheduleIndex& index) {
    std::vector<int> ranks(static_cast<std::size_t>(index.size()));
    for (int r = 0; r < index.size(); ++r) ranks[static_cast<std::size_t>(r)] = r;
    return ranks;
}
std::vector<int> sessions_of(const ScheduleIndex& index, const std::vector<int>& ranks) {
    std::vector<int> out;
    for (int r : ranks) out.push_back(index.display_order()[static_cast<std::size_t>(r)]);
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

TEST_CASE("arrange_by_day groups by day, then start time, untimed last, undated at the end", "[view][query]") {
    const ScheduleIndex index(test::conference_schedule());
    const ShownZone event_time;
    SECTION("the whole schedule, in the event's own time") {
        std::vector<int> ranks = all_ranks(index);
        std::vector<DayGroup> groups;
        arrange_by_day(index, event_time, ranks, groups);
        CHECK(ranks == all_ranks(index));  // display order is view order in event time
        const std::vector<int> list = sessions_of(index, ranks);
        REQUIRE(groups.size() == 4);
        CHECK(groups[0].date == "2024-03-19");
        CHECK(groups[0].label == "Tuesday, March 19");
        REQUIRE(groups[0].slots.size() == 2);
        CHECK(groups[0].slots[0].start_minute == 9 * 60);
        CHECK(groups[0].slots[0].label == "09:00");
        CHECK(slot_ids(index, list, groups[0].slots[0]) == std::vector<std::string>{"k1"});
        CHECK(slot_ids(index, list, groups[0].slots[1]) == std::vector<std::string>{"t1", "t2"});

        CHECK(groups[1].date == "2024-03-20");
        REQUIRE(groups[1].slots.size() == 2);
        CHECK(slot_ids(index, list, groups[1].slots[0]) == std::vector<std::string>{"t4", "t3"});
        CHECK(groups[1].slots[1].start_minute == -1);  // dated, no time: closes its day
        CHECK(groups[1].slots[1].label.empty());
        CHECK(slot_ids(index, list, groups[1].slots[1]) == std::vector<std::string>{"t7"});

        CHECK(groups[2].date == "2024-03-21");
        CHECK(groups[2].slots[0].label == "12:30");

        CHECK(groups[3].date.empty());  // the undated group
        CHECK(groups[3].label.empty());
        REQUIRE(groups[3].slots.size() == 1);
        CHECK(groups[3].slots[0].start_minute == -1);
    }
    SECTION("a subset: each slot is a range of the list") {
        std::vector<int> ranks = ranks_of(index, indices(index, {"k1", "t2", "t7", "t6"}));
        std::vector<DayGroup> groups;
        arrange_by_day(index, event_time, ranks, groups);
        const std::vector<int> list = sessions_of(index, ranks);
        REQUIRE(groups.size() == 3);
        CHECK(slot_ids(index, list, groups[0].slots[1]) == std::vector<std::string>{"t2"});
        CHECK(groups[1].slots.size() == 1);
        CHECK(slot_ids(index, list, groups[2].slots[0]) == std::vector<std::string>{"t6"});
    }
    SECTION("nothing to group; a reused list of groups is cleared") {
        std::vector<int> none;
        std::vector<DayGroup> groups(3);
        arrange_by_day(index, event_time, none, groups);
        CHECK(groups.empty());
    }
    SECTION("undated sessions with times are split into slots too") {
        const ScheduleIndex undated(schedule_of({session("a", "A").at("09:00"), session("b", "B").at("10:00"), session("c", "C")}));
        std::vector<int> ranks = all_ranks(undated);
        std::vector<DayGroup> groups;
        arrange_by_day(undated, event_time, ranks, groups);
        REQUIRE(groups.size() == 1);
        REQUIRE(groups[0].slots.size() == 3);
        CHECK(groups[0].slots[0].label == "09:00");
        CHECK(groups[0].slots[2].start_minute == -1);
    }
}

TEST_CASE("arrange_by_day in the reader's zone: days and slots follow the clock shown", "[view][query]") {
    const ScheduleIndex index(test::conference_schedule());  // CET sessions, t5 floating, t6 undated, t7 untimed
    const auto arranged = [&](int offset) {
        std::vector<int> ranks = all_ranks(index);
        std::vector<DayGroup> groups;
        arrange_by_day(index, ShownZone{false, offset}, ranks, groups);
        return std::make_pair(sessions_of(index, ranks), groups);
    };
    SECTION("at the event's own offset the view is the event's") {
        const auto [list, groups] = arranged(60);
        std::vector<int> ranks = all_ranks(index);
        std::vector<DayGroup> event;
        arrange_by_day(index, ShownZone{}, ranks, event);
        CHECK(list == sessions_of(index, ranks));
        REQUIRE(groups.size() == event.size());
        for (std::size_t d = 0; d < groups.size(); ++d) {
            CHECK(groups[d].date == event[d].date);
            CHECK(groups[d].label == event[d].label);
            REQUIRE(groups[d].slots.size() == event[d].slots.size());
            for (std::size_t k = 0; k < groups[d].slots.size(); ++k) CHECK(groups[d].slots[k].label == event[d].slots[k].label);
        }
    }
    SECTION("Tokyo (UTC+9): times move by 8 hours; the 20th's 14:00 CET is 22:00") {
        const auto [list, groups] = arranged(9 * 60);
        REQUIRE(groups.size() == 4);
        CHECK(groups[0].date == "2024-03-19");
        CHECK(groups[0].slots[0].label == "17:00");  // k1, 09:00 CET
        CHECK(slot_ids(index, list, groups[0].slots[1]) == std::vector<std::string>{"t1", "t2"});
        CHECK(groups[0].slots[1].label == "18:00");
        CHECK(groups[1].slots[0].label == "22:00");
        CHECK(slot_ids(index, list, groups[1].slots[1]) == std::vector<std::string>{"t7"});  // no time: stays, last
        CHECK(groups[2].slots[0].label == "12:30");  // t5 is floating: as written
        CHECK(groups[3].date.empty());
    }
    SECTION("a day heading follows the shown day: evening talks move to the next day") {
        const ScheduleIndex late(schedule_of({
            session("a", "A").on(2024, 3, 19).at("17:00", "17:30").utc_offset(60),  // 16:00Z: Wed 01:00 in Tokyo
            session("b", "B").on(2024, 3, 19).at("18:10", "18:40").utc_offset(60),  // 17:10Z: Wed 02:10
            session("c", "C").on(2024, 3, 21).at("09:00", "09:30").utc_offset(60),  // 08:00Z: Thu 17:00
        }));
        std::vector<int> ranks = all_ranks(late);
        std::vector<DayGroup> groups;
        arrange_by_day(late, ShownZone{false, 9 * 60}, ranks, groups);
        CHECK(test::ids_of(late.schedule(), sessions_of(late, ranks)) == std::vector<std::string>{"a", "b", "c"});
        REQUIRE(groups.size() == 2);
        CHECK(groups[0].date == "2024-03-20");
        CHECK(groups[0].label == "Wednesday, March 20");
        REQUIRE(groups[0].slots.size() == 2);
        CHECK(groups[0].slots[0].label == "01:00");
        CHECK(groups[0].slots[1].label == "02:10");
        CHECK(groups[1].label == "Thursday, March 21");
        CHECK(groups[1].slots[0].label == "17:00");
    }
    SECTION("sessions from two timezones are reordered by the instant shown") {
        const ScheduleIndex zones(schedule_of({
            session("paris", "P").on(2024, 3, 21).at("10:00", "11:00").utc_offset(60),    // 09:00Z
            session("london", "L").on(2024, 3, 21).at("09:30", "10:30").utc_offset(0),    // 09:30Z
            session("athens", "A").on(2024, 3, 21).at("09:45", "12:00").utc_offset(120),  // 07:45Z
        }));
        std::vector<int> ranks = all_ranks(zones);
        std::vector<DayGroup> groups;
        arrange_by_day(zones, ShownZone{}, ranks, groups);
        CHECK(test::ids_of(zones.schedule(), sessions_of(zones, ranks)) == std::vector<std::string>{"london", "athens", "paris"});
        arrange_by_day(zones, ShownZone{false, 0}, ranks, groups);
        CHECK(test::ids_of(zones.schedule(), sessions_of(zones, ranks)) == std::vector<std::string>{"athens", "paris", "london"});
        REQUIRE(groups.size() == 1);
        REQUIRE(groups[0].slots.size() == 3);
        CHECK(groups[0].slots[0].label == "07:45");
        CHECK(groups[0].slots[1].first == 1);
    }
    SECTION("west of UTC: morning talks move to the day before") {
        const auto [list, groups] = arranged(-10 * 60);  // Honolulu: k1 09:00 CET = Mon 22:00
        REQUIRE(groups.size() == 4);
        CHECK(groups[0].date == "2024-03-18");
        CHECK(groups[0].label == "Monday, March 18");
        CHECK(slot_ids(index, list, groups[0].slots[0]) == std::vector<std::string>{"k1"});
        CHECK(groups[0].slots[1].label == "23:00");  // t1, t2 at 10:00 CET
        CHECK(groups[1].date == "2024-03-20");
        CHECK(groups[1].slots[0].label == "03:00");  // t4, t3 at 14:00 CET
    }
    SECTION("bad input: offsets beyond +-18:00 are clamped") {
        const auto [list, groups] = arranged(100000);
        const auto [list18, groups18] = arranged(max_utc_offset_minutes);
        CHECK(list == list18);
        REQUIRE(groups.size() == groups18.size());
        for (std::size_t d = 0; d < groups.size(); ++d) CHECK(groups[d].date == groups18[d].date);
        const auto [west, west_groups] = arranged(-100000);
        CHECK(west_groups.front().date == arranged(-max_utc_offset_minutes).second.front().date);
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
    const std::vector<int> all = all_ranks(index);
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
        const NowNext r = now_and_next(index, ranks_of(index, indices(index, {"t2"})), utc(2024, 3, 19, "08:10"));
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
