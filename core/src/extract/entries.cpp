#include "talkboard/extract/entries.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <functional>
#include <utility>

#include "internal/index_sort.h"
#include "internal/text.h"
#include "talkboard/extract/line_shapes.h"
#include "talkboard/extract/link_kind.h"
#include "talkboard/extract/session_kind.h"
#include "talkboard/extract/speakers.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/time/timezones.h"

namespace talkboard {

namespace {

std::string_view first_line_of(std::string_view text) { return text.substr(0, text.find('\n')); }

// A link to a session page whose text may name the talk ("[Register here](sched...)" does not).
bool links_session_page(const EntryLine& line) {
    return std::any_of(line.links.begin(), line.links.end(), [&](const EntryLink& l) {
        return l.kind == LinkKind::session_page && !is_generic_link_text(std::string_view(line.text).substr(l.begin, l.end - l.begin));
    });
}

bool has_letter_or_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

// "Room", "Hall", "Raum", "Saal": a word that names a place as the first or last word of its name
// ("Main Hall", "Raum V1", "Stage B").
bool is_place_word(std::string_view word) {
    return text::is_listed_ascii(word, "room|hall|stage|auditorium|theater|theatre|ballroom|raum|saal|salle|sala|aula");
}

// "Raum V1", "Room 4C", "Main Hall": a short text (spaces collapsed) naming a place (a row holding
// only it names the room of the rows below).
bool names_place(std::string_view text) {
    const std::size_t first = text.find(' ');
    if (first == std::string_view::npos || std::count(text.begin(), text.end(), ' ') > 3) return false;
    return is_place_word(text.substr(0, first)) || is_place_word(text.substr(text.rfind(' ') + 1));
}

// Words that may stand between or around the parts of a date/time line.
bool is_date_filler_word(std::string_view word) {
    static constexpr text::WordList fillers{"on|at|from|to|the|and|when|time|date|local|starts|start|until|till|approx|approximately|ca|circa"};
    return fillers.contains(word);
}

// The text of a line with the found expressions removed has nothing but separators and fillers.
bool only_separators_besides(std::string_view line, const std::vector<FoundDateTime>& found) {
    std::size_t at = 0;
    auto check = [&](std::string_view gap) {
        std::string word;
        for (std::size_t i = 0; i <= gap.size(); ++i) {
            const char c = i < gap.size() ? gap[i] : ' ';
            if (std::isalnum(static_cast<unsigned char>(c))) {
                word += c;
            } else {
                if (!word.empty() && !is_date_filler_word(word)) return false;
                word.clear();
            }
        }
        return true;
    };
    // A parenthesized note is no word of the line's own ("10:00 - 10:30 CET (Room 4)").
    auto without_notes = [](std::string_view gap) {
        std::string out;
        int depth = 0;
        for (char c : gap) {
            if (c == '(') ++depth;
            else if (c == ')' && depth > 0) --depth;
            else if (depth == 0) out += c;
        }
        return out;
    };
    for (const auto& f : found) {
        if (!check(without_notes(line.substr(at, f.begin - at)))) return false;
        at = f.end;
    }
    return check(without_notes(line.substr(at)));
}

// "**Speakers:** ...", "Date & Time: ...", "**Facillitators:** ...": a known key, or a short bold
// label before a colon, with a value after it.
bool is_detail_line(const Block& block) {
    const std::string_view line = first_line_of(block.text);
    if (read_key_value(line).key != DetailKey::none) return true;
    if (block.strong.empty() || block.strong.front().begin > 1) return false;
    const std::string_view bold = text::trim(line.substr(block.strong.front().begin, block.strong.front().end - block.strong.front().begin));
    const std::size_t spaces = static_cast<std::size_t>(std::count(bold.begin(), bold.end(), ' '));
    return text::ends_with(bold, ":") && spaces <= 2 && block.strong.front().end + 1 < line.size();
}

// Text before the first link of a block that still lets the link be the entry's title: nothing
// but punctuation or emoji, a time, a short label, or a bold run (a speaker written first).
bool is_title_prefix(const Block& block, std::string_view prefix) {
    const std::string_view bare = text::trim_chars(text::strip_leading_emoji(text::trim(prefix)), "-*_|:>#.\xE2\x80\xA2");
    if (bare.empty() || !has_letter_or_digit(bare)) return true;
    bool any_time = false;
    const std::string_view without_separator = text::trim_chars(bare, "-:|");
    if (is_date_time_only(without_separator, &any_time)) return true;
    if (is_label_prefix(prefix)) return true;
    // A bold run covering the prefix: "**Maintainers Track**:", "__Name__ and [Name](...)".
    for (const TextSpan& s : block.strong) {
        if (s.begin <= 2 && s.end + 3 >= prefix.size()) return true;
    }
    // A time then a label: "9:45 - 10:15 GitOpsCon:".
    const auto found = find_date_times(prefix);
    if (!found.empty() && found.front().value.has_time() && found.front().begin <= 3) {
        return is_label_prefix(prefix.substr(found.front().end)) || !has_letter_or_digit(prefix.substr(found.front().end));
    }
    return false;
}

// True when a block starts a new entry by its shape: a link as the first thing of its first line,
// a time followed by text, a bold run first, or a link to a session page with a time anywhere.
// A block of key/value lines only, one of them its title: "Time: 10:00 - 10:30", "Speaker: Ana
// Li", "Title: ..." (a schedule kept in a TOML frontmatter reads so). A talk of its own, unless it
// details the heading right above it.
bool is_record_block(const std::vector<EntryLine>& lines) {
    if (lines.size() < 2) return false;
    bool titled = false;
    for (const EntryLine& l : lines) {
        const DetailKey key = key_value(l).key;
        if (key == DetailKey::none) return false;
        titled |= key == DetailKey::title;
    }
    return titled;
}

// What follows a person's linked name in a sentence about them ("[Ana Li](profile) from [Acme](...)
// will share ...", "... will present", "..., our maintainer, is"): prose about a talk, not its title
// (unless the sentence links the talk's page: "[@ana](profile) will give [Title](sched)").
bool introduces_person(std::string_view after) {
    after = after.substr(0, 160);
    for (std::string_view verb : {" will ", " is ", " are ", " from ", " of ", " joins ", " presents ", " shares ", " talks "}) {
        const std::size_t at = text::find_by(after, verb, 1);  // by its first letter, not at every space
        if (at != std::string_view::npos && (at < 4 || text::find_by(after, " will ", 1) != std::string_view::npos)) return true;
    }
    return false;
}

bool opens_entry(const Block& block, const std::vector<EntryLine>& lines) {
    const std::string_view text = block.text;
    // The first line and its key as block_lines read them, when it kept that line (not blank): a
    // paragraph's first line is most of it, and every block is asked.
    const bool first_read = !lines.empty() && lines.front().block_line == 0;
    const std::string_view line = first_read ? text.substr(0, lines.front().text.size()) : first_line_of(text);
    // "SPEAKERS: [Name](...)", "When: ...": a key/value line is a detail of the entry above it
    // (is_record_block says when it is not).
    if ((first_read ? lines.front().key : read_key_value(line).key) != DetailKey::none) return false;
    static const std::vector<EntryLink> no_links;
    for (const EntryLink& link : lines.empty() ? no_links : lines.front().links) {
        if (link.begin > line.size()) break;
        const std::string_view label = std::string_view(text).substr(link.begin, link.end - link.begin);
        if (is_generic_link_text(label) || link.kind == LinkKind::anchor) break;
        if (link.kind == LinkKind::profile && introduces_person(line.substr(std::min(link.end, line.size()))) && !links_session_page(lines.front())) break;
        if (is_title_prefix(block, line.substr(0, link.begin))) return true;
        break;
    }
    const std::size_t start = line.size() - text::trim(line).size() == 0 ? 0 : line.find_first_not_of(" \t");
    static const std::vector<FoundDateTime> none;
    const std::vector<FoundDateTime>& found = lines.empty() ? none : lines.front().dates;
    if (!found.empty() && found.front().value.has_time() && found.front().begin <= start + 3 &&
        has_letter_or_digit(line.substr(found.front().end))) {
        return true;
    }
    if (!block.strong.empty() && block.strong.front().begin <= start + 1) {
        const std::string_view bold = text::trim(text.substr(block.strong.front().begin, block.strong.front().end - block.strong.front().begin));
        const bool label = text::ends_with(bold, ":") || text::ends_with(bold, "\xEF\xBC\x9A");
        bool any_time = false;
        if (!label && !bold.empty() && !is_date_time_only(bold, &any_time)) return true;
        if (any_time && has_letter_or_digit(text.substr(block.strong.front().end))) return true;  // "**1:00 pm**: text"
    }
    // "NATS Intro hosted by Ana Li | [Slides](...) | [Watch Video](...)": one line naming a talk
    // and who gave it, then its recording or slides.
    if (lines.size() == 1 && line.size() <= 240) {
        for (const EntryLink& link : lines.front().links) {
            if (link.kind != LinkKind::video && link.kind != LinkKind::slides) continue;
            const std::string_view before = line.substr(0, std::min(link.begin, line.size()));
            if (text::find_by(before, " by ", 1) != std::string_view::npos && has_letter_or_digit(before.substr(0, text::find_by(before, " by ", 1)))) return true;
            break;
        }
    }
    bool session_link = false;
    for (const EntryLine& l : lines) session_link |= links_session_page(l);
    if (session_link) {
        for (const EntryLine& l : lines) {
            for (const auto& f : l.dates) {
                if (f.value.has_time()) return true;
            }
        }
    }
    return false;
}

std::optional<DateTimeText> date_part(const DateTimeText& value) {
    if (!value.has_date() && !value.weekday) return std::nullopt;
    DateTimeText date = value;
    date.start_minute.reset();
    date.end_minute.reset();
    return date;
}

// "When:", "Date:": the text before a date ends with a label that says the date is the when.
bool labelled_when(std::string_view before) {
    before = text::trim(before);
    if (!text::ends_with(before, ":")) return false;
    before.remove_suffix(1);
    const std::size_t space = before.find_last_of(" *_");
    const std::string_view word = before.substr(space == std::string_view::npos ? 0 : space + 1);
    return text::iequals_ascii(word, "when") || text::iequals_ascii(word, "date");
}

// True when a sentence says when the event is: "takes place on", "will be held on", "happens on".
bool says_when_event_is(std::string_view text) {
    // Every phrase is a lead before " on" ("takes place on", "is on "): each " on" of the text's
    // head is asked whether a lead ends right before it, ignoring case (one pass, no lowered copy:
    // every dated line of a post is asked).
    const std::string_view head = text.substr(0, 400);
    static constexpr std::string_view leads[] = {"takes place", "take place", "held", "happens", "happening", "will be"};
    for (std::size_t on = 0; on + 3 <= head.size(); ++on) {
        if (head[on] != ' ' || text::ascii_lower_char(head[on + 1]) != 'o' || text::ascii_lower_char(head[on + 2]) != 'n') continue;
        const std::string_view before = head.substr(0, on);
        auto ends_with_word = [&](std::string_view lead) {
            return before.size() >= lead.size() && text::iequals_ascii(before.substr(before.size() - lead.size()), lead);
        };
        for (std::string_view lead : leads) {
            if (ends_with_word(lead)) return true;
        }
        // "is on ", "are on ": with the space after.
        if (on + 3 < head.size() && head[on + 3] == ' ' && (ends_with_word("is") || ends_with_word("are"))) return true;
    }
    // "On March 10th 2021 16:00 - 21:00 UTC the first summit will take place."
    if (text::istarts_with(head, "on ")) {
        const std::string lower = text::ascii_lower(head);
        for (std::string_view phrase : {"take place", "takes place", "will be held", "is held", "will happen"}) {
            if (lower.find(phrase) != std::string::npos) return true;
        }
    }
    return false;
}

// The label a key/value line of that key is written with, or empty for none.
std::string_view canonical_detail_label(DetailKey key) {
    switch (key) {
        case DetailKey::speakers: return "Speaker";
        case DetailKey::time: return "When";
        case DetailKey::place: return "Where";
        case DetailKey::track: return "Track";
        case DetailKey::title: return "Title";
        case DetailKey::abstract: return "Abstract";
        case DetailKey::kind: return "Type";
        case DetailKey::bio: return "Bio";
        case DetailKey::none: break;
    }
    return {};
}

// Reads the line's key and value once (EntryLine::key): its text is final.
void read_line_key(EntryLine& line) {
    const KeyValue kv = read_key_value(line.text);
    line.key = kv.key;
    line.key_value_at = 0;
    line.key_value_size = 0;
    // An empty value keeps its place too (a caller may measure from it).
    const std::less_equal<const char*> at_or_before;
    if (kv.key != DetailKey::none && at_or_before(line.text.data(), kv.value.data()) &&
        at_or_before(kv.value.data() + kv.value.size(), line.text.data() + line.text.size())) {
        line.key_value_at = static_cast<std::size_t>(kv.value.data() - line.text.data());
        line.key_value_size = kv.value.size();
    }
}

// Writes "label: " before a line's text, its links, bold runs and dates moved along.
void prefix_label(EntryLine& line, std::string_view label) {
    const std::string prefix = std::string(label) + ": ";
    line.text.insert(0, prefix);
    for (auto& link : line.links) link.begin += prefix.size(), link.end += prefix.size();
    for (auto& span : line.strong) span.begin += prefix.size(), span.end += prefix.size();
    for (auto& span : line.emphasis) span.begin += prefix.size(), span.end += prefix.size();
    for (auto& found : line.dates) found.begin += prefix.size(), found.end += prefix.size();
    line.date_time_only = false;
    read_line_key(line);
}

// "Oct 16, 2025 by [Ana Li](...)", "Posted on March 3, 2024 by Bo Chen", "Published: May 2, 2023": the
// post's own date and author, not a day of its event.
bool is_byline(const std::vector<EntryLine>& lines) {
    if (lines.size() != 1 || lines.front().dates.empty()) return false;
    const EntryLine& line = lines.front();
    const std::string_view lead = text::trim_chars(std::string_view(line.text).substr(0, line.dates.front().begin), " :*_");
    const auto is = [&](std::string_view words) { return text::iequals_ascii(lead, words); };  // no lowered copy
    const bool posted = lead.empty() || is("posted on") || is("posted") || is("published") || is("published on") || is("updated") ||
                        is("last updated") || is("written on");
    if (!posted) return false;
    const std::string_view after = text::trim(std::string_view(line.text).substr(line.dates.front().end));
    return (lead.empty() && text::istarts_with(after, "by ")) || (!lead.empty() && (after.empty() || text::istarts_with(after, "by ")));
}

// "(5/17)", "(17/5)": a month and a day in parentheses, in whichever order the numbers leave no
// doubt about; nullopt for anything else ("(1/2)", "(5/17/2021)" is a full date the finder reads).
std::optional<DateTimeText> parenthesized_month_day(std::string_view text) {
    const std::size_t open = text.find('(');
    if (open == std::string_view::npos) return std::nullopt;
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 6) return std::nullopt;
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    const std::size_t slash = inside.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash > 2 || inside.size() - slash - 1 == 0 || inside.size() - slash - 1 > 2) {
        return std::nullopt;
    }
    int a = 0, b = 0;
    for (char c : inside.substr(0, slash)) {
        if (!text::is_ascii_digit(c)) return std::nullopt;
        a = a * 10 + (c - '0');
    }
    for (char c : inside.substr(slash + 1)) {
        if (!text::is_ascii_digit(c)) return std::nullopt;
        b = b * 10 + (c - '0');
    }
    int month = 0, day = 0;
    if (a >= 1 && a <= 12 && b > 12 && b <= 31) month = a, day = b;
    else if (b >= 1 && b <= 12 && a > 12 && a <= 31) month = b, day = a;
    else return std::nullopt;
    DateTimeText date;
    date.month = month;
    date.day = day;
    return date;
}

