#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "schedule_builder.h"
#include "talkboard/post.h"
#include "talkboard/query/query.h"

using namespace talkboard;
using talkboard::test::session;
using talkboard::test::schedule_of;
using talkboard::test::utc;
using ids = std::vector<std::string>;

namespace {

const ScheduleIndex& conference() {
    static const ScheduleIndex index(test::conference_schedule());
    return index;
}

ids matched(const QueryResult& r) { return test::ids_of(conference().schedule(), r.sessions); }

// The facet count of `value` in dimension `d`.
int facet(const ScheduleIndex& index, const QueryResult& r, Dimension d, const std::string& value) {
    const int id = index.find_value(d, value);
    REQUIRE(id >= 0);
    return r.facets[d].at(static_cast<std::size_t>(id));
}
int facet(const QueryResult& r, Dimension d, const std::string& value) { return facet(conference(), r, d, value); }

ids values_of_dimension(const ScheduleIndex& index, Dimension d) {
    ids out;
    for (const DimensionValue& v : index.values(d)) out.push_back(v.value);
    return out;
}

// The substrings of `text` that `ranges` mark.
ids marked(const std::string& text, const std::vector<TextRange>& ranges) {
    ids out;
    for (const TextRange& r : ranges) {
        REQUIRE(0 <= r.begin);
        REQUIRE(r.begin <= r.end);
        REQUIRE(static_cast<std::size_t>(r.end) <= text.size());
        out.push_back(text.substr(static_cast<std::size_t>(r.begin), static_cast<std::size_t>(r.end - r.begin)));
    }
    return out;
}

QueryResult run_text(const std::string& text) {
    Query q;
    q.text = text;
    return run_query(conference(), q);
}

// The highlight of session `id` of the conference for the search `text`, in UTF-8 bytes.
SessionHighlight highlight_of(const std::string& text, const std::string& id, bool utf16 = false) {
    return highlight_session(conference(), text, test::session_with_id(conference(), id), utf16);
}

}  // namespace

TEST_CASE("run_query with an empty query returns every session in display order", "[query]") {
    const QueryResult r = run_query(conference(), Query{});
    CHECK(r.total == 8);
    CHECK(matched(r) == ids{"k1", "t1", "t2", "t4", "t3", "t7", "t5", "t6"});
    CHECK(r.terms.empty());
    CHECK(r.days.size() == 4);
    CHECK(r.conflicts.pairs.empty());
    CHECK(r.now_next.now.empty());
    CHECK(r.now_next.next.empty());
    SECTION("facets count every session") {
        CHECK(r.facets[Dimension::day] == std::vector<int>{3, 3, 1});
        CHECK(r.facets[Dimension::kind] == std::vector<int>{1, 1, 1, 1});
        CHECK(r.facets[Dimension::section] == std::vector<int>{4, 2, 1, 1});  // Community, Talks, Keynotes, Lightning Talks
        CHECK(r.facets[Dimension::speaker] == std::vector<int>{2, 1, 2, 1, 1, 1, 2});
        CHECK(r.facets[Dimension::org] == std::vector<int>{2, 4});  // Google, Isovalent (the panel counts once)
    }
    SECTION("whitespace-only text is no text filter") { CHECK(run_text(" \t\n ").sessions.size() == 8); }
    SECTION("an empty schedule gives an empty result") {
        const ScheduleIndex empty{Schedule{}};
        Query q;
        q.text = "anything";
        q.selected[Dimension::day] = {"2024-03-19"};
        q.now_utc = 1.7e9;
        const QueryResult e = run_query(empty, q);
        CHECK(e.total == 0);
        CHECK(e.sessions.empty());
        CHECK(e.facets[Dimension::day].empty());
        CHECK(e.days.empty());
    }
}

TEST_CASE("run_query filters: OR within a dimension, AND across dimensions", "[query]") {
    Query q;
    SECTION("day") {
        q.selected[Dimension::day] = {"2024-03-20"};
        CHECK(matched(run_query(conference(), q)) == ids{"t4", "t3", "t7"});
        q.selected[Dimension::day] = {"2024-03-21", "2024-03-19"};
        CHECK(matched(run_query(conference(), q)) == ids{"k1", "t1", "t2", "t5"});
    }
    SECTION("kind; sessions without a kind drop out") {
        q.selected[Dimension::kind] = {"keynote", "panel"};
        CHECK(matched(run_query(conference(), q)) == ids{"k1", "t4"});
    }
    SECTION("section") {
        q.selected[Dimension::section] = {"Talks"};
        CHECK(matched(run_query(conference(), q)) == ids{"t2", "t3"});
    }
    SECTION("speaker, matched case- and accent-insensitively") {
        q.selected[Dimension::speaker] = {"Thomas Graf"};
        CHECK(matched(run_query(conference(), q)) == ids{"t2", "t3"});
        q.selected[Dimension::speaker] = {"jan zieba"};
        CHECK(matched(run_query(conference(), q)) == ids{"t1", "t5"});
    }
    SECTION("org") {
        q.selected[Dimension::org] = {"Google"};
        CHECK(matched(run_query(conference(), q)) == ids{"t1", "t5"});
    }
    SECTION("AND across dimensions") {
        q.selected[Dimension::day] = {"2024-03-19"};
        q.selected[Dimension::org] = {"Isovalent"};
        CHECK(matched(run_query(conference(), q)) == ids{"k1", "t2"});
        q = Query{};
        q.selected[Dimension::day] = {"2024-03-19", "2024-03-20"};
        q.selected[Dimension::kind] = {"keynote", "maintainer_track"};
        q.selected[Dimension::speaker] = {"Thomas Graf", "Anna Kapuścińska"};
        CHECK(matched(run_query(conference(), q)) == ids{"k1", "t3"});
        q.text = "tetragon";
        CHECK(matched(run_query(conference(), q)) == ids{"t3"});
    }
}

