// talkboard — the command line for post authors and CI.
//
//   talkboard parse FILE|-   the schedule as JSON (docs/ARCHITECTURE.md, "The CLI's JSON")
//   talkboard lint FILE|-    what the reader saw: FILE:LINE: severity: message for every candidate it
//                            did not take and why, every session with a missing field, times without
//                            a zone; exit 1 when there is anything to say (also "no sessions")
//   talkboard ics [--previous CALENDAR] FILE|-
//                            the schedule as iCalendar; with --previous, the calendar to publish:
//                            revised against CALENDAR, the one published last time, or an empty
//                            file the first time (icalendar.h, schedule_to_published_icalendar)
//   talkboard table FILE|-   the schedule as a readable table
//   talkboard export --format ics|frab-json|jsonld [--previous CALENDAR] FILE|-
//                            the schedule as iCalendar, c3voc/frab schedule.json or schema.org JSON-LD
//   talkboard [COMMAND] --help
//
// The time of a revision (--previous) is SOURCE_DATE_EPOCH when set (reproducible builds), else now.
//
// FILE may be a post (markdown or a JSON envelope) or an imported schedule (frab/c3voc, pretalx).
//
// Exit codes: 0 success (lint: nothing to report), 1 lint has findings, 2 usage or input error
// (message on stderr).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include "talkboard/time/civil_time.h"
#include "talkboard/formats/frab_export.h"
#include "talkboard/formats/icalendar.h"
#include "talkboard/formats/published_calendar.h"
#include "talkboard/formats/jsonld_export.h"
#include "talkboard/limits.h"
#include "talkboard/post.h"
#include "talkboard/formats/schedule_json.h"
#include "talkboard/extract/session_kind.h"
#include "internal/text.h"

