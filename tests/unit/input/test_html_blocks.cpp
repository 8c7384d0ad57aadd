// html_blocks.h: the raw HTML reader, on its own and through read_markdown_blocks (md4c hands it
// each HTML block).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "block_text.h"
#include "talkboard/input/html_blocks.h"
#include "talkboard/input/markdown_blocks.h"
#include "talkboard/limits.h"

using namespace talkboard;
using talkboard::test::link_text;
using talkboard::test::strong_text;

namespace {

struct Collect final : BlockSink {
    std::vector<Block> blocks;
    void take(const Block& block) override { blocks.push_back(block); }
};

// Reads one HTML block starting on source line 1 at the top of a document.
std::vector<Block> read_html(std::string_view html, int first_line = 1) {
    Collect collect;
    int table = -1, row = -1, item = -1;
    HtmlBlockReader(table, row, item, collect).read(html, first_line, HtmlBlockPlace{});
    return std::move(collect.blocks);
}

}  // namespace

TEST_CASE("HtmlBlockReader reads a table as table cells", "[html_blocks]") {
    SECTION("rows and columns, links, entities, source lines") {
        const auto blocks = read_html(
            "<table>\n"
            "<tr><td>09:30</td><td><a class=\"icon\"></a></td><td><a href=\"../talks/ferns\">Ferns&nbsp;at&nbsp;Scale</a></td><td>Mo&nbsp;Reyes</td></tr>\n"
            "<tr><td>10:00</td><td></td><td><a href='/talks/moss?a=1&amp;b=2'>Moss &amp; Lichen</a></td><td>Ida Berg</td></tr>\n"
            "</table>\n",
            7);
        REQUIRE(blocks.size() == 6);
        for (const Block& b : blocks) {
            CHECK(b.kind == BlockKind::table_cell);
            CHECK(b.table == 0);
            CHECK_FALSE(b.table_header);
        }
        CHECK(blocks[0].text == "09:30");
        CHECK(blocks[0].table_row == 0);
        CHECK(blocks[0].table_column == 0);
        CHECK(blocks[0].first_line() == 8);
        CHECK(blocks[1].text == "Ferns\u00A0at\u00A0Scale");  // the empty icon cell gives no block
        CHECK(blocks[1].table_column == 2);
        CHECK(blocks[1].links.size() == 1);
        CHECK(blocks[1].links[0].href == "../talks/ferns");
        CHECK(link_text(blocks[1], 0) == blocks[1].text);
        CHECK(blocks[2].text == "Mo\u00A0Reyes");
        CHECK(blocks[2].table_column == 3);
        CHECK(blocks[3].table_row == 1);
        CHECK(blocks[3].first_line() == 9);
        CHECK(blocks[4].text == "Moss & Lichen");
        CHECK(blocks[4].links[0].href == "/talks/moss?a=1&b=2");
        CHECK(blocks[5].text == "Ida Berg");
    }
    SECTION("a head row: <thead>, or the <th> cells of the first row") {
        const auto head = read_html("<table><thead><tr><td>Time</td><td>Talk</td></tr></thead>"
                                    "<tbody><tr><td>9:00</td><td>Opening</td></tr></tbody></table>");
        REQUIRE(head.size() == 4);
        CHECK(head[0].table_header);
        CHECK(head[1].table_header);
        CHECK_FALSE(head[2].table_header);
        const auto th = read_html("<table><tr><th>Time</th><th>Talk</th></tr><tr><th>9:00</th><td>Opening</td></tr></table>");
        REQUIRE(th.size() == 4);
        CHECK(th[0].table_header);
        CHECK(th[1].table_header);
        CHECK_FALSE(th[2].table_header);  // a row heading in a later row is no head row
        CHECK_FALSE(th[3].table_header);
        const auto mixed = read_html("<table><tr><th>Day one</th><td>Opening</td></tr></table>");
        REQUIRE(mixed.size() == 2);
        CHECK(mixed[0].table_header);
        CHECK_FALSE(mixed[1].table_header);
    }
    SECTION("implied ends: unclosed cells and rows, no <table> at all") {
        const auto blocks = read_html("<tr><td>9:00<td>Opening\n<tr><td>9:30<td>Keynote</table>");
        REQUIRE(blocks.size() == 4);
        CHECK(blocks[0].text == "9:00");
        CHECK(blocks[1].text == "Opening");
        CHECK(blocks[1].table_column == 1);
        CHECK(blocks[2].table_row == blocks[0].table_row + 1);
        CHECK(blocks[3].text == "Keynote");
        CHECK(blocks[3].first_line() == 2);
    }
    SECTION("colspan moves the columns after it; numbers continue from the document's") {
        Collect collect;
        int table = 4, row = 10, item = 2;
        HtmlBlockReader(table, row, item, collect)
            .read("<table><tr><td colspan=\"2\">Hall</td><td>Stage</td></tr></table>", 1, HtmlBlockPlace{});
        REQUIRE(collect.blocks.size() == 2);
        CHECK(collect.blocks[0].table == 5);
        CHECK(collect.blocks[0].table_row == 11);
        CHECK(collect.blocks[1].table_column == 2);
        CHECK(table == 5);
        CHECK(row == 11);
        CHECK(item == 2);
    }
}

