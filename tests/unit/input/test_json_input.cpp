// JSON inputs read by json_input.cpp: dispatch by shape, and the imported schedule formats
// (frab/c3voc v1 and schedule2, pretalx's widget JSON) turned into Sessions by schedule_import.cpp.
// Fixtures: tests/fixtures/interop/; the real exports in ../shared/formats/c3voc when present.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "talkboard/time/civil_time.h"
#include "talkboard/limits.h"
#include "talkboard/post.h"
#include "talkboard/input/post_source.h"
#include "talkboard/formats/schedule_import.h"
#include "talkboard/formats/schedule_json.h"

using namespace talkboard;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string fixture(const std::string& name) { return read_file(std::string(TALKBOARD_FIXTURES_DIR) + "/interop/" + name); }

const Session* find_session(const Schedule& schedule, const std::string& title) {
    for (const auto& s : schedule.sessions) {
        if (s.title == title) return &s;
    }
    return nullptr;
}

Schedule parse_ok(const std::string& input) {
    const Result<Schedule> result = parse_post(input);
    if (!result) FAIL(result.error().message);
    return result.value();
}

}  // namespace

TEST_CASE("read_json_input dispatches by shape", "[json_input]") {
    SECTION("an envelope is read as a post, not imported") {
        const auto r = read_json_input(R"({"frontmatter": {"title": "T"}, "rawMarkdownBody": "body"})");
        REQUIRE(r.ok());
        CHECK(r.value().body == "body");
        CHECK_FALSE(r.value().imported.has_value());
    }
    SECTION("frab and pretalx shapes come back imported, with no markdown body") {
        for (const char* name : {"frab-small.json", "schedule2-small.json", "pretalx-widget.json"}) {
            const auto r = read_json_input(fixture(name));
            REQUIRE(r.ok());
            REQUIRE(r.value().imported.has_value());
            CHECK(r.value().body.empty());
            CHECK_FALSE(r.value().imported->sessions.empty());
        }
    }
    SECTION("JSON of none of those shapes is bad_json naming what was expected") {
        const auto r = read_json_input(R"({"title": "not a schedule"})");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::bad_json);
        CHECK(r.error().message.find("unknown shape") != std::string::npos);
        CHECK(r.error().message.find("\"schedule\"") != std::string::npos);
        CHECK(r.error().message.find("\"talks\"") != std::string::npos);
    }
}

TEST_CASE("frab/c3voc schedule.json import", "[json_input][frab]") {
    const Schedule schedule = parse_ok(fixture("frab-small.json"));
    REQUIRE(schedule.sessions.size() == 4);
    CHECK(frontmatter_scalar(schedule.post, "title") == "talkboard Con");
    CHECK(frontmatter_scalar(schedule.post, "format") == "frab");
    CHECK(schedule.diagnostics.empty());

    SECTION("times: local as written, tz the zone name when it agrees, utc from the offset") {
        const Session* s = find_session(schedule, "Opening Keynote");
        REQUIRE(s);
        CHECK(format_date(*s->date) == "2024-03-19");
        CHECK(s->start_minute == 9 * 60);
        CHECK(s->end_minute == 9 * 60 + 30);
        CHECK(s->tz == "Europe/Berlin");
        CHECK(format_utc_iso(*s->utc_start) == "2024-03-19T08:00:00Z");
        CHECK(format_utc_iso(*s->utc_end) == "2024-03-19T08:30:00Z");
        const Session* summer = find_session(schedule, "Summer Time Workshop");
        REQUIRE(summer);
        CHECK(summer->tz == "Europe/Berlin");  // +02:00 after the EU switch on 2024-03-31
        CHECK(format_utc_iso(*summer->utc_start) == "2024-03-31T12:00:00Z");
        CHECK(summer->end_minute == 15 * 60 + 30);
    }
    SECTION("a session across midnight ends on the next day in UTC") {
        const Session* s = find_session(schedule, "Late Night Hacking");
        REQUIRE(s);
        CHECK(s->end_minute == 15);
        CHECK(format_utc_iso(*s->utc_end) == "2024-03-19T23:15:00Z");
        CHECK(s->abstract == "Across midnight.");  // description when abstract is null
    }
    SECTION("track becomes the section, the room when there is no track; both kept") {
        const Session* keynote = find_session(schedule, "Opening Keynote");
        CHECK(keynote->section == "Community");
        CHECK(keynote->track == "Community");
        CHECK(keynote->room == "Hall A");
        const Session* late = find_session(schedule, "Late Night Hacking");
        CHECK(late->section == "Hall A");
        CHECK_FALSE(late->track.has_value());
    }
    SECTION("persons: name or public_name, organization, role; types become kinds") {
        const Session* keynote = find_session(schedule, "Opening Keynote");
        REQUIRE(keynote->speakers.size() == 2);
        CHECK(keynote->speakers[0] == Speaker{"Ada Lovelace", std::string("Analytical Engines Ltd"), std::nullopt});
        CHECK(keynote->speakers[1] == Speaker{"Grace Hopper", std::nullopt, std::nullopt});
        CHECK(keynote->kind == "keynote");
        const Session* lightning = find_session(schedule, "Five Minutes of JSON");
        CHECK(lightning->kind == "lightning_talk");
        CHECK(lightning->speakers[0] == Speaker{"Linus", std::string("Kernel, Inc"), std::string("Maintainer")});
        CHECK_FALSE(lightning->url.has_value());  // mailto: is not an http(s) url
        CHECK_FALSE(find_session(schedule, "Late Night Hacking")->kind.has_value());  // "talk"
    }
    SECTION("a type's slot length is not part of the kind (pretalx: \"Talk 30 min + 10min Q&A\")") {
        const auto kind_of = [](const std::string& type) {
            const std::string frab = R"({"schedule": {"version": "1", "conference": {"title": "T", "days": [{"index": 1,
                "date": "2024-03-19", "rooms": {"A": [{"guid": "g1", "id": 1, "date": "2024-03-19T09:00:00+01:00",
                "start": "09:00", "duration": "00:40", "room": "A", "title": "One", "type": ")" + type + R"(",
                "persons": []}]}}]}}})";
            return parse_ok(frab).sessions.at(0).kind;
        };
        CHECK_FALSE(kind_of("Talk 30 min + 10min Q&A").has_value());  // a plain talk
        CHECK(kind_of("Workshop (90 min)") == "workshop");
        CHECK(kind_of("Lightning Talk 5min") == "lightning_talk");
        CHECK(kind_of("Panel") == "panel");
        CHECK_FALSE(kind_of("45 min").has_value());  // only a length: no kind
    }
    SECTION("ids are stable and distinct; parse JSON carries room and track") {
        const Schedule again = parse_ok(fixture("frab-small.json"));
        for (std::size_t i = 0; i < schedule.sessions.size(); ++i) CHECK(schedule.sessions[i].id == again.sessions[i].id);
        CHECK(schedule.sessions[0].id != schedule.sessions[1].id);
        const std::string json = session_to_json(*find_session(schedule, "Opening Keynote"));
        CHECK(json.find(R"("room":"Hall A","track":"Community")") != std::string::npos);
    }
}

