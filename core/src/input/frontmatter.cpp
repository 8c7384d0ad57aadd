#include <algorithm>
#include <cctype>
#include <string>

#include "talkboard/limits.h"
#include "talkboard/input/post_source.h"
#include "internal/text.h"

namespace talkboard {

std::optional<std::string> frontmatter_scalar(const Frontmatter& fm, const std::string& key) {
    for (const auto& [k, v] : fm) {
        if (k == key) {
            if (const auto* s = std::get_if<std::string>(&v)) return *s;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

namespace {

// Unquotes a YAML scalar: 'single' ('' is a quote), "double" (backslash escapes), or plain
// (a trailing " # comment" removed).
std::string yaml_scalar(std::string_view raw) {
    raw = text::trim(raw);
    if (raw.size() >= 2 && raw.front() == '\'' && raw.back() == '\'') {
        std::string out;
        raw = raw.substr(1, raw.size() - 2);
        for (std::size_t i = 0; i < raw.size(); ++i) {
            out += raw[i];
            if (raw[i] == '\'' && i + 1 < raw.size() && raw[i + 1] == '\'') ++i;
        }
        return out;
    }
    if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"') {
        std::string out;
        raw = raw.substr(1, raw.size() - 2);
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\\' && i + 1 < raw.size()) {
                const char e = raw[++i];
                out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
            } else {
                out += raw[i];
            }
        }
        return out;
    }
    const std::size_t comment = raw.find(" #");
    if (comment != std::string_view::npos) raw = raw.substr(0, comment);
    return std::string(text::trim(raw));
}

// "[a, 'b', c]" -> {"a", "b", "c"}; commas inside quotes are kept.
std::vector<std::string> yaml_flow_list(std::string_view raw) {
    std::vector<std::string> items;
    raw = text::trim(raw);
    raw = raw.substr(1, raw.size() - 2);
    std::size_t start = 0;
    char quote = 0;
    for (std::size_t i = 0; i <= raw.size(); ++i) {
        if (i < raw.size() && quote == 0 && (raw[i] == '\'' || raw[i] == '"')) {
            quote = raw[i];
        } else if (i < raw.size() && raw[i] == quote) {
            quote = 0;
        } else if (i == raw.size() || (raw[i] == ',' && quote == 0)) {
            std::string item = yaml_scalar(raw.substr(start, i - start));
            if (!item.empty()) items.push_back(std::move(item));
            start = i + 1;
        }
    }
    return items;
}

// A YAML block scalar's header: `|` (literal) or `>` (folded), with an optional chomping sign
// and indentation digit ("|-", ">+", "|2"). Its text is the more-indented lines below the key.
bool is_block_scalar_header(std::string_view value) {
    if (value.empty() || (value.front() != '|' && value.front() != '>')) return false;
    for (const char c : value.substr(1)) {
        if (c != '-' && c != '+' && !(c >= '1' && c <= '9')) return false;
    }
    return value.size() <= 3;
}

std::size_t indentation(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
    return n;
}

// Calls on_line(index, text) for each line of the block scalars in `yaml` (its lines counted from 0),
// with the block's indentation removed; blank lines inside a block come as "". Stops when on_line
// returns false.
template <typename OnLine>
void for_each_block_scalar_line(std::string_view yaml, OnLine on_line) {
    bool in_block = false;
    std::size_t indent = 0;
    std::size_t index = 0;
    for (std::string_view line : text::split(yaml, "\n")) {
        const std::string_view trimmed = text::trim(line);
        if (in_block) {
            if (trimmed.empty()) {
                if (!on_line(index++, std::string_view())) return;
                continue;
            }
            if (indent == 0) indent = indentation(line);
            if (indent > 0 && indentation(line) >= indent) {
                if (!on_line(index++, line.substr(indent))) return;
                continue;
            }
            in_block = false;
        }
        const std::size_t colon = trimmed.find(": ");
        if (indentation(line) == 0 && colon != std::string_view::npos && is_block_scalar_header(text::trim(trimmed.substr(colon + 1)))) {
            in_block = true;
            indent = 0;
        }
        ++index;
    }
}

// The text of the block scalar whose header is the first line of `from`, and the number of lines
// it takes with its header: literal lines joined with newlines, folded ones with spaces (a blank
// line stays a line break); trailing blank lines dropped.
std::pair<std::string, std::size_t> block_scalar(std::string_view from, bool folded) {
    std::string out;
    std::size_t next = 1;
    std::size_t blank_lines = 0;
    for_each_block_scalar_line(from, [&](std::size_t index, std::string_view line) {
        if (index != next) return false;  // a later block
        ++next;
        if (line.empty()) {
            ++blank_lines;
            return true;
        }
        if (!out.empty()) {
            if (folded) out += blank_lines > 0 ? std::string(blank_lines, '\n') : std::string(" ");
            else out.append(blank_lines + 1, '\n');
        }
        out += line;
        blank_lines = 0;
        return true;
    });
    return {out, next};
}

}  // namespace

std::string frontmatter_content_lines(std::string_view yaml) {
    std::string out;
    std::size_t line = 0;
    bool any = false;
    const std::size_t total = static_cast<std::size_t>(std::count(yaml.begin(), yaml.end(), '\n'));
    for_each_block_scalar_line(yaml, [&](std::size_t index, std::string_view text_line) {
        if (index >= total) return false;  // the empty piece after the last newline
        for (; line < index; ++line) out += '\n';
        out += text_line;
        out += '\n';
        line = index + 1;
        any = any || !text::trim(text_line).empty();
        return true;
    });
    if (!any) return std::string();
    for (; line < total; ++line) out += '\n';
    return out;
}

namespace {
// The label a record's key is written under for the reader (extract/line_shapes.h reads these), or
// "" for a key it has no use for ("id", "showLink", "speaker_url").
std::string_view record_label(std::string_view key) {
    static constexpr std::pair<std::string_view, std::string_view> labels[] = {
        {"title", "Title"},     {"name", "Title"},       {"talk", "Title"},       {"session", "Title"},
        {"speaker", "Speaker"}, {"speakers", "Speakers"}, {"author", "Speaker"},    {"authors", "Speakers"},
        {"presenter", "Speaker"}, {"presenters", "Speakers"}, {"time", "Time"},    {"when", "Time"},
        {"date", "Date"},       {"day", "Date"},         {"room", "Room"},        {"location", "Room"},
        {"where", "Room"},      {"venue", "Room"},       {"track", "Track"},
    };
    for (const auto& [name, label] : labels) {
        if (text::iequals_ascii(key, name)) return label;
    }
    return {};
}
}  // namespace

std::string toml_content_lines(std::string_view toml) {
    std::string out;
    bool in_record = false;  // inside a [[table]] (an array of tables: one record each)
    bool any = false;
    bool in_multiline = false;
    const std::size_t total = static_cast<std::size_t>(std::count(toml.begin(), toml.end(), '\n'));
    std::size_t index = 0;
    for (std::string_view line : text::split(toml, "\n")) {
        if (index++ >= total) break;  // the empty piece after the last newline
        const std::string_view trimmed = text::trim(line);
        if (in_multiline) {
            if (trimmed.find("\"\"\"") != std::string_view::npos || trimmed.find("'''") != std::string_view::npos) in_multiline = false;
            out += '\n';
            continue;
        }
        if (text::starts_with(trimmed, "[[")) {
            in_record = true;
        } else if (text::starts_with(trimmed, "[")) {
            in_record = false;
        } else if (in_record) {
            const std::size_t equals = trimmed.find('=');
            if (equals != std::string_view::npos && equals > 0) {
                const std::string_view key = text::trim_chars(trimmed.substr(0, equals), "\"' ");
                const std::string_view value = text::trim(trimmed.substr(equals + 1));
                if (text::starts_with(value, "\"\"\"") || text::starts_with(value, "'''")) {
                    const std::string_view rest = value.substr(3);
                    in_multiline = rest.find(value.substr(0, 3)) == std::string_view::npos;
                } else if (const std::string_view label = record_label(key); !label.empty() && !value.empty() && value.front() != '[') {
                    const std::string text = yaml_scalar(value);
                    if (!text.empty()) {
                        out += label;
                        out += ": ";
                        out += text;
                        any = true;
                    }
                }
            }
        }
        out += '\n';
    }
    if (!any) return std::string();
    return out;
}

Frontmatter parse_frontmatter(std::string_view yaml) {
    Frontmatter fm;
    std::vector<std::string>* open_list = nullptr;
    std::size_t index = 0;
    std::size_t block_end = 0;  // lines before this index belong to a block scalar already read
    for (std::string_view line : text::split(yaml, "\n")) {
        const std::size_t line_index = index++;
        if (line_index < block_end) continue;
        const std::string_view trimmed = text::trim(line);
        if (trimmed.empty() || trimmed.front() == '#') continue;
        const bool indented = line.front() == ' ' || line.front() == '\t';
        if (indented || trimmed.front() == '-') {
            // A block list item belongs to the key just opened; nested maps are skipped.
            if (open_list && trimmed.front() == '-') open_list->push_back(yaml_scalar(trimmed.substr(1)));
            continue;
        }
        open_list = nullptr;
        const std::size_t colon = trimmed.find(':');
        if (colon == std::string_view::npos || colon == 0) continue;
        std::string key(text::trim(trimmed.substr(0, colon)));
        const std::string_view value = text::trim(trimmed.substr(colon + 1));
        if (value.empty()) {
            fm.emplace_back(std::move(key), std::vector<std::string>{});
            open_list = &std::get<std::vector<std::string>>(fm.back().second);
        } else if (value.front() == '[' && value.back() == ']') {
            fm.emplace_back(std::move(key), yaml_flow_list(value));
        } else if (is_block_scalar_header(value)) {
            auto [block, lines] = block_scalar(yaml.substr(static_cast<std::size_t>(line.data() - yaml.data())), value.front() == '>');
            block_end = line_index + lines;
            fm.emplace_back(std::move(key), std::move(block));
        } else {
            fm.emplace_back(std::move(key), yaml_scalar(value));
        }
    }
    // A key that opened a list but got no items was an empty scalar.
    for (auto& [key, value] : fm) {
        if (auto* list = std::get_if<std::vector<std::string>>(&value); list && list->empty()) value = std::string();
    }
    return fm;
}

Frontmatter parse_toml_frontmatter(std::string_view toml) {
    Frontmatter fm;
    for (std::string_view line : text::split(toml, "\n")) {
        const std::string_view trimmed = text::trim(line);
        if (trimmed.empty() || trimmed.front() == '#') continue;
        if (trimmed.front() == '[') break;  // a [table]: its keys are not the post's own
        const std::size_t equals = trimmed.find('=');
        if (equals == std::string_view::npos || equals == 0) continue;
        std::string key(text::trim_chars(trimmed.substr(0, equals), "\"' "));
        const std::string_view value = text::trim(trimmed.substr(equals + 1));
        if (value.empty()) continue;
        if (value.front() == '[' && value.back() == ']') {
            fm.emplace_back(std::move(key), yaml_flow_list(value));
        } else {
            fm.emplace_back(std::move(key), yaml_scalar(value));
        }
    }
    return fm;
}

namespace {

// The length of a Pelican / MultiMarkdown metadata block: "Title: ..." on the first line, then
// "Key: value" lines up to the first blank line, or through a closing "---" line (some write one
// without the opening fence). 0 when the post does not start with one.
std::size_t metadata_block_length(std::string_view input) {
    const std::size_t first_end = input.find('\n');
    const std::string_view first = input.substr(0, first_end);
    if (!text::istarts_with(first, "title:")) return 0;
    std::size_t pos = 0;
    while (pos < input.size()) {
        std::size_t end = input.find('\n', pos);
        if (end == std::string_view::npos) end = input.size();
        const std::string_view line = input.substr(pos, end - pos);
        if (text::trim(line).empty()) return pos;
        if (text::trim(line) == "---") return std::min(end + 1, input.size());
        const std::size_t colon = line.find(':');
        const std::string_view key = colon == std::string_view::npos ? std::string_view() : line.substr(0, colon);
        const bool is_key = !key.empty() && key.size() <= 32 &&
                            std::all_of(key.begin(), key.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; });
        if (!is_key) return 0;
        if (pos > limits::max_frontmatter_bytes) return 0;
        pos = end + 1;
    }
    return input.size();
}

// The length of a Hugo JSON frontmatter: a "{" line first, up to and with the first "}" line,
// markdown after it. 0 when the post does not start with one.
std::size_t json_frontmatter_length(std::string_view input) {
    if (!text::starts_with(input, "{\n")) return 0;
    const std::size_t close = input.find("\n}\n");
    if (close == std::string_view::npos || close > limits::max_frontmatter_bytes) return 0;
    const std::size_t length = close + 3;
    return text::trim(input.substr(length)).empty() ? 0 : length;
}

// Its top-level `"Key": "value",` lines (keys lowercased as Hugo reads them: "Title", "Pubdate");
// lists and maps are skipped.
Frontmatter parse_json_frontmatter(std::string_view block) {
    Frontmatter fm;
    for (std::string_view line : text::split(block, "\n")) {
        line = text::trim(line);
        if (line.size() < 4 || line.front() != '"') continue;
        const std::size_t key_end = line.find('"', 1);
        if (key_end == std::string_view::npos || line.compare(key_end + 1, 1, ":") != 0) continue;
        std::string_view value = text::trim_chars(text::trim(line.substr(key_end + 2)), ",");
        value = text::trim(value);
        if (value.size() < 2 || value.front() != '"' || value.back() != '"') continue;
        fm.emplace_back(text::ascii_lower(line.substr(1, key_end - 1)), std::string(value.substr(1, value.size() - 2)));
    }
    return fm;
}

Frontmatter parse_metadata_block(std::string_view block) {
    Frontmatter fm;
    for (std::string_view line : text::split(block, "\n")) {
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        // Metadata keys are case-insensitive: "Title" is the post's title.
        fm.emplace_back(text::ascii_lower(text::trim(line.substr(0, colon))), std::string(text::trim(line.substr(colon + 1))));
    }
    return fm;
}

}  // namespace

