// Reads the benchmark inputs (see bench_posts.h).
#include "bench_posts.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace talkboard::bench {
namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::filesystem::path folder(const char* env, const std::filesystem::path& fallback) {
    const char* value = std::getenv(env);
    return value && *value ? std::filesystem::path(value) : fallback;
}

}  // namespace

std::vector<NamedText> corpus_posts() {
    std::vector<NamedText> posts;
    const auto dir = folder("TALKBOARD_CORPUS_POSTS", std::filesystem::path(TALKBOARD_SHARED_DIR) / "corpus" / "posts");
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) return posts;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
        if (entry.path().extension() == ".md") posts.push_back({entry.path().filename().string(), read_file(entry.path())});
    }
    std::sort(posts.begin(), posts.end(), [](const NamedText& a, const NamedText& b) { return a.name < b.name; });
    return posts;
}

std::string synthetic_post(int sessions) {
    const auto dir = folder("TALKBOARD_BENCH_POSTS", TALKBOARD_BENCH_POSTS_DIR);
    return read_file(dir / ("synthetic-" + std::to_string(sessions) + ".md"));
}

}  // namespace talkboard::bench