namespace {

using talkboard::Error;
using talkboard::ErrorCode;
using talkboard::Result;

constexpr int exit_ok = 0;
constexpr int exit_lint_findings = 1;
constexpr int exit_bad_input = 2;

// What each command does, for `talkboard COMMAND --help` and the general usage.
struct CommandHelp {
    const char* name;
    const char* synopsis;
    const char* text;
};
constexpr CommandHelp commands[] = {
    {"parse", "talkboard parse FILE|-",
     "Print the schedule as JSON: {\"post\": {...frontmatter}, \"sessions\": [...], \"diagnostics\": [...]}.\n"
     "Exit 2 when the input cannot be read or nothing in it reads as a session."},
    {"lint", "talkboard lint FILE|-",
     "Explain what the reader saw, one FILE:LINE: severity: message per finding: each candidate it did\n"
     "not take and why, each session with a missing date or time, times without a time zone, dates\n"
     "and links it could not use. Exit 0 when there is nothing to report, 1 when there is (also when\n"
     "no session was found), 2 for usage errors and unreadable input."},
    {"ics", "talkboard ics [--previous CALENDAR] FILE|-",
     "Print the schedule as iCalendar (RFC 5545). --previous CALENDAR: the .ics published last time (an\n"
     "empty file the first time); edited events get a higher SEQUENCE, dropped ones stay as cancelled;\n"
     "the time of a revision is SOURCE_DATE_EPOCH when set, else now."},
    {"table", "talkboard table FILE|-", "Print the schedule as a readable table."},
    {"export", "talkboard export --format ics|frab-json|jsonld [--previous CALENDAR] FILE|-",
     "Print the schedule as iCalendar, c3voc/frab schedule.json or schema.org JSON-LD (--previous as for ics)."},
};

void usage(std::ostream& out) {
    out << "usage:\n";
    for (const CommandHelp& c : commands) out << "  " << c.synopsis << "\n";
    out << "  talkboard [COMMAND] --help\n"
           "FILE: a post (markdown, or a JSON envelope) or a frab/c3voc or pretalx schedule JSON; - reads stdin\n";
}

bool is_help(const char* arg) { return std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0; }

// Prints a command's help; false when there is no such command.
bool command_help(const std::string& name) {
    for (const CommandHelp& c : commands) {
        if (name == c.name) {
            std::cout << "usage: " << c.synopsis << "\n\n" << c.text << "\n";
            return true;
        }
    }
    return false;
}

// Reads at most one byte over the input limit, so a huge file is refused without reading it all.
Result<std::string> read_input(const std::string& path) {
    const std::size_t cap = talkboard::limits::max_input_bytes + 1;
    std::string data;
    auto read_stream = [&](std::istream& in) {
        char buffer[65536];
        while (data.size() < cap && in.read(buffer, sizeof buffer).gcount() > 0) {
            data.append(buffer, static_cast<std::size_t>(in.gcount()));
        }
        if (data.size() > cap) data.resize(cap);
    };
    if (path == "-") {
        read_stream(std::cin);
        if (std::cin.bad()) return Error{ErrorCode::io_error, "cannot read standard input"};
        return data;
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) return Error{ErrorCode::io_error, "cannot open '" + path + "': " + std::strerror(errno)};
    read_stream(file);
    if (file.bad()) return Error{ErrorCode::io_error, "cannot read '" + path + "' (is it a directory?)"};
    return data;
}

// Cuts text to `width` display columns (one per code point), with an ellipsis when cut.
std::string fit(const std::string& s, std::size_t width) {
    std::string out;
    std::size_t columns = 0, i = 0, n = 0;
    while (i < s.size()) {
        talkboard::text::decode_at(s, i, &n);
        if (columns + 1 > width) {
            while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
            if (!out.empty()) out.pop_back();
            out += "\xE2\x80\xA6";
            return out;
        }
        out.append(s, i, n);
        ++columns;
        i += n;
    }
    out.append(width - columns, ' ');
    return out;
}

void print_table(const talkboard::Schedule& schedule) {
    using namespace talkboard;
    if (auto title = frontmatter_scalar(schedule.post, "title")) std::cout << *title << "\n\n";
    std::cout << fit("Day", 16) << "  " << fit("Time", 18) << "  " << fit("Kind", 16) << "  " << fit("Title", 48) << "  "
              << "Speakers\n";
    std::cout << std::string(120, '-') << "\n";
    for (const auto& s : schedule.sessions) {
        std::string day = "?";
        if (s.date) day = std::string(weekday_name(weekday_of(*s.date))).substr(0, 3) + " " + format_date(*s.date);
        std::string time = s.start_minute ? format_hhmm(*s.start_minute) : "--:--";
        if (s.end_minute) time += "-" + format_hhmm(*s.end_minute);
        if (s.tz) time += " " + *s.tz;
        std::string speakers;
        for (const auto& sp : s.speakers) {
            if (!speakers.empty()) speakers += "; ";
            speakers += sp.name + (sp.org ? " (" + *sp.org + ")" : "");
        }
        std::cout << fit(day, 16) << "  " << fit(time, 18) << "  " << fit(s.kind ? kind_label(*s.kind) : "", 16) << "  "
                  << fit(s.title, 48) << "  " << speakers << "\n";
    }
    std::cout << "\n" << schedule.sessions.size() << " sessions, " << schedule.diagnostics.size() << " diagnostics\n";
}

// The command line after the command: `--format F` / `--format=F`, `--previous P` / `--previous=P`
// and one FILE. Returns false on anything else (a usage error).
struct Options {
    std::optional<std::string> format;
    std::optional<std::string> previous;
    std::string path;
};

bool read_options(int argc, char** argv, Options& options) {
    bool have_path = false;
    for (int i = 2; i < argc; ++i) {
        const std::string argument = argv[i];
        std::optional<std::string>* option = nullptr;
        std::string name;
        for (const char* known : {"--format", "--previous"}) {
            if (argument == known || argument.rfind(std::string(known) + "=", 0) == 0) {
                name = known;
                option = name == "--format" ? &options.format : &options.previous;
            }
        }
        if (option == nullptr) {
            if (have_path) return false;
            options.path = argument;
            have_path = true;
            continue;
        }
        if (*option) return false;  // given twice
        if (argument.size() > name.size()) {
            *option = argument.substr(name.size() + 1);
        } else if (i + 1 < argc) {
            *option = argv[++i];
        } else {
            return false;
        }
    }
    return have_path;
}

// The time a revised calendar stamps its changes with: SOURCE_DATE_EPOCH (reproducible builds:
// https://reproducible-builds.org/specs/source-date-epoch/), else the clock.
// nullopt when SOURCE_DATE_EPOCH is set but not a number of seconds.
std::optional<std::int64_t> revision_time() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (epoch == nullptr || *epoch == '\0') return static_cast<std::int64_t>(std::time(nullptr));
    std::int64_t seconds = 0;
    for (const char* c = epoch; *c; ++c) {
        if (*c < '0' || *c > '9' || seconds > 253402300799) return std::nullopt;  // past 9999: no iCalendar date
        seconds = seconds * 10 + (*c - '0');
    }
    return seconds;
}