// Whether a line speaks of a deadline ("Submissions close March 3", "The CFP ends November 8th",
// "we will notify you by May 1"): its dates come before the event.
bool says_deadline(std::string_view text) {
    // Word by word, case ignored, without a lowered copy: most dated lines are a talk's time line.
    static constexpr text::WordList words("deadline|deadlines|ends|ended|closes|closed|due|until|notify|cfp|submission|"
                                          "submissions|submit|proposals|proposal");
    text = text.substr(0, 400);
    for (std::size_t i = 0; i < text.size();) {
        if (!text::is_ascii_alpha(text[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < text.size() && text::is_ascii_alpha(text[i])) ++i;
        if (words.contains(text.substr(begin, i - begin))) return true;
    }
    return false;
}

// Whether a text speaks of times or of a time zone: "times", "time zone", "timezone", and the
// words of other languages for a schedule's hours ("El horario es UTC+2", "Uhrzeiten", "heures").
bool speaks_of_times(std::string_view text) {
    // Every paragraph and list item is asked, and few speak of times: the words are looked for
    // eight places at a time (a search by a letter of each word stopped at every 'm', 'h', 'u' or
    // 'f' of the paragraph). In each byte of `equal(eight, c)`, 0x80 where the byte is c (exact).
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull, lows = 0x7F * ones;
    const auto equal = [&](std::uint64_t eight, char c) {
        const std::uint64_t v = eight ^ (ones * static_cast<unsigned char>(c));
        return ~(((v & lows) + lows) | v) & highs;
    };
    const auto load = [](const char* at) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, at, 8);
        return eight;
    };
    // "times", "Times": the text's first "imes", after a 't'.
    std::size_t imes = std::string_view::npos, at = 0;
    for (; text.size() - at >= 11 && imes == std::string_view::npos; at += 8) {
        const char* p = text.data() + at;
        if (const std::uint64_t hits = equal(load(p), 'i') & equal(load(p + 1), 'm') & equal(load(p + 2), 'e') & equal(load(p + 3), 's')) {
            imes = at + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
        }
    }
    if (imes == std::string_view::npos) imes = text.find("imes", at);
    if (imes != std::string_view::npos && imes > 0 && (text[imes - 1] == 't' || text[imes - 1] == 'T')) return true;
    // The other words in the first 400 bytes, lowered on the stack (no allocation for it).
    char folded[400];
    const std::size_t size = std::min<std::size_t>(text.size(), sizeof folded);
    for (std::size_t i = 0; i < size; ++i) folded[i] = text::ascii_lower_char(text[i]);
    const std::string_view lower(folded, size);
    // Four of the words hold a 'z': one search for it rules them out in most texts.
    if (lower.find('z') != std::string_view::npos) {
        for (std::string_view word : {"time zone", "timezone", "zeitzone", "uhrzeit"}) {
            if (text::find_by(lower, word, word.find('z')) != std::string_view::npos) return true;
        }
    }
    // "horario", "heure", "fuso": at each 'h' and 'f'.
    const auto word_at = [&](std::size_t k) {
        const std::string_view rest = lower.substr(k);
        return text::starts_with(rest, "horario") || text::starts_with(rest, "heure") || text::starts_with(rest, "fuso");
    };
    std::size_t k = 0;
    for (; size - k >= 8; k += 8) {
        const std::uint64_t eight = load(folded + k);
        for (std::uint64_t hits = equal(eight, 'h') | equal(eight, 'f'); hits != 0; hits &= hits - 1) {
            if (word_at(k + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8)) return true;
        }
    }
    for (; k < size; ++k) {
        if ((folded[k] == 'h' || folded[k] == 'f') && word_at(k)) return true;
    }
    return false;
}

// A zone stated for what follows: "(all times CET)", "All times are in CEST.", "Times are
// shown in UTC". Only a text that speaks of times, so that other capitals are not zones.
std::string stated_zone(std::string_view text) {
    if (!speaks_of_times(text)) return {};
    // "All times are Mountain Daylight Time, UTC-6": the zone's name says more than its offset.
    if (std::string written = written_zone(text); !written.empty()) return written;
    for (std::string_view word : text::split(text, " ")) {
        word = text::trim_chars(word, "().,:;!*_");
        if (looks_like_zone_token(word) && (is_known_zone(word) || is_ambiguous_zone(word))) return std::string(word);
    }
    // "All times are Pacific", "Times are US Eastern": the region alone, as "Pacific Time" is PT.
    static constexpr std::pair<std::string_view, std::string_view> regions[] = {
        {"Pacific", "PT"}, {"Mountain", "MT"}, {"Central", "CT"}, {"Eastern", "ET"}};
    for (std::string_view word : text::split(text, " ")) {
        word = text::trim_chars(word, "().,:;!*_");
        for (const auto& [region, zone] : regions) {
            if (word == region) return std::string(zone);
        }
    }
    return {};
}

// The one zone the times of an intro paragraph are given in ("The talks run 9AM to 5PM PDT,
// UTC−07:00"): the zone of what follows when the entries write none. Empty when its times give
// none or several.
std::string zone_of_times(const std::vector<EntryLine>& lines) {
    std::string zone;
    for (const EntryLine& line : lines) {
        for (const auto& f : line.dates) {
            if (!f.value.has_time() || f.value.zone.empty()) continue;
            if (!zone.empty() && zone != f.value.zone) return {};
            zone = f.value.zone;
        }
    }
    return zone;
}

// The one date a context paragraph states ("Join us on Monday, November 10, for ..."), or nullopt
// when it states none or several.
std::optional<DateTimeText> single_date_of(const std::vector<EntryLine>& lines) {
    std::optional<DateTimeText> date;
    for (const EntryLine& line : lines) {
        for (const auto& f : line.dates) {
            // A time with it: something's own time, not the day of a group; but in a sentence of a
            // longer text the times are its day's ("... over the course of Friday July 10th. The
            // first session begins at 11:00 ...").
            if (f.value.has_time() && (f.value.has_date() || line.text.size() < 160)) return std::nullopt;
            if (!f.value.has_date()) continue;
            if (date && (date->month != f.value.month || date->day != f.value.day)) return std::nullopt;
            date = f.value;
        }
    }
    return date;
}

}  // namespace

bool is_date_time_only(std::string_view text, bool* any_time) {
    if (any_time) *any_time = false;
    bool found_any = false;
    for (std::string_view line : text::split(text, "\n")) {
        const std::string_view bare = text::trim(line);
        if (bare.empty()) continue;
        const auto found = find_date_times(bare);
        if (found.empty() || !only_separators_besides(bare, found)) return false;
        found_any = true;
        for (const auto& f : found) {
            if (f.value.has_time() && any_time) *any_time = true;
        }
    }
    return found_any;
}

bool is_date_time_only(const std::vector<EntryLine>& lines, bool* any_time) {
    if (any_time) *any_time = false;
    for (const EntryLine& line : lines) {
        if (!line.date_time_only) return false;
        for (const auto& f : line.dates) {
            if (f.value.has_time() && any_time) *any_time = true;
        }
    }
    return !lines.empty();
}

std::string_view speakers_after_leading_time(const EntryLine& line) {
    if (line.dates.empty() || line.dates.front().begin > 1 || !line.dates.front().value.has_time()) return {};
    const std::string_view names = trim_separators(std::string_view(line.text).substr(line.dates.front().end));
    return all_named_in_full(parse_speakers(names)) ? names : std::string_view();
}

std::vector<EntryLine> block_lines(const Block& block, std::vector<EntryLine> buffer) {
    std::vector<EntryLine> out = std::move(buffer);
    out.clear();
    // One per line at most (blank lines are dropped), and room for the lines of the blocks an entry
    // attaches (see open_entry), so that a block that opens an entry keeps this buffer.
    out.reserve(block.lines.size() + 4);
    const std::string_view text = block.text;
    std::size_t begin = 0;
    std::size_t index = 0;
    for (;;) {
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        EntryLine line;
        line.text = std::string(text.substr(begin, end - begin));
        line.line = index < block.lines.size() ? block.lines[index].source_line : block.first_line();
        line.block_line = index;
        for (std::size_t k = 0; k < block.links.size(); ++k) {
            const InlineLink& link = block.links[k];
            if (link.end <= begin || link.begin >= end) continue;
            // The kind is read per line of the link: a link rarely spans lines, and a list of the
            // block's kinds would be one more allocation per block.
            EntryLink clipped{link, link_kind(link.href)};
            clipped.begin = std::max(link.begin, begin) - begin;
            clipped.end = std::min(link.end, end) - begin;
            if (clipped.end > clipped.begin) line.links.push_back(std::move(clipped));
        }
        for (const TextSpan& span : block.strong) {
            if (span.end <= begin || span.begin >= end) continue;
            line.strong.push_back(TextSpan{std::max(span.begin, begin) - begin, std::min(span.end, end) - begin});
        }
        for (const TextSpan& span : block.emphasis) {
            if (span.end <= begin || span.begin >= end) continue;
            line.emphasis.push_back(TextSpan{std::max(span.begin, begin) - begin, std::min(span.end, end) - begin});
        }
        const std::string_view bare = text::trim(line.text);
        if (!bare.empty()) {
            const std::size_t lead = static_cast<std::size_t>(bare.data() - line.text.data());
            line.dates = find_date_times(bare, line.day_ranges);
            for (auto& f : line.dates) f.begin += lead, f.end += lead;
            line.date_time_only = !line.dates.empty() && only_separators_besides(line.text, line.dates);
            // "February 27th, 2024 @ 9:00am PT / 17:00 UTC / [Your timezone here](https://time.is/...)":
            // a link that converts the time into the reader's zone is no word of the line's.
            if (!line.date_time_only && !line.dates.empty() && !line.links.empty()) {
                std::string blanked;
                for (const EntryLink& link : line.links) {
                    if (!converts_time(link.href)) continue;
                    if (blanked.empty()) blanked = line.text;
                    std::fill(blanked.begin() + static_cast<std::ptrdiff_t>(link.begin), blanked.begin() + static_cast<std::ptrdiff_t>(link.end), ' ');
                }
                if (!blanked.empty()) line.date_time_only = only_separators_besides(blanked, line.dates);
            }
            read_line_key(line);
            out.push_back(std::move(line));
        }
        if (end >= text.size()) break;
        begin = end + 1;
        ++index;
    }
    return out;
}

EntryContext EntryBuilder::context_now() const {
    EntryContext context;
    context.sections.reserve(headings_.size());  // one allocation per entry, not one per level
    for (const auto& [level, heading] : headings_) context.sections.push_back(heading);
    if (!dates_.empty()) context.date = dates_.back().date;
    if (!zones_.empty()) context.zone = zones_.back().zone;
    return context;
}

