#include "talkboard/input/markdown_blocks.h"

#include <md4c.h>

#include <algorithm>
#include <iterator>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "input/entities.h"
#include "talkboard/input/html_blocks.h"
#include "talkboard/limits.h"
#include "input/md4c_flags.h"
#include "input/pipe_rows.h"
#include "internal/text.h"

namespace talkboard {

namespace {

std::string attribute_text(const MD_ATTRIBUTE& attribute) {
    std::string out;
    if (attribute.substr_offsets == nullptr) return out;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET from = attribute.substr_offsets[i];
        const MD_OFFSET to = attribute.substr_offsets[i + 1];
        const std::string_view piece(attribute.text + from, to - from);
        if (attribute.substr_types[i] == MD_TEXT_ENTITY) {
            append_entity(out, piece);
        } else if (attribute.substr_types[i] == MD_TEXT_NORMAL) {
            out += piece;
        }
    }
    return out;
}

// "<br>", "<br/>", "<br />" in any case.
bool is_line_break_tag(std::string_view tag) {
    if (tag.size() < 4 || tag.front() != '<' || tag.back() != '>') return false;
    std::string_view inner = text::trim(tag.substr(1, tag.size() - 2));
    if (!inner.empty() && inner.back() == '/') inner = text::trim(inner.substr(0, inner.size() - 1));
    return text::iequals_ascii(inner, "br");
}

// `<a href="https://…" target="_blank">` -> its href, entity-decoded; "</a>" -> "" with `*closing`
// set; anything else nullopt. An anchor written as inline HTML in a markdown line (`<a
// href="…">Ana Li</a>`) is a link as much as `[Ana Li](…)` is.
std::optional<std::string> anchor_tag_href(std::string_view tag, bool* closing) {
    *closing = false;
    if (tag.size() < 4 || tag.front() != '<' || tag.back() != '>') return std::nullopt;
    if (text::iequals_ascii(tag, "</a>")) {
        *closing = true;
        return std::string();
    }
    if ((tag[1] != 'a' && tag[1] != 'A') || (tag[2] != ' ' && tag[2] != '\t' && tag[2] != '\n')) return std::nullopt;
    const std::string lower = text::ascii_lower(tag);  // a tag is short
    for (std::size_t at = lower.find("href"); at != std::string::npos; at = lower.find("href", at + 4)) {
        if (at == 0 || (tag[at - 1] != ' ' && tag[at - 1] != '\t' && tag[at - 1] != '\n')) continue;
        std::size_t i = at + 4;
        while (i < tag.size() && tag[i] == ' ') ++i;
        if (i >= tag.size() || tag[i] != '=') continue;
        ++i;
        while (i < tag.size() && tag[i] == ' ') ++i;
        if (i >= tag.size()) return std::nullopt;
        const char quote = tag[i] == '"' || tag[i] == '\'' ? tag[i] : '\0';
        const std::size_t begin = quote ? i + 1 : i;
        const std::size_t end = quote ? tag.find(quote, begin) : tag.find_first_of(" \t\n>", begin);
        if (end == std::string_view::npos) return std::nullopt;
        return decoded_attribute(tag.substr(begin, end - begin));
    }
    return std::nullopt;
}

// "<h2>", "<h3 id=x>" -> 2, 3; "</h2>" -> -2; anything else 0. md4c 0.4.8 starts an HTML block
// at <h1> but not at <h2>..<h6> (its tag table lists only "h1"), so `<h3>Day two</h3>` reaches us
// as a paragraph holding inline HTML: these tags make that paragraph the heading a browser shows.
int html_heading_tag_level(std::string_view tag) {
    const bool end = text::starts_with(tag, "</");
    const std::size_t at = end ? 2 : 1;
    if (tag.size() < at + 3 || tag.front() != '<' || (tag[at] != 'h' && tag[at] != 'H')) return 0;
    const char digit = tag[at + 1], after = tag[at + 2];
    if (digit < '2' || digit > '6' || (after != '>' && after != ' ' && after != '\t' && after != '\n')) return 0;
    return end ? -(digit - '0') : digit - '0';
}

// Builds blocks from md4c's callbacks and hands each finished one to the sink; passed to md_parse
// as userdata. One Block is reused throughout, so its buffers stop allocating once they are big
// enough.
// "## Saturday {#saturday}", "### Title {.note}", "## Day 2 {: #day-2 }", "## More {/*more*/}": a
// heading's attribute block (kramdown, pandoc, Hugo, MDX) is markup, not its text. A heading of nothing but one keeps it.
void drop_heading_attributes(Block& block) {
    std::string& t = block.text;
    std::size_t end = t.size();
    while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\t')) --end;
    if (end < 3 || t[end - 1] != '}') return;
    const std::size_t open = t.rfind('{', end - 1);
    if (open == std::string::npos || t.find('\n', open) != std::string::npos) return;
    const char mark = t[open + 1];
    // (MDX writes the id as a comment, "{/*and-more*/}", whose stars md4c reads as emphasis.)
    const bool mdx_comment = mark == '/' && t[end - 2] == '/';
    if (mark != '#' && mark != '.' && mark != ':' && !mdx_comment) return;
    std::size_t cut = open;
    while (cut > 0 && (t[cut - 1] == ' ' || t[cut - 1] == '\t')) --cut;
    if (cut == 0) return;
    t.resize(cut);
    for (InlineLink& link : block.links) link.begin = std::min(link.begin, cut), link.end = std::min(link.end, cut);
    for (TextSpan& span : block.strong) span.begin = std::min(span.begin, cut), span.end = std::min(span.end, cut);
    for (TextSpan& span : block.emphasis) span.begin = std::min(span.begin, cut), span.end = std::min(span.end, cut);
}

class BlockBuilder {
public:
    BlockBuilder(const std::string& markdown, BlockSink& sink) : document_(markdown), sink_(sink) {
        line_starts_.push_back(0);
        for (const char* at = markdown.data(), *end = at + markdown.size();
             (at = static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)))) != nullptr;) {
            ++at;
            line_starts_.push_back(static_cast<std::size_t>(at - markdown.data()));
        }
    }

    void finish() { flush(); }

    int enter_block(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_H:
                start(BlockKind::heading);
                block_.heading_level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
                break;
            case MD_BLOCK_P: start(BlockKind::paragraph); break;
            case MD_BLOCK_LI:
                items_.push_back(++item_count_);
                start(BlockKind::list_item);
                break;
            case MD_BLOCK_TH:
            case MD_BLOCK_TD:
                start(BlockKind::table_cell);
                block_.table = table_;
                block_.table_row = table_row_;
                block_.table_column = table_column_++;
                block_.table_header = in_table_head_;
                break;
            case MD_BLOCK_TABLE:
                flush();
                ++table_;
                break;
            case MD_BLOCK_THEAD:
                flush();
                in_table_head_ = true;
                break;
            case MD_BLOCK_TR:
                flush();
                ++table_row_;
                table_column_ = 0;
                break;
            case MD_BLOCK_UL:
            case MD_BLOCK_OL:
                flush();
                ++list_depth_;
                break;
            case MD_BLOCK_QUOTE:
                flush();
                ++quote_depth_;
                break;
            case MD_BLOCK_CODE: {
                flush();
                // "~~~" with no info string around HTML is raw HTML to Franklin.jl (a site generator
                // of the Julia community) and how its pages write their schedules: read as HTML
                // when the fence holds markup (leave_block); any other code block is skipped.
                const auto* code = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
                if (code && code->fence_char == '~' && code->info.size == 0 && skip_depth_ == 0 && !in_html_) {
                    in_html_ = fenced_html_ = true;
                    html_.clear();
                    html_first_line_ = 0;
                } else {
                    ++skip_depth_;
                }
                break;
            }
            case MD_BLOCK_HTML:
                flush();
                in_html_ = true;
                html_.clear();
                html_first_line_ = 0;
                break;
            default: flush(); break;
        }
        return 0;
    }

    int leave_block(MD_BLOCKTYPE type) {
        switch (type) {
            case MD_BLOCK_UL:
            case MD_BLOCK_OL: --list_depth_; break;
            case MD_BLOCK_QUOTE: --quote_depth_; break;
            case MD_BLOCK_THEAD: in_table_head_ = false; break;
            case MD_BLOCK_LI:
                flush();
                if (!items_.empty()) items_.pop_back();
                break;
            case MD_BLOCK_CODE:
                if (!fenced_html_) {
                    --skip_depth_;
                    break;
                }
                in_html_ = fenced_html_ = false;
                if (text::starts_with(text::trim(html_), "<")) {
                    html_reader_.read(html_, html_first_line_, html_place());
                }
                break;
            case MD_BLOCK_HTML:
                // Raw HTML (a <table> of talks, a <summary> day label): read by input/html_blocks.h.
                in_html_ = false;
                html_reader_.read(html_, html_first_line_, html_place());
                break;
            case MD_BLOCK_H:
            case MD_BLOCK_P:
            case MD_BLOCK_TH:
            case MD_BLOCK_TD: flush(); break;
            default: break;
        }
        return 0;
    }

    int enter_span(MD_SPANTYPE type, void* detail) {
        if (type == MD_SPAN_IMG) ++image_depth_;
        if (type == MD_SPAN_STRONG && open_ && image_depth_ == 0 && strong_depth_++ == 0) {
            block_.strong.push_back(TextSpan{block_.text.size(), block_.text.size()});
        }
        if (type == MD_SPAN_EM && open_ && image_depth_ == 0 && emphasis_depth_++ == 0) {
            block_.emphasis.push_back(TextSpan{block_.text.size(), block_.text.size()});
        }
        if (type == MD_SPAN_A && open_ && image_depth_ == 0) {
            InlineLink link;
            link.href = attribute_text(static_cast<MD_SPAN_A_DETAIL*>(detail)->href);
            link.begin = block_.text.size();
            link.end = link.begin;
            block_.links.push_back(std::move(link));
            open_link_ = block_.links.size();
        }
        return 0;
    }

    int leave_span(MD_SPANTYPE type) {
        if (type == MD_SPAN_IMG) --image_depth_;
        if (type == MD_SPAN_STRONG && open_ && image_depth_ == 0 && strong_depth_ > 0 && --strong_depth_ == 0) {
            block_.strong.back().end = block_.text.size();
        }
        if (type == MD_SPAN_EM && open_ && image_depth_ == 0 && emphasis_depth_ > 0 && --emphasis_depth_ == 0) {
            block_.emphasis.back().end = block_.text.size();
        }
        if (type == MD_SPAN_A && open_ && open_link_ > 0 && image_depth_ == 0) {
            block_.links[open_link_ - 1].end = block_.text.size();
            open_link_ = 0;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size) {
        if (in_html_) {
            collect_html(chars, size);
            return 0;
        }
        if (!open_ || skip_depth_ > 0 || image_depth_ > 0) return 0;
        const std::string_view piece(chars, size);
        switch (type) {
            case MD_TEXT_BR:
            case MD_TEXT_SOFTBR:
                break_line();
                return 0;
            case MD_TEXT_HTML:
                // Inline raw HTML / JSX is markup, not text; but a <br> breaks the line as the
                // reader sees it ("Title<br/>Speaker" in a table cell).
                if (is_line_break_tag(piece)) break_line();
                if (const int level = html_heading_tag_level(piece); level != 0) html_heading(level);
                if (bool closing = false; const std::optional<std::string> href = anchor_tag_href(piece, &closing)) {
                    if (closing && inline_anchor_ > 0) {
                        block_.links[inline_anchor_ - 1].end = block_.text.size();
                        inline_anchor_ = 0;
                    } else if (!closing && !href->empty() && open_link_ == 0 && inline_anchor_ == 0) {
                        block_.links.push_back(InlineLink{*href, block_.text.size(), block_.text.size()});
                        inline_anchor_ = block_.links.size();
                    }
                }
                return 0;
            case MD_TEXT_NULLCHAR: text::append_utf8(block_.text, 0xFFFD); break;
            case MD_TEXT_ENTITY: append_entity(block_.text, piece); break;
            default: block_.text += piece; break;
        }
        note_line(chars);
        return 0;
    }

private:
    // md4c hands an HTML block's lines as pieces of the document (and '\n' and indentation of its
    // own); the block's first line is that of its first piece in the document, less the lines
    // collected before it. Past the size limit the rest is not kept (the reader skips the block).
    void collect_html(const MD_CHAR* chars, MD_SIZE size) {
        const char* base = document_.data();
        if (html_first_line_ == 0 && chars >= base && chars < base + document_.size()) {
            const auto offset = static_cast<std::size_t>(chars - base);
            const int line = static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin());
            html_first_line_ = line - static_cast<int>(std::count(html_.begin(), html_.end(), '\n'));
        }
        if (html_.size() <= limits::max_html_block_bytes) html_.append(chars, size);
    }

    // Where an HTML block (or a fence of HTML) stands: inside the markdown's lists, quotes and item.
    HtmlBlockPlace html_place() const { return HtmlBlockPlace{list_depth_, quote_depth_, items_.empty() ? -1 : items_.back()}; }

    void start(BlockKind kind) {
        flush();
        block_.kind = kind;
        block_.heading_level = 0;
        block_.table = -1;
        block_.table_row = -1;
        block_.table_column = -1;
        block_.table_span = 1;
        block_.table_header = false;
        block_.list_item = items_.empty() ? -1 : items_.back();
        block_.list_depth = list_depth_;
        block_.quote_depth = quote_depth_;
        hidden_ = !html_reader_.place_markdown_block(block_);
        block_.text.clear();
        block_.links.clear();
        block_.strong.clear();
        block_.emphasis.clear();
        block_.lines.clear();
        strong_depth_ = 0;
        emphasis_depth_ = 0;
        open_ = true;
        line_pending_ = true;
        line_begin_ = 0;
        open_link_ = 0;
        inline_anchor_ = 0;
    }

    // An <h2>..<h6> tag inline (html_heading_tag_level): its paragraph, when nothing came before it,
    // is a heading; the heading's end tag ends it, and text after it is a paragraph again.
    void html_heading(int level) {
        if (level > 0 && block_.kind == BlockKind::paragraph && text::trim(block_.text).empty()) {
            block_.kind = BlockKind::heading;
            block_.heading_level = level;
        } else if (level < 0 && block_.kind == BlockKind::heading && block_.heading_level == -level) {
            start(BlockKind::paragraph);
        }
    }

    void break_line() {
        block_.text += '\n';
        line_begin_ = block_.text.size();
        line_pending_ = true;
    }

    // Records the source line of the text just appended when it starts a new line of the block.
    void note_line(const MD_CHAR* chars) {
        if (!line_pending_) return;
        const char* base = document_.data();
        if (chars < base || chars >= base + document_.size()) return;  // md4c's own strings
        const auto offset = static_cast<std::size_t>(chars - base);
        const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        const int line = static_cast<int>(it - line_starts_.begin());
        block_.lines.push_back(BlockLine{line_begin_, line});
        line_pending_ = false;
    }

    void flush() {
        if (!open_) return;
        open_ = false;
        // A bold run still open (md4c closes spans before their block; this is belt and braces).
        if (strong_depth_ > 0) block_.strong.back().end = block_.text.size();
        if (emphasis_depth_ > 0) block_.emphasis.back().end = block_.text.size();
        if (inline_anchor_ > 0) block_.links[inline_anchor_ - 1].end = block_.text.size();  // an <a> never closed
        // Blocks with no text (an image-only paragraph, a list item holding only a sublist) vanish;
        // so do blocks inside a hidden HTML element.
        if (hidden_ || text::trim(block_.text).empty()) return;
        if (block_.kind == BlockKind::heading) drop_heading_attributes(block_);
        if (is_pipe_rows(block_)) {
            emit_pipe_rows(block_, table_, table_row_, sink_);  // a table without its |---| row
            return;
        }
        sink_.take(block_);
    }

    const std::string& document_;
    BlockSink& sink_;
    std::vector<std::size_t> line_starts_;
    Block block_;        // the block being built, reused
    bool open_ = false;  // block_ is being built
    std::size_t open_link_ = 0;
    std::size_t inline_anchor_ = 0;  // 1 + index in block_.links of an open inline `<a href>`, or 0
    int list_depth_ = 0;
    int quote_depth_ = 0;
    int table_ = -1;
    int table_row_ = -1;
    int table_column_ = 0;
    bool in_table_head_ = false;
    std::vector<int> items_;  // list item numbers, innermost last
    int item_count_ = -1;
    // Raw HTML blocks, one stream for the post: what one leaves open holds the markdown after it.
    HtmlBlockReader html_reader_{table_, table_row_, item_count_, sink_};
    bool hidden_ = false;  // the block being built stands in a hidden HTML element
    int strong_depth_ = 0;
    int emphasis_depth_ = 0;
    int skip_depth_ = 0;
    bool in_html_ = false;       // inside an HTML block, collecting its text
    bool fenced_html_ = false;   // ... the block is a "~~~" fence that may hold raw HTML
    std::string html_;           // the HTML block's text so far
    int html_first_line_ = 0;    // its first source line, 0 until known
    int image_depth_ = 0;
    bool line_pending_ = false;
    std::size_t line_begin_ = 0;  // where the block's current line starts in block_.text
};