TEST_CASE("run_query with unknown filter values matches nothing and does not crash", "[query]") {
    Query q;
    SECTION("an unknown value alone selects no session") {
        q.selected[Dimension::kind] = {"workshop"};
        const QueryResult r = run_query(conference(), q);
        CHECK(r.sessions.empty());
        CHECK(r.days.empty());
        CHECK(r.facets[Dimension::kind] == std::vector<int>{1, 1, 1, 1});  // its own dimension is not filtered
        CHECK(r.facets[Dimension::day] == std::vector<int>{0, 0, 0});
    }
    SECTION("beside a known value it adds nothing") {
        q.selected[Dimension::kind] = {"workshop", "keynote"};
        CHECK(matched(run_query(conference(), q)) == ids{"k1"});
    }
    SECTION("malformed and empty values") {
        q.selected[Dimension::day] = {"not a date", ""};
        CHECK(run_query(conference(), q).sessions.empty());
        q = Query{};
        q.selected[Dimension::speaker] = {""};
        CHECK(run_query(conference(), q).sessions.empty());
        q = Query{};
        q.selected[Dimension::org] = {std::string("\xFF\xFE\0", 3)};
        CHECK(run_query(conference(), q).sessions.empty());
    }
    SECTION("unknown favourite ids are ignored") {
        q.favorites = {"nope", ""};
        q.favorites_only = true;
        CHECK(run_query(conference(), q).sessions.empty());
        q.favorites_only = false;
        CHECK(run_query(conference(), q).sessions.size() == 8);
    }
}

TEST_CASE("run_query facet counts: each dimension as if its own selection were replaced", "[query]") {
    Query q;
    SECTION("one dimension selected") {
        q.selected[Dimension::kind] = {"keynote"};
        const QueryResult r = run_query(conference(), q);
        CHECK(matched(r) == ids{"k1"});
        CHECK(r.facets[Dimension::kind] == std::vector<int>{1, 1, 1, 1});
        CHECK(facet(r, Dimension::day, "2024-03-19") == 1);
        CHECK(facet(r, Dimension::day, "2024-03-20") == 0);  // had 3 sessions before the kind filter
        CHECK(facet(r, Dimension::speaker, "Anna Kapuścińska") == 1);
        CHECK(facet(r, Dimension::speaker, "Thomas Graf") == 0);
        CHECK(facet(r, Dimension::org, "Google") == 0);
    }
    SECTION("two dimensions selected") {
        q.selected[Dimension::day] = {"2024-03-19"};
        q.selected[Dimension::org] = {"Isovalent"};
        const QueryResult r = run_query(conference(), q);
        CHECK(matched(r) == ids{"k1", "t2"});
        CHECK(r.facets[Dimension::day] == std::vector<int>{2, 2, 0});  // Isovalent sessions per day
        CHECK(r.facets[Dimension::org] == std::vector<int>{1, 2});     // sessions on the 19th per org
        CHECK(facet(r, Dimension::speaker, "Liz Rice") == 1);
        CHECK(facet(r, Dimension::speaker, "Jan Zięba") == 0);
        CHECK(facet(r, Dimension::kind, "keynote") == 1);
        CHECK(facet(r, Dimension::kind, "lightning_talk") == 0);
    }
    SECTION("text, favourites and hide past narrow every dimension") {
        q.text = "cilium";  // t2's abstract, t6's title
        QueryResult r = run_query(conference(), q);
        CHECK(matched(r) == ids{"t2", "t6"});
        CHECK(r.facets[Dimension::day] == std::vector<int>{1, 0, 0});  // t6 has no date: no day value counts it
        CHECK(r.facets[Dimension::section] == std::vector<int>{1, 1, 0, 0});
        q.favorites = {"t6"};
        q.favorites_only = true;
        r = run_query(conference(), q);
        CHECK(matched(r) == ids{"t6"});
        CHECK(r.facets[Dimension::day] == std::vector<int>{0, 0, 0});
        CHECK(r.facets[Dimension::section] == std::vector<int>{1, 0, 0, 0});
    }
}