bool starts_with_json_frontmatter(std::string_view input) { return json_frontmatter_length(input) > 0; }

Result<PostSource> read_markdown_post(std::string_view input) {
    PostSource source;
    // The opening fence must be the first line: "---" for YAML, "+++" for TOML (Hugo). Without
    // one, a Pelican-style "Title: ..." block may open the post; otherwise there is no frontmatter.
    const bool yaml = text::starts_with(input, "---\n") || input == "---";
    const bool toml = text::starts_with(input, "+++\n") || input == "+++";
    if (!yaml && !toml) {
        if (const std::size_t length = json_frontmatter_length(input)) {
            source.frontmatter = parse_json_frontmatter(input.substr(0, length));
            source.body = std::string(input.substr(length));
            source.first_body_line = static_cast<int>(std::count(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(length), '\n')) + 1;
            return source;
        }
        if (const std::size_t length = metadata_block_length(input)) {
            source.frontmatter = parse_metadata_block(input.substr(0, length));
            const std::size_t lines = static_cast<std::size_t>(std::count(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(length), '\n'));
            source.body = std::string(input.substr(length));
            source.first_body_line = static_cast<int>(lines) + 1;
            return source;
        }
        source.body = std::string(input);
        return source;
    }
    const std::string_view fence = yaml ? "---" : "+++";
    std::size_t pos = 4;
    int line = 2;
    while (pos <= input.size()) {
        std::size_t end = input.find('\n', pos);
        if (end == std::string_view::npos) end = input.size();
        const std::string_view current = input.substr(pos, end - pos);
        if (text::trim(current) == fence || (yaml && text::trim(current) == "...")) {
            if (pos - 4 > limits::max_frontmatter_bytes) break;
            const std::string_view block = input.substr(4, pos - 4);
            source.frontmatter = yaml ? parse_frontmatter(block) : parse_toml_frontmatter(block);
            const std::string_view rest = end < input.size() ? input.substr(end + 1) : std::string_view();
            std::string content = yaml ? frontmatter_content_lines(block) : toml_content_lines(block);
            if (content.empty()) {
                source.body = std::string(rest);
                source.first_body_line = line + 1;
                return source;
            }
            // The frontmatter holds part of the page: the body starts on line 1, the fences and
            // keys blank, so that every line keeps its number.
            source.body.reserve(content.size() + rest.size() + 2);
            source.body += '\n';
            source.body += content;
            source.body += '\n';
            source.body += rest;
            return source;
        }
        if (pos - 4 > limits::max_frontmatter_bytes) break;
        pos = end + 1;
        ++line;
    }
    if (pos - 4 > limits::max_frontmatter_bytes) {
        return Error{ErrorCode::too_large,
                     "frontmatter is longer than " + std::to_string(limits::max_frontmatter_bytes) + " bytes"};
    }
    return Error{ErrorCode::bad_frontmatter, "frontmatter opened with '" + std::string(fence) + "' on line 1 is never closed"};
}

}  // namespace talkboard