TEST_CASE("HtmlBlockReader reads headings, paragraphs, lists and inline markup", "[html_blocks]") {
    SECTION("details, summary with a bold day, headings") {
        const auto blocks = read_html("<details>\n  <summary> <b> Saturday 1st Feb </b></summary>\n<h3 class=\"x\">Track B</h3>");
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].kind == BlockKind::paragraph);
        CHECK(blocks[0].text == "Saturday 1st Feb");
        CHECK(blocks[0].first_line() == 2);
        CHECK(strong_text(blocks[0], 0) == "Saturday 1st Feb");
        CHECK(blocks[1].kind == BlockKind::heading);
        CHECK(blocks[1].heading_level == 3);
        CHECK(blocks[1].text == "Track B");
    }
    SECTION("list items with implied ends, nested lists, their own item numbers") {
        const auto blocks = read_html("<ul><li>One <a href=\"https://example.com/1\">first talk</a>\n<li>Two<ul><li>Inner</ul></ul>");
        REQUIRE(blocks.size() == 3);
        CHECK(blocks[0].kind == BlockKind::list_item);
        CHECK(blocks[0].text == "One first talk");
        CHECK(link_text(blocks[0], 0) == "first talk");
        CHECK(blocks[0].list_depth == 1);
        CHECK(blocks[1].text == "Two");
        CHECK(blocks[1].list_item == blocks[0].list_item + 1);
        CHECK(blocks[2].text == "Inner");
        CHECK(blocks[2].list_depth == 2);
        CHECK(blocks[2].list_item == blocks[1].list_item + 1);
    }
    SECTION("whitespace collapsed, <br> a line break with its source line") {
        const auto blocks = read_html("<p>  Opening\n   talk <br/>\n  Ana   Li  </p><p>Second", 3);
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].text == "Opening talk\nAna Li");
        REQUIRE(blocks[0].lines.size() == 2);
        CHECK(blocks[0].lines[0].source_line == 3);
        CHECK(blocks[0].lines[1].begin == 13);
        CHECK(blocks[0].lines[1].source_line == 5);
        CHECK(blocks[1].text == "Second");
    }
    SECTION("script, style, iframe and comments skipped; unknown tags keep their text") {
        const auto blocks = read_html(
            "<div>Before<script>var x = '<p>not text</p>';</script> <!-- a <p> comment --> <span class=a>kept</span>"
            "<style>p{}</style><iframe src=x>frame</iframe><img src=\"a.png\" alt=\"alt text\"> after</div>");
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].text == "Before kept after");
    }
    SECTION("quoted attributes may hold '>'; stray '<' and '&' are text") {
        const auto blocks = read_html("<p title=\"a > b\" data-x='c>d'>x < y & z &bogus; &#x41;</p>");
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].text == "x < y & z &bogus; A");
    }
    SECTION("markdown inside HTML is text as written") {
        const auto blocks = read_html("<p>**not bold** [not](a link)</p>");
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].text == "**not bold** [not](a link)");
        CHECK(blocks[0].strong.empty());
        CHECK(blocks[0].links.empty());
    }
    SECTION("an unclosed tag, comment or script ends with the block without reading past it") {
        CHECK(read_html("<p>Text<a href=\"x").size() == 1);
        CHECK(read_html("<p>Text<!-- never closed <p>more").size() == 1);
        CHECK(read_html("<script>never closed").empty());
        CHECK(read_html("<").at(0).text == "<");
        CHECK(read_html("&").size() == 1);
    }
}

