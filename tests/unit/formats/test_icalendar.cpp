// Tests for talkboard/icalendar.h: RFC 5545 structure, escaping, folding, times, selection, UIDs.
// Sessions are built by hand so these tests do not depend on the parser.
#include "talkboard/formats/icalendar.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "talkboard/time/civil_time.h"

using namespace talkboard;

namespace {

// 2024-03-19 09:50 CET = 08:50 UTC.
constexpr std::int64_t utc_2024_03_19_0850 = 1710838200;

Session timed_session(std::string id, std::string title) {
    Session session;
    session.id = std::move(id);
    session.title = std::move(title);
    session.date = CivilDate{2024, 3, 19};
    session.start_minute = 9 * 60 + 50;
    session.end_minute = 10 * 60 + 15;
    session.tz = "CET";
    session.utc_start = utc_2024_03_19_0850;
    session.utc_end = utc_2024_03_19_0850 + 25 * 60;
    return session;
}

Schedule schedule_of(std::vector<Session> sessions) {
    Schedule schedule;
    schedule.post = {{"title", std::string("Cilium Talks at KubeCon EU 2024")},
                     {"date", std::string("2024-02-02T12:00:00.000Z")},
                     {"tags", std::vector<std::string>{"Cilium", "Kubecon"}}};
    schedule.sessions = std::move(sessions);
    return schedule;
}

// Physical lines, split on CRLF; the text must end with CRLF.
std::vector<std::string> physical_lines(const std::string& ics) {
    std::vector<std::string> lines;
    std::size_t from = 0;
    while (from < ics.size()) {
        const std::size_t end = ics.find("\r\n", from);
        if (end == std::string::npos) {
            lines.push_back(ics.substr(from));  // unterminated last line: caught by the CRLF check
            break;
        }
        lines.push_back(ics.substr(from, end - from));
        from = end + 2;
    }
    return lines;
}

// RFC 5545 3.1 unfolding: remove every CRLF followed by one space or tab.
std::string unfold(const std::string& ics) {
    std::string out;
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 2, "\r\n") == 0 && i + 2 < ics.size() && (ics[i + 2] == ' ' || ics[i + 2] == '\t')) {
            i += 2;
            continue;
        }
        out += ics[i];
    }
    return out;
}

std::vector<std::string> content_lines(const std::string& ics) { return physical_lines(unfold(ics)); }

// Values (everything after the first ':') of the content lines named `name` (with or without params).
std::vector<std::string> values_of(const std::vector<std::string>& lines, const std::string& name) {
    std::vector<std::string> values;
    for (const std::string& line : lines) {
        if (line.compare(0, name.size(), name) != 0 || line.size() == name.size()) continue;
        const char next = line[name.size()];
        if (next != ':' && next != ';') continue;
        values.push_back(line.substr(line.find(':') + 1));
    }
    return values;
}

std::string value_of(const std::vector<std::string>& lines, const std::string& name) {
    const auto values = values_of(lines, name);
    REQUIRE(values.size() == 1);
    return values.front();
}

// The content lines of each VEVENT, in order.
std::vector<std::vector<std::string>> events_of(const std::string& ics) {
    std::vector<std::vector<std::string>> events;
    bool inside = false;
    for (const std::string& line : content_lines(ics)) {
        if (line == "BEGIN:VEVENT") {
            inside = true;
            events.emplace_back();
        } else if (line == "END:VEVENT") {
            inside = false;
        } else if (inside) {
            events.back().push_back(line);
        }
    }
    return events;
}

bool is_valid_utf8(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
        i += length;
    }
    return true;
}

// Every line ends with CRLF; there is no bare CR or LF anywhere.
bool crlf_only(const std::string& ics) {
    if (ics.size() < 2 || ics.compare(ics.size() - 2, 2, "\r\n") != 0) return false;
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\r' && (i + 1 >= ics.size() || ics[i + 1] != '\n')) return false;
        if (ics[i] == '\n' && (i == 0 || ics[i - 1] != '\r')) return false;
    }
    return true;
}

void check_folding(const std::string& ics) {
    for (const std::string& line : physical_lines(ics)) {
        INFO("line: " << line);
        CHECK(line.size() <= 75);
        CHECK(is_valid_utf8(line));  // a fold inside a multibyte sequence would leave half of it here
    }
}

