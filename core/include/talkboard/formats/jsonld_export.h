// Export to schema.org JSON-LD (https://schema.org/Event), the form search engines read from a
// <script type="application/ld+json">:
//
//   {"@context": "https://schema.org", "@type": "Event", "name": <post title>,
//    "startDate": <first session>, "endDate": <last end>, "url": <post url when known>,
//    "subEvent": [{"@type": "Event", "@id": "urn:uuid:<stable guid>", "identifier": <session id>,
//                  "name", "startDate", "endDate", "description", "url", "location": Place,
//                  "performer": [{"@type": "Person", "name",
//                                 "affiliation": {"@type": "Organization", "name"}}],
//                  "about": <track or section>, "inLanguage": <language, "en">}]}
//
// Dates: "2024-03-19T09:50:00+01:00" with the offset when known, "2024-03-19T09:50:00" for
// floating times, "2024-03-19" for a dated session without a time; undated sessions are left out.
// Keys without a value (no url, no room, no end) are omitted rather than written as null; nothing
// the post does not say (eventStatus, eventAttendanceMode, offers) is invented.
// The @id of each sub-event uses the same stable guid as the frab export's event guid.
#pragma once

#include <string>

#include "talkboard/session.h"

namespace talkboard {

// One line of UTF-8 JSON. Never fails.
std::string schedule_to_jsonld(const Schedule& schedule);

}  // namespace talkboard