void EntryBuilder::note_dates(const std::vector<EntryLine>& lines, int line, bool heading) {
    for (const EntryLine& l : lines) {
        if (l.text.size() > 400) continue;  // prose paragraphs: a date in one is noted by the context rules
        if (!first_year_) first_year_ = year_written_in(l.text);
        bool dated = false;
        for (const auto& f : l.dates) dated |= f.value.has_date();
        if (!dated) {
            for (const DayRange& range : l.day_ranges) mentioned_ranges_.push_back(MentionedDayRange{range, line});
            continue;
        }
        const bool not_event_day = says_deadline(l.text) || is_byline(lines);
        for (const auto& f : l.dates) {
            if (f.value.has_date()) mentioned_.push_back(MentionedDate{f.value, line, not_event_day});
        }
        // "The event takes place on October 16", "will be held on May 3": the event's day, said so;
        // so is the date under a heading that asks when ("When" / "Thursday, February 21, 2019") or
        // in a heading that says so ("#### Time: August 21, 2021, 13:30"; a talk's own "**When:**"
        // line is its own day only).
        // And before any session, the day a "When:" label gives ("**When:** Thursday, 11th
        // September 2014, 7pm" at the head of a meeting's page).
        const bool intro_when = !current_ && !heading;
        if (!not_event_day && (when_section_ || says_when_event_is(l.text) || (heading && key_value(l).key == DetailKey::time))) {
            for (const auto& f : l.dates) {
                if (f.value.has_date()) event_dates_.push_back(MentionedDate{f.value, line});
            }
        } else if (!not_event_day && intro_when) {
            for (const auto& f : l.dates) {
                if (f.value.has_date() && labelled_when(std::string_view(l.text).substr(0, f.begin))) event_dates_.push_back(MentionedDate{f.value, line});
            }
        }
        for (const DayRange& range : l.day_ranges) mentioned_ranges_.push_back(MentionedDayRange{range, line});
    }
}

void EntryBuilder::set_date_context(const DateTimeText& date, int level, bool intro) {
    while (!dates_.empty() && dates_.back().level >= level) dates_.pop_back();
    dates_.push_back(DateScope{level, date, intro});
    if (!date.zone.empty()) set_zone_context(date.zone, level);
}

void EntryBuilder::note_stated_zone(const std::string& zone) {
    if (stated_zones_ == 0) stated_zone_ = zone;
    if (stated_zones_ == 0 || zone != stated_zone_) ++stated_zones_;
}

void EntryBuilder::set_zone_context(const std::string& zone, int level) {
    while (!zones_.empty() && zones_.back().level >= level) zones_.pop_back();
    zones_.push_back(ZoneScope{level, zone});
}