TEST_CASE("run_query text search is case- and accent-insensitive, every term must match", "[query]") {
    SECTION("case and accents, both ways") {
        CHECK(matched(run_text("KAPUSCINSKA")) == ids{"k1", "t4"});
        CHECK(matched(run_text("kapuścińska")) == ids{"k1", "t4"});
        CHECK(matched(run_text("zieba")) == ids{"t1", "t5"});
        CHECK(matched(run_text("Zięba")) == ids{"t1", "t5"});
        CHECK(matched(run_text("lodz")) == ids{"k1"});     // "ŁÓDŹ" in the abstract
        CHECK(matched(run_text("strasse")) == ids{"k1"});  // "Straße"
        CHECK(matched(run_text("CAFE")) == ids{"k1"});
        CHECK(matched(run_text("ivanko")) == ids{"t3"});
    }
    SECTION("title, speaker names, orgs and abstract are searched; substrings match") {
        CHECK(matched(run_text("tetragon")) == ids{"t3"});
        CHECK(matched(run_text("google")) == ids{"t1", "t5"});
        CHECK(matched(run_text("netes")) == ids{"t2"});
        CHECK(matched(run_text("ebpf")) == ids{"t1", "t3"});
    }
    SECTION("several terms: AND, each anywhere") {
        CHECK(matched(run_text("ebpf security")) == ids{"t3"});
        CHECK(matched(run_text("thomas tetragon")) == ids{"t3"});  // speaker + title
        CHECK(matched(run_text("remarks anna")) == ids{"k1"});
        CHECK(matched(run_text("mesh service")) == ids{"t2"});
        CHECK(run_text("ebpf nosuchword").sessions.empty());
        CHECK(run_text("ebpx").sessions.empty());  // near misses: all but one byte match
        CHECK(run_text("xbpf").sessions.empty());
        CHECK(run_text("aebpf").sessions.empty());
        CHECK(run_text("tetragon:x").sessions.empty());
        CHECK(run_text("zieba zieba").terms == ids{"zieba", "zieba"});
    }
    SECTION("quoted phrases keep their order and never span two fields") {
        CHECK(matched(run_text("\"service mesh\"")) == ids{"t2"});
        CHECK(run_text("\"mesh service\"").sessions.empty());
        CHECK(run_text("\"remarks anna\"").sessions.empty());  // title then speaker
        CHECK(run_text("\"graf natalia\"").sessions.empty());  // t3's two speakers, in two fields
    }
    SECTION("the kind is searched by its label; the section is a filter, not search text") {
        CHECK(matched(run_text("keynote")) == ids{"k1"});
        CHECK(matched(run_text("lightning")) == ids{"t1"});
        CHECK(matched(run_text("\"lightning talk\"")) == ids{"t1"});
        CHECK(matched(run_text("maintainer track")) == ids{"t3"});
        CHECK(run_text("lightning_talk").sessions.empty());  // the tag is not text readers see
        CHECK(run_text("keynotes").sessions.empty());       // k1's section name
        // A kind match has nothing to mark: the highlight of the fields shown stays empty.
        const int t1 = conference().display_order()[1];
        const SessionHighlight h = highlight_session(conference(), "lightning", t1, false);
        CHECK(h.title.empty());
        CHECK(h.abstract.empty());
    }
    SECTION("no match empties the result and zeroes the facets") {
        const QueryResult r = run_text("kubecon2099");
        CHECK(r.sessions.empty());
        CHECK(r.facets[Dimension::day] == std::vector<int>{0, 0, 0});
        CHECK(r.terms == ids{"kubecon2099"});
    }
}

TEST_CASE("parse_search_terms splits, folds and quotes", "[query]") {
    SECTION("good input") {
        CHECK(parse_search_terms("  Cilium  \"Service  MESH\" Zięba") == ids{"cilium", "service mesh", "zieba"});
        CHECK(parse_search_terms("“curly quotes” work") == ids{"curly quotes", "work"});
        CHECK(parse_search_terms("\"unclosed phrase  ") == ids{"unclosed phrase"});
        CHECK(parse_search_terms("a\"b c\"d") == ids{"a", "b c", "d"});
    }
    SECTION("bad input: nothing to search") {
        CHECK(parse_search_terms("").empty());
        CHECK(parse_search_terms("\"\" \"  \"").empty());
        CHECK(parse_search_terms("\xC2\xAD").empty());  // a lone soft hyphen folds to nothing
    }
    SECTION("at the limits") {
        std::string many;
        for (std::size_t i = 0; i < max_search_terms; ++i) many += "cilium ";
        CHECK(parse_search_terms(many + "nosuchword").size() == max_search_terms);
        CHECK(matched(run_text(many + "nosuchword")) == ids{"t2", "t6"});  // the 17th term is ignored

        CHECK(parse_search_terms(std::string(max_query_text_bytes - 6, ' ') + "cilium") == ids{"cilium"});
        CHECK(parse_search_terms(std::string(max_query_text_bytes - 5, ' ') + "cilium") == ids{"ciliu"});
        // A cut never splits a code point: "ę" would straddle the limit, so it goes whole.
        CHECK(parse_search_terms(std::string(max_query_text_bytes - 1, ' ') + "ę").empty());
        CHECK(parse_search_terms(std::string(100000, 'x')).at(0).size() == max_query_text_bytes);
    }
}