bool is_jsx_only_line(std::string_view line) {
    line = text::trim(line);
    if (line.size() < 3 || line.front() != '<' || line.back() != '>') return false;
    // A component tag starts with an uppercase letter (or is a fragment / closing tag of one).
    const std::size_t name = line[1] == '/' ? 2 : 1;
    if (name >= line.size() || (!std::isupper(static_cast<unsigned char>(line[name])) && line[name] != '>')) return false;
    // But HTML written in capitals, as older pages do ("<LI><B>Title</B> ...", "<TD>", "<H2>"), is
    // HTML: the reader reads it as such.
    std::size_t name_end = name;
    while (name_end < line.size() && std::isalnum(static_cast<unsigned char>(line[name_end]))) ++name_end;
    const std::string_view tag = line.substr(name, name_end - name);
    static constexpr std::string_view kCapitalHtml =
        "a|b|i|u|p|br|hr|li|ol|ul|dl|dt|dd|h1|h2|h3|h4|h5|h6|em|tt|div|span|font|center|table|tr|td|th|thead|tbody|img|"
        "strong|small|big|pre|code|blockquote";
    const bool capitals = std::none_of(tag.begin(), tag.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return !(capitals && text::is_listed_ascii(tag, kCapitalHtml));
}

// `import x from 'y';`, `import 'y'`, `export const meta = {...}` — a one-line ES statement, which
// ends with ';', a quote or a brace (wrapped prose starting with "import them" does not).
bool is_mdx_statement(std::string_view line) {
    line = text::trim(line);
    if (!text::starts_with(line, "import ") && !text::starts_with(line, "export ")) return false;
    const char last = line.back();
    return last == ';' || last == '\'' || last == '"' || last == '}';
}

// `{{< name "label" >}}`, `{{% ... %}}`, `{% ... %}`: a template tag alone on its line.
bool is_template_tag_line(std::string_view line) {
    line = text::trim(line);
    return (text::starts_with(line, "{{<") && text::ends_with(line, ">}}")) ||
           (text::starts_with(line, "{{%") && text::ends_with(line, "%}}")) ||
           (text::starts_with(line, "{%") && text::ends_with(line, "%}"));
}

// Rewrites a template tag line in place (same length): its first quoted positional argument,
// then blanks.
void keep_template_label(char* line, std::size_t size) {
    const std::string_view view(line, size);
    const std::size_t open = view.find('"');
    const std::size_t close = open == std::string_view::npos ? open : view.find('"', open + 1);
    std::size_t kept = 0;
    // A positional argument is a label; a named one (`src="images/x.png"`) is not.
    if (close != std::string_view::npos && open > 0 && view[open - 1] != '=') {
        kept = close - open - 1;
        std::memmove(line, line + open + 1, kept);
    }
    std::fill(line + kept, line + size, ' ');
}

// `[Title]({{< ref "talk.md" >}})`, `[1]: {{< relref "talk" >}}`: Hugo's link to another page of the
// site, which CommonMark cannot read as a link's destination (it holds spaces). Rewritten in place
// to the page it names, `[Title](talk.md)`, the freed bytes blanked after the link so that every
// line keeps its length.
void inline_template_refs(std::string& markdown) {
    for (std::size_t at = markdown.find("{{<"); at != std::string::npos; at = markdown.find("{{<", at + 3)) {
        const bool in_link = at > 0 && markdown[at - 1] == '(';
        const bool in_definition = at > 1 && markdown[at - 1] == ' ' && markdown[at - 2] == ':';
        if (!in_link && !in_definition) continue;
        const std::size_t close = markdown.find(">}}", at);
        const std::size_t line_end = markdown.find('\n', at);
        if (close == std::string::npos || close > line_end) continue;
        const std::string_view tag(markdown.data() + at + 3, close - at - 3);
        const std::string_view name = text::trim(tag).substr(0, text::trim(tag).find(' '));
        if (name != "ref" && name != "relref") continue;
        const std::size_t open_quote = tag.find('"');
        const std::size_t close_quote = open_quote == std::string_view::npos ? open_quote : tag.find('"', open_quote + 1);
        if (close_quote == std::string_view::npos) continue;
        const std::string target(tag.substr(open_quote + 1, close_quote - open_quote - 1));
        if (target.empty() || target.find(' ') != std::string::npos) continue;
        std::size_t end = close + 3;  // past ">}}"
        std::string replacement = target;
        if (in_link) {
            if (end >= markdown.size() || markdown[end] != ')') continue;
            replacement += ')';
            ++end;
        }
        replacement.resize(end - at, ' ');
        markdown.replace(at, end - at, replacement);
    }
}

}  // namespace

