// talkboard — the command line for post authors and CI.
//
//   talkboard parse FILE|-   the schedule as JSON (docs/ARCHITECTURE.md)
//   talkboard lint FILE|-    diagnostics as FILE:LINE: severity: message; exit 1 on errors
//   talkboard ics FILE|-     the schedule as iCalendar
//   talkboard table FILE|-   the schedule as a readable table
//   talkboard export --format ics|frab-json|jsonld FILE|-
//                            the schedule as iCalendar, c3voc/frab schedule.json or schema.org JSON-LD
//
// FILE may be a post (markdown or a JSON envelope) or an imported schedule (frab/c3voc, pretalx).
//
// Exit codes: 0 success, 1 lint found errors, 2 usage or input error (message on stderr).
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include "talkboard/time/civil_time.h"
#include "talkboard/formats/frab_export.h"
#include "talkboard/formats/icalendar.h"
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
    std::cerr << "usage: talkboard parse|lint|ics|table FILE|-\n"
                 "       talkboard export --format ics|frab-json|jsonld FILE|-\n"
                 "  parse  print the schedule as JSON\n"
                 "  lint   print diagnostics; exit 1 when there are errors\n"
                 "  ics    print the schedule as iCalendar (RFC 5545)\n"
                 "  table  print the schedule as a readable table\n"
                 "  export print the schedule as iCalendar, c3voc/frab schedule.json or schema.org JSON-LD\n"
                 "FILE: a post (markdown, or a JSON envelope) or a frab/c3voc or pretalx schedule JSON\n";
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

// `export --format F FILE` or `export --format=F FILE`: the format, or nullopt (usage error).
std::optional<std::string> export_format(int argc, char** argv, std::string& path) {
    if (argc == 5 && std::strcmp(argv[2], "--format") == 0) {
        path = argv[4];
        return std::string(argv[3]);
    }
    if (argc == 4 && std::strncmp(argv[2], "--format=", 9) == 0) {
        path = argv[3];
        return std::string(argv[2] + 9);
    }
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    std::string format;
    std::string path;
    if (argc >= 2 && std::strcmp(argv[1], "export") == 0) {
        auto chosen = export_format(argc, argv, path);
        if (!chosen) {
            usage();
            return exit_bad_input;
        }
        format = *chosen;
        if (format != "ics" && format != "frab-json" && format != "jsonld") {
            std::cerr << "talkboard: unknown export format '" << format << "' (expected ics, frab-json or jsonld)\n";
            return exit_bad_input;
        }
    } else if (argc != 3) {
        usage();
        return exit_bad_input;
    } else {
        path = argv[2];
    }
    const std::string command = argv[1];
    if (command != "parse" && command != "lint" && command != "ics" && command != "table" && command != "export") {
        std::cerr << "talkboard: unknown command '" << command << "'\n";
        usage();
        return exit_bad_input;
    }
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
    if (command == "parse") {
        std::cout << talkboard::schedule_to_json(s) << "\n";
    } else if (command == "export") {
        if (format == "ics") std::cout << talkboard::schedule_to_icalendar(s);
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
    } else if (command == "ics") {
        std::cout << talkboard::schedule_to_icalendar(s);
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
