// Export to the c3voc/frab schedule.json format (https://c3voc.de/schedule/schema.json, v1 layout:
// schedule.conference.days[].rooms{room: [event]}), valid against that JSON schema.
//
// Mapping (one event per session with a date and a start; others are left out, as frab has no
// place for them):
//  - guid: stable_uuid("talkboard-session:" + id); id: 1-based position among exported events;
//    slug: acronym + "-" + id + "-" + title words;
//  - date: the local start with its UTC offset ("2024-03-19T09:50:00+01:00"). Floating sessions
//    are written without an offset: talkboard never invents a zone, so such a file fails only the
//    schema's date-time format (the CLI warns); start "HH:MM"; duration "HH:MM" (time/session_span.h; "00:00" when there is
//    no end time, which talkboard's import reads back as "no end", or when the end equals the start);
//    end: the local end when known (for an end equal to the start, the start: read back as an instant);
//  - room: the session's room, else "Main"; track: the track, else the section (null without);
//  - type: "talk" for sessions without a kind, else the kind tag ("lightning_talk");
//  - url: the session's url, else "urn:uuid:<guid>" (the schema requires a URI; the import
//    keeps only http(s) URLs, so it reads back as no url);
//  - persons: {"name", "guid"} plus "organization" and "role" when known (a PretalxPerson in the
//    schema's terms; extra keys are allowed on persons);
//  - language: the session's language ("en"), null without;
//  - links: its recordings and slides as the schema's References, {"type": "media" | "slides",
//    "url", "title": "Recording" | "Slides"}, which the import reads back as they were.
// Conference: title (post title or "Schedule"), acronym (from the title, lowercase, `_` between
// words, at least 4 characters), start/end/daysCount from the exported sessions' dates,
// timeslot_duration "00:05", time_zone_name when every session shares one IANA zone name (or UTC),
// rooms [{name, guid}], url when the post has one.
#pragma once

#include <string>

#include "talkboard/session.h"

namespace talkboard {

// One line of UTF-8 JSON. Never fails: a schedule with no dated sessions has no days.
std::string schedule_to_frab_json(const Schedule& schedule);

}  // namespace talkboard