void read_markdown_blocks(const std::string& markdown, BlockSink& sink) {
    BlockBuilder builder(markdown, sink);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = TALKBOARD_MD4C_FLAGS;  // explicit flags, and why: input/md4c_flags.h
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<BlockBuilder*>(u)->enter_block(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { return static_cast<BlockBuilder*>(u)->leave_block(t); };
    parser.enter_span = [](MD_SPANTYPE t, void* d, void* u) { return static_cast<BlockBuilder*>(u)->enter_span(t, d); };
    parser.leave_span = [](MD_SPANTYPE t, void*, void* u) { return static_cast<BlockBuilder*>(u)->leave_span(t); };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* c, MD_SIZE s, void* u) { return static_cast<BlockBuilder*>(u)->text(t, c, s); };
    // md4c reads one byte past the end of unterminated input: std::string's buffer is NUL-terminated.
    md_parse(markdown.c_str(), static_cast<MD_SIZE>(markdown.size()), &parser, &builder);
    builder.finish();
}

std::vector<Block> read_markdown_blocks(const std::string& markdown) {
    struct Collect final : BlockSink {
        std::vector<Block> blocks;
        void take(const Block& block) override { blocks.push_back(block); }
    } collect;
    read_markdown_blocks(markdown, collect);
    return std::move(collect.blocks);
}

