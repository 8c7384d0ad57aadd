#include "talkboard/extract/extract_schedule.h"

#include <algorithm>
#include <array>
#include <map>

#include "internal/index_sort.h"
#include "internal/overlap_sweep.h"
#include "internal/text.h"
#include "talkboard/extract/decision.h"
#include "talkboard/extract/entries.h"
#include "talkboard/extract/entry_reading.h"
#include "talkboard/extract/line_shapes.h"
#include "talkboard/extract/link_kind.h"
#include "talkboard/extract/session_kind.h"
#include "talkboard/extract/session_resources.h"
#include "talkboard/extract/speakers.h"
#include "talkboard/input/markdown_blocks.h"
#include "talkboard/limits.h"
#include "talkboard/session_finish.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/time/session_span.h"
#include "talkboard/time/timezones.h"

namespace talkboard {

namespace {

// What the resolution needs of an entry once it has been read: the entry's text is dropped.
struct Candidate {
    EntryShape shape = EntryShape::paragraph;
    EntryContext context;
    std::string heading;  // a heading entry's text, as the sections under it name it
    bool continuation = false;
    int table_column = -1;
    int line = 0;  // file line
    EntryReading reading;
    Decision decision;
    std::vector<Resource> resources;  // recordings and slides linked from the entry
};

// True when `c` stands in the section that heading candidate `heading` opens (its sections go on
// with the heading's text; "## Sunday" after "### Talk" under "# Saturday" does not).
bool is_under(const Candidate& heading, const Candidate& c) {
    const std::size_t depth = heading.context.sections.size();
    return c.context.sections.size() > depth && c.context.sections[depth] == heading.heading;
}

class CandidateCollector final : public EntrySink {
public:
    explicit CandidateCollector(int first_body_line) : first_body_line_(first_body_line) {}

    void take(Entry&& entry) override {
        if (candidates.size() >= limits::max_sessions * 2) {
            overflow = true;
            return;
        }
        Candidate& c = candidates.emplace_back();  // built in place: a candidate moves no more
        c.reading = read_entry(entry);
        c.resources = entry_resources(entry);
        c.shape = entry.shape;
        c.continuation = entry.table.continuation;
        c.table_column = entry.table.column;
        c.line = file_line(c.reading.title_line ? c.reading.title_line : entry.line);  // the talk's link, when it has one
        c.reading.when_line = c.reading.when_line ? file_line(c.reading.when_line) : c.line;
        // Decided for both shapes: the post's (timed or a roundup) is known only at its end.
        const Decisions decided = decide(entry, c.reading);
        c.decision = decided.timed;
        untimed.push_back(decided.untimed);
        if (entry.shape == EntryShape::heading) c.heading = text::collapse_spaces(entry.lines.front().text);
        c.context = std::move(entry.context);
        // A heading whose talk is named by a "Title:" line under it ("#### Org", "- Title: ...") is
        // the talk's section, as a heading above a talk is.
        if (entry.shape == EntryShape::heading && c.reading.source == TitleSource::key_value) c.context.sections.push_back(c.heading);
    }

    int file_line(int body_line) const { return body_line + first_body_line_ - 1; }

    std::vector<Candidate> candidates;
    std::vector<Decision> untimed;  // each candidate's decision in a post without times
    bool overflow = false;

private:
    int first_body_line_;
};



// The conference year a post is about, for dates written without one: a year in its title (the
// frontmatter's, or the first heading of a page without frontmatter), else the year most dates
// of the post are written with, else the year of its frontmatter date(s), else a year the text
// writes on its own, else one in the post's address (year_in_address). `from_text` says the year
// is the post's own word for its event (title, written dates), not only when it was published.
struct YearHint {
    int year = 0;
    bool from_text = false;
};

std::optional<YearHint> conference_year(const Frontmatter& fm, const std::string& first_title, const std::vector<MentionedDate>& mentioned,
                                        const std::vector<MentionedDayRange>& ranges, std::optional<int> first_year_written,
                                        std::string_view address) {
    for (const char* key : {"title", "Title"}) {
        if (auto title = frontmatter_scalar(fm, key)) {
            if (auto year = year_written_in(*title)) return YearHint{*year, true};
        }
    }
    if (auto year = year_written_in(first_title)) return YearHint{*year, true};
    // The year written most often; of years written as often, the earliest. (Sorted ints and their
    // runs rather than a std::map<int, int>: one tree instantiation less in the wasm.)
    std::vector<int> written;
    for (const auto& m : mentioned) {
        if (m.value.year) written.push_back(*m.value.year);
    }
    for (const auto& r : ranges) {
        if (r.days.first.year) written.push_back(*r.days.first.year);
    }
    if (!written.empty()) {
        stable_sort_indices(written, [](int a, int b) { return a < b; });
        int best = written[0];
        std::size_t best_count = 0;
        for (std::size_t run = 0; run < written.size();) {
            std::size_t end = run;
            while (end < written.size() && written[end] == written[run]) ++end;
            if (end - run > best_count) {
                best = written[run];
                best_count = end - run;
            }
            run = end;
        }
        return YearHint{best, true};
    }
    for (const char* key : {"dates", "date", "Date", "publishDate"}) {
        if (auto value = frontmatter_scalar(fm, key)) {
            if (auto date = parse_iso_date(*value)) return YearHint{date->year, false};
            if (auto year = year_written_in(*value)) return YearHint{*year, false};
        }
    }
    // Last, a year the text writes on its own ("It's Hacktoberfest 2019!").
    if (first_year_written) return YearHint{*first_year_written, false};
    if (auto year = year_in_address(address)) return YearHint{*year, false};
    return std::nullopt;
}

// A group or a note rather than a person: its last word names a group ("Orga Team", "All
// Organizers", "Sponsor Panel") or a restriction ("Auditorium Only"), or its first word is "All".
bool names_group(std::string_view name) {
    const std::string_view trimmed = text::trim(name);
    static constexpr text::WordList last_words("team|teams|organizers|organisers|organizer|organiser|attendees|participants|everyone|"
                                               "committee|staff|only|panel|panelists|sponsors|leads|group|groups|maintainers");
    const std::size_t space = trimmed.rfind(' ');
    if (space == std::string_view::npos) return last_words.contains(trimmed);  // "Staff", "Organizers"
    const std::string_view first = trimmed.substr(0, trimmed.find(' '));
    // "SIG Architecture", "WG Batch", "TAG Security": a project's group by its acronym.
    const bool group_acronym = first == "SIG" || first == "WG" || first == "TAG";
    return last_words.contains(trimmed.substr(space + 1)) || text::iequals_ascii(first, "all") || group_acronym;
}

// Makes `out` the key of `s` (its ASCII letters and digits lowered, and its other UTF-8), in the
// caller's buffer: merge_duplicates builds one per session and reuses it.
void assign_normalized_key(std::string& out, std::string_view s) {
    // ASCII tests in place of std::isalnum / std::tolower (a call each per byte of every title),
    // written into the key at its full size (an append per byte checked the capacity each time).
    out.resize(s.size());
    std::size_t n = 0;
    for (char c : s) {
        if (text::is_ascii_alpha(c) || text::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80) out[n++] = text::ascii_lower_char(c);
    }
    out.resize(n);
}

std::string normalized_key(std::string_view s) {
    std::string out;
    assign_normalized_key(out, s);
    return out;
}

// Makes `key` the key of a session's link, in the caller's buffer (as assign_normalized_key).
void assign_url_key(std::string& key, const std::optional<std::string>& url) {
    key.clear();
    if (!url) return;
    std::string_view u = *url;
    if (const std::size_t scheme = u.find("://"); scheme != std::string_view::npos) u.remove_prefix(scheme + 3);
    if (text::starts_with(u, "www.")) u.remove_prefix(4);
    // The fragment stays: "talks#keynote-day-1" and "talks#keynote-day-2" are two sessions.
    key.assign(u.substr(0, u.find('?')));
    if (const std::size_t hash = u.find('#'); hash != std::string_view::npos && key.find('#') == std::string::npos) key += u.substr(hash);
    while (!key.empty() && key.back() == '/') key.pop_back();
    for (char& c : key) c = text::ascii_lower_char(c);  // lowered in place: the key is a copy already
}

// D: whether diagnostics are written (extract_schedule.h). A template so that the browser's core,
// which skips them, compiles none of their messages, sorting and reporting passes.
template <Diagnostics D>
class Resolver {
    static constexpr bool collecting = D == Diagnostics::collect;

public:
    Resolver(PostSource& source, CandidateCollector& collected, const EntryBuilder& entries)
        : source_(source), collected_(collected), mentioned_(entries.mentioned_dates()),
          ranges_(entries.mentioned_day_ranges()), event_dates_(entries.stated_event_dates()),
          year_hint_(conference_year(source.frontmatter, entries.first_title(), entries.mentioned_dates(), ranges_, entries.first_year_written(),
                                     source.address)) {
        post_zone_ = entries.stated_post_zone();
        first_title_ = entries.first_title();
        // The key as site generators' themes spell it ("timezone", "time_zone", "timeZone", ...).
        for (const char* key : {"timezone", "tz", "time_zone", "timeZone", "time-zone", "event_timezone", "eventTimezone"}) {
            if (!zone_override_) zone_override_ = frontmatter_scalar(source_.frontmatter, key);
        }
        // An event's own page ("date: 2019-10-28", "time: 10:30am - 2:00pm", "venue: ...") writes the
        // event's day as its date; a blog post's date is the day it was posted.
        int event_keys = 0;
        for (const char* key : {"time", "venue", "address", "location", "end", "end_date", "endDate", "start_time"}) {
            event_keys += frontmatter_scalar(source_.frontmatter, key).has_value();
        }
        // (An event of several days, its end another day, names no one day of its sessions.)
        std::optional<CivilDate> end_day;
        for (const char* key : {"event_end_date", "end_date", "endDate", "end", "enddate"}) {
            const auto value = frontmatter_scalar(source_.frontmatter, key);
            if (!end_day && value && value->size() >= 10) end_day = parse_iso_date(std::string_view(*value).substr(0, 10));
        }
        for (const char* key : {"event_date", "eventdate", "event-date", "eventDate", "date"}) {
            if (key[0] == 'd' && event_keys < 2) continue;
            const auto value = frontmatter_scalar(source_.frontmatter, key);
            if (!value || event_date_ || value->size() < 10) continue;
            if (const std::optional<CivilDate> date = parse_iso_date(std::string_view(*value).substr(0, 10))) {
                if (end_day && !(*end_day == *date)) break;
                DateTimeText day;
                day.year = date->year, day.month = date->month, day.day = date->day;
                event_date_ = day;
            }
        }
        // "title: Kiln Rust Night, Thursday, September 17, 2026": the day of a one-day post; so is a
        // full date, year and all, in its description ("Join us on Tuesday December 3, 2019!").
        for (const char* key : {"title", "Title", "description", "Description", "summary", "subtitle"}) {
            const auto title = frontmatter_scalar(source_.frontmatter, key);
            if (!title || title_date_) continue;
            const bool titled = key[0] == 't' || key[0] == 'T';
            for (const auto& f : find_date_times(*title)) {
                if (f.value.has_date() && !f.value.has_time() && (titled || f.value.year)) {
                    title_date_ = f.value;
                    break;
                }
            }
        }
    }

