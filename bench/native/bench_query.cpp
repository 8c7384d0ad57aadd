// Query latency of the core (run_query over a ScheduleIndex) at 1k / 10k / 100k synthetic sessions,
// for what a reader does: the first (unfiltered) view, typing a search one key at a time, a
// multi-word search, a speaker, a search with no match, and filter clicks (a day, a kind, a day with
// a search). Queries are set up as the element sends them (web/src/core/): a `now` (so now/next is
// computed), the event's own time.
//   "query"  run_query alone, into a reused QueryResult as the wasm board does;
//   "query+cards" what the core computes per render: run_query, then the session cards and (for a
//            search) the highlights of the first 32 matches, as the worker sends them with an
//            answer (web/src/core/board-host.js). Embind's conversion to JS is not in it.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "bench_posts.h"
#include "talkboard/post.h"
#include "talkboard/query/query.h"
#include "talkboard/query/schedule_index.h"
#include "talkboard/query/session_card.h"

namespace {

struct NamedQuery {
    std::string name;
    talkboard::Query query;
};

std::vector<NamedQuery> typical_queries() {
    auto text = [](const std::string& t) { talkboard::Query q; q.text = t; return q; };
    std::vector<NamedQuery> queries;
    queries.push_back({"all", talkboard::Query{}});
    queries.push_back({"type_k", text("k")});
    queries.push_back({"type_ke", text("ke")});
    queries.push_back({"type_kernel", text("kernel")});
    queries.push_back({"two_words", text("tracing production")});
    queries.push_back({"speaker", text("rossi")});
    queries.push_back({"no_match", text("zzzqx")});
    talkboard::Query day;
    day.selected[talkboard::Dimension::day] = {"2024-03-20"};
    queries.push_back({"filter_day", day});
    talkboard::Query kind;
    kind.selected[talkboard::Dimension::kind] = {"lightning_talk"};
    queries.push_back({"filter_kind", kind});
    talkboard::Query both = day;
    both.text = "kernel";
    queries.push_back({"filter_day_search", both});
    for (auto& q : queries) {
        q.query.now_utc = 1710838800;  // 2024-03-19 09:00 UTC, a day of the synthetic posts
    }
    return queries;
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    for (int sessions : {1000, 10000, 100000}) {
        std::string text = talkboard::bench::synthetic_post(sessions);
        if (text.empty()) {
            std::fprintf(stderr, "bench_query: synthetic-%d.md absent: skipped (run scripts/bench.sh)\n", sessions);
            continue;
        }
        auto parsed = talkboard::parse_post(text);
        if (!parsed) {
            std::fprintf(stderr, "bench_query: synthetic-%d.md does not parse\n", sessions);
            return 1;
        }
        auto index = std::make_shared<talkboard::ScheduleIndex>(std::move(parsed).value());
        const std::string n = std::to_string(sessions);
        for (const NamedQuery& nq : typical_queries()) {
            auto query = std::make_shared<talkboard::Query>(nq.query);
            benchmark::RegisterBenchmark(("query/" + n + "/" + nq.name).c_str(), [index, query](benchmark::State& state) {
                talkboard::QueryResult result;
                for (auto _ : state) {
                    talkboard::run_query(*index, *query, result);
                    benchmark::DoNotOptimize(result);
                }
                state.counters["matches"] = static_cast<double>(result.sessions.size());
            })->Unit(benchmark::kMicrosecond)->MinTime(0.2);
            benchmark::RegisterBenchmark(("query+cards/" + n + "/" + nq.name).c_str(), [index, query](benchmark::State& state) {
                talkboard::QueryResult result;
                for (auto _ : state) {
                    talkboard::run_query(*index, *query, result);
                    const std::size_t rows = std::min<std::size_t>(32, result.sessions.size());
                    for (std::size_t i = 0; i < rows; ++i) {
                        talkboard::SessionCard card = talkboard::session_card(*index, result.sessions[i]);
                        benchmark::DoNotOptimize(card);
                        if (result.terms.empty()) continue;
                        talkboard::SessionHighlight h = talkboard::highlight_session(*index, query->text, result.sessions[i], true);
                        benchmark::DoNotOptimize(h);
                    }
                }
            })->Unit(benchmark::kMicrosecond)->MinTime(0.2);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