Block block_range(const Block& block, std::size_t begin, std::size_t end) {
    end = std::min(end, block.text.size());
    begin = std::min(begin, end);
    Block part = block;
    part.text = block.text.substr(begin, end - begin);
    part.links.clear();
    for (const InlineLink& link : block.links) {
        if (link.end <= begin || link.begin >= end) continue;
        part.links.push_back(InlineLink{link.href, std::max(link.begin, begin) - begin, std::min(link.end, end) - begin});
    }
    part.strong.clear();
    for (const TextSpan& s : block.strong) {
        if (s.end <= begin || s.begin >= end) continue;
        part.strong.push_back(TextSpan{std::max(s.begin, begin) - begin, std::min(s.end, end) - begin});
    }
    part.emphasis.clear();
    for (const TextSpan& s : block.emphasis) {
        if (s.end <= begin || s.begin >= end) continue;
        part.emphasis.push_back(TextSpan{std::max(s.begin, begin) - begin, std::min(s.end, end) - begin});
    }
    // Source lines: the one the part starts on, then those that start inside it.
    part.lines.clear();
    int source_line = block.first_line();
    for (const BlockLine& line : block.lines) {
        if (line.begin <= begin) source_line = line.source_line;
        else if (line.begin < end) part.lines.push_back(BlockLine{line.begin - begin, line.source_line});
    }
    part.lines.insert(part.lines.begin(), BlockLine{0, source_line});
    return part;
}

