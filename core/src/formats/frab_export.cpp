#include "talkboard/formats/frab_export.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "talkboard/time/civil_time.h"
#include "internal/json_writer.h"
#include "talkboard/time/session_timestamps.h"
#include "talkboard/formats/stable_uuid.h"
#include "talkboard/session_finish.h"
#include "internal/text.h"

namespace talkboard {

namespace {

constexpr const char* default_room = "Main";

// Lowercase ASCII letters and digits, other runs as `separator`, no separator at either end.
std::string slug_words(std::string_view text, char separator, std::size_t max_length) {
    std::string out;
    bool pending = false;
    for (char c : text) {
        const char lower = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
            if (pending && !out.empty()) out += separator;
            if (out.size() >= max_length) break;
            out += lower;
            pending = false;
        } else {
            pending = true;
        }
    }
    while (!out.empty() && out.back() == separator) out.pop_back();
    return out;
}

// The schema: ^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$ — no '-' after the first character.
std::string acronym_for(const std::string& title) {
    std::string acronym = slug_words(title, '_', 40);
    if (acronym.size() < 4) acronym = "talkboard" + std::string(acronym.empty() ? "" : "_") + acronym;
    return acronym;
}

// "HH:MM": a session lasts less than a day (session_span.h), so hours never exceed 23.
std::string duration_text(const Session& s) { return format_hhmm(session_duration_minutes(s).value_or(0)); }

std::optional<std::string> shared_zone_name(const std::vector<const Session*>& sessions) {
    std::set<std::string> zones;
    for (const Session* s : sessions) zones.insert(s->tz.value_or(""));
    if (zones.size() != 1) return std::nullopt;
    const std::string& zone = *zones.begin();
    if (zone == "UTC" || zone.find('/') != std::string::npos) return zone;
    return std::nullopt;
}

void write_event(JsonWriter& json, const Session& s, int number, const std::string& acronym) {
    const std::string guid = stable_uuid("talkboard-session:" + s.id);
    json.begin_object();
    json.key("guid").value(guid);
    json.key("id").value(number);
    json.key("date").value(*session_start_timestamp(s));
    json.key("start").value(format_hhmm(*s.start_minute));
    json.key("duration").value(duration_text(s));
    if (auto end = session_end_timestamp(s)) json.key("end").value(*end);
    json.key("room").value(s.room.value_or(default_room));
    std::string slug = acronym + "-" + std::to_string(number);
    if (const std::string words = slug_words(s.title, '-', 50); !words.empty()) slug += "-" + words;
    json.key("slug").value(slug);
    // The schema's url is an absolute URI: a link the post wrote relative to its own page
    // ("/2027/schedule/event/x/") has no base here, so the event's urn stands in for it.
    json.key("url").value(s.url && is_http_url(*s.url) ? *s.url : "urn:uuid:" + guid);
    json.key("title").value(s.title);
    json.key("subtitle").value("");
    json.key("track").value(s.track ? s.track : s.section);
    json.key("type").value(s.kind.value_or("talk"));
    json.key("language").value(s.language);
    json.key("abstract").value(s.abstract);
    json.key("description").value("");
    json.key("persons").begin_array();
    for (const Speaker& speaker : s.speakers) {
        json.begin_object();
        json.key("name").value(speaker.name);
        json.key("guid").value(stable_uuid("talkboard-person:" + speaker.name));
        if (speaker.org) json.key("organization").value(*speaker.org);
        if (speaker.role) json.key("role").value(*speaker.role);
        json.end_object();
    }
    json.end_array();
    // Recordings and slides as c3voc References: the type is what the importer reads back.
    json.key("links").begin_array();
    for (const Resource& r : s.resources) {
        const bool slides = r.kind == ResourceKind::slides;
        json.begin_object().key("type").value(slides ? "slides" : "media").key("url").value(r.url);
        json.key("title").value(slides ? "Slides" : "Recording").end_object();
    }
    json.end_array();
    json.end_object();
}

}  // namespace

std::string schedule_to_frab_json(const Schedule& schedule) {
    // Days in date order; within a day, rooms in order of first appearance, events in post order.
    std::map<CivilDate, std::vector<const Session*>, bool (*)(const CivilDate&, const CivilDate&)> days(
        [](const CivilDate& a, const CivilDate& b) { return a < b; });
    std::vector<const Session*> exported;
    std::vector<std::string> rooms;
    for (const Session& s : schedule.sessions) {
        if (!s.date || !s.start_minute) continue;
        days[*s.date].push_back(&s);
        exported.push_back(&s);
        const std::string room = s.room.value_or(default_room);
        if (std::find(rooms.begin(), rooms.end(), room) == rooms.end()) rooms.push_back(room);
    }
    std::map<const Session*, int> numbers;
    for (const Session* s : exported) numbers.emplace(s, int(numbers.size()) + 1);

    const std::string title = frontmatter_scalar(schedule.post, "title").value_or("Schedule");
    const std::string acronym = acronym_for(frontmatter_scalar(schedule.post, "acronym").value_or(title));
    const auto zone = shared_zone_name(exported);

    JsonWriter json;
    json.begin_object();
    json.key("$schema").value("https://c3voc.de/schedule/schema.json");
    json.key("generator").begin_object().key("name").value("talkboard").key("version").value("0.1.0").end_object();
    json.key("schedule").begin_object();
    json.key("version").value("1.0");
    json.key("conference").begin_object();
    json.key("acronym").value(acronym);
    json.key("title").value(title);
    if (days.empty()) {
        const std::string today = "1970-01-01";
        json.key("start").value(today).key("end").value(today);
    } else {
        json.key("start").value(format_date(days.begin()->first));
        json.key("end").value(format_date(days.rbegin()->first));
    }
    json.key("daysCount").value(int(days.size()));
    json.key("timeslot_duration").value("00:05");
    if (zone) json.key("time_zone_name").value(*zone);
    if (auto url = frontmatter_scalar(schedule.post, "url"); url && text::starts_with(*url, "http")) json.key("url").value(*url);
    json.key("rooms").begin_array();
    for (const std::string& room : rooms) {
        json.begin_object().key("name").value(room).key("guid").value(stable_uuid("talkboard-room:" + room)).end_object();
    }
    json.end_array();
    json.key("days").begin_array();
    int index = 0;
    for (const auto& [date, sessions] : days) {
        const auto offset = session_utc_offset(*sessions.front());
        const std::string suffix = offset ? format_utc_offset(*offset) : "";
        json.begin_object();
        json.key("index").value(++index);
        json.key("date").value(format_date(date));
        json.key("day_start").value(format_date(date) + "T00:00:00" + suffix);
        json.key("day_end").value(format_date(date) + "T23:59:59" + suffix);
        json.key("rooms").begin_object();
        for (const std::string& room : rooms) {
            bool any = false;
            for (const Session* s : sessions) any = any || s->room.value_or(default_room) == room;
            if (!any) continue;
            json.key(room).begin_array();
            for (const Session* s : sessions) {
                if (s->room.value_or(default_room) == room) write_event(json, *s, numbers[s], acronym);
            }
            json.end_array();
        }
        json.end_object();
        json.end_object();
    }
    json.end_array();
    json.end_object();  // conference
    json.end_object();  // schedule
    json.end_object();
    return json.take();
}

}  // namespace talkboard
