#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "schedule_builder.h"
#include "talkboard/query/timetable.h"

using namespace talkboard;
using talkboard::test::schedule_of;
using talkboard::test::session;
using talkboard::test::utc;

namespace {

// A cell as one line: "id col track+span row+span", what the tests compare.
std::string cell_text(const ScheduleIndex& index, const TimetableCell& c) {
    return index.session(c.session).id + " c" + std::to_string(c.column) + " t" + std::to_string(c.track) + "+" +
           std::to_string(c.track_span) + " r" + std::to_string(c.row) + "+" + std::to_string(c.row_span);
}
std::vector<std::string> cells_of(const ScheduleIndex& index, const TimetableDay& day) {
    std::vector<std::string> out;
    for (const TimetableCell& c : day.cells) out.push_back(cell_text(index, c));
    return out;
}
// The columns' names: their values in the dimension the columns are by ("" for the column of sessions without one).
std::vector<std::string> column_names(const ScheduleIndex& index, const TimetableDay& day) {
    const Dimension by = index.values(Dimension::room).empty() ? Dimension::section : Dimension::room;
    std::vector<std::string> out;
    for (const TimetableColumn& c : day.columns) out.push_back(c.value < 0 ? "" : index.values(by).at(static_cast<std::size_t>(c.value)).value);
    return out;
}
Timetable timetable_of(const ScheduleIndex& index, const Query& query = Query{}) {
    return build_timetable(index, query, run_query(index, query));
}
// The label of each mark: its slot's, in the answer's day.
std::vector<std::string> mark_labels(const DayGroup& group, const TimetableDay& day) {
    std::vector<std::string> out;
    for (const TimetableMark& m : day.marks) out.push_back(std::to_string(m.row) + " " + group.slots.at(static_cast<std::size_t>(m.slot)).label);
    return out;
}

// Two rooms on one day, CET: Hall A has a talk (a3) that overlaps the two around it.
Schedule two_rooms() {
    return schedule_of({
        session("a1", "A1").room("Hall A").kind("keynote").on(2024, 3, 19).at("09:00", "09:30").utc_offset(60),
        session("b1", "B1").room("Hall B").on(2024, 3, 19).at("09:00", "10:00").utc_offset(60),
        session("a3", "A3").room("Hall A").on(2024, 3, 19).at("09:15", "09:45").utc_offset(60),
        session("a2", "A2").room("Hall A").on(2024, 3, 19).at("09:30", "10:00").utc_offset(60),
        session("a4", "A4").room("Hall A").on(2024, 3, 19).at("10:00", "10:30").utc_offset(60),
    });
}

}  // namespace

TEST_CASE("build_timetable: rooms across, time down, overlapping talks side by side", "[timetable][query]") {
    const ScheduleIndex index(two_rooms());
    const QueryResult answer = run_query(index, Query{});
    const Timetable t = build_timetable(index, Query{}, answer);
    CHECK_FALSE(t.too_many);
    CHECK(t.columns_by == "room");
    REQUIRE(t.days.size() == 1);
    REQUIRE(answer.days.size() == 1);  // parallel: the answer's day has the date and label
    const TimetableDay& day = t.days[0];
    CHECK(day.row_minutes == 15);  // every start and end is on a quarter hour
    CHECK(day.first_minute == 9 * 60);
    CHECK(day.rows == 6);          // 09:00 to 10:30
    CHECK(column_names(index, day) == std::vector<std::string>{"Hall A", "Hall B"});
    CHECK(day.columns[0].first_track == 0);
    CHECK(day.columns[0].tracks == 2);  // a3 runs beside a1 and a2
    CHECK(day.columns[1].first_track == 2);
    CHECK(day.columns[1].tracks == 1);
    CHECK(day.tracks == 3);
    // By start, then column: a1 and b1 at 09:00, a3 beside a1, a2 back in the first track, and a4,
    // with nothing beside it, across both of Hall A's tracks.
    CHECK(cells_of(index, day) == std::vector<std::string>{
                                      "a1 c0 t0+1 r0+2", "b1 c1 t2+1 r0+4", "a3 c0 t1+1 r1+2", "a2 c0 t0+1 r2+2",
                                      "a4 c0 t0+2 r4+2"});
    CHECK(mark_labels(answer.days[0], day) == std::vector<std::string>{"0 09:00", "1 09:15", "2 09:30", "4 10:00"});
    CHECK(day.untimed.empty());
    CHECK(day.now_minute == -1);  // no instant given
}

