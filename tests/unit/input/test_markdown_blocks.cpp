// markdown_blocks.h: the md4c adapter (markdown -> text blocks with links and source lines)
// and the MDX line blanking in front of it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "block_text.h"
#include "talkboard/input/markdown_blocks.h"

using namespace talkboard;
using talkboard::test::link_text;

namespace {

std::vector<int> source_lines(const Block& block) {
    std::vector<int> lines;
    for (const BlockLine& line : block.lines) lines.push_back(line.source_line);
    return lines;
}

// The text of the n-th '\n'-separated line of a block, located by BlockLine::begin.
std::string line_text(const Block& block, std::size_t n) {
    REQUIRE(n < block.lines.size());
    const std::size_t begin = block.lines[n].begin;
    const std::size_t end = block.text.find('\n', begin);
    return block.text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

}  // namespace

TEST_CASE("read_markdown_blocks turns markdown into text blocks in document order", "[markdown_blocks]") {
    SECTION("headings and paragraphs with their source lines") {
        const auto blocks = read_markdown_blocks("# Day one\n\nSome words here.\n\n### Breakouts\n");
        REQUIRE(blocks.size() == 3);
        CHECK(blocks[0].kind == BlockKind::heading);
        CHECK(blocks[0].heading_level == 1);
        CHECK(blocks[0].text == "Day one");
        CHECK(blocks[0].first_line() == 1);
        CHECK(blocks[1].kind == BlockKind::paragraph);
        CHECK(blocks[1].text == "Some words here.");
        CHECK(blocks[1].first_line() == 3);
        CHECK(blocks[2].heading_level == 3);
        CHECK(blocks[2].first_line() == 5);
    }
    SECTION("a setext heading") {
        const auto blocks = read_markdown_blocks("Day two\n=======\n\ntext\n");
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].kind == BlockKind::heading);
        CHECK(blocks[0].heading_level == 1);
        CHECK(blocks[0].text == "Day two");
    }
    SECTION("soft and hard line breaks become '\\n', one BlockLine per line") {
        const auto blocks = read_markdown_blocks("\n\nfirst line\nsecond line  \nthird line\n");
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].text == "first line\nsecond line\nthird line");
        CHECK(source_lines(blocks[0]) == std::vector<int>{3, 4, 5});
        CHECK(line_text(blocks[0], 0) == "first line");
        CHECK(line_text(blocks[0], 1) == "second line");
        CHECK(line_text(blocks[0], 2) == "third line");
    }
    SECTION("a line that starts with markup still gets its own source line") {
        const auto blocks = read_markdown_blocks("intro\n**Tuesday, March 19** at 10:00\n&amp; more\n");
        REQUIRE(blocks.size() == 1);
        CHECK(source_lines(blocks[0]) == std::vector<int>{1, 2, 3});
        CHECK(line_text(blocks[0], 1) == "Tuesday, March 19 at 10:00");
        CHECK(line_text(blocks[0], 2) == "& more");
    }
    SECTION("emphasis, inline code markers and inline HTML are dropped, their text kept") {
        const auto blocks = read_markdown_blocks("**Monday, May 6** \xE2\x80\xA2 _10:00_ <span>CET</span> `x`\n");
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].text == "Monday, May 6 \xE2\x80\xA2 10:00 CET x");
    }
    SECTION("entities are decoded") {
        const auto blocks = read_markdown_blocks("Q&amp;A &ndash; Caf&eacute;? &#233; &#x2014; &lt;tag&gt;\n");
        REQUIRE(blocks.size() == 1);
        const std::string& t = blocks[0].text;
        CHECK(t.find("Q&A \xE2\x80\x93 ") == 0);
        CHECK(t.find("\xC3\xA9 \xE2\x80\x94 <tag>") != std::string::npos);
    }
    SECTION("images are dropped; an image-only paragraph vanishes") {
        const auto blocks = read_markdown_blocks("![speaker photo](photo.png)\n\n![logo](l.png) caption\n");
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].text.find("logo") == std::string::npos);
        CHECK(blocks[0].text.find("caption") != std::string::npos);
        CHECK(blocks[0].links.empty());
    }
    SECTION("an empty document and a document of blank lines give no blocks") {
        CHECK(read_markdown_blocks("").empty());
        CHECK(read_markdown_blocks("\n\n   \n").empty());
    }
}

