#include "internal/overlap_sweep.h"

#include <algorithm>

#include "internal/index_sort.h"

namespace talkboard {
namespace {

// Orders the heap of running items so that the one ending soonest is at the front.
struct EndsLater {
    bool operator()(const SpanItem& a, const SpanItem& b) const {
        const std::int64_t end_a = occupied_end(a.span), end_b = occupied_end(b.span);
        return end_a != end_b ? end_a > end_b : a.item > b.item;
    }
};

}  // namespace

void sweep_overlaps(std::vector<SpanItem> items, OverlapReport report, void* context) {
    stable_sort_items(items, [](const SpanItem& a, const SpanItem& b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.item < b.item;
    });
    std::vector<SpanItem> running;  // a heap: std::push_heap / std::pop_heap with EndsLater
    for (const SpanItem& later : items) {
        while (!running.empty() && occupied_end(running.front().span) <= later.span.start) {
            std::pop_heap(running.begin(), running.end(), EndsLater{});
            running.pop_back();
        }
        // The front ends soonest; past it, heap order is not end order (the header says so).
        for (const SpanItem& earlier : running) {
            const OverlapStep step = report(context, earlier.item, later.item);
            if (step == OverlapStep::stop) return;
            if (step == OverlapStep::next_item) break;
        }
        running.push_back(later);
        std::push_heap(running.begin(), running.end(), EndsLater{});
    }
}

}  // namespace talkboard