TEST_CASE("build_timetable: filters, favourites and search apply", "[timetable][query]") {
    const ScheduleIndex index(two_rooms());
    SECTION("a kind filter leaves one cell, one column, one track") {
        Query q;
        q.selected[Dimension::kind] = {"keynote"};
        const Timetable t = timetable_of(index, q);
        REQUIRE(t.days.size() == 1);
        CHECK(cells_of(index, t.days[0]) == std::vector<std::string>{"a1 c0 t0+1 r0+1"});
        CHECK(t.days[0].rows == 1);  // 30-minute rows: the one talk's start and end allow them
        CHECK(t.days[0].row_minutes == 30);
    }
    SECTION("favourites only: the room of the one favourite") {
        Query q;
        q.favorites = {"b1"};
        q.favorites_only = true;
        const Timetable t = timetable_of(index, q);
        REQUIRE(t.days.size() == 1);
        CHECK(column_names(index, t.days[0]) == std::vector<std::string>{"Hall B"});
    }
    SECTION("a search that matches nothing: no days") {
        Query q;
        q.text = "no such talk";
        CHECK(timetable_of(index, q).days.empty());
    }
}

TEST_CASE("build_timetable: sections are the columns of a post; untimed and undated sessions", "[timetable][query]") {
    const ScheduleIndex index(test::conference_schedule());
    const QueryResult answer = run_query(index, Query{});
    const Timetable t = build_timetable(index, Query{}, answer);
    CHECK(t.columns_by == "section");
    REQUIRE(t.days.size() == 4);
    // Tuesday: sections in the post's order (Talks is named before Keynotes).
    CHECK(column_names(index, t.days[0]) == std::vector<std::string>{"Talks", "Keynotes", "Lightning Talks"});
    CHECK(t.days[0].row_minutes == 10);  // 10:10 is on no quarter hour
    CHECK(cells_of(index, t.days[0]) == std::vector<std::string>{"k1 c1 t1+1 r0+3", "t2 c0 t0+1 r6+3", "t1 c2 t2+1 r6+1"});
    // Wednesday: 14:35 allows only 5-minute rows; the talk without a time is listed apart.
    CHECK(t.days[1].row_minutes == 5);
    CHECK(column_names(index, t.days[1]) == std::vector<std::string>{"Community", "Talks"});
    CHECK(cells_of(index, t.days[1]) == std::vector<std::string>{"t4 c0 t0+1 r0+12", "t3 c1 t1+1 r0+7"});
    CHECK(test::ids_of(index.schedule(), t.days[1].untimed) == std::vector<std::string>{"t7"});
    CHECK(mark_labels(answer.days[1], t.days[1]) == std::vector<std::string>{"0 14:00"});  // the untimed slot has none
    // The undated group: its one session has no time, so there is no grid.
    CHECK(answer.days[3].date.empty());
    CHECK(t.days[3].rows == 0);
    CHECK(t.days[3].cells.empty());
    CHECK(test::ids_of(index.schedule(), t.days[3].untimed) == std::vector<std::string>{"t6"});

    SECTION("a session without a section gets the last column, named \"\"") {
        const ScheduleIndex mixed(schedule_of({
            session("x", "X").on(2024, 5, 1).at("10:00", "11:00"),
            session("y", "Y").section("Main").on(2024, 5, 1).at("10:00", "11:00"),
        }));
        const Timetable m = timetable_of(mixed);
        REQUIRE(m.days.size() == 1);
        CHECK(column_names(mixed, m.days[0]) == std::vector<std::string>{"Main", ""});
        CHECK(m.days[0].columns[1].value == -1);
        CHECK(cells_of(mixed, m.days[0]) == std::vector<std::string>{"y c0 t0+1 r0+2", "x c1 t1+1 r0+2"});
    }
}