TEST_CASE("read_markdown_blocks hands HTML blocks to the HTML reader in their place", "[html_blocks]") {
    SECTION("a table between markdown, numbered with the markdown tables") {
        const auto blocks = read_markdown_blocks(
            "## Day one\n"
            "\n"
            "| A | B |\n|---|---|\n| 1 | 2 |\n"
            "\n"
            "<table>\n"
            "<tr><td>10:00</td><td><a href=\"/t/x\">Talk X</a></td></tr>\n"
            "</table>\n"
            "\n"
            "After.\n");
        REQUIRE(blocks.size() == 8);
        CHECK(blocks[5].text == "10:00");
        CHECK(blocks[5].table == 1);
        CHECK(blocks[5].table_row == 2);
        CHECK(blocks[5].first_line() == 8);
        CHECK(blocks[6].links.at(0).href == "/t/x");
        CHECK(blocks[7].text == "After.");
    }
    SECTION("a markdown list after <details><summary> and a blank line stays a markdown list") {
        const auto blocks = read_markdown_blocks(
            "<details>\n  <summary> <b> Sunday 2nd Feb </b></summary>\n\n* 10h - 10h30 : Welcome\n\n</details>\n");
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].text == "Sunday 2nd Feb");
        CHECK(blocks[0].first_line() == 2);
        CHECK(blocks[1].kind == BlockKind::list_item);
        CHECK(blocks[1].text == "10h - 10h30 : Welcome");
        CHECK(blocks[1].first_line() == 4);
    }
    SECTION("<h2>..<h6>, which md4c 0.4.8 leaves in a paragraph, are headings too") {
        const auto blocks = read_markdown_blocks("<h1>Fernwood</h1>\n\n<h3 id=\"sat\">Saturday</h3>\n\n<h4>Talks</h4> and more\n");
        REQUIRE(blocks.size() == 4);
        CHECK(blocks[0].kind == BlockKind::heading);
        CHECK(blocks[0].heading_level == 1);
        CHECK(blocks[1].kind == BlockKind::heading);
        CHECK(blocks[1].heading_level == 3);
        CHECK(blocks[1].text == "Saturday");
        CHECK(blocks[1].first_line() == 3);
        CHECK(blocks[2].heading_level == 4);
        CHECK(blocks[2].text == "Talks");
        CHECK(blocks[3].kind == BlockKind::paragraph);
        CHECK(blocks[3].text == " and more");
    }
    SECTION("an HTML block inside a list item and a block quote keeps their place") {
        const auto blocks = read_markdown_blocks("* Item\n\n  <p>In <b>it</b></p>\n\n> <div>Quoted</div>\n");
        REQUIRE(blocks.size() == 3);
        CHECK(blocks[1].text == "In it");
        CHECK(blocks[1].list_depth == 1);
        CHECK(blocks[1].list_item == blocks[0].list_item);
        CHECK(blocks[1].first_line() == 3);
        CHECK(blocks[2].text == "Quoted");
        CHECK(blocks[2].quote_depth == 1);
        CHECK(blocks[2].first_line() == 5);
    }
}