// Regression (found by these tests, fixed in the core): only a short list of named entities is decoded; "&uuml;" stays as written,
// although the header promises "entities decoded". A speaker "Jonas M&uuml;ller" then splits on '&'.
TEST_CASE("Latin-1 named entities are decoded, such as those in people's names", "[markdown_blocks]") {
    const auto blocks = read_markdown_blocks("Jonas M&uuml;ller &amp; Ana Pe&ntilde;a\n");
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].text == "Jonas M\xC3\xBCller & Ana Pe\xC3\xB1" "a");
}

TEST_CASE("read_markdown_blocks records links with their text range", "[markdown_blocks][links]") {
    SECTION("a paragraph link") {
        const auto blocks = read_markdown_blocks("[Tiny Probes - Jin Park, Fernwood](https://example.com/t1)\n");
        REQUIRE(blocks.size() == 1);
        REQUIRE(blocks[0].links.size() == 1);
        CHECK(blocks[0].links[0].href == "https://example.com/t1");
        CHECK(link_text(blocks[0], 0) == "Tiny Probes - Jin Park, Fernwood");
        CHECK(blocks[0].links[0].begin == 0);
    }
    SECTION("a link in the middle of a line, with emphasis inside") {
        const auto blocks = read_markdown_blocks("Keynote: [**Opening** the Mesh](https://example.com/k) - Mara Quinn\n");
        REQUIRE(blocks.size() == 1);
        REQUIRE(blocks[0].links.size() == 1);
        CHECK(link_text(blocks[0], 0) == "Opening the Mesh");
        CHECK(blocks[0].text.substr(0, blocks[0].links[0].begin) == "Keynote: ");
    }
    SECTION("entities in the href are decoded") {
        const auto blocks = read_markdown_blocks("[x](https://example.com/?a=1&amp;b=2)\n");
        REQUIRE(blocks.size() == 1);
        REQUIRE(blocks[0].links.size() == 1);
        CHECK(blocks[0].links[0].href == "https://example.com/?a=1&b=2");
    }
    SECTION("reference links resolve to their definition") {
        const auto blocks = read_markdown_blocks("[Talk A][a]\n\n[a]: https://example.com/a\n");
        REQUIRE(blocks.size() == 1);
        REQUIRE(blocks[0].links.size() == 1);
        CHECK(blocks[0].links[0].href == "https://example.com/a");
        CHECK(link_text(blocks[0], 0) == "Talk A");
    }
    SECTION("two links on a second line; ranges point into that line") {
        const auto blocks = read_markdown_blocks("intro text\n[one](https://a.example) and [two](https://b.example)\n");
        REQUIRE(blocks.size() == 1);
        REQUIRE(blocks[0].links.size() == 2);
        REQUIRE(blocks[0].lines.size() == 2);
        CHECK(blocks[0].links[0].begin == blocks[0].lines[1].begin);
        CHECK(link_text(blocks[0], 0) == "one");
        CHECK(link_text(blocks[0], 1) == "two");
        CHECK(blocks[0].links[1].href == "https://b.example");
    }
    SECTION("a link wrapping only an image leaves no block and no link") {
        CHECK(read_markdown_blocks("[![badge](b.svg)](https://example.com)\n").empty());
    }
    SECTION("a bare URL is not a link (no permissive autolinks)") {
        const auto blocks = read_markdown_blocks("see https://example.com/page for more\n");
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].links.empty());
    }
}

