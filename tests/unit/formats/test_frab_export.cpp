// frab/c3voc schedule.json export: the schema's required shape (checked here with simdjson; the
// full JSON-schema validation with ajv is in tests/js/interop.test.mjs) and the round trip
// post -> frab JSON -> import over every golden fixture post.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>

#include "schedule_builder.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/formats/frab_export.h"
#include "talkboard/session_finish.h"
#include "talkboard/post.h"
#include "talkboard/formats/stable_uuid.h"

using namespace talkboard;
using talkboard::test::session;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

Schedule two_day_schedule() {
    Schedule schedule;
    schedule.post = {{"title", std::string("KubeCon EU 2024: Cilium")}};
    schedule.sessions = {
        session("a1", "Opening").kind("keynote").on(2024, 3, 19).at("09:00", "09:30").utc_offset(60).speaker("Ada", "Org, Inc"),
        session("a2", "Late").on(2024, 3, 19).at("23:30", "00:15").utc_offset(60).section("Night"),
        session("a3", "No end").on(2024, 3, 20).at("10:00").utc_offset(60),
        session("a4", "Undated"),
    };
    return schedule;
}

using SessionKey = std::tuple<std::string, std::string, std::string>;
SessionKey key_of(const Session& s) {
    return {s.date ? format_date(*s.date) : "", s.start_minute ? format_hhmm(*s.start_minute) : "", s.title};
}

}  // namespace