TEST_CASE("frab import: language, links and attachments", "[json_input][frab][resources]") {
    SECTION("the fixture: a talk in German with a recording link and a slides attachment") {
        const Schedule schedule = parse_ok(fixture("frab-rooms.json"));
        const Session* pipelines = find_session(schedule, "Securing Build Pipelines");
        REQUIRE(pipelines);
        CHECK(pipelines->language == "de");
        CHECK(pipelines->resources == std::vector<Resource>{
                                          {ResourceKind::video, "https://media.ccc.de/v/roomcon2024-2-securing-build-pipelines"},
                                          {ResourceKind::slides, "https://example.org/roomcon/talk/2/slides.pdf"},
                                      });
        CHECK(find_session(schedule, "Welcome to Room Con")->language == "en");
        CHECK_FALSE(find_session(schedule, "Lunch")->language);  // null
        const std::string json = session_to_json(*pipelines);
        CHECK(json.find(R"("language":"de","resources":[{"kind":"video","url":"https://media.ccc.de/v/roomcon2024-2-securing-build-pipelines"},)"
                        R"({"kind":"slides","url":"https://example.org/roomcon/talk/2/slides.pdf"}]})") != std::string::npos);
        CHECK(session_to_json(*find_session(schedule, "Lunch")).find("resources") == std::string::npos);
    }
    SECTION("bare URL strings, any case of type, and entries of the wrong shape") {
        const Schedule schedule = parse_ok(R"({"schedule": {"conference": {"title": "C", "days": [{"date": "2024-01-02",
            "rooms": {"R": [{"title": "T", "start": "10:00", "duration": "00:30", "language": 7,
              "links": ["https://vimeo.com/123", 42, {"title": "no url"}, {"url": ""}, null],
              "attachments": {"url": "https://example.org/not-a-list.pdf"}},
             {"title": "U", "start": "11:00", "attachments": [{"type": "SLIDES", "url": "https://example.org/u"}]}]}}]}}})");
        REQUIRE(schedule.sessions.size() == 2);
        CHECK_FALSE(schedule.sessions[0].language);  // not a string: as if absent
        CHECK(schedule.sessions[0].resources == std::vector<Resource>{{ResourceKind::video, "https://vimeo.com/123"}});
        CHECK(schedule.sessions[1].resources == std::vector<Resource>{{ResourceKind::slides, "https://example.org/u"}});
    }
}