    Schedule run() {
        std::vector<Candidate>& candidates = collected_.candidates;
        // The post's shape: are its sessions timed? Then untimed entries are not sessions.
        std::size_t timed = 0;
        for (const auto& c : candidates) timed += c.decision.session && c.decision.reason == Reason::timed;
        const bool post_timed = timed >= 2;
        if (!post_timed) {
            for (std::size_t i = 0; i < candidates.size(); ++i) candidates[i].decision = collected_.untimed[i];
            talks_of_lineups();
            talks_then_names();
            names_then_talks();
            numbered_talk_headings();
        } else {
            untimed_sections_as_roundups();
            items_of_timed_blocks();
        }
        people_lists_alike();
        apply_end_markers();
        drop_containers();
        drop_overview_items();
        merge_duplicates();
        read_afternoons();
        for (const auto& c : candidates) {
            if (c.decision.session && c.reading.when && c.reading.when->has_date()) session_lines_.push_back(c.reading.when_line);
        }
        stable_sort_indices(session_lines_, [](int a, int b) { return a < b; });

        schedule_.post = source_.frontmatter;
        std::vector<std::size_t> kept;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const Candidate& c = candidates[i];
            if (c.decision.session) {
                if (kept.size() >= limits::max_sessions) {
                    if (!over_limit_reported_) {
                        add(c.line, Severity::error, [&] { return "more than " + std::to_string(limits::max_sessions) + " sessions; the rest are ignored"; });
                        over_limit_reported_ = true;
                    }
                    continue;
                }
                kept.push_back(i);
            } else if constexpr (collecting) {
                report_rejected(c);
            }
        }
        if (collected_.overflow && !over_limit_reported_) {
            add(0, Severity::error, [&] { return "more than " + std::to_string(limits::max_sessions) + " sessions; the rest are ignored"; });
        }
        build_sessions(kept);
        return finish();
    }

private:
    // "| 05:30 PM | After Party |" ... "| 08:00 PM | After Party Ends |": the end of the party.
    // A timed post may list some sessions without times in a section of their own ("## Workshops"
    // as a "Workshop | Instructor(s)" table above a timed talk schedule): in a section where
    // nothing is timed, table rows are judged as in a post without times. So are the items of an
    // event's own section, its heading dated ("### 16-09-2017 - 23o Encontro" in an archive of
    // meetups, some of which list times and some not).
    void untimed_sections_as_roundups() {
        std::vector<Candidate>& candidates = collected_.candidates;
        std::vector<const std::vector<std::string>*> timed_sections;
        for (const auto& c : candidates) {
            if (c.decision.session && c.decision.reason == Reason::timed) timed_sections.push_back(&c.context.sections);
        }
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            Candidate& c = candidates[i];
            if (c.decision.reason != Reason::no_time || c.shape == EntryShape::heading) continue;
            if (c.shape != EntryShape::table_row && (c.context.sections.empty() || !dated_heading(c.context.sections.back()))) continue;
            const bool section_timed = std::any_of(timed_sections.begin(), timed_sections.end(),
                                                   [&](const std::vector<std::string>* s) { return *s == c.context.sections; });
            if (!section_timed) c.decision = collected_.untimed[i];
        }
    }

    // A heading that writes a full date, year and all ("16-09-2017 - 23o Encontro", "March 3, 2025:
    // Rust Night").
    static bool dated_heading(std::string_view heading) {
        for (const auto& f : find_date_times(heading)) {
            if (f.value.has_date() && f.value.year) return true;
        }
        return false;
    }

