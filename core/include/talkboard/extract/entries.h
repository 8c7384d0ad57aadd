// Stage 2 of the reader: from markdown blocks to candidate entries, with the context carried down.
//
// An entry is a unit of the post that may be one session: a list item (with its nested detail
// items and loose paragraphs), a paragraph that opens with a title shape (a link, a time, a bold
// run) and the blocks that follow it (abstract, speaker blockquote, key/value lines), a table row
// (a "Title | Speaker | Room" table) or a table cell (a time x room or time x day grid), or a
// heading with the body right under it. Whether it IS a session is decided later
// (entry_reading.h, decision.h); here the post is only cut into entries.
//
// Context is carried down as the post is read, as a reader does: the enclosing headings; the date
// in force (from a heading, a line that is only a date such as "**Wednesday, October 13**", an
// intro sentence with one date such as "Join us on Monday, November 10, for ...", or a grid's
// day column); a zone stated once for a group ("### Monday (MST)", "| Time (CEST) |"); the room of
// a grid column; a time line standing just before an entry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "talkboard/extract/line_shapes.h"
#include "talkboard/extract/link_kind.h"
#include "talkboard/extract/time_line.h"
#include "talkboard/input/markdown_blocks.h"

namespace talkboard {

// A link of one line, with what it points to read once (every stage asks).
struct EntryLink : InlineLink {
    LinkKind kind = LinkKind::other;
};

// One line of an entry's text with its links and bold runs (ranges into `text`).
struct EntryLine {
    std::string text;
    std::vector<EntryLink> links;
    std::vector<TextSpan> strong;
    std::vector<TextSpan> emphasis;
    int line = 0;  // 1-based line in the markdown body
    std::size_t block_line = 0;  // index of the line among its block's '\n'-separated text lines
    // The line's date/time expressions, found once (find_date_times over the trimmed line; ranges
    // into `text`): every stage asks, and the scan is the reader's main cost.
    std::vector<FoundDateTime> dates;
    std::vector<DayRange> day_ranges;  // find_day_ranges(text), from the same scan
    bool date_time_only = false;  // the line holds nothing but those expressions and separators
    // read_key_value(text), read once here (the entry reader asks it of each line several times):
    // the key, and its value as a place in `text` (a view would not survive the line's moves).
    // key_value(line) gives it back.
    DetailKey key = DetailKey::none;
    std::size_t key_value_at = 0;
    std::size_t key_value_size = 0;
};

// read_key_value(line.text), as block_lines read it.
inline KeyValue key_value(const EntryLine& line) {
    return KeyValue{line.key, std::string_view(line.text).substr(line.key_value_at, line.key_value_size)};
}

enum class EntryShape { paragraph, list_item, table_row, table_cell, heading };

// One block of an entry: the block that opened it (parts[0]) or one attached after it.
struct EntryPart {
    std::size_t first_line = 0;  // index into Entry::lines
    std::size_t line_count = 0;
    int quote_depth = 0;         // > 0 for a block quote
    bool list_item = false;      // a list item attached to the entry (a detail line or an abstract bullet)
    bool time_only = false;      // the block holds nothing but a date/time
};

// What the post says around an entry.
struct EntryContext {
    std::vector<std::string> sections;          // enclosing headings, outermost first (collapsed text)
    std::optional<DateTimeText> date;           // date or weekday in force (no time)
    std::string zone;                           // a zone stated once for the group, or empty
    std::optional<DateTimeText> pending_time;   // a time line standing right before the entry
    int pending_time_line = 0;                  // its body line
};

// Table entries: what the other cells of the row and the header say.
struct TableFacts {
    std::optional<DateTimeText> time;  // the row's time cell (or the row above's, for a continuation row)
    bool continuation = false;         // the row has no time cell of its own
    bool heads_continuations = false;  // rows without a time cell follow this one ("Lightning talks" block)
    std::string speakers;              // a Speaker column
    std::optional<std::string> room;   // a Room column, or the header of a grid column naming a room
    std::optional<std::string> track;  // a Track column
    std::string kind;                  // a Format / Type column: the session's kind as written
    bool title_then_speaker = false;   // a cell holds "Title, Speaker" (the header names both)
    bool titles_link_materials = false;  // the title column is headed as slides ("Slide Deck"): its links are the talk's slides
    int column = -1;                   // the title column (grid: the cell's column)
    std::vector<std::string> other_links;  // table rows: the link targets of the row's other cells (a Slides column)
};

struct Entry {
    EntryShape shape = EntryShape::paragraph;
    std::vector<EntryLine> lines;
    std::vector<EntryPart> parts;  // parts[0] is the opening block
    EntryContext context;
    TableFacts table;              // table rows and cells only
    int list_depth = 0;
    int line = 0;                  // 1-based body line of the entry's first line
    // A timed item that heads the items nested under it ("- 17:40 - 18:15 Lightning talks:", then
    // "  - Notebooks by Ana Li"): each of them is a session at its time, it is none itself.
    bool heads_items = false;

