// A session as the UI shows it: every field as display text, ready to put in the DOM with
// textContent (the UI never formats a date, looks up a label or checks a link itself).
//
// A plain struct of strings, ints and vectors ("" for a field the session does not have), so the
// wasm bindings register it as an embind value_object as it is.
#pragma once

#include <string>
#include <vector>

#include "talkboard/query/schedule_index.h"

namespace talkboard {

struct SpeakerCard {
    std::string name;
    std::string org;   // "" when none
    std::string role;  // "" when none ("CTO")
};

// A recording or the slides of a session: a button on its card.
struct ResourceCard {
    std::string kind;  // "video" or "slides" (session_finish.h resource_kind_name)
    std::string url;   // an absolute http(s) URL
};

struct SessionCard {
    int session = -1;         // index into ScheduleIndex::schedule().sessions
    std::string id;           // Session::id: what favourites and share links hold
    std::string title;
    std::string kind;         // the tag ("lightning_talk"), "" when none
    std::string kind_label;   // "Lightning Talk": the kind facet's label
    std::vector<SpeakerCard> speakers;
    std::string url;          // an http(s) URL (the only links the model keeps), "" when none
    std::string date;         // "2024-03-19" as written (year resolved), "" when undated
    std::string start;        // "09:50" as written, "" when none
    std::string end;          // "10:15" as written, "" when none
    std::string tz;           // the timezone as written ("CET"), "" when floating
    std::string utc_start;    // "2024-03-19T08:50:00Z", "" when floating
    std::string utc_end;      // likewise; "" when there is no end
    std::string section;
    std::string room;         // imported schedules only
    std::string track;        // imported schedules only
    std::string language;     // imported schedules only ("en", as the schedule writes it)
    std::string abstract;     // plain text, paragraphs separated by "\n\n"
    std::vector<ResourceCard> resources;  // recordings and slides, in the order met
};

// The card of session `session`, which must be a valid index. O(size of the session).
SessionCard session_card(const ScheduleIndex& index, int session);

}  // namespace talkboard