    // "9 Talks I Can't Wait to See" over "## 1. Our Opening Keynote", "## 2. API Throwdown", ...: in a
    // post whose title names talks, its numbered headings (three or more, each with its text) are
    // those talks.
    void numbered_talk_headings() {
        std::string title;
        if (auto fm = frontmatter_scalar(source_.frontmatter, "title")) title = *fm;
        else title = first_title_;
        bool names_talks = false;
        static constexpr text::WordList talk_words("talks|sessions|presentations|keynotes|workshops|tutorials");
        for (std::string_view word : text::split(title, " ")) names_talks |= talk_words.contains(text::trim_chars(word, ",.:;!?\"'"));
        if (!names_talks) return;
        std::vector<Candidate>& candidates = collected_.candidates;
        auto numbered = [](const Candidate& c) { return c.shape == EntryShape::heading && heading_number_length(c.heading, 2) > 0; };
        std::size_t count = 0;
        for (const Candidate& c : candidates) count += numbered(c) && c.decision.reason == Reason::no_evidence;
        if (count < 3) return;
        for (Candidate& c : candidates) {
            if (numbered(c) && c.decision.reason == Reason::no_evidence && !c.reading.title.empty()) c.decision = {true, Reason::roundup};
        }
    }

    // The sections where three or more candidates read a given way (`reads`): where a list's items
    // read alike, an item that reads so less plainly is read the same way. Counted once per pass
    // (the map type the resolver already uses; counting over a list of every item for each
    // candidate was quadratic in a long roundup).
    template <typename Reads>
    std::map<std::string, int> sections_where(Reads reads) const {
        std::map<std::string, int> sections;
        for (const Candidate& c : collected_.candidates) {
            if (reads(c)) ++sections[section_key(c)];
        }
        return sections;
    }

    static bool among_three(const std::map<std::string, int>& sections, const Candidate& c) {
        const auto section = sections.find(section_key(c));
        return section != sections.end() && section->second >= 3;
    }

    // "* Readability Counts (Trey Hunner)" among "* Title (Speaker)" items: in a section whose list
    // items are talks with their speakers in parentheses (three or more), an item that reads like
    // "Ana Li (WidgetCo)" is one more talk, unless its parentheses name an org.
    void talks_of_lineups() {
        const auto lineups = sections_where([](const Candidate& c) {
            return c.shape == EntryShape::list_item && c.decision.session && c.reading.source == TitleSource::plain_text &&
                   !c.reading.speaker_text.empty();
        });
        if (lineups.empty()) return;
        for (Candidate& c : collected_.candidates) {
            if (c.decision.reason != Reason::person_listed || c.shape != EntryShape::list_item || c.reading.speaker_text.empty() ||
                looks_like_org(c.reading.speaker_text)) {
                continue;
            }
            if (among_three(lineups, c)) c.decision = {true, Reason::roundup};
        }
    }

    // "- Culture Trumps Tools: Ana Li", "- Keynote: Bo Chen" in a section whose list items (three or
    // more) are a title, a colon and one person's name: each item is a talk and the name its
    // speaker. One such item alone may be a title and its subtitle ("Rust: Fearless Concurrency").
    void talks_then_names() {
        std::vector<Candidate>& candidates = collected_.candidates;
        auto name_after_colon = [](const Candidate& c) -> std::size_t {
            const EntryReading& r = c.reading;
            if (c.shape != EntryShape::list_item || r.source != TitleSource::plain_text || !r.speaker_text.empty() || !r.speakers.empty()) {
                return std::string::npos;
            }
            const std::size_t colon = r.title.rfind(": ");
            if (colon == std::string::npos || colon == 0) return std::string::npos;
            const std::string_view name = std::string_view(r.title).substr(colon + 2);
            const auto words = std::count(name.begin(), name.end(), ' ') + 1;
            return words >= 2 && words <= 3 && looks_like_person_name(name) && !looks_like_org(name) ? colon : std::string::npos;
        };
        // A kind's prefix took the name's place as the title: "Keynote: Bo Chen".
        auto kind_then_name = [](const Candidate& c) {
            const EntryReading& r = c.reading;
            static constexpr text::WordList families("keynote|panel|workshop|lightning_talk|tutorial");
            return c.shape == EntryShape::list_item && r.source == TitleSource::plain_text && r.kind && families.contains(*r.kind) &&
                   r.speaker_text.empty() && r.speakers.empty() && r.title.find(' ') != std::string::npos && looks_like_person_name(r.title) &&
                   !looks_like_org(r.title);
        };
        const auto sections = sections_where([&](const Candidate& c) { return name_after_colon(c) != std::string::npos || kind_then_name(c); });
        if (sections.empty()) return;
        for (Candidate& c : candidates) {
            if (!among_three(sections, c) || is_logistics_title(c.reading.title)) continue;
            EntryReading& r = c.reading;
            if (const std::size_t colon = name_after_colon(c); colon != std::string::npos) {
                r.speaker_text = r.title.substr(colon + 2);
                r.title.resize(colon);
                if (!r.kind) r.kind = kind_of_whole_title(r.title);
            } else if (kind_then_name(c)) {
                r.speaker_text = std::move(r.title);
                r.title = kind_label(*r.kind);
            } else {
                continue;
            }
            if (!c.decision.session) c.decision = {true, Reason::roundup};
        }
    }

    // "- Richard Roe - How to Ride Elephants Safely" among three or more items read as a person, a
    // dash and a title: the same order, though its title alone would not say so (it opens with
    // "How", or has no word in lower case).
    void names_then_talks() {
        std::vector<Candidate>& candidates = collected_.candidates;
        const auto sections = sections_where([](const Candidate& c) {
            return c.shape == EntryShape::list_item && c.decision.session && c.reading.speaker_before_title;
        });
        if (sections.empty()) return;
        for (Candidate& c : candidates) {
            EntryReading& r = c.reading;
            if (c.shape != EntryShape::list_item || r.source != TitleSource::plain_text || !r.speaker_text.empty() || !r.speakers.empty()) continue;
            if (!among_three(sections, c)) continue;
            const std::size_t dash = text::find_by(r.title, " - ", 1);
            if (dash == std::string::npos || dash == 0) continue;
            const std::string_view who = std::string_view(r.title).substr(0, dash);
            const auto words = std::count(who.begin(), who.end(), ' ') + 1;
            if (words < 2 || words > 3 || !looks_like_person_name(who) || looks_like_org(who)) continue;
            r.speaker_text = std::string(who);
            r.title.erase(0, dash + 3);
            r.speaker_before_title = true;
            if (!c.decision.session) c.decision = {true, Reason::roundup};
        }
    }

    // "  - Ana Li, Bo Chen" among talks whose nested names read "  - Cy Dee, Dan Ek, Eve Fox" (three
    // or more people, parted by commas): two full names with a comma are two people there too, not
    // a name and an org. Asked in a section with three or more such lists.
    void people_lists_alike() {
        std::vector<Candidate>& candidates = collected_.candidates;
        const auto sections = sections_where([](const Candidate& c) {
            const std::string& names = c.reading.speaker_text;
            return c.decision.session && c.shape == EntryShape::list_item && std::count(names.begin(), names.end(), ';') >= 2 &&
                   names.find(',') == std::string::npos;
        });
        if (sections.empty()) return;
        for (Candidate& c : candidates) {
            std::string& names = c.reading.speaker_text;
            if (!c.decision.session || c.shape != EntryShape::list_item || std::count(names.begin(), names.end(), ',') != 1) continue;
            if (!among_three(sections, c)) continue;
            const std::size_t comma = names.find(',');
            const std::string_view first = text::trim(std::string_view(names).substr(0, comma));
            const std::string_view second = text::trim(std::string_view(names).substr(comma + 1));
            auto full_name = [](std::string_view n) {
                return n.find(' ') != std::string_view::npos && looks_like_person_name(n) && !looks_like_org(n);
            };
            if (full_name(first) && full_name(second)) names[comma] = ';';
        }
    }