TEST_CASE("highlight_session ranges point at the original bytes", "[query]") {
    const Session& k1 = conference().session(2);
    REQUIRE(k1.id == "k1");
    SECTION("after multibyte characters, in speaker names") {
        const SessionHighlight h = highlight_of("kapuscinska", "k1");
        CHECK(h.session == 2);
        CHECK(h.title.empty());
        CHECK(h.abstract.empty());
        REQUIRE(h.speakers.size() == 1);
        CHECK(h.speakers[0].name == std::vector<TextRange>{{5, 18}});  // "Anna " + 13 bytes of "Kapuścińska"
        CHECK(marked(k1.speakers[0].name, h.speakers[0].name) == ids{"Kapuścińska"});
        CHECK(h.speakers[0].org.empty());
        const SessionHighlight panel = highlight_of("kapuscinska", "t4");
        REQUIRE(panel.speakers.size() == 3);
        CHECK(panel.speakers[0].name.empty());
        CHECK(panel.speakers[2].name == std::vector<TextRange>{{5, 18}});
    }
    SECTION("several terms in the abstract, each wrapping the accented original") {
        CHECK(marked(k1.abstract, highlight_of("lodz strasse cafe", "k1").abstract) == ids{"Straße", "café", "ŁÓDŹ"});
    }
    SECTION("a partial match inside a folded character covers the whole character") {
        CHECK(marked(k1.abstract, highlight_of("stras", "k1").abstract) == ids{"Straß"});
        CHECK(marked(k1.abstract, highlight_of("caf", "k1").abstract) == ids{"caf"});
    }
    SECTION("overlapping ranges merge; separate ones stay apart; orgs are ranged too") {
        const SessionHighlight h = highlight_of("serv vice mesh isoval", "t2");
        const Session& t2 = conference().session(h.session);
        CHECK(marked(t2.title, h.title) == ids{"Service", "Mesh"});
        CHECK(marked(t2.abstract, h.abstract) == ids{"service", "mesh"});
        CHECK(marked(*t2.speakers[1].org, h.speakers[1].org) == ids{"Isoval"});
    }
    SECTION("every occurrence is marked") {
        const ScheduleIndex index(schedule_of({session("a", "Ésa esa ÉSA").abstract("ésaésa")}));
        const SessionHighlight h = highlight_session(index, "esa", 0, false);
        CHECK(marked("Ésa esa ÉSA", h.title) == ids{"Ésa", "esa", "ÉSA"});
        CHECK(marked("ésaésa", h.abstract) == ids{"ésaésa"});  // touching: merged
    }
    SECTION("UTF-16 offsets on request") {
        CHECK(highlight_of("kapuscinska", "k1", true).speakers[0].name == std::vector<TextRange>{{5, 16}});
    }
    SECTION("bad input: a session that does not contain the terms, or no terms, gets empty ranges") {
        for (const std::string text : {"tetragon", "", "  \"  "}) {
            const SessionHighlight h = highlight_session(conference(), text, 2, false);
            CHECK(h.title.empty());
            CHECK(h.abstract.empty());
            REQUIRE(h.speakers.size() == 1);
            CHECK(h.speakers[0].name.empty());
            CHECK(h.speakers[0].org.empty());
        }
    }
}

TEST_CASE("run_query favourites: only favourites, and conflicts among them", "[query]") {
    Query q;
    q.favorites = {"t3", "zzz", "k1", "t4"};
    SECTION("favorites_only keeps the starred sessions in display order") {
        q.favorites_only = true;
        const QueryResult r = run_query(conference(), q);
        CHECK(matched(r) == ids{"k1", "t4", "t3"});
        CHECK(r.facets[Dimension::kind] == std::vector<int>{1, 0, 1, 1});
    }
    SECTION("favourites do not filter unless asked, but always give conflicts") {
        const QueryResult r = run_query(conference(), q);
        CHECK(r.sessions.size() == 8);
        REQUIRE(r.conflicts.pairs.size() == 1);
        CHECK(conference().session(r.conflicts.pairs[0].first).id == "t4");
        CHECK(conference().session(r.conflicts.pairs[0].second).id == "t3");
        q.selected[Dimension::day] = {"2024-03-19"};  // conflicts ignore the filters: they are about the reader's plan
        CHECK(run_query(conference(), q).conflicts.pairs.size() == 1);
    }
    SECTION("bad input: favorites_only with no favourites shows nothing") {
        q.favorites.clear();
        q.favorites_only = true;
        CHECK(run_query(conference(), q).sessions.empty());
    }
}