void EntryBuilder::take(const Block& block) {
    // A loose list's item arrives as paragraphs: the first one starts the item as a tight item's
    // text does.
    const bool loose_item_start = block.kind == BlockKind::paragraph && block.list_item >= 0 && block.list_item != previous_list_item_;
    previous_list_item_ = block.list_item;
    if (block.kind == BlockKind::table_cell) {
        take_table_cell(block);
        return;
    }
    if (!table_.empty()) flush_table();
    if (container_time_ && (block.list_item < 0 || block.list_depth <= container_time_->level)) container_time_.reset();
    // The dates of each line are found once, here; in the storage of the lines attached last.
    std::vector<EntryLine> lines = block_lines(block, std::move(spare_lines_));
    if (!detail_label_.empty()) {
        const std::string_view label = std::exchange(detail_label_, {});
        if (block.kind != BlockKind::heading && current_ && !lines.empty()) {
            prefix_label(lines.front(), label);
            attach(block, false, std::move(lines));
            ++block_index_;
            return;
        }
    }
    if (take_time_lines(block, lines)) return;
    if (take_linked_talks(block)) return;
    note_dates(lines, block.first_line(), block.kind == BlockKind::heading);
    const std::size_t index = block_index_++;
    if (block.kind == BlockKind::heading) {
        take_heading(block, lines);
        return;
    }

    bool any_time = false;
    const bool date_time_only = is_date_time_only(lines, &any_time);
    // "  - **Date:** Wednesday, November 13, 2024" under a talk's list item: its detail, not the day
    // of what follows.
    const bool nested_in_current = current_ && block.kind == BlockKind::list_item && current_->shape == EntryShape::list_item &&
                                   block.list_depth > current_->list_depth;
    // "- **Presentations**" / "    - Tuesday, October 25 • 1:00pm" / "        - [Talk](...)": under a
    // bold label, a day and time belong to the talk nested below them.
    const bool under_label = nested_in_current && date_time_only && current_->lines.size() == 1 &&
                             current_->lines[0].dates.empty() && !current_->lines[0].strong.empty() &&
                             text::trim(std::string_view(current_->lines[0].text).substr(current_->lines[0].strong[0].begin,
                                                                                         current_->lines[0].strong[0].end - current_->lines[0].strong[0].begin)) ==
                                 text::trim_chars(current_->lines[0].text, " *_:");
    if (under_label) {
        close_entry();
    } else if (nested_in_current && (date_time_only || is_detail_line(block))) {
        attach(block, date_time_only, std::move(lines));
        return;
    }
    // A line that is only a date ("**Wednesday, October 13**", "*Tuesday*") sets the day of what follows.
    if (date_time_only && !any_time) {
        const std::vector<FoundDateTime>& found = lines.front().dates;  // read before the lines move
        if (!found.empty()) {
            // (Also "## [Title](...)", its abstract, then "- **Date:** March 31st" among its keyed
            // details: the talk's day.)
            const bool keyed_day = current_ && current_->shape == EntryShape::heading && block.kind == BlockKind::list_item &&
                                   key_value(lines.front()).key == DetailKey::time;
            if (current_ && current_->shape == EntryShape::heading && (current_->parts.size() == 1 || keyed_day)) {
                // "## Essential Information" / "June 24th, 2019": the heading's day, and so the day of
                // what its section lists ("**Tuesday**", a table, and under "#### Agenda" too).
                if (auto date = date_part(found.front().value)) set_date_context(*date, section_level());
                attach(block, true, std::move(lines));
                return;
            }
            close_entry();
            if (auto date = date_part(found.front().value)) set_date_context(*date, section_level() + 1);
        }
        return;
    }
    // A time line on its own: the current entry's time, or the next entry's.
    if (date_time_only && any_time) {
        // "# Meeting", "- **When**: June 20, 2024, 16:00-17:00 UTC", then "## Agenda" with "1. 16:10
        // Title": a heading's "When" line with a full date dates and zones its whole section.
        if (current_ && current_->shape == EntryShape::heading && key_value(lines.front()).key == DetailKey::time) {
            for (const auto& f : lines.front().dates) {
                if (!f.value.has_date() || !f.value.has_time()) continue;
                if (auto day = date_part(f.value)) set_date_context(*day, section_level());
                if (!f.value.zone.empty()) set_zone_context(f.value.zone, section_level());
                break;
            }
        }
        // Nothing attached yet but date lines ("#### Office Hour", "Date: ...", "Time: ...").
        const bool only_dates_attached = current_ && std::all_of(current_->parts.begin() + 1, current_->parts.end(),
                                                                 [](const EntryPart& p) { return p.time_only; });
        // ("**Title - Ana Li, Acme**", its abstract, "- Find the session here: …", then "- **Thursday,
        // May 6, 2021** from **11.35 - 12.10**": the details listed under a titled paragraph.)
        const bool details_of_paragraph = current_ && current_->shape == EntryShape::paragraph && block.kind == BlockKind::list_item &&
                                          block.list_depth <= 1 && !current_->context.pending_time;
        // (A time paragraph after a list is no item's: "- a bullet of an abstract", then "**10:30am -
        // 11:30am MST**" over the next talk's heading.)
        const bool after_list = current_ && current_->shape == EntryShape::list_item && block.list_item < 0;
        // ("### Title", "- **Speakers:** Ana Li", "- **Room:** 4", "- **Time:** 13:00 - 13:15": a keyed time
        // among the heading's keyed details is its own.)
        const bool keyed_detail = current_ && current_->shape == EntryShape::heading && current_->parts.size() > 1 &&
                                  block.kind == BlockKind::list_item && current_->parts.back().list_item &&
                                  key_value(lines.front()).key == DetailKey::time && [&] {
                                      const std::string_view last = current_->lines[current_->parts.back().first_line].text;
                                      const std::size_t colon = last.find(": ");
                                      return colon != std::string_view::npos && colon <= 24;
                                  }();
        const bool current_lacks_time = current_ && !after_list && (only_dates_attached || details_of_paragraph || keyed_detail) &&
                                        !current_->context.pending_time &&
                                        (current_->shape == EntryShape::heading || current_->parts.size() > 1 ||
                                         !current_->lines.back().date_time_only);
        if (current_lacks_time) {
            bool head_has_time = false;
            for (std::size_t i = 0; i < current_->lines.size() && !head_has_time; ++i) {
                for (const auto& f : current_->lines[i].dates) head_has_time |= f.value.has_time();
            }
            if (!head_has_time) {
                attach(block, true, std::move(lines));
                // The line's dates, now the attached part's first line's (not copied before the move).
                const std::vector<FoundDateTime>& found = current_->lines[current_->parts.back().first_line].dates;
                // "### December Meetup", "- Date: 4 December, 2019 at 17:45 - 21:00", then "#### Agenda":
                // a heading's full date dates everything in its section.
                if (current_->shape == EntryShape::heading) {
                    for (const auto& f : found) {
                        if (!f.value.has_date()) continue;
                        if (auto day = date_part(f.value)) set_date_context(*day, section_level());
                        break;
                    }
                    // ... and the zone its hours are written in ("Time: 6pm - 9pm ET") is the zone
                    // of the section's times.
                    const EntryPart& part = current_->parts.back();
                    for (std::size_t i = part.first_line; i < part.first_line + part.line_count; ++i) {
                        const auto zoned = std::find_if(current_->lines[i].dates.begin(), current_->lines[i].dates.end(),
                                                        [](const FoundDateTime& f) { return f.value.has_time() && !f.value.zone.empty(); });
                        if (zoned == current_->lines[i].dates.end()) continue;
                        set_zone_context(zoned->value.zone, section_level());
                        break;
                    }
                }
                // Under a heading, the time may as well be the next entry's ("### Day 1", "09:00 -
                // 09:30", "[Talk](...)"): it is the heading's only if no entry opens right after it.
                if (current_->shape == EntryShape::heading) {
                    for (const auto& f : found) {
                        if (f.value.has_time()) {
                            pending_time_ = f.value;
                            pending_time_line_ = block.first_line();
                            pending_time_block_ = index;
                            heading_time_tentative_ = true;
                            break;
                        }
                    }
                }
                return;
            }
        }
        std::vector<FoundDateTime> found;
        for (const EntryLine& l : lines) found.insert(found.end(), l.dates.begin(), l.dates.end());
        DateTimeText value = found.empty() ? DateTimeText{} : found.front().value;
        for (const auto& f : found) {
            if (f.value.has_time()) {
                value = f.value;
                break;
            }
        }
        if (found.size() > 1 && !value.has_date()) {
            // "June 24th, 2019" above "9am to 4pm" in one block: the date of the first line joins the time.
            for (const auto& f : found) {
                if (f.value.has_date()) value.month = f.value.month, value.day = f.value.day, value.year = f.value.year;
            }
        }
        // Consecutive time lines ("- **Wednesday:** 3:15pm - 8:00pm", "- **Thursday:** ...") are a
        // list of hours, not one talk's time.
        pending_time_run_ = pending_time_ && pending_time_block_ + 1 == index ? pending_time_run_ + 1 : 1;
        pending_time_ = value;
        pending_time_line_ = block.first_line();
        pending_time_block_ = index;
        return;
    }

    // A time line just above a paragraph that links a session page opens that paragraph as the
    // session ("**5:45 PM**", "Afterwards, Lance Ball will be giving a [talk](...) on ...").
    bool linked_after_time = false;
    if (pending_time_ && pending_time_block_ + 1 == index) {
        for (const EntryLine& l : lines) linked_after_time |= links_session_page(l);
    }
    // ... and so does a short text of its own in an HTML schedule's row ("<time>9:00 AM</time>" /
    // "<div>Opening introduction</div>"): the page's layout puts each piece in its own element.
    bool html_row_after_time = false;
    if (block.from_html && pending_time_ && pending_time_block_ + 1 == index && block.kind == BlockKind::paragraph &&
        lines.size() == 1 && lines.front().dates.empty()) {
        const std::string_view line = text::trim(lines.front().text);
        html_row_after_time = line.size() <= 160 && has_letter_or_digit(line) && line.back() != '.';
    }
    // ... and so do the details right under a time-only heading or time line: "### Tuesday 4/25 at
    // 4:00-4:50", then "**Speaker:** Ana Li (NAU)", "**Title:** ...", "**Abstract:** ...".
    const bool details_after_time = !current_ && pending_time_ && pending_time_block_ + 1 == index && block.list_item < 0 &&
                                    !lines.empty() && key_value(lines.front()).key != DetailKey::none;
    const bool record = is_record_block(lines) && !(current_ && current_->shape == EntryShape::heading && current_->parts.size() == 1);
    // "On **March 10th 2021 16:00 - 21:00 UTC** the first summit will take place.": the event's day
    // and hours, an intro, not a session.
    // (Asked only of a block that would open an entry and writes a date: every paragraph comes here,
    // abstracts too.)
    auto event_sentence = [&] {
        return block.kind == BlockKind::paragraph && block.list_item < 0 && lines.size() <= 3 &&
               std::any_of(lines.begin(), lines.end(), [](const EntryLine& l) {
                   return std::any_of(l.dates.begin(), l.dates.end(), [](const FoundDateTime& f) { return f.value.has_date(); });
               }) &&
               says_when_event_is(block.text) && std::none_of(lines.begin(), lines.end(), links_session_page);
    };
    // "#### [Title](https://sched.co/x)", then "**Ana Li, Acme**" / "Tuesday April 1, 2025 09:24 - 09:29
    // BST" / "[Room](.../venue/...)": the details of the talk the heading links, no talk of their own.
    auto details_of_linked_heading = [&] {
        if (!current_ || current_->shape != EntryShape::heading || current_->parts.size() != 1 || block.kind != BlockKind::paragraph ||
            block.list_item >= 0 || lines.size() < 2 || !links_session_page(current_->lines.front())) {
            return false;
        }
        const EntryLine& first = lines.front();
        if (first.strong.empty() || first.strong.front().begin > 0 || !first.links.empty()) return false;
        const std::string_view bold = text::trim(first.text);
        return first.strong.front().end + 2 >= first.text.size() && !parse_speakers(bold).empty();
    };
    // "### Elixir for Rubyists", then "[Ana Li](https://ana.example) is going to tell us about ...":
    // a sentence about the heading's talk that opens with its speaker's link, not a talk of its own.
    auto presenter_sentence = [&] {
        if (!current_ || current_->shape != EntryShape::heading || current_->parts.size() != 1 || block.kind != BlockKind::paragraph ||
            block.list_item >= 0 || lines.empty() || lines.front().links.empty() || lines.front().links.front().begin > 0) {
            return false;
        }
        const EntryLine& first = lines.front();
        const std::string_view label = std::string_view(first.text).substr(first.links.front().begin, first.links.front().end - first.links.front().begin);
        const std::string_view after = std::string_view(first.text).substr(first.links.front().end);
        static constexpr std::string_view verbs[] = {" is ", " will ", " talks ", " presents ", " shares ", " gives ", " joins ", " shows "};
        return text::trim(label).find(' ') != std::string_view::npos && looks_like_person_name(text::trim(label)) &&
               std::any_of(std::begin(verbs), std::end(verbs), [&](std::string_view v) { return text::starts_with(after, v); });
    };
    // "### Azure Identity", then "_11:30 AM - 12:45 PM_: [Rory Ng](presenters.html#rory-ng)": the
    // heading talk's time and speakers on one line, not a talk of its own.
    auto time_and_speakers_of_heading = [&] {
        if (!current_ || current_->shape != EntryShape::heading || current_->parts.size() != 1 || block.kind != BlockKind::paragraph ||
            block.list_item >= 0 || lines.empty()) {
            return false;
        }
        return !speakers_after_leading_time(lines.front()).empty();
    };
    // "* Hear the [past and future of concurrency](https://fosdem.org/.../event/x/) from Ana Li": a list
    // item that links a session page anywhere in its first line is a talk of its own.
    // (Not a key's line: "- Title: **[Title](...)**" under a talk's heading is one of its details.)
    const bool linked_item = block.kind == BlockKind::list_item && !lines.empty() && links_session_page(lines.front()) &&
                             key_value(lines.front()).key == DetailKey::none;
    // "- [Title](...)" / "  - Ana Li, Bo Chen" / "  - 09:00 - Room 106": a time and a room nested
    // under a talk's item are its time and place, no talk of their own.
    auto nested_time_and_place = [&] {
        if (!current_ || current_->shape != EntryShape::list_item || block.kind != BlockKind::list_item ||
            block.list_depth <= current_->list_depth || lines.size() != 1 || lines.front().dates.empty() ||
            !lines.front().dates.front().value.has_time() || lines.front().dates.front().begin > 1) {
            return false;
        }
        const EntryLine& line = lines.front();
        const std::string_view rest = trim_separators(std::string_view(line.text).substr(line.dates.front().end));
        return rest.empty() || names_place(rest);
    };
    const bool opener = (opens_entry(block, lines) || linked_after_time || html_row_after_time || details_after_time || record || linked_item) &&
                        !event_sentence() && !details_of_linked_heading() && !presenter_sentence() && !nested_time_and_place() &&
                        !time_and_speakers_of_heading();
    if (heading_time_tentative_) {
        heading_time_tentative_ = false;
        const bool taken = opener && pending_time_ && pending_time_block_ + 1 == index && current_ &&
                           current_->shape == EntryShape::heading && current_->parts.size() == 2;
        if (taken) {
            // The time line belongs to the entry that opens now: take it back from the heading.
            current_->lines.resize(current_->parts.back().first_line);
            current_->parts.pop_back();
        } else {
            pending_time_.reset();
        }
    }
    // "- 17:40 - 18:15 Lightning talks:" with items nested under it: each item a talk at its time.
    if (block.kind == BlockKind::list_item && current_ && current_->shape == EntryShape::list_item &&
        block.list_depth > current_->list_depth && current_->parts.size() == 1 && current_->lines.size() == 1) {
        const EntryLine& head = current_->lines.front();
        const std::string_view label = text::trim(head.text);
        if (!head.dates.empty() && head.dates.front().value.has_time() && head.dates.front().begin <= 1 && text::ends_with(label, ":") &&
            head.links.empty()) {
            container_time_ = TimeScope{block.list_depth - 1, head.dates.front().value, current_->line};
            current_->heads_items = true;
            close_entry();
        }
    }
    if (block.kind == BlockKind::list_item || loose_item_start) {
        // "- All times are Mountain Daylight Time, UTC-6": the zone of what follows.
        if (!opener) {
            if (const std::string zone = stated_zone(block.text); !zone.empty()) {
                set_zone_context(zone, section_level());
                note_stated_zone(zone);
            }
        }
        if (current_) {
            const bool same_item = block.list_item == current_list_item_ && current_->shape == EntryShape::list_item;
            // "- February 2026" / "  - [Ana Li](profile)" / "    - Title": a person's item nested in
            // another item is a talk of its own, its title nested under it.
            const bool person_item = block.kind == BlockKind::list_item && lines.size() == 1 && lines.front().links.size() == 1 &&
                                     lines.front().links.front().kind == LinkKind::profile && [&] {
                                         const EntryLine& line = lines.front();
                                         const std::string_view label = text::trim(std::string_view(line.text).substr(
                                             line.links.front().begin, line.links.front().end - line.links.front().begin));
                                         return label == text::trim(line.text) && label.find(' ') != std::string_view::npos &&
                                                looks_like_person_name(label) && !looks_like_org(label);
                                     }();
            // "* [25th Meetup](…)" / "  * Ana Li and Bo Chen on [Title](slides)": a talk nested
            // under its meetup's item, the speakers first.
            const bool names_on_item = block.kind == BlockKind::list_item && !lines.empty() && !lines.front().links.empty() && [&] {
                const EntryLine& line = lines.front();
                const std::string_view pre = text::trim(std::string_view(line.text).substr(0, line.links.front().begin));
                return pre.size() > 3 && pre.size() <= 80 && text::ends_with(pre, " on") &&
                       all_named_in_full(parse_speakers(pre.substr(0, pre.size() - 3)));
            }();
            const bool nested_detail = current_->shape == EntryShape::list_item && block.list_depth > current_->list_depth && !opener &&
                                       !person_item && !names_on_item;
            // Bullets after a paragraph entry are its abstract; after a heading they are entries of
            // their own, unless they are the heading's key/value lines ("- When: ...", "- Speaker: ...").
            const bool abstract_bullet = current_->shape == EntryShape::paragraph && !opener;
            const bool heading_detail = current_->shape == EntryShape::heading && !opener && is_detail_line(block);
            // A talk's heading with its details ("Speaker: ...") and prose ("... this talk will
            // discuss:"), then bullets that open no entry: the list is its abstract too. (Under a
            // heading without details, "## Agenda", such bullets are entries.)
            auto has_detail = [&] {
                for (std::size_t i = current_->head_line_count(); i < current_->lines.size(); ++i) {
                    if (key_value(current_->lines[i]).key != DetailKey::none) return true;
                }
                return false;
            };
            const bool introduced = current_->shape == EntryShape::heading && !opener && current_->parts.size() > 1 &&
                                    (introduced_list_ || (!current_->parts.back().list_item && !current_->parts.back().time_only && has_detail()));
            introduced_list_ = introduced;
            if (same_item || nested_detail || abstract_bullet || heading_detail || introduced) {
                attach(block, false, std::move(lines));
                return;
            }
        }
        close_entry();
        open_entry(EntryShape::list_item, block, std::move(lines));
        if (pending_time_ && pending_time_block_ + 1 == index) {
            current_->context.pending_time = pending_time_;
            current_->context.pending_time_line = pending_time_line_;
        }
        pending_time_.reset();
        return;
    }
    // Paragraphs (and block quotes).
    if (current_ && block.list_item >= 0 && block.list_item == current_list_item_) {
        // A loose list item's later paragraph, unless it opens a talk under a first paragraph
        // that only introduced it ("- Attend our session", "  [Title](...)", "  Wednesday 15:25").
        bool introduced_only = opener;
        for (const EntryLine& l : current_->lines) {
            if (!introduced_only) break;
            introduced_only = !links_session_page(l) && std::none_of(l.dates.begin(), l.dates.end(), [](const FoundDateTime& f) { return f.value.has_time(); });
        }
        if (!introduced_only) {
            attach(block, false, std::move(lines));
            return;
        }
    }
    if (opener) {
        close_entry();
        // A loose list item's text arrives as a paragraph inside the item: it is a list item's entry.
        open_entry(block.list_item >= 0 ? EntryShape::list_item : EntryShape::paragraph, block, std::move(lines));
        if (pending_time_ && pending_time_block_ + 1 == index) {
            current_->context.pending_time = pending_time_;
            current_->context.pending_time_line = pending_time_line_;
        }
        pending_time_.reset();
        return;
    }
    // A paragraph after a list of several talks is the post's again ("See you there!"), not the
    // last talk's abstract.
    const bool after_list = block.list_item < 0 && listed_entries_ >= 2;
    if (block.list_item < 0) listed_entries_ = 0;
    if (after_list && current_ && current_->shape == EntryShape::list_item) close_entry();
    if (current_ && current_->shape != EntryShape::heading) {
        attach(block, false, std::move(lines));
        return;
    }
    // A paragraph that opens nothing: an intro. One date in it sets the day of what follows
    // ("Join us on Monday, November 10, for a morning of talks").
    // "On **March 10th 2027 16:00 - 21:00 UTC** the summit will take place.": the event's day, its
    // hours no heading's time.
    const bool event_day = block.quote_depth == 0 && event_sentence();
    if (block.quote_depth == 0 && block.list_item < 0) {
        // (Not a byline's date, nor a deadline's: "The call for proposals ended September 1st.")
        std::optional<DateTimeText> date = single_date_of(lines);
        // (Asked only of a paragraph that dates something: every paragraph comes here.)
        const bool other_day = (date || event_day) && (is_byline(lines) || says_deadline(block.text));
        if (other_day) date.reset();
        for (std::size_t i = 0; i < lines.size() && event_day && !other_day && !date; ++i) {
            for (const auto& f : lines[i].dates) {
                if (!f.value.has_date()) continue;
                date = f.value;
                break;
            }
        }
        if (date) {
            if (auto day = date_part(*date)) set_date_context(*day, section_level() + 1, true);
        }
        if (const std::string zone = stated_zone(block.text); !zone.empty()) {
            set_zone_context(zone, section_level());
            note_stated_zone(zone);
        }
        else if (const std::string written = written_zone(block.text); !written.empty()) set_zone_context(written, section_level());
        else if (const std::string given = zone_of_times(lines); !given.empty()) set_zone_context(given, section_level());
    }
    if (current_ && !event_day) attach(block, false, std::move(lines));  // the body of a heading entry
}

bool EntryBuilder::take_time_lines(const Block& block, const std::vector<EntryLine>& lines) {
    if (block.kind != BlockKind::paragraph || block.list_item >= 0 || lines.size() < 2) return false;
    // A list item's lines stay one entry: its item number ties them together.
    std::vector<std::size_t> starts;
    for (const EntryLine& line : lines) {
        if (line.date_time_only || line.dates.empty() || !line.dates.front().value.has_time()) continue;
        const std::size_t lead = line.text.find_first_not_of(" \t");
        if (line.dates.front().begin > lead + 3 || !has_letter_or_digit(std::string_view(line.text).substr(line.dates.front().end))) continue;
        starts.push_back(line.block_line);
    }
    if (starts.size() < 2) return false;
    if (starts.front() > 0) starts.insert(starts.begin(), 0);  // a label above the first time
    starts.push_back(static_cast<std::size_t>(std::count(block.text.begin(), block.text.end(), '\n')) + 1);
    for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
        if (starts[k] < starts[k + 1]) take(block_part(block, starts[k], starts[k + 1]));
    }
    return true;
}

