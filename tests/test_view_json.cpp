#include <catch2/catch.hpp>

#include <simdjson.h>

#include <string>

#include "schedule_builder.h"
#include "talkboard/view_json.h"

using namespace talkboard;

TEST_CASE("view JSON is valid JSON with the documented shape", "[view_json]") {
    const ScheduleIndex index(test::conference_schedule());
    simdjson::dom::parser parser;

    SECTION("dimension values carry value and label, in facet order") {
        const std::string json = dimension_values_to_json(index);
        simdjson::dom::element doc;
        REQUIRE(parser.parse(json).get(doc) == simdjson::SUCCESS);
        for (const char* key : {"day", "kind", "section", "speaker", "org"}) {
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
        CHECK(doc["facets"]["day"].get_array().value_unsafe().size() == index.values(Dimension::day).size());
        CHECK(doc["highlights"].get_array().value_unsafe().size() == result.highlights.size());
        CHECK(doc["groups"].get_array().value_unsafe().size() == result.groups.size());
        bool truncated = true;
        REQUIRE(doc["conflicts"]["truncated"].get(truncated) == simdjson::SUCCESS);
        CHECK_FALSE(truncated);
        simdjson::dom::array next;
        CHECK(doc["nowNext"]["next"].get(next) == simdjson::SUCCESS);
    }

    SECTION("text that needs escaping stays valid JSON") {
        Schedule schedule = test::schedule_of({test::session("q", "Say \"hi\"\n\\ now").on(2024, 3, 19).at("09:00")});
        const ScheduleIndex quoted(std::move(schedule));
        simdjson::dom::element doc;
        CHECK(parser.parse(dimension_values_to_json(quoted)).get(doc) == simdjson::SUCCESS);
        CHECK(parser.parse(query_result_to_json(run_query(quoted, Query{}))).get(doc) == simdjson::SUCCESS);
    }
}
