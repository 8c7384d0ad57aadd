// talkboard — the command line for post authors and CI.
//
//   talkboard parse FILE|-   the schedule as JSON (DESIGN.md)
//   talkboard lint FILE|-    diagnostics as FILE:LINE: severity: message; exit 1 on errors
//   talkboard ics [--previous CALENDAR] FILE|-
//                            the schedule as iCalendar; with --previous, the calendar to publish:
//                            revised against CALENDAR, the one published last time, or an empty
//                            file the first time (icalendar.h, schedule_to_published_icalendar)
//   talkboard table FILE|-   the schedule as a readable table
//   talkboard export --format ics|frab-json|jsonld [--previous CALENDAR] FILE|-
//                            the schedule as iCalendar, c3voc/frab schedule.json or schema.org JSON-LD
//
// The time of a revision (--previous) is SOURCE_DATE_EPOCH when set (reproducible builds), else now.
//
// FILE may be a post (markdown or a JSON envelope) or an imported schedule (frab/c3voc, pretalx).
//
// Exit codes: 0 success, 1 lint found errors, 2 usage or input error (message on stderr).
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
constexpr int exit_lint_errors = 1;
constexpr int exit_bad_input = 2;

void usage() {
    std::cerr << "usage: talkboard parse|lint|table FILE|-\n"
                 "       talkboard ics [--previous CALENDAR] FILE|-\n"
                 "       talkboard export --format ics|frab-json|jsonld [--previous CALENDAR] FILE|-\n"
                 "  parse  print the schedule as JSON\n"
                 "  lint   print diagnostics; exit 1 when there are errors\n"
                 "  ics    print the schedule as iCalendar (RFC 5545)\n"
                 "  table  print the schedule as a readable table\n"
                 "  export print the schedule as iCalendar, c3voc/frab schedule.json or schema.org JSON-LD\n"
                 "FILE: a post (markdown, or a JSON envelope) or a frab/c3voc or pretalx schedule JSON\n"
                 "--previous CALENDAR: the .ics published last time (an empty file the first time); edited\n"
                 "  events get a higher SEQUENCE, dropped ones stay as cancelled; the time of a revision is\n"
                 "  SOURCE_DATE_EPOCH when set, else now\n";
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

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (argc < 3 || !read_options(argc, argv, options)) {
        usage();
        return exit_bad_input;
    }
    const std::string command = argv[1];
    if (command != "parse" && command != "lint" && command != "ics" && command != "table" && command != "export") {
        std::cerr << "talkboard: unknown command '" << command << "'\n";
        usage();
        return exit_bad_input;
    }
    if ((command == "export") != options.format.has_value()) {  // --format is export's, and export needs it
        usage();
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
    const Result<talkboard::Schedule> schedule = talkboard::parse_post(input.value());
    const std::string name = path == "-" ? "<stdin>" : path;
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
    } else {
        int errors = 0, warnings = 0;
        for (const auto& d : s.diagnostics) {
            const bool error = d.severity == talkboard::Severity::error;
            (error ? errors : warnings)++;
            std::cout << name << ":" << d.line << ": " << (error ? "error" : "warning") << ": " << d.message << "\n";
        }
        std::cout << name << ": " << s.sessions.size() << " sessions, " << warnings << " warnings, " << errors << " errors\n";
        return errors > 0 ? exit_lint_errors : exit_ok;
    }
    std::cout.flush();
    return std::cout ? exit_ok : exit_bad_input;
}
