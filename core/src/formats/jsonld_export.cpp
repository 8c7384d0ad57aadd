#include "talkboard/formats/jsonld_export.h"

#include <vector>

#include "talkboard/time/civil_time.h"
#include "internal/json_writer.h"
#include "talkboard/time/session_span.h"
#include "talkboard/time/session_timestamps.h"
#include "talkboard/formats/stable_uuid.h"
#include "internal/text.h"

namespace talkboard {

namespace {

std::optional<std::string> start_of(const Session& s) {
    if (auto timestamp = session_start_timestamp(s)) return timestamp;
    if (s.date) return format_date(*s.date);
    return std::nullopt;
}

void write_sub_event(JsonWriter& json, const Session& s) {
    json.begin_object();
    json.key("@type").value("Event");
    json.key("@id").value("urn:uuid:" + stable_uuid("talkboard-session:" + s.id));
    json.key("identifier").value(s.id);
    json.key("name").value(s.title);
    json.key("startDate").value(*start_of(s));
    if (auto end = session_end_timestamp(s)) json.key("endDate").value(*end);
    if (!s.abstract.empty()) json.key("description").value(s.abstract);
    if (s.url) json.key("url").value(*s.url);
    if (s.room) json.key("location").begin_object().key("@type").value("Place").key("name").value(*s.room).end_object();
    if (const auto& topic = s.track ? s.track : s.section) json.key("about").value(*topic);
    if (s.language) json.key("inLanguage").value(*s.language);
    if (!s.speakers.empty()) {
        json.key("performer").begin_array();
        for (const Speaker& speaker : s.speakers) {
            json.begin_object();
            json.key("@type").value("Person");
            json.key("name").value(speaker.name);
            if (speaker.role) json.key("jobTitle").value(*speaker.role);
            if (speaker.org) {
                json.key("affiliation").begin_object().key("@type").value("Organization").key("name").value(*speaker.org).end_object();
            }
            json.end_object();
        }
        json.end_array();
    }
    json.end_object();
}

}  // namespace

std::string schedule_to_jsonld(const Schedule& schedule) {
    std::vector<const Session*> dated;
    for (const Session& s : schedule.sessions) {
        if (s.date) dated.push_back(&s);
    }
    // The conference spans its sessions: the earliest start and the latest end (by UTC when both
    // are known, else by local date and time).
    const auto sort_key = [](const Session& s, bool end) {
        const auto span = s.utc_start ? utc_span(s) : local_span(s);  // session_span.h
        if (!span) return to_unix_seconds(*s.date, 0, 0);              // a date without a time
        return end ? span->end : span->start;
    };
    const Session* first = nullptr;
    const Session* last = nullptr;
    for (const Session* s : dated) {
        if (!first || sort_key(*s, false) < sort_key(*first, false)) first = s;
        if (!last || sort_key(*s, true) > sort_key(*last, true)) last = s;
    }

    JsonWriter json;
    json.begin_object();
    json.key("@context").value("https://schema.org");
    json.key("@type").value("Event");
    json.key("name").value(frontmatter_scalar(schedule.post, "title").value_or("Schedule"));
    if (first) json.key("startDate").value(*start_of(*first));
    if (last) {
        auto end = session_end_timestamp(*last);
        json.key("endDate").value(end ? *end : *start_of(*last));
    }
    if (auto url = frontmatter_scalar(schedule.post, "url"); url && text::starts_with(*url, "http")) json.key("url").value(*url);
    if (auto place = frontmatter_scalar(schedule.post, "location"); place && !place->empty()) {
        json.key("location").begin_object().key("@type").value("Place").key("name").value(*place).end_object();
    }
    json.key("subEvent").begin_array();
    for (const Session* s : dated) write_sub_event(json, *s);
    json.end_array();
    json.end_object();
    return json.take();
}

}  // namespace talkboard
