#include "internal/index_sort.h"

#include <algorithm>

namespace talkboard {
namespace {

struct IndexComparator {
    IndexLess less;
    const void* context;
    bool operator()(int a, int b) const { return less(context, a, b); }
};

}  // namespace

void stable_sort_indices(int* first, int* last, IndexLess less, const void* context) {
    std::stable_sort(first, last, IndexComparator{less, context});
}

}  // namespace talkboard
