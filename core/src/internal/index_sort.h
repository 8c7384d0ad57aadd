// Stable sorting of index lists (permutations) through one shared comparator type.
//
// Why: every std::sort / std::stable_sort call with its own lambda is a separate template
// instantiation, ~1.5-3 KB of wasm each (__inplace_merge, __stable_sort_move, __insertion_sort...).
// The core's "order these indices by ..." sorts all go through stable_sort_indices instead: one
// instantiation, with the caller's comparator behind a function pointer. Being stable, it gives the
// same order as std::sort wherever the comparator is a strict total order, and the same order as
// std::stable_sort always.
#pragma once

#include <cstddef>
#include <vector>

namespace talkboard {

// less(context, a, b): whether index a goes before index b.
using IndexLess = bool (*)(const void* context, int a, int b);

// Sorts [first, last) stably by `less`.
void stable_sort_indices(int* first, int* last, IndexLess less, const void* context);

// Sorts `indices` stably by `less(a, b)` (any callable; it is called through a pointer).
template <class Less>
void stable_sort_indices(std::vector<int>& indices, const Less& less) {
    stable_sort_indices(
        indices.data(), indices.data() + indices.size(),
        [](const void* context, int a, int b) { return (*static_cast<const Less*>(context))(a, b); }, &less);
}

// 0, 1, ..., count - 1 sorted stably by `less(a, b)`.
template <class Less>
std::vector<int> sorted_indices(std::size_t count, const Less& less) {
    std::vector<int> indices(count);
    for (std::size_t i = 0; i < count; ++i) indices[i] = static_cast<int>(i);
    stable_sort_indices(indices, less);
    return indices;
}

// Sorts `items` stably by less(item, item) through the one index sort, then moves them into that
// order: std::sort's result wherever `less` is a strict total order, without its instantiations.
template <class T, class Less>
void stable_sort_items(std::vector<T>& items, const Less& less) {
    const std::vector<int> order = sorted_indices(items.size(), [&](int a, int b) {
        return less(items[static_cast<std::size_t>(a)], items[static_cast<std::size_t>(b)]);
    });
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (const int i : order) sorted.push_back(std::move(items[static_cast<std::size_t>(i)]));
    items.swap(sorted);
}

}  // namespace talkboard
