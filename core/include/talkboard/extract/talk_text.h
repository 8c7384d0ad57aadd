// The text of a talk link: "[⚡ Lightning Talk: Title - Speaker, Org & Speaker, Org](url)".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "talkboard/extract/session_kind.h"
#include "talkboard/session.h"

namespace talkboard {

struct TalkText {
    std::optional<std::string> kind;  // normalized tag (session_kind.h), nullopt when none
    std::string title;                // without kind prefix and speaker suffix
    std::string speaker_text;         // the raw speaker list after the separator, or empty
    // speaker_text read without a post's context, when that reading did not need one (see
    // parse_speakers); nullopt when it did, or when there are no speakers.
    std::optional<std::vector<Speaker>> context_free_speakers;
    // The event after a bar ("Title | WasmCon Co-Located Event"), the talk's track; nullopt when none.
    std::optional<std::string> track;
};

// Splits a talk line into kind, title and speakers. Never fails: text with no kind or speakers
// is all title.
// - The kind is read by read_kind_prefix with KindSeparators::colon_or_bar (session_kind.h): a
//   prefix before ':' or " | " that names a session kind, or a leading emoji that stands for one
//   ("⚡ Title"); other leading emoji stay in the title.
// - The speakers start after the LAST dash separator (" - ", " – ", "- ", "`- ") whose remainder
//   reads as a speaker list, so titles may contain dashes ("eBPF - Everything You Need to Know").
//   When no remainder reads as speakers, the whole text is the title.
TalkText split_talk_text(std::string_view text);
// The same from the text's kind prefix, read_kind_prefix(text, KindSeparators::colon_or_bar),
// when the caller has it already (its `rest` views the text).
TalkText split_talk_text(const KindPrefix& prefix);

}  // namespace talkboard