TEST_CASE("read_markdown_blocks: lists, quotes, tables, code and HTML", "[markdown_blocks]") {
    SECTION("list items with their depth and their own lines") {
        const auto blocks = read_markdown_blocks(
            "- [Talk A](https://example.com/a)\n"
            "  Tuesday, March 19, 2024, 10:00 - 10:30 CET\n"
            "- [Talk B](https://example.com/b)\n"
            "  - nested detail\n");
        REQUIRE(blocks.size() == 3);
        CHECK(blocks[0].kind == BlockKind::list_item);
        CHECK(blocks[0].list_depth == 1);
        CHECK(blocks[0].text == "Talk A\nTuesday, March 19, 2024, 10:00 - 10:30 CET");
        CHECK(source_lines(blocks[0]) == std::vector<int>{1, 2});
        REQUIRE(blocks[0].links.size() == 1);
        CHECK(blocks[0].links[0].href == "https://example.com/a");
        CHECK(blocks[1].kind == BlockKind::list_item);
        CHECK(blocks[1].first_line() == 3);
        CHECK(blocks[2].list_depth == 2);
        CHECK(blocks[2].text == "nested detail");
        CHECK(blocks[2].first_line() == 4);
    }
    SECTION("paragraphs outside a list are at depth 0; quotes count their depth") {
        const auto blocks = read_markdown_blocks("plain\n\n> quoted\n>\n> > twice quoted\n");
        REQUIRE(blocks.size() == 3);
        CHECK(blocks[0].list_depth == 0);
        CHECK(blocks[0].quote_depth == 0);
        CHECK(blocks[1].quote_depth == 1);
        CHECK(blocks[1].text == "quoted");
        CHECK(blocks[2].quote_depth == 2);
        CHECK(blocks[2].first_line() == 5);
    }
    SECTION("table cells are blocks") {
        const auto blocks = read_markdown_blocks("| Time | Talk |\n|---|---|\n| 10:00 | [A](https://example.com/a) |\n");
        REQUIRE(blocks.size() == 4);
        for (const Block& b : blocks) CHECK(b.kind == BlockKind::table_cell);
        CHECK(blocks[2].text == "10:00");
        CHECK(blocks[2].first_line() == 3);
        REQUIRE(blocks[3].links.size() == 1);
        CHECK(blocks[3].links[0].href == "https://example.com/a");
    }
    SECTION("fenced code produces no blocks") {
        const auto blocks = read_markdown_blocks("before\n\n```md\n[Not a talk](https://example.com)\n```\n\nafter\n");
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].text == "before");
        CHECK(blocks[1].text == "after");
        CHECK(blocks[1].first_line() == 7);
    }
    SECTION("raw HTML blocks are read as HTML: markdown inside them is text as written") {
        const auto blocks = read_markdown_blocks("<div class=\"card\">\n[inside](https://example.com)\n</div>\n\nafter\n");
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].text == "[inside](https://example.com)");
        CHECK(blocks[0].links.empty());
        CHECK(blocks[0].first_line() == 2);
        CHECK(blocks[1].text == "after");
    }
    SECTION("indented lines under a list item stay text of the item, not code") {
        const auto blocks = read_markdown_blocks("- [Talk](https://example.com/t)\n\n      10:00 - 10:30 CET\n");
        REQUIRE_FALSE(blocks.empty());
        bool time_seen = false;
        for (const Block& b : blocks) time_seen |= b.text.find("10:00 - 10:30 CET") != std::string::npos;
        CHECK(time_seen);
    }
}

TEST_CASE("read_markdown_blocks never fails on odd input", "[markdown_blocks][robustness]") {
    SECTION("unbalanced markup") {
        const auto blocks = read_markdown_blocks("**[unclosed](https://example.com\n\n[x](\n\n***\n\n<div\n");
        for (const Block& b : blocks) {
            CHECK(b.lines.size() >= 1);
            for (const InlineLink& l : b.links) CHECK(l.end <= b.text.size());
        }
    }
    SECTION("pathological nesting is bounded") {
        const std::string quotes(5000, '>');
        const std::string brackets = std::string(5000, '[') + "x" + std::string(5000, ']');
        const std::string emphasis = std::string(3000, '*') + "x" + std::string(3000, '*');
        CHECK_NOTHROW(read_markdown_blocks(quotes + " deep\n"));
        CHECK_NOTHROW(read_markdown_blocks(brackets + "\n"));
        CHECK_NOTHROW(read_markdown_blocks(emphasis + "\n"));
        const auto blocks = read_markdown_blocks(quotes + " deep\n");
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].text == "deep");
        CHECK(blocks[0].quote_depth > 0);
    }
}

