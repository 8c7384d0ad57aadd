// Stage 3 of the reader: what one candidate entry holds.
//
// An entry (entries.h) is read the way a person scans a schedule line: find its date/time, its
// key/value lines ("**Speaker:** ...", "When:", "Where:"), then its title, which is, in order of
// trust: the text of a link to a session page; a link that starts the line ("9:45 - 10:15
// GitOpsCon: [Title](url)"); the rest of the line after a speaker written first in bold
// ("__Name__ Title"); a bold run that starts the line; the plain text after the time. The title's
// own text may carry a kind prefix ("Keynote:", "⚡", "Project Lightning Talk:") and a speaker
// suffix (" - Name, Org", " (Name @ Org)", " by Name"); speakers may also stand after the link,
// on the next line, in a block quote, in a Speaker column or, in prose, before the verb ("Alex
// Leong (@adleong), Linkerd core maintainer, will give ...").
//
// Nothing is decided here: the reading carries the evidence (where the title came from, the kind
// of its link, whether it sits in a sentence) for decision.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "talkboard/extract/entries.h"
#include "talkboard/extract/link_kind.h"
#include "talkboard/session.h"

namespace talkboard {

enum class TitleSource {
    none,
    key_value,     // "Title: ..."
    session_link,  // the text of a link to a session page
    line_link,     // a link that starts the line
    speaker_first, // the text after a speaker written first
    bold,          // a bold run that starts the line
    plain_text,    // the line's text without its time
    heading,       // a heading's text
    table_cell,    // a table cell's text
};

struct EntryReading {
    std::string title;
    std::optional<std::string> kind;   // normalized tag
    std::string speaker_text;          // a speaker list, parsed later with the post's context
    // speaker_text as parse_speakers reads it with any context, when that reading needs none and
    // was made already (split_talk_text's): the resolver takes it instead of parsing again.
    std::optional<std::vector<Speaker>> context_free_speakers;
    bool lenient_speakers = false;     // single first names count ("- Ed and Frederick" after a link)
    std::vector<Speaker> speakers;     // speakers read directly (bold names, prose), when speaker_text is empty
    std::optional<std::string> url;    // as written: http(s) or a relative page
    std::optional<DateTimeText> when;  // the entry's own date and/or time
    int when_line = 0;
    int title_line = 0;  // body line of the title's link (the talk's line), 0 when the title is no link
    bool when_from_context = false;    // a time line before the entry, or a table row's time
    std::optional<std::string> room;
    std::optional<std::string> track;
    std::optional<std::string> language;  // from a tag after the title ("(EN)"), ISO 639-1
    std::string abstract;

    // Evidence for the decision.
    TitleSource source = TitleSource::none;
    LinkKind title_link_kind = LinkKind::other;  // when the title is a link's text
    bool prose = false;                // the title sits inside a sentence
    bool speakers_after_by = false;    // the title named them after "by" ("Intro hosted by Ana Li")
    bool speaker_before_title = false; // a person, then the title: "Ana Li ([mastodon](...)) - Title", "Ana Li - Build a web framework"
    bool speakers_from_key = false;    // the speakers come from a "Speaker:" line
    bool speakers_in_heading = false;  // a heading names its talk and its speakers in full: "#### Title — Ana Li, Acme"
    bool session_link = false;         // the entry links a session page
    bool only_video_links = false;     // every link of the head is a video or slides link
    bool title_is_registration = false;  // the title is the text of a registration link ("Register here")
    bool title_is_generic_link = false;  // the title is a link's text that names no talk ("Read more")
    std::string malformed_time;        // a date/time that could not be read, with why
    int malformed_line = 0;
    std::string refused_link;          // the title link's target when it is no session url (javascript:, mailto:)
};

// Reads one entry. Never fails; a reading without a title is for the decision to reject.
EntryReading read_entry(const Entry& entry);

// The kind a whole title names when it is nothing but a kind ("Keynote", "Lightning Talks") or a
// name and a kind ("Flux ContribFest", "Project Office Hours", "CiliumCon Sponsored Keynote").
std::optional<std::string> kind_of_whole_title(std::string_view title);

}  // namespace talkboard
