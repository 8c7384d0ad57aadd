// The only file that touches simdjson: every JSON input (post envelope, frab/c3voc, pretalx).
// It only reads values into PostSource / ImportedSchedule; the time and id rules live in
// schedule_import.cpp. Readers are tolerant: a field of an unexpected type is treated as absent.
#include <simdjson.h>

#include <cstdio>
#include <map>
#include <string>

#include "talkboard/input/post_source.h"
#include "talkboard/formats/schedule_import.h"

namespace talkboard {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

Error bad_json(const std::string& why) { return Error{ErrorCode::bad_json, "JSON envelope: " + why}; }
Error bad_schedule(const std::string& format, const std::string& why) {
    return Error{ErrorCode::bad_json, format + " schedule: " + why};
}

// Text of a scalar JSON value, or nullopt for objects and arrays.
std::optional<std::string> scalar_text(element value) {
    switch (value.type()) {
        case element_type::STRING: return std::string(std::string_view(value.get_string().value_unsafe()));
        case element_type::INT64: return std::to_string(int64_t(value.get_int64().value_unsafe()));
        case element_type::UINT64: return std::to_string(uint64_t(value.get_uint64().value_unsafe()));
        case element_type::DOUBLE: {
            // Shortest round-trip is not needed for metadata; %.17g keeps every digit.
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%.17g", double(value.get_double().value_unsafe()));
            return std::string(buffer);
        }
        case element_type::BOOL: return std::string(value.get_bool().value_unsafe() ? "true" : "false");
        case element_type::NULL_VALUE: return std::string();
        default: return std::nullopt;
    }
}

bool has_key(object o, std::string_view key) {
    element ignored;
    return !o[key].get(ignored);
}

// A non-empty string field; a translated {"en": "...", "de": "..."} object gives "en", else its
// first string (pretalx and the hub write names that way).
std::optional<std::string> text_field(object o, std::string_view key) {
    element value;
    if (o[key].get(value)) return std::nullopt;
    std::string_view text;
    if (!value.get_string().get(text)) {
        if (text.empty()) return std::nullopt;
        return std::string(text);
    }
    object translations;
    if (value.get_object().get(translations)) return std::nullopt;
    if (auto english = text_field(translations, "en")) return english;
    for (auto field : translations) {
        if (!field.value.get_string().get(text) && !text.empty()) return std::string(text);
    }
    return std::nullopt;
}

// A string or number field as text (ids are numbers in one export and strings in the next).
std::optional<std::string> id_field(object o, std::string_view key) {
    element value;
    if (o[key].get(value)) return std::nullopt;
    auto text = scalar_text(value);
    if (!text || text->empty()) return std::nullopt;
    return text;
}

std::optional<int> int_field(object o, std::string_view key) {
    element value;
    if (o[key].get(value)) return std::nullopt;
    int64_t number;
    if (!value.get_int64().get(number) && number >= 0 && number < 1000000) return int(number);
    double real;
    if (!value.get_double().get(real) && real >= 0 && real < 1000000) return int(real);
    return std::nullopt;
}

// A name given as a string, or as an object with a "name" (schedule2 rooms), or as an id into `names`.
template <class Names>
std::optional<std::string> named_field(object o, std::string_view key, const Names& names) {
    element value;
    if (o[key].get(value)) return std::nullopt;
    object nested;
    if (!value.get_object().get(nested)) {
        if (auto name = text_field(nested, "name")) return name;
        for (const char* ref : {"id", "slug", "guid"}) {
            if (auto id = id_field(nested, ref)) {
                if (auto found = names.find(*id); found != names.end()) return found->second;
            }
        }
        return std::nullopt;
    }
    auto text = scalar_text(value);
    if (!text || text->empty()) return std::nullopt;
    if (auto found = names.find(*text); found != names.end()) return found->second;
    if (value.type() == element_type::STRING) return text;  // a plain name
    return std::nullopt;
}

ImportedPerson read_person(object person) {
    ImportedPerson p;
    for (const char* key : {"name", "public_name", "full_name"}) {
        if (auto name = text_field(person, key)) {
            p.name = *name;
            break;
        }
    }
    for (const char* key : {"organization", "organisation", "affiliation", "company", "org"}) {
        if (auto org = text_field(person, key)) {
            p.org = org;
            break;
        }
    }
    // Hub participants say "SPEAKER"/"CONTRIBUTOR": a part in the event, not a job title.
    p.role = text_field(person, "role");
    if (p.role && (*p.role == "SPEAKER" || *p.role == "CONTRIBUTOR" || *p.role == "MODERATOR")) p.role.reset();
    return p;
}

void read_persons(object event, std::string_view key, ImportedEvent& out) {
    array persons;
    if (event[key].get_array().get(persons)) return;
    for (element item : persons) {
        object person;
        if (item.get_object().get(person)) continue;
        ImportedPerson p = read_person(person);
        if (!p.name.empty()) out.persons.push_back(std::move(p));
    }
}

// An event's "links" or "attachments": objects with a "url" (and maybe a "type"), or bare URL strings.
void read_links(object event, std::string_view key, ImportedEvent& out) {
    array links;
    if (event[key].get_array().get(links)) return;
    for (element item : links) {
        std::string_view text;
        if (!item.get_string().get(text)) {
            out.links.push_back({std::string(text), std::nullopt});
            continue;
        }
        object link;
        if (item.get_object().get(link)) continue;
        if (auto url = text_field(link, "url")) out.links.push_back({*url, text_field(link, "type")});
    }
}

// Fields frab v1 and schedule2 share. `names` maps track slugs to names (schedule2 tracks are {"slug": ...}).
ImportedEvent read_frab_event(object event, const std::map<std::string, std::string>& track_names) {
    ImportedEvent e;
    e.title = text_field(event, "title").value_or("");
    const std::map<std::string, std::string> no_names;
    e.room = named_field(event, "room", no_names);
    e.track = named_field(event, "track", track_names);
    e.type = text_field(event, "type");
    e.url = text_field(event, "url");
    e.abstract = text_field(event, "abstract");
    e.description = text_field(event, "description");
    e.guid = id_field(event, "guid");
    if (!e.guid) e.guid = id_field(event, "code");
    if (!e.guid) e.guid = id_field(event, "id");
    e.duration = text_field(event, "duration");
    e.end_timestamp = text_field(event, "end");
    // v1: `date` is the timestamp and `start` is "HH:MM"; schedule2: `start` is the timestamp.
    const auto start = text_field(event, "start");
    e.start_timestamp = text_field(event, "date");
    if (start && start->size() > 8) {
        if (!e.start_timestamp) e.start_timestamp = start;
    } else {
        e.start_hhmm = start;
        if (e.start_timestamp && e.start_timestamp->size() <= 10) {  // a bare date
            e.day_date = e.start_timestamp;
            e.start_timestamp.reset();
        }
    }
    e.language = text_field(event, "language");
    read_persons(event, "persons", e);
    if (e.persons.empty()) read_persons(event, "participants", e);
    read_links(event, "links", e);
    read_links(event, "attachments", e);
    return e;
}

Result<ImportedSchedule> read_frab(object root) {
    const std::string format = "frab/c3voc";
    object schedule;
    if (root["schedule"].get_object().get(schedule)) return bad_schedule(format, "\"schedule\" must be an object");
    object conference;
    if (schedule["conference"].get_object().get(conference)) {
        return bad_schedule(format, "\"schedule.conference\" must be an object");
    }
    ImportedSchedule imported;
    imported.format = "frab";
    imported.title = text_field(conference, "title");
    imported.acronym = text_field(conference, "acronym");
    imported.url = text_field(conference, "url");
    imported.time_zone_name = text_field(conference, "time_zone_name");
    imported.start = text_field(conference, "start");

    std::map<std::string, std::string> track_names;
    array tracks;
    if (!conference["tracks"].get_array().get(tracks)) {
        for (element item : tracks) {
            object track;
            if (item.get_object().get(track)) continue;
            auto name = text_field(track, "name");
            auto slug = text_field(track, "slug");
            if (name && slug) track_names[*slug] = *name;
        }
    }

    array days;
    array events;
    const bool has_days = !conference["days"].get_array().get(days);
    const bool has_events = !schedule["events"].get_array().get(events);
    if (!has_days && !has_events) {
        return bad_schedule(format, "neither \"schedule.conference.days\" nor \"schedule.events\" is an array");
    }
    if (has_days) {
        for (element day_item : days) {
            object day;
            if (day_item.get_object().get(day)) continue;
            const auto day_date = text_field(day, "date");
            object rooms;
            if (day["rooms"].get_object().get(rooms)) continue;  // schedule2 days carry no events
            for (auto room : rooms) {
                array room_events;
                if (room.value.get_array().get(room_events)) continue;
                for (element item : room_events) {
                    object event;
                    if (item.get_object().get(event)) continue;
                    ImportedEvent e = read_frab_event(event, track_names);
                    if (!e.room && !room.key.empty()) e.room = std::string(room.key);
                    if (!e.day_date) e.day_date = day_date;
                    imported.events.push_back(std::move(e));
                }
            }
        }
    }
    if (has_events) {
        for (element item : events) {
            object event;
            if (item.get_object().get(event)) continue;
            imported.events.push_back(read_frab_event(event, track_names));
        }
    }
    return imported;
}

// pretalx's widget schedule (/<event>/schedule/widget/v2.json): talks refer to rooms,
// tracks and speakers by id/code; names may be translation objects.
Result<ImportedSchedule> read_pretalx(object root) {
    const std::string format = "pretalx";
    array talks;
    if (root["talks"].get_array().get(talks)) return bad_schedule(format, "\"talks\" must be an array");
    ImportedSchedule imported;
    imported.format = "pretalx";
    imported.title = text_field(root, "title");
    if (!imported.title) imported.title = text_field(root, "name");
    imported.url = text_field(root, "url");
    imported.time_zone_name = text_field(root, "timezone");
    imported.start = text_field(root, "event_start");

    std::map<std::string, std::string> rooms, tracks, speakers;
    std::map<std::string, ImportedPerson> people;
    auto index = [&](const char* key, const char* id_key, std::map<std::string, std::string>& names) {
        array list;
        if (root[key].get_array().get(list)) return;
        for (element item : list) {
            object entry;
            if (item.get_object().get(entry)) continue;
            auto id = id_field(entry, id_key);
            auto name = text_field(entry, "name");
            if (id && name) names[*id] = *name;
            if (std::string_view(key) == "speakers" && id) {
                ImportedPerson p = read_person(entry);
                if (!p.name.empty()) people[*id] = std::move(p);
            }
        }
    };
    index("rooms", "id", rooms);
    index("tracks", "id", tracks);
    index("speakers", "code", speakers);

    for (element item : talks) {
        object talk;
        if (item.get_object().get(talk)) continue;
        ImportedEvent e;
        e.title = text_field(talk, "title").value_or("");
        e.start_timestamp = text_field(talk, "start");
        e.end_timestamp = text_field(talk, "end");
        e.duration_minutes = int_field(talk, "duration");
        e.room = named_field(talk, "room", rooms);
        e.track = named_field(talk, "track", tracks);
        e.type = text_field(talk, "submission_type");
        if (!e.type) e.type = text_field(talk, "type");
        e.url = text_field(talk, "url");
        e.abstract = text_field(talk, "abstract");
        e.description = text_field(talk, "description");
        e.guid = id_field(talk, "code");
        if (!e.guid) e.guid = id_field(talk, "id");
        e.language = text_field(talk, "language");
        read_links(talk, "links", e);
        read_links(talk, "attachments", e);
        array refs;
        if (!talk["speakers"].get_array().get(refs)) {
            for (element ref : refs) {
                object inline_person;
                if (!ref.get_object().get(inline_person)) {
                    ImportedPerson p = read_person(inline_person);
                    if (p.name.empty()) {
                        if (auto code = id_field(inline_person, "code"); code && people.count(*code)) p = people[*code];
                    }
                    if (!p.name.empty()) e.persons.push_back(std::move(p));
                    continue;
                }
                auto code = scalar_text(ref);
                if (code && people.count(*code)) e.persons.push_back(people[*code]);
            }
        }
        // Breaks and other slots without a title are not sessions.
        if (e.title.empty() && e.persons.empty()) continue;
        imported.events.push_back(std::move(e));
    }
    return imported;
}

Result<PostSource> read_envelope_object(object object) {
    PostSource source;
    element body;
    if (object["rawMarkdownBody"].get(body)) return bad_json("\"rawMarkdownBody\" is missing");
    std::string_view body_text;
    if (body.get_string().get(body_text)) return bad_json("\"rawMarkdownBody\" must be a string");
    source.body = std::string(body_text);

    element frontmatter;
    if (!object["frontmatter"].get(frontmatter)) {
        simdjson::dom::object fields;
        if (frontmatter.get_object().get(fields)) return bad_json("\"frontmatter\" must be an object");
        for (auto field : fields) {
            std::string key(field.key);
            if (auto scalar = scalar_text(field.value)) {
                source.frontmatter.emplace_back(std::move(key), std::move(*scalar));
                continue;
            }
            array items;
            if (field.value.get_array().get(items)) continue;  // nested objects are not post metadata we use
            std::vector<std::string> list;
            for (auto item : items) {
                if (auto scalar = scalar_text(item)) list.push_back(std::move(*scalar));
            }
            source.frontmatter.emplace_back(std::move(key), std::move(list));
        }
    }
    return source;
}

// Parses `input` into `parser` and returns its top-level object.
Result<object> parse_object(simdjson::dom::parser& parser, std::string_view input, const char* what) {
    element root;
    if (auto error = parser.parse(input.data(), input.size()).get(root)) {
        return Error{ErrorCode::bad_json, std::string(what) + ": not valid JSON (" + simdjson::error_message(error) + ")"};
    }
    object top;
    if (root.get_object().get(top)) return Error{ErrorCode::bad_json, std::string(what) + ": the top level must be an object"};
    return top;
}

Result<PostSource> imported_source(Result<ImportedSchedule> imported) {
    if (!imported) return imported.error();
    PostSource source;
    source.imported = build_imported_schedule(imported.value());
    source.frontmatter = source.imported->post;
    return source;
}

}  // namespace

Result<PostSource> read_json_input(std::string_view input) {
    simdjson::dom::parser parser;
    auto top = parse_object(parser, input, "JSON input");
    if (!top) return top.error();
    const object root = top.value();
    if (has_key(root, "rawMarkdownBody") || has_key(root, "frontmatter")) return read_envelope_object(root);
    if (has_key(root, "schedule")) return imported_source(read_frab(root));
    if (has_key(root, "talks")) return imported_source(read_pretalx(root));
    return Error{ErrorCode::bad_json,
                 "JSON input of an unknown shape: expected a post envelope {\"frontmatter\", \"rawMarkdownBody\"}, "
                 "a frab/c3voc schedule {\"schedule\": {...}} or a pretalx widget schedule {\"talks\": [...]}"};
}

}  // namespace talkboard
