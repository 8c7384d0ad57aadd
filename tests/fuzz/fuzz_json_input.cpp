// libFuzzer target: JSON inputs (the envelope and any other JSON shape read_post_source accepts).
#include <cstddef>
#include <cstdint>
#include <string>

#include "talkboard/post.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Always a JSON candidate: read_post_source dispatches on a leading '{'.
    const std::string text = "{" + std::string(reinterpret_cast<const char*>(data), size);
    (void)talkboard::parse_post(text);
    return 0;
}
