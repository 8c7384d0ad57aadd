// Tests for talkboard/icalendar.h: RFC 5545 structure, escaping, folding, times, selection, UIDs.
// Sessions are built by hand so these tests do not depend on the parser.
#include "talkboard/formats/icalendar.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "talkboard/formats/event_uid.h"
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
        CHECK(value_of(events[0], "SUMMARY") == "Talk");
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
        CHECK(values_of(event, "LOCATION").empty());  // a post's session has no room, the post no venue
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

TEST_CASE("sessions_to_icalendar exports exactly the sessions given", "[icalendar]") {
    const Schedule schedule =
        schedule_of({timed_session("s0", "Zero"), timed_session("s1", "One"), timed_session("s2", "Two")});
    auto titles = [&](const std::vector<std::size_t>& selection) {
        std::vector<std::string> result;
        for (const auto& event : events_of(sessions_to_icalendar(schedule, selection)))
            result.push_back(value_of(event, "SUMMARY"));
        return result;
    };
    SECTION("schedule_to_icalendar: every session in schedule order") {
        std::vector<std::string> all;
        for (const auto& event : events_of(schedule_to_icalendar(schedule))) all.push_back(value_of(event, "SUMMARY"));
        CHECK(all == std::vector<std::string>{"Zero", "One", "Two"});
    }
    SECTION("no sessions: a calendar without events, not all of them") {
        const std::string ics = sessions_to_icalendar(schedule, {});
        CHECK(events_of(ics).empty());
        CHECK(ics.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
        CHECK(ics.find("END:VCALENDAR\r\n") != std::string::npos);
    }
    SECTION("a subset, in the order given") {
        CHECK(titles({2, 0}) == std::vector<std::string>{"Two", "Zero"});
        CHECK(titles({1}) == std::vector<std::string>{"One"});
    }
    SECTION("out-of-range indices are skipped") {
        CHECK(titles({7, 1, 3, static_cast<std::size_t>(-1)}) == std::vector<std::string>{"One"});
        CHECK(titles({3}).empty());
    }
    SECTION("an index given twice is exported once") {
        CHECK(titles({1, 1, 0, 1}) == std::vector<std::string>{"One", "Zero"});
    }
}

TEST_CASE("schedule_to_icalendar is reproducible", "[icalendar]") {
    SECTION("same schedule, same bytes") {
        Session session = timed_session("kubecon-2024-03-19-0950-cilium", "Talk");
        session.abstract = "Some text.";
        const Schedule schedule = schedule_of({session, timed_session("other", "Other")});
        CHECK(schedule_to_icalendar(schedule) == schedule_to_icalendar(schedule));
    }
    SECTION("UIDs are event_uids', in every selection") {
        const Schedule schedule =
            schedule_of({timed_session("x", "A"), timed_session("y", "B"), timed_session("y", "B")});
        const std::vector<std::string> expected = event_uids(schedule);
        const auto all = events_of(schedule_to_icalendar(schedule));
        REQUIRE(all.size() == 3);
        for (std::size_t i = 0; i < all.size(); ++i) CHECK(value_of(all[i], "UID") == expected[i]);
        CHECK(expected[1] != expected[2]);  // the same talk twice is still two events
        CHECK(value_of(events_of(sessions_to_icalendar(schedule, {2})).at(0), "UID") == expected[2]);
        CHECK(value_of(events_of(sessions_to_icalendar(schedule, {1})).at(0), "UID") == expected[1]);
    }
    SECTION("a first revision: SEQUENCE 0, DTSTAMP and LAST-MODIFIED from the post date") {
        const auto event = events_of(schedule_to_icalendar(schedule_of({timed_session("a", "A")}))).at(0);
        CHECK(value_of(event, "DTSTAMP") == "20240202T120000Z");
        CHECK(value_of(event, "LAST-MODIFIED") == "20240202T120000Z");
        CHECK(value_of(event, "SEQUENCE") == "0");
        CHECK(values_of(content_lines(schedule_to_icalendar(schedule_of({timed_session("a", "A")}))),
                        "REFRESH-INTERVAL").empty());  // a download, not a subscription
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

TEST_CASE("schedule_to_icalendar writes LOCATION from the room and the post's venue", "[icalendar]") {
    auto location_of = [](const Session& session, std::optional<std::string> venue) {
        Schedule schedule = schedule_of({session});
        if (venue) schedule.post.emplace_back("location", *venue);
        return values_of(events_of(schedule_to_icalendar(schedule)).at(0), "LOCATION");
    };
    Session in_room = timed_session("a", "Talk");
    in_room.room = "Saal 1; Hall B";
    SECTION("the room of an imported session, escaped") {
        CHECK(location_of(in_room, std::nullopt) == std::vector<std::string>{R"(Saal 1\; Hall B)"});
    }
    SECTION("the post's venue when the session has no room") {
        CHECK(location_of(timed_session("a", "Talk"), "Paris Expo, Porte de Versailles") ==
              std::vector<std::string>{R"(Paris Expo\, Porte de Versailles)"});
    }
    SECTION("both: room, then venue") {
        CHECK(location_of(in_room, "Paris Expo") == std::vector<std::string>{R"(Saal 1\; Hall B\, Paris Expo)"});
    }
    SECTION("empty values are no location") {
        Session empty_room = timed_session("a", "Talk");
        empty_room.room = "";
        CHECK(location_of(empty_room, "").empty());
    }
}

namespace {

constexpr std::int64_t march_1_2024 = 1709251200;  // 2024-03-01T00:00:00Z, a build's "now"

std::string publish(const Schedule& schedule, const std::string& previous_ics, std::int64_t now) {
    PublishedCalendar previous;
    if (!previous_ics.empty()) {
        auto read = read_published_calendar(previous_ics);
        REQUIRE(read.ok());
        previous = read.value();
    }
    return schedule_to_published_icalendar(schedule, previous, now);
}

// The event whose SUMMARY is `title`.
std::vector<std::string> event_titled(const std::string& ics, const std::string& title) {
    for (const auto& event : events_of(ics))
        if (value_of(event, "SUMMARY") == title) return event;
    FAIL("no event titled " << title);
    return {};
}

std::string sequence_of(const std::string& ics, const std::string& title) {
    return value_of(event_titled(ics, title), "SEQUENCE");
}

}  // namespace

TEST_CASE("schedule_to_published_icalendar counts revisions against the previous calendar", "[icalendar]") {
    Session keynote = timed_session("k", "Keynote");
    keynote.url = "https://conf.example/keynote";
    Session panel = timed_session("p", "Panel");
    panel.url = "https://conf.example/panel";
    panel.start_minute = 11 * 60;
    panel.end_minute = 12 * 60;
    panel.utc_start = *panel.utc_start + 70 * 60;
    panel.utc_end = *panel.utc_start + 60 * 60;
    const Schedule schedule = schedule_of({keynote, panel});
    const std::string first = publish(schedule, "", march_1_2024);

    SECTION("a first publication is the plain export with refresh hints") {
        const auto lines = content_lines(first);
        CHECK(value_of(lines, "REFRESH-INTERVAL") == "PT1H");
        CHECK(value_of(lines, "X-PUBLISHED-TTL") == "PT1H");
        std::string without_hints = first;
        for (const char* hint : {"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "X-PUBLISHED-TTL:PT1H\r\n"})
            without_hints.erase(without_hints.find(hint), std::string(hint).size());
        CHECK(without_hints == schedule_to_icalendar(schedule));
        check_folding(first);
        CHECK(crlf_only(first));
    }
    SECTION("an unchanged post rebuilds to the same bytes, whatever the time") {
        CHECK(publish(schedule, first, march_1_2024 + 86400) == first);
        const std::string again = publish(schedule, first, march_1_2024 + 2 * 86400);
        CHECK(publish(schedule, again, march_1_2024 + 3 * 86400) == first);
    }
    SECTION("an edited session goes up by one, with the build's time; the others stay") {
        Schedule moved = schedule;
        moved.sessions[1].utc_start = *moved.sessions[1].utc_start + 30 * 60;
        moved.sessions[1].utc_end = *moved.sessions[1].utc_end + 30 * 60;
        const std::string second = publish(moved, first, march_1_2024);
        CHECK(value_of(event_titled(second, "Panel"), "UID") == value_of(event_titled(first, "Panel"), "UID"));
        CHECK(sequence_of(second, "Panel") == "1");
        CHECK(value_of(event_titled(second, "Panel"), "LAST-MODIFIED") == "20240301T000000Z");
        CHECK(value_of(event_titled(second, "Panel"), "DTSTAMP") == "20240301T000000Z");
        CHECK(sequence_of(second, "Keynote") == "0");
        CHECK(value_of(event_titled(second, "Keynote"), "LAST-MODIFIED") == "20240202T120000Z");
        CHECK(events_of(second).size() == 2);

        SECTION("rebuilt unchanged it stays at 1; edited again it goes to 2") {
            CHECK(publish(moved, second, march_1_2024 + 3600) == second);
            Schedule renamed = moved;
            renamed.sessions[1].title = "Panel: eBPF";
            const std::string third = publish(renamed, second, march_1_2024 + 7200);
            CHECK(sequence_of(third, "Panel: eBPF") == "2");
            CHECK(value_of(event_titled(third, "Panel: eBPF"), "LAST-MODIFIED") == "20240301T020000Z");
            SECTION("and reverting an edit is an edit too") {
                CHECK(sequence_of(publish(moved, third, march_1_2024 + 10800), "Panel") == "3");
            }
        }
        SECTION("a build clock behind the last revision does not move LAST-MODIFIED back") {
            Schedule again = moved;
            again.sessions[1].abstract = "Now with an abstract.";
            const std::string late = publish(again, second, march_1_2024 - 86400);
            CHECK(sequence_of(late, "Panel") == "2");
            CHECK(value_of(event_titled(late, "Panel"), "LAST-MODIFIED") == "20240301T000000Z");
        }
    }
    SECTION("a change of room or abstract is a revision too") {
        Schedule edited = schedule;
        edited.sessions[0].room = "Room B";
        CHECK(sequence_of(publish(edited, first, march_1_2024), "Keynote") == "1");
        edited = schedule;
        edited.sessions[0].abstract = "Text.";
        CHECK(sequence_of(publish(edited, first, march_1_2024), "Keynote") == "1");
    }
    SECTION("a new session starts at 0 with the build's time") {
        Schedule grown = schedule;
        Session lightning = timed_session("l", "Lightning");
        lightning.url = "https://conf.example/lightning";
        grown.sessions.push_back(lightning);
        const std::string second = publish(grown, first, march_1_2024);
        CHECK(sequence_of(second, "Lightning") == "0");
        CHECK(value_of(event_titled(second, "Lightning"), "LAST-MODIFIED") == "20240301T000000Z");
        CHECK(sequence_of(second, "Keynote") == "0");
    }
    SECTION("a dropped session stays, cancelled, one revision up; then it is carried as it is") {
        const Schedule shrunk = schedule_of({keynote});
        const std::string second = publish(shrunk, first, march_1_2024);
        const auto events = events_of(second);
        REQUIRE(events.size() == 2);
        const auto gone = event_titled(second, "Panel");
        CHECK(value_of(gone, "STATUS") == "CANCELLED");
        CHECK(value_of(gone, "SEQUENCE") == "1");
        CHECK(value_of(gone, "LAST-MODIFIED") == "20240301T000000Z");
        CHECK(value_of(gone, "UID") == value_of(event_titled(first, "Panel"), "UID"));
        CHECK(value_of(gone, "DTSTART") == value_of(event_titled(first, "Panel"), "DTSTART"));
        CHECK(value_of(gone, "URL") == "https://conf.example/panel");
        CHECK(values_of(event_titled(second, "Keynote"), "STATUS").empty());
        CHECK(publish(shrunk, second, march_1_2024 + 86400) == second);
        SECTION("and comes back live, one more revision up") {
            const std::string third = publish(schedule, second, march_1_2024 + 86400);
            CHECK(values_of(event_titled(third, "Panel"), "STATUS").empty());
            CHECK(sequence_of(third, "Panel") == "2");
            CHECK(events_of(third).size() == 2);
        }
    }
    SECTION("a foreign event's cancelled copy keeps only the lines this writer writes") {
        const std::string foreign =
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:other@example.org\r\nSEQUENCE:4\r\n"
            "DTSTART:20240319T100000Z\r\nSUMMARY:Theirs\r\nX-SECRET:1\r\nORGANIZER:mailto:a@example.org\r\n"
            "BEGIN:VALARM\r\nDESCRIPTION:Alarm text\r\nEND:VALARM\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:has space\r\nSUMMARY:Dropped\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const std::string ics = publish(schedule, foreign, march_1_2024);
        const auto theirs = event_titled(ics, "Theirs");
        CHECK(value_of(theirs, "SEQUENCE") == "5");
        CHECK(value_of(theirs, "STATUS") == "CANCELLED");
        CHECK(values_of(theirs, "X-SECRET").empty());
        CHECK(values_of(theirs, "ORGANIZER").empty());
        CHECK(values_of(theirs, "DESCRIPTION").empty());
        CHECK(ics.find("VALARM") == std::string::npos);
        CHECK(ics.find("Dropped") == std::string::npos);
        CHECK(events_of(ics).size() == 3);
    }
    SECTION("the output reads back as the calendar it is") {
        const auto read = read_published_calendar(first);
        REQUIRE(read.ok());
        REQUIRE(read.value().events.size() == 2);
        CHECK(read.value().events[0].uid == event_uids(schedule)[0]);
        CHECK(read.value().events[0].last_modified == 1706875200);  // 2024-02-02T12:00:00Z
    }
}
