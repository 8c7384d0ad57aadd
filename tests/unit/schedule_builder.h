// Builds Sessions by hand for the query, index and view tests, so each test reads as its data:
//   session("k1", "Keynote: Opening").kind("keynote").on(2024, 3, 19).at("09:00", "09:30").utc_offset(60)
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "talkboard/query/schedule_index.h"
#include "talkboard/time/civil_time.h"
#include "talkboard/session.h"
#include "talkboard/time/session_span.h"

namespace talkboard::test {

class SessionBuilder {
public:
    SessionBuilder(std::string id, std::string title) {
        s_.id = std::move(id);
        s_.title = std::move(title);
    }
    SessionBuilder& kind(std::string k) { s_.kind = std::move(k); return *this; }
    SessionBuilder& section(std::string name) { s_.section = std::move(name); return *this; }
    SessionBuilder& room(std::string name) { s_.room = std::move(name); return *this; }
    SessionBuilder& track(std::string name) { s_.track = std::move(name); return *this; }
    SessionBuilder& abstract(std::string text) { s_.abstract = std::move(text); return *this; }
    SessionBuilder& speaker(std::string name, std::optional<std::string> org = std::nullopt) {
        s_.speakers.push_back({std::move(name), std::move(org), std::nullopt});
        return *this;
    }
    SessionBuilder& on(int year, int month, int day) { s_.date = CivilDate{year, month, day}; return *this; }
    // "HH:MM"; end may be "" for none.
    SessionBuilder& at(const std::string& start, const std::string& end = "") {
        s_.start_minute = minutes(start);
        if (!end.empty()) s_.end_minute = minutes(end);
        return *this;
    }
    // Gives the session UTC times from its local date and times at this UTC offset (CET = 60).
    SessionBuilder& utc_offset(int offset_minutes) { offset_ = offset_minutes; return *this; }

    operator Session() const {
        Session s = s_;
        if (offset_ && s.date && s.start_minute) {
            s.tz = "UTC" + std::to_string(*offset_);
            s.utc_start = to_unix_seconds(*s.date, *s.start_minute, *offset_);
            if (s.end_minute) {
                s.utc_end = *s.utc_start + std::int64_t{span_minutes(*s.start_minute, *s.end_minute)} * 60;
            }
        }
        return s;
    }

private:
    static int minutes(const std::string& hhmm) { return std::stoi(hhmm.substr(0, 2)) * 60 + std::stoi(hhmm.substr(3, 2)); }
    Session s_;
    std::optional<int> offset_;
};

inline SessionBuilder session(std::string id, std::string title) { return SessionBuilder(std::move(id), std::move(title)); }

inline Schedule schedule_of(std::vector<Session> sessions) {
    Schedule schedule;
    schedule.sessions = std::move(sessions);
    return schedule;
}

// Seconds since the epoch of a UTC wall-clock time: utc(2024, 3, 19, "08:50").
inline std::int64_t utc(int year, int month, int day, const std::string& hhmm) {
    return to_unix_seconds(CivilDate{year, month, day}, std::stoi(hhmm.substr(0, 2)) * 60 + std::stoi(hhmm.substr(3, 2)), 0);
}

// The index of the one session whose id is `id`; throws (a failed test) when there is none or more than one.
inline int session_with_id(const ScheduleIndex& index, const std::string& id) {
    std::vector<int> found;
    index.find_sessions_by_id(id, found);
    if (found.size() != 1) throw std::logic_error("not exactly one session with id " + id);
    return found[0];
}

// The ids of `indices`, in their order: what tests compare results by.
inline std::vector<std::string> ids_of(const Schedule& schedule, const std::vector<int>& indices) {
    std::vector<std::string> ids;
    for (int i : indices) ids.push_back(schedule.sessions.at(static_cast<std::size_t>(i)).id);
    return ids;
}

// A small conference (CET, UTC+1) that the query, index and view tests share. Given out of order;
// its display order is k1 t1 t2 t4 t3 t7 t5 t6:
//   Tue 19  09:00 k1 keynote          "Opening Remarks"         Anna Kapuścińska (Isovalent)
//           10:00 t1 lightning_talk   "eBPF for Everyone"       Jan Zięba (Google)
//           10:00 t2 (no kind)        "Service Mesh Deep Dive"  Liz Rice, Thomas Graf (Isovalent)
//   Wed 20  14:00 t4 panel            "Community Panel" 14-15   Bill Mulligan, Jef Spaleta, Anna Kapuścińska (Isovalent)
//           14:00 t3 maintainer_track "Tetragon: Runtime Security" 14:00-14:35  Natália Réka Ivánkó, Thomas Graf
//           --    t7 (no time)        "Booth Crawl"
//   Thu 21  12:30 t5 floating, no tz  "Office Hours"            Jan Zięba (Google)
//   undated       t6                  "Cilium Stickers"
inline Schedule conference_schedule() {
    return schedule_of({
        session("t5", "Office Hours").section("Community").speaker("Jan Zięba", "Google").on(2024, 3, 21).at("12:30", "13:15"),
        session("t2", "Service Mesh Deep Dive")
            .section("Talks")
            .speaker("Liz Rice", "Isovalent")
            .speaker("Thomas Graf", "Isovalent")
            .on(2024, 3, 19)
            .at("10:00", "10:30")
            .utc_offset(60)
            .abstract("Kubernetes networking with Cilium and a sidecar-free service mesh."),
        session("k1", "Opening Remarks")
            .kind("keynote")
            .section("Keynotes")
            .speaker("Anna Kapuścińska", "Isovalent")
            .on(2024, 3, 19)
            .at("09:00", "09:30")
            .utc_offset(60)
            .abstract("Welcome to Paris! Straße, café and ŁÓDŹ in one abstract."),
        session("t6", "Cilium Stickers").section("Community"),
        session("t3", "Tetragon: Runtime Security")
            .kind("maintainer_track")
            .section("Talks")
            .speaker("Natália Réka Ivánkó", "Isovalent")
            .speaker("Thomas Graf", "Isovalent")
            .on(2024, 3, 20)
            .at("14:00", "14:35")
            .utc_offset(60)
            .abstract("eBPF-based security observability."),
        session("t1", "eBPF for Everyone")
            .kind("lightning_talk")
            .section("Lightning Talks")
            .speaker("Jan Zięba", "Google")
            .on(2024, 3, 19)
            .at("10:00", "10:10")
            .utc_offset(60),
        session("t7", "Booth Crawl").section("Community").on(2024, 3, 20),
        session("t4", "Community Panel")
            .kind("panel")
            .section("Community")
            .speaker("Bill Mulligan", "Isovalent")
            .speaker("Jef Spaleta", "Isovalent")
            .speaker("Anna Kapuścińska", "Isovalent")
            .on(2024, 3, 20)
            .at("14:00", "15:00")
            .utc_offset(60),
    });
}

}  // namespace talkboard::test
