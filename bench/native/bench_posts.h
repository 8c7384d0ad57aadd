// Inputs of the native benchmarks: the shared corpus (../shared/corpus/posts/*.md) and the synthetic
// posts bench/generate_post.mjs wrote to build/bench/posts/synthetic-N.md (scripts/bench.sh makes them).
// Env TALKBOARD_BENCH_POSTS / TALKBOARD_CORPUS_POSTS override the folders. Missing inputs are skipped
// (the benchmark is then not registered), never an error.
#pragma once

#include <string>
#include <vector>

namespace talkboard::bench {

struct NamedText {
    std::string name;
    std::string text;
};

// Every *.md of the corpus folder, sorted by name; empty when the folder is absent.
std::vector<NamedText> corpus_posts();

// build/bench/posts/synthetic-<sessions>.md; empty text when the file is absent.
std::string synthetic_post(int sessions);

}  // namespace talkboard::bench
