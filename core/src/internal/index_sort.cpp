#include "internal/index_sort.h"

#include <algorithm>
#include <vector>

namespace talkboard {

// A bottom-up merge sort rather than std::stable_sort: the same order (a stable sort's result is
// unique), in about a quarter of the wasm (std::stable_sort's adaptive merging, __inplace_merge and
// __stable_sort_move, were 2.7 KB). Runs of `run` indices are sorted by insertion, then merged
// pairwise, back and forth between the indices and a buffer: O(n log n), n extra ints.
void stable_sort_indices(int* first, int* last, IndexLess less, const void* context) {
    const std::size_t count = static_cast<std::size_t>(last - first);
    constexpr std::size_t run = 16;
    for (std::size_t begin = 0; begin < count; begin += run) {
        const std::size_t end = std::min(count, begin + run);
        for (std::size_t i = begin + 1; i < end; ++i) {
            const int item = first[i];
            std::size_t j = i;
            for (; j > begin && less(context, item, first[j - 1]); --j) first[j] = first[j - 1];  // strictly less: stable
            first[j] = item;
        }
    }
    if (count <= run) return;
    std::vector<int> buffer(count);
    int* from = first;
    int* to = buffer.data();
    for (std::size_t width = run; width < count; width *= 2) {
        for (std::size_t begin = 0; begin < count; begin += 2 * width) {
            const std::size_t middle = std::min(count, begin + width);
            const std::size_t end = std::min(count, begin + 2 * width);
            std::size_t a = begin, b = middle, out = begin;
            // The right run's item goes first only when strictly less: ties keep their order.
            while (a < middle && b < end) to[out++] = less(context, from[b], from[a]) ? from[b++] : from[a++];
            while (a < middle) to[out++] = from[a++];
            while (b < end) to[out++] = from[b++];
        }
        std::swap(from, to);
    }
    if (from != first) std::copy(from, from + count, first);
}

}  // namespace talkboard
