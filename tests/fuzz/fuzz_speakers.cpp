// libFuzzer target: the talk line (kind, title, speakers) and the speaker list parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "talkboard/extract/speakers.h"
#include "talkboard/extract/talk_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const talkboard::TalkText talk = talkboard::split_talk_text(text);
    talkboard::SpeakerContext context;
    context.collect(talk.speaker_text);
    (void)talkboard::parse_speakers(talk.speaker_text, context);
    (void)talkboard::parse_speakers(text);
    return 0;
}
