// The schedule model: what a post turns into, what queries and exports read.
//
// Times are kept as written (local wall-clock minutes since midnight on a civil date)
// and, where the timezone is known, also as UTC instants (seconds since the Unix epoch).
// A session whose timezone is unknown is "floating": it has no UTC instant and nothing
// downstream may invent one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace talkboard {

// A proleptic Gregorian calendar date. Plain value; validity is checked where it is built.
struct CivilDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
    friend bool operator==(const CivilDate& a, const CivilDate& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const CivilDate& a, const CivilDate& b) { return !(a == b); }
    friend bool operator<(const CivilDate& a, const CivilDate& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
};

struct Speaker {
    std::string name;
    std::optional<std::string> org;   // as written, may itself contain commas ("ClickHouse, Inc")
    std::optional<std::string> role;  // a job title written between name and org ("CTO")
    friend bool operator==(const Speaker& a, const Speaker& b) {
        return a.name == b.name && a.org == b.org && a.role == b.role;
    }
};

// A recording or the slides of a session: a link in its text that points at a video or a deck
// (extract/link_kind.h), or a link or attachment an imported schedule lists. Only absolute http(s)
// URLs are kept, each once (session_finish.h add_resource).
enum class ResourceKind { video, slides };

struct Resource {
    ResourceKind kind = ResourceKind::video;
    std::string url;
    friend bool operator==(const Resource& a, const Resource& b) { return a.kind == b.kind && a.url == b.url; }
};

struct Session {
    std::string id;                    // stable across runs: session_finish.h
    std::string title;                 // without kind prefix and speaker suffix
    std::optional<std::string> kind;   // normalized tag: "keynote", "lightning_talk", ...
    std::vector<Speaker> speakers;
    std::optional<std::string> url;    // only http(s) targets are kept (session_finish.h)
    std::optional<CivilDate> date;     // resolved date (year inferred when the post omits it)
    std::optional<int> start_minute;   // local minutes since midnight, 0..1439
    std::optional<int> end_minute;     // local; before the start: crosses midnight; equal: an instant
                                       // (time/session_span.h)
    std::optional<std::string> tz;     // abbreviation or zone as written / configured ("CET")
    std::optional<std::int64_t> utc_start;  // seconds since epoch, only when tz is known
    std::optional<std::int64_t> utc_end;    // == utc_start for an instant; absent without an end
    std::optional<std::string> section;  // nearest enclosing heading
    std::string abstract;              // plain text, paragraphs separated by "\n\n"
    int line = 0;                      // 1-based line of the talk link in the post file
    // Room and track: from imported schedules (frab/c3voc, pretalx), and from posts that write
    // them (a Room or Track column, "Where:"); language from imported schedules and from a post's
    // tag after a title ("Data literacy (EN)"). An import also sets section to the track, or to the
    // room when there is no track.
    std::optional<std::string> room;   // room name as the schedule writes it ("Saal 1")
    std::optional<std::string> track;  // track name ("Security")
    std::optional<std::string> language;  // the talk's language as the schedule writes it ("en", "de")
    std::vector<Resource> resources;   // recordings and slides, in the order met; posts and imports
};

enum class Severity { warning, error };

// Whether a reader writes diagnostics into the Schedule: the CLI's parse and lint show them. The
// page shows none, so the browser's core reads without them (post.h, wasm/board.cpp): less code in
// the wasm, and no messages built for nobody.
enum class Diagnostics { collect, skip };

struct Diagnostic {
    int line = 0;  // 1-based line in the post file; 0 when not tied to a line
    Severity severity = Severity::warning;
    std::string message;
};

// Frontmatter values in the subset posts use: a scalar or a list of scalars.
using FrontmatterValue = std::variant<std::string, std::vector<std::string>>;
// Ordered as written, so output keeps the author's order.
using Frontmatter = std::vector<std::pair<std::string, FrontmatterValue>>;

// Returns the scalar value of `key`, or nullopt when absent or a list. Never fails.
std::optional<std::string> frontmatter_scalar(const Frontmatter& fm, const std::string& key);

struct Schedule {
    Frontmatter post;  // the post's frontmatter (title, date, path, ...)
    std::vector<Session> sessions;
    std::vector<Diagnostic> diagnostics;
};

}  // namespace talkboard