    // The lines of parts[0].
    std::size_t head_line_count() const { return parts.empty() ? lines.size() : parts[0].line_count; }
};

// A date written anywhere in the post ("Monday, Dec 10th, 2018"): weekdays and years written
// elsewhere are resolved against these.
struct MentionedDate {
    DateTimeText value;  // has_date() is true
    int line = 0;
    // Written in a line about a deadline ("The call for proposals ends November 8th") or in the
    // post's byline ("Oct 16, 2025 by Ana Li"): no day of the event.
    bool not_event_day = false;
};

// The days of the event as the post writes them ("The summit is held May 22-26, 2023"): a weekday
// written alone is one of these days.
struct MentionedDayRange {
    DayRange days;
    int line = 0;
};

// Receives entries in document order as they are complete.
class EntrySink {
public:
    virtual void take(Entry&& entry) = 0;

protected:
    ~EntrySink() = default;
};

// Cuts a stream of markdown blocks into entries (a BlockSink for read_markdown_blocks). Keeps at
// most one table and one entry at a time; everything else streams through.
class EntryBuilder final : public BlockSink {
public:
    explicit EntryBuilder(EntrySink& sink) : sink_(sink) {}

    void take(const Block& block) override;
    // Completes the last entry and table. Call once after the last block.
    void finish();

    // Every full date written in the post, in order.
    const std::vector<MentionedDate>& mentioned_dates() const { return mentioned_; }
    // Every range of days written in the post, in order.
    const std::vector<MentionedDayRange>& mentioned_day_ranges() const { return mentioned_ranges_; }
    // The first year the post's text writes on its own ("Hacktoberfest 2019"), or nullopt.
    std::optional<int> first_year_written() const { return first_year_; }
    // The dates a sentence gives as the event's ("The event takes place on October 16"), in order.
    const std::vector<MentionedDate>& stated_event_dates() const { return event_dates_; }
    // The first level-1 heading's text, or empty: schedule pages without frontmatter name their event there.
    const std::string& first_title() const { return first_title_; }
    // The one zone the post states for its times ("All times are in CEST", wherever it stands), or
    // empty when it states none or several.
    const std::string& stated_post_zone() const { return stated_zones_ == 1 ? stated_zone_ : no_zone_; }

private:
    struct DateScope {
        int level = 0;  // a heading level, or a section level + 1 for a date written as a line
        DateTimeText date;
        bool intro = false;  // written in a paragraph of its section: it holds in the subsections too
    };
    struct ZoneScope {
        int level = 0;
        std::string zone;
    };

