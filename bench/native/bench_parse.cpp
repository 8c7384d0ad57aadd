// Parse throughput: talkboard's parse_post (frontmatter + md4c walk + session extraction) against
// md4c parsing the same text with no-op callbacks, in the same run. md4c alone is the floor our parse
// sits on: the target is parse_post >= 0.6 x md4c's no-op speed (bytes/s). Inputs: the shared corpus
// (all posts per iteration; skipped when absent) and synthetic posts of 1k / 10k / 100k sessions.
// md4c gets the flags core/src/input/markdown_blocks.cpp sets, and a NUL-terminated buffer (docs/ARCHITECTURE.md, "Toolchain notes").
#include <benchmark/benchmark.h>
#include <md4c.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "bench_posts.h"
#include "talkboard/post.h"

namespace {

using talkboard::bench::NamedText;

int noop_block(MD_BLOCKTYPE, void*, void*) { return 0; }
int noop_span(MD_SPANTYPE, void*, void*) { return 0; }
int noop_text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void*) { return 0; }

void md4c_noop(const std::string& text) {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOINDENTEDCODEBLOCKS;
    parser.enter_block = noop_block;
    parser.leave_block = noop_block;
    parser.enter_span = noop_span;
    parser.leave_span = noop_span;
    parser.text = noop_text;
    int rc = md_parse(text.c_str(), static_cast<MD_SIZE>(text.size()), &parser, nullptr);
    benchmark::DoNotOptimize(rc);
}

std::int64_t total_bytes(const std::vector<NamedText>& posts) {
    std::int64_t n = 0;
    for (const auto& p : posts) n += static_cast<std::int64_t>(p.text.size());
    return n;
}

void register_pair(const std::string& label, std::vector<NamedText> posts) {
    const std::int64_t bytes = total_bytes(posts);
    auto shared = std::make_shared<std::vector<NamedText>>(std::move(posts));
    benchmark::RegisterBenchmark(("parse/talkboard/" + label).c_str(), [shared, bytes](benchmark::State& state) {
        std::size_t sessions = 0;
        for (auto _ : state) {
            sessions = 0;
            for (const auto& post : *shared) {
                auto result = talkboard::parse_post(post.text);
                if (result) sessions += result.value().sessions.size();
                benchmark::DoNotOptimize(result);
            }
        }
        state.SetBytesProcessed(state.iterations() * bytes);
        state.counters["sessions"] = static_cast<double>(sessions);
    })->Unit(benchmark::kMillisecond)->MinTime(0.5);
    benchmark::RegisterBenchmark(("parse/md4c_noop/" + label).c_str(), [shared, bytes](benchmark::State& state) {
        for (auto _ : state) {
            for (const auto& post : *shared) md4c_noop(post.text);
        }
        state.SetBytesProcessed(state.iterations() * bytes);
    })->Unit(benchmark::kMillisecond)->MinTime(0.5);
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    auto corpus = talkboard::bench::corpus_posts();
    if (corpus.empty()) std::fprintf(stderr, "bench_parse: corpus absent: corpus benchmarks skipped\n");
    else register_pair("corpus", std::move(corpus));
    for (int sessions : {1000, 10000, 100000}) {
        std::string text = talkboard::bench::synthetic_post(sessions);
        if (text.empty()) {
            std::fprintf(stderr, "bench_parse: synthetic-%d.md absent: skipped (run scripts/bench.sh)\n", sessions);
            continue;
        }
        register_pair("synthetic-" + std::to_string(sessions), {{"synthetic", std::move(text)}});
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