TEST_CASE("stable_uuid is deterministic and UUID-shaped", "[frab_export][uuid]") {
    const std::regex uuid("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    CHECK(std::regex_match(stable_uuid("talkboard-session:a1"), uuid));
    CHECK(stable_uuid("x") == stable_uuid("x"));
    CHECK(stable_uuid("x1") != stable_uuid("x2"));
}

TEST_CASE("schedule_to_frab_json writes the c3voc shape", "[frab_export]") {
    const std::string json = schedule_to_frab_json(two_day_schedule());
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    REQUIRE_FALSE(parser.parse(json).get(root));
    simdjson::dom::object conference = root["schedule"]["conference"].get_object().value();

    SECTION("conference: acronym that fits the schema's pattern, days from the dated sessions") {
        const std::string acronym(std::string_view(conference["acronym"].get_string().value()));
        CHECK(acronym == "kubecon_eu_2024_cilium");
        CHECK(std::regex_match(acronym, std::regex("^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$")));
        CHECK(std::string_view(conference["start"].get_string().value()) == "2024-03-19");
        CHECK(std::string_view(conference["end"].get_string().value()) == "2024-03-20");
        CHECK(int64_t(conference["daysCount"].get_int64().value()) == 2);
        CHECK(root["schedule"]["version"].is_string());
        CHECK(root["schedule"]["rooms"].error() == simdjson::NO_SUCH_FIELD);  // "rooms": false there
    }
    SECTION("events: every required key, times with the offset, undated sessions left out") {
        simdjson::dom::array days = conference["days"].get_array().value();
        REQUIRE(days.size() == 2);
        simdjson::dom::array first_day = days.at(0)["rooms"]["Main"].get_array().value();
        REQUIRE(first_day.size() == 2);
        simdjson::dom::object opening = first_day.at(0).get_object().value();
        for (const char* key : {"abstract", "date", "duration", "guid", "id", "language", "links", "persons", "room",
                                "slug", "start", "subtitle", "title", "track", "type", "url"}) {
            CHECK(opening[key].error() == simdjson::SUCCESS);
        }
        CHECK(std::string_view(opening["date"].get_string().value()) == "2024-03-19T09:00:00+01:00");
        CHECK(std::string_view(opening["end"].get_string().value()) == "2024-03-19T09:30:00+01:00");
        CHECK(std::string_view(opening["duration"].get_string().value()) == "00:30");
        CHECK(std::string_view(opening["type"].get_string().value()) == "keynote");
        CHECK(std::string_view(opening["guid"].get_string().value()) == stable_uuid("talkboard-session:a1"));
        CHECK(std::string_view(opening["url"].get_string().value()).substr(0, 9) == "urn:uuid:");
        CHECK(std::string_view(opening["persons"].at(0)["organization"].get_string().value()) == "Org, Inc");
        CHECK(opening["persons"].at(0)["public_name"].error() == simdjson::NO_SUCH_FIELD);  // one of the schema's oneOf
        simdjson::dom::object late = first_day.at(1).get_object().value();
        CHECK(std::string_view(late["duration"].get_string().value()) == "00:45");
        CHECK(std::string_view(late["end"].get_string().value()) == "2024-03-20T00:15:00+01:00");
        CHECK(std::string_view(late["track"].get_string().value()) == "Night");
        simdjson::dom::object no_end = days.at(1)["rooms"]["Main"].at(0).get_object().value();
        CHECK(std::string_view(no_end["duration"].get_string().value()) == "00:00");
        CHECK(no_end["end"].error() == simdjson::NO_SUCH_FIELD);
    }
    SECTION("the output is the same on every run") { CHECK(json == schedule_to_frab_json(two_day_schedule())); }
}

TEST_CASE("schedule_to_frab_json edge cases", "[frab_export][errors]") {
    SECTION("no dated sessions: valid JSON with no days") {
        Schedule empty;
        empty.sessions = {session("x", "Undated")};
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        REQUIRE_FALSE(parser.parse(schedule_to_frab_json(empty)).get(root));
        CHECK(root["schedule"]["conference"]["days"].get_array().value().size() == 0);
        CHECK(std::string_view(root["schedule"]["conference"]["acronym"].get_string().value()) == "schedule");
    }
    SECTION("a link relative to the post's page is no absolute URI: the event's urn stands in for it") {
        Schedule s;
        Session relative = session("rel", "Relative").on(2024, 1, 2).at("10:00", "11:00");
        relative.url = "/2024/schedule/event/relative/";
        Session absolute = session("abs", "Absolute").on(2024, 1, 2).at("11:00", "12:00");
        absolute.url = "https://example.org/event/absolute/";
        s.sessions = {relative, absolute};
        const std::string json = schedule_to_frab_json(s);
        CHECK(json.find("/2024/schedule/event/relative/") == std::string::npos);
        CHECK(json.find(R"("url":"urn:uuid:)") != std::string::npos);
        CHECK(json.find(R"("url":"https://example.org/event/absolute/")") != std::string::npos);
    }
    SECTION("a short or non-ASCII title still gives a valid acronym; floating times have no offset") {
        Schedule s;
        s.post = {{"title", std::string("Ö")}};
        s.sessions = {session("f", "Floating").on(2024, 1, 2).at("10:00", "11:00")};
        const std::string json = schedule_to_frab_json(s);
        CHECK(json.find(R"("acronym":"talkboard")") != std::string::npos);
        CHECK(json.find(R"("date":"2024-01-02T10:00:00")") != std::string::npos);
    }
}

TEST_CASE("schedule_to_frab_json writes language and recordings and slides; the import reads them back",
          "[frab_export][resources]") {
    Session s = session("r", "Recorded").on(2024, 1, 2).at("10:00", "11:00");
    s.language = "de";
    s.resources = {{ResourceKind::video, "https://example.org/recording"}, {ResourceKind::slides, "https://example.org/deck"}};
    Schedule schedule;
    schedule.sessions = {s, session("n", "Plain").on(2024, 1, 2).at("12:00", "13:00")};
    const std::string json = schedule_to_frab_json(schedule);
    CHECK(json.find(R"("language":"de")") != std::string::npos);
    CHECK(json.find(R"("links":[{"type":"media","url":"https://example.org/recording","title":"Recording"},)"
                    R"({"type":"slides","url":"https://example.org/deck","title":"Slides"}])") != std::string::npos);
    CHECK(json.find(R"("language":null)") != std::string::npos);  // the plain one
    CHECK(json.find(R"("links":[])") != std::string::npos);
    const Result<Schedule> back = parse_post(json);
    REQUIRE(back.ok());
    REQUIRE(back.value().sessions.size() == 2);
    CHECK(back.value().sessions[0].language == "de");
    CHECK(back.value().sessions[0].resources == s.resources);
    CHECK_FALSE(back.value().sessions[1].language);
}

TEST_CASE("round trip: post -> frab JSON -> import gives the same sessions", "[frab_export][roundtrip]") {
    int compared = 0;
    for (const auto& entry : std::filesystem::directory_iterator(TALKBOARD_FIXTURES_DIR)) {
        if (entry.path().extension() != ".md") continue;
        const Result<Schedule> post = parse_post(read_file(entry.path()));
        if (!post) continue;
        const Result<Schedule> imported = parse_post(schedule_to_frab_json(post.value()));
        INFO(entry.path().filename().string());
        std::vector<const Session*> expected;
        for (const auto& s : post.value().sessions) {
            if (s.date && s.start_minute) expected.push_back(&s);
        }
        if (expected.empty()) continue;
        REQUIRE(imported.ok());
        std::vector<const Session*> actual;
        for (const auto& s : imported.value().sessions) actual.push_back(&s);
        REQUIRE(actual.size() == expected.size());
        const auto by_key = [](const Session* a, const Session* b) { return key_of(*a) < key_of(*b); };
        std::stable_sort(expected.begin(), expected.end(), by_key);
        std::stable_sort(actual.begin(), actual.end(), by_key);
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const Session& e = *expected[i];
            const Session& a = *actual[i];
            INFO(e.title);
            CHECK(a.title == e.title);
            CHECK(a.speakers == e.speakers);
            // A link relative to the post's page does not travel: frab's url is an absolute URI.
            const std::optional<std::string> travels = e.url && is_http_url(*e.url) ? e.url : std::nullopt;
            CHECK(a.url == travels);
            CHECK(a.date == e.date);
            CHECK(a.start_minute == e.start_minute);
            CHECK(a.end_minute == e.end_minute);
            CHECK(a.utc_start == e.utc_start);
            CHECK(a.utc_end == e.utc_end);
            CHECK(a.kind == e.kind);
            CHECK(a.abstract == e.abstract);
            CHECK(a.resources == e.resources);  // recordings and slides, read back by their type
            // frab has one "track" field: a session's track when it has one, else its section.
            if (e.track) CHECK(a.track == e.track);
            else if (e.section) CHECK(a.section == e.section);
            ++compared;
        }
    }
    CHECK(compared > 20);
}