TEST_CASE("blank_mdx_lines blanks MDX statements and JSX-only lines, keeping line numbers", "[markdown_blocks][mdx]") {
    SECTION("imports, exports and component tags become spaces") {
        std::string md =
            "import BlogAuthor from '../components/BlogAuthor'\n"
            "import { Tabs } from \"@site/tabs\"\n"
            "export const meta = { kind: 'recap' }\n"
            "\n"
            "<BlogAuthor {...authors.Mara} />\n"
            "</Tabs>\n"
            "# Title\n";
        const std::string original = md;
        blank_mdx_lines(md);
        REQUIRE(md.size() == original.size());
        const auto lines_before = std::count(original.begin(), original.end(), '\n');
        CHECK(std::count(md.begin(), md.end(), '\n') == lines_before);
        CHECK(md.find("import") == std::string::npos);
        CHECK(md.find("export") == std::string::npos);
        CHECK(md.find("BlogAuthor") == std::string::npos);
        CHECK(md.find("Tabs") == std::string::npos);
        CHECK(md.find("# Title\n") == original.find("# Title\n"));
        const auto blocks = read_markdown_blocks(md);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].text == "Title");
        CHECK(blocks[0].first_line() == 7);
    }
    SECTION("HTML written in capitals is HTML, not a component") {
        const std::string original =
            "<OL>\n"
            "<LI><B>Title</B> <A HREF=\"https://x.example/\"><IMG SRC=\"x.png\"></A>\n"
            "</TD>\n"
            "<CTA />\n";
        std::string md = original;
        blank_mdx_lines(md);
        CHECK(md.find("<OL>") == 0);
        CHECK(md.find("<LI><B>Title</B>") != std::string::npos);
        CHECK(md.find("</TD>") != std::string::npos);
        CHECK(md.find("CTA") == std::string::npos);  // a component's name in capitals, no HTML element
    }
    SECTION("prose, lowercase HTML and fenced code are left alone") {
        const std::string original =
            "Important: imports from abroad\n"
            "Exporters met in the hall.\n"
            "<div>\n"
            "```js\n"
            "import x from 'y'\n"
            "export default x\n"
            "<Component />\n"
            "```\n"
            "Import duties apply.\n";
        std::string md = original;
        blank_mdx_lines(md);
        CHECK(md == original);
    }
    SECTION("empty input") {
        std::string md;
        blank_mdx_lines(md);
        CHECK(md.empty());
    }
}

TEST_CASE("blank_mdx_lines makes Hugo's ref links links, keeping line lengths", "[markdown_blocks][mdx]") {
    std::string md =
        "### [Fast builds - Ana Li]({{< ref \"fast-builds.md\" >}})\n"
        "\n"
        "See [the notes][1] and [{{< ref >}}](x) and {{< ref \"loose.md\" >}} in prose.\n"
        "\n"
        "[1]: {{< relref \"notes/fast\" >}}\n";
    const std::string original = md;
    blank_mdx_lines(md);
    REQUIRE(md.size() == original.size());
    CHECK(md.find('\n') == original.find('\n'));  // every line keeps its length
    CHECK(md.find("{{< ref \"loose.md\" >}}") != std::string::npos);  // not a link's destination: left
    const auto blocks = read_markdown_blocks(md);
    REQUIRE(blocks.size() == 2);
    REQUIRE(blocks[0].links.size() == 1);
    CHECK(blocks[0].links[0].href == "fast-builds.md");
    CHECK(link_text(blocks[0], 0) == "Fast builds - Ana Li");
    REQUIRE(!blocks[1].links.empty());
    CHECK(blocks[1].links[0].href == "notes/fast");
}

// Regression (found by these tests, fixed in the core): blank_mdx_lines looks at lines, not at blocks, so a wrapped line of prose
// that happens to start with "import ... from" or "export " is blanked: the paragraph loses the
// line and is split in two. MDX only treats such lines as ESM at the start of a block.
TEST_CASE("blank_mdx_lines leaves wrapped prose that starts with 'import' or 'export' alone",
          "[markdown_blocks][mdx]") {
    const std::string original =
        "We wrote a small agent to\n"
        "export traces from the kernel, and a job to\n"
        "import them from object storage later.\n";
    std::string md = original;
    blank_mdx_lines(md);
    CHECK(md == original);
    const auto blocks = read_markdown_blocks(md);
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].lines.size() == 3);
}