TEST_CASE("schedule2 (events at the top) and pretalx widget import", "[json_input][pretalx]") {
    SECTION("schedule2: room objects, track slugs resolved to names, participants") {
        const Schedule schedule = parse_ok(fixture("schedule2-small.json"));
        REQUIRE(schedule.sessions.size() == 2);
        const Session* locks = find_session(schedule, "Locks and Keys");
        REQUIRE(locks);
        CHECK(locks->room == "Saal 1");
        CHECK(locks->section == "Security");
        CHECK(locks->speakers == std::vector<Speaker>{Speaker{"Eve", std::nullopt, std::nullopt}});
        CHECK(locks->end_minute == 11 * 60 + 15);
        const Session* utc = find_session(schedule, "In UTC");
        REQUIRE(utc);
        CHECK(utc->tz == "UTC");  // Z does not agree with Europe/Berlin: the offset is kept
        CHECK(format_utc_iso(*utc->utc_start) == "2024-12-27T12:00:00Z");
    }
    SECTION("pretalx: ids into rooms, tracks and speakers; translated names; breaks skipped") {
        const Schedule schedule = parse_ok(fixture("pretalx-widget.json"));
        REQUIRE(schedule.sessions.size() == 2);
        CHECK(frontmatter_scalar(schedule.post, "format") == "pretalx");
        const Session* widgets = find_session(schedule, "Widgets All The Way Down");
        REQUIRE(widgets);
        CHECK(widgets->room == "Main Stage");
        CHECK(widgets->track == "Web");
        CHECK(widgets->section == "Web");
        REQUIRE(widgets->speakers.size() == 2);
        CHECK(widgets->speakers[1].name == "Bob Example");
        CHECK(widgets->tz == "Europe/Amsterdam");
        CHECK(format_utc_iso(*widgets->utc_end) == "2024-06-03T08:45:00Z");
        const Session* translated = find_session(schedule, "Translated Title");
        REQUIRE(translated);
        CHECK(translated->section == "Side Room");
        CHECK(translated->end_minute == 9 * 60 + 30);  // from "duration" in minutes
    }
}

TEST_CASE("imports of 1,000+ events", "[json_input][frab][large]") {
    // 1,200 events over 4 days and 3 rooms, generated here so no large file sits in the repo.
    std::string json = R"({"schedule": {"version": "1", "conference": {"acronym": "bigcon", "title": "Big",
        "start": "2024-05-06", "end": "2024-05-09", "daysCount": 4, "timeslot_duration": "00:05",
        "time_zone_name": "Europe/Berlin", "days": [)";
    int number = 0;
    for (int day = 0; day < 4; ++day) {
        const std::string date = "2024-05-0" + std::to_string(6 + day);
        json += std::string(day ? "," : "") + R"({"index": )" + std::to_string(day + 1) + R"(, "date": ")" + date +
                R"(", "day_start": ")" + date + R"(T08:00:00+02:00", "day_end": ")" + date + R"(T23:00:00+02:00", "rooms": {)";
        for (int room = 0; room < 3; ++room) {
            json += std::string(room ? "," : "") + "\"Room " + std::to_string(room) + "\": [";
            for (int slot = 0; slot < 100; ++slot) {
                ++number;
                const std::string start = format_hhmm(8 * 60 + slot * 5);
                json += std::string(slot ? "," : "") + R"({"id": )" + std::to_string(number) + R"(, "guid": "g-)" +
                        std::to_string(number) + R"(", "date": ")" + date + "T" + start + R"(:00+02:00", "start": ")" +
                        start + R"(", "duration": "00:05", "title": "Talk )" + std::to_string(number) +
                        R"(", "type": "talk", "track": null, "persons": [{"name": "Speaker )" + std::to_string(number % 97) +
                        R"("}], "abstract": "", "url": "https://example.org/t/)" + std::to_string(number) + R"("})";
            }
            json += "]";
        }
        json += "}}";
    }
    json += "]}}}";
    const Schedule schedule = parse_ok(json);
    REQUIRE(schedule.sessions.size() == 1200);
    CHECK(schedule.diagnostics.empty());
    const Session* last = find_session(schedule, "Talk 1200");
    REQUIRE(last);
    CHECK(last->room == "Room 2");
    CHECK(format_utc_iso(*last->utc_start) == "2024-05-09T14:15:00Z");
    std::set<std::string> ids;
    for (const auto& s : schedule.sessions) ids.insert(s.id);
    CHECK(ids.size() == 1200);
}

