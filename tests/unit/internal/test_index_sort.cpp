// index_sort.h: the one stable index sort of the core (a merge sort of its own, not std::stable_sort).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "internal/index_sort.h"

using namespace talkboard;

namespace {

// Keys with many ties, from a fixed linear congruential sequence (no clock, same keys every run).
std::vector<int> keys_with_ties(std::size_t count, int distinct) {
    std::vector<int> keys(count);
    std::uint32_t state = 12345;
    for (auto& key : keys) {
        state = state * 1664525u + 1013904223u;
        key = static_cast<int>((state >> 8) % static_cast<std::uint32_t>(distinct));
    }
    return keys;
}

}  // namespace

TEST_CASE("sorted_indices orders by key and keeps ties in index order, as std::stable_sort does", "[index_sort]") {
    // Sizes around the insertion runs (16) and the merge passes, with few and many distinct keys.
    for (const std::size_t count : {0, 1, 2, 15, 16, 17, 31, 32, 33, 100, 257, 1000, 4099}) {
        for (const int distinct : {1, 3, 50, 100000}) {
            const std::vector<int> keys = keys_with_ties(count, distinct);
            auto by_key = [&](int a, int b) { return keys[static_cast<std::size_t>(a)] < keys[static_cast<std::size_t>(b)]; };
            std::vector<int> expected(count);
            for (std::size_t i = 0; i < count; ++i) expected[i] = static_cast<int>(i);
            std::stable_sort(expected.begin(), expected.end(), by_key);
            INFO("count " << count << ", distinct keys " << distinct);
            CHECK(sorted_indices(count, by_key) == expected);
        }
    }
}

TEST_CASE("stable_sort_indices sorts a given permutation, not only 0..n-1", "[index_sort]") {
    std::vector<int> indices = {5, 3, 9, 1, 7, 0, 8, 2, 6, 4};
    const std::vector<int> rank = {2, 0, 2, 1, 0, 1, 2, 0, 1, 0};  // ties at every rank
    stable_sort_indices(indices, [&](int a, int b) { return rank[static_cast<std::size_t>(a)] < rank[static_cast<std::size_t>(b)]; });
    CHECK(indices == std::vector<int>{9, 1, 7, 4, 5, 3, 8, 0, 2, 6});
}

TEST_CASE("stable_sort_items moves items into the sorted order", "[index_sort]") {
    std::vector<std::pair<int, char>> items = {{2, 'a'}, {1, 'b'}, {2, 'c'}, {0, 'd'}, {1, 'e'}};
    stable_sort_items(items, [](const auto& x, const auto& y) { return x.first < y.first; });
    CHECK(items == std::vector<std::pair<int, char>>{{0, 'd'}, {1, 'b'}, {1, 'e'}, {2, 'a'}, {2, 'c'}});
}