TEST_CASE("blank_mdx_lines keeps only the label of a template tag line", "[markdown_blocks][template]") {
    std::string md =
        "{% include site/setup %}\n"
        "{{< details \"**Monday**\" >}}\n"
        "\n"
        "Talks all day.\n"
        "{{< /details >}}\n"
        "{{% notice %}}\n"
        "{{< figure src=\"images/hall.png\" alt=\"The hall\" >}}\n"
        "Keep {{< these >}} inline tags.\n";
    const std::string original = md;
    blank_mdx_lines(md);
    REQUIRE(md.size() == original.size());
    CHECK(std::count(md.begin(), md.end(), '\n') == std::count(original.begin(), original.end(), '\n'));
    CHECK(md.find("include") == std::string::npos);
    CHECK(md.find("details") == std::string::npos);
    CHECK(md.find("notice") == std::string::npos);
    CHECK(md.find("hall") == std::string::npos);
    CHECK(md.find("Keep {{< these >}} inline tags.") != std::string::npos);
    const auto blocks = read_markdown_blocks(md);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].text == "Monday");  // the label, its bold run kept
    CHECK(blocks[0].first_line() == 2);
    REQUIRE(blocks[0].strong.size() == 1);
    CHECK(blocks[1].text == "Talks all day.");
}

TEST_CASE("pipe rows without a delimiter row are read as a table", "[markdown_blocks][table]") {
    const std::string md =
        "| Time | Room A |\n"
        "|<img width=100/> | <img width=300/>\n"
        "| 09:30 - 10:30 | [Pairing](https://conf.example.org/talks/pairing) by **Rosa Lind** |\n"
        "{:.table-striped}\n"
        "\n"
        "| not a table, one line |\n";
    const auto blocks = read_markdown_blocks(md);
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[0].kind == BlockKind::table_cell);
    CHECK(blocks[0].table_header);
    CHECK(blocks[0].text == "Time");
    CHECK(blocks[1].text == "Room A");
    CHECK(blocks[1].table_column == 1);
    const Block& talk = blocks[3];
    CHECK_FALSE(talk.table_header);
    CHECK(talk.table_row == blocks[2].table_row);
    CHECK(talk.table_row != blocks[0].table_row);
    CHECK(talk.text == "Pairing by Rosa Lind");
    REQUIRE(talk.links.size() == 1);
    CHECK(talk.text.substr(talk.links[0].begin, talk.links[0].end - talk.links[0].begin) == "Pairing");
    REQUIRE(talk.strong.size() == 1);
    CHECK(talk.text.substr(talk.strong[0].begin, talk.strong[0].end - talk.strong[0].begin) == "Rosa Lind");
    CHECK(talk.first_line() == 3);
    CHECK(blocks[4].kind == BlockKind::paragraph);
}

TEST_CASE("block_part cuts a block at its text lines, <br> breaks included", "[markdown_blocks]") {
    const auto blocks = read_markdown_blocks("**09:00** Opening<br>**09:30** [Talk](https://conf.example.org/t)\n10:00 Close\n");
    REQUIRE(blocks.size() == 1);
    const Block& block = blocks[0];
    REQUIRE(block.text == "09:00 Opening\n09:30 Talk\n10:00 Close");
    const Block second = block_part(block, 1, 2);
    CHECK(second.text == "09:30 Talk");
    REQUIRE(second.links.size() == 1);
    CHECK(second.text.substr(second.links[0].begin, second.links[0].end - second.links[0].begin) == "Talk");
    REQUIRE(second.strong.size() == 1);
    CHECK(second.text.substr(second.strong[0].begin, second.strong[0].end - second.strong[0].begin) == "09:30");
    CHECK(second.first_line() == 1);
    const Block last = block_part(block, 2, 3);
    CHECK(last.text == "10:00 Close");
    CHECK(last.first_line() == 2);
    CHECK(block_part(block, 5, 9).text.empty());  // past the end: an empty part, no failure
}

