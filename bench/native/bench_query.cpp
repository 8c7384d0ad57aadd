// Query latency of the core (run_query over a ScheduleIndex) at 1k / 10k / 100k synthetic sessions,
// for what a reader does: the first (unfiltered) view, typing a search one key at a time, a
// multi-word search, a speaker, a search with no match, and filter clicks (a day, a kind, a day with
// a search). "query" is run_query alone; "query+json" adds query_result_to_json, which is what the
// browser pays per render (wasm/board.cpp). Queries are set up like the element's: highlights for
// the first 500 results in UTF-16 offsets.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "bench_posts.h"
#include "talkboard/post.h"
#include "talkboard/query.h"
#include "talkboard/schedule_index.h"
#include "talkboard/view_json.h"

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
    day.days = {"2024-03-20"};
    queries.push_back({"filter_day", day});
    talkboard::Query kind;
    kind.kinds = {"lightning_talk"};
    queries.push_back({"filter_kind", kind});
    talkboard::Query both = day;
    both.text = "kernel";
    queries.push_back({"filter_day_search", both});
    for (auto& q : queries) q.query.utf16_offsets = true;
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
                std::size_t found = 0;
                for (auto _ : state) {
                    auto result = talkboard::run_query(*index, *query);
                    found = result.sessions.size();
                    benchmark::DoNotOptimize(result);
                }
                state.counters["matches"] = static_cast<double>(found);
            })->Unit(benchmark::kMicrosecond)->MinTime(0.2);
            benchmark::RegisterBenchmark(("query+json/" + n + "/" + nq.name).c_str(), [index, query](benchmark::State& state) {
                for (auto _ : state) {
                    std::string json = talkboard::query_result_to_json(talkboard::run_query(*index, *query));
                    benchmark::DoNotOptimize(json);
                }
            })->Unit(benchmark::kMicrosecond)->MinTime(0.2);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