    // "## Lightning talks (11:00 - 11:30)" over a list of talks without times ("- Cy Dee: Ten tiny
    // tools"), or "### Session One", "11:00 - 12:30" over a table of "| Name | Title |" rows: the
    // talks start when the block does (their ends are not written) and the heading only heads them,
    // as a table row heading the rows under it does.
    void items_of_timed_blocks() {
        std::vector<Candidate>& candidates = collected_.candidates;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            Candidate& block = candidates[i];
            if (block.shape != EntryShape::heading || !block.decision.session || block.decision.reason != Reason::timed) continue;
            std::vector<std::size_t> items;
            bool other = false;
            for (std::size_t k = i + 1; k < candidates.size() && is_under(block, candidates[k]); ++k) {
                const Candidate& c = candidates[k];
                // (Table rows of a section without times were judged as a roundup's just before.)
                const bool untimed = c.decision.reason == Reason::no_time ||
                                     (c.shape == EntryShape::table_row && c.decision.reason == Reason::roundup && !(c.reading.when && c.reading.when->has_time()));
                const bool talk = (c.shape == EntryShape::list_item || c.shape == EntryShape::table_row) && untimed &&
                                  (!c.reading.speakers.empty() || !c.reading.speaker_text.empty());
                if (talk) items.push_back(k);
                else other |= c.decision.session;
            }
            if (items.size() < 2 || other) continue;
            for (std::size_t k : items) {
                // The block's start: each talk is a part of the block, not the whole of it.
                candidates[k].reading.when = block.reading.when;
                candidates[k].reading.when->end_minute.reset();
                candidates[k].reading.when_line = block.reading.when_line;
                if (!candidates[k].reading.kind) candidates[k].reading.kind = block.reading.kind;  // "Lightning talks"
                candidates[k].decision = {true, Reason::timed};
            }
            block.decision = {false, Reason::block_header};
        }
    }

    void apply_end_markers() {
        std::vector<Candidate>& candidates = collected_.candidates;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const Candidate& marker = candidates[i];
            // "^ continued" in a grid cell: the session above in its column runs on to this slot's end.
            if (text::starts_with(marker.reading.title, "^") && marker.table_column >= 0 && marker.reading.when &&
                marker.reading.when->end_minute) {
                for (std::size_t k = i; k-- > 0;) {
                    Candidate& c = candidates[k];
                    if (c.table_column != marker.table_column || !c.reading.when || !c.reading.when->has_time()) continue;
                    if (c.decision.session) c.reading.when->end_minute = marker.reading.when->end_minute;
                    break;
                }
                continue;
            }
            const std::string_view ended = ended_title(marker.reading.title);
            if (ended.empty() || !marker.reading.when || !marker.reading.when->has_time()) continue;
            for (std::size_t k = i; k-- > 0;) {
                Candidate& c = candidates[k];
                if (!c.decision.session || c.table_column != marker.table_column || !c.reading.when) continue;
                if (normalized_key(c.reading.title) != normalized_key(ended)) continue;
                if (!c.reading.when->end_minute) c.reading.when->end_minute = marker.reading.when->start_minute;
                break;
            }
        }
    }

    // "11:00 - 11:30", then "1:00 - 1:30": a day's times written in 12-hour style without am/pm
    // that run backwards past noon are the afternoon's, as a reader reads them. Each day (or section,
    // where no day is known) is read in post order; a time moves by 12 hours only when it is bare
    // (time_line.h, bare_twelve_hour), between 1:00 and 7:59, earlier than the time before it, and no
    // longer earlier once moved. A day whose times are all bare and between 1:00 and 7:59, with no
    // zone ("### Tuesday 4/25 at 4:00-4:50", a colloquium's one talk), is an afternoon's: no talk
    // is given at four in the morning.
    void read_afternoons() {
        std::vector<Candidate>& candidates = collected_.candidates;
        std::string group;
        std::optional<int> previous;
        std::vector<std::string> keys(candidates.size());
        // Groups holding a time that is no bare early hour, each once (the map type the resolver
        // already uses): a list of every such time, searched for each time, was quadratic, more than
        // half of the parse of a post of 10,000 talks.
        std::map<std::string, int> groups_with_mornings;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            Candidate& c = candidates[i];
            if (!c.decision.session || !c.reading.when || !c.reading.when->has_time()) continue;
            const DateTimeText& w = *c.reading.when;
            const std::optional<DateTimeText> day = day_of(c);
            keys[i] = day && day->has_date() ? "d" + std::to_string(*day->month) + "-" + std::to_string(*day->day) : "s" + section_key(c);
            if (!w.bare_twelve_hour || !w.zone.empty() || *w.start_minute < 60 || *w.start_minute >= 8 * 60) {
                groups_with_mornings.emplace(keys[i], 0);
            }
        }
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            Candidate& c = candidates[i];
            if (!c.decision.session || !c.reading.when || !c.reading.when->has_time()) continue;
            DateTimeText& w = *c.reading.when;
            const std::string& key = keys[i];
            if (groups_with_mornings.count(key) == 0) {
                w.start_minute = *w.start_minute + 720;
                if (w.end_minute && *w.end_minute < 720) w.end_minute = *w.end_minute + 720;
                continue;
            }
            if (key != group) {
                group = key;
                previous.reset();
            }
            const int start = *w.start_minute;
            // Hours 1 to 7 only: the clock wraps from the late morning to the early afternoon; a "9:00"
            // after an afternoon is the next track's or day's morning, not the evening.
            if (w.bare_twelve_hour && previous && start >= 60 && start < 8 * 60 && start < *previous && start + 720 >= *previous) {
                w.start_minute = start + 720;
                if (w.end_minute && *w.end_minute < 720) w.end_minute = *w.end_minute + 720;
            }
            previous = *w.start_minute;
        }
    }

    // "- Presentations: 16:00 - 18:40 UTC", "- Workshops: 19:00 - 21:00 UTC" over the detailed
    // schedule: a group named by its kind alone whose hours hold two or more of the post's sessions
    // is an overview of the day, not a session.
    void drop_overview_items() {
        static constexpr text::WordList groups("presentations|talks|sessions|workshops|tutorials|keynotes|panels|breakouts");
        std::vector<Candidate>& candidates = collected_.candidates;
        for (Candidate& item : candidates) {
            const std::optional<DateTimeText>& span = item.reading.when;
            if (!item.decision.session || item.shape != EntryShape::list_item || !span || !span->has_time() || !span->end_minute ||
                !groups.contains(item.reading.title)) {
                continue;
            }
            int held = 0;
            for (const Candidate& c : candidates) {
                if (&c == &item || !c.decision.session || !c.reading.when || !c.reading.when->has_time()) continue;
                const int start = *c.reading.when->start_minute;
                held += start >= *span->start_minute && start < *span->end_minute;
            }
            if (held >= 2) item.decision = {false, Reason::block_header};
        }
    }

    // A heading whose section holds sessions within its hours is the section's title ("## Current
    // Contributor Day", 9:00 to 15:30, above its timetable), not a session. A heading that is a
    // session in its own right ("### Tides of Telemetry", 14:00 - 15:30, then a talk at 16:00) is no
    // section: what follows it belongs to the heading above.
    void drop_containers() {
        std::vector<Candidate>& candidates = collected_.candidates;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            Candidate& heading = candidates[i];
            if (heading.shape != EntryShape::heading || !heading.decision.session) continue;
            const std::size_t depth = heading.context.sections.size();
            // An untimed heading (a post without times) contains nothing by its hours.
            const std::optional<DateTimeText>& span = heading.reading.when;
            std::vector<std::size_t> inside;
            bool contained = true;
            bool timed_inside = false;
            for (std::size_t k = i + 1; k < candidates.size(); ++k) {
                const Candidate& c = candidates[k];
                if (!is_under(heading, c)) break;  // left the heading's section
                if (!c.decision.session) continue;
                inside.push_back(k);
                const auto& w = c.reading.when;
                timed_inside |= w && w->has_time();
                if (w && w->has_time() && span && span->has_time() && span->end_minute) {
                    const bool same_day = !w->has_date() || !span->has_date() || (w->month == span->month && w->day == span->day);
                    contained &= same_day && *w->start_minute >= *span->start_minute && *w->start_minute < *span->end_minute;
                }
            }
            if (inside.empty()) continue;
            // A heading with speakers of its own ("### 14:00 - Closing panel", "Speakers: ...") is a
            // talk, whatever follows it.
            const bool own_speakers = !heading.reading.speakers.empty() || !heading.reading.speaker_text.empty();
            if (contained && timed_inside && !own_speakers) {
                heading.decision = {false, Reason::block_header};
                continue;
            }
            for (std::size_t k : inside) {
                auto& sections = candidates[k].context.sections;
                if (sections.size() > depth) sections.erase(sections.begin() + static_cast<std::ptrdiff_t>(depth));
            }
        }
    }

    // A talk listed twice (featured first, again in the day's list) is one session: the same link
    // and title, or the same title, day and time. The entry with a time is kept; the other's
    // speakers, abstract and room fill its gaps.
    void merge_duplicates() {
        std::vector<Candidate>& candidates = collected_.candidates;
        // Every session's keys are built first, then numbered by one sort (equal keys, one number),
        // and the walk below keeps the candidate of each number in a slot: a map of the keys cost a
        // node per key. Building them first reads what the walk would: a candidate's reading and
        // decision change only at its own turn or later ones.
        struct Key {
            std::size_t begin, size;  // the key's bytes in `key_bytes`
            std::size_t candidate;
        };
        std::vector<Key> all_keys;
        all_keys.reserve(2 * candidates.size());
        std::string key_bytes;  // every key, one after the other: one buffer, not a string per key
        std::string title, url;  // each session's normalized title and link, in buffers reused from one to the next
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            Candidate& c = candidates[i];
            if (!c.decision.session) continue;
            assign_normalized_key(title, c.reading.title);
            // A key: its kind's letter, then its parts with '|' between them (no temporaries per part).
            auto key_of = [&](char what, std::initializer_list<std::string_view> parts) {
                const std::size_t begin = key_bytes.size();
                key_bytes += what;
                for (std::string_view part : parts) key_bytes.append(part) += '|';
                key_bytes.pop_back();
                all_keys.push_back(Key{begin, key_bytes.size() - begin, i});
            };
            // At most two keys: the page's and the time's, or the first speaker's.
            if (c.reading.url) {
                assign_url_key(url, c.reading.url);
                key_of('u', {url, title});
            }
            if (c.reading.when && c.reading.when->has_time()) {
                const std::optional<DateTimeText> day = day_of(c);
                const std::optional<CivilDate> date = day ? resolved(*day) : std::nullopt;
                // Without a calendar date, the weekday or the table column tells days apart.
                std::string day_key = date ? format_date(*date) : std::string();
                if (!date && day && day->weekday) day_key = "w" + std::to_string(*day->weekday);
                if (!date && c.table_column >= 0) day_key += "c" + std::to_string(c.table_column);
                // ... or the section: "### Day 1" and "### Day 2" each run "09:00 Introduction".
                if (!date && !(day && day->weekday) && !c.context.sections.empty()) day_key += "s" + c.context.sections.back();
                key_of('t', {title, day_key, std::to_string(*c.reading.when->start_minute)});
            } else if (!c.reading.url) {
                // Neither time nor page: the same title by the same first speaker ("- ⚡ **Title** with
                // **Ana Li** (Acme)" above a "| Ana Li | Title | Acme |" table).
                const std::string_view who = !c.reading.speakers.empty() ? std::string_view(c.reading.speakers.front().name)
                                                                           : std::string_view(c.reading.speaker_text);
                const std::string first_word = normalized_key(who.substr(0, who.find(' ')));
                if (!first_word.empty()) key_of('p', {title, first_word});
            }
        }
        auto text_of = [&](std::size_t k) { return std::string_view(key_bytes).substr(all_keys[k].begin, all_keys[k].size); };
        const std::vector<int> order = sorted_indices(all_keys.size(), [&](int a, int b) {
            return text_of(static_cast<std::size_t>(a)) < text_of(static_cast<std::size_t>(b));
        });
        std::vector<int> number(all_keys.size());
        for (std::size_t k = 1; k < order.size(); ++k) {
            const auto at = static_cast<std::size_t>(order[k]), before = static_cast<std::size_t>(order[k - 1]);
            number[at] = number[before] + (text_of(at) != text_of(before) ? 1 : 0);
        }
        std::vector<int> slot(all_keys.size(), -1);  // key number -> the candidate kept for it
        for (std::size_t first = 0, next = 0; first < all_keys.size(); first = next) {
            const std::size_t i = all_keys[first].candidate;
            next = first + 1;
            while (next < all_keys.size() && all_keys[next].candidate == i) ++next;
            Candidate& c = candidates[i];
            for (std::size_t k = first; k < next; ++k) {
                int& kept = slot[static_cast<std::size_t>(number[k])];
                if (kept < 0) {
                    kept = static_cast<int>(i);
                    continue;
                }
                Candidate& other = candidates[static_cast<std::size_t>(kept)];
                if (!other.decision.session) continue;
                const bool this_timed = c.reading.when && c.reading.when->has_time();
                const bool other_timed = other.reading.when && other.reading.when->has_time();
                Candidate& keep = (this_timed && !other_timed) ? c : other;
                Candidate& drop = &keep == &c ? other : c;
                if (keep.reading.speaker_text.empty() && keep.reading.speakers.empty()) {
                    keep.reading.speaker_text = drop.reading.speaker_text;
                    keep.reading.speakers = drop.reading.speakers;
                    keep.reading.lenient_speakers = drop.reading.lenient_speakers;
                }
                if (keep.reading.abstract.empty()) keep.reading.abstract = drop.reading.abstract;
                if (!keep.reading.room) keep.reading.room = drop.reading.room;
                if (keep.resources.empty()) keep.resources = drop.resources;
                if (!keep.reading.kind) keep.reading.kind = drop.reading.kind;
                drop.decision = {false, Reason::no_evidence};
                if constexpr (collecting) duplicates_.push_back({drop.line, keep.line});
                if (&keep == &c) kept = static_cast<int>(i);
                break;
            }
        }
    }

    void report_rejected(const Candidate& c) {
        const EntryReading& r = c.reading;
        const bool timed = r.when && r.when->has_time();
        // Only candidates with some sign of a session are worth the author's attention.
        if (!timed && !r.session_link) return;
        if (c.decision.reason == Reason::no_evidence) return;  // a merged duplicate, or prose
        warn(c.line, [&] {
            const std::string what = r.title.empty() ? std::string("this entry") : "'" + r.title + "'";
            return what + " is not read as a session: " + std::string(reason_text(c.decision.reason));
        });
    }

    void build_sessions(const std::vector<std::size_t>& kept) {
        std::vector<Candidate>& candidates = collected_.candidates;
        // The post's people and orgs, collected only when some speaker list is still to be read
        // with them (most were read already, needing no context: EntryReading::context_free_speakers).
        SpeakerContext context;
        const bool needs_context = std::any_of(kept.begin(), kept.end(), [&](std::size_t i) {
            return !candidates[i].reading.speaker_text.empty() && !candidates[i].reading.context_free_speakers;
        });
        if (needs_context) {
            for (std::size_t i : kept) context.collect(candidates[i].reading.speaker_text);
        }
        // A zone stated once, on a section's first time, holds for the section's other times
        // ("13:25 - 13:30 CET", then "13:35 - 14:00", ...). A section that writes zones on several
        // times and leaves some out says nothing about those: they stay floating.
        struct SectionZone {
            std::string zone;  // the zone of the section's first time, when known
            int stated = 0;    // times of the section that state a zone
        };
        std::map<std::string, int> section_index;  // section key -> its SectionZone
        std::vector<SectionZone> section_zones;
        for (std::size_t i : kept) {
            const Candidate& c = candidates[i];
            if (!c.reading.when || !c.reading.when->has_time()) continue;
            const std::string& zone = c.reading.when->zone;
            auto [it, first] = section_index.emplace(section_key(c), static_cast<int>(section_zones.size()));
            if (first) {
                const bool known = !zone.empty() && zone_offset_minutes(zone, CivilDate{2000, 1, 1}, 0).has_value();
                section_zones.push_back({known ? zone : std::string()});
            }
            if (!zone.empty()) ++section_zones[static_cast<std::size_t>(it->second)].stated;
        }
        schedule_.sessions.reserve(kept.size());
        for (std::size_t i : kept) {
            Candidate& c = candidates[i];
            EntryReading& r = c.reading;
            Session& s = schedule_.sessions.emplace_back();
            s.line = c.line;
            // The reading's texts move into the session: each candidate is built once, and only its
            // time, context and warnings are asked after this.
            s.title = std::move(r.title);
            s.kind = r.kind;
            if (!r.speaker_text.empty()) {
                const std::size_t comma = r.speaker_text.find(',');
                const bool glued = comma != std::string::npos && comma + 1 < r.speaker_text.size() && r.speaker_text[comma + 1] != ' ';
                if (r.lenient_speakers && glued) s.speakers = parse_first_names(r.speaker_text);
                if (s.speakers.empty()) s.speakers = r.context_free_speakers ? std::move(*r.context_free_speakers) : parse_speakers(r.speaker_text, context);
                if (s.speakers.empty() && r.lenient_speakers) s.speakers = parse_first_names(r.speaker_text);
                if (s.speakers.empty()) s.speakers = parse_handles(r.speaker_text);
            } else {
                s.speakers = std::move(r.speakers);
            }
            // "Tübix Orga Team", "All Attendees", "Conference Organisers", "(Auditorium Only)": a group
            // or a note where a speaker stands is no person.
            s.speakers.erase(std::remove_if(s.speakers.begin(), s.speakers.end(), [](const Speaker& p) { return names_group(p.name); }),
                             s.speakers.end());
            // "#### Blue Yonder", "- Title: ...", "- Presenters: Florian Jetter": the heading over a
            // talk named by its "Title:" line is the presenters' org.
            if (c.shape == EntryShape::heading && r.source == TitleSource::key_value && names_an_org(c.heading) &&
                std::none_of(s.speakers.begin(), s.speakers.end(), [&](const Speaker& p) { return p.name == c.heading; })) {
                for (Speaker& p : s.speakers) {
                    if (!p.org) p.org = c.heading;
                }
            }
            s.url = std::move(r.url);
            if (!c.context.sections.empty()) s.section = c.context.sections.back();
            s.abstract = std::move(r.abstract);
            s.room = std::move(r.room);
            s.track = std::move(r.track);
            s.language = std::move(r.language);
            s.resources = std::move(c.resources);
            if (!r.malformed_time.empty()) warn(collected_.file_line(r.malformed_line), [&] { return "cannot read this date/time: " + r.malformed_time; });
            if (!r.refused_link.empty()) {
                warn(c.line, [&] { return "link target '" + r.refused_link + "' is neither http(s) nor a page of this site; it is not shown"; });
            }
            std::string zone;
            if (r.when) zone = r.when->zone;
            if (zone.empty()) zone = c.context.zone;
            if (zone.empty()) {
                if (auto it = section_index.find(section_key(c)); it != section_index.end()) {
                    const SectionZone& section = section_zones[static_cast<std::size_t>(it->second)];
                    if (section.stated == 1) zone = section.zone;
                }
            }
            if (zone.empty() && zone_override_) zone = *zone_override_;
            // "All times are in CEST" under the timetable: the one zone the post states holds for
            // all its times, those written before it too.
            if (zone.empty()) zone = post_zone_;
            resolve_time(s, c, zone);
        }
    }

    // "Blue Yonder", "Kitware", "Berkeley Institute for Data Science": a heading that may name an
    // org: a few words, no digits, none naming an event, a session or a kind ("FluxCon colocated
    // session", "ContribFest", "pre-FOSDEM MySQL Days", "KubeCon 2025", "Keynote").
    static bool names_an_org(std::string_view heading) {
        static constexpr text::WordList event_words("session|sessions|room|track|day|days|summit|meetup|event|devroom|"
                                                    "conference|colocated|co-located|workshop|keynote|panel");
        if (heading.empty() || heading.size() > 48 || kind_of_whole_title(heading)) return false;
        std::size_t words = 0;
        for (std::string_view word : text::split(heading, " ")) {
            word = text::trim_chars(word, "()[],:;");
            if (word.empty()) continue;
            ++words;
            const std::string lower = text::ascii_lower(word);
            if (event_words.contains(lower) || text::ends_with(lower, "con") || text::ends_with(lower, "fest") ||
                lower.find("fosdem") != std::string::npos || std::any_of(word.begin(), word.end(), text::is_ascii_digit)) {
                return false;
            }
        }
        return words >= 1 && words <= 6;
    }

    static std::string section_key(const Candidate& c) {
        std::string key;
        for (const auto& s : c.context.sections) key.append(s) += '\x1f';
        return key;
    }

    // The day of a session: its own date, the date in force around it, a weekday resolved against
    // the dates the post writes, or the one date a single-day post names.
    std::optional<DateTimeText> day_of(const Candidate& c) const {
        const std::optional<DateTimeText>& own = c.reading.when;
        if (own && own->has_date()) return own;
        std::optional<int> weekday = own ? own->weekday : std::nullopt;
        if (!weekday && c.context.date) {
            if (c.context.date->has_date()) return c.context.date;
            weekday = c.context.date->weekday;
        }
        if (weekday) return date_for_weekday(*weekday);
        if (auto day = numbered_day(c)) return day;
        // "event_date: 2019-10-19T10:00:00+05:30" in the frontmatter: the day of the event it posts.
        if (event_date_) return event_date_;
        // A single-day post: every date it writes outside its sessions' own time lines ("June 24th,
        // 2019" under "Essential Information") is the same day, the day of its timed sessions.
        // An untimed talk of a post that says when its event is ("The meetup takes place on May 3"):
        // that day.
        if (!own || !own->has_time()) return stated_event_date();
        std::optional<DateTimeText> only;
        for (const auto& m : mentioned_) {
            if (m.not_event_day || std::binary_search(session_lines_.begin(), session_lines_.end(), collected_.file_line(m.line))) continue;
            if (only && (only->month != m.value.month || only->day != m.value.day)) return stated_event_date();
            only = m.value;
        }
        return only ? only : title_date_ ? title_date_ : stated_event_date();
    }

    // "## Day 2" in a post that writes its days once ("Talks: Friday April 21st to Sunday April
    // 23rd"): the second of them. Nothing when the post writes no range, or several.
    std::optional<DateTimeText> numbered_day(const Candidate& c) const {
        if (ranges_.size() != 1 || c.context.sections.empty()) return std::nullopt;
        int number = 0;
        for (auto s = c.context.sections.rbegin(); s != c.context.sections.rend() && number == 0; ++s) {
            const std::string_view heading = *s;
            if (heading.size() < 5 || !text::iequals_ascii(heading.substr(0, 4), "day ") || !text::is_ascii_digit(heading[4])) continue;
            if (heading.size() > 5 && text::is_ascii_digit(heading[5])) continue;  // "Day 12": no event runs so long
            number = heading[4] - '0';
        }
        const std::optional<CivilDate> from = resolved(ranges_.front().days.first), to = resolved(ranges_.front().days.last);
        if (number == 0 || !from || !to) return std::nullopt;
        const std::int64_t day = days_from_civil(*from) + number - 1;
        if (day > days_from_civil(*to)) return std::nullopt;
        const CivilDate date = civil_from_days(day);
        return as_text(date, weekday_of(date));
    }

    // The one day a sentence names as the event's ("The event takes place on October 16"), or nullopt.
    std::optional<DateTimeText> stated_event_date() const {
        std::optional<DateTimeText> day;
        for (const auto& m : event_dates_) {
            if (day && (day->month != m.value.month || day->day != m.value.day)) return std::nullopt;
            day = m.value;
        }
        return day;
    }

    // The date of a weekday written alone ("*Tuesday*", "### Monday Schedule"): that day of the
    // event's days as the post writes them ("held May 22-26, 2023"), else a date the post writes
    // with that weekday, else the first such weekday on or after the first date it writes.
    std::optional<DateTimeText> date_for_weekday(int weekday) const {
        for (const auto& r : ranges_) {
            const std::optional<CivilDate> from = resolved(r.days.first), to = resolved(r.days.last);
            if (!from || !to) continue;
            for (std::int64_t day = days_from_civil(*from); day <= days_from_civil(*to); ++day) {
                const CivilDate date = civil_from_days(day);
                if (weekday_of(date) == weekday) return as_text(date, weekday);
            }
        }
        std::optional<CivilDate> first;
        for (const auto& m : mentioned_) {
            if (m.not_event_day) continue;
            const std::optional<CivilDate> date = resolved(m.value);
            if (!date) continue;
            if (weekday_of(*date) == weekday) return as_text(*date, weekday);
            if (!first || *date < *first) first = date;
        }
        if (!first) return std::nullopt;
        CivilDate day = *first;
        for (int step = 0; step < 7; ++step) {
            if (weekday_of(day) == weekday) return as_text(day, weekday);
            day = civil_from_days(days_from_civil(day) + 1);
        }
        return std::nullopt;
    }

    static DateTimeText as_text(const CivilDate& date, int weekday) {
        DateTimeText t;
        t.year = date.year, t.month = date.month, t.day = date.day, t.weekday = weekday;
        return t;
    }

    // A written date with its year, written or inferred (no diagnostics).
    std::optional<CivilDate> resolved(const DateTimeText& when) const {
        if (!when.has_date()) return std::nullopt;
        const int year = when.year ? *when.year : year_hint_ ? year_hint_->year : 0;
        if (year == 0) return std::nullopt;
        const CivilDate date{year, *when.month, *when.day};
        if (!is_valid_date(date)) return std::nullopt;
        return date;
    }

    void resolve_time(Session& s, const Candidate& c, const std::string& zone) {
        const EntryReading& r = c.reading;
        if (r.when && r.when->has_time()) {
            s.start_minute = r.when->start_minute;
            s.end_minute = r.when->end_minute;
        }
        const std::optional<DateTimeText> day = day_of(c);
        // The zone its time is in is known without the day; the UTC instant is not.
        const bool named_zone = is_known_zone(zone) || is_ambiguous_zone(zone);
        if (s.start_minute && !zone.empty() && named_zone) s.tz = zone;
        if (!day) {
            if (s.start_minute) warn(r.when_line, [&] { return "'" + s.title + "' has a time but no date (and no date above it)"; });
            return;
        }
        DateTimeText when = *day;
        if (r.when && r.when->weekday && !when.weekday) when.weekday = r.when->weekday;
        s.date = resolve_date(when, r.when_line);
        if (!s.date || !s.start_minute || zone.empty()) return;
        const auto offset = zone_offset_minutes(zone, *s.date, *s.start_minute);
        if (!offset) {
            if (is_ambiguous_zone(zone)) {
                // The zone as written stays the session's; its instant is not guessed.
                warn(r.when_line, [&] { return "timezone '" + zone + "' names more than one zone; the times stay floating (write an offset such as UTC+5:30, or a frontmatter 'timezone: Asia/Kolkata')"; });
                return;
            }
            s.tz.reset();
            warn(r.when_line, [&] { return "unknown timezone '" + zone + "'; the times stay floating"; });
            return;
        }
        s.tz = zone;
        s.utc_start = to_unix_seconds(*s.date, *s.start_minute, *offset);
        if (const auto end = session_local_end(s)) {  // session_span.h: equal times are an instant
            const int end_offset = zone_offset_minutes(zone, end->date, end->minute).value_or(*offset);
            s.utc_end = to_unix_seconds(end->date, end->minute, end_offset);
        }
    }

    std::optional<CivilDate> resolve_date(const DateTimeText& when, int line) {
        if (when.year) {
            CivilDate date{*when.year, *when.month, *when.day};
            if (!is_valid_date(date)) {
                warn(line, [&] { return "there is no date " + format_date(date); });
                return std::nullopt;
            }
            if (when.weekday && weekday_of(date) != *when.weekday) {
                warn(line, [&] { return std::string("the weekday says ") + weekday_name(*when.weekday) + " but " + format_date(date) +
                               " is a " + weekday_name(weekday_of(date)); });
            }
            return date;
        }
        if (!year_hint_) {
            warn(line, [&] { return "the date has no year and the post gives none to infer it from"; });
            return std::nullopt;
        }
        const int year = year_hint_->year;
        const CivilDate inferred{year, *when.month, *when.day};
        if (!when.weekday || (is_valid_date(inferred) && weekday_of(inferred) == *when.weekday)) {
            if (is_valid_date(inferred)) return inferred;
        }
        if (year_hint_->from_text && is_valid_date(inferred)) {
            // The post names its year: the weekday and the day disagree within that year ("Friday,
            // July 13" in 2019). A day typo is likelier than a weekday typo when the weekday fits
            // a day next to it: take the nearest day that falls on the weekday.
            for (int distance : {1, -1, 2, -2, 3, -3}) {
                const CivilDate near = civil_from_days(days_from_civil(inferred) + distance);
                if (weekday_of(near) == *when.weekday) {
                    warn(line, [&] { return std::string("the weekday says ") + weekday_name(*when.weekday) + " but " + format_date(inferred) +
                                   " is a " + weekday_name(weekday_of(inferred)) + "; read as " + format_date(near); });
                    return near;
                }
            }
        }
        // Only the publication date gives a year: the year next to it in which the date falls on the
        // weekday (a January event announced in December, a recap published in January). Further
        // away than that the weekday is the typo: the date stays in the post's year, flagged.
        for (int distance : {1, -1}) {
            const CivilDate candidate{year + distance, *when.month, *when.day};
            if (is_valid_date(candidate) && when.weekday && weekday_of(candidate) == *when.weekday) {
                warn(line, [&] { return std::string("no year given; ") + format_date(inferred) + " is not a " + weekday_name(*when.weekday) +
                               ", so the year is taken as " + std::to_string(candidate.year); });
                return candidate;
            }
        }
        if (is_valid_date(inferred)) {
            warn(line, [&] { return std::string("the weekday says ") + weekday_name(*when.weekday) + " but " + format_date(inferred) + " is a " +
                           weekday_name(weekday_of(inferred)) + "; the date is kept as written"; });
            return inferred;
        }
        warn(line, [&] { return "cannot infer the year of this date"; });
        return std::nullopt;
    }

    Schedule finish() {
        SessionIds ids;  // session_finish.h: one hash and one de-duplication for every reader
        std::size_t floating = 0;
        int first_floating = 0;
        for (Session& s : schedule_.sessions) {
            s.id = ids.next({s.url ? std::string_view(*s.url) : std::string_view(), s.title,
                             s.date ? format_date(*s.date) : std::string(),
                             s.start_minute ? format_hhmm(*s.start_minute) : std::string()});
            if (!s.start_minute && !s.date) warn(s.line, [&] { return "'" + s.title + "' has no date and no time"; });
            else if (!s.start_minute) warn(s.line, [&] { return "'" + s.title + "' has no time"; });
            if (s.start_minute && s.date && !s.utc_start && !(s.tz && is_ambiguous_zone(*s.tz))) {
                if (floating++ == 0) first_floating = s.line;
            }
        }
        if (floating > 0) {
            warn(first_floating, [&] {
                return std::to_string(floating) + (floating == 1 ? " session has" : " sessions have") +
                       " a time but no time zone, so calendars keep it floating; write the zone after the "
                       "times (\"10:00 - 10:30 CET\") or add 'timezone: Europe/Berlin' to the frontmatter";
            });
        }
        if constexpr (collecting) {
            for (const std::pair<int, int>& duplicate : duplicates_) {  // (dropped line, kept line)
                warn(duplicate.first, [&] { return "the same session as on line " + std::to_string(duplicate.second) + "; listed once"; });
            }
            report_speaker_overlaps();
            sort_diagnostics();
        }
        return std::move(schedule_);
    }

    void report_speaker_overlaps() {
        // Every dated talk of every speaker in one list, ordered by name and then by post order: a
        // map from each name to its talks in two allocations, not a node and a list per speaker.
        std::vector<std::pair<std::string_view, const Session*>> talks;
        for (const auto& s : schedule_.sessions) {
            if (!s.date || !s.start_minute) continue;
            for (const auto& sp : s.speakers) talks.emplace_back(sp.name, &s);
        }
        stable_sort_items(talks, [](const auto& a, const auto& b) { return a.first < b.first; });
        // One sweep per speaker (overlap_sweep.h), zoned and floating talks apart (comparing them
        // would mix apples and pears). One warning per talk that starts while another of the
        // speaker's talks runs, O(n log n): a speaker with thousands of talks must not cost n^2
        // comparisons and messages.
        std::vector<const Session*> sessions;
        for (std::size_t first = 0, next = 0; first < talks.size(); first = next) {
            const std::string_view name = talks[first].first;
            next = first + 1;
            while (next < talks.size() && talks[next].first == name) ++next;
            if (next - first < 2) continue;  // one talk overlaps none (most speakers: no sweep to set up)
            sessions.clear();
            for (std::size_t k = first; k < next; ++k) sessions.push_back(talks[k].second);
            for (const bool zoned : {true, false}) {
                std::vector<SpanItem> spans;
                for (std::size_t i = 0; i < sessions.size(); ++i) {
                    const Session& session = *sessions[i];
                    if (session.utc_start.has_value() != zoned) continue;
                    spans.push_back({*(zoned ? utc_span(session) : local_span(session)), static_cast<int>(i)});
                }
                auto report = [&](int a, int b) {
                    const Session* x = sessions[static_cast<std::size_t>(a)];
                    const Session* y = sessions[static_cast<std::size_t>(b)];
                    const Session* later = x->line > y->line ? x : y;
                    const Session* earlier = later == x ? y : x;
                    warn(later->line, [&] { return std::string(name) + " speaks in two overlapping talks (see line " + std::to_string(earlier->line) + ")"; });
                    return OverlapStep::next_item;
                };
                sweep_overlaps(std::move(spans), report);
            }
        }
    }

    void sort_diagnostics() {
        auto by_line = [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; };
        stable_sort_items(schedule_.diagnostics, by_line);
        if (schedule_.diagnostics.size() > limits::max_diagnostics) {
            // Errors are kept before warnings, then the kept ones go back into line order.
            stable_sort_items(schedule_.diagnostics, [](const Diagnostic& a, const Diagnostic& b) {
                return a.severity == Severity::error && b.severity != Severity::error;
            });
            const std::size_t dropped = schedule_.diagnostics.size() - limits::max_diagnostics;
            schedule_.diagnostics.resize(limits::max_diagnostics);
            stable_sort_items(schedule_.diagnostics, by_line);
            schedule_.diagnostics.push_back(Diagnostic{0, Severity::warning, std::to_string(dropped) + " more diagnostics not shown"});
        }
    }

    // `message()` builds the text (a std::string or a string literal), and only when diagnostics are
    // collected: with Diagnostics::skip no message is built and none of this code is compiled.
    template <class Message>
    void warn(int line, const Message& message) {
        add(line, Severity::warning, message);
    }
    template <class Message>
    void add(int line, Severity severity, const Message& message) {
        if constexpr (collecting) schedule_.diagnostics.push_back(Diagnostic{line, severity, std::string(message())});
    }

    PostSource& source_;
    CandidateCollector& collected_;
    const std::vector<MentionedDate>& mentioned_;
    const std::vector<MentionedDayRange>& ranges_;
    const std::vector<MentionedDate>& event_dates_;
    std::string first_title_;  // the post's first '#' heading
    std::optional<YearHint> year_hint_;
    std::optional<std::string> zone_override_;
    std::string post_zone_;  // the one zone the post's sentences state (EntryBuilder::stated_post_zone)
    std::optional<DateTimeText> title_date_;  // a date in the frontmatter's title
    std::optional<DateTimeText> event_date_;  // the frontmatter's event_date (its day)
    Schedule schedule_;
    std::vector<std::pair<int, int>> duplicates_;  // (dropped line, kept line)
    std::vector<int> session_lines_;  // lines on which a session writes its own date, sorted (no std::set: less wasm)
    bool over_limit_reported_ = false;
};

}  // namespace

Schedule extract_schedule(PostSource source, Diagnostics diagnostics) {
    blank_mdx_lines(source.body);
    CandidateCollector collected(source.first_body_line);
    EntryBuilder entries(collected);
    read_markdown_blocks(source.body, entries);
    entries.finish();
    if (diagnostics == Diagnostics::skip) return Resolver<Diagnostics::skip>(source, collected, entries).run();
    return Resolver<Diagnostics::collect>(source, collected, entries).run();
}

}  // namespace talkboard
