// The raw HTML reader: one HTML block of a markdown post in, the text blocks a reader sees in it out.
//
// Posts write schedules in raw HTML between their markdown: a `<table>` of times, titles and
// speakers, a day in `<details><summary><b>Saturday 1st Feb</b></summary>`, `<h3>` headings,
// `<p>` and `<li>` with links. md4c hands such a block over whole (MD_BLOCK_HTML, its lines as
// MD_TEXT_HTML text) and renders nothing of it; this reader turns it into the same Blocks
// (markdown_blocks.h) the markdown reader makes for the equivalent markdown, so the session reader
// needs no HTML of its own:
//
//   <table>, <tr>, <td>, <th>   table_cell blocks: a new document-wide table number per <table>, a
//                               new document-wide row number per <tr>, the column from 0 (colspan
//                               counts). table_header for cells of a <thead> row and for the
//                               <th> cells of the table's first row (a <th> heading a later row
//                               is an ordinary cell).
//                               Empty cells give no block (their column still counts).
//   <h1>..<h6>                  heading with its level
//   <li>                        list_item, with a new document-wide list item number
//   <p> <div> <summary> <dt>    paragraph; so is text standing in no element, and text between
//   <dd> <caption> <figcaption> block elements
//   <ul> <ol>, <blockquote>     list_depth, quote_depth of the blocks inside (added to the
//                               markdown's around the HTML block)
//   <a href="...">              an InlineLink over its text (the href entity-decoded; an <a>
//                               without href is text only)
//   <b> <strong>                a bold run (Block::strong)
//   <em> <i>                    an italic run (Block::emphasis)
//   <br>                        a line break ('\n') inside the block
//   <script> <style> <iframe>   skipped with their content; so are comments, <!...> declarations
//   <template>                  and <?...?> instructions, and elements a browser hides (`hidden`,
//                               `style="display:none"`: a talk's abstract folded away)
//   any other tag               ignored, its text kept (<span>, <img> without its alt...)
//
// Text is entity-decoded by the markdown reader's decoder (input/entities.h) and its whitespace
// collapsed as a browser renders it: runs of ASCII whitespace are one space, none at the start or
// end of a block or around a line break; &nbsp; stays U+00A0. Markdown inside an HTML block is
// not markdown (CommonMark renders it verbatim): `**` stays as written.
//
// Tolerant the way browsers are: the implied ends of <p>, <li>, <td>, <th>, <tr>, <thead>/<tbody>,
// a cell or row with no <table> (or <tr>) around it, attributes quoted with ' or " holding '>',
// unquoted attributes, stray '<' and '&' as text. A table inside a table's cell ends the outer one:
// its rows are read as one more table.
//
// One stream per post, as a browser parses the rendered page: md4c ends an HTML block at a blank
// line, so a hand-written `<table>` with blank lines between its rows, or an `<ol>` whose `<li>`s
// hold markdown paragraphs, comes as several HTML blocks with markdown between them. The elements
// a block leaves open (lists, items, block quotes, a table, its row and cell) stay open into the
// next block, and the markdown between stands inside them (`place_markdown_block`). A text block
// never spans two HTML blocks, and bold runs and links end with their block.
//
// Written by hand, a single linear pass over each block with a few bytes of lookahead: an HTML
// parser library (html5 tree building, the full entity table) would cost more than the whole
// reader's share of the wasm byte budget (tests/browser/budget.test.mjs), and posts need only this
// much of HTML.
#pragma once

#include <memory>
#include <string_view>

#include "talkboard/input/markdown_blocks.h"

namespace talkboard {

// Where an HTML block stands in the markdown around it: the blocks it gives are inside those
// lists, block quotes and list item.
struct HtmlBlockPlace {
    int list_depth = 0;
    int quote_depth = 0;
    int list_item = -1;  // the enclosing markdown list item's number, -1 outside lists
};

class HtmlStream;  // the elements open between blocks, and the block being read (html_blocks.cpp)

// Reads the HTML blocks of one post, in document order. `table`, `table_row` and `list_item` are
// the document's last table, row and list item numbers, shared with the markdown reader: each
// <table>, <tr> and <li> takes the next one. Blocks go to `sink` in document order.
class HtmlBlockReader {
public:
    HtmlBlockReader(int& table, int& table_row, int& list_item, BlockSink& sink);
    ~HtmlBlockReader();
    HtmlBlockReader(const HtmlBlockReader&) = delete;
    HtmlBlockReader& operator=(const HtmlBlockReader&) = delete;

    // Reads the raw text of one HTML block (`html`, whose first line is source line `first_line`
    // of the post). Blocks' lines carry the source line on which their text starts (first_line
    // plus the newlines before it). A block longer than limits::max_html_block_bytes gives no
    // blocks and changes nothing open (it is skipped as markdown renderers that do not read HTML
    // skip it). Never fails; linear in the block's size.
    void read(std::string_view html, int first_line, const HtmlBlockPlace& place);

    // Puts a markdown block that comes while HTML elements are open where a browser puts it: in
    // the innermost open <li> (its item number; the open lists and quotes add to its depths) and,
    // when a table cell is open, into that cell (a paragraph or heading becomes a piece of the
    // cell; a markdown table's own cells keep their table). Changes nothing when none are open.
    // False when the block stands inside a hidden element: no reader sees it.
    bool place_markdown_block(Block& block) const;

private:
    std::unique_ptr<HtmlStream> stream_;
};

}  // namespace talkboard