// `talkboard lint`: every diagnostic as FILE:LINE: severity: message, then a summary. A post in
// which nothing reads as a session is a finding too (the diagnostics say what was seen).
int lint(const std::string& name, const std::string& path, const std::string& input) {
    const Result<talkboard::Schedule> schedule = talkboard::read_schedule(input, talkboard::Diagnostics::collect, path);
    if (!schedule) {
        std::cerr << "talkboard: " << name << ": " << schedule.error().message << " ["
                  << talkboard::error_code_name(schedule.error().code) << "]\n";
        return exit_bad_input;
    }
    const talkboard::Schedule& s = schedule.value();
    int errors = 0, warnings = 0;
    if (s.sessions.empty()) {
        ++errors;
        std::cout << name << ": error: no sessions found: nothing in the post reads as a talk (a title with a "
                             "time, or a link to a session page with its speakers)\n";
    }
    for (const auto& d : s.diagnostics) {
        const bool error = d.severity == talkboard::Severity::error;
        (error ? errors : warnings)++;
        std::cout << name << ":" << d.line << ": " << (error ? "error" : "warning") << ": " << d.message << "\n";
    }
    std::cout << name << ": " << s.sessions.size() << " sessions, " << warnings << " warnings, " << errors << " errors\n";
    std::cout.flush();
    if (!std::cout) return exit_bad_input;
    return errors + warnings > 0 ? exit_lint_findings : exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 2 && is_help(argv[1])) {
        usage(std::cout);
        return exit_ok;
    }
    if (argc >= 3 && is_help(argv[argc - 1])) {
        if (command_help(argv[1])) return exit_ok;
        std::cerr << "talkboard: unknown command '" << argv[1] << "'\n";
        usage(std::cerr);
        return exit_bad_input;
    }
    Options options;
    if (argc < 3 || !read_options(argc, argv, options)) {
        usage(std::cerr);
        return exit_bad_input;
    }
    const std::string command = argv[1];
    if (command != "parse" && command != "lint" && command != "ics" && command != "table" && command != "export") {
        std::cerr << "talkboard: unknown command '" << command << "'\n";
        usage(std::cerr);
        return exit_bad_input;
    }
    if ((command == "export") != options.format.has_value()) {  // --format is export's, and export needs it
        usage(std::cerr);
        return exit_bad_input;
    }
    const std::string format = command == "ics" ? "ics" : options.format.value_or("");
    if (command == "export" && format != "ics" && format != "frab-json" && format != "jsonld") {
        std::cerr << "talkboard: unknown export format '" << format << "' (expected ics, frab-json or jsonld)\n";
        return exit_bad_input;
    }
    if (options.previous && format != "ics") {
        std::cerr << "talkboard: --previous is for iCalendar output only (talkboard ics, export --format ics)\n";
        return exit_bad_input;
    }
    const std::string& path = options.path;
    std::ios::sync_with_stdio(false);
    Result<std::string> input = read_input(path);
    if (!input) {
        std::cerr << "talkboard: " << input.error().message << "\n";
        return exit_bad_input;
    }
    const std::string name = path == "-" ? "<stdin>" : path;
    // The file's path is the post's address: a post that writes no year may carry it in its name.
    const std::string address = path == "-" ? std::string() : path;
    if (command == "lint") return lint(name, address, input.value());
    const Result<talkboard::Schedule> schedule = talkboard::parse_post(input.value(), talkboard::Diagnostics::collect, address);
    if (!schedule) {
        std::cerr << "talkboard: " << name << ": " << schedule.error().message << " ["
                  << talkboard::error_code_name(schedule.error().code) << "]\n";
        return exit_bad_input;
    }
    const talkboard::Schedule& s = schedule.value();
    if (format == "ics" && options.previous) {
        const Result<std::string> previous_text = read_input(*options.previous);
        if (!previous_text) {
            std::cerr << "talkboard: " << previous_text.error().message << "\n";
            return exit_bad_input;
        }
        const auto previous = talkboard::read_published_calendar(previous_text.value());
        if (!previous) {
            std::cerr << "talkboard: " << *options.previous << ": " << previous.error().message << " ["
                      << talkboard::error_code_name(previous.error().code) << "]\n";
            return exit_bad_input;
        }
        const std::optional<std::int64_t> now = revision_time();
        if (!now) {
            std::cerr << "talkboard: SOURCE_DATE_EPOCH is not a number of seconds: '" << std::getenv("SOURCE_DATE_EPOCH")
                      << "'\n";
            return exit_bad_input;
        }
        std::cout << talkboard::schedule_to_published_icalendar(s, previous.value(), *now);
    } else if (format == "ics") {
        std::cout << talkboard::schedule_to_icalendar(s);
    } else if (command == "parse") {
        std::cout << talkboard::schedule_to_json(s) << "\n";
    } else if (command == "export") {
        if (format == "frab-json") {
            std::size_t floating = 0;
            for (const auto& session : s.sessions) floating += session.start_minute && !session.utc_start;
            if (floating > 0) {
                std::cerr << "talkboard: " << name << ": warning: " << floating
                          << " sessions have no timezone; their times are written without a UTC offset, which the "
                             "c3voc schema's date-time format does not accept (add a timezone to the post)\n";
            }
            std::cout << talkboard::schedule_to_frab_json(s) << "\n";
        }
        if (format == "jsonld") std::cout << talkboard::schedule_to_jsonld(s) << "\n";
    } else if (command == "table") {
        print_table(s);
    }
    std::cout.flush();
    return std::cout ? exit_ok : exit_bad_input;
}