bool EntryBuilder::take_linked_talks(const Block& block) {
    if (block.kind != BlockKind::paragraph && block.kind != BlockKind::list_item) return false;
    if (block.links.size() < 2) return false;
    if (text::find_by(block.text, " by ", 1) == std::string::npos || block.list_item >= 0) return take_mentioned_talks(block);
    const std::string_view text = block.text;
    std::vector<std::size_t> talks;  // indices of the links that name a talk and its speakers
    for (std::size_t k = 0; k < block.links.size(); ++k) {
        const InlineLink& link = block.links[k];
        if (link.end + 5 > text.size() || text.compare(link.end, 4, " by ") != 0 || !text::is_ascii_upper(text[link.end + 4])) continue;
        if (link_kind(link.href) == LinkKind::session_page) talks.push_back(k);
    }
    if (talks.size() < 2) return false;
    for (std::size_t t = 0; t < talks.size(); ++t) {
        const InlineLink& link = block.links[talks[t]];
        // To the end of its names: the next talk's link, the sentence's or the line's end.
        std::size_t end = t + 1 < talks.size() ? block.links[talks[t + 1]].begin : text.size();
        end = std::min({end, text.find('\n', link.end), text.find(" + ", link.end)});
        // ... or the end of its sentence ("Bradley M. Kuhn." ends at its second period).
        if (const std::size_t dot = text::sentence_end(text, link.end); dot < end) end = dot + 1;
        // The names end at the first word in lower case that joins no names ("by Ana Li and Bo Chen
        // were the most interesting").
        if (link.end + 4 < end) end = link.end + 4 + leading_names_length(text.substr(link.end + 4, end - link.end - 4));
        // "... by Ana Li and [Next](...)", "..., [Next]": the joining word goes with neither.
        std::string_view part = text::trim(text.substr(link.begin, end - link.begin));
        for (std::string_view join : {" and", ",", " &"}) {
            if (text::ends_with(part, join)) part.remove_suffix(join.size());
        }
        take(block_range(block, link.begin, link.begin + part.size()));
    }
    return true;
}

bool EntryBuilder::take_mentioned_talks(const Block& block) {
    // "... [Deploying in Classified Environments](https://sched.co/1R2m3) and [Software Delivery in
    // Regulated Environments](https://sched.co/1R2si) sessions. I always find ...": the talks a
    // sentence names by their pages, each with the text up to the next.
    std::vector<std::size_t> talks;
    for (std::size_t k = 0; k < block.links.size(); ++k) {
        const InlineLink& link = block.links[k];
        const std::string_view label = std::string_view(block.text).substr(link.begin, link.end - link.begin);
        if (link_kind(link.href) == LinkKind::session_page && !is_generic_link_text(label) && label.find('\n') == std::string_view::npos) {
            talks.push_back(k);
        }
    }
    if (talks.size() < 2 || std::string_view(block.text).substr(0, block.links[talks[0]].begin).find('\n') != std::string_view::npos) return false;
    // The text before the first link ("- 🌟 A few beginner sessions: ") introduces them.
    for (std::size_t t = 0; t < talks.size(); ++t) {
        const std::size_t begin = block.links[talks[t]].begin;
        const std::size_t end = t + 1 < talks.size() ? block.links[talks[t + 1]].begin : block.text.size();
        Block part = block_range(block, begin, end);
        part.kind = BlockKind::paragraph;  // each its own entry, not one list item's lines
        part.list_item = -1;
        take(part);
    }
    return true;
}

void EntryBuilder::take_heading(const Block& block, std::vector<EntryLine>& lines) {
    // "### Title", "#### Speaker", "Ana Li, Acme", "#### Topic Details", "...": a sub-heading that
    // only names a detail labels the block under it, as "Speaker: Ana Li, Acme" would.
    detail_label_ = {};
    if (current_ && current_->shape == EntryShape::heading && !headings_.empty() && block.heading_level > headings_.back().first) {
        // (Only who and what: a "When" or "Location" under the post's title is the event's.)
        const DetailKey key = detail_key_of(block.text);
        if (key == DetailKey::speakers || key == DetailKey::abstract || key == DetailKey::title || key == DetailKey::bio) {
            const std::string_view label = canonical_detail_label(key);
            detail_label_ = label;
            return;
        }
    }
    // "### Keynote: [Title](https://sched.co/x), Ana Li, Acme", then "#### 14:40 - 15:10 CET, Thursday
    // 14th March" or "#### 13:35 - 13:55 CET, [Hall 7 | Room E05](.../venue/...)": a sub-heading that
    // is the linked talk's day, time and room is its time line, no section of its own.
    if (current_ && current_->shape == EntryShape::heading && current_->parts.size() == 1 && !headings_.empty() &&
        block.heading_level > headings_.back().first && lines.size() == 1 && links_session_page(current_->lines.front()) &&
        std::none_of(current_->lines.front().dates.begin(), current_->lines.front().dates.end(),
                     [](const FoundDateTime& f) { return f.value.has_time(); })) {
        const EntryLine& line = lines.front();
        const std::size_t lead = line.text.find_first_not_of(" \t");
        if (!line.dates.empty() && line.dates.front().value.has_time() && line.dates.front().begin <= lead + 1) {
            // What is left besides the dates: nothing, or a link (the room's page).
            std::string rest;
            std::size_t at = 0;
            for (const auto& f : line.dates) {
                if (f.begin > at) rest.append(line.text, at, f.begin - at);
                at = std::max(at, f.end);
            }
            rest.append(line.text, std::min(at, line.text.size()));
            std::string_view bare = trim_separators(rest);
            const bool only_link = line.links.size() == 1 &&
                                   text::trim(std::string_view(line.text).substr(line.links.front().begin, line.links.front().end - line.links.front().begin)) == bare;
            if (bare.empty() || only_link) {
                attach(block, true, std::move(lines));
                return;
            }
        }
    }
    // A time line just above a heading: the time of the talk whose block it closes ("## Title",
    // speakers, abstract, links, "July 27 at 09:00am EDT"), when that talk is a sibling heading
    // without a time; else the time of the heading that opens now ("**09:00**", "## Title").
    // (A time line under the open heading, already its own, is neither.)
    const bool time_just_above = pending_time_ && pending_time_block_ + 2 == block_index_ && !heading_time_tentative_;
    heading_time_tentative_ = false;
    const bool sibling = !headings_.empty() && headings_.back().first == block.heading_level;
    if (time_just_above && sibling && claim_trailing_time()) pending_time_.reset();
    std::optional<DateTimeText> time_above;
    if (time_just_above && pending_time_ && pending_time_run_ == 1) time_above = pending_time_;
    const int time_above_line = pending_time_line_;
    close_entry();
    pending_time_.reset();
    const std::string heading = text::collapse_spaces(block.text);
    if (first_title_.empty() && block.heading_level == 1) first_title_ = heading;
    while (!headings_.empty() && headings_.back().first >= block.heading_level) headings_.pop_back();
    while (!dates_.empty() && dates_.back().level >= block.heading_level &&
           !(dates_.back().intro && dates_.back().level == block.heading_level)) {
        dates_.pop_back();
    }
    while (!zones_.empty() && zones_.back().level >= block.heading_level) zones_.pop_back();
    // The heading's own date, weekday or zone holds for its section ("## Tuesday, October 25
    // (GitOpsCon)", "### Wednesday, November 13, 2024 (MST)", "### Monday Schedule").
    // Found by block_lines already, unless collapsing the spaces moved them.
    std::vector<FoundDateTime> found = lines.size() == 1 && lines.front().text == heading ? lines.front().dates : find_date_times(heading);
    // "### 2. Wednesday 22th May": a numbered heading's date follows its number.
    std::size_t numbered = 0;  // the number's length with its '.' and space
    if (found.empty()) {
        numbered = heading_number_length(heading, 3);
        if (numbered > 0) {
            found = find_date_times(std::string_view(heading).substr(numbered));
            for (auto& f : found) f.begin += numbered, f.end += numbered;
        }
    }
    for (const auto& f : found) {
        if (f.value.has_time()) continue;
        if (auto date = date_part(f.value)) {
            set_date_context(*date, block.heading_level);
            break;
        }
    }
    // "### Day 1 (5/17) - Case Studies": a month and day in parentheses, when their order is plain
    // (one of them over 12).
    if (found.empty()) {
        if (auto date = parenthesized_month_day(heading)) set_date_context(*date, block.heading_level);
    }
    // "## All times are in PST": a heading that only says so holds for its siblings too.
    if (const std::string zone = stated_zone(heading); !zone.empty()) {
        // ("###### **Note:** All times below are in Eastern Daylight Time (EDT)" too.)
        const std::string lower = text::ascii_lower(text::trim_chars(heading, "*_ "));
        const bool statement = lower.find("all times") != std::string::npos || text::starts_with(lower, "times ");
        set_zone_context(zone, statement ? section_level() : block.heading_level);
        note_stated_zone(zone);
    }
    // The heading may itself be a session, if the lines under it give its time: read it as an entry.
    // A heading that starts with a date ("## Tuesday, March 19, 2024", "## Tuesday, October 25
    // KubeCon") is the day of what follows.
    bool day_heading = false;
    // "### Day 1: Monday, November 11": the day's number before its date.
    std::size_t day_label = 0;
    if (text::istarts_with(heading, "day ")) {
        std::size_t at = 4;
        while (at < heading.size() && text::is_ascii_digit(heading[at])) ++at;
        if (at > 4) day_label = static_cast<std::size_t>(trim_separators(std::string_view(heading).substr(at)).data() - heading.data());
    }
    for (const auto& f : found) {
        day_heading = f.begin <= std::max(numbered, day_label) + 1 && !f.value.has_time() && (f.value.has_date() || f.value.weekday);
        // "### March 4, 2026 — Release planning for 3.0": a dated title is an entry too (the date
        // still holds for its section); a bare label after the date ("KubeCon") is not a title.
        if (day_heading) {
            const std::string_view after = text::trim(std::string_view(heading).substr(f.end));
            for (std::string_view sep : {"\xE2\x80\x94 ", "\xE2\x80\x93 ", "- ", ": ", "| "}) {
                if (!text::starts_with(after, sep)) continue;
                const std::string_view title = text::trim(after.substr(sep.size()));
                if (std::count(title.begin(), title.end(), ' ') >= 1) day_heading = false;
                break;
            }
        }
        break;
    }
    const bool date_time_only = !found.empty() && only_separators_besides(heading, found);  // is_date_time_only, found once
    if (section_time_ && section_time_->level >= block.heading_level) section_time_.reset();
    // "#### 1-3pm Sessions", "### 14:00 Breakouts", "### Afternoon Breakout Tracks: 2:45pm - 3:45pm.":
    // a time over a group of sessions, each listed below without one of its own. The heading is no
    // session itself.
    if (found.size() == 1 && found.front().value.has_time() && !found.front().value.has_date()) {
        static constexpr text::WordList groups("sessions|breakouts|workshops|talks|tracks|birds of a feather");
        const std::string_view before = text::trim_chars(std::string_view(heading).substr(0, found.front().begin), " :-*_.");
        const std::string_view after = text::trim_chars(std::string_view(heading).substr(found.front().end), " :-*_.");
        const std::string_view label = before.empty() ? after : after.empty() ? before : std::string_view();
        const std::string_view last = label.substr(label.rfind(' ') == std::string_view::npos ? 0 : label.rfind(' ') + 1);
        const std::size_t words = static_cast<std::size_t>(std::count(label.begin(), label.end(), ' ')) + 1;
        if (!label.empty() && words <= 4 && groups.contains(last)) {
            section_time_ = TimeScope{block.heading_level, found.front().value, block.first_line()};
            headings_.emplace_back(block.heading_level, heading);
            when_section_ = false;
            return;
        }
    }
    if (!day_heading && !date_time_only) {
        open_entry(EntryShape::heading, block, std::move(lines));
        if (time_above) {
            current_->context.pending_time = time_above;
            current_->context.pending_time_line = time_above_line;
        }
    }
    // "### 2:00pm - 3:00pm" / "> **Talk session by Ana & Bo**": a heading that is only a time is the
    // time of the entry that opens right under it. A day with one time and no end ("### Monday,
    // March 26, 2018, 5pm") is a day and when its meeting starts: the day of what follows.
    if (date_time_only) {
        // "## June 4, 2024, 9am-5pm EDT": the zone the day's hours are written in is its sessions'.
        for (const auto& f : found) {
            if (f.value.has_time() && !f.value.zone.empty()) {
                set_zone_context(f.value.zone, block.heading_level);
                break;
            }
        }
        for (const auto& f : found) {
            if (!f.value.has_time()) continue;
            if ((f.value.has_date() || f.value.weekday) && !f.value.end_minute) {
                if (auto date = date_part(f.value)) set_date_context(*date, block.heading_level);
                break;
            }
            // "## June 4, 2024 9:00 - 17:00 CEST": the day of what follows, too.
            if (f.value.has_date()) {
                if (auto date = date_part(f.value)) set_date_context(*date, block.heading_level);
            }
            pending_time_ = f.value;
            pending_time_line_ = block.first_line();
            pending_time_block_ = block_index_ - 1;
            pending_time_run_ = 1;
            break;
        }
    }
    headings_.emplace_back(block.heading_level, heading);
    when_section_ = detail_key_of(heading) == DetailKey::time;
}

bool EntryBuilder::claim_trailing_time() {
    if (pending_time_run_ > 1 || !current_ || current_->shape != EntryShape::heading || current_->parts.size() < 2 || current_->context.pending_time) return false;
    for (const EntryLine& line : current_->lines) {
        for (const auto& f : line.dates) {
            if (f.value.has_time()) return false;
        }
    }
    current_->context.pending_time = pending_time_;
    current_->context.pending_time_line = pending_time_line_;
    return true;
}

void EntryBuilder::open_entry(EntryShape shape, const Block& block, std::vector<EntryLine> lines) {
    current_.emplace();
    Entry& entry = *current_;
    entry.shape = shape;
    entry.context = context_now();
    // (A group heading's time is only its own items': the top-level items right under it, not the
    // notes nested in them nor what later sub-headings list.)
    const bool in_group = section_time_ && shape == EntryShape::list_item && block.list_depth <= 1 && !headings_.empty() &&
                          headings_.back().first == section_time_->level;
    if (const std::optional<TimeScope>& scope = container_time_ ? container_time_ : in_group ? section_time_ : std::nullopt) {
        entry.context.pending_time = scope->time;
        entry.context.pending_time_line = scope->line;
    }
    entry.list_depth = block.list_depth;
    entry.line = block.first_line();
    entry.lines = std::move(lines);
    // Room for the blocks most entries attach (a time line, an abstract, a detail list): one
    // allocation each instead of a vector growing block by block.
    entry.lines.reserve(entry.lines.size() + 4);
    entry.parts.reserve(4);
    entry.parts.push_back(EntryPart{0, entry.lines.size(), block.quote_depth, false, false});
    current_list_item_ = shape == EntryShape::list_item || block.list_item >= 0 ? block.list_item : -1;
    if (block.list_item >= 0) ++listed_entries_;
}