TEST_CASE("read_markdown_blocks: an inline <a href> is a link", "[markdown_blocks]") {
    const std::vector<Block> blocks = read_markdown_blocks(
        "- <a href=\"https://www.linkedin.com/in/ana/?a=1&amp;b=2\" target=\"_blank\">Ana Li</a> talks\n"
        "- <A HREF='https://example.org/x'>open <b>bold</b></a>\n"
        "- <a name=\"top\">no href</a> and <a href=\"https://example.org/open\">never closed\n");
    REQUIRE(blocks.size() == 3);
    REQUIRE(blocks[0].links.size() == 1);
    CHECK(blocks[0].links[0].href == "https://www.linkedin.com/in/ana/?a=1&b=2");
    CHECK(link_text(blocks[0], 0) == "Ana Li");
    CHECK(blocks[0].text == "Ana Li talks");
    REQUIRE(blocks[1].links.size() == 1);
    CHECK(blocks[1].links[0].href == "https://example.org/x");
    REQUIRE(blocks[2].links.size() == 1);  // an <a> without href is no link; one never closed ends with its block
    CHECK(blocks[2].links[0].href == "https://example.org/open");
    CHECK(link_text(blocks[2], 0) == "never closed");
}

TEST_CASE("read_markdown_blocks: italic runs are kept apart from bold ones", "[markdown_blocks]") {
    const std::vector<Block> blocks = read_markdown_blocks("* Ada Lee, *Chat bots: what can they do?*\n* **Bold** and _italic_ and ***both***\n");
    REQUIRE(blocks.size() == 2);
    REQUIRE(blocks[0].emphasis.size() == 1);
    CHECK(blocks[0].text.substr(blocks[0].emphasis[0].begin, blocks[0].emphasis[0].end - blocks[0].emphasis[0].begin) ==
          "Chat bots: what can they do?");
    CHECK(blocks[0].strong.empty());
    REQUIRE(blocks[1].emphasis.size() == 2);
    CHECK(blocks[1].text.substr(blocks[1].emphasis[0].begin, blocks[1].emphasis[0].end - blocks[1].emphasis[0].begin) == "italic");
    CHECK(blocks[1].strong.size() == 2);
}

TEST_CASE("read_markdown_blocks: a heading's attribute block is not its text", "[markdown_blocks]") {
    const std::vector<Block> blocks = read_markdown_blocks(
        "## Saturday {#saturday}\n\n### [Talk](https://example.org/t) {.note}\n\n## Day 2 {: #day-2 }\n\n## {#only}\n\n"
        "## Set {a, b}\n\nText {#not-a-heading}\n\n## And more {/*and-more*/}\n");
    REQUIRE(blocks.size() == 7);
    CHECK(blocks[0].text == "Saturday");
    CHECK(blocks[1].text == "Talk");
    REQUIRE(blocks[1].links.size() == 1);
    CHECK(link_text(blocks[1], 0) == "Talk");
    CHECK(blocks[2].text == "Day 2");
    CHECK(blocks[3].text == "{#only}");      // nothing but attributes: kept
    CHECK(blocks[4].text == "Set {a, b}");   // braces that are no attributes
    CHECK(blocks[5].text == "Text {#not-a-heading}");  // only headings carry them
    CHECK(blocks[6].text == "And more");  // MDX's id comment
}

TEST_CASE("read_markdown_blocks reads a '~~~' fence of HTML as raw HTML, other code as nothing", "[markdown_blocks]") {
    const auto blocks = read_markdown_blocks(
        "# Schedule\n"
        "\n"
        "~~~\n"
        "<table>\n"
        "<tr><td>09:30</td><td>Fern Care (Ida Berg)</td></tr>\n"
        "</table>\n"
        "~~~\n"
        "\n"
        "~~~\n"
        "09:30 Not read\n"
        "~~~\n"
        "\n"
        "```html\n"
        "<p>Example markup</p>\n"
        "```\n");
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[1].kind == BlockKind::table_cell);
    CHECK(blocks[1].text == "09:30");
    CHECK(blocks[1].first_line() == 5);
    CHECK(blocks[2].text == "Fern Care (Ida Berg)");
}
