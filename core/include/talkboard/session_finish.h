// The step every reader ends a session with, so that posts (extract/extract_schedule.h) and
// imported schedules (formats/schedule_import.h) follow the same rules: which links a session
// keeps (as its url, and as its recordings and slides), and what its id is.
//
// Ids are 12 lowercase hex digits: the low 48 bits of the 64-bit FNV-1a hash of the session's key
// parts joined by U+001F. They are stable across runs and platforms, and readers' saved favourites
// and share links hold them: changing the hash or what a reader puts in the key loses those. The
// second and later sessions of one schedule with the same id get "-2", "-3", ... in reading order.
// What each reader puts in the key:
//   markdown post:       url (empty without one), title, date "YYYY-MM-DD" and start "HH:MM"
//                        (each empty when unknown);
//   imported schedule:   "guid" and the event's guid (frab) or code (pretalx); without one,
//                        "event", the title, the start timestamp (or the day's date) and the
//                        start "HH:MM" as the file writes them.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "talkboard/session.h"

namespace talkboard {

// Whether a link may become a session's url: http:// or https:// (the scheme in any case), or a
// relative page path as posts write links to their own site ("schedule/talks#x", "/program/"),
// which the page resolves against the post's address. A bare fragment ("#speaker") and every
// other scheme (javascript:, data:, mailto:, a protocol-relative "//host") are left out, since a
// url is shown to readers as a link.
bool is_session_url(std::string_view url);

// Whether `url` is absolute http:// or https:// (the scheme in any case, white space around it
// ignored).
bool is_http_url(std::string_view url);

// Adds a recording or slides link to `resources` (session.h) when it is an absolute http(s) URL,
// not listed yet, and fewer than limits::max_session_resources are; returns whether it did. A
// relative link is left out: a button that opens a video must not depend on where the page is.
// The URL is kept trimmed. Never fails.
bool add_resource(std::vector<Resource>& resources, ResourceKind kind, std::string_view url);

// "video" or "slides": how JSON and the UI name a resource's kind.
const char* resource_kind_name(ResourceKind kind);

// Gives the sessions of one schedule their ids, in reading order. Never fails.
class SessionIds {
public:
    // The id of the next session, from its key parts (see above).
    std::string next(std::initializer_list<std::string_view> key_parts);

private:
    std::map<std::string, int> seen_;  // id -> sessions given it so far (std::map: no hash table in the wasm)
};

}  // namespace talkboard