Block block_part(const Block& block, std::size_t first, std::size_t last) {
    // Text lines are the '\n'-separated lines of Block::text (an HTML <br> makes one too, without a
    // source line of its own in Block::lines).
    auto text_line_start = [&](std::size_t index) {
        std::size_t at = 0;
        for (std::size_t i = 0; i < index && at <= block.text.size(); ++i) {
            const std::size_t nl = block.text.find('\n', at);
            at = nl == std::string::npos ? block.text.size() + 1 : nl + 1;
        }
        return std::min(at, block.text.size());
    };
    const std::size_t begin = text_line_start(first);
    std::size_t end = std::max(begin, text_line_start(last));
    if (last > first && end > begin && end <= block.text.size() && block.text[end - 1] == '\n') --end;
    return block_range(block, begin, end);
}

void blank_mdx_lines(std::string& markdown) {
    inline_template_refs(markdown);
    bool in_fence = false;
    bool after_break = true;  // at the start, after a blank line or after another MDX line
    std::size_t pos = 0;
    while (pos < markdown.size()) {
        std::size_t end = markdown.find('\n', pos);
        if (end == std::string::npos) end = markdown.size();
        const std::string_view line(markdown.data() + pos, end - pos);
        // Only a line whose first non-blank is '`', '~', 'i', 'e' or '<' can be a fence or MDX;
        // any other line only needs after_break set (nearly every line of a post).
        // (A byte loop: find_first_not_of calls memchr over the blanks once per byte it passes.)
        std::size_t first = 0;
        while (first < line.size() && (line[first] == ' ' || line[first] == '\t' || line[first] == '\r' || line[first] == '\f' || line[first] == '\v')) ++first;
        const char lead = first == line.size() ? '\0' : line[first];
        if (lead == '{' && !in_fence && is_template_tag_line(line)) {
            keep_template_label(markdown.data() + pos, end - pos);
            after_break = false;
            pos = end + 1;
            continue;
        }
        if (lead != '`' && lead != '~' && lead != 'i' && lead != 'e' && lead != '<' && lead != '\0' &&
            static_cast<unsigned char>(lead) < 0x80) {
            after_break = false;
            pos = end + 1;
            continue;
        }
        const std::string_view trimmed = text::trim(line);
        if (text::starts_with(trimmed, "```") || text::starts_with(trimmed, "~~~")) in_fence = !in_fence;
        const bool statement = !in_fence && after_break && line.substr(0, 1) != " " && is_mdx_statement(line);
        if (statement || (!in_fence && is_jsx_only_line(line))) {
            std::fill(markdown.begin() + static_cast<std::ptrdiff_t>(pos), markdown.begin() + static_cast<std::ptrdiff_t>(end), ' ');
        }
        after_break = trimmed.empty() || statement;
        pos = end + 1;
    }
}

}  // namespace talkboard