TEST_CASE("run_query hide past and now/next", "[query]") {
    Query q;
    q.hide_past = true;
    SECTION("ended UTC sessions go; running, future and floating ones stay") {
        q.now_utc = static_cast<double>(utc(2024, 3, 19, "09:05"));  // 10:05 CET: k1 ended at 09:30 CET
        const QueryResult r = run_query(conference(), q);
        CHECK(matched(r) == ids{"t1", "t2", "t4", "t3", "t7", "t5", "t6"});
        CHECK(test::ids_of(conference().schedule(), r.now_next.now) == ids{"t1", "t2"});
        CHECK(test::ids_of(conference().schedule(), r.now_next.next) == ids{"t4", "t3"});
    }
    SECTION("after the event only floating sessions remain, and facets agree") {
        q.now_utc = static_cast<double>(utc(2030, 1, 1, "00:00"));
        const QueryResult r = run_query(conference(), q);
        CHECK(matched(r) == ids{"t7", "t5", "t6"});
        CHECK(r.facets[Dimension::day] == std::vector<int>{0, 1, 1});
        CHECK(r.now_next.now.empty());
        CHECK(r.now_next.next.empty());
    }
    SECTION("a session without an end is past once its start is") {
        const ScheduleIndex index(schedule_of({session("a", "A").on(2024, 3, 21).at("10:00").utc_offset(0)}));
        q.now_utc = static_cast<double>(utc(2024, 3, 21, "10:00"));
        CHECK(run_query(index, q).sessions.size() == 1);
        q.now_utc += 1.5;
        CHECK(run_query(index, q).sessions.empty());
    }
    SECTION("without hide_past nothing is hidden, but now/next is answered") {
        q.hide_past = false;
        q.now_utc = static_cast<double>(utc(2024, 3, 19, "09:05"));
        const QueryResult r = run_query(conference(), q);
        CHECK(r.sessions.size() == 8);
        CHECK(r.now_next.now.size() == 2);
    }
    SECTION("now/next only looks at the filtered sessions") {
        q.hide_past = false;
        q.now_utc = static_cast<double>(utc(2024, 3, 19, "09:05"));
        q.selected[Dimension::kind] = {"lightning_talk"};
        const QueryResult r = run_query(conference(), q);
        CHECK(test::ids_of(conference().schedule(), r.now_next.now) == ids{"t1"});
        CHECK(r.now_next.next.empty());
    }
    SECTION("bad input: instants far beyond any schedule are clamped, not overflowed") {
        q.now_utc = 1e300;
        CHECK(matched(run_query(conference(), q)) == ids{"t7", "t5", "t6"});
        q.now_utc = -1e300;
        CHECK(run_query(conference(), q).sessions.size() == 8);
    }
    SECTION("bad input: no instant (0, NaN, infinity) hides nothing and has no now/next") {
        for (const double now : {0.0, std::nan(""), HUGE_VAL, -HUGE_VAL}) {
            q.now_utc = now;
            const QueryResult r = run_query(conference(), q);
            CHECK(r.sessions.size() == 8);
            CHECK(r.now_next.now.empty());
            CHECK(r.now_next.next.empty());
        }
    }
}

TEST_CASE("run_query into a reused result answers as a fresh one", "[query]") {
    Query q;
    q.text = "kernel";
    QueryResult reused;
    run_query(conference(), q, reused);
    q.text = "";
    q.selected[Dimension::section] = {"Community"};
    q.favorites = {"t4", "t5"};
    run_query(conference(), q, reused);
    const QueryResult fresh = run_query(conference(), q);
    CHECK(reused.sessions == fresh.sessions);
    CHECK(reused.terms.empty());
    CHECK(reused.facets[Dimension::day] == fresh.facets[Dimension::day]);
    CHECK(reused.facets[Dimension::speaker] == fresh.facets[Dimension::speaker]);
    CHECK(reused.days.size() == fresh.days.size());
    CHECK(reused.conflicts.pairs.size() == fresh.conflicts.pairs.size());
}

TEST_CASE("run_query groups its result by day and slot", "[query]") {
    Query q;
    q.selected[Dimension::section] = {"Community"};
    const QueryResult r = run_query(conference(), q);
    CHECK(matched(r) == ids{"t4", "t7", "t5", "t6"});
    REQUIRE(r.days.size() == 3);
    CHECK(r.days[0].date == "2024-03-20");
    REQUIRE(r.days[0].slots.size() == 2);
    CHECK(r.days[0].slots[0].label == "14:00");
    CHECK(r.days[0].slots[1].start_minute == -1);
    CHECK(r.days[1].label == "Thursday, March 21");
    CHECK(r.days[2].date.empty());
    // Slots are ranges of r.sessions.
    CHECK(r.days[0].slots[0].first == 0);
    CHECK(r.days[0].slots[1].first == 1);
    CHECK(r.days[1].slots[0].first == 2);
    CHECK(r.days[2].slots[0].first == 3);
    CHECK(r.days[2].slots[0].count == 1);
}

namespace {

// A generated schedule: 100,000 sessions over 5 days, deterministic, with a few patterns the
// queries below count by brute force.
struct Generated {
    static constexpr int count = 100000;
    static const char* kind(int i) {
        static const char* kinds[] = {"keynote", "lightning_talk", "panel", "workshop"};
        return kinds[i % 4];
    }
    static int day(int i) { return 1 + i % 5; }
    static bool has_ebpf(int i) { return i % 10 == 0; }
    static bool has_kubernetes(int i) { return i % 7 == 0; }
    static bool by_zieba(int i) { return i % 13 == 0; }
    static bool floating(int i) { return i % 2 == 1; }
    static int start(int i) { return 8 * 60 + (i / 5) % 40 * 15; }

