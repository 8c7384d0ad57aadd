// Stage 4 of the reader: is a candidate entry a session? A decision with its reason.
//
// What counts follows what a reader would put in a personal schedule: talks, keynotes, panels,
// workshops, demos, office hours, welcome and closing remarks, socials with a time. Not: meals,
// breaks, registration, group photos, "adjourn"; a window that spans the whole day (the event's
// or a track's hours); a row that only heads the untimed rows under it ("Lightning Talks (5 minutes
// each)"); a link in a sentence that is not a session page (a booth's floor plan); and, in a post
// whose sessions have times, an entry without one (a recording of last year's talk, a kiosk "TBA").
// In a roundup, a post with no times at all, an entry counts when it names speakers, links a
// session page or names a kind.
#pragma once

#include <string_view>

#include "talkboard/extract/entries.h"
#include "talkboard/extract/entry_reading.h"

namespace talkboard {

enum class Reason {
    timed,                  // accepted: a title and a time
    roundup,                // accepted: a titled entry with speakers, a session link or a kind, in a post without times
    untimed,                // accepted: listed like the post's timed sessions (a title link, not a recording's,
                            // with speakers or a kind), only its time is missing
    no_title,               // a time or a link, but nothing that reads as a title
    registration_link,      // the title is a link to a registration page
    generic_link,           // the title is a link's text that names no talk ("Read more", "slides")
    logistics,              // a meal, a break, registration, a group photo, the end of the day
    end_marker,             // "After Party Ends": the end of another session
    whole_day,              // seven hours or more: the hours of the event or of a track
    block_header,           // a table row heading the untimed rows under it
    prose_link,             // a link inside a sentence that is not a session page
    no_time,                // untimed in a post whose sessions have times
    no_evidence,            // untimed, with no speakers, session link or kind
    person_listed,          // "- Ana Li (WidgetCo)": a person and an org, as a list of people writes them
};

struct Decision {
    bool session = false;
    Reason reason = Reason::no_evidence;
};

// What the whole post says that bears on each entry's decision.
struct PostShape {
    bool timed = false;  // the post gives its sessions times (two or more timed entries)
};

// The decision in a timed post and in one without times (PostShape): which the post is, is known
// only at its end. Most rules do not ask it; they run once for both.
struct Decisions {
    Decision timed;    // PostShape{true}
    Decision untimed;  // PostShape{false}
};
Decisions decide(const Entry& entry, const EntryReading& reading);

// True for an entry with a title and a time that is not logistics: what makes a post timed.
bool is_timed_candidate(const EntryReading& reading);

// A sentence for the author about a rejected entry ("a meal or a break, not a session").
std::string_view reason_text(Reason reason);

// True for titles of logistics ("Lunch & Networking", "15 Minute Break", "Registration Opens &
// Breakfast", "Group Photo with Conference Participants", "Adjourn to FOSDEM Beer Event").
bool is_logistics_title(std::string_view title);

// "After Party Ends" / "End of Day 1": the title of what ends, or empty.
std::string_view ended_title(std::string_view title);

}  // namespace talkboard
