#include "talkboard/query/session_card.h"

#include "talkboard/session_finish.h"
#include "talkboard/time/civil_time.h"

namespace talkboard {
namespace {

std::string or_empty(const std::optional<std::string>& text) { return text ? *text : std::string(); }

}  // namespace

SessionCard session_card(const ScheduleIndex& index, int session) {
    const Session& s = index.session(session);
    SessionCard card;
    card.session = session;
    card.id = s.id;
    card.title = s.title;
    // The label is the kind facet's, so a card and its filter button read the same.
    const int kind = index.single_value_ids(Dimension::kind)[index.display_rank(session)];
    if (kind >= 0) {
        const DimensionValue& value = index.values(Dimension::kind)[static_cast<std::size_t>(kind)];
        card.kind = value.value;
        card.kind_label = value.label;
    }
    card.speakers.reserve(s.speakers.size());
    for (const Speaker& sp : s.speakers) card.speakers.push_back({sp.name, or_empty(sp.org), or_empty(sp.role)});
    card.url = or_empty(s.url);
    if (s.date) card.date = format_date(*s.date);
    if (s.start_minute) card.start = format_hhmm(*s.start_minute);
    if (s.end_minute) card.end = format_hhmm(*s.end_minute);
    card.tz = or_empty(s.tz);
    if (s.utc_start) card.utc_start = format_utc_iso(*s.utc_start);
    if (s.utc_end) card.utc_end = format_utc_iso(*s.utc_end);
    card.section = or_empty(s.section);
    card.room = or_empty(s.room);
    card.track = or_empty(s.track);
    card.language = or_empty(s.language);
    card.abstract = s.abstract;
    card.resources.reserve(s.resources.size());
    for (const Resource& r : s.resources) card.resources.push_back({resource_kind_name(r.kind), r.url});
    return card;
}

}  // namespace talkboard
