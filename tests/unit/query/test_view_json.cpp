#include <catch2/catch.hpp>

#include <simdjson.h>

#include <string>

#include "schedule_builder.h"
#include "talkboard/query/view_json.h"

using namespace talkboard;

TEST_CASE("view JSON is valid JSON with the documented shape", "[view_json]") {
    const ScheduleIndex index(test::conference_schedule());
    simdjson::dom::parser parser;

    SECTION("dimension values carry value and label, in facet order") {
        const std::string json = dimension_values_to_json(index);
        simdjson::dom::element doc;
        REQUIRE(parser.parse(json).get(doc) == simdjson::SUCCESS);
        for (const char* key : {"day", "kind", "section", "speaker", "org", "room", "track"}) {
            simdjson::dom::array values;
            REQUIRE(doc[key].get(values) == simdjson::SUCCESS);
        }
        simdjson::dom::array days = doc["day"].get_array().value_unsafe();
        REQUIRE(days.size() == index.values(Dimension::day).size());
        CHECK(std::string(days.at(0)["value"].get_string().value_unsafe()) == "2024-03-19");
        CHECK(std::string(days.at(0)["label"].get_string().value_unsafe()) == "Tuesday, March 19");
    }

    SECTION("a query result keeps sessions, facets parallel to values, groups and highlights") {
        Query query;
        query.text = "keynote";
        query.utf16_offsets = true;
        const QueryResult result = run_query(index, query);
        const std::string json = query_result_to_json(result);
        simdjson::dom::element doc;
        REQUIRE(parser.parse(json).get(doc) == simdjson::SUCCESS);
        CHECK(int64_t(doc["total"].get_int64().value_unsafe()) == index.size());
        CHECK(doc["sessions"].get_array().value_unsafe().size() == result.sessions.size());
        for (int d = 0; d < dimension_count; ++d) {
            const auto dimension = static_cast<Dimension>(d);
            simdjson::dom::array counts;
            REQUIRE(doc["facets"][dimension_name(dimension)].get(counts) == simdjson::SUCCESS);
            CHECK(counts.size() == index.values(dimension).size());
        }
        CHECK(doc["highlights"].get_array().value_unsafe().size() == result.highlights.size());
        CHECK(doc["groups"].get_array().value_unsafe().size() == result.groups.size());
        bool truncated = true;
        REQUIRE(doc["conflicts"]["truncated"].get(truncated) == simdjson::SUCCESS);
        CHECK_FALSE(truncated);
        simdjson::dom::array next;
        CHECK(doc["nowNext"]["next"].get(next) == simdjson::SUCCESS);
    }

    SECTION("without the lists: the session count instead; highlights alone") {
        Query query;
        query.text = "e";
        const QueryResult result = run_query(index, query);
        REQUIRE(!result.sessions.empty());
        simdjson::dom::element doc;
        REQUIRE(parser.parse(query_result_to_json(result, false)).get(doc) == simdjson::SUCCESS);
        CHECK(doc["sessions"].error() == simdjson::NO_SUCH_FIELD);
        CHECK(doc["facets"].error() == simdjson::NO_SUCH_FIELD);
        CHECK(doc["groups"].error() == simdjson::NO_SUCH_FIELD);
        CHECK(int64_t(doc["count"].get_int64().value_unsafe()) == static_cast<int64_t>(result.sessions.size()));
        CHECK(int64_t(doc["total"].get_int64().value_unsafe()) == index.size());
        simdjson::dom::array next;
        CHECK(doc["nowNext"]["next"].get(next) == simdjson::SUCCESS);
        simdjson::dom::object slot;
        REQUIRE(parser.parse(query_result_to_json(result)).get(doc) == simdjson::SUCCESS);
        REQUIRE(doc["groups"].at(0)["slots"].at(0).get(slot) == simdjson::SUCCESS);
        CHECK(int64_t(slot["first"].get_int64().value_unsafe()) == result.groups[0].slots[0].first);
        CHECK(int64_t(slot["count"].get_int64().value_unsafe()) == result.groups[0].slots[0].count);
        simdjson::dom::element highlights;
        REQUIRE(parser.parse(highlights_to_json(result.highlights)).get(highlights) == simdjson::SUCCESS);
        REQUIRE(highlights.get_array().value_unsafe().size() == result.highlights.size());
        CHECK(int64_t(highlights.at(0)["session"].get_int64().value_unsafe()) == result.highlights[0].session);
        CHECK(highlights_to_json({}) == "[]");
    }

    SECTION("text that needs escaping stays valid JSON") {
        Schedule schedule = test::schedule_of({test::session("q", "Say \"hi\"\n\\ now").on(2024, 3, 19).at("09:00")});
        const ScheduleIndex quoted(std::move(schedule));
        simdjson::dom::element doc;
        CHECK(parser.parse(dimension_values_to_json(quoted)).get(doc) == simdjson::SUCCESS);
        CHECK(parser.parse(query_result_to_json(run_query(quoted, Query{}))).get(doc) == simdjson::SUCCESS);
    }
}

TEST_CASE("view JSON lists rooms and tracks and their facet counts", "[view_json]") {
    const ScheduleIndex index(test::schedule_of({
        test::session("a", "A").room("Saal 1").track("Web"),
        test::session("b", "B").room("Foyer"),
        test::session("c", "C").room("saal 1"),
    }));
    simdjson::dom::parser parser;
    simdjson::dom::element values;
    const std::string values_json = dimension_values_to_json(index);
    REQUIRE(parser.parse(values_json).get(values) == simdjson::SUCCESS);
    simdjson::dom::array rooms, tracks;
    REQUIRE(values["room"].get(rooms) == simdjson::SUCCESS);
    REQUIRE(values["track"].get(tracks) == simdjson::SUCCESS);
    REQUIRE(rooms.size() == 2);
    CHECK(std::string(rooms.at(0)["value"].get_string().value_unsafe()) == "Saal 1");
    CHECK(std::string(rooms.at(1)["label"].get_string().value_unsafe()) == "Foyer");
    REQUIRE(tracks.size() == 1);

    Query query;
    query.tracks = {"web"};
    const std::string result_json = query_result_to_json(run_query(index, query));
    simdjson::dom::parser result_parser;
    simdjson::dom::element result;
    REQUIRE(result_parser.parse(result_json).get(result) == simdjson::SUCCESS);
    simdjson::dom::array room_counts, track_counts;
    REQUIRE(result["facets"]["room"].get(room_counts) == simdjson::SUCCESS);
    REQUIRE(result["facets"]["track"].get(track_counts) == simdjson::SUCCESS);
    REQUIRE(room_counts.size() == 2);
    CHECK(int64_t(room_counts.at(0).get_int64().value_unsafe()) == 1);  // only "A" is on the Web track
    CHECK(int64_t(room_counts.at(1).get_int64().value_unsafe()) == 0);
    REQUIRE(track_counts.size() == 1);
    CHECK(int64_t(track_counts.at(0).get_int64().value_unsafe()) == 1);  // its own selection does not narrow it
}
