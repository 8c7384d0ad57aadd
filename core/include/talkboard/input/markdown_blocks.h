// The md4c adapter: markdown in, a flat list of text blocks out.
//
// md4c's callback API is the only way the core reads markdown structure. This file turns its
// enter/leave/text callbacks into the few facts the session reader needs: which blocks exist
// (headings, paragraphs, list-item text, table cells), where they sit (list items, block quotes,
// table rows and columns), their plain text split into lines, the links and bold spans inside
// them, and the 1-based source line of each piece of text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace talkboard {

enum class BlockKind { heading, paragraph, list_item, table_cell };

struct InlineLink {
    std::string href;      // entity-decoded link target as written
    std::size_t begin = 0;  // byte range of the link text inside Block::text
    std::size_t end = 0;
};

// A byte range [begin, end) of Block::text.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct BlockLine {
    std::size_t begin = 0;  // byte offset of the line inside Block::text
    int source_line = 0;    // 1-based line in the markdown given to read_markdown_blocks
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int heading_level = 0;  // 1..6 for headings; for a table cell of HTML, the level of a heading in it
    int list_depth = 0;     // how many lists enclose the block
    int quote_depth = 0;    // how many block quotes enclose the block
    int list_item = -1;     // document-wide number of the innermost enclosing list item, -1 outside
                            // lists: the blocks of one (loose) item share it
    int table = -1;         // for table cells: a document-wide table number
    int table_row = -1;     // for table cells: a document-wide row number shared by the row's cells
    int table_column = -1;  // for table cells: the column, from 0
    int table_span = 1;     // for table cells: how many columns the cell covers (an HTML colspan)
    bool table_header = false;  // a cell of the table's head row
    bool from_html = false;     // read from a raw HTML block (input/html_blocks.h): a piece of the
                                // page's layout, such as one <div> of a schedule row
    std::string text;       // plain text: emphasis markers, images and inline raw HTML dropped (an HTML
                            // <br> is a line break), numeric, Latin-1 and punctuation entities
                            // decoded, soft and hard line breaks as '\n'
    std::vector<InlineLink> links;
    std::vector<TextSpan> strong;  // **bold** / __bold__ runs, in order
    std::vector<TextSpan> emphasis;  // *italic* / _italic_ runs (HTML <em>, <i>), in order
    std::vector<BlockLine> lines;  // one entry per '\n'-separated line of text, in order

    int first_line() const { return lines.empty() ? 0 : lines.front().source_line; }
};

// Receives blocks one at a time, in document order, as md4c finishes them.
class BlockSink {
public:
    // `block` is reused for the next block once this returns: a sink that keeps it copies it.
    virtual void take(const Block& block) = 0;

protected:
    ~BlockSink() = default;
};

// Parses markdown with md4c (flags set explicitly in the .cpp) and hands its text blocks to `sink`
// in document order. Code blocks produce no blocks; a raw HTML block gives the blocks the HTML
// reader finds in it (input/html_blocks.h), in its place, and so does a "~~~" fence without an
// info string whose text starts with a tag (Franklin.jl's raw HTML); empty table cells and blocks with no
// text produce none. Never fails: md4c accepts
// any input; a document md4c aborts on yields the blocks seen so far. Streaming, so that a big
// post never holds all its blocks at once: the session extractor needs only the next two.
void read_markdown_blocks(const std::string& markdown, BlockSink& sink);

// The same, collected into a vector. Never fails.
std::vector<Block> read_markdown_blocks(const std::string& markdown);

// Text lines [first, last) of a block (its '\n'-separated lines, an HTML <br> making one too) as a
// block of their own: the same kind and place, its text, links, bold runs and source lines cut to
// those lines. For a reader that finds several entries written as lines of one paragraph. Indices
// past the end give an empty part; never fails.
Block block_part(const Block& block, std::size_t first, std::size_t last);

// Bytes [begin, end) of a block's text as a block of its own (block_part for a line range, a
// table cell of pipe rows for a part of a line): the same kind and place, links and bold runs cut
// to the range, source lines from where it starts. Out-of-range bounds are clamped; never fails.
Block block_range(const Block& block, std::size_t begin, std::size_t end);

// Blanks MDX-only lines in place so markdown sees an ordinary post, keeping line numbers:
// one-line `import ... from '...';` / `export ...` statements standing alone (first line, after a
// blank line or another statement; never a paragraph's continuation) and lines holding only JSX
// component tags (`<BlogAuthor {...authors.Bill} />`). Lines holding only a site generator's
// template tag (Hugo `{{< details "**Monday**" >}}`, `{{% ... %}}`, Jekyll `{% include x %}`) keep
// only the tag's first quoted positional argument, the label a reader sees (`**Monday**`), or
// nothing (`{{< figure src="x.png" >}}`). Hugo's links to the site's pages, `[Title]({{< ref
// "talk.md" >}})`, become links to the page they name (`[Title](talk.md)`).
// Fenced code is left alone (but for those links). Never fails.
void blank_mdx_lines(std::string& markdown);

}  // namespace talkboard
