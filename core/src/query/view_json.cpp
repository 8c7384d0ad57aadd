#include "talkboard/query/view_json.h"

#include "internal/decimal.h"
#include "internal/json_writer.h"

namespace talkboard {
namespace {

// The query answers are written straight into one string, numbers in batches: JsonWriter keeps
// comma state and appends each number on its own, which the wasm build (-Oz, little inlining)
// paid for on every keystroke (30 KB of answer at 100,000 sessions).
class Out {
public:
    std::string text;

    void raw(std::string_view t) { text.append(t.data(), t.size()); }
    void key(std::string_view name) {  // ,"name": or "name": as the first member
        if (!text.empty() && text.back() != '{') text.push_back(',');
        text.push_back('"');  // the keys are plain ASCII literals: nothing to escape
        text.append(name.data(), name.size());
        text.append("\":", 2);
    }
    void str(std::string_view t) { append_json_string(text, t); }
    void number(int n) {
        char buf[max_decimal_length];
        text.append(buf, decimal_digits(n, buf));
    }
    // [a,b,...]: digits go through a stack buffer, appended a few hundred bytes at a time.
    void ints(const int* numbers, std::size_t count) {
        char buf[512];
        std::size_t used = 0;
        buf[used++] = '[';
        for (std::size_t i = 0; i < count; ++i) {
            if (used > sizeof buf - (max_decimal_length + 2)) {
                text.append(buf, used);
                used = 0;
            }
            if (i > 0) buf[used++] = ',';
            used += decimal_digits(numbers[i], buf + used);
        }
        buf[used++] = ']';
        text.append(buf, used);
    }
    void ints(const std::vector<int>& numbers) { ints(numbers.data(), numbers.size()); }
    void ranges(const std::vector<TextRange>& list) {  // [[begin,end],...]: half the bytes of objects
        text.push_back('[');
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i > 0) text.push_back(',');
            const int pair[2] = {list[i].begin, list[i].end};
            ints(pair, 2);
        }
        text.push_back(']');
    }
};

void write_highlights(Out& out, const std::vector<SessionHighlight>& highlights) {
    out.raw("[");
    for (std::size_t i = 0; i < highlights.size(); ++i) {
        const SessionHighlight& h = highlights[i];
        out.raw(i > 0 ? ",{" : "{");
        out.key("session");
        out.number(h.session);
        out.key("title");
        out.ranges(h.title);
        out.key("speakers");
        out.raw("[");
        for (std::size_t k = 0; k < h.speakers.size(); ++k) {
            out.raw(k > 0 ? ",{" : "{");
            out.key("name");
            out.ranges(h.speakers[k].name);
            out.key("org");
            out.ranges(h.speakers[k].org);
            out.raw("}");
        }
        out.raw("]");
        out.key("abstract");
        out.ranges(h.abstract);
        out.raw("}");
    }
    out.raw("]");
}

void write_facets_and_groups(Out& out, const QueryResult& result) {
    const FacetCounts& f = result.facets;
    out.key("facets");
    out.raw("{");
    const std::vector<int>* counts[dimension_count] = {&f.days, &f.kinds, &f.sections, &f.speakers, &f.orgs, &f.rooms, &f.tracks};
    for (int d = 0; d < dimension_count; ++d) {
        out.key(dimension_name(static_cast<Dimension>(d)));
        out.ints(*counts[d]);
    }
    out.raw("}");

    out.key("groups");
    out.raw("[");
    for (std::size_t g = 0; g < result.groups.size(); ++g) {
        const DayGroup& day = result.groups[g];
        out.raw(g > 0 ? ",{" : "{");
        out.key("date");
        out.str(day.date);
        out.key("label");
        out.str(day.label);
        out.key("slots");
        out.raw("[");
        for (std::size_t i = 0; i < day.slots.size(); ++i) {
            const TimeSlot& slot = day.slots[i];
            out.raw(i > 0 ? ",{" : "{");
            out.key("start");
            out.number(slot.start_minute);
            out.key("label");
            out.str(slot.label);
            out.key("first");
            out.number(slot.first);
            out.key("count");
            out.number(slot.count);
            out.raw("}");
        }
        out.raw("]}");
    }
    out.raw("]");
}

}  // namespace

std::string highlights_to_json(const std::vector<SessionHighlight>& highlights) {
    Out out;
    write_highlights(out, highlights);
    return std::move(out.text);
}

std::string dimension_values_to_json(const ScheduleIndex& index) {
    JsonWriter out;
    out.begin_object();
    for (int d = 0; d < dimension_count; ++d) {
        const auto dimension = static_cast<Dimension>(d);
        out.key(dimension_name(dimension)).begin_array();
        for (const DimensionValue& v : index.values(dimension)) {
            out.begin_object().key("value").value(v.value).key("label").value(v.label).end_object();
        }
        out.end_array();
    }
    out.end_object();
    return out.take();
}

std::string query_result_to_json(const QueryResult& result, bool with_lists) {
    Out out;
    out.text.reserve(1024 + (with_lists ? result.sessions.size() * 7 : 0));
    out.raw("{");
    out.key("total");
    out.number(result.total);
    if (with_lists) {
        out.key("sessions");
        out.ints(result.sessions);
    } else {
        out.key("count");
        out.number(static_cast<int>(result.sessions.size()));
    }
    out.key("terms");
    out.raw("[");
    for (std::size_t i = 0; i < result.terms.size(); ++i) {
        if (i > 0) out.raw(",");
        out.str(result.terms[i]);
    }
    out.raw("]");
    out.key("highlights");
    write_highlights(out, result.highlights);

    if (with_lists) write_facets_and_groups(out, result);

    out.key("conflicts");
    out.raw("{");
    out.key("pairs");
    out.raw("[");
    for (std::size_t i = 0; i < result.conflicts.pairs.size(); ++i) {
        if (i > 0) out.raw(",");
        const int pair[2] = {result.conflicts.pairs[i].first, result.conflicts.pairs[i].second};
        out.ints(pair, 2);
    }
    out.raw("]");
    out.key("truncated");
    out.raw(result.conflicts.truncated ? "true" : "false");
    out.raw("}");

    out.key("nowNext");
    out.raw("{");
    out.key("now");
    out.ints(result.now_next.now);
    out.key("next");
    out.ints(result.now_next.next);
    out.raw("}}");
    return std::move(out.text);
}

}  // namespace talkboard