TEST_CASE("build_timetable: rows round outward, instants take one row, midnight is crossed", "[timetable][query]") {
    SECTION("times off the 5-minute grid round outward to it") {
        const ScheduleIndex index(schedule_of({
            session("odd", "Odd").on(2024, 5, 1).at("09:52", "10:07"),
            session("even", "Even").on(2024, 5, 1).at("10:00", "10:30"),
        }));
        const TimetableDay day = timetable_of(index).days.at(0);
        CHECK(day.row_minutes == 5);
        CHECK(day.first_minute == 9 * 60 + 50);
        CHECK(cells_of(index, day) == std::vector<std::string>{"odd c0 t0+1 r0+4", "even c0 t1+1 r2+6"});
        CHECK(day.columns[0].tracks == 2);  // they share 10:00 to 10:10
    }
    SECTION("two slots rounded into one row have one mark, the first slot's") {
        const ScheduleIndex index(schedule_of({
            session("x", "X").on(2024, 5, 1).at("09:52", "10:00"),
            session("y", "Y").on(2024, 5, 1).at("09:54", "10:00"),
        }));
        const QueryResult answer = run_query(index, Query{});
        const TimetableDay day = build_timetable(index, Query{}, answer).days.at(0);
        CHECK(mark_labels(answer.days[0], day) == std::vector<std::string>{"0 09:52"});
    }
    SECTION("a talk with no end and an instant each take one row") {
        const ScheduleIndex index(schedule_of({
            session("open", "Open end").on(2024, 5, 1).at("09:00"),
            session("instant", "Instant").on(2024, 5, 1).at("09:30", "09:30"),
            session("long", "Long").on(2024, 5, 1).at("09:00", "10:00"),
        }));
        const TimetableDay day = timetable_of(index).days.at(0);
        CHECK(day.row_minutes == 30);
        CHECK(cells_of(index, day) == std::vector<std::string>{"long c0 t0+1 r0+2", "open c0 t1+1 r0+1", "instant c0 t1+1 r1+1"});
    }
    SECTION("a talk past midnight runs on below 24:00 of its day") {
        const ScheduleIndex index(schedule_of({session("late", "Late").on(2024, 5, 1).at("23:30", "00:30")}));
        const TimetableDay day = timetable_of(index).days.at(0);
        CHECK(day.first_minute == 23 * 60 + 30);
        CHECK(day.row_minutes == 30);
        CHECK(day.rows == 2);
        CHECK(day.first_minute + day.rows * day.row_minutes == 24 * 60 + 30);
    }
}

TEST_CASE("build_timetable: in the reader's zone the grid follows the clock shown", "[timetable][query]") {
    const ScheduleIndex index(two_rooms());
    Query q;
    q.zone = ShownZone{false, 9 * 60};  // Tokyo: 09:00 CET is 17:00
    const QueryResult answer = run_query(index, q);
    const Timetable t = build_timetable(index, q, answer);
    REQUIRE(t.days.size() == 1);
    CHECK(t.days[0].first_minute == 17 * 60);
    CHECK(t.days[0].rows == 6);
    CHECK(mark_labels(answer.days[0], t.days[0]).front() == "0 17:00");
    CHECK(cells_of(index, t.days[0]) == cells_of(index, timetable_of(index).days[0]));
}

