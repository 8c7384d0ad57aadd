#include "talkboard/extract/session_extractor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "talkboard/time/civil_time.h"
#include "internal/index_sort.h"
#include "internal/overlap_sweep.h"
#include "talkboard/limits.h"
#include "talkboard/session_finish.h"
#include "talkboard/input/markdown_blocks.h"
#include "talkboard/extract/session_kind.h"
#include "talkboard/extract/speakers.h"
#include "talkboard/extract/talk_text.h"
#include "internal/text.h"
#include "talkboard/extract/time_line.h"
#include "talkboard/time/session_span.h"
#include "talkboard/time/timezones.h"

namespace talkboard {

namespace {

void sort_diagnostics_by_line(std::vector<Diagnostic>& diagnostics) {
    stable_sort_items(diagnostics, [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
}

// What a session needs beyond its Session until the post-wide resolution: dates, zones and
// speakers are resolved once the whole post has been read.
struct Draft {
    std::string speaker_text;
    std::optional<std::vector<Speaker>> speakers;  // speaker_text read already, when no context can change it
    std::optional<DateTimeText> when;
    int when_line = 0;
    std::optional<DateTimeText> heading_date;  // date of the enclosing date heading, if any
};

// A talk line found in a block's first line.
struct TalkLine {
    std::string text;  // the talk's text (link text, or heading text)
    std::string href;
    std::optional<std::string> outside_kind;   // "Keynote: [Title](url)"
    std::optional<DateTimeText> inline_time;   // "10:00 - 10:30 [Title](url)"
    std::string trailing_speakers;             // "[Title](url) - Speaker, Org"
};

std::string_view first_line(const Block& block) {
    const std::size_t end = block.text.find('\n');
    return std::string_view(block.text).substr(0, end);
}

std::string_view rest_after_first_line(const Block& block) {
    const std::size_t end = block.text.find('\n');
    return end == std::string::npos ? std::string_view() : std::string_view(block.text).substr(end + 1);
}

std::optional<DateTimeText> parsed_time_line(std::string_view line) {
    const TimeLineParse parse = parse_time_line(line);
    if (parse.status == TimeLineParse::Status::parsed) return parse.value;
    return std::nullopt;
}

// "Speakers: A & B, Org", "Presented by A, Org", "By: A" -> the speaker list, when it reads as one.
std::optional<std::string> labelled_speakers(std::string_view line) {
    line = text::trim(line);
    static constexpr std::string_view labels[] = {"speakers", "speaker", "presenters", "presenter", "presented by",
                                                  "hosted by", "moderator", "by"};
    const std::string lower = text::ascii_lower(line.substr(0, 16));
    for (std::string_view label : labels) {
        if (!text::starts_with(lower, label)) continue;
        std::string_view rest = text::trim(line.substr(label.size()));
        if (text::starts_with(rest, ":")) rest = text::trim(rest.substr(1));
        else if (label != "presented by" && label != "hosted by" && label != "by") continue;
        if (!parse_speakers(rest).empty()) return std::string(rest);
        return std::nullopt;
    }
    return std::nullopt;
}

// Reads the first line of a block as a talk line, or nullopt when it is prose.
std::optional<TalkLine> read_talk_line(const Block& block) {
    const std::string_view line = first_line(block);
    if (line.size() > limits::max_talk_line_bytes) return std::nullopt;
    const InlineLink* link = nullptr;
    for (const auto& candidate : block.links) {
        if (candidate.begin >= line.size()) break;
        if (link) return std::nullopt;  // two links on one line: a sentence, not a talk
        link = &candidate;
    }
    if (!link || link->end <= link->begin || link->end > line.size()) return std::nullopt;

    TalkLine talk;
    talk.text = std::string(text::trim(line.substr(link->begin, link->end - link->begin)));
    talk.href = link->href;
    if (talk.text.empty()) return std::nullopt;

    // Text before the link: nothing, decoration, a kind ("Keynote:"), or a time.
    std::string_view before = text::strip_leading_emoji(text::trim(line.substr(0, link->begin)));
    before = text::trim_chars(before, "-|:*#>");
    if (!before.empty()) {
        if (auto kind = normalize_kind(before)) {
            talk.outside_kind = kind;
        } else if (auto when = parsed_time_line(before); when && when->has_time()) {
            talk.inline_time = when;
        } else {
            return std::nullopt;
        }
    }
    // Text after the link: nothing, punctuation, a time, or " - Speaker, Org" / " by Speaker".
    std::string_view after = text::trim(line.substr(link->end));
    after = text::trim_chars(after, ".!*");
    if (!after.empty()) {
        std::string_view speakers = after;
        const std::string lower = text::ascii_lower(after.substr(0, 3));
        if (text::starts_with(lower, "by ")) {
            speakers = after.substr(3);
        } else {
            for (std::string_view separator : {"-", ",", "|", ":", "\xE2\x80\x93", "\xE2\x80\x94"}) {
                if (text::starts_with(speakers, separator)) {
                    speakers = text::trim(speakers.substr(separator.size()));
                    break;
                }
            }
        }
        if (!parse_speakers(speakers).empty()) {
            talk.trailing_speakers = std::string(speakers);
        } else if (auto when = parsed_time_line(after); when && when->has_time() && !talk.inline_time) {
            talk.inline_time = when;
        } else {
            return std::nullopt;
        }
    }
    return talk;
}

// The conference year a post is about: a year in its title, else the year of its date.
std::optional<int> conference_year(const Frontmatter& fm) {
    if (auto title = frontmatter_scalar(fm, "title")) {
        for (std::size_t i = 0; i + 4 <= title->size(); ++i) {
            const std::string_view w = std::string_view(*title).substr(i, 4);
            const bool digits = std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
            const bool bounded = (i == 0 || !std::isdigit(static_cast<unsigned char>((*title)[i - 1]))) &&
                                 (i + 4 == title->size() || !std::isdigit(static_cast<unsigned char>((*title)[i + 4])));
            if (digits && bounded && (w[0] == '1' || w[0] == '2')) {
                // Four ASCII digits: no std::stoi, whose out-of-range path drags printf into the wasm.
                const int year = ((w[0] - '0') * 10 + (w[1] - '0')) * 100 + (w[2] - '0') * 10 + (w[3] - '0');
                if (year >= 1990 && year <= 2200) return year;
            }
        }
    }
    if (auto date = frontmatter_scalar(fm, "date")) {
        if (auto parsed = parse_iso_date(*date)) return parsed->year;
    }
    return std::nullopt;
}

// Reads blocks as md4c streams them. Deciding what a block is needs at most the two blocks after it
// (a heading followed by a time line is a talk), so the extractor keeps a window of three and reads
// each block once the two after it have arrived, or the post has ended.
// "](": where an inline link's text ends and its target begins.
std::size_t count_link_openers(std::string_view markdown) {
    std::size_t count = 0;
    for (std::size_t at = markdown.find("]("); at != std::string_view::npos; at = markdown.find("](", at + 2)) ++count;
    return count;
}

class Extractor final : public BlockSink {
public:
    explicit Extractor(PostSource source) : source_(std::move(source)), year_hint_(conference_year(source_.frontmatter)) {
        zone_override_ = frontmatter_scalar(source_.frontmatter, "timezone");
        if (!zone_override_) zone_override_ = frontmatter_scalar(source_.frontmatter, "tz");
    }

    Schedule run() {
        blank_mdx_lines(source_.body);
        // Every talk is a link, so the links bound the sessions: reserving for them spares the
        // growing vector its copies (a Session is big) on large posts.
        const std::size_t links = std::min(count_link_openers(source_.body), limits::max_sessions);
        schedule_.sessions.reserve(links);
        drafts_.reserve(links);
        read_markdown_blocks(source_.body, *this);
        while (read_ < received_) read_next();
        finish_draft();
        return resolve();
    }

    void take(const Block& block) override {
        Window& slot = window_[received_ % window_.size()];
        slot.block = block;
        slot.talk = read_talk_line(slot.block);
        ++received_;
        if (received_ - read_ == window_.size()) read_next();
    }

private:
    struct Window {
        Block block;
        std::optional<TalkLine> talk;  // read_talk_line(block), read once
    };
    const Window* ahead(std::size_t distance) const {
        return read_ + distance < received_ ? &window_[(read_ + distance) % window_.size()] : nullptr;
    }

    int file_line(int body_line) const { return body_line + source_.first_body_line - 1; }
    int file_line(const Block& block, std::size_t line_index = 0) const {
        return line_index < block.lines.size() ? file_line(block.lines[line_index].source_line) : file_line(block.first_line());
    }

    void warn(int line, std::string message) { add_diagnostic(line, Severity::warning, std::move(message)); }
    void add_diagnostic(int line, Severity severity, std::string message) {
        schedule_.diagnostics.push_back(Diagnostic{line, severity, std::move(message)});
    }

    void read_next() {
        const Window& current = *ahead(0);
        const Block& block = current.block;
        const Window* next = ahead(1);
        const Window* after_next = ahead(2);
        const TalkLine* talk = current.talk ? &*current.talk : nullptr;
        TalkLine heading_talk;
        // A heading with no link is a talk when a time line follows it directly.
        // (Not when a talk follows that time line: then the time is that talk's.)
        if (!talk && block.kind == BlockKind::heading && next && !next->talk && !parsed_time_line(block.text) &&
            !(after_next && after_next->talk)) {
            if (auto when = parsed_time_line(first_line(next->block)); when && when->has_time()) {
                heading_talk.text = std::string(text::trim(block.text));
                talk = &heading_talk;
            }
        }
        if (talk) start_talk(block, *talk);
        else if (block.kind == BlockKind::heading) enter_heading(block);
        else read_body_block(block);
        ++read_;
    }

    void enter_heading(const Block& block) {
        finish_draft();
        pending_time_.reset();
        const std::string heading = text::collapse_spaces(block.text);
        while (!headings_.empty() && headings_.back().first >= block.heading_level) headings_.pop_back();
        headings_.emplace_back(block.heading_level, heading);
        if (date_heading_ && block.heading_level <= date_heading_level_) date_heading_.reset();
        if (auto when = parsed_time_line(heading); when && when->has_date() && !when->has_time()) {
            date_heading_ = when;
            date_heading_level_ = block.heading_level;
        }
    }

    void start_talk(const Block& block, const TalkLine& talk) {
        finish_draft();
        if (drafts_.size() >= limits::max_sessions) {
            if (!over_limit_reported_) {
                add_diagnostic(file_line(block), Severity::error,
                               "more than " + std::to_string(limits::max_sessions) + " sessions; the rest are ignored");
                over_limit_reported_ = true;
            }
            return;
        }
        // The session is built where it stays: Session is big, and moving it around was a good part
        // of the parse's time on large posts.
        Session& session = schedule_.sessions.emplace_back();
        Draft& draft = drafts_.emplace_back();
        drafting_ = true;
        session.line = file_line(block);
        if (!headings_.empty()) session.section = headings_.back().second;
        draft.heading_date = date_heading_;

        TalkText parts = split_talk_text(talk.text);
        session.title = std::move(parts.title);
        session.kind = parts.kind ? std::move(parts.kind) : talk.outside_kind;
        draft.speaker_text = parts.speaker_text.empty() ? talk.trailing_speakers : std::move(parts.speaker_text);
        draft.speakers = std::move(parts.context_free_speakers);  // set only with the talk line's own speakers
        if (!talk.href.empty()) {
            if (is_http_url(talk.href)) {
                session.url = talk.href;
            } else if (talk.href.find(':') != std::string::npos && talk.href.find(':') < talk.href.find('/')) {
                warn(session.line, "link target '" + talk.href + "' is not http(s); it is not shown");
            }
        }

        if (talk.inline_time) {
            draft.when = talk.inline_time;
            draft.when_line = session.line;
        } else if (pending_time_ && pending_time_block_ + 1 == block_index_) {
            draft.when = pending_time_;
            draft.when_line = pending_time_line_;
        }
        pending_time_.reset();

        // The rest of the block: a time line on the next line (same paragraph), then abstract.
        std::string_view rest = rest_after_first_line(block);
        if (!draft.when && !rest.empty()) {
            const std::size_t end = rest.find('\n');
            const TimeLineParse parse = parse_time_line(rest.substr(0, end));
            if (parse.status != TimeLineParse::Status::not_a_time_line) {
                note_time_line(draft, parse, file_line(block, 1));
                rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
            }
        }
        absorb_lines(rest);
        draft_table_row_ = block.table_row;
        awaiting_time_ = !draft.when;
        ++block_index_;
    }

    void note_time_line(Draft& draft, const TimeLineParse& parse, int line) {
        if (parse.status == TimeLineParse::Status::parsed) {
            draft.when = parse.value;
            draft.when_line = line;
        } else {
            warn(line, "cannot read this date/time line: " + parse.problem);
        }
    }

    void read_body_block(const Block& block) {
        const std::size_t index = block_index_++;
        const std::string_view line = first_line(block);
        if (drafting_ && awaiting_time_) {
            awaiting_time_ = false;
            const TimeLineParse parse = parse_time_line(line);
            if (parse.status != TimeLineParse::Status::not_a_time_line) {
                note_time_line(drafts_.back(), parse, file_line(block));
                absorb_lines(rest_after_first_line(block));
                return;
            }
        }
        // A time line on its own may belong to the talk right after it.
        if (block.lines.size() == 1) {
            if (auto when = parsed_time_line(line); when && when->has_time()) {
                pending_time_ = when;
                pending_time_line_ = file_line(block);
                pending_time_block_ = index;
                return;
            }
        }
        // Other cells of the talk's table row: its speakers or its time.
        if (drafting_ && block.kind == BlockKind::table_cell && block.table_row == draft_table_row_) {
            Draft& draft = drafts_.back();
            if (draft.speaker_text.empty() && !parse_speakers(text::trim(block.text)).empty()) {
                draft.speaker_text = std::string(text::trim(block.text));
                return;
            }
            if (!draft.when) {
                if (auto when = parsed_time_line(line); when && (when->has_time() || when->has_date())) {
                    draft.when = when;
                    draft.when_line = file_line(block);
                    return;
                }
            }
        }
        if (drafting_ && block.kind != BlockKind::list_item) {
            absorb_lines(block.text);
            return;
        }
        if (drafting_) add_abstract_part("- " + text::collapse_spaces(block.text));
    }

    // Lines after a talk's time: a labelled speaker line ("Speakers: A & B, Org") fills in the
    // speakers when the talk line had none; everything else is abstract.
    void absorb_lines(std::string_view lines) {
        Draft& draft = drafts_.back();
        std::string paragraph;
        for (std::string_view line : text::split(lines, "\n")) {
            if (draft.speaker_text.empty()) {
                if (auto speakers = labelled_speakers(line)) {
                    draft.speaker_text = *speakers;
                    continue;
                }
            }
            if (!paragraph.empty()) paragraph += ' ';
            paragraph += line;
        }
        std::string collapsed = text::collapse_spaces(paragraph);
        if (!collapsed.empty()) add_abstract_part(collapsed);
    }

    // Abstract parts are paragraphs, or list items ("- ..."), which follow each other on single lines.
    void add_abstract_part(std::string_view part) {
        std::string& abstract = schedule_.sessions.back().abstract;
        if (!abstract.empty()) abstract += text::starts_with(part, "- ") ? "\n" : "\n\n";
        abstract += part;
    }

    void finish_draft() {
        awaiting_time_ = false;
        drafting_ = false;
    }

    // Post-wide resolution: speakers with the post's context, dates, zones, ids, overlaps.
    Schedule resolve() {
        SpeakerContext context;
        for (const auto& draft : drafts_) context.collect(draft.speaker_text);
        schedule_.post = source_.frontmatter;
        SessionIds ids;
        for (std::size_t i = 0; i < schedule_.sessions.size(); ++i) {
            Session& s = schedule_.sessions[i];
            Draft& draft = drafts_[i];
            s.speakers = draft.speakers ? std::move(*draft.speakers) : parse_speakers(draft.speaker_text, context);
            resolve_time(s, draft);
            s.id = ids.next({s.url ? std::string_view(*s.url) : std::string_view(), s.title,
                             s.date ? format_date(*s.date) : std::string(),
                             s.start_minute ? format_hhmm(*s.start_minute) : std::string()});
        }
        report_speaker_overlaps();
        sort_diagnostics_by_line(schedule_.diagnostics);
        if (schedule_.diagnostics.size() > limits::max_diagnostics) {
            // Errors are kept before warnings, then the kept ones go back into line order.
            stable_sort_items(schedule_.diagnostics, [](const Diagnostic& a, const Diagnostic& b) {
                return a.severity == Severity::error && b.severity != Severity::error;
            });
            const std::size_t dropped = schedule_.diagnostics.size() - limits::max_diagnostics;
            schedule_.diagnostics.resize(limits::max_diagnostics);
            sort_diagnostics_by_line(schedule_.diagnostics);
            schedule_.diagnostics.push_back(Diagnostic{0, Severity::warning, std::to_string(dropped) + " more diagnostics not shown"});
        }
        return std::move(schedule_);
    }

    void resolve_time(Session& s, const Draft& draft) {
        if (!draft.when) {
            warn(s.line, "talk '" + s.title + "' has no date/time line");
            return;
        }
        DateTimeText when = *draft.when;
        if (!when.has_date() && draft.heading_date) {
            const DateTimeText& day = *draft.heading_date;
            when.month = day.month, when.day = day.day, when.year = day.year;
            if (!when.weekday) when.weekday = day.weekday;
        }
        s.start_minute = when.start_minute;
        s.end_minute = when.end_minute;
        if (!when.has_date()) {
            warn(draft.when_line, "the time line has no date (and no date heading above it)");
            return;
        }
        s.date = resolve_date(when, draft.when_line);
        if (!s.date || !s.start_minute) return;

        std::string zone = when.zone;
        if (zone.empty() && zone_override_) zone = *zone_override_;
        if (zone.empty()) return;
        const auto offset = zone_offset_minutes(zone, *s.date, *s.start_minute);
        if (!offset) {
            warn(draft.when_line, "unknown timezone '" + zone + "'; the times stay floating");
            return;
        }
        s.tz = zone;
        s.utc_start = to_unix_seconds(*s.date, *s.start_minute, *offset);
        if (const auto end = session_local_end(s)) {  // session_span.h: equal times are an instant
            const int end_offset = zone_offset_minutes(zone, end->date, end->minute).value_or(*offset);
            s.utc_end = to_unix_seconds(end->date, end->minute, end_offset);
        }
    }

    std::optional<CivilDate> resolve_date(const DateTimeText& when, int line) {
        if (when.year) {
            CivilDate date{*when.year, *when.month, *when.day};
            if (!is_valid_date(date)) {
                warn(line, "there is no date " + format_date(date));
                return std::nullopt;
            }
            if (when.weekday && weekday_of(date) != *when.weekday) {
                warn(line, std::string("the weekday says ") + weekday_name(*when.weekday) + " but " + format_date(date) +
                               " is a " + weekday_name(weekday_of(date)));
            }
            return date;
        }
        if (!year_hint_) {
            warn(line, "the date has no year and the post gives none to infer it from");
            return std::nullopt;
        }
        const CivilDate inferred{*year_hint_, *when.month, *when.day};
        if (!when.weekday || (is_valid_date(inferred) && weekday_of(inferred) == *when.weekday)) {
            if (is_valid_date(inferred)) return inferred;
        }
        // Trust the weekday: the nearest year in which this date falls on it.
        for (int distance : {1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6}) {
            const CivilDate candidate{*year_hint_ + distance, *when.month, *when.day};
            if (is_valid_date(candidate) && when.weekday && weekday_of(candidate) == *when.weekday) {
                warn(line, std::string("no year given; ") + format_date(inferred) + " is not a " + weekday_name(*when.weekday) +
                               ", so the year is taken as " + std::to_string(candidate.year));
                return candidate;
            }
        }
        warn(line, "cannot infer the year of this date");
        return std::nullopt;
    }

    void report_speaker_overlaps() {
        // Keys are views of names in schedule_.sessions, which does not change while this runs.
        std::map<std::string_view, std::vector<const Session*>> by_speaker;
        for (const auto& s : schedule_.sessions) {
            if (!s.date || !s.start_minute) continue;
            for (const auto& sp : s.speakers) by_speaker[sp.name].push_back(&s);
        }
        // One sweep per speaker (overlap_sweep.h), zoned and floating talks apart (comparing them
        // would mix apples and pears). One warning per talk that starts while another of the
        // speaker's talks runs, O(n log n): a speaker with thousands of talks must not cost n^2
        // comparisons and messages.
        for (const auto& speaker : by_speaker) {
            const std::string_view name = speaker.first;
            const std::vector<const Session*>& sessions = speaker.second;  // a plain name: lambdas capture it (C++17)
            for (const bool zoned : {true, false}) {
                std::vector<SpanItem> spans;
                for (std::size_t i = 0; i < sessions.size(); ++i) {
                    const Session& session = *sessions[i];
                    if (session.utc_start.has_value() != zoned) continue;
                    spans.push_back({*(zoned ? utc_span(session) : local_span(session)), static_cast<int>(i)});
                }
                auto report = [&](int a, int b) {
                    const Session* x = sessions[static_cast<std::size_t>(a)];
                    const Session* y = sessions[static_cast<std::size_t>(b)];
                    const Session* later = x->line > y->line ? x : y;
                    const Session* earlier = later == x ? y : x;
                    warn(later->line, std::string(name) + " speaks in two overlapping talks (see line " + std::to_string(earlier->line) + ")");
                    return OverlapStep::next_item;
                };
                sweep_overlaps(std::move(spans), report);
            }
        }
    }

    PostSource source_;
    std::optional<int> year_hint_;
    std::optional<std::string> zone_override_;
    Schedule schedule_;
    std::vector<Draft> drafts_;  // one per session in schedule_.sessions
    bool drafting_ = false;      // the last session is still taking abstract lines
    int draft_table_row_ = -1;   // the table row of a talk written in a table
    bool awaiting_time_ = false;
    bool over_limit_reported_ = false;
    std::vector<std::pair<int, std::string>> headings_;  // (level, text), outermost first
    std::optional<DateTimeText> date_heading_;
    int date_heading_level_ = 0;
    std::optional<DateTimeText> pending_time_;
    int pending_time_line_ = 0;
    std::size_t pending_time_block_ = 0;
    std::size_t block_index_ = 0;
    std::array<Window, 3> window_;
    std::size_t received_ = 0;  // blocks md4c has handed over
    std::size_t read_ = 0;      // blocks read_next() has read
};

}  // namespace

Schedule extract_schedule(PostSource source) { return Extractor(std::move(source)).run(); }

}  // namespace talkboard
