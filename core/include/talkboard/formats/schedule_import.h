// Already structured schedules in, Sessions out: frab/c3voc schedule.json and pretalx's widget JSON.
//
// json_input.cpp (the simdjson adapter) fills the plain records below as the file writes them;
// build_imported_schedule() turns them into a Schedule without the markdown extractor. Keeping the
// two apart leaves the time and id rules testable without any JSON.
//
// Time rules (each event):
//  - a full timestamp ("2024-03-19T09:00:00+01:00": frab's `date`, schedule2's and pretalx's `start`)
//    gives the local date and start as written and, with its offset, utcStart;
//  - otherwise the day's date plus `start` ("09:00"), at the offset of the schedule's time zone
//    when timezones.h knows it, else floating;
//  - the end is `end` when given (a timestamp), else start + `duration` ("00:30", "1:30", or
//    pretalx's minutes); a zero duration with no end means "no end" (talkboard's own export writes
//    that for sessions without an end time), an `end` equal to the start is an instant
//    (time/session_span.h); an event of 24 hours or more keeps no end, with a warning, since a
//    session's local times describe less than a day;
//  - tz is the schedule's time zone name ("Europe/Berlin") when it agrees with the event's offset,
//    else the offset itself ("+01:00"; "UTC" for Z/+00:00 written without a zone name).
// Kinds: `type` "talk"/"lecture" (any case) is a plain talk (kind null); others become snake_case
// ("Lightning Talk" -> "lightning_talk", "OTHER" -> "other").
// Section: the track, or the room when there is no track. Language: the event's `language` as
// written ("en"). Recordings and slides: the event's `links` and `attachments` whose `type` says
// slides or paper (slides) or media, recording or video (a recording), else whose URL has the
// shape of one (extract/link_kind.h: a video host, a .pdf); other links are not kept. Urls and session ids follow the one
// finishing step of session_finish.h: only http(s) urls are kept; the id is derived from the
// event's guid (or code, or title + start) and so stable across runs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "talkboard/session.h"

namespace talkboard {

struct ImportedPerson {
    std::string name;
    std::optional<std::string> org;   // "organization"/"affiliation"/"company" when the file has one
    std::optional<std::string> role;
};

// One of an event's links or attachments: {"url": ..., "type": "slides"} (c3voc's Reference; the
// type is optional and its case varies: "SLIDES").
struct ImportedLink {
    std::string url;
    std::optional<std::string> type;
};

struct ImportedEvent {
    std::string title;
    std::optional<std::string> start_timestamp;  // ISO 8601 with or without offset
    std::optional<std::string> day_date;         // "YYYY-MM-DD" of the frab day holding the event
    std::optional<std::string> start_hhmm;       // frab `start`, "09:00"
    std::optional<std::string> duration;         // "HH:MM" (hours may exceed 24) or "HH:MM:SS"
    std::optional<int> duration_minutes;         // pretalx
    std::optional<std::string> end_timestamp;
    std::optional<std::string> room;
    std::optional<std::string> track;
    std::optional<std::string> type;
    std::optional<std::string> url;
    std::optional<std::string> abstract;
    std::optional<std::string> description;  // used when there is no abstract
    std::optional<std::string> guid;         // or pretalx `code`: the stable key for the id
    std::optional<std::string> language;     // "en"
    std::vector<ImportedPerson> persons;
    std::vector<ImportedLink> links;         // links, then attachments, as the file lists them
};

struct ImportedSchedule {
    std::string format;  // "frab" or "pretalx": kept in the post metadata as "format"
    std::optional<std::string> title;
    std::optional<std::string> acronym;
    std::optional<std::string> url;
    std::optional<std::string> time_zone_name;  // "Europe/Berlin", "UTC"
    std::optional<std::string> start;           // the conference's first day
    std::vector<ImportedEvent> events;
};

// Builds the Schedule. Events without a title are skipped with a warning; a timestamp or duration
// that cannot be read leaves the time empty with a warning (diagnostics have line 0; at most
// limits::max_diagnostics). Events past limits::max_sessions are skipped with a warning. Sessions
// are ordered by date and start (floating and undated last), stably. Never fails: an empty
// schedule is for the caller to refuse (parse_post says no_sessions).
Schedule build_imported_schedule(const ImportedSchedule& imported);

}  // namespace talkboard