    static Schedule build() {
        std::vector<Session> sessions;
        sessions.reserve(count);
        for (int i = 0; i < count; ++i) {
            test::SessionBuilder b = session("s" + std::to_string(i), "Talk " + std::to_string(i) + (has_ebpf(i) ? " about eBPF" : ""));
            b.kind(kind(i))
                .section("Track " + std::to_string(i % 8))
                .speaker(by_zieba(i) ? "Jan Zięba" : "Speaker " + std::to_string(i % 1000), "Org " + std::to_string(i % 50))
                .on(2024, 6, day(i))
                .at(format_hhmm(start(i)), format_hhmm(start(i) + 25))
                .abstract(std::string("A talk on networking, observability and security for clusters. ") +
                          (has_kubernetes(i) ? "Runs on Kubernetes. " : "") + "Bring questions.");
            if (!floating(i)) b.utc_offset(120);
            sessions.push_back(b);
        }
        return schedule_of(std::move(sessions));
    }
};

}  // namespace

TEST_CASE("run_query over a generated 100,000-session schedule returns correct counts", "[query][large]") {
    static const ScheduleIndex index(Generated::build());
    REQUIRE(index.size() == Generated::count);
    const auto brute_count = [](auto predicate) {
        int n = 0;
        for (int i = 0; i < Generated::count; ++i) n += predicate(i) ? 1 : 0;
        return n;
    };

    SECTION("empty query: everything, chronologically") {
        const QueryResult r = run_query(index, Query{});
        REQUIRE(r.sessions.size() == static_cast<std::size_t>(Generated::count));
        CHECK(std::is_sorted(r.sessions.begin(), r.sessions.end(), [](int a, int b) {
            return Generated::day(a) != Generated::day(b) ? Generated::day(a) < Generated::day(b)
                                                          : Generated::start(a) < Generated::start(b);
        }));
        CHECK(r.days.size() == 5);
        CHECK(r.facets[Dimension::day] == std::vector<int>(5, Generated::count / 5));
    }
    SECTION("text, one and two terms") {
        Query q;
        q.text = "EBPF";
        CHECK(run_query(index, q).sessions.size() == static_cast<std::size_t>(brute_count(Generated::has_ebpf)));
        q.text = "ebpf kubernetes";
        const QueryResult r = run_query(index, q);
        CHECK(r.sessions.size() ==
              static_cast<std::size_t>(brute_count([](int i) { return Generated::has_ebpf(i) && Generated::has_kubernetes(i); })));
        q.text = "zieba";
        CHECK(run_query(index, q).sessions.size() == static_cast<std::size_t>(brute_count(Generated::by_zieba)));
    }
    SECTION("text within a few favourites (each candidate searched on its own)") {
        Query q;
        for (int i = 0; i < Generated::count; i += 1000) q.favorites.push_back("s" + std::to_string(i));
        q.favorites_only = true;
        q.text = "kubernetes";
        CHECK(run_query(index, q).sessions.size() == static_cast<std::size_t>(brute_count([](int i) {
                  return i % 1000 == 0 && Generated::has_kubernetes(i);
              })));
        q.text = "ebpf zieba";
        CHECK(run_query(index, q).sessions.size() == static_cast<std::size_t>(brute_count([](int i) {
                  return i % 1000 == 0 && Generated::has_ebpf(i) && Generated::by_zieba(i);
              })));
    }
    SECTION("a one-byte term matching most sessions: byte masks decide it, facets by complement") {
        // 'p' occurs in "Speaker N", in "eBPF" and in the kind labels "Panel" and "Workshop", nowhere
        // else (not in "Jan Zięba", "Org N", the abstract, "Keynote" or "Lightning Talk").
        const auto has_p = [](int i) {
            return !Generated::by_zieba(i) || Generated::has_ebpf(i) || Generated::kind(i)[0] == 'p' || Generated::kind(i)[0] == 'w';
        };
        Query q;
        q.text = "P";
        const QueryResult r = run_query(index, q);
        const int expected = brute_count(has_p);
        REQUIRE(expected * 2 > Generated::count);  // the complement path
        CHECK(r.sessions.size() == static_cast<std::size_t>(expected));
        CHECK(std::all_of(r.sessions.begin(), r.sessions.end(), has_p));
        CHECK(facet(index, r, Dimension::day, "2024-06-03") == brute_count([&](int i) { return has_p(i) && Generated::day(i) == 3; }));
        CHECK(facet(index, r, Dimension::kind, "panel") == brute_count([&](int i) { return has_p(i) && Generated::kind(i)[0] == 'p'; }));
        CHECK(facet(index, r, Dimension::org, "Org 7") == brute_count([&](int i) { return has_p(i) && i % 50 == 7; }));
        CHECK(facet(index, r, Dimension::speaker, "Jan Zięba") ==
              brute_count([&](int i) { return has_p(i) && Generated::by_zieba(i); }));
        CHECK(expected < Generated::count);
        q.text = "p kubernetes";  // the same, with a term that needs the text
        CHECK(run_query(index, q).sessions.size() ==
              static_cast<std::size_t>(brute_count([&](int i) { return has_p(i) && Generated::has_kubernetes(i); })));
    }
    SECTION("filters with facets and hide past") {
        Query q;
        q.selected[Dimension::day] = {"2024-06-02"};
        q.selected[Dimension::kind] = {"panel", "workshop"};
        q.text = "kubernetes";
        q.hide_past = true;
        q.now_utc = static_cast<double>(utc(2024, 6, 2, "10:00"));  // 12:00 local (UTC+2)
        const auto past = [](int i) {  // ended before 12:00 local on June 2, or on June 1
            return !Generated::floating(i) && (Generated::day(i) < 2 || (Generated::day(i) == 2 && Generated::start(i) + 25 < 12 * 60));
        };
        const auto kind_ok = [](int i) { return Generated::kind(i)[0] == 'p' || Generated::kind(i)[0] == 'w'; };
        const QueryResult r = run_query(index, q);
        CHECK(r.sessions.size() == static_cast<std::size_t>(brute_count([&](int i) {
                  return Generated::day(i) == 2 && kind_ok(i) && Generated::has_kubernetes(i) && !past(i);
              })));
        CHECK(facet(index, r, Dimension::day, "2024-06-03") ==
              brute_count([&](int i) { return Generated::day(i) == 3 && kind_ok(i) && Generated::has_kubernetes(i) && !past(i); }));
        CHECK(facet(index, r, Dimension::kind, "keynote") == brute_count([&](int i) {
                  return Generated::day(i) == 2 && Generated::kind(i)[0] == 'k' && Generated::has_kubernetes(i) && !past(i);
              }));
        CHECK(facet(index, r, Dimension::org, "Org 7") == brute_count([&](int i) {
                  return i % 50 == 7 && Generated::day(i) == 2 && kind_ok(i) && Generated::has_kubernetes(i) && !past(i);
              }));
    }
}

