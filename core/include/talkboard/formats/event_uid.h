// The UID each exported calendar event carries (RFC 5545 3.8.4.7): what lets a calendar app
// recognise a talk again when the post changes, so that it updates the event instead of adding a
// second one beside it.
//
// Why not the session id: session.h's id hashes url, title, date and start, so it changes when a
// talk is rescheduled — the very edit a calendar has to follow. A UID hashes instead the most
// stable text that tells a session apart from every other session of the same schedule:
//   1. its url (a talk's own page), or its title when it has no url;
//   2. where several sessions share that: the url and the title;
//   3. where they still share it: also the date;
//   4. then also the start time;
//   5. sessions alike in all of these (a talk listed twice) are numbered in schedule order: the
//      second and later get "-2", "-3", ... (so do the rare different keys whose hashes collide).
// So a talk with a link of its own keeps its UID through a new time, day, title or speakers; one
// without a link keeps it through a new time, day or speakers. Whether a key is shared is decided
// over the whole schedule, never over a selection, so every export of one schedule (all sessions,
// favourites, one session) gives a session the same UID. Adding a session that shares a url
// with an existing one changes that one's UID: the cost of never merging two talks into one event.
#pragma once

#include <string>
#include <vector>

#include "talkboard/session.h"

namespace talkboard {

// One UID per session, parallel to schedule.sessions: 12 lowercase hex digits (the low 48 bits of
// the core's one hash, FNV-1a in internal/fnv1a.h, over the key chosen above), an optional "-N",
// then "@talkboard". Pure: the same schedule gives the
// same UIDs on every run and platform. Cannot fail.
std::vector<std::string> event_uids(const Schedule& schedule);

}  // namespace talkboard
