#include "talkboard/formats/schedule_import.h"

#include "talkboard/time/civil_time.h"
#include "talkboard/extract/link_kind.h"
#include "talkboard/limits.h"
#include "talkboard/session_finish.h"
#include "talkboard/time/session_span.h"
#include "talkboard/time/session_timestamps.h"
#include "internal/index_sort.h"
#include "internal/text.h"
#include "talkboard/time/timezones.h"

namespace talkboard {

namespace {

struct Timestamp {
    CivilDate date;
    int minute = 0;
    std::optional<int> offset_minutes;  // nullopt: written without an offset (floating)
};

bool read_digits(std::string_view s, std::size_t at, std::size_t count, int& out) {
    if (at + count > s.size()) return false;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        value = value * 10 + (s[i] - '0');
    }
    out = value;
    return true;
}

// "YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+HH:MM|+HHMM]" (a space for the T is accepted too).
std::optional<Timestamp> parse_timestamp(std::string_view s) {
    s = text::trim(s);
    Timestamp t;
    auto date = parse_iso_date(s);
    int hour = 0, minute = 0;
    if (!date || !is_valid_date(*date) || s.size() < 16 || (s[10] != 'T' && s[10] != ' ') ||
        !read_digits(s, 11, 2, hour) || s[13] != ':' || !read_digits(s, 14, 2, minute) || hour > 23 || minute > 59) {
        return std::nullopt;
    }
    t.date = *date;
    t.minute = hour * 60 + minute;
    std::size_t i = 16;
    if (i < s.size() && s[i] == ':') i += 3;  // seconds
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    }
    if (i > s.size()) return std::nullopt;
    std::string_view zone = s.substr(i);
    if (zone.empty()) return t;
    if (zone == "Z" || zone == "z") {
        t.offset_minutes = 0;
        return t;
    }
    int oh = 0, om = 0;
    if ((zone[0] == '+' || zone[0] == '-') && read_digits(zone, 1, 2, oh) &&
        ((zone.size() == 6 && zone[3] == ':' && read_digits(zone, 4, 2, om)) || (zone.size() == 5 && read_digits(zone, 3, 2, om)))) {
        t.offset_minutes = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
        return t;
    }
    return std::nullopt;
}

std::optional<int> parse_hhmm(std::string_view s) {
    s = text::trim(s);
    int hour = 0, minute = 0;
    if (s.size() < 5 || !read_digits(s, 0, 2, hour) || s[2] != ':' || !read_digits(s, 3, 2, minute) || hour > 23 ||
        minute > 59) {
        return std::nullopt;
    }
    return hour * 60 + minute;
}

// "00:30", "1:30", "01:30:00", "90" (minutes).
std::optional<int> parse_duration(std::string_view s) {
    s = text::trim(s);
    const auto parts = text::split(s, ":").to_vector();
    if (parts.empty() || parts.size() > 3) return std::nullopt;
    int values[3] = {0, 0, 0};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].empty() || parts[i].size() > 5 || !read_digits(parts[i], 0, parts[i].size(), values[i])) return std::nullopt;
    }
    if (parts.size() == 1) return values[0];
    return values[0] * 60 + values[1];
}

std::string offset_text(int offset_minutes) {
    return offset_minutes == 0 ? "UTC" : format_utc_offset(offset_minutes);
}

// A schedule's event type as a kind tag. Types often carry the slot length ("Talk 30 min + 10min
// Q&A", "Workshop (90 min)"), which the session's times already say: the type is read up to its
// first digit, so those are a plain talk and a workshop, not one kind per length.
std::optional<std::string> kind_of_type(const std::optional<std::string>& type) {
    if (!type) return std::nullopt;
    const std::size_t digit = type->find_first_of("0123456789");
    const std::string tag = text::snake_case(std::string_view(*type).substr(0, digit));
    if (tag.empty() || tag == "talk" || tag == "lecture" || tag == "talks") return std::nullopt;
    return tag;
}

// A link or attachment that is a recording or slides: by its stated type, else by its URL's shape.
std::optional<ResourceKind> resource_kind(const ImportedLink& link) {
    if (link.type) {
        const std::string type = text::ascii_lower(text::trim(*link.type));
        if (type == "slides" || type == "paper") return ResourceKind::slides;
        if (type == "media" || type == "recording" || type == "video") return ResourceKind::video;
    }
    switch (link_kind(link.url)) {
        case LinkKind::video: return ResourceKind::video;
        case LinkKind::slides: return ResourceKind::slides;
        default: return std::nullopt;
    }
}

class ScheduleBuilder {
public:
    explicit ScheduleBuilder(const ImportedSchedule& imported) : imported_(imported) {}

    Schedule build() {
        add_metadata();
        for (const ImportedEvent& event : imported_.events) {
            if (schedule_.sessions.size() == limits::max_sessions) {
                warn("more than " + std::to_string(limits::max_sessions) + " events: the rest were skipped");
                break;
            }
            add_event(event);
        }
        stable_sort_items(schedule_.sessions, [](const Session& a, const Session& b) {  // the core's one sort
            if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
            if (a.date && *a.date != *b.date) return *a.date < *b.date;
            return a.start_minute.value_or(minutes_per_day) < b.start_minute.value_or(minutes_per_day);
        });
        return std::move(schedule_);
    }

private:
    void add_metadata() {
        auto add = [&](const char* key, const std::optional<std::string>& value) {
            if (value && !value->empty()) schedule_.post.emplace_back(key, *value);
        };
        add("title", imported_.title);
        add("date", imported_.start);
        add("acronym", imported_.acronym);
        add("url", imported_.url);
        add("timezone", imported_.time_zone_name);
        schedule_.post.emplace_back("format", imported_.format);
    }