TEST_CASE("build_timetable: now is marked on the day it falls on", "[timetable][query]") {
    const ScheduleIndex index(test::conference_schedule());
    Query q;
    SECTION("in the event's time: 09:20 UTC is 10:20 CET on Tuesday") {
        q.now_utc = static_cast<double>(utc(2024, 3, 19, "09:20"));
        const Timetable t = timetable_of(index, q);
        CHECK(t.days[0].now_minute == 10 * 60 + 20);
        CHECK(t.days[1].now_minute == -1);
        CHECK(t.days[2].now_minute == -1);  // Thursday's one session is floating: no clock to read now on
    }
    SECTION("in the reader's zone: the same instant is 18:20 in Tokyo, past the grid") {
        q.now_utc = static_cast<double>(utc(2024, 3, 19, "09:20"));
        q.zone = ShownZone{false, 9 * 60};
        CHECK(timetable_of(index, q).days[0].now_minute == 18 * 60 + 20);
        q.now_utc = static_cast<double>(utc(2024, 3, 19, "12:00"));  // 21:00 in Tokyo: the grid ends at 19:30
        CHECK(timetable_of(index, q).days[0].now_minute == -1);
    }
    SECTION("before and after the day's grid") {
        q.now_utc = static_cast<double>(utc(2024, 3, 19, "07:59"));
        CHECK(timetable_of(index, q).days[0].now_minute == -1);
        q.now_utc = static_cast<double>(utc(2024, 3, 19, "08:00"));  // 09:00 CET: the first row
        CHECK(timetable_of(index, q).days[0].now_minute == 9 * 60);
    }
}

TEST_CASE("build_timetable: at most max_timetable_sessions matches are laid out", "[timetable][query][limits]") {
    // One more session than the limit; all but the last are titled "Talk ...".
    std::vector<Session> sessions;
    for (std::size_t i = 0; i <= max_timetable_sessions; ++i) {
        const int minute = static_cast<int>(i % 600);
        const std::string title = i < max_timetable_sessions ? "Talk " + std::to_string(i) : "Other";
        Session s = session("s" + std::to_string(i), title).on(2024, 5, 1 + static_cast<int>(i / 600));
        s.start_minute = 8 * 60 + minute;
        s.end_minute = 8 * 60 + minute + 30;
        s.room = "Room " + std::to_string(i % 7);
        sessions.push_back(s);
    }
    const ScheduleIndex index(schedule_of(sessions));
    SECTION("one more than the limit: too many, nothing laid out") {
        const Timetable t = timetable_of(index);
        CHECK(t.too_many);
        CHECK(t.days.empty());
        CHECK(t.columns_by == "room");
    }
    SECTION("at the limit: every session has its cell, inside its day's grid") {
        Query q;
        q.text = "talk";
        const Timetable t = timetable_of(index, q);
        REQUIRE_FALSE(t.too_many);
        REQUIRE(t.days.size() == 4);
        std::size_t cells = 0;
        for (const TimetableDay& day : t.days) {
            cells += day.cells.size();
            CHECK(day.columns.size() == 7);
            for (const TimetableCell& c : day.cells) {
                CHECK(c.row >= 0);
                CHECK(c.row + c.row_span <= day.rows);
                CHECK(c.track >= day.columns[static_cast<std::size_t>(c.column)].first_track);
                CHECK(c.track + c.track_span <= day.columns[static_cast<std::size_t>(c.column)].first_track +
                                                     day.columns[static_cast<std::size_t>(c.column)].tracks);
            }
        }
        CHECK(cells == max_timetable_sessions);
    }
    SECTION("no two cells of a day cover the same row of the same track") {
        Query q;
        q.text = "talk";
        int overlaps = 0;
        for (const TimetableDay& day : timetable_of(index, q).days) {
            for (std::size_t a = 0; a < day.cells.size(); ++a) {
                for (std::size_t b = a + 1; b < day.cells.size(); ++b) {
                    const TimetableCell& x = day.cells[a];
                    const TimetableCell& y = day.cells[b];
                    const bool rows = x.row < y.row + y.row_span && y.row < x.row + x.row_span;
                    const bool tracks = x.track < y.track + y.track_span && y.track < x.track + x.track_span;
                    overlaps += rows && tracks ? 1 : 0;
                }
            }
        }
        CHECK(overlaps == 0);
    }
}
