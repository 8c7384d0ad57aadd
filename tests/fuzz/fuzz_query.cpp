// libFuzzer target: the query engine over a fixed schedule (one of the golden fixture posts,
// compiled in), with the search text, filters and flags taken from the fuzzer's bytes.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "talkboard/post.h"
#include "talkboard/query/query.h"
#include "talkboard/query/schedule_index.h"

namespace {

constexpr std::string_view sample_post = R"(---
title: 'Fuzz Summit 2030'
date: '2030-03-01'
---
## Main Stage
[Keynote: Opening Zięba Ünïcode Talk - Ann Lee, Big Co & Bo Chan, Tiny Co](https://example.org/1)

Tuesday, March 19, 2030, 09:00 - 09:30 CET

An abstract with café and naïve words.

[⚡ Lightning Talk: Quick One - Kapuścińska Anna, Isovalent](https://example.org/2)

Tuesday, March 19, 2030, 09:20 - 09:25 CET

## Side Room
[Workshop: Deep Dive - Cy Dee, Deep Labs](https://example.org/3)

Wednesday, March 20, 2030, 14:00 - 16:00

[No Time Here - Ed Eff, Eff Org](https://example.org/4)
)";

const talkboard::ScheduleIndex& sample_index() {
    static const auto index = std::make_unique<talkboard::ScheduleIndex>(talkboard::parse_post(sample_post).value());
    return *index;
}

// Splits the input at NUL bytes into up to eight fields.
std::vector<std::string> fields(std::string_view input) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (out.size() < 8) {
        const std::size_t end = input.find('\0', start);
        out.emplace_back(input.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    out.resize(8);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto f = fields(input);
    talkboard::Query query;
    query.text = f[0];
    using talkboard::Dimension;
    if (!f[1].empty()) query.selected[Dimension::day].push_back(f[1]);
    if (!f[2].empty()) query.selected[Dimension::kind].push_back(f[2]);
    if (!f[3].empty()) query.selected[Dimension::section].push_back(f[3]);
    if (!f[4].empty()) query.selected[Dimension::speaker].push_back(f[4]);
    if (!f[5].empty()) query.selected[Dimension::org].push_back(f[5]);
    if (!f[6].empty()) query.favorites.push_back(f[6]);
    const unsigned char flags = f[7].empty() ? 0 : static_cast<unsigned char>(f[7][0]);
    query.favorites_only = flags & 1;
    query.hide_past = flags & 2;
    query.now_utc = (flags & 8) ? 1900000000.0 + static_cast<double>(flags) * 3600.0 : 0.0;
    // A reader's zone: the offset comes from the input, far out of range included (it is clamped).
    if (flags & 16) query.zone = {false, static_cast<int>(static_cast<signed char>(f[7].size() > 1 ? f[7][1] : 0)) * 97};
    // The sample is a post, so it has no rooms or tracks: these exercise the filters with no values.
    if (flags & 32) query.selected[Dimension::room].push_back(f[3]);
    if (flags & 64) query.selected[Dimension::track].push_back(f[4]);
    const talkboard::QueryResult result = talkboard::run_query(sample_index(), query);
    // The highlights of the first matches, as the UI asks for them, in both units.
    for (std::size_t i = 0; i < result.sessions.size() && i < 3; ++i) {
        (void)talkboard::highlight_session(sample_index(), query.text, result.sessions[i], (flags & 4) != 0);
    }
    return 0;
}
