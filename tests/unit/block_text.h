// The text a Block's links and bold runs cover, for the tests of the readers that make Blocks
// (input/markdown_blocks.h, input/html_blocks.h): each checks that its range lies inside the text.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "talkboard/input/markdown_blocks.h"

namespace talkboard::test {

inline std::string covered_text(const Block& block, std::size_t begin, std::size_t end) {
    REQUIRE(begin <= end);
    REQUIRE(end <= block.text.size());
    return block.text.substr(begin, end - begin);
}

inline std::string link_text(const Block& block, std::size_t index) {
    REQUIRE(index < block.links.size());
    return covered_text(block, block.links[index].begin, block.links[index].end);
}

inline std::string strong_text(const Block& block, std::size_t index) {
    REQUIRE(index < block.strong.size());
    return covered_text(block, block.strong[index].begin, block.strong[index].end);
}

}  // namespace talkboard::test