TEST_CASE("the real c3voc exports in ../shared import with their event counts", "[json_input][shared]") {
    const std::string dir = std::string(TALKBOARD_SHARED_DIR) + "/formats/c3voc/";
    const std::string democon = read_file(dir + "pretalx-democon.json");
    if (democon.empty()) {
        WARN("../shared/formats/c3voc not found: skipped");
        return;
    }
    SECTION("pretalx-democon.json: 36 events, UTC named but +01:00 written: the offset wins") {
        const Schedule schedule = parse_ok(democon);
        CHECK(schedule.sessions.size() == 36);
        CHECK(schedule.diagnostics.empty());
        const Session* first = find_session(schedule, "Focused 5thgeneration hardware");
        REQUIRE(first);
        CHECK(first->tz == "+01:00");
        CHECK(format_utc_iso(*first->utc_start) == "2020-12-14T08:00:00Z");
        CHECK(first->room == "Gray Room");
    }
    SECTION("hub-schedule2.json: 2 events") {
        const Schedule schedule = parse_ok(read_file(dir + "hub-schedule2.json"));
        CHECK(schedule.sessions.size() == 2);
        CHECK(schedule.diagnostics.empty());
    }
}

TEST_CASE("JSON input error cases", "[json_input][errors]") {
    const auto error_of = [](const std::string& input) {
        const Result<Schedule> r = parse_post(input);
        return r ? std::optional<ErrorCode>() : std::optional<ErrorCode>(r.error().code);
    };
    SECTION("frab of the wrong shape") {
        CHECK(error_of(R"({"schedule": []})") == ErrorCode::bad_json);
        CHECK(error_of(R"({"schedule": {"conference": 1}})") == ErrorCode::bad_json);
        CHECK(error_of(R"({"schedule": {"conference": {"title": "T"}}})") == ErrorCode::bad_json);
    }
    SECTION("pretalx of the wrong shape") { CHECK(error_of(R"({"talks": {"a": 1}})") == ErrorCode::bad_json); }
    SECTION("schedules without usable events are no_sessions") {
        CHECK(error_of(R"({"schedule": {"conference": {"days": []}}})") == ErrorCode::no_sessions);
        CHECK(error_of(R"({"talks": []})") == ErrorCode::no_sessions);
        CHECK(error_of(R"({"talks": [{"title": "", "speakers": []}, 3, null]})") == ErrorCode::no_sessions);
    }
    SECTION("unreadable times leave the session untimed, with a warning") {
        const Result<Schedule> r = parse_post(
            R"({"schedule": {"conference": {"days": [{"date": "2024-01-01", "rooms": {"R": [
                 {"title": "Bad", "date": "2024-13-45T25:00:00+01:00", "start": "25:00"},
                 {"title": "Odd duration", "date": "2024-01-01T10:00:00+01:00", "duration": "half an hour"},
                 {"title": "", "date": "2024-01-01T10:00:00+01:00"},
                 {"title": "Bare", "start": "10:00"}]}}]}}})");
        REQUIRE(r.ok());
        const Schedule& s = r.value();
        REQUIRE(s.sessions.size() == 3);
        const Session* bad = find_session(s, "Bad");
        CHECK_FALSE(bad->start_minute.has_value());
        CHECK_FALSE(bad->utc_start.has_value());
        const Session* odd = find_session(s, "Odd duration");
        CHECK(odd->start_minute == 600);
        CHECK_FALSE(odd->end_minute.has_value());
        const Session* bare = find_session(s, "Bare");  // the day's date and start, no zone: floating
        CHECK(format_date(*bare->date) == "2024-01-01");
        CHECK(bare->start_minute == 600);
        CHECK_FALSE(bare->tz.has_value());
        CHECK_FALSE(bare->utc_start.has_value());
        CHECK(s.diagnostics.size() == 3);  // bad time, bad duration, no title
    }
    SECTION("names of the wrong types are treated as absent, never a crash") {
        const Result<Schedule> r =
            parse_post(R"({"talks": [{"title": "T", "room": [1], "track": {"x": 1}, "speakers": [1, {"name": 2}],
                           "start": 5, "duration": -3}], "rooms": "no", "speakers": null})");
        REQUIRE(r.ok());
        const Session& s = r.value().sessions.at(0);
        CHECK_FALSE(s.room.has_value());
        CHECK(s.speakers.empty());
        CHECK_FALSE(s.date.has_value());
    }
}

TEST_CASE("imports stop at limits::max_sessions", "[json_input][limits]") {
    std::string json = R"({"talks": [)";
    for (std::size_t i = 0; i <= limits::max_sessions; ++i) json += i ? R"(,{"title":"t"})" : R"({"title":"t"})";
    json += "]}";
    const Schedule schedule = parse_ok(json);
    CHECK(schedule.sessions.size() == limits::max_sessions);
    REQUIRE(schedule.diagnostics.size() == 1);
    CHECK(schedule.diagnostics[0].message.find("the rest were skipped") != std::string::npos);
    CHECK(schedule.sessions.back().id != schedule.sessions.front().id);  // repeated keys get "-2", "-3", ...
}
