// The md4c adapter: markdown in, a flat list of text blocks out.
//
// md4c's callback API is the only way the core reads markdown structure. This file turns its
// enter/leave/text callbacks into the few facts the session extractor needs: which blocks exist
// (headings, paragraphs, list-item text, table cells), their plain text split into source lines,
// the links inside them, and the 1-based source line of each piece of text.
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

struct BlockLine {
    std::size_t begin = 0;  // byte offset of the line inside Block::text
    int source_line = 0;    // 1-based line in the markdown given to read_markdown_blocks
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int heading_level = 0;  // 1..6 for headings
    int list_depth = 0;     // how many lists enclose the block
    int quote_depth = 0;    // how many block quotes enclose the block
    int table_row = -1;     // for table cells: a document-wide row number shared by the row's cells
    std::string text;       // plain text: emphasis, images and raw HTML dropped, numeric, Latin-1
                            // and punctuation entities decoded,
                            // soft and hard line breaks as '\n'
    std::vector<InlineLink> links;
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
// in document order. Code blocks and raw HTML blocks produce no blocks. Never fails: md4c accepts
// any input; a document md4c aborts on yields the blocks seen so far. Streaming, so that a big
// post never holds all its blocks at once: the session extractor needs only the next two.
void read_markdown_blocks(const std::string& markdown, BlockSink& sink);

// The same, collected into a vector. Never fails.
std::vector<Block> read_markdown_blocks(const std::string& markdown);

// Blanks MDX-only lines in place so markdown sees an ordinary post, keeping line numbers:
// one-line `import ... from '...';` / `export ...` statements standing alone (first line, after a
// blank line or another statement; never a paragraph's continuation) and lines holding only JSX
// component tags (`<BlogAuthor {...authors.Bill} />`). Fenced code is left alone. Never fails.
void blank_mdx_lines(std::string& markdown);

}  // namespace talkboard
