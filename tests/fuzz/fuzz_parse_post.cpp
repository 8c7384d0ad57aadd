// libFuzzer target: the whole post parse, bytes in -> Schedule or Error, then its JSON and ICS.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "talkboard/formats/icalendar.h"
#include "talkboard/post.h"
#include "talkboard/formats/schedule_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto schedule = talkboard::parse_post(input);
    if (schedule) {
        (void)talkboard::schedule_to_json(schedule.value());
        (void)talkboard::schedule_to_icalendar(schedule.value());
    }
    return 0;
}