    void warn(std::string message) {
        if (schedule_.diagnostics.size() >= limits::max_diagnostics) return;
        schedule_.diagnostics.push_back(Diagnostic{0, Severity::warning, std::move(message)});
    }

    // The offset of the schedule's zone at a local time, when timezones.h knows the zone.
    std::optional<int> zone_offset(const CivilDate& date, int minute) const {
        if (!imported_.time_zone_name) return std::nullopt;
        return zone_offset_minutes(*imported_.time_zone_name, date, minute);
    }

    void set_times(const ImportedEvent& e, Session& s) {
        std::optional<int> offset;
        if (e.start_timestamp) {
            auto t = parse_timestamp(*e.start_timestamp);
            if (!t) {
                warn("\"" + s.title + "\": cannot read the start time \"" + *e.start_timestamp + "\"");
                return;
            }
            s.date = t->date;
            s.start_minute = t->minute;
            offset = t->offset_minutes ? t->offset_minutes : zone_offset(t->date, t->minute);
        } else if (e.day_date) {
            auto date = parse_iso_date(*e.day_date);
            if (!date || !is_valid_date(*date)) {
                warn("\"" + s.title + "\": cannot read the date \"" + *e.day_date + "\"");
                return;
            }
            s.date = *date;
            if (e.start_hhmm) {
                s.start_minute = parse_hhmm(*e.start_hhmm);
                if (!s.start_minute) warn("\"" + s.title + "\": cannot read the start \"" + *e.start_hhmm + "\"");
            }
            if (s.start_minute) offset = zone_offset(*s.date, *s.start_minute);
        }
        if (!s.date || !s.start_minute) return;

        if (offset) {
            const auto zone = imported_.time_zone_name;
            s.tz = zone && zone_offset(*s.date, *s.start_minute) == offset ? *zone : offset_text(*offset);
            s.utc_start = to_unix_seconds(*s.date, *s.start_minute, *offset);
        }

        std::optional<int> duration;
        if (e.end_timestamp) {
            auto end = parse_timestamp(*e.end_timestamp);
            if (end) {
                const int end_offset = end->offset_minutes.value_or(offset.value_or(0));
                const std::int64_t start_seconds = to_unix_seconds(*s.date, *s.start_minute, offset.value_or(0));
                const std::int64_t end_seconds = to_unix_seconds(end->date, end->minute, end_offset);
                if (end_seconds >= start_seconds) duration = int((end_seconds - start_seconds) / 60);
            }
            if (!duration) warn("\"" + s.title + "\": cannot read the end \"" + *e.end_timestamp + "\"");
        }
        if (!duration && e.duration) {
            duration = parse_duration(*e.duration);
            if (!duration) warn("\"" + s.title + "\": cannot read the duration \"" + *e.duration + "\"");
            if (duration == 0 && !e.end_timestamp) duration.reset();  // talkboard's "no end time"
        }
        if (!duration && e.duration_minutes && *e.duration_minutes > 0) duration = e.duration_minutes;
        if (!duration) return;
        if (*duration >= minutes_per_day) {
            // session_span.h: local times describe less than a day, so a longer end cannot be kept.
            warn("\"" + s.title + "\": lasts a day or more; talkboard keeps sessions under 24 hours, so its end is left out");
            return;
        }
        s.end_minute = (*s.start_minute + *duration) % minutes_per_day;
        if (s.utc_start) s.utc_end = *s.utc_start + std::int64_t(*duration) * 60;
    }

    void add_event(const ImportedEvent& e) {
        const std::string title(text::trim(e.title));
        if (title.empty()) {
            warn("an event without a title was skipped");
            return;
        }
        Session s;
        s.title = title;
        s.kind = kind_of_type(e.type);
        for (const ImportedPerson& p : e.persons) s.speakers.push_back(Speaker{p.name, p.org, p.role});
        if (e.url && is_session_url(*e.url)) s.url = e.url;
        set_times(e, s);
        s.room = e.room;
        s.track = e.track;
        s.section = e.track ? e.track : e.room;
        s.abstract = e.abstract ? *e.abstract : e.description.value_or("");
        s.language = e.language;
        for (const ImportedLink& link : e.links) {
            if (const auto kind = resource_kind(link)) add_resource(s.resources, *kind, link.url);
        }
        if (e.guid) {
            s.id = ids_.next({"guid", *e.guid});
        } else {
            s.id = ids_.next({"event", title, e.start_timestamp ? *e.start_timestamp : e.day_date.value_or(""),
                              e.start_hhmm.value_or("")});
        }
        schedule_.sessions.push_back(std::move(s));
    }

    const ImportedSchedule& imported_;
    Schedule schedule_;
    SessionIds ids_;
};

}  // namespace

Schedule build_imported_schedule(const ImportedSchedule& imported) { return ScheduleBuilder(imported).build(); }

}  // namespace talkboard