TEST_CASE("HtmlBlockReader reads blocks up to limits::max_html_block_bytes", "[html_blocks][limits]") {
    std::string html = "<p>Kept</p>";
    html.resize(limits::max_html_block_bytes, ' ');
    CHECK(read_html(html).size() == 1);
    html += ' ';
    CHECK(read_html(html).empty());
}

TEST_CASE("HtmlBlockReader lays cells out past the cells above that span rows", "[html_blocks]") {
    const auto blocks = read_html(
        "<table>\n"
        "<tr><td>10:00</td><td>Aud talk</td><td rowspan=\"2\">Long workshop</td><td>Room B talk</td></tr>\n"
        "<tr><td>10:30</td><td>Second aud talk</td><td>Second room B talk</td></tr>\n"
        "<tr><td>11:00</td><td>Third</td><td>Third C</td><td>Third B</td></tr>\n"
        "</table>\n",
        1);
    REQUIRE(blocks.size() == 11);
    CHECK(blocks[2].text == "Long workshop");
    CHECK(blocks[2].table_span == 1);
    CHECK(blocks[6].text == "Second room B talk");
    CHECK(blocks[6].table_column == 3);  // column 2 is the workshop's still
    CHECK(blocks[9].text == "Third C");
    CHECK(blocks[9].table_column == 2);  // the workshop's rows are over
    // A cell far right covers nothing below (limits the bookkeeping): no column is skipped.
    std::string wide = "<table><tr>";
    for (int i = 0; i < 70; ++i) wide += "<td>x</td>";
    wide += "<td rowspan=\"5\">far</td></tr><tr><td>next</td></tr></table>";
    const auto far = read_html(wide, 1);
    CHECK(far.back().text == "next");
    CHECK(far.back().table_column == 0);
}

TEST_CASE("HtmlBlockReader keeps elements open from one HTML block to the next, as a browser does", "[html_blocks]") {
    SECTION("a table whose rows are separated by blank lines is one table") {
        const auto blocks = read_markdown_blocks(
            "<table>\n"
            "\n"
            "  <tr>\n"
            "    <td>09:00</td><td>Opening</td>\n"
            "  </tr>\n"
            "\n"
            "  <tr>\n"
            "    <td>09:30</td><td>Soil Sensors</td>\n"
            "\n"
            "  </tr>\n"
            "</table>\n"
            "\n"
            "After the table.\n");
        REQUIRE(blocks.size() == 5);
        CHECK(blocks[0].table == blocks[3].table);
        CHECK(blocks[0].table_row != blocks[2].table_row);
        CHECK(blocks[3].text == "Soil Sensors");
        CHECK(blocks[3].table_column == 1);
        CHECK(blocks[3].first_line() == 8);
        CHECK(blocks[4].kind == BlockKind::paragraph);
        CHECK(blocks[4].table == -1);
    }
    SECTION("markdown between the <li>s of an HTML list belongs to the open item") {
        const auto blocks = read_markdown_blocks(
            "<ol>\n"
            "<li><strong>Rust for Gardeners</strong> - by Ana Lopes\n"
            "\n"
            "Why Rust suits a *garden*.\n"
            "</li>\n"
            "\n"
            "<li><strong>Tmux Tricks</strong> - by Bo Chen\n"
            "\n"
            "A few tricks.\n"
            "</li>\n"
            "</ol>\n"
            "\n"
            "Closing words.\n");
        REQUIRE(blocks.size() == 5);
        CHECK(blocks[0].kind == BlockKind::list_item);
        CHECK(blocks[1].kind == BlockKind::paragraph);
        CHECK(blocks[1].text == "Why Rust suits a garden.");
        CHECK(blocks[1].list_item == blocks[0].list_item);
        CHECK(blocks[1].list_depth == 1);
        CHECK(blocks[2].kind == BlockKind::list_item);
        CHECK(blocks[2].text == "Tmux Tricks - by Bo Chen");
        CHECK(blocks[2].list_item != blocks[0].list_item);
        CHECK(blocks[2].list_depth == 1);
        CHECK(blocks[3].list_item == blocks[2].list_item);
        CHECK(blocks[4].list_item == -1);
        CHECK(blocks[4].list_depth == 0);
    }
    SECTION("markdown inside an open cell is a piece of that cell") {
        const auto blocks = read_markdown_blocks(
            "<table>\n"
            "<tr><td>10:00</td><td>\n"
            "\n"
            "**Moss Walls** by Ida Berg\n"
            "\n"
            "</td></tr>\n"
            "</table>\n");
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[1].kind == BlockKind::table_cell);
        CHECK(blocks[1].text == "Moss Walls by Ida Berg");
        CHECK(blocks[1].table == blocks[0].table);
        CHECK(blocks[1].table_row == blocks[0].table_row);
        CHECK(blocks[1].table_column == 1);
        CHECK(strong_text(blocks[1], 0) == "Moss Walls");
    }
}

