// One sweep for every "which of these overlap" question: conflicts among a reader's favourites
// (query/view.cpp) and a speaker in two talks at once (extract/session_extractor.cpp). Overlap is
// decided by the rule of time/session_span.h: spans are half-open, and an instant occupies its
// own moment.
#pragma once

#include <vector>

#include "talkboard/time/session_span.h"

namespace talkboard {

// A span and the caller's number for what it belongs to (a session index, a position in a list).
struct SpanItem {
    TimeSpan span;
    int item = 0;
};

// What the sweep does after a reported pair.
enum class OverlapStep {
    more,       // report the next pair
    next_item,  // skip the rest of the pairs of this later item
    stop,       // end the sweep
};

// report(context, earlier, later): `earlier` started no later than `later` (ties: the smaller item
// number first) and they overlap.
using OverlapReport = OverlapStep (*)(void* context, int earlier, int later);

// Visits the items in start order (ties: by item number) and reports each one against every
// earlier item that still occupies time when it starts: first the one that ends soonest, the
// others in an order that is fixed for the same input. The items still running are kept in a
// heap by their end: O(n log n) plus the pairs reported, so a caller that
// wants one report per item (OverlapStep::next_item) pays O(n log n) even when all n overlap.
void sweep_overlaps(std::vector<SpanItem> items, OverlapReport report, void* context);

// The same with any callable `report(earlier, later) -> OverlapStep`, called through a pointer
// (one instantiation of the sweep for the whole core).
template <class Report>
void sweep_overlaps(std::vector<SpanItem> items, Report& report) {
    sweep_overlaps(
        std::move(items), [](void* context, int earlier, int later) { return (*static_cast<Report*>(context))(earlier, later); },
        &report);
}

}  // namespace talkboard