void EntryBuilder::attach(const Block& block, bool time_only, std::vector<EntryLine> lines) {
    Entry& entry = *current_;
    EntryPart part{entry.lines.size(), lines.size(), block.quote_depth, block.kind == BlockKind::list_item, time_only};
    for (auto& line : lines) entry.lines.push_back(std::move(line));
    entry.parts.push_back(part);
    spare_lines_ = std::move(lines);  // its storage serves the next block's lines (block_lines)
}

void EntryBuilder::close_entry() {
    if (!current_) return;
    Entry entry = std::move(*current_);
    current_.reset();
    current_list_item_ = -1;
    introduced_list_ = false;
    if (!entry.lines.empty()) sink_.take(std::move(entry));
}

void EntryBuilder::take_table_cell(const Block& block) {
    if (!table_.empty() && table_.back().table != block.table) flush_table();
    if (table_.empty()) {
        close_entry();
        pending_time_.reset();
    }
    note_dates(block_lines(block), block.first_line(), false);
    table_.push_back(block);
}

namespace {

// What a table column holds, from its header. A header made only of role words ("Time",
// "Speaker & Title", "Room", "Slides") types the column; any other header ("River room",
// "Presentation Area", "Saturday") names a room or a day whose sessions fill the column.
// kind: "Format", "Type" (a session's kind per row); other: a column the reader does not use
// ("Length", "Email", "#") and that is no grid column.
enum class ColumnRole { time, title, speaker, room, track, resource, day, kind, other, org, content };

ColumnRole role_of_header(std::string_view header) {
    for (const auto& f : find_date_times(header)) {
        if (!f.value.has_time() && (f.value.has_date() || f.value.weekday)) return ColumnRole::day;
    }
    // Headers in the other languages of the posts we read (German, French, Spanish, Portuguese,
    // Polish, Japanese), whole.
    {
        // One list of names per role (an array of pairs stores a pointer, a length and a role per
        // name); no name is in two lists. The Japanese ones: 開始, 開始時間, 終了, 終了時間, 時間;
        // セッション, タイトル, 内容, 題目, 演題, テーマ; 登壇者, 発表者, 講師; 会場.
        static constexpr std::pair<ColumnRole, text::WordList> translated[] = {
            {ColumnRole::time, text::WordList{
                "zeit|uhrzeit|beginn|ende|heure|horaire|hora|horario|hor\xC3\xA1rio|godzina|fin|\xE9\x96\x8B\xE5\xA7\x8B|"
                "\xE9\x96\x8B\xE5\xA7\x8B\xE6\x99\x82\xE9\x96\x93|\xE7\xB5\x82\xE4\xBA\x86|"
                "\xE7\xB5\x82\xE4\xBA\x86\xE6\x99\x82\xE9\x96\x93|\xE6\x99\x82\xE9\x96\x93"}},
            {ColumnRole::title, text::WordList{
                "titel|vortrag|thema|titre|t\xC3\xADtulo|charla|palestra|tytu\xC5\x82|temat|"
                "\xE3\x82\xBB\xE3\x83\x83\xE3\x82\xB7\xE3\x83\xA7\xE3\x83\xB3|\xE3\x82\xBF\xE3\x82\xA4\xE3\x83\x88\xE3\x83\xAB|"
                "\xE5\x86\x85\xE5\xAE\xB9|\xE9\xA1\x8C\xE7\x9B\xAE|\xE6\xBC\x94\xE9\xA1\x8C|\xE3\x83\x86\xE3\x83\xBC\xE3\x83\x9E"}},
            {ColumnRole::speaker, text::WordList{
                "referent|referentin|sprecher|intervenant|orateur|ponente|palestrante|prelegent|"
                "\xE7\x99\xBB\xE5\xA3\x87\xE8\x80\x85|\xE7\x99\xBA\xE8\xA1\xA8\xE8\x80\x85|\xE8\xAC\x9B\xE5\xB8\xAB"}},
            {ColumnRole::kind, text::WordList{"tipo|formato|typ"}},
            {ColumnRole::other, text::WordList{"dauer"}},
            {ColumnRole::room, text::WordList{"raum|saal|salle|sala|\xE4\xBC\x9A\xE5\xA0\xB4"}},
        };
        const std::string lower = text::ascii_lower(text::trim_chars(header, " *_:"));
        for (const auto& [role, names] : translated) {
            if (names.index_of(lower, false) != std::string_view::npos) return role;
        }
    }
    // One list of header words per role (see `translated`), with words of other languages' headers
    // that are written with others ("Thema/Folien"); no word is in two lists.
    static constexpr std::pair<ColumnRole, text::WordList> vocabulary[] = {
        {ColumnRole::time, text::WordList{
            "time|times|when|hour|date|dates|day|hours|slot|start|end|finish|begin|begins|ends|datum|fecha|data"}},
        {ColumnRole::title, text::WordList{
            "title|titles|session|sessions|talk|talks|topic|topics|presentation|presentations|what|agenda|program|programme|"
            "event|events|activity|name|description|item|items|workshop|workshops|tutorial|tutorials|course|lecture|abstract|"
            "abstracts|thema|titel|vortrag"}},
        {ColumnRole::speaker, text::WordList{
            "speaker|speakers|presenter|presenters|who|host|hosts|panelists|moderator|by|instructor|instructors|facilitator|"
            "facilitators|teacher|teachers|author|authors|lecturer|referent|handle|handles|leader|leaders|owner|owners|lead|leads|"
            "champion|champions|organizer|organizers|organiser|organisers|panelist|moderators|chair|chairs|guest|guests|"
            "mentor|mentors|coordinator|coordinators|convener|conveners"}},
        {ColumnRole::resource, text::WordList{
            "slide|slides|video|videos|recording|recordings|pdf|materials|deck|link|links|resources|folien"}},
        {ColumnRole::room, text::WordList{"room|rooms|location|where|venue|place"}},
        {ColumnRole::track, text::WordList{"track|tracks|theme|themes"}},
        {ColumnRole::kind, text::WordList{"format|type|kind"}},
        {ColumnRole::other, text::WordList{"length|duration|email|mail|contact|no"}},
        {ColumnRole::org, text::WordList{"company|companies|organization|organizations|organisation|organisations|affiliation|"
                                         "affiliations|employer|org"}},
    };
    // Words outside parentheses and attribute braces ("Time (CEST)", "Time {: ^ .table }").
    std::vector<std::string> words;
    std::string word;
    int depth = 0;
    for (std::size_t i = 0; i <= header.size(); ++i) {
        const char c = i < header.size() ? header[i] : ' ';
        if (c == '(' || c == '{') ++depth;
        if ((c == ')' || c == '}') && depth > 0) --depth;
        if (depth == 0 && std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    // "Workshop room", "Main Hall", "Stage B": a room's name over a grid column, whatever other
    // word it has.
    if (words.size() >= 2) {
        const std::string& last = words.back();
        const std::string& first = words.front();
        if (is_place_word(last) || is_place_word(first)) return ColumnRole::content;
    }
    // "Room 100", "Hall 2": a numbered place is one room of a grid, not a column of rooms.
    if (words.size() == 1 && is_place_word(words.front()) && text::find_any(header, "0123456789") != std::string_view::npos) {
        return ColumnRole::content;
    }
    // "| From | To |": a start and an end column (only as the whole header: "Link to slides" is none).
    if (words.size() == 1 && (words[0] == "from" || words[0] == "to" || words[0] == "until")) return ColumnRole::time;
    bool any[static_cast<int>(ColumnRole::content) + 1] = {};
    for (const std::string& w : words) {
        if (w == "and" || w == "the" || w == "of") continue;
        bool known = false;
        for (const auto& [role, names] : vocabulary) {
            if (names.index_of(w, false) != std::string_view::npos) {
                any[static_cast<int>(role)] = true;
                known = true;
                break;
            }
        }
        if (!known) {
            if (any[static_cast<int>(ColumnRole::time)]) return ColumnRole::time;
            return ColumnRole::content;
        }
    }
    // "Session Leader(s)", "Talk host": people, named by the last word (the head noun).
    static_assert(vocabulary[2].first == ColumnRole::speaker, "the people's words are the third list");
    // ("Title & Speaker" names both: read below.)
    const bool joined = header.find('&') != std::string_view::npos || header.find('/') != std::string_view::npos ||
                        std::find(words.begin(), words.end(), "and") != words.end();
    if (words.size() >= 2 && !joined && vocabulary[2].second.index_of(words.back(), false) != std::string_view::npos) return ColumnRole::speaker;
    // "Session type", "Talk format": the kind's column, though "session" names titles.
    for (ColumnRole role : {ColumnRole::time, ColumnRole::kind, ColumnRole::title, ColumnRole::speaker, ColumnRole::resource,
                            ColumnRole::room, ColumnRole::track, ColumnRole::other, ColumnRole::org}) {
        if (any[static_cast<int>(role)]) return role;
    }
    return ColumnRole::content;
}

std::string cell_text(const Block& cell) { return text::collapse_spaces(cell.text); }

// A cell over several columns that holds only a day (`<th colspan="3">2024-06-06</th>`): alone in
// its row, it dates the rows below it and names no column.
bool spans_with_day_only(const Block& cell) {
    bool any_time = false;
    return cell.table_span >= 2 && is_date_time_only(cell_text(cell), &any_time) && !any_time;
}

// The dates and times of a cell in a column of times; there a bare "0900" or "1420" is a 24-hour
// time, which elsewhere could as well be a year or a number.
std::vector<FoundDateTime> times_in_time_cell(std::string_view text) {
    std::vector<FoundDateTime> found = find_date_times(text);
    const std::string_view bare = text::trim(text);
    if (!found.empty() || bare.size() != 4 || !std::all_of(bare.begin(), bare.end(), text::is_ascii_digit)) return found;
    const int hour = (bare[0] - '0') * 10 + (bare[1] - '0');
    const int minute = (bare[2] - '0') * 10 + (bare[3] - '0');
    if (hour > 23 || minute > 59) return found;
    FoundDateTime time;
    time.begin = static_cast<std::size_t>(bare.data() - text.data());
    time.end = time.begin + 4;
    time.value.start_minute = hour * 60 + minute;
    found.push_back(time);
    return found;
}

// "bis", "to", "-": a cell standing between a start time and an end time.
bool is_range_filler(std::string_view text) {
    const std::string_view bare = text::trim_chars(text, "-\xE2\x80\x93\x94");
    return bare.empty() || is_range_word(bare);
}

// Whether column `later`'s times come after column `earlier`'s in most rows that have both, as
// ends follow their starts.
bool later_in_rows(const std::vector<Block>& cells, std::size_t earlier, std::size_t later) {
    int after = 0, rows = 0;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (cells[k].table_header || static_cast<std::size_t>(cells[k].table_column) != earlier) continue;
        for (std::size_t m = k + 1; m < cells.size() && cells[m].table_row == cells[k].table_row; ++m) {
            if (static_cast<std::size_t>(cells[m].table_column) != later) continue;
            const auto a = find_date_times(cells[k].text), b = find_date_times(cells[m].text);
            if (a.empty() || b.empty() || !a.front().value.start_minute || !b.front().value.start_minute) break;
            ++rows;
            after += *b.front().value.start_minute > *a.front().value.start_minute;
            break;
        }
    }
    return rows == 0 || after * 2 > rows;
}

// "End", "End Time", "Ends at": a header of end times ("Agenda" is not one).
bool names_end(std::string_view header) {
    for (std::string_view word : text::split(header, " ")) {
        const std::string lower = text::ascii_lower(text::trim_chars(word, ":*_()"));
        if (lower == "end" || lower == "ends" || lower == "finish" || lower == "until" || lower == "to" || lower == "ende" || lower == "fin" ||
            lower == "fim" || text::starts_with(lower, "\xE7\xB5\x82\xE4\xBA\x86")) {  // 終了
            return true;
        }
    }
    return false;
}

// "Ann Lee - Acme", "Frank Fan & Faisal Masood - AWS": in a speaker column the part after one
// dash is the org of the names before it; written as "Ann Lee (Acme)" for the speaker reader.
std::string dash_org_in_parentheses(std::string cell) {
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
        const std::size_t at = cell.find(dash);
        if (at == std::string::npos || at == 0 || cell.find(dash, at + 1) != std::string::npos) continue;
        const std::string_view org = text::trim(std::string_view(cell).substr(at + dash.size()));
        if (org.empty() || std::count(org.begin(), org.end(), ' ') > 4 || text::find_any(org, ",&;()") != std::string_view::npos) return cell;
        return cell.substr(0, at) + " (" + std::string(org) + ")";
    }
    return cell;
}

// "Speakers", "Instructor(s)", "Presenters": a header that says its column lists people, one or
// more per row.
bool header_lists_people(std::string_view header) {
    if (header.find("(s)") != std::string_view::npos) return true;
    static constexpr text::WordList plurals("speakers|presenters|instructors|panelists|hosts|facilitators|teachers|authors|"
                                            "lecturers|moderators");
    return plurals.contains(text::trim_chars(header, ":*_ "));
}

}  // namespace

