#include "talkboard/input/html_blocks.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include "input/entities.h"
#include "internal/text.h"
#include "talkboard/limits.h"

namespace talkboard {

namespace {

// Tag names the reader knows; any other name is `other`. In the order of kTagNames: a list
// literal rather than a table of names (smaller in the wasm, see text::is_listed_ascii).
enum class Tag {
    a, b, strong, br, p, div, li, ul, ol, dl, dt, dd, summary, details, table, thead, tbody, tfoot, tr, td, th,
    caption, figcaption, blockquote, em, i, h, skipped, block, other
};
constexpr std::string_view kTagNames =
    "a|b|strong|br|p|div|li|ul|ol|dl|dt|dd|summary|details|table|thead|tbody|tfoot|tr|td|th|caption|figcaption|"
    "blockquote|em|i";

// Elements that only delimit blocks: their start and end tags end the text block before them.
constexpr std::string_view kBlockTags =
    "section|article|header|footer|nav|main|aside|figure|hr|pre|center|form|fieldset|address|hgroup|menu|"
    "colgroup|col|legend|body|html|head";
// Elements whose content a reader never sees.
constexpr std::string_view kSkippedTags = "script|style|iframe|template|noscript|textarea|svg|math";

Tag tag_of(std::string_view name, int* heading_level) {
    if (name.size() == 2 && (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6') {
        *heading_level = name[1] - '0';
        return Tag::h;
    }
    int index = 0;
    for (std::size_t begin = 0; begin < kTagNames.size(); ++index) {
        std::size_t end = kTagNames.find('|', begin);
        if (end == std::string_view::npos) end = kTagNames.size();
        if (text::iequals_ascii(name, kTagNames.substr(begin, end - begin))) return static_cast<Tag>(index);
        begin = end + 1;
    }
    if (text::is_listed_ascii(name, kSkippedTags)) return Tag::skipped;
    if (text::is_listed_ascii(name, kBlockTags)) return Tag::block;
    return Tag::other;
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A start or end tag as read: its name (as written), and the attributes the reader uses.
struct TagToken {
    std::string_view name;
    bool end = false;
    bool self_closing = false;
    bool has_href = false;
    bool hidden = false;  // `hidden`, or `style="display: none"`: a browser shows none of it
    std::string href;  // entity-decoded
    int colspan = 1;
    int rowspan = 1;
};

// A <table> being read.
struct TableFrame {
    int number = -1;
    int rows = 0;             // rows started so far
    int first_row_cells = 0;  // cells of the first row
    bool row_of_names = false;  // the open row is the second, all <th>, under a first row of one cell
    bool in_head = false;     // inside <thead>
    bool row_open = false;
    bool row_in_head = false;
    bool cell_header = false;        // the open cell is a head cell
    int row_number = -1;
    int next_column = 0;
    bool cell_open = false;
    int cell_column = 0;
    int cell_span = 1;  // the open cell's colspan
    // Rows still covered by a cell above with a rowspan, per column; and which columns such a
    // cell covers in the row being read (its cells skip them, as a browser lays them out).
    std::vector<int> covered_rows;
    std::vector<char> covered_now;
};

// Rowspans are followed in the first this many columns (a schedule has a handful of rooms); a
// cell further right covers no rows below, so a hostile table costs no more than its bytes.
constexpr std::size_t kMaxRowspanColumns = 64;

// Deeper nesting of lists than this is read as if flat: real posts nest two deep.
constexpr std::size_t kMaxNesting = 32;

}  // namespace

class HtmlStream {
public:
    HtmlStream(int& table, int& table_row, int& list_item, BlockSink& sink)
        : table_(table), table_row_(table_row), list_item_(list_item), sink_(sink) {}

    void read(std::string_view html, int first_line, const HtmlBlockPlace& place) {
        html_ = html;
        line_ = first_line;
        place_ = place;
        std::size_t at = 0;
        while (at < html_.size()) {
            const char c = html_[at];
            if (c == '<') {
                at = read_markup(at);
            } else if (c == '&') {
                const std::size_t length = entity_length_at(html_, at);
                if (length == 0) {
                    append_text(std::string_view(&html_[at], 1));
                    ++at;
                } else {
                    entity_.clear();
                    append_entity(entity_, html_.substr(at, length));
                    append_text(entity_);
                    at += length;
                }
            } else if (is_html_space(c)) {
                if (c == '\n') ++line_;
                pending_space_ = true;
                ++at;
            } else {
                std::size_t end = at + 1;
                while (end < html_.size() && html_[end] != '<' && html_[end] != '&' && !is_html_space(html_[end])) ++end;
                append_text(html_.substr(at, end - at));
                at = end;
            }
        }
        // The text block ends with the HTML block; the elements around it stay open.
        flush();
        strong_depth_ = 0;
        emphasis_depth_ = 0;
        html_ = {};
    }

    bool place_markdown_block(Block& block) const {
        if (hidden_depth_ > 0) return false;
        if (!items_.empty()) block.list_item = items_.back();
        block.list_depth += lists_;
        block.quote_depth += quotes_;
        if (!in_cell() || block.kind == BlockKind::table_cell) return true;
        if (block.kind != BlockKind::heading) block.heading_level = 0;
        block.kind = BlockKind::table_cell;
        set_cell(block);
        return true;
    }

private:
    // Reads the markup at html_[at] == '<' and returns where the text after it starts. A '<' that
    // starts no markup is text.
    std::size_t read_markup(std::size_t at) {
        const std::size_t next = at + 1;
        const char c = next < html_.size() ? html_[next] : '\0';
        if (c == '!') {
            const bool comment = html_.substr(next, 3) == "!--";
            const std::size_t end = comment ? html_.find("-->", next + 3) : html_.find('>', next);
            return skip_to(end == std::string_view::npos ? html_.size() : end + (comment ? 3 : 1), at);
        }
        if (c == '?') {
            const std::size_t end = html_.find('>', next);
            return skip_to(end == std::string_view::npos ? html_.size() : end + 1, at);
        }
        const bool end_tag = c == '/';
        const std::size_t name_at = end_tag ? next + 1 : next;
        if (name_at >= html_.size() || !text::is_ascii_alpha(html_[name_at])) {
            append_text(std::string_view(&html_[at], 1));
            return next;
        }
        TagToken token;
        token.end = end_tag;
        const std::size_t after = read_tag(name_at, token);
        after_tag_ = after;
        count_lines(at, after);
        if (hidden_depth_ > 0 || (token.hidden && !token.end && !token.self_closing && !is_void(token.name))) {
            follow_hidden(token);
            return after;
        }
        handle(token);
        if (!token.end && !token.self_closing && is_skipped(token.name)) return skip_element(after, token.name);
        return after;
    }

    // Reads a tag's name and attributes from html_[at] (the name's first letter) to just past its
    // '>' (or the end of the block).
    std::size_t read_tag(std::size_t at, TagToken& token) {
        const std::size_t name_begin = at;
        while (at < html_.size() && !is_html_space(html_[at]) && html_[at] != '/' && html_[at] != '>') ++at;
        token.name = html_.substr(name_begin, at - name_begin);
        while (at < html_.size()) {
            const char c = html_[at];
            if (c == '>') return at + 1;
            if (is_html_space(c)) {
                ++at;
                continue;
            }
            if (c == '/') {
                token.self_closing = at + 1 < html_.size() && html_[at + 1] == '>';
                ++at;
                continue;
            }
            const std::size_t attribute_begin = at;
            while (at < html_.size() && !is_html_space(html_[at]) && html_[at] != '/' && html_[at] != '>' && html_[at] != '=') ++at;
            const std::string_view attribute = html_.substr(attribute_begin, at - attribute_begin);
            std::size_t look = at;
            while (look < html_.size() && is_html_space(html_[look])) ++look;
            if (look >= html_.size() || html_[look] != '=') {
                if (at == attribute_begin) ++at;  // a lone '=' before any name: step over it
                token.hidden |= text::iequals_ascii(attribute, "hidden");
                continue;
            }
            at = look + 1;
            while (at < html_.size() && is_html_space(html_[at])) ++at;
            std::string_view value;
            if (at < html_.size() && (html_[at] == '"' || html_[at] == '\'')) {
                const std::size_t close = html_.find(html_[at], at + 1);
                const std::size_t end = close == std::string_view::npos ? html_.size() : close;
                value = html_.substr(at + 1, end - at - 1);
                at = close == std::string_view::npos ? end : end + 1;
            } else {
                const std::size_t value_begin = at;
                while (at < html_.size() && !is_html_space(html_[at]) && html_[at] != '>') ++at;
                value = html_.substr(value_begin, at - value_begin);
            }
            if (text::iequals_ascii(attribute, "style")) {
                std::string style = text::ascii_lower(value);
                style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
                token.hidden |= style.find("display:none") != std::string::npos;
            } else if (text::iequals_ascii(attribute, "href")) {
                token.has_href = true;
                token.href = decoded_attribute(value);
            } else if (text::iequals_ascii(attribute, "colspan") || text::iequals_ascii(attribute, "rowspan")) {
                int span = 0;
                for (char d : text::trim(value)) {
                    if (!text::is_ascii_digit(d)) break;
                    span = std::min(span * 10 + (d - '0'), 1000);
                }
                // As browsers clamp them, a little tighter.
                if (text::iequals_ascii(attribute, "colspan")) token.colspan = std::clamp(span, 1, 64);
                else token.rowspan = std::clamp(span, 1, 64);
            }
        }
        return at;
    }

    static bool is_skipped(std::string_view name) { return text::is_listed_ascii(name, kSkippedTags); }

    // Elements that never have content (no end tag closes them).
    static bool is_void(std::string_view name) {
        return text::is_listed_ascii(name, "img|br|hr|input|meta|link|source|wbr|col|area|embed|param|track|base");
    }

    // A hidden element and what is inside it, up to its end tag (elements of its name inside it
    // counted), are not read: the text block before it ends, and its text is dropped.
    void follow_hidden(const TagToken& token) {
        if (hidden_depth_ == 0) {
            flush();
            hidden_tag_.assign(token.name);
            hidden_depth_ = 1;
            return;
        }
        if (!text::iequals_ascii(token.name, hidden_tag_) || token.self_closing) return;
        hidden_depth_ += token.end ? -1 : 1;
    }

    // Skips the content of a <script>-like element up to just past its end tag (or to the end).
    std::size_t skip_element(std::size_t at, std::string_view name) {
        std::size_t search = at;
        while (true) {
            const std::size_t open = html_.find("</", search);
            if (open == std::string_view::npos) return skip_to(html_.size(), at);
            const std::size_t name_end = open + 2 + name.size();
            if (name_end <= html_.size() && text::iequals_ascii(html_.substr(open + 2, name.size()), name) &&
                (name_end == html_.size() || html_[name_end] == '>' || is_html_space(html_[name_end]))) {
                const std::size_t close = html_.find('>', name_end);
                return skip_to(close == std::string_view::npos ? html_.size() : close + 1, at);
            }
            search = open + 2;
        }
    }

    std::size_t skip_to(std::size_t end, std::size_t from) {
        count_lines(from, end);
        return end;
    }

    void count_lines(std::size_t from, std::size_t to) {
        line_ += static_cast<int>(std::count(html_.begin() + static_cast<std::ptrdiff_t>(from), html_.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
    }

    void handle(const TagToken& token) {
        int level = 0;
        const Tag tag = tag_of(token.name, &level);
        switch (tag) {
            case Tag::a:
                if (token.end || link_open_) end_link();
                if (!token.end && token.has_href && !token.href.empty()) {
                    open_text();
                    place_pending_space();
                    block_.links.push_back(InlineLink{token.href, block_.text.size(), block_.text.size()});
                    link_open_ = true;
                }
                break;
            case Tag::b:
            case Tag::strong: run_tag(token.end, strong_depth_, block_.strong); break;
            case Tag::em:
            case Tag::i: run_tag(token.end, emphasis_depth_, block_.emphasis); break;
            case Tag::br: break_line(); break;
            case Tag::h:
                flush();
                heading_level_ = token.end ? 0 : level;
                break;
            case Tag::ul:
            case Tag::ol:
                flush();
                heading_level_ = 0;
                if (token.end) {
                    close_items_at(lists_);
                    if (lists_ > 0) --lists_;
                } else if (lists_ < static_cast<int>(kMaxNesting)) {
                    ++lists_;
                }
                break;
            case Tag::li:
                flush();
                heading_level_ = 0;
                close_items_at(lists_);
                if (!token.end && items_.size() < kMaxNesting) {
                    items_.push_back(++list_item_);
                    item_lists_.push_back(lists_);
                }
                break;
            case Tag::blockquote:
                flush();
                if (token.end && quotes_ > 0) --quotes_;
                if (!token.end && quotes_ < static_cast<int>(kMaxNesting)) ++quotes_;
                break;
            case Tag::table:
                flush();
                heading_level_ = 0;
                // A table inside a table's cell is read after it, as one more table.
                frame_.reset();
                if (!token.end) frame_.emplace().number = ++table_;
                break;
            case Tag::thead:
            case Tag::tbody:
            case Tag::tfoot:
                flush();
                if (!frame_) break;
                end_row();
                frame_->in_head = tag == Tag::thead && !token.end;
                break;
            case Tag::tr:
                flush();
                if (token.end) {
                    end_row();
                } else {
                    start_row();
                }
                break;
            case Tag::td:
            case Tag::th:
                flush();
                cell_details_ = 0;
                if (token.end) {
                    if (frame_) frame_->cell_open = false;
                    break;
                }
                heading_level_ = 0;
                if (!frame_ || !frame_->row_open) start_row();
                {
                    TableFrame& frame = *frame_;
                    frame.cell_open = true;
                    while (static_cast<std::size_t>(frame.next_column) < frame.covered_now.size() &&
                           frame.covered_now[static_cast<std::size_t>(frame.next_column)]) {
                        ++frame.next_column;
                    }
                    frame.cell_column = frame.next_column;
                    frame.cell_span = token.colspan;
                    frame.next_column += token.colspan;
                    if (token.rowspan > 1 && static_cast<std::size_t>(frame.cell_column) < kMaxRowspanColumns) {
                        const auto end = std::min(static_cast<std::size_t>(frame.next_column), kMaxRowspanColumns);
                        if (frame.covered_rows.size() < end) frame.covered_rows.resize(end, 0);
                        for (auto c = static_cast<std::size_t>(frame.cell_column); c < end; ++c) {
                            frame.covered_rows[c] = std::max(frame.covered_rows[c], token.rowspan - 1);
                        }
                    }
                    // A cell of a <thead> row, or a <th> of the table's first row or of a row of
                    // <th>s under a first row of one cell ("Friday" over "Time | Talks | Workshops"),
                    // is a head cell.
                    frame.cell_header = frame.row_in_head || (tag == Tag::th && (frame.rows == 1 || frame.row_of_names));
                    if (frame.rows == 1) ++frame.first_row_cells;
                }
                break;
            case Tag::p:
            case Tag::div:
            case Tag::dl:
            case Tag::dt:
            case Tag::dd:
            case Tag::summary:
            case Tag::details:
            case Tag::caption:
            case Tag::figcaption:
            case Tag::block:
                // Inside a cell's <details> they only break its lines: `<td><details><summary>Title
                // </summary><p>Abstract</p></details></td>` is one cell, its title on the first line.
                // (Elsewhere in a cell a <p> is a piece of its own: "10:00 <p>10 min</p> 10:10".)
                if (tag == Tag::details && in_cell()) cell_details_ = token.end ? std::max(0, cell_details_ - 1) : cell_details_ + 1;
                if (in_cell() && cell_details_ > 0 && tag != Tag::block) {
                    break_line();
                } else {
                    if (tag == Tag::details && !in_cell()) cell_details_ = 0;
                    flush();
                }
                break;
            case Tag::skipped:
            case Tag::other: break;
        }
    }

    // A bold (<b>, <strong>) or italic (<em>, <i>) run: its first start tag opens it, the end tag
    // that closes that one ends it.
    void run_tag(bool end, int& depth, std::vector<TextSpan>& runs) {
        if (end) {
            if (depth > 0 && --depth == 0 && open_) runs.back().end = text_end();
        } else if (depth++ == 0) {
            open_text();
            place_pending_space();
            runs.push_back(TextSpan{block_.text.size(), block_.text.size()});
        }
    }

    // A row starts; one left open ends first, and a table opens when none is (a row with no <table>).
    void start_row() {
        if (!frame_) frame_.emplace().number = ++table_;
        end_row();
        TableFrame& frame = *frame_;
        frame.row_open = true;
        frame.row_in_head = frame.in_head;
        frame.row_number = ++table_row_;
        ++frame.rows;
        frame.row_of_names = frame.rows == 2 && frame.first_row_cells == 1 && !row_has_data_cell(after_tag_);
        frame.next_column = 0;
        frame.covered_now.assign(frame.covered_rows.size(), 0);
        for (std::size_t c = 0; c < frame.covered_rows.size(); ++c) {
            if (frame.covered_rows[c] > 0) frame.covered_now[c] = 1, --frame.covered_rows[c];
        }
    }

    // Whether a <td> comes in the row whose tag ends at html_[from], before the next row or the
    // table's end (looked at once per table, for its second row).
    bool row_has_data_cell(std::size_t from) const {
        for (std::size_t at = html_.find('<', from); at != std::string_view::npos; at = html_.find('<', at + 1)) {
            std::size_t name = at + 1;
            const bool end = name < html_.size() && html_[name] == '/';
            if (end) ++name;
            std::size_t stop = name;
            while (stop < html_.size() && text::is_ascii_alpha(html_[stop])) ++stop;
            const std::string_view tag = html_.substr(name, stop - name);
            if (!end && text::iequals_ascii(tag, "td")) return true;
            if (text::iequals_ascii(tag, "tr") || text::iequals_ascii(tag, "table")) return false;
        }
        return false;
    }

    void end_row() {
        if (!frame_) return;
        frame_->cell_open = false;
        frame_->row_open = false;
    }



    // <li> ends the item open at the same list level (HTML's implied </li>); </ul> ends its items.
    void close_items_at(int lists) {
        while (!items_.empty() && item_lists_.back() >= lists) items_.pop_back(), item_lists_.pop_back();
    }

    bool in_cell() const { return frame_ && frame_->cell_open; }

    // Makes `block` a piece of the open cell.
    void set_cell(Block& block) const {
        const TableFrame& frame = *frame_;
        block.table = frame.number;
        block.table_row = frame.row_number;
        block.table_column = frame.cell_column;
        block.table_span = frame.cell_span;
        block.table_header = frame.cell_header;
    }

    // A line break in the open text block (none at its start).
    void break_line() {
        if (open_ && !block_.text.empty() && block_.text.back() != '\n') {
            block_.text += '\n';
            line_pending_ = true;
            pending_space_ = false;
        }
    }

    // Starts the text block that text now goes into, unless one is open.
    void open_text() {
        if (open_) return;
        open_ = true;
        block_.from_html = true;
        block_.kind = in_cell() ? BlockKind::table_cell
                      : heading_level_ > 0 ? BlockKind::heading
                      : !items_.empty() ? BlockKind::list_item
                                        : BlockKind::paragraph;
        block_.heading_level = block_.kind == BlockKind::heading || block_.kind == BlockKind::table_cell ? heading_level_ : 0;
        block_.list_depth = place_.list_depth + lists_;
        block_.quote_depth = place_.quote_depth + quotes_;
        block_.list_item = items_.empty() ? place_.list_item : items_.back();
        if (block_.kind == BlockKind::table_cell) {
            set_cell(block_);
        } else {
            block_.table = block_.table_row = block_.table_column = -1;
            block_.table_span = 1;
            block_.table_header = false;
        }
        block_.text.clear();
        block_.links.clear();
        block_.strong.clear();
        block_.emphasis.clear();
        block_.lines.clear();
        line_pending_ = true;
        pending_space_ = false;
    }

    // A space waiting between words goes in before what comes next (text, or a link or bold run
    // that starts after it).
    void place_pending_space() {
        if (!pending_space_) return;
        pending_space_ = false;
        if (!block_.text.empty() && block_.text.back() != ' ' && block_.text.back() != '\n') block_.text += ' ';
    }

    void append_text(std::string_view piece) {
        if (hidden_depth_ > 0) return;
        open_text();
        place_pending_space();
        if (line_pending_) {
            block_.lines.push_back(BlockLine{block_.text.size(), line_});
            line_pending_ = false;
        }
        block_.text += piece;
    }

    // The end of the text so far, without a trailing space or line break.
    std::size_t text_end() const {
        std::size_t end = block_.text.size();
        while (end > 0 && (block_.text[end - 1] == ' ' || block_.text[end - 1] == '\n')) --end;
        return end;
    }

    void end_link() {
        // (A link around no text, `<a href><img></a>`, ends where it begins: the space before it
        // is not its.)
        if (link_open_ && open_ && !block_.links.empty()) block_.links.back().end = std::max(block_.links.back().begin, text_end());
        link_open_ = false;
    }

    // The text block ends: trailing breaks go, open links and bold runs end with it, and it goes to
    // the sink.
    void flush() {
        pending_space_ = false;
        if (!open_) {
            link_open_ = false;
            return;
        }
        end_link();
        if (strong_depth_ > 0 && !block_.strong.empty()) block_.strong.back().end = text_end();
        if (emphasis_depth_ > 0 && !block_.emphasis.empty()) block_.emphasis.back().end = text_end();
        strong_depth_ = 0;
        emphasis_depth_ = 0;
        open_ = false;
        block_.text.resize(text_end());
        const std::size_t size = block_.text.size();
        for (InlineLink& link : block_.links) link.begin = std::min(link.begin, size), link.end = std::min(link.end, size);
        for (TextSpan& span : block_.strong) span.begin = std::min(span.begin, size), span.end = std::min(span.end, size);
        for (TextSpan& span : block_.emphasis) span.begin = std::min(span.begin, size), span.end = std::min(span.end, size);
        if (!text::trim(block_.text).empty()) sink_.take(block_);
    }

    std::string_view html_;  // the block being read
    std::size_t after_tag_ = 0;  // where the text after the tag being handled starts
    int line_ = 0;
    HtmlBlockPlace place_;
    int& table_;
    int& table_row_;
    int& list_item_;
    BlockSink& sink_;

    Block block_;
    bool open_ = false;
    bool pending_space_ = false;
    bool line_pending_ = false;
    bool link_open_ = false;
    int strong_depth_ = 0;
    int emphasis_depth_ = 0;
    int hidden_depth_ = 0;    // inside a hidden element: elements of its name open in it, itself included
    std::string hidden_tag_;  // its name
    int heading_level_ = 0;
    int lists_ = 0;
    int quotes_ = 0;
    int cell_details_ = 0;  // <details> open inside the open cell
    std::vector<int> items_;       // numbers of the open <li>s, innermost last
    std::vector<int> item_lists_;  // for each, how many lists were open when it started
    std::optional<TableFrame> frame_;  // the table being read
    std::string entity_;
};

HtmlBlockReader::HtmlBlockReader(int& table, int& table_row, int& list_item, BlockSink& sink)
    : stream_(std::make_unique<HtmlStream>(table, table_row, list_item, sink)) {}

HtmlBlockReader::~HtmlBlockReader() = default;

void HtmlBlockReader::read(std::string_view html, int first_line, const HtmlBlockPlace& place) {
    if (html.size() > limits::max_html_block_bytes) return;
    stream_->read(html, first_line, place);
}

bool HtmlBlockReader::place_markdown_block(Block& block) const { return stream_->place_markdown_block(block); }

}  // namespace talkboard
