#include "talkboard/extract/decision.h"

#include <algorithm>
#include <optional>
#include <string>

#include "internal/text.h"
#include "talkboard/extract/entries.h"
#include "talkboard/extract/line_shapes.h"
#include "talkboard/extract/speakers.h"

namespace talkboard {

namespace {

bool is_logistics_word(std::string_view w) {
    // English, and the same labels in the languages of the posts we read (German, French, Spanish,
    // Italian, Polish): "Kaffeepause", "Przerwa na pizzę", "Almuerzo".
    // 休憩 (break), 昼食 (lunch), 受付 (registration), 撤収 (clearing up) last.
    static constexpr text::WordList words(
        "break|breaks|lunch|lunchtime|breakfast|dinner|coffee|tea|snacks|refreshments|pizza|registration|adjourn|recess|photo|check|"
        "doors|badge|booth|booths|"
        "pause|opens|sponsors|"
        "kaffeepause|mittagspause|mittagessen|abendessen|fr\xC3\xBChst\xC3\xBC" "ck|anmeldung|d\xC3\xA9jeuner|accueil|"
        "descanso|almuerzo|desayuno|receso|pausa|pranzo|przerwa|obiad|rejestracja|checkin|parking|"
        "\xE4\xBC\x91\xE6\x86\xA9|\xE6\x98\xBC\xE9\xA3\x9F|\xE5\x8F\x97\xE4\xBB\x98|\xE6\x92\xA4\xE5\x8F\x8E");
    return words.contains(w);
}

bool is_word_byte(char c) {
    return text::is_ascii_alpha(c) || text::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Calls take(word) for each run of word bytes of `text`, in order, while it returns true; true when
// every word was taken. The words are views: every entry's title is asked.
template <typename Take>
bool for_each_word(std::string_view text, Take take) {
    for (std::size_t i = 0; i < text.size();) {
        if (!is_word_byte(text[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < text.size() && is_word_byte(text[i])) ++i;
        if (!take(text.substr(begin, i - begin))) return false;
    }
    return true;
}

// "Networking", "Networking, food, drinks", "Arrive to the venue, sit down and network with
// others", "Mingle": a slot made only of arriving, mingling and food words. ("Kubernetes
// Networking" has a word of its own: a talk.)
bool only_mingling_words(std::string_view title) {
    static constexpr text::WordList mingling("networking|network|mingle|mingling|arrive|arrival|arrivals");
    static constexpr text::WordList around("food|drinks|drink|beverages|refreshments|pizza|snacks|venue|sit|down|with|others|and|"
                                           "to|the|at|of|doors|open");
    bool any_mingling = false;
    const bool only = for_each_word(title, [&](std::string_view word) {
        const bool mingles = mingling.contains(word);
        any_mingling |= mingles;
        return mingles || around.contains(word);
    });
    return only && any_mingling;
}

constexpr int whole_day_minutes = 7 * 60;

// "continued", "(cont.)", "previous session continues", "session continued": a slot the session
// before it runs on into.
bool is_continuation(std::string_view title) {
    static constexpr text::WordList phrases("continued|cont|cont'd|continues|previous session continues|session continues|"
                                            "session continued|previous session continued");
    return phrases.contains(text::trim_chars(title, " ()._*."));
}

// "Live Q&A Alex Boten", "Q&A", "Pre-recorded Q&A: Ana Li": the questions after the talk before
// it, by its speaker, not a talk of its own ("Q&A with the maintainers" is one).
bool is_questions_slot(std::string_view title) {
    title = text::trim(title);
    for (std::string_view lead : {"Live ", "Pre-recorded ", "Prerecorded "}) {
        if (text::starts_with(title, lead)) title.remove_prefix(lead.size());
    }
    if (!text::starts_with(title, "Q&A") && !text::starts_with(title, "Q & A")) return false;
    const std::string_view rest = trim_separators(title.substr(text::starts_with(title, "Q&A") ? 3 : 5));
    return rest.empty() || (looks_like_person_name(rest.substr(0, rest.find(','))) && !looks_like_org(rest));
}

// "Dr. Ana Li", "Prof. Bo Chen": a person named with a title, never a talk's title.
bool is_titled_person(std::string_view title) {
    title = text::trim(title);
    for (std::string_view honorific : {"Dr. ", "Dr ", "Prof. ", "Prof ", "Mr. ", "Ms. ", "Mrs. "}) {
        if (!text::starts_with(title, honorific)) continue;
        const std::string_view rest = title.substr(honorific.size());
        std::size_t words = 1;
        for (char c : rest) words += c == ' ';
        return words <= 4 && looks_like_person_name(rest);
    }
    return false;
}

// The name of a part of a post, never a talk's title: "Information", "Event details", "Venue".
bool names_part_of_post(std::string_view title) {
    static constexpr text::WordList names("information|info|details|event details|event information|logistics|location|"
                                          "venue|contact|sponsors|about");
    return names.contains(text::trim_chars(title, "*_:# "));
}

}  // namespace

bool is_logistics_title(std::string_view title) {
    // Logistics are short labels: their first or last word says what they are. Every entry's
    // title is asked, so the words are views, compared without case. A remark in parentheses
    // is not part of the label ("Lunch (food by our hosts, thank you!)").
    if (const std::size_t paren = text::find_pair(title, " ("); paren != std::string_view::npos && paren > 0) title = title.substr(0, paren);
    // "Breakfast / General Discussion / Intro": slots joined in one, logistics only if each is.
    // (" / " found by its slash: a search for the three bytes stops at every space of the title.)
    std::size_t slash = std::string_view::npos;
    for (std::size_t at = title.find('/', 1); at != std::string_view::npos && slash == std::string_view::npos; at = title.find('/', at + 1)) {
        if (title[at - 1] == ' ' && at + 1 < title.size() && title[at + 1] == ' ') slash = at - 1;
    }
    if (slash != std::string_view::npos && slash > 0) {
        return is_logistics_title(title.substr(0, slash)) && is_logistics_title(title.substr(slash + 3));
    }
    std::string_view first, second, last;
    std::size_t count = 0;
    const bool short_label = for_each_word(title, [&](std::string_view word) {
        if (++count > 7) return false;
        if (count == 1) first = word;
        if (count == 2) second = word;
        last = word;
        return true;
    });
    if (!short_label || count == 0) return false;
    // A call to come, or a detail's label standing where a title would: "Join us!", "Event Time".
    static constexpr text::WordList labels("join us|event time|session recording|session abstract|speakers & topics|"
                                           "speakers and topics");
    if (labels.contains(text::trim_chars(title, " !.:*_"))) return true;
    return is_logistics_word(first) || is_logistics_word(last) ||
           (text::iequals_ascii(first, "group") && (text::iequals_ascii(second, "photo") || text::iequals_ascii(second, "picture"))) ||
           only_mingling_words(title);
}

std::string_view ended_title(std::string_view title) {
    title = text::trim(title);
    // "End of day 1", "End of the workshop".
    if (title.size() > 7 && text::iequals_ascii(title.substr(0, 7), "end of ")) return text::trim(title.substr(7));
    for (std::string_view suffix : {" Ends", " ends", " End", " end"}) {
        if (!text::ends_with(title, suffix) || title.size() <= suffix.size()) continue;
        const std::string_view ended = text::trim(title.substr(0, title.size() - suffix.size()));
        // "Testing, end to end", "Vue on the front end": an end that is part of a phrase.
        const std::string_view before = ended.substr(ended.rfind(' ') + 1);
        static constexpr text::WordList phrase_words("to|front|back|the|dead|deep|high|low|open|tail|rear|far|other");
        if (phrase_words.contains(text::ascii_lower(before))) return {};
        return ended;
    }
    return {};
}

bool is_timed_candidate(const EntryReading& reading) {
    return !reading.title.empty() && reading.when && reading.when->has_time() && !is_logistics_title(reading.title);
}

namespace {

// The rules that do not ask the post's shape (most of them): run once for both shapes.
std::optional<Decision> decide_whatever_the_shape(const Entry& entry, const EntryReading& r) {
    if (r.title.empty()) return Decision{false, Reason::no_title};
    if (r.title_is_registration || ((r.source == TitleSource::line_link || r.source == TitleSource::session_link) &&
                                    r.title_link_kind == LinkKind::registration)) {
        return Decision{false, Reason::registration_link};
    }
    if (r.title_is_generic_link) return Decision{false, Reason::generic_link};
    if (is_logistics_title(r.title)) return Decision{false, Reason::logistics};
    // "***When***", "**Where**", "Abstract" standing alone: a detail's label, its value on the next line.
    if (r.title.size() <= 24) {
        const DetailKey key = read_key_value(r.title + ": -").key;
        if (key == DetailKey::time || key == DetailKey::place || key == DetailKey::abstract || key == DetailKey::speakers) {
            return Decision{false, Reason::no_evidence};
        }
    }
    if (names_part_of_post(r.title)) return Decision{false, Reason::no_evidence};
    // "- **10:30am - 10:35am** - Dr. Ana Li" under a timed heading: a person's slot in the heading's
    // session, not a talk of its own.
    if (!r.kind && is_titled_person(r.title)) return Decision{false, Reason::no_evidence};
    // "End", "End of day 1", "Workshop ends": where something stops.
    if (!ended_title(r.title).empty() || text::iequals_ascii(text::trim(r.title), "end")) return Decision{false, Reason::end_marker};
    // "^ continued", "_previous session continues_" in a grid cell: the session above runs on into
    // this slot.
    if (text::starts_with(r.title, "^") || is_continuation(r.title)) return Decision{false, Reason::end_marker};
    if (is_questions_slot(r.title)) return Decision{false, Reason::end_marker};
    const bool timed = r.when && r.when->has_time();
    if (timed && r.when->end_minute) {
        int span = *r.when->end_minute - *r.when->start_minute;
        if (span < 0) span += 24 * 60;
        if (span >= whole_day_minutes) return Decision{false, Reason::whole_day};
    }
    if (entry.table.heads_continuations && r.speaker_text.empty() && r.speakers.empty()) return Decision{false, Reason::block_header};
    if (entry.heads_items) return Decision{false, Reason::block_header};
    if (r.prose && !r.session_link && !r.kind) return Decision{false, Reason::prose_link};
    if (timed) return Decision{true, Reason::timed};
    return std::nullopt;
}

// "[Rust Night](...), March 3rd 2025": a line that opens with a link whose text is words (no
// image), its date right after it.
bool dated_after_link(const EntryLine& line) {
    if (line.links.empty() || line.links.front().begin > 0) return false;
    const EntryLink& link = line.links.front();
    const std::string_view label = text::trim(std::string_view(line.text).substr(link.begin, link.end - link.begin));
    if (label.empty() || label.front() == '!' || std::none_of(label.begin(), label.end(), text::is_ascii_alpha)) return false;
    for (const FoundDateTime& f : line.dates) {
        if (f.begin < link.end || !f.value.has_date()) continue;
        const std::string_view gap = text::trim_chars(std::string_view(line.text).substr(link.end, f.begin - link.end), " ,-:");
        // ("[The ninth meetup](...), with Acme, February 27th 2025": who hosted it, then the day.)
        return gap.empty() || gap == "on" || (text::starts_with(gap, "with ") && gap.size() <= 48);
    }
    return false;
}

// The rules for an untimed entry, which ask whether the post is timed.
Decision decide_by_shape(const Entry& entry, const EntryReading& r, const PostShape& post) {
    const bool speakers = !r.speaker_text.empty() || !r.speakers.empty();
    if (post.timed) {
        // Listed like the timed sessions (a session page's link with its speakers), its time forgotten.
        // A recording of a past talk is not listed like that: its link is a video's or slides'.
        const bool listed_link = r.source == TitleSource::session_link ||
                                 (r.source == TitleSource::line_link && r.title_link_kind != LinkKind::video &&
                                  r.title_link_kind != LinkKind::slides);
        if (listed_link && !r.prose && (speakers || r.kind)) return {true, Reason::untimed};
        return {false, Reason::no_time};
    }
    // "- Ana Li and Bo Chen will be discussing the [Title](https://sched.co/1YeQG). In this session
    // ...": a sentence that names the people and links the talk's page, in a post without times.
    if (r.prose && r.source == TitleSource::session_link) return {true, Reason::roundup};
    if (r.prose) return {false, Reason::no_evidence};
    // A heading is a roundup's session only by its key/value lines ("#### Org", "- Title: ...",
    // "- Presenters: ..."; "### Title", "**Speaker:** ..."); else it names a part of the post.
    const bool keyed = speakers && (r.source == TitleSource::key_value || r.speakers_from_key);
    // "## Presentations" / "### Title" / its abstract: the headings under a section of talks are talks.
    // ("### Day 1" there names a day, not a talk.)
    const bool listed_talk = entry.shape == EntryShape::heading && entry.parts.size() > 1 && !entry.context.sections.empty() &&
                             names_talks(entry.context.sections.back()) && !text::istarts_with(r.title, "day ");
    // "### [Title - Ana Li](talk-page)": a heading that is a talk's link with its speakers, and
    // nothing else.
    const EntryLine& head = entry.lines.front();
    // So is "### #1: [Title](recording)" in a numbered series: a heading that is a talk's number and
    // its page or recording.
    const std::size_t number = heading_number_length(head.text, 2);
    const bool recorded = r.title_link_kind == LinkKind::video || r.title_link_kind == LinkKind::session_page;
    // And "### October 11th" / "#### [Widget Day Europe](https://events.example.org/widget-day/)": a
    // heading that is one link, under a day's heading.
    // (The heading right above is the day alone: "### Main event! October 13th - 15th" over links to
    // pages about attending names no sessions.)
    bool any_time = false;
    const bool dated_heading_link = !entry.context.sections.empty() && is_date_time_only(entry.context.sections.back(), &any_time) &&
                                    !any_time && entry.context.date && entry.context.date->has_date() &&
                                    r.title_link_kind != LinkKind::profile && r.title_link_kind != LinkKind::registration &&
                                    r.title_link_kind != LinkKind::code;
    const bool linked_talk = (speakers || (number > 0 && recorded) || dated_heading_link) &&
                             (r.source == TitleSource::line_link || r.source == TitleSource::session_link) && head.links.size() == 1 &&
                             text::trim(std::string_view(head.text).substr(head.links[0].begin, head.links[0].end - head.links[0].begin)) ==
                                 text::trim(std::string_view(head.text).substr(number));
    const bool url_is_session_page = r.url && link_kind(*r.url) == LinkKind::session_page;
    // ("## Title", then "In [this session](https://sched.co/x), Ana Li will ...": its page in its body.)
    const bool paged_heading = r.source == TitleSource::heading && url_is_session_page;
    // "#### Fast Things in Wasm — Ana Li, Acme": a heading that names its talk and who gives it (EntryReading).
    const bool titled_with_speakers = r.speakers_in_heading;
    if (entry.shape == EntryShape::heading && !keyed && !listed_talk && !linked_talk && !paged_heading && !titled_with_speakers) {
        return {false, Reason::no_evidence};
    }
    if (listed_talk || linked_talk || titled_with_speakers) return {true, Reason::roundup};
    // "- Ana Li (WidgetCo)" in a list of people (organizers, attendees) is no talk.
    // (Not an item that links its session's page: "* GenAI Recipes For Cloud Native [[Link to talk](…)]".)
    if (r.source == TitleSource::plain_text && !r.kind && !r.speakers_after_by && !r.speaker_before_title && r.speakers.empty() &&
        looks_like_person_name(r.title) && !(r.session_link && r.url)) {
        return {false, Reason::person_listed};
    }
    // A session page's link is evidence when it is the title's, or stands under a bold title
    // ("**Title**", a sentence about it, "[https://.../event/x](...)").
    // (Or a bold title's details name the page: "- **Title**" / "([schedule](https://sched.co/x))".)
    const bool page = (r.session_link && (r.source == TitleSource::session_link || r.source == TitleSource::bold ||
                                          (r.source == TitleSource::plain_text && r.url && entry.shape == EntryShape::list_item))) ||
                      ((r.source == TitleSource::bold || r.source == TitleSource::heading) && url_is_session_page);
    // "- [Rust Night](https://events.example/x), March 3rd 2025. [[Slides]](...)": a linked item
    // with a day of its own, year and all, in an archive of events.
    const bool dated_link = (r.source == TitleSource::line_link || r.source == TitleSource::session_link) && r.when &&
                            r.when->has_date() && r.when->year && !r.when_from_context && r.title_link_kind != LinkKind::video &&
                            r.title_link_kind != LinkKind::slides && dated_after_link(entry.lines.front());
    const bool evidence = speakers || page || r.kind.has_value() || dated_link;
    if (evidence) return {true, Reason::roundup};
    return {false, Reason::no_evidence};
}

}  // namespace

Decisions decide(const Entry& entry, const EntryReading& r) {
    if (const auto decided = decide_whatever_the_shape(entry, r)) return {*decided, *decided};
    return {decide_by_shape(entry, r, PostShape{true}), decide_by_shape(entry, r, PostShape{false})};
}

std::string_view reason_text(Reason reason) {
    switch (reason) {
        case Reason::timed: return "a session with a time";
        case Reason::roundup: return "a session without a time";
        case Reason::untimed: return "listed like the timed sessions, its time not given";
        case Reason::no_title: return "a time or a link, but no title";
        case Reason::registration_link: return "a link to a registration page";
        case Reason::generic_link: return "a link whose text names no talk";
        case Reason::logistics: return "a meal, a break or registration, not a session";
        case Reason::end_marker: return "the end or the continuation of another session";
        case Reason::whole_day: return "spans seven hours or more: the hours of the event or of a track, not a session";
        case Reason::block_header: return "heads the rows or items under it, not a session itself";
        case Reason::prose_link: return "a link inside a sentence that is not a session page";
        case Reason::no_time: return "no time, while the post's other sessions have times";
        case Reason::no_evidence: return "no speakers, no session link and no kind";
        case Reason::person_listed: return "a person and an org, as a list of people names them";
    }
    return "";
}

}  // namespace talkboard