TEST_CASE("HtmlBlockReader reads a row of <th> names under a first row of one cell as the table's head", "[html_blocks]") {
    const auto blocks = read_html(
        "<table>\n"
        "<tr><th colspan=\"3\">Friday, May 7</th></tr>\n"
        "<tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>\n"
        "<tr><td>10:00</td><td>Moss Walls</td><td>Ida Berg</td></tr>\n"
        "</table>\n"
        "<table>\n"
        "<tr><th colspan=\"2\">Saturday, May 8</th></tr>\n"
        "<tr><th>10:00</th><td>Fern Care</td></tr>\n"
        "</table>\n");
    REQUIRE(blocks.size() == 10);
    CHECK(blocks[0].table_header);
    CHECK(blocks[2].text == "Talk");
    CHECK(blocks[2].table_header);
    CHECK_FALSE(blocks[4].table_header);
    // A <th> that heads a row of <td>s is that row's time, no column's name.
    CHECK(blocks[7].table_header);
    CHECK(blocks[8].text == "10:00");
    CHECK_FALSE(blocks[8].table_header);
    CHECK_FALSE(blocks[9].table_header);
}

TEST_CASE("HtmlBlockReader keeps italic runs and empty links in place", "[html_blocks]") {
    const auto blocks = read_html("<li><b>Moss</b> <a href=\"https://x.example/\"><img src=\"x.png\"></a> <em>- by Ida Berg</em> About moss.</li>");
    REQUIRE(blocks.size() == 1);
    const Block& b = blocks[0];
    CHECK(b.text == "Moss - by Ida Berg About moss.");
    REQUIRE(b.emphasis.size() == 1);
    CHECK(b.text.substr(b.emphasis[0].begin, b.emphasis[0].end - b.emphasis[0].begin) == "- by Ida Berg");
    REQUIRE(b.links.size() == 1);
    CHECK(b.links[0].begin == b.links[0].end);  // around no text: no span over the space before it
}

TEST_CASE("HtmlBlockReader reads nothing a browser hides", "[html_blocks]") {
    const auto blocks = read_markdown_blocks(
        "<table><tr><td>Fern Care\n"
        "<div style=\"display: none\" class=\"abstract\"><div>Inner</div>\n"
        "\n"
        "Folded *abstract*.\n"
        "\n"
        "</div> (after)</td></tr></table>\n"
        "\n"
        "<p hidden>Secret</p><input type=hidden><p>Shown</p>\n");
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].text == "Fern Care");
    CHECK(blocks[1].text == "(after)");
    CHECK(blocks[1].table_column == 0);
    CHECK(blocks[2].text == "Shown");  // a void element's `hidden` hides nothing after it
}