// Inverse of TEXT escaping, to compare a value with the text it came from.
std::string unescape_text(const std::string& value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            const char next = value[++i];
            out += (next == 'n' || next == 'N') ? '\n' : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

}  // namespace

TEST_CASE("schedule_to_icalendar writes a VCALENDAR envelope", "[icalendar]") {
    SECTION("header properties, calendar name from the post title, CRLF line ends") {
        const std::string ics = schedule_to_icalendar(schedule_of({timed_session("a", "Talk")}));
        const auto lines = content_lines(ics);
        REQUIRE(lines.size() >= 8);
        CHECK(lines[0] == "BEGIN:VCALENDAR");
        CHECK(lines[1] == "VERSION:2.0");
        CHECK(lines[2] == "PRODID:-//talkboard//talkboard//EN");
        CHECK(value_of(lines, "CALSCALE") == "GREGORIAN");
        CHECK(value_of(lines, "METHOD") == "PUBLISH");
        CHECK(value_of(lines, "X-WR-CALNAME") == "Cilium Talks at KubeCon EU 2024");
        CHECK(lines.back() == "END:VCALENDAR");
        CHECK(crlf_only(ics));
        CHECK(events_of(ics).size() == 1);
    }
    SECTION("a post without a title gets no calendar name") {
        Schedule schedule = schedule_of({timed_session("a", "Talk")});
        schedule.post.clear();
        const auto lines = content_lines(schedule_to_icalendar(schedule));
        CHECK(values_of(lines, "X-WR-CALNAME").empty());
    }
    SECTION("a list-valued title is not a name") {
        Schedule schedule = schedule_of({});
        schedule.post = {{"title", std::vector<std::string>{"a", "b"}}};
        CHECK(values_of(content_lines(schedule_to_icalendar(schedule)), "X-WR-CALNAME").empty());
    }
    SECTION("an empty schedule is still a well-formed calendar") {
        const std::string ics = schedule_to_icalendar(Schedule{});
        CHECK(ics ==
              "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//talkboard//talkboard//EN\r\n"
              "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
    }
}

TEST_CASE("schedule_to_icalendar escapes TEXT values", "[icalendar]") {
    SECTION("backslash, semicolon, comma and newlines") {
        Session session = timed_session("a", R"(Maps; sets, and \paths)");
        session.abstract = "First line\nsecond line\r\nthird; fourth, fifth\\";
        session.kind = "lightning_talk";
        Schedule schedule = schedule_of({session});
        schedule.post[0].second = std::string("Talks, Tracks; \\ Days");
        const std::string ics = schedule_to_icalendar(schedule);
        const auto lines = content_lines(ics);
        CHECK(value_of(lines, "X-WR-CALNAME") == R"(Talks\, Tracks\; \\ Days)");
        const auto event = events_of(ics).at(0);
        CHECK(value_of(event, "SUMMARY") == R"(Maps\; sets\, and \\paths)");
        CHECK(value_of(event, "DESCRIPTION") == R"(First line\nsecond line\nthird\; fourth\, fifth\\)");
        CHECK(value_of(event, "CATEGORIES") == "lightning_talk");
        CHECK(crlf_only(ics));
    }
    SECTION("a colon and quotes are not escaped") {
        const auto event = events_of(schedule_to_icalendar(schedule_of({timed_session("a", R"(Q&A: "eBPF")")}))).at(0);
        CHECK(value_of(event, "SUMMARY") == R"(Q&A: "eBPF")");
    }
    SECTION("control characters are dropped, tab is kept, a lone CR is a newline") {
        Session session = timed_session("a", std::string("Bell\a and\ttab and") + '\0' + "nul");
        session.abstract = "one\rtwo";
        const auto event = events_of(schedule_to_icalendar(schedule_of({session}))).at(0);
        CHECK(value_of(event, "SUMMARY") == "Bell and\ttab andnul");
        CHECK(value_of(event, "DESCRIPTION") == R"(one\ntwo)");
    }
}

TEST_CASE("schedule_to_icalendar folds lines at 75 octets", "[icalendar]") {
    SECTION("long ASCII text: every line fits and unfolding restores it") {
        std::string title;
        for (int i = 0; i < 40; ++i) title += "word" + std::to_string(i) + " ";
        const std::string ics = schedule_to_icalendar(schedule_of({timed_session("a", title)}));
        check_folding(ics);
        CHECK(crlf_only(ics));
        CHECK(unescape_text(value_of(events_of(ics).at(0), "SUMMARY")) == title);
        // Continuation lines start with exactly one space, which counts towards the 75 octets.
        const auto lines = physical_lines(ics);
        bool saw_full_continuation = false;
        for (const std::string& line : lines)
            if (line[0] == ' ' && line.size() == 75) saw_full_continuation = true;
        CHECK(saw_full_continuation);
    }
    SECTION("multibyte characters are never split, at every alignment") {
        // 2-, 3- and 4-octet sequences; shifting the prefix moves every fold point across them.
        const std::string pattern = u8"é€😀ü日本語🚀—";
        for (int shift = 0; shift < 8; ++shift) {
            const std::string title = std::string(static_cast<std::size_t>(shift), 'x') + [&] {
                std::string repeated;
                for (int i = 0; i < 20; ++i) repeated += pattern;
                return repeated;
            }();
            Session session = timed_session("a", title);
            session.abstract = title;
            const std::string ics = schedule_to_icalendar(schedule_of({session}));
            INFO("shift " << shift);
            check_folding(ics);
            const auto event = events_of(ics).at(0);
            CHECK(unescape_text(value_of(event, "SUMMARY")) == title);
            CHECK(unescape_text(value_of(event, "DESCRIPTION")) == title);
        }
    }
    SECTION("a line of exactly 75 octets is not folded, 76 is") {
        // "SUMMARY:" is 8 octets.
        const std::string ics75 = schedule_to_icalendar(schedule_of({timed_session("a", std::string(67, 'a'))}));
        const std::string ics76 = schedule_to_icalendar(schedule_of({timed_session("a", std::string(68, 'a'))}));
        CHECK(ics75.find("SUMMARY:" + std::string(67, 'a') + "\r\n") != std::string::npos);
        CHECK(ics76.find("SUMMARY:" + std::string(67, 'a') + "\r\n a\r\n") != std::string::npos);
    }
    SECTION("long URLs are folded too and come back whole") {
        Session session = timed_session("a", "Talk");
        session.url = "https://events.example.org/schedule/event/abc?iframe=no&w=100%&sidebar=yes&bg=no&"
                      "utm_source=talkboard&utm_medium=calendar&utm_campaign=kubecon-eu-2024";
        const std::string ics = schedule_to_icalendar(schedule_of({session}));
        check_folding(ics);
        CHECK(value_of(events_of(ics).at(0), "URL") == *session.url);
    }
}

TEST_CASE("schedule_to_icalendar writes UTC, floating and all-day times", "[icalendar]") {
    SECTION("UTC instants when the timezone is known") {
        const auto event = events_of(schedule_to_icalendar(schedule_of({timed_session("a", "Talk")}))).at(0);
        CHECK(value_of(event, "DTSTART") == "20240319T085000Z");
        CHECK(value_of(event, "DTEND") == "20240319T091500Z");
        CHECK(values_of(event, "DURATION").empty());
    }
    SECTION("floating local time when there is no UTC instant") {
        Session session = timed_session("a", "Talk");
        session.tz.reset();
        session.utc_start.reset();
        session.utc_end.reset();
        const auto event = events_of(schedule_to_icalendar(schedule_of({session}))).at(0);
        CHECK(value_of(event, "DTSTART") == "20240319T095000");
        CHECK(value_of(event, "DTEND") == "20240319T101500");
        for (const std::string& line : event) CHECK(line.find("TZID") == std::string::npos);
    }
    SECTION("a floating range crossing midnight ends on the next day") {
        Session session = timed_session("a", "Party");
        session.date = CivilDate{2024, 12, 31};  // and the next day is in the next year
        session.start_minute = 23 * 60;
        session.end_minute = 30;
        session.utc_start.reset();
        session.utc_end.reset();
        const auto event = events_of(schedule_to_icalendar(schedule_of({session}))).at(0);
        CHECK(value_of(event, "DTSTART") == "20241231T230000");
        CHECK(value_of(event, "DTEND") == "20250101T003000");
    }
    SECTION("a UTC range crossing midnight") {
        Session session = timed_session("a", "Late");
        session.start_minute = 23 * 60 + 30;
        session.end_minute = 30;
        session.utc_start = days_from_civil(CivilDate{2024, 3, 19}) * 86400 + (22 * 60 + 30) * 60;
        session.utc_end = *session.utc_start + 60 * 60;
        const auto event = events_of(schedule_to_icalendar(schedule_of({session}))).at(0);
        CHECK(value_of(event, "DTSTART") == "20240319T223000Z");
        CHECK(value_of(event, "DTEND") == "20240319T233000Z");
    }
    SECTION("a UTC end before the UTC start is not trusted: the length comes from the local times") {
        Session session = timed_session("a", "Late");  // 09:50 - 10:15 local
        session.utc_start = days_from_civil(CivilDate{2024, 3, 19}) * 86400 + (22 * 60 + 30) * 60;
        session.utc_end = days_from_civil(CivilDate{2024, 3, 19}) * 86400 + (0 * 60 + 30) * 60;
        const auto event = events_of(schedule_to_icalendar(schedule_of({session}))).at(0);
        CHECK(value_of(event, "DTEND") == "20240319T225500Z");
    }
    SECTION("a UTC start without a UTC end takes its length from the local times") {
        Session session = timed_session("a", "Talk");
        session.utc_end.reset();
        const auto event = events_of(schedule_to_icalendar(schedule_of({session}))).at(0);
        CHECK(value_of(event, "DTEND") == "20240319T091500Z");
    }
    SECTION("no end time, or an end equal to the start: an instant (DURATION:PT0S), never a length") {
        Session utc_no_end = timed_session("a", "Talk");
        utc_no_end.end_minute.reset();
        utc_no_end.utc_end.reset();
        Session floating_no_end = utc_no_end;
        floating_no_end.id = "b";
        floating_no_end.utc_start.reset();
        Session utc_equal = timed_session("c", "Photo");  // "09:50 - 09:50": not a full day
        utc_equal.end_minute = utc_equal.start_minute;
        utc_equal.utc_end = utc_equal.utc_start;
        Session floating_equal = utc_equal;
        floating_equal.id = "d";
        floating_equal.utc_start.reset();
        floating_equal.utc_end.reset();
        const auto events = events_of(schedule_to_icalendar(schedule_of({utc_no_end, floating_no_end, utc_equal, floating_equal})));
        REQUIRE(events.size() == 4);
        const char* starts[] = {"20240319T085000Z", "20240319T095000", "20240319T085000Z", "20240319T095000"};
        for (std::size_t i = 0; i < events.size(); ++i) {
            INFO("event " << i);
            CHECK(value_of(events[i], "DTSTART") == starts[i]);
            CHECK(value_of(events[i], "DURATION") == "PT0S");
            CHECK(values_of(events[i], "DTEND").empty());
        }
    }
    SECTION("a date without a time is an all-day event ending the next day") {
        Session session;
        session.id = "day";
        session.title = "Cilium + eBPF Day";
        session.date = CivilDate{2024, 2, 29};
        const std::string ics = schedule_to_icalendar(schedule_of({session}));
        CHECK(ics.find("DTSTART;VALUE=DATE:20240229\r\n") != std::string::npos);
        CHECK(ics.find("DTEND;VALUE=DATE:20240301\r\n") != std::string::npos);
    }
    SECTION("sessions without a date are left out") {
        Session undated = timed_session("undated", "Somewhen");
        undated.date.reset();
        undated.utc_start.reset();
        undated.utc_end.reset();
        const std::string ics = schedule_to_icalendar(schedule_of({undated, timed_session("dated", "Talk")}));
        const auto events = events_of(ics);
        REQUIRE(events.size() == 1);
        CHECK(value_of(events[0], "UID") == "dated@talkboard");
        CHECK(ics.find("Somewhen") == std::string::npos);
    }
}

TEST_CASE("schedule_to_icalendar fills SUMMARY, DESCRIPTION, URL and CATEGORIES", "[icalendar]") {
    SECTION("speakers line, blank line, abstract, url") {
        Session session = timed_session("a", "Cilium: The Future");
        session.speakers = {{"Laurent Bernaille", std::string("Datadog"), std::nullopt},
                            {"Bill Mulligan", std::string("Isovalent"), std::nullopt},
                            {"Jane Doe", std::nullopt, std::string("CTO")},
                            {"Solo", std::nullopt, std::nullopt}};
        session.abstract = "Paragraph one.\n\nParagraph two.";
        session.url = "https://example.org/talk?a=1,2;b";
        session.kind = "keynote";
        const auto event = events_of(schedule_to_icalendar(schedule_of({session}))).at(0);
        CHECK(value_of(event, "SUMMARY") == R"(Cilium: The Future)");
        CHECK(unescape_text(value_of(event, "DESCRIPTION")) ==
              "Laurent Bernaille (Datadog), Bill Mulligan (Isovalent), Jane Doe (CTO), Solo\n\n"
              "Paragraph one.\n\nParagraph two.\n\nhttps://example.org/talk?a=1,2;b");
        CHECK(value_of(event, "URL") == "https://example.org/talk?a=1,2;b");  // a URI is not TEXT-escaped
        CHECK(value_of(event, "CATEGORIES") == "keynote");
        CHECK(values_of(event, "LOCATION").empty());
    }
    SECTION("role and org both shown") {
        Session session = timed_session("a", "Talk");
        session.speakers = {{"Alexey Milovidov", std::string("ClickHouse, Inc"), std::string("CTO")}};
        const auto event = events_of(schedule_to_icalendar(schedule_of({session}))).at(0);
        CHECK(unescape_text(value_of(event, "DESCRIPTION")) == "Alexey Milovidov (CTO, ClickHouse, Inc)");
    }
    SECTION("nothing to describe: no DESCRIPTION, URL or CATEGORIES") {
        const auto event = events_of(schedule_to_icalendar(schedule_of({timed_session("a", "Bare")}))).at(0);
        CHECK(values_of(event, "DESCRIPTION").empty());
        CHECK(values_of(event, "URL").empty());
        CHECK(values_of(event, "CATEGORIES").empty());
    }
    SECTION("a URL that cannot be a URI is not written as URL") {
        Session session = timed_session("a", "Talk");
        session.url = "https://example.org/a b\r\nX-INJECTED:1";
        const std::string ics = schedule_to_icalendar(schedule_of({session}));
        const auto event = events_of(ics).at(0);
        CHECK(values_of(event, "URL").empty());
        CHECK(values_of(event, "X-INJECTED").empty());
        CHECK(crlf_only(ics));
    }
}

TEST_CASE("schedule_to_icalendar exports a selection", "[icalendar]") {
    const Schedule schedule =
        schedule_of({timed_session("s0", "Zero"), timed_session("s1", "One"), timed_session("s2", "Two")});
    auto uids = [&](const std::vector<std::size_t>& selection) {
        std::vector<std::string> result;
        for (const auto& event : events_of(schedule_to_icalendar(schedule, selection)))
            result.push_back(value_of(event, "UID"));
        return result;
    };
    SECTION("empty selection: every session in schedule order") {
        CHECK(uids({}) == std::vector<std::string>{"s0@talkboard", "s1@talkboard", "s2@talkboard"});
    }
    SECTION("a subset, in the order given") {
        CHECK(uids({2, 0}) == std::vector<std::string>{"s2@talkboard", "s0@talkboard"});
        CHECK(uids({1}) == std::vector<std::string>{"s1@talkboard"});
    }
    SECTION("out-of-range indices are skipped") {
        CHECK(uids({7, 1, 3, static_cast<std::size_t>(-1)}) == std::vector<std::string>{"s1@talkboard"});
        CHECK(uids({3}).empty());
    }
    SECTION("an index given twice is exported once") {
        CHECK(uids({1, 1, 0, 1}) == std::vector<std::string>{"s1@talkboard", "s0@talkboard"});
    }
}

TEST_CASE("schedule_to_icalendar is reproducible", "[icalendar]") {
    SECTION("same schedule, same bytes") {
        Session session = timed_session("kubecon-2024-03-19-0950-cilium", "Talk");
        session.abstract = "Some text.";
        const Schedule schedule = schedule_of({session, timed_session("other", "Other")});
        CHECK(schedule_to_icalendar(schedule) == schedule_to_icalendar(schedule));
        CHECK(value_of(events_of(schedule_to_icalendar(schedule)).at(0), "UID") ==
              "kubecon-2024-03-19-0950-cilium@talkboard");
    }
    SECTION("a UID does not depend on the selection") {
        const Schedule schedule = schedule_of({timed_session("x", "A"), timed_session("y", "B")});
        CHECK(value_of(events_of(schedule_to_icalendar(schedule, {1})).at(0), "UID") == "y@talkboard");
    }
    SECTION("duplicate ids still give distinct UIDs, stable under selection") {
        const Schedule schedule =
            schedule_of({timed_session("dup", "A"), timed_session("dup", "B"), timed_session("dup", "C")});
        const auto all = events_of(schedule_to_icalendar(schedule));
        REQUIRE(all.size() == 3);
        CHECK(value_of(all[0], "UID") == "dup@talkboard");
        CHECK(value_of(all[1], "UID") == "dup-2@talkboard");
        CHECK(value_of(all[2], "UID") == "dup-3@talkboard");
        CHECK(value_of(events_of(schedule_to_icalendar(schedule, {2})).at(0), "UID") == "dup-3@talkboard");
    }
    SECTION("interleaved duplicate ids are numbered in schedule order, each id on its own") {
        const Schedule schedule = schedule_of({timed_session("b", "1"), timed_session("a", "2"), timed_session("b", "3"),
                                               timed_session("a", "4"), timed_session("b", "5"), timed_session("c", "6")});
        std::vector<std::string> uids;
        for (const auto& event : events_of(schedule_to_icalendar(schedule))) uids.push_back(value_of(event, "UID"));
        CHECK(uids == std::vector<std::string>{"b@talkboard", "a@talkboard", "b-2@talkboard", "a-2@talkboard",
                                               "b-3@talkboard", "c@talkboard"});
    }
    SECTION("an empty id falls back to the session's position") {
        const auto event = events_of(schedule_to_icalendar(schedule_of({timed_session("", "A")}))).at(0);
        CHECK(value_of(event, "UID") == "session-1@talkboard");
    }
    SECTION("DTSTAMP comes from the post date") {
        const auto event = events_of(schedule_to_icalendar(schedule_of({timed_session("a", "A")}))).at(0);
        CHECK(value_of(event, "DTSTAMP") == "20240202T120000Z");
    }
    SECTION("post dates in other ISO forms") {
        Schedule schedule = schedule_of({timed_session("a", "A")});
        auto stamp_for = [&](const std::string& date) {
            schedule.post[1].second = date;
            return value_of(events_of(schedule_to_icalendar(schedule)).at(0), "DTSTAMP");
        };
        CHECK(stamp_for("2024-02-02") == "20240202T000000Z");
        CHECK(stamp_for("2024-02-02 08:30") == "20240202T083000Z");
        CHECK(stamp_for("2024-02-02T01:30:15+02:00") == "20240201T233015Z");
        CHECK(stamp_for("2024-02-02T23:00:00-0130") == "20240203T003000Z");
        CHECK(stamp_for("2024-02-02T12:00:00.123456Z") == "20240202T120000Z");
    }
    SECTION("no usable post date: the session's start (floating read as UTC, all-day at midnight)") {
        Session utc = timed_session("utc", "A");
        Session floating = timed_session("floating", "B");
        floating.utc_start.reset();
        floating.utc_end.reset();
        Session all_day = timed_session("day", "C");
        all_day.start_minute.reset();
        all_day.end_minute.reset();
        all_day.utc_start.reset();
        all_day.utc_end.reset();
        Schedule schedule = schedule_of({utc, floating, all_day});
        schedule.post[1].second = std::string("last spring");
        const auto events = events_of(schedule_to_icalendar(schedule));
        REQUIRE(events.size() == 3);
        CHECK(value_of(events[0], "DTSTAMP") == "20240319T085000Z");
        CHECK(value_of(events[1], "DTSTAMP") == "20240319T095000Z");
        CHECK(value_of(events[2], "DTSTAMP") == "20240319T000000Z");
        schedule.post.clear();
        CHECK(value_of(events_of(schedule_to_icalendar(schedule)).at(0), "DTSTAMP") == "20240319T085000Z");
    }
}
