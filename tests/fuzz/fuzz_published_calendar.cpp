// libFuzzer target: reading back a published calendar (published_calendar.h) and revising a
// schedule against it (icalendar.h). Whatever the previous file held, the calendar written from it
// must read back: every line folded, no line injected by a carried-over event.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "talkboard/formats/icalendar.h"
#include "talkboard/formats/published_calendar.h"

namespace {

talkboard::Schedule small_schedule() {
    talkboard::Schedule schedule;
    schedule.post = {{"title", std::string("Fuzz Conf")}, {"date", std::string("2024-02-02")}};
    talkboard::Session talk;
    talk.title = "A talk";
    talk.url = "https://example.org/t/1";
    talk.date = talkboard::CivilDate{2024, 3, 19};
    talk.start_minute = 600;
    talk.end_minute = 630;
    schedule.sessions.push_back(talk);
    return schedule;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const talkboard::Schedule schedule = small_schedule();
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto previous = talkboard::read_published_calendar(text);
    if (!previous) return 0;
    const std::string written = talkboard::schedule_to_published_icalendar(schedule, previous.value(), 1709251200);
    const auto again = talkboard::read_published_calendar(written);
    if (!again || again.value().events.size() < schedule.sessions.size()) std::abort();
    return 0;
}