    void take_heading(const Block& block, std::vector<EntryLine>& lines);
    // A paragraph of several lines that each open with a time ("18:00 Doors open", "18:30
    // Welcome - Ana Li"): each such line and the lines wrapped under it, taken as a block of its
    // own. False when the paragraph is not one.
    bool take_time_lines(const Block& block, const std::vector<EntryLine>& lines);
    // A paragraph that names several talks, each a session page's link with its speakers after
    // "by" ("my favourites were [Title](.../event/x/) by Ana Li and [Other](...) by Bo Chen."): each
    // link to the end of its names, taken as a block of its own. False when the paragraph is not one.
    // Or a paragraph or list item that names two or more talks by their pages' links without
    // "by" (take_mentioned_talks): each link and the text up to the next.
    bool take_linked_talks(const Block& block);
    bool take_mentioned_talks(const Block& block);
    void take_table_cell(const Block& block);
    void flush_table();
    void open_entry(EntryShape shape, const Block& block, std::vector<EntryLine> lines);
    void attach(const Block& block, bool time_only, std::vector<EntryLine> lines);
    void close_entry();
    // Gives the pending time line to the open heading entry when it is a talk without a time
    // (a time written after the talk's block); true when taken.
    bool claim_trailing_time();
    void set_date_context(const DateTimeText& date, int level, bool intro = false);
    void set_zone_context(const std::string& zone, int level);
    void note_dates(const std::vector<EntryLine>& lines, int line, bool heading);
    EntryContext context_now() const;
    int section_level() const { return headings_.empty() ? 0 : headings_.back().first; }

    EntrySink& sink_;
    std::optional<Entry> current_;
    int current_list_item_ = -1;  // list item number of the current entry (list entries)
    int previous_list_item_ = -1;  // list item number of the block taken last (-1: not in a list)
    std::string stated_zone_;      // the first zone a sentence states for times
    int stated_zones_ = 0;         // how many different zones sentences state
    static inline const std::string no_zone_;
    void note_stated_zone(const std::string& zone);
    bool introduced_list_ = false;  // the current heading entry's body holds a list its text introduced
    int listed_entries_ = 0;      // entries opened from the items of the list being read (0 outside lists)
    std::vector<std::pair<int, std::string>> headings_;  // (level, text), outermost first
    bool when_section_ = false;  // the innermost heading asks when ("When", "Date and time")
    std::vector<DateScope> dates_;
    std::vector<ZoneScope> zones_;
    // "#### 1-3pm Sessions": the time of every entry in the heading's section.
    struct TimeScope {
        int level = 0;
        DateTimeText time;
        int line = 0;
    };
    std::optional<TimeScope> section_time_;
    // The time of the item heading the nested items being read (its list depth in `level`).
    std::optional<TimeScope> container_time_;
    std::optional<DateTimeText> pending_time_;
    int pending_time_line_ = 0;
    std::size_t pending_time_block_ = 0;
    int pending_time_run_ = 0;  // time-only blocks in a row, the pending one last
    std::size_t block_index_ = 0;
    bool heading_time_tentative_ = false;  // the time line under the open heading entry may be the next entry's
    // A sub-heading that only names a detail of the talk heading above it ("#### Speaker"): the
    // label of the block that comes next, or empty.
    std::string_view detail_label_;
    std::vector<Block> table_;  // the cells of the table being read
    std::vector<EntryLine> spare_lines_;  // the storage of the lines attach took last, for the next block's
    std::vector<MentionedDate> mentioned_;
    std::vector<MentionedDayRange> mentioned_ranges_;
    std::vector<MentionedDate> event_dates_;
    std::optional<int> first_year_;
    std::string first_title_;
};

// Helpers the stages share.

// The lines of a block as entry lines (links and bold runs split by line). `buffer` is a list
// whose storage may be reused (its lines are dropped).
std::vector<EntryLine> block_lines(const Block& block, std::vector<EntryLine> buffer = {});

// True when every line of the text is a date/time expression and separators only (no other words).
// `any_time` is set when one of them has a time.
bool is_date_time_only(std::string_view text, bool* any_time = nullptr);
// The same for lines already read (their `dates`).
bool is_date_time_only(const std::vector<EntryLine>& lines, bool* any_time = nullptr);

// "_11:30 AM - 12:45 PM_: [Rory Ng](…)": the names a line writes after the time it opens with, each
// a person's full name; empty when the line is not a time and such names.
std::string_view speakers_after_leading_time(const EntryLine& line);

}  // namespace talkboard
