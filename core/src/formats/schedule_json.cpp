#include "talkboard/formats/schedule_json.h"

#include "talkboard/session_finish.h"
#include "talkboard/time/civil_time.h"
#include "internal/json_writer.h"

namespace talkboard {

namespace {

std::optional<std::string> optional_hhmm(const std::optional<int>& minute) {
    if (!minute) return std::nullopt;
    return format_hhmm(*minute);
}

std::optional<std::string> optional_utc(const std::optional<std::int64_t>& seconds) {
    if (!seconds) return std::nullopt;
    return format_utc_iso(*seconds);
}

void write_session(JsonWriter& json, const Session& s) {
    json.begin_object();
    json.key("id").value(s.id);
    json.key("title").value(s.title);
    json.key("kind").value(s.kind);
    json.key("speakers").begin_array();
    for (const auto& speaker : s.speakers) {
        json.begin_object();
        json.key("name").value(speaker.name);
        json.key("org").value(speaker.org);
        if (speaker.role) json.key("role").value(*speaker.role);
        json.end_object();
    }
    json.end_array();
    json.key("url").value(s.url);
    json.key("date").value(s.date ? std::optional<std::string>(format_date(*s.date)) : std::nullopt);
    json.key("start").value(optional_hhmm(s.start_minute));
    json.key("end").value(optional_hhmm(s.end_minute));
    json.key("tz").value(s.tz);
    json.key("utcStart").value(optional_utc(s.utc_start));
    json.key("utcEnd").value(optional_utc(s.utc_end));
    json.key("section").value(s.section);
    json.key("abstract").value(s.abstract);
    json.key("line").value(s.line);
    // Only when present: absent keys keep the output of sessions without them exactly as before.
    if (s.room) json.key("room").value(*s.room);
    if (s.track) json.key("track").value(*s.track);
    if (s.language) json.key("language").value(*s.language);
    if (!s.resources.empty()) {
        json.key("resources").begin_array();
        for (const Resource& r : s.resources) {
            json.begin_object().key("kind").value(resource_kind_name(r.kind)).key("url").value(r.url).end_object();
        }
        json.end_array();
    }
    json.end_object();
}

void write_post(JsonWriter& json, const Frontmatter& post) {
    json.begin_object();
    for (const auto& [key, value] : post) {
        json.key(key);
        if (const auto* scalar = std::get_if<std::string>(&value)) {
            json.value(*scalar);
        } else {
            json.begin_array();
            for (const auto& item : std::get<std::vector<std::string>>(value)) json.value(item);
            json.end_array();
        }
    }
    json.end_object();
}

}  // namespace

std::string session_to_json(const Session& session) {
    JsonWriter json;
    write_session(json, session);
    return json.take();
}

std::string schedule_to_json(const Schedule& schedule) {
    JsonWriter json;
    json.begin_object();
    json.key("post");
    write_post(json, schedule.post);
    json.key("sessions").begin_array();
    for (const auto& session : schedule.sessions) write_session(json, session);
    json.end_array();
    json.key("diagnostics").begin_array();
    for (const auto& d : schedule.diagnostics) {
        json.begin_object();
        json.key("line").value(d.line);
        json.key("severity").value(d.severity == Severity::error ? "error" : "warning");
        json.key("message").value(d.message);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    return json.take();
}

}  // namespace talkboard
