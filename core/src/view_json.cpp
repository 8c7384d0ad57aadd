#include "talkboard/view_json.h"

#include "talkboard/json_writer.h"

namespace talkboard {
namespace {

void write_ints(JsonWriter& out, const std::vector<int>& numbers) {
    out.begin_array();
    for (int n : numbers) out.value(n);
    out.end_array();
}

// Ranges as [begin, end] pairs: half the bytes of {"begin":..,"end":..} objects.
void write_ranges(JsonWriter& out, const std::vector<TextRange>& ranges) {
    out.begin_array();
    for (const TextRange& r : ranges) out.begin_array().value(r.begin).value(r.end).end_array();
    out.end_array();
}

void write_highlights(JsonWriter& out, const std::vector<SessionHighlight>& highlights) {
    out.begin_array();
    for (const SessionHighlight& h : highlights) {
        out.begin_object().key("session").value(h.session).key("title");
        write_ranges(out, h.title);
        out.key("speakers").begin_array();
        for (const SpeakerHighlight& s : h.speakers) {
            out.begin_object().key("name");
            write_ranges(out, s.name);
            out.key("org");
            write_ranges(out, s.org);
            out.end_object();
        }
        out.end_array().key("abstract");
        write_ranges(out, h.abstract);
        out.end_object();
    }
    out.end_array();
}

}  // namespace

std::string highlights_to_json(const std::vector<SessionHighlight>& highlights) {
    JsonWriter out;
    write_highlights(out, highlights);
    return out.take();
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

std::string query_result_to_json(const QueryResult& result, bool with_sessions) {
    JsonWriter out;
    out.begin_object();
    out.key("total").value(result.total);
    if (with_sessions) {
        out.key("sessions");
        write_ints(out, result.sessions);
    } else {
        out.key("count").value(static_cast<int>(result.sessions.size()));
    }
    out.key("terms").begin_array();
    for (const std::string& term : result.terms) out.value(term);
    out.end_array();

    out.key("highlights");
    write_highlights(out, result.highlights);

    const FacetCounts& f = result.facets;
    out.key("facets").begin_object();
    out.key("day");
    write_ints(out, f.days);
    out.key("kind");
    write_ints(out, f.kinds);
    out.key("section");
    write_ints(out, f.sections);
    out.key("speaker");
    write_ints(out, f.speakers);
    out.key("org");
    write_ints(out, f.orgs);
    out.key("room");
    write_ints(out, f.rooms);
    out.key("track");
    write_ints(out, f.tracks);
    out.end_object();

    out.key("groups").begin_array();
    for (const DayGroup& day : result.groups) {
        out.begin_object().key("date").value(day.date).key("label").value(day.label).key("slots").begin_array();
        for (const TimeSlot& slot : day.slots) {
            out.begin_object().key("start").value(slot.start_minute).key("label").value(slot.label);
            out.key("first").value(slot.first).key("count").value(slot.count).end_object();
        }
        out.end_array().end_object();
    }
    out.end_array();

    out.key("conflicts").begin_object().key("pairs").begin_array();
    for (const Conflict& c : result.conflicts.pairs) out.begin_array().value(c.first).value(c.second).end_array();
    out.end_array().key("truncated").value(result.conflicts.truncated).end_object();

    out.key("nowNext").begin_object().key("now");
    write_ints(out, result.now_next.now);
    out.key("next");
    write_ints(out, result.now_next.next);
    out.end_object();

    out.end_object();
    return out.take();
}

}  // namespace talkboard