namespace {

// tests/fixtures/interop/frab-rooms.json, imported: a frab schedule over two days (CEST) in three
// rooms, spelled two ways on day 2 ("Ström Saal", "strom saal"), with tracks spelled three ways
// ("Security", "security ", "SECURITY") and two sessions without a track. Display order:
//   Tue 14  09:00 Welcome to Room Con        Main Hall      Community
//           10:00 Hands-on eBPF Tracing      Workshop Room  Security     abstract "Bring a laptop."
//           10:00 Securing Build Pipelines   Main Hall      security
//           12:00 Lunch                      Main Hall      (no track)
//           14:00 Build Your Own Board       Workshop Room  Tooling
//   Wed 15  09:00 Community Panel            Main Hall      Community
//           10:00 Fuzzing Everything         Ström Saal     SECURITY
//           11:00 Fuzz Clinic                strom saal     (no track)  abstract "Bring your crashes."
const ScheduleIndex& rooms_con() {
    static const ScheduleIndex index = [] {
        std::ifstream in(std::string(TALKBOARD_FIXTURES_DIR) + "/interop/frab-rooms.json", std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        Result<Schedule> parsed = parse_post(text.str());
        REQUIRE(parsed.ok());
        return ScheduleIndex(std::move(parsed).value());
    }();
    return index;
}

ids titles(const QueryResult& r) {
    ids out;
    for (int s : r.sessions) out.push_back(rooms_con().session(s).title);
    return out;
}

}  // namespace

TEST_CASE("run_query rooms and tracks of an imported frab schedule", "[query][rooms]") {
    const ScheduleIndex& index = rooms_con();
    REQUIRE(index.size() == 8);
    REQUIRE(values_of_dimension(index, Dimension::room) == ids{"Main Hall", "Workshop Room", "Ström Saal"});
    REQUIRE(values_of_dimension(index, Dimension::track) == ids{"Community", "Security", "Tooling"});
    Query q;
    SECTION("no filter: every session counts in its room and track; no track, no track count") {
        const QueryResult r = run_query(index, q);
        CHECK(r.facets[Dimension::room] == std::vector<int>{4, 2, 2});
        CHECK(r.facets[Dimension::track] == std::vector<int>{2, 3, 1});
    }
    SECTION("a room filters the list and narrows the other facets, not its own") {
        q.selected[Dimension::room] = {"Main Hall"};
        const QueryResult r = run_query(index, q);
        CHECK(titles(r) == ids{"Welcome to Room Con", "Securing Build Pipelines", "Lunch", "Community Panel"});
        CHECK(r.facets[Dimension::room] == std::vector<int>{4, 2, 2});
        CHECK(r.facets[Dimension::track] == std::vector<int>{2, 1, 0});
        CHECK(r.facets[Dimension::day] == std::vector<int>{3, 1});
    }
    SECTION("spellings that fold alike are one room and one track") {
        q.selected[Dimension::room] = {"STROM SAAL"};
        CHECK(titles(run_query(index, q)) == ids{"Fuzzing Everything", "Fuzz Clinic"});
        q = Query{};
        q.selected[Dimension::track] = {"security"};
        const QueryResult r = run_query(index, q);
        CHECK(titles(r) == ids{"Hands-on eBPF Tracing", "Securing Build Pipelines", "Fuzzing Everything"});
        CHECK(r.facets[Dimension::room] == std::vector<int>{1, 1, 1});
    }
    SECTION("OR within rooms, AND with tracks; sessions without a track drop out when tracks filter") {
        q.selected[Dimension::room] = {"Main Hall", "Workshop Room"};
        q.selected[Dimension::track] = {"Security"};
        CHECK(titles(run_query(index, q)) == ids{"Hands-on eBPF Tracing", "Securing Build Pipelines"});
        q.selected[Dimension::room].clear();
        q.selected[Dimension::track] = {"Community", "Tooling"};
        CHECK(titles(run_query(index, q)) == ids{"Welcome to Room Con", "Build Your Own Board", "Community Panel"});
    }
    SECTION("text, hide past and favourites combine with rooms and tracks (failure bits beyond the eighth)") {
        q.text = "bring";
        QueryResult r = run_query(index, q);
        CHECK(titles(r) == ids{"Hands-on eBPF Tracing", "Fuzz Clinic"});
        CHECK(r.facets[Dimension::room] == std::vector<int>{0, 1, 1});
        CHECK(r.facets[Dimension::track] == std::vector<int>{0, 1, 0});
        q.selected[Dimension::track] = {"Security"};
        CHECK(titles(run_query(index, q)) == ids{"Hands-on eBPF Tracing"});

        q = Query{};
        q.selected[Dimension::track] = {"Security"};
        q.hide_past = true;
        q.now_utc = static_cast<double>(utc(2024, 5, 14, "22:00"));  // midnight CEST: day 1 is over
        r = run_query(index, q);
        CHECK(titles(r) == ids{"Fuzzing Everything"});
        CHECK(r.facets[Dimension::room] == std::vector<int>{0, 0, 1});
        CHECK(r.facets[Dimension::track] == std::vector<int>{1, 1, 0});

        q = Query{};
        q.selected[Dimension::room] = {"Workshop Room"};
        q.favorites_only = true;
        q.favorites = {index.session(r.sessions.at(0)).id};  // Fuzzing Everything, in Ström Saal
        r = run_query(index, q);
        CHECK(r.sessions.empty());
        CHECK(r.facets[Dimension::room] == std::vector<int>{0, 0, 1});
    }
    SECTION("bad input: an unknown or blank room matches nothing and does not crash") {
        q.selected[Dimension::room] = {"Nowhere"};
        QueryResult r = run_query(index, q);
        CHECK(r.sessions.empty());
        CHECK(r.facets[Dimension::room] == std::vector<int>{4, 2, 2});
        q.selected[Dimension::room] = {"", std::string("\xFF\0", 2)};
        q.selected[Dimension::track] = {"   "};
        r = run_query(index, q);
        CHECK(r.sessions.empty());
    }
    SECTION("a post has no rooms or tracks: filtering by one empties the list") {
        Query p;
        p.selected[Dimension::room] = {"Main Hall"};
        const QueryResult r = run_query(conference(), p);
        CHECK(r.sessions.empty());
        CHECK(r.facets[Dimension::room].empty());
        CHECK(r.facets[Dimension::track].empty());
    }
}

TEST_CASE("run_query languages of an imported schedule are a filter dimension", "[query][language]") {
    const ScheduleIndex& index = rooms_con();
    REQUIRE(values_of_dimension(index, Dimension::language) == ids{"de", "en"});
    CHECK(std::string(dimension_name(Dimension::language)) == "language");
    Query q;
    SECTION("no filter: every session with a language counts in it; Lunch has none") {
        CHECK(run_query(index, q).facets[Dimension::language] == std::vector<int>{2, 5});
    }
    SECTION("a language filters the list and narrows the other facets") {
        q.selected[Dimension::language] = {"DE"};
        const QueryResult r = run_query(index, q);
        CHECK(titles(r) == ids{"Securing Build Pipelines", "Fuzz Clinic"});
        CHECK(r.facets[Dimension::language] == std::vector<int>{2, 5});
        CHECK(r.facets[Dimension::room] == std::vector<int>{1, 0, 1});
    }
    SECTION("with a room: AND across dimensions") {
        q.selected[Dimension::language] = {"en"};
        q.selected[Dimension::room] = {"Ström Saal"};
        CHECK(titles(run_query(index, q)) == ids{"Fuzzing Everything"});
    }
    SECTION("a post has no languages: the dimension is empty, a selection matches nothing") {
        CHECK(conference().values(Dimension::language).empty());
        Query p;
        p.selected[Dimension::language] = {"en"};
        CHECK(run_query(conference(), p).sessions.empty());
    }
}
