// entries.h: block_lines reads what the entry reader asks of each line once (dates, key/value).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "talkboard/extract/entries.h"
#include "talkboard/extract/line_shapes.h"
#include "talkboard/input/markdown_blocks.h"

using namespace talkboard;

TEST_CASE("block_lines reads each line's key and value as read_key_value does", "[entries]") {
    const std::vector<Block> blocks = read_markdown_blocks(
        "**Speaker:** Ana Li, Acme\n"
        "Where： Room 4\n"
        "Presented by Bo Chen. [Slides](https://example.org/s.pdf)\n"
        "What the talk is about: no key\n");
    REQUIRE(blocks.size() == 1);
    const std::vector<EntryLine> lines = block_lines(blocks.front());
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].key == DetailKey::speakers);
    CHECK(key_value(lines[0]).value == "Ana Li, Acme");
    CHECK(lines[1].key == DetailKey::place);
    CHECK(key_value(lines[1]).value == "Room 4");
    CHECK(lines[2].key == DetailKey::speakers);
    CHECK(key_value(lines[2]).value == "Bo Chen");
    CHECK(lines[3].key == DetailKey::none);
    CHECK(key_value(lines[3]).value.empty());
    for (const EntryLine& line : lines) {
        const KeyValue read = read_key_value(line.text);
        CHECK(key_value(line).key == read.key);
        CHECK(key_value(line).value == read.value);
        // The value is a place in the line's own text, as read_key_value's view is.
        if (!read.value.empty()) CHECK(key_value(line).value.data() == read.value.data());
    }
    // The key survives the lines' moves (a view into a short line's text would not).
    std::vector<EntryLine> moved = lines;
    moved.reserve(64);
    CHECK(key_value(moved[1]).value == "Room 4");
}

TEST_CASE("read_key_value: a by-line's verb within its first bytes", "[entry_lines]") {
    CHECK(read_key_value("Presented by Ana Li. [Slides](https://example.org/s.pdf)").value == "Ana Li");
    CHECK(read_key_value("Moderated by Bo Chen").key == DetailKey::speakers);
    CHECK(read_key_value("submitted by Cy Dee").value == "Cy Dee");
    CHECK(read_key_value("Presented by ana").key == DetailKey::none);     // no name after it
    CHECK(read_key_value("Written by Ana Li").key == DetailKey::none);     // no verb of a talk
    CHECK(read_key_value("A talk presented by Ana Li").key == DetailKey::none);  // a sentence, not a by-line
}

TEST_CASE("read_key_value: a label of a few words whose last names the people", "[entry_lines]") {
    CHECK(read_key_value("Micro Conference Leads: Ana Li (Acme), Bo Chen (Globex)").key == DetailKey::speakers);
    CHECK(read_key_value("Track Chairs: Ana Li").value == "Ana Li");
    CHECK(read_key_value("Leads: Ana Li").key == DetailKey::speakers);
    CHECK(read_key_value("Notes from the many session leads: Ana Li").key == DetailKey::none);  // a sentence, not a label
}
