// libFuzzer target: one date/time line, and the timezone resolution of what it names.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "talkboard/extract/time_line.h"
#include "talkboard/time/timezones.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    const talkboard::TimeLineParse parse = talkboard::parse_time_line(line);
    if (parse.status == talkboard::TimeLineParse::Status::parsed && !parse.value.zone.empty()) {
        (void)talkboard::zone_offset_minutes(parse.value.zone, talkboard::CivilDate{2024, 3, 31},
                                             parse.value.start_minute.value_or(0));
    }
    return 0;
}
