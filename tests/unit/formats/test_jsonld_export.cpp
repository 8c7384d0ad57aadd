// schema.org JSON-LD export: an Event for the conference, one subEvent per dated session.
#include <catch2/catch.hpp>
#include <simdjson.h>

#include <string>

#include "schedule_builder.h"
#include "talkboard/formats/jsonld_export.h"
#include "talkboard/formats/stable_uuid.h"

using namespace talkboard;
using talkboard::test::session;

namespace {

std::string text(simdjson::dom::element e) { return std::string(std::string_view(e.get_string().value())); }

}  // namespace

TEST_CASE("schedule_to_jsonld writes an Event with subEvents", "[jsonld_export]") {
    Schedule schedule;
    schedule.post = {{"title", std::string("Demo Conf")}, {"url", std::string("https://example.org/conf")},
                     {"location", std::string("Paris")}};
    Session opening = session("a1", "Opening").on(2024, 3, 19).at("09:00", "09:30").utc_offset(60).speaker("Ada", "Engines Ltd")
                          .speaker("Bob").abstract("Welcome.");
    opening.url = "https://example.org/t/1";
    opening.room = "Hall A";
    opening.language = "de";
    schedule.sessions = {opening, session("a2", "Closing").on(2024, 3, 20).at("17:00", "17:30").utc_offset(60),
                         session("a3", "Floating").on(2024, 3, 20).at("12:00"), session("a4", "All day").on(2024, 3, 21),
                         session("a5", "Undated")};
    const std::string json = schedule_to_jsonld(schedule);
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    REQUIRE_FALSE(parser.parse(json).get(root));

    SECTION("the conference") {
        CHECK(text(root["@context"]) == "https://schema.org");
        CHECK(text(root["@type"]) == "Event");
        CHECK(text(root["name"]) == "Demo Conf");
        CHECK(text(root["url"]) == "https://example.org/conf");
        CHECK(text(root["location"]["name"]) == "Paris");
        CHECK(text(root["startDate"]) == "2024-03-19T09:00:00+01:00");
        CHECK(text(root["endDate"]) == "2024-03-21");  // the last dated session, an all-day one
        CHECK(root["subEvent"].get_array().value().size() == 4);  // the undated one is left out
    }
    SECTION("a session: name, dates with offset, location, performers with affiliation, url, stable @id") {
        simdjson::dom::element e = root["subEvent"].at(0);
        CHECK(text(e["@type"]) == "Event");
        CHECK(text(e["name"]) == "Opening");
        CHECK(text(e["startDate"]) == "2024-03-19T09:00:00+01:00");
        CHECK(text(e["endDate"]) == "2024-03-19T09:30:00+01:00");
        CHECK(text(e["url"]) == "https://example.org/t/1");
        CHECK(text(e["description"]) == "Welcome.");
        CHECK(text(e["location"]["@type"]) == "Place");
        CHECK(text(e["location"]["name"]) == "Hall A");
        CHECK(text(e["inLanguage"]) == "de");
        CHECK(text(e["@id"]) == "urn:uuid:" + stable_uuid("talkboard-session:a1"));
        CHECK(text(e["performer"].at(0)["@type"]) == "Person");
        CHECK(text(e["performer"].at(0)["affiliation"]["@type"]) == "Organization");
        CHECK(text(e["performer"].at(0)["affiliation"]["name"]) == "Engines Ltd");
        CHECK(e["performer"].at(1)["affiliation"].error() == simdjson::NO_SUCH_FIELD);
    }
    SECTION("missing values are omitted, floating and all-day dates have no offset") {
        simdjson::dom::element floating = root["subEvent"].at(2);
        CHECK(text(floating["startDate"]) == "2024-03-20T12:00:00");
        CHECK(floating["endDate"].error() == simdjson::NO_SUCH_FIELD);
        CHECK(floating["url"].error() == simdjson::NO_SUCH_FIELD);
        CHECK(floating["location"].error() == simdjson::NO_SUCH_FIELD);
        CHECK(floating["inLanguage"].error() == simdjson::NO_SUCH_FIELD);
        CHECK(text(root["subEvent"].at(3)["startDate"]) == "2024-03-21");
    }
}

TEST_CASE("schedule_to_jsonld with no sessions", "[jsonld_export][errors]") {
    Schedule empty;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    REQUIRE_FALSE(parser.parse(schedule_to_jsonld(empty)).get(root));
    CHECK(text(root["name"]) == "Schedule");
    CHECK(root["startDate"].error() == simdjson::NO_SUCH_FIELD);
    CHECK(root["subEvent"].get_array().value().size() == 0);
}
