// post_head.h: the beginning of a post a page previews, cut after a blank line.
#include <catch2/catch.hpp>

#include <string>

#include "talkboard/input/post_head.h"

using namespace talkboard;

TEST_CASE("post_head cuts after the last blank line within the limit", "[input][post_head]") {
    const std::string post = "# Talks\n\n[A](https://x.example/a)\n\n[B](https://x.example/b)\n\nTail";
    CHECK(post_head(post, post.size()) == "# Talks\n\n[A](https://x.example/a)\n\n[B](https://x.example/b)\n\n");
    // A limit inside B's line: the cut falls back to the blank line before it.
    CHECK(post_head(post, post.find("[B]") + 3) == "# Talks\n\n[A](https://x.example/a)\n\n");
    // The limit right after the blank line's '\n' keeps it.
    CHECK(post_head(post, post.find("[A]")) == "# Talks\n\n");
}

TEST_CASE("post_head takes blank lines of spaces, tabs and CR", "[input][post_head]") {
    CHECK(post_head("one\r\n\r\ntwo\r\n", 100) == "one\r\n\r\n");
    CHECK(post_head("one\n \t \ntwo\n", 100) == "one\n \t \n");
}

TEST_CASE("post_head is empty without a blank line in the limit", "[input][post_head]") {
    CHECK(post_head("", 10).empty());
    CHECK(post_head("one line\nanother\n", 100).empty());
    CHECK(post_head("one\n\ntwo", 3).empty());  // the blank line is past the limit
    CHECK(post_head("\nno blank line before this one\n", 100).empty());
}
