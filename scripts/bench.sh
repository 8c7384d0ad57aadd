#!/usr/bin/env bash
# Benchmarks, side by side (issue 5; not part of scripts/test.sh). Assumes scripts/setup.sh has run
# (libbenchmark-dev, chromium, node_modules). Steps, none of which installs anything:
#   1. builds the native benchmarks (CMake preset `bench`: Release + Google Benchmark, build/bench-native);
#   2. builds the web bundle if build/web is missing (scripts/build-web.sh; needs the `native` CLI);
#   3. generates synthetic posts (bench/generate_post.mjs, seed 1) into build/bench/posts/;
#   4. runs the native benchmarks (parse vs md4c no-op; query latency) -> build/bench/native-*.json;
#   5. assembles build/bench/site/ (the shipped widget files, the baseline pages, markdown-it, the
#      posts and their ready JSON from `talkboard parse`) and runs the browser benchmarks -> browser.json;
#   6. writes build/bench/results.json and build/bench/results.md (bench/report.mjs).
# Env: BENCH_ROUNDS (browser rounds, default 3, at least 3); BENCH_SKIP_BROWSER=1 for native only.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out=build/bench
mkdir -p "$out/posts"

echo "bench: building native benchmarks (preset bench)"
# The preset compiles with clang-14 (docs/PERFORMANCE.md, round 6): a build dir configured before with
# another compiler is configured afresh (a compiler change in place drops the preset's variables).
fresh=()
if [ -f build/bench-native/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++-14' build/bench-native/CMakeCache.txt; then
  fresh=(--fresh)
fi
cmake --preset bench "${fresh[@]}" >/dev/null
cmake --build --preset bench --target talkboard_bench_parse talkboard_bench_query talkboard

if [ ! -f build/web/index.html ]; then
  echo "bench: build/web missing: building it"
  if [ ! -x build/bin/talkboard ]; then
    cmake --preset native >/dev/null
    cmake --build --preset native --target talkboard
  fi
  bash scripts/build-web.sh
fi

echo "bench: generating synthetic posts"
for n in 100 1000 10000 100000; do
  node bench/generate_post.mjs "$n" 1 "$out/posts/synthetic-$n.md"
done
cp web/demo/kubecon-eu-2024.md "$out/posts/sample.md"

echo "bench: native parse"
build/bench-native/bench/native/talkboard_bench_parse --benchmark_out="$out/native-parse.json" --benchmark_out_format=json
echo "bench: native query"
build/bench-native/bench/native/talkboard_bench_query --benchmark_out="$out/native-query.json" --benchmark_out_format=json

if [ "${BENCH_SKIP_BROWSER:-0}" != 1 ]; then
  site="$out/site"
  rm -rf "$site"
  mkdir -p "$site/posts"
  # The element's modules (keeping their folders), the markdown core and the stylesheet.
  while IFS= read -r module; do
    mkdir -p "$site/$(dirname "$module")"
    cp "build/web/$module" "$site/$module"
  done < <(node scripts/module-graph.mjs build/web)
  cp build/web/talkboard_core.js build/web/talkboard_core.wasm build/web/talkboard.css "$site/"
  cp bench/browser/*.html bench/browser/*.js bench/browser/*.css "$site/"
  rm -f "$site/run.mjs"
  cp node_modules/markdown-it/dist/browser/markdown-it.umd.min.js "$site/markdown-it.min.js"
  echo '<!doctype html><title>talkboard bench</title>' >"$site/index.html"
  for post in "$out"/posts/*.md; do
    cp "$post" "$site/posts/"
    build/bench-native/bin/talkboard parse "$post" >"$site/posts/$(basename "$post" .md).json"
  done
  echo "bench: browser (rounds: ${BENCH_ROUNDS:-3}; the 100k pages take a while)"
  node bench/browser/run.mjs "$site" "$out/browser.json" "${BENCH_ROUNDS:-3}"
fi

node bench/report.mjs "$out" >/dev/null
echo "bench: results in $root/$out/results.md and $root/$out/results.json"