void EntryBuilder::flush_table() {
    std::vector<Block> cells = std::move(table_);
    table_.clear();
    if (cells.empty()) return;
    // Columns from the head row; a cell's column beyond the header is "other".
    std::vector<ColumnRole> roles;
    std::vector<std::string> headers;
    std::vector<std::optional<DateTimeText>> header_dates;
    std::string zone;
    std::vector<std::pair<std::size_t, std::string>> header_zone_candidates;  // (column, zone named in its head)
    std::vector<int> end_columns;     // columns of end times found by their place, not their header
    std::vector<int> people_columns;  // speaker columns found by their cells, not their header
    // The three per-column vectors grow together.
    auto cover_column = [&](std::size_t column) {
        if (roles.size() > column) return;
        roles.resize(column + 1, ColumnRole::content);
        headers.resize(column + 1);
        header_dates.resize(column + 1);
    };
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const Block& cell = cells[k];
        if (!cell.table_header) continue;
        // A head row of one date over the columns dates the rows below it (read with the rows); it
        // names no column.
        const bool alone = (k == 0 || cells[k - 1].table_row != cell.table_row) &&
                           (k + 1 == cells.size() || cells[k + 1].table_row != cell.table_row);
        if (alone && cell.heading_level == 0 && spans_with_day_only(cell)) continue;
        const auto column = static_cast<std::size_t>(cell.table_column);
        cover_column(column);
        headers[column] = cell_text(cell);
        roles[column] = role_of_header(headers[column]);
        for (const auto& f : find_date_times(headers[column])) {
            if (!f.value.zone.empty()) zone = f.value.zone;
            if (roles[column] == ColumnRole::day) {
                header_dates[column] = date_part(f.value);
                break;
            }
        }
        // "UTC time", "EDT": a zone's name in the head of a column of times (judged below, when the
        // head names no role).
        if (zone.empty() && (roles[column] == ColumnRole::time || roles[column] == ColumnRole::content || roles[column] == ColumnRole::other)) {
            for (std::string_view word : text::split(headers[column], " ")) {
                word = text::trim_chars(word, "()[]:,*_");
                if (looks_like_zone_token(word) && is_known_zone(word)) {
                    header_zone_candidates.emplace_back(column, std::string(word));
                    break;
                }
            }
        }
        // "Time (UTC+8)" / "Time (CEST)" / "Time (in EST)": the zone of every time in the table.
        if (roles[column] == ColumnRole::time && zone.empty()) {
            const std::size_t open = headers[column].find('(');
            const std::size_t close = headers[column].find(')', open == std::string::npos ? 0 : open);
            if (open != std::string::npos && close != std::string::npos) {
                std::string_view inner = text::trim(std::string_view(headers[column]).substr(open + 1, close - open - 1));
                if (text::starts_with(text::ascii_lower(inner.substr(0, 3)), "in ")) inner.remove_prefix(3);  // "Time (in EST)"
                const auto found = find_date_times("10:00 " + std::string(inner));
                if (!found.empty() && !found.front().value.zone.empty()) zone = found.front().value.zone;
                // "Time (US Pacific)", "Time (Eastern Time)": a zone written out, as an intro says it
                // (the time reader takes "US" for a zone of its own).
                if ((zone.empty() || !is_known_zone(zone)) && inner.size() <= 40) {
                    if (std::string stated = stated_zone("All times are " + std::string(inner)); !stated.empty()) zone = std::move(stated);
                }
            }
        }
    }
    // A head cell over several columns (`<th colspan="2">Event</th>` over an icon column and the
    // titles) names the first of them whose cells hold text. (The narrowest body cell with text
    // that starts at each column, found once: a cell lies under a head when it ends within it.)
    std::vector<int> narrowest_text_cell;
    for (const Block& cell : cells) {
        if (cell.table_header || text::trim(cell.text).empty()) continue;
        const auto column = static_cast<std::size_t>(cell.table_column);
        if (narrowest_text_cell.size() <= column) narrowest_text_cell.resize(column + 1, 0);
        int& narrowest = narrowest_text_cell[column];
        if (narrowest == 0 || cell.table_span < narrowest) narrowest = cell.table_span;
    }
    for (const Block& head : cells) {
        if (!head.table_header || head.table_span < 2) continue;
        const auto column = static_cast<std::size_t>(head.table_column);
        int first_with_text = -1;
        for (int k = head.table_column; k < head.table_column + head.table_span && first_with_text < 0; ++k) {
            const auto at = static_cast<std::size_t>(k);
            if (at < narrowest_text_cell.size() && narrowest_text_cell[at] > 0 &&
                k + narrowest_text_cell[at] <= head.table_column + head.table_span) {
                first_with_text = k;
            }
        }
        const auto target = static_cast<std::size_t>(first_with_text);
        if (first_with_text <= head.table_column || roles.size() <= column) continue;
        cover_column(target);
        if (roles[target] != ColumnRole::content || !headers[target].empty()) continue;
        std::swap(roles[column], roles[target]);
        std::swap(headers[column], headers[target]);
        std::swap(header_dates[column], header_dates[target]);
    }
    // "| Name | Title |": beside a column of titles, "Name" is the speaker's (unless a column of
    // speakers is there too: "| Name | Speaker | ... | Presentation |").
    if (std::count(roles.begin(), roles.end(), ColumnRole::title) >= 2 &&
        std::find(roles.begin(), roles.end(), ColumnRole::speaker) == roles.end()) {
        for (std::size_t c = 0; c < roles.size(); ++c) {
            const std::string lower = text::ascii_lower(text::trim_chars(headers[c], " *_:"));
            if (roles[c] == ColumnRole::title && (lower == "name" || lower == "names")) roles[c] = ColumnRole::speaker;
        }
    }
    // "| Event | Title | Speaker(s) |": beside a column a header calls titles (talks, sessions,
    // topics), a column of events is the talk's track, and one of descriptions its abstract.
    if (std::count(roles.begin(), roles.end(), ColumnRole::title) >= 2) {
        static constexpr text::WordList strong{"title|titles|talk|talks|session|sessions|topic|topics|presentation|presentations"};
        static constexpr text::WordList events{"event|events|conference|conferences|meetup|meetups"};
        auto header_has = [&](std::size_t c, const text::WordList& words) {
            const std::string lower = text::ascii_lower(headers[c]);
            for (std::string_view w : text::split(lower, " ")) {
                if (words.contains(text::trim_chars(w, " *_:()/"))) return true;
            }
            return false;
        };
        // (A column of no text names no titles: "| Presentation |" left empty, its slides to come.)
        auto has_cells = [&](std::size_t c) {
            return std::any_of(cells.begin(), cells.end(), [&](const Block& b) { return !b.table_header && b.table_column == static_cast<int>(c); });
        };
        bool any_strong = false;
        for (std::size_t c = 0; c < roles.size(); ++c) any_strong |= roles[c] == ColumnRole::title && header_has(c, strong) && has_cells(c);
        for (std::size_t c = 0; any_strong && c < roles.size(); ++c) {
            if (roles[c] != ColumnRole::title || (header_has(c, strong) && has_cells(c))) continue;
            roles[c] = header_has(c, events) ? ColumnRole::track : ColumnRole::other;
        }
    }
    auto role = [&](int column) { return column >= 0 && static_cast<std::size_t>(column) < roles.size() ? roles[static_cast<std::size_t>(column)] : ColumnRole::content; };
    // Without a header naming them, a column whose cells are times is the time column, whatever
    // its header says ("| Agenda: | |" over "| 11:00 to 11:05 | Welcoming Remarks |").
    if (std::find(roles.begin(), roles.end(), ColumnRole::time) == roles.end()) {
        std::vector<int> times, totals, fillers;
        for (const Block& cell : cells) {
            if (cell.table_header) continue;
            const auto column = static_cast<std::size_t>(cell.table_column);
            if (times.size() <= column) times.resize(column + 1), totals.resize(column + 1), fillers.resize(column + 1);
            bool any_time = false;
            times[column] += is_date_time_only(cell.text, &any_time) && any_time;
            fillers[column] += is_range_filler(cell_text(cell));
            ++totals[column];
        }
        auto mostly_times = [&](std::size_t c) { return totals[c] > 0 && times[c] * 2 > totals[c]; };
        for (std::size_t c = 0; c < times.size(); ++c) {
            if (mostly_times(c)) {
                cover_column(c);
                roles[c] = ColumnRole::time;
                // "| 10:00 | bis | 11:50 |": a range written over cells; the next column of times,
                // past cells that only join the two, holds the ends.
                std::size_t d = c + 1;
                while (d < times.size() && fillers[d] == totals[d] && totals[d] > 0) ++d;
                if (d < times.size() && mostly_times(d) && !later_in_rows(cells, c, d)) {
                    // "| UTC time | EDT time |" over "| 13:00 | 9:00 |": the same times in another
                    // zone, no ends; the first column's are the rows' times.
                    cover_column(d);
                    roles[d] = ColumnRole::other;
                } else if (d < times.size() && mostly_times(d)) {
                    cover_column(d);
                    for (std::size_t k = c + 1; k <= d; ++k) roles[k] = ColumnRole::time;
                    end_columns.resize(d + 1);
                    end_columns[d] = 1;
                }
                break;
            }
        }
    }
    // "| UTC time | EDT time |": the zone the head of the times' column names.
    for (const auto& [column, named] : header_zone_candidates) {
        if (!zone.empty()) break;
        if (column < roles.size() && roles[column] == ColumnRole::time) zone = named;
    }
    // "| Timeslot | Speaker | Slide Deck | Video |": with no column of titles or of other text, the
    // first column of links to recordings or slides whose cells name talks (not "Video", "PDF")
    // holds the titles.
    bool titles_link_materials = false;
    if (std::find(roles.begin(), roles.end(), ColumnRole::title) == roles.end()) {
        std::vector<int> named(roles.size()), totals(roles.size());
        bool text_column = false;  // a column of other text (mostly filled) may hold the titles
        for (const Block& cell : cells) {
            const auto column = static_cast<std::size_t>(cell.table_column);
            if (cell.table_header || column >= roles.size()) continue;
            const std::string text = cell_text(cell);
            ++totals[column];
            named[column] += roles[column] == ColumnRole::content ? !text.empty()
                                                                  : text.find(' ') != std::string::npos && !is_generic_link_text(text);
        }
        // (Empty cells may be missing from the cells: count the rows.)
        std::vector<int> rows;
        for (const Block& cell : cells) {
            if (!cell.table_header && (rows.empty() || rows.back() != cell.table_row)) rows.push_back(cell.table_row);
        }
        const int row_count = static_cast<int>(rows.size());
        for (std::size_t c = 0; c < roles.size(); ++c) text_column |= roles[c] == ColumnRole::content && named[c] * 2 > row_count;
        for (std::size_t c = 0; !text_column && c < roles.size(); ++c) {
            if (roles[c] != ColumnRole::resource) continue;
            if (totals[c] > 0 && named[c] * 2 > totals[c]) {
                roles[c] = ColumnRole::title;
                titles_link_materials = true;
                break;
            }
        }
    }
    // "| Time | Lesson | Conference |" over "| 0900 | Welcome | Keynote |": beside a column of
    // distinct texts, a column that repeats a few values (Keynote, Keynote, Break) sorts the rows
    // (their kind, or their track), a room of a grid it is not.
    {
        std::vector<std::vector<std::string>> values(roles.size());
        for (const Block& cell : cells) {
            const auto column = static_cast<std::size_t>(cell.table_column);
            if (cell.table_header || column >= roles.size() || roles[column] != ColumnRole::content) continue;
            std::string value = text::ascii_lower(cell_text(cell));
            if (!value.empty()) values[column].push_back(std::move(value));
        }
        std::vector<std::size_t> distinct_columns, repeating_columns;
        for (std::size_t c = 0; c < values.size(); ++c) {
            std::vector<std::string>& v = values[c];
            // (A room's column of a grid may repeat "Open Space" all day; "30 min" is a length.)
            const std::string head = text::ascii_lower(text::trim(headers[c]));
            if (v.size() < 4 || is_place_word(head.substr(0, head.find(' '))) || is_place_word(head.substr(head.rfind(' ') + 1))) continue;
            if (std::any_of(v.begin(), v.end(), [](const std::string& value) { return !std::isalpha(static_cast<unsigned char>(value[0])); })) continue;
            const std::size_t total = v.size();
            std::sort(v.begin(), v.end());
            v.erase(std::unique(v.begin(), v.end()), v.end());
            if (v.size() * 3 <= total * 2) repeating_columns.push_back(c);
            else if (v.size() * 4 >= total * 3) distinct_columns.push_back(c);
        }
        if (!distinct_columns.empty()) {
            for (const std::size_t c : repeating_columns) {
                const auto kinds = std::count_if(values[c].begin(), values[c].end(), [](const std::string& v) { return normalize_kind(v).has_value(); });
                roles[c] = kinds * 2 >= static_cast<long>(values[c].size()) ? ColumnRole::kind : ColumnRole::track;
            }
        }
    }
    const bool has_title_column = std::find(roles.begin(), roles.end(), ColumnRole::title) != roles.end();
    const bool has_time_column = std::find(roles.begin(), roles.end(), ColumnRole::time) != roles.end();
    // A grid: rows of times, columns of rooms or days, a session in each cell.
    const bool grid = !has_title_column && has_time_column &&
                      std::any_of(roles.begin(), roles.end(), [](ColumnRole r) { return r == ColumnRole::content || r == ColumnRole::day; });
    int title_column = -1;
    if (!grid) {
        for (std::size_t c = 0; c < roles.size(); ++c) {
            if (roles[c] == ColumnRole::title) {
                title_column = static_cast<int>(c);
                break;
            }
        }
        if (title_column < 0) {  // no header names the title: the first column that is not typed
            for (std::size_t c = 0; c <= roles.size(); ++c) {
                if (c == roles.size() || roles[c] == ColumnRole::content) {
                    title_column = static_cast<int>(c);
                    break;
                }
            }
            // ... that holds text: an icon column (`<td><a class="talk"></a></td>`) has no cells.
            const int typed_columns = title_column;
            int first_with_text = -1;
            for (const Block& cell : cells) {
                if (!cell.table_header && cell.table_column >= typed_columns && role(cell.table_column) == ColumnRole::content &&
                    (first_with_text < 0 || cell.table_column < first_with_text)) {
                    first_with_text = cell.table_column;
                }
            }
            if (first_with_text > title_column) title_column = first_with_text;
        }
        // A table with no head row at all: the column after the titles whose cells read as people
        // holds the speakers.
        // (A head row that only dates the rows names no column.)
        const bool headless = std::none_of(cells.begin(), cells.end(), [](const Block& c) { return c.table_header && !spans_with_day_only(c); });
        // ... or, when the first text column's cells name people ("Ana Li (Acme)", "Bo Chen and Cy
        // Dee") and the next one's do not, the speakers come first and the titles after them.
        if (headless && title_column >= 0) {
            int next = -1, people_here = 0, total_here = 0, people_next = 0, total_next = 0;
            for (const Block& cell : cells) {
                if (cell.table_header || role(cell.table_column) != ColumnRole::content) continue;
                if (cell.table_column > title_column && (next < 0 || cell.table_column < next)) next = cell.table_column;
            }
            for (const Block& cell : cells) {
                if (cell.table_header || cell.table_span > 1) continue;
                if (cell.table_column == title_column) ++total_here, people_here += names_people(cell_text(cell));
                if (cell.table_column == next) ++total_next, people_next += names_people(cell_text(cell));
            }
            // (Titles read as people now and then, "Trusted Committers, Two Years On": the names'
            // column names people in four cells of five or more, the titles' in fewer than seven of ten.)
            if (next >= 0 && total_here >= 3 && people_here * 5 >= total_here * 4 && people_next * 10 < total_next * 7) {
                const auto column = static_cast<std::size_t>(title_column);
                cover_column(column);
                roles[column] = ColumnRole::speaker;
                people_columns.resize(std::max(people_columns.size(), column + 1));
                people_columns[column] = 1;
                title_column = next;
            }
        }
        if (headless && title_column >= 0) {
            std::vector<int> people, totals;
            for (const Block& cell : cells) {
                if (cell.table_column <= title_column || role(cell.table_column) != ColumnRole::content) continue;
                const auto column = static_cast<std::size_t>(cell.table_column);
                if (totals.size() <= column) totals.resize(column + 1), people.resize(column + 1);
                ++totals[column];
                people[column] += !parse_speakers(cell_text(cell)).empty();
            }
            for (std::size_t c = static_cast<std::size_t>(title_column) + 1; c < totals.size(); ++c) {
                if (totals[c] == 0) continue;
                if (people[c] * 2 > totals[c]) {
                    cover_column(c);
                    roles[c] = ColumnRole::speaker;
                    people_columns.resize(c + 1);
                    people_columns[c] = 1;  // found by its cells of people: "A, B" is two
                }
                break;
            }
        }
    }
    const bool title_then_speaker = title_column >= 0 && static_cast<std::size_t>(title_column) < headers.size() &&
                                    text::ascii_lower(headers[static_cast<std::size_t>(title_column)]).find("speaker") != std::string::npos;

    EntryContext context = context_now();
    if (context.zone.empty()) context.zone = zone;
    if (!zone.empty()) context.zone = zone;

    // A grid of days lists one day after the other: its entries go out column by column (each
    // column's in time order), which is the order of the days. Rooms side by side stay row by row.
    const bool by_day = grid && std::find(roles.begin(), roles.end(), ColumnRole::day) != roles.end();
    std::vector<Entry> day_entries;
    EntrySink* out = &sink_;
    struct Hold final : EntrySink {
        std::vector<Entry>& held;
        explicit Hold(std::vector<Entry>& h) : held(h) {}
        void take(Entry&& e) override { held.push_back(std::move(e)); }
    } hold(day_entries);
    if (by_day) out = &hold;
    // Rows in order; each row's cells are consecutive. The entries of the last timed row wait until
    // the next row shows whether rows without a time of their own hang under it.
    std::optional<DateTimeText> row_time;
    std::optional<std::string> row_room;  // from a row naming the room of the rows below
    std::optional<DateTimeText> previous_row_day;  // the day of the last row that wrote one
    std::vector<Entry> waiting;
    auto emit = [&](std::vector<Entry>& entries) {
        for (auto& e : entries) out->take(std::move(e));
        entries.clear();
    };
    std::size_t i = 0;
    while (i < cells.size()) {
        std::size_t j = i;
        while (j < cells.size() && cells[j].table_row == cells[i].table_row) ++j;
        // A head row holding only a date over all the columns (`<tr><th colspan="3">2024-06-06</th></tr>`)
        // dates the rows below it, at the top or between the rows of the days.
        if (j == i + 1 && cells[i].heading_level == 0 && spans_with_day_only(cells[i])) {
            for (const auto& f : find_date_times(cell_text(cells[i]))) {
                if (f.value.has_date()) context.date = date_part(f.value);
                break;
            }
            emit(waiting);
            row_time.reset();
            i = j;
            continue;
        }
        if (cells[i].table_header) {
            i = j;
            continue;
        }
        // A row holding only a heading (`<td colspan="6"><h3>Saturday</h3></td>`), or a heading and
        // notes under it in its one cell, heads the rows below it: their section, their day when it
        // names one ("Saturday", "Part 1: Wednesday, November 17th"), and their zone when a note
        // says it ("UTC 15:00 - 18:30").
        const bool heading_row = cells[i].heading_level > 0 && std::all_of(cells.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                                                         cells.begin() + static_cast<std::ptrdiff_t>(j),
                                                                         [&](const Block& c) { return c.table_column == cells[i].table_column; });
        if (heading_row) {
            const std::string label = cell_text(cells[i]);
            context.sections = context_now().sections;
            context.sections.push_back(label);
            bool any_time = false;
            const std::vector<FoundDateTime> found = find_date_times(label);
            if (is_date_time_only(label, &any_time) && !any_time) {
                for (const auto& f : found) {
                    if (f.value.has_date() || f.value.weekday) context.date = date_part(f.value);
                    break;
                }
            } else if (found.size() == 1 && found.front().value.has_date() && !found.front().value.has_time()) {
                context.date = date_part(found.front().value);
            }
            for (std::size_t k = i + 1; k < j; ++k) {
                std::string zone = zone_of_times(block_lines(cells[k]));
                if (zone.empty()) zone = written_zone(cell_text(cells[k]));
                if (!zone.empty()) {
                    context.zone = std::move(zone);
                    break;
                }
            }
            emit(waiting);
            row_time.reset();
            i = j;
            continue;
        }
        // A row holding only "Raum V1" names the room of the rows below it.
        if (j == i + 1 && role(cells[i].table_column) != ColumnRole::time && names_place(cell_text(cells[i]))) {
            row_room = cell_text(cells[i]);
            emit(waiting);
            row_time.reset();
            i = j;
            continue;
        }
        // The row's time cell, speakers, room, track.
        std::optional<DateTimeText> time;
        std::optional<int> end_time;
        std::optional<DateTimeText> row_day;
        bool has_time_cell = false;
        bool any_time_column_cell = false;  // a cell of the row stands in a time or date column
        TableFacts facts;
        std::string org;  // an Org column's cell
        // "<td colspan="2">Break</td>" over the speakers' and the titles' columns: the row's title.
        auto spans_title = [&](const Block& cell) {
            return !grid && cell.table_span > 1 && cell.table_column < title_column && cell.table_column + cell.table_span > title_column;
        };
        for (std::size_t k = i; k < j; ++k) {
            const Block& cell = cells[k];
            if (spans_title(cell)) continue;
            switch (role(cell.table_column)) {
                case ColumnRole::time: {
                    any_time_column_cell = true;
                    // "| Start Time | End Time |": a column whose header says "end" holds the end.
                    const auto column = static_cast<std::size_t>(cell.table_column);
                    const bool end_column = (column < headers.size() && names_end(headers[column])) ||
                                            (column < end_columns.size() && end_columns[column] != 0);
                    for (const auto& f : times_in_time_cell(cell_text(cell))) {
                        if (!f.value.has_time()) {
                            // "| Date | Time |": the day stands in a column of its own.
                            if (f.value.has_date() || f.value.weekday) row_day = date_part(f.value);
                            continue;
                        }
                        if (end_column) {
                            end_time = f.value.start_minute;
                        } else if (!time || !time->has_time()) {
                            // "| Time (PDT) | Time (CEST) |": the first column's times, as its zone is the table's.
                            has_time_cell = true;
                            time = f.value;
                        }
                        break;
                    }
                    // ("--" in the time column: the row goes on in the slot above, a talk of its block.)
                    has_time_cell |= !end_column && !is_range_filler(cell_text(cell));
                    break;
                }
                case ColumnRole::speaker: {
                    const auto column = static_cast<std::size_t>(cell.table_column);
                    const bool people = (column < headers.size() && header_lists_people(headers[column])) ||
                                        (column < people_columns.size() && people_columns[column] != 0);
                    facts.speakers = dash_org_in_parentheses(people ? as_people_list(cell_text(cell)) : cell_text(cell));
                    break;
                }
                case ColumnRole::room: facts.room = cell_text(cell); break;
                case ColumnRole::org: org = cell_text(cell); break;
                case ColumnRole::track:
                    facts.track = cell_text(cell);
                    // A track called "Keynote" or "Workshop" says the talk's kind as well.
                    if (facts.kind.empty() && facts.track->find(' ') == std::string::npos && normalize_kind(*facts.track)) {
                        facts.kind = *facts.track;
                    }
                    break;
                case ColumnRole::kind: facts.kind = cell_text(cell); break;
                default: break;
            }
            if (!grid && cell.table_column != title_column) {
                for (const InlineLink& link : cell.links) facts.other_links.push_back(link.href);
            }
        }
        if (time && end_time && !time->end_minute) time->end_minute = end_time;
        // "| 2019-05-08 | Recording … |" over "|  | Parsers by Ivan Tham |": a row whose date cell is
        // empty is on the day of the row above.
        if (row_day) previous_row_day = row_day;
        else if (!any_time_column_cell && !time) row_day = previous_row_day;
        // "| Talk | Speaker | Company |": one person's org from its own column.
        if (!org.empty() && !facts.speakers.empty() && facts.speakers.find_first_of("(,&;") == std::string::npos) {
            facts.speakers += " (" + org + ")";
        }
        if (!facts.room) facts.room = row_room;
        if (time && row_day && !time->has_date() && !time->weekday) {
            time->year = row_day->year, time->month = row_day->month, time->day = row_day->day, time->weekday = row_day->weekday;
        }
        facts.continuation = !has_time_cell && row_time.has_value();
        if (has_time_cell) row_time = time;
        facts.time = facts.continuation ? row_time : time;
        facts.title_then_speaker = title_then_speaker;
        facts.titles_link_materials = titles_link_materials;

        std::vector<Entry> row;
        for (std::size_t k = i; k < j; ++k) {
            const Block& cell = cells[k];
            const ColumnRole r = role(cell.table_column);
            const bool entry_cell = grid ? (r == ColumnRole::content || r == ColumnRole::day) : cell.table_column == title_column || spans_title(cell);
            if (!entry_cell) continue;
            Entry entry;
            entry.shape = grid ? EntryShape::table_cell : EntryShape::table_row;
            entry.context = context;
            // "| 3. Juni 2003 | Ana Li | Title |": a row's day without a time is the day of its talk.
            if (row_day && !facts.time) entry.context.date = row_day;
            entry.table = facts;
            entry.table.column = cell.table_column;
            const auto column = static_cast<std::size_t>(cell.table_column);
            if (grid && column < header_dates.size() && header_dates[column]) {
                entry.context.date = header_dates[column];
            } else if (grid && r == ColumnRole::content && column < headers.size() && !headers[column].empty()) {
                entry.table.room = headers[column];
            }
            entry.line = cell.first_line();
            entry.lines = block_lines(cell);
            entry.parts.push_back(EntryPart{0, entry.lines.size(), 0, false, false});
            if (!entry.lines.empty()) row.push_back(std::move(entry));
        }
        if (facts.continuation) {
            if (waiting.size() == 1) waiting.front().table.heads_continuations = true;
            emit(waiting);
            emit(row);
        } else {
            emit(waiting);
            waiting = std::move(row);
        }
        i = j;
    }
    emit(waiting);
    if (by_day) {
        stable_sort_items(day_entries, [](const Entry& a, const Entry& b) { return a.table.column < b.table.column; });
        for (auto& e : day_entries) sink_.take(std::move(e));
    }
}

void EntryBuilder::finish() {
    if (!table_.empty()) flush_table();
    if (pending_time_ && pending_time_block_ + 1 == block_index_) claim_trailing_time();  // the last talk's time line
    close_entry();
}

}  // namespace talkboard
