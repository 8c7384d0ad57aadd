// libFuzzer target: the frontmatter reader (the `---` fences and the YAML subset).
#include <cstddef>
#include <cstdint>
#include <string>

#include "talkboard/input/post_source.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)talkboard::parse_frontmatter(text);
    (void)talkboard::read_markdown_post("---\n" + text);
    return 0;
}
