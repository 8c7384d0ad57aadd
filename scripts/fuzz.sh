#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`) and runs each for SECONDS (default 10) from its
# seed corpus: the golden fixture posts for whole-post targets, tests/fuzz/seeds/* for the others.
# New inputs the fuzzer finds go to build/fuzz/corpus/<target>/ (kept between runs, git-ignored);
# a crash leaves its input in build/fuzz/crashes/ and fails the script.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
seconds=${1:-10}
shift || true

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_parse_post fuzz_frontmatter fuzz_json_input fuzz_time_line fuzz_speakers fuzz_query
                                    fuzz_published_calendar)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"


seeds_for() { # target -> seed directories
  case "$1" in
    fuzz_parse_post | fuzz_frontmatter) echo tests/fixtures ;;
    fuzz_json_input) echo tests/fixtures ;;
    fuzz_time_line) echo tests/fuzz/seeds/time_line ;;
    fuzz_speakers) echo tests/fuzz/seeds/speakers ;;
    fuzz_query) echo tests/fuzz/seeds/query ;;
    fuzz_published_calendar) echo tests/fuzz/seeds/published_calendar ;;
  esac
}

mkdir -p build/fuzz/crashes
for target in "${targets[@]}"; do
  corpus="build/fuzz/corpus/$target"
  mkdir -p "$corpus"
  echo "== $target for ${seconds}s"
  binary="build/fuzz/fuzz/$target"
  [ -x "$binary" ] || { echo "fuzz: $binary was not built" >&2; exit 1; }
  # -rss_limit_mb and -timeout bound memory and time per input; -max_len covers the fixtures.
  # shellcheck disable=SC2046
  set +e
  "$binary" "$corpus" $(seeds_for "$target") \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix=build/fuzz/crashes/"$target"- -print_final_stats=1 >build/fuzz/"$target".log 2>&1
  status=$?
  set -e
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*(DONE|INITED)' build/fuzz/"$target".log | sed 's/^/   /'
  if [ "$status" -ne 0 ] || compgen -G "build/fuzz/crashes/$target-*" >/dev/null; then
    grep -E 'ERROR|SUMMARY' build/fuzz/"$target".log | head -5 >&2
    echo "fuzz: $target failed (exit $status); input kept in build/fuzz/crashes/, log in build/fuzz/$target.log" >&2
    exit 1
  fi
done
echo "fuzz: ok"
