// overlap_sweep.h: the one sweep behind conflicts among favourites and a speaker in two talks.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "internal/overlap_sweep.h"

using namespace talkboard;

namespace {

using Pairs = std::vector<std::pair<int, int>>;

Pairs all_pairs(std::vector<SpanItem> items) {
    Pairs pairs;
    auto report = [&](int earlier, int later) {
        pairs.emplace_back(earlier, later);
        return OverlapStep::more;
    };
    sweep_overlaps(std::move(items), report);
    return pairs;
}

}  // namespace

TEST_CASE("sweep_overlaps reports each overlapping pair once, earlier item first", "[overlap_sweep]") {
    SECTION("touching spans do not overlap; a long span overlaps everything it covers") {
        // 0: [0, 100)  1: [50, 60)  2: [100, 110)  3: [90, 95)
        CHECK(all_pairs({{{0, 100}, 0}, {{50, 60}, 1}, {{100, 110}, 2}, {{90, 95}, 3}}) == Pairs{{0, 1}, {0, 3}});
    }
    SECTION("the input order does not matter: items are swept by start, ties by item number") {
        CHECK(all_pairs({{{90, 95}, 3}, {{50, 60}, 1}, {{0, 100}, 0}}) == Pairs{{0, 1}, {0, 3}});
        CHECK(all_pairs({{{10, 20}, 7}, {{10, 20}, 2}}) == Pairs{{2, 7}});
    }
    SECTION("instants occupy their moment") {
        // 0: [10, 20)  1: the instant 10  2: the instant 20  3: the instant 10 again
        CHECK(all_pairs({{{10, 20}, 0}, {{10, 10}, 1}, {{20, 20}, 2}, {{10, 10}, 3}}) == Pairs{{0, 1}, {1, 3}, {0, 3}});
    }
    SECTION("no items, one item") {
        CHECK(all_pairs({}).empty());
        CHECK(all_pairs({{{0, 10}, 0}}).empty());
    }
}

TEST_CASE("sweep_overlaps: the report decides how far the sweep goes", "[overlap_sweep]") {
    std::vector<SpanItem> parallel;  // 100 items over the same hour: 4,950 pairs
    for (int i = 0; i < 100; ++i) parallel.push_back({{0, 3600}, i});

    SECTION("next_item: one report per item that starts while another runs") {
        Pairs pairs;
        auto report = [&](int earlier, int later) {
            pairs.emplace_back(earlier, later);
            return OverlapStep::next_item;
        };
        sweep_overlaps(parallel, report);
        REQUIRE(pairs.size() == 99);
        for (int i = 0; i < 99; ++i) CHECK(pairs[static_cast<std::size_t>(i)].second == i + 1);
    }
    SECTION("stop: nothing more after it") {
        int reports = 0;
        auto report = [&](int, int) { return ++reports == 10 ? OverlapStep::stop : OverlapStep::more; };
        sweep_overlaps(parallel, report);
        CHECK(reports == 10);
    }
    SECTION("more: every pair") { CHECK(all_pairs(parallel).size() == 4950); }
}
