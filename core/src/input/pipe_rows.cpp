#include "input/pipe_rows.h"

#include <algorithm>
#include <string_view>

#include "internal/text.h"

namespace talkboard {

namespace {

// The lines of a block as [begin, end) ranges of its text.
std::vector<std::pair<std::size_t, std::size_t>> line_ranges(const Block& block) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t i = 0; i < block.lines.size(); ++i) {
        const std::size_t begin = block.lines[i].begin;
        std::size_t end = i + 1 < block.lines.size() ? block.lines[i + 1].begin : block.text.size();
        if (end > begin && block.text[end - 1] == '\n') --end;
        out.emplace_back(begin, end);
    }
    return out;
}

bool inside_link(const Block& block, std::size_t at) {
    return std::any_of(block.links.begin(), block.links.end(), [&](const InlineLink& l) { return at >= l.begin && at < l.end; });
}

// The '|' positions of a line that separate cells (not those inside a link's text).
std::vector<std::size_t> bars_of(const Block& block, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> bars;
    for (std::size_t i = begin; i < end; ++i) {
        if (block.text[i] == '|' && !inside_link(block, i)) bars.push_back(i);
    }
    return bars;
}

bool has_letter_or_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        return text::is_ascii_alpha(c) || text::is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    });
}

// "{:.table-striped}": kramdown's attribute list after a table, markup for the renderer.
bool is_attribute_line(std::string_view line) {
    line = text::trim(line);
    return line.size() >= 3 && text::starts_with(line, "{:") && line.back() == '}';
}

}  // namespace

bool is_pipe_rows(const Block& paragraph) {
    if (paragraph.kind != BlockKind::paragraph || paragraph.lines.size() < 2) return false;
    for (const auto& [begin, end] : line_ranges(paragraph)) {
        const std::string_view line = text::trim(std::string_view(paragraph.text).substr(begin, end - begin));
        if (is_attribute_line(line)) continue;
        if (line.empty() || line.front() != '|') return false;
        if (line.find('|', 1) == std::string_view::npos && line.size() > 1 && has_letter_or_digit(line)) return false;
    }
    return true;
}

void emit_pipe_rows(const Block& paragraph, int& table, int& table_row, BlockSink& sink) {
    ++table;
    const std::string_view text(paragraph.text);
    const auto lines = line_ranges(paragraph);
    bool first_row = true;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto [begin, end] = lines[i];
        if (!has_letter_or_digit(text.substr(begin, end - begin))) continue;  // "|---|", a row of images
        if (is_attribute_line(text.substr(begin, end - begin))) continue;
        const bool header = first_row && std::none_of(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(end),
                                                      [](char c) { return text::is_ascii_digit(c); });
        first_row = false;
        ++table_row;
        std::vector<std::size_t> bars = bars_of(paragraph, begin, end);
        bars.push_back(end);  // a row's last '|' is optional
        for (std::size_t k = 0; k + 1 < bars.size(); ++k) {
            std::size_t a = bars[k] + 1, b = bars[k + 1];
            while (a < b && (text[a] == ' ' || text[a] == '\t')) ++a;
            while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
            if (a == b) continue;
            Block cell = block_range(paragraph, a, b);
            cell.kind = BlockKind::table_cell;
            cell.table = table;
            cell.table_row = table_row;
            cell.table_column = static_cast<int>(k);
            cell.table_header = header;
            sink.take(cell);
        }
    }
}

}  // namespace talkboard
