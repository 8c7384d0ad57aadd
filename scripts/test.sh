#!/usr/bin/env bash
# The tests, in two sizes.
#
#   scripts/test.sh           the full run (what CI runs):
#     setup -> build (native + wasm + build/web) -> ctest (native) -> ASan+UBSan build -> ctest (asan)
#     -> libFuzzer targets, 5 s each (TALKBOARD_FUZZ_SECONDS) -> node --test tests/js tests/browser
#   scripts/test.sh --quick   the contributor's loop, after scripts/setup.sh has run once:
#     native build -> ctest (native) -> node --test tests/js (no wasm build, no browser: the Node
#     tests that need build/web are skipped, see tests/prerequisites.mjs)
#
# Stops at the first failing stage, says which, and exits non-zero. Prints the time of each stage.
# Tests find the project through these variables (exported below; set them yourself to override):
#   TALKBOARD_BIN          the native CLI, build/bin/talkboard
#   TALKBOARD_SHARED_DIR   the shared corpus, ../shared beside the project root
#   TALKBOARD_QUICK        set by --quick: build/web is not under test
set -euo pipefail

quick=0
case "${1:-}" in
  "") ;;
  --quick) quick=1 ;;
  *)
    echo "usage: scripts/test.sh [--quick]" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

export TALKBOARD_BIN="$root/build/bin/talkboard"
export TALKBOARD_SHARED_DIR="${TALKBOARD_SHARED_DIR:-$(cd "$root/.." && pwd)/shared}"
if [ ! -d "$TALKBOARD_SHARED_DIR" ]; then
  echo "test: WARNING: $TALKBOARD_SHARED_DIR not found: corpus tests cannot read the shared corpus" >&2
fi

now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

test_start=$(now)
stage=""
stage_start=""
timings=()

summary() {
  local rc=$?
  if [ -n "$stage" ]; then
    timings+=("$(printf '%-14s %7ss  FAILED' "$stage" "$(elapsed "$stage_start" "$(now)")")")
  fi
  echo
  echo "== test.sh timings"
  printf '   %s\n' "${timings[@]}"
  printf '   %-14s %7ss\n' total "$(elapsed "$test_start" "$(now)")"
  # A stage still set did not finish (a failure, or the run was stopped): never report a pass then.
  if [ "$rc" -ne 0 ] || [ -n "$stage" ]; then
    echo "test.sh: FAILED in stage '${stage:-?}' (exit $rc)" >&2
  else
    if [ "$quick" = 1 ]; then
      echo "test.sh --quick: all stages passed (no wasm, sanitizers, fuzzing or browser: scripts/test.sh runs those)"
    else
      echo "test.sh: all stages passed"
    fi
  fi
}
trap summary EXIT

run_stage() { # name command...
  stage=$1
  shift
  echo
  echo "== [$stage] $*"
  stage_start=$(now)
  "$@"
  timings+=("$(printf '%-14s %7ss' "$stage" "$(elapsed "$stage_start" "$(now)")")")
  stage=""
}

# Node tests: the CLI's exports checked by independent readers and the wasm core in Node
# (tests/js), then, unless quick, the browser tests of <talk-board> in Debian's Chromium
# (tests/browser, served from build/web).
run_js_tests() {
  local files
  files=$(compgen -G "tests/js/*.test.mjs"; [ "$quick" = 1 ] || compgen -G "tests/browser/*.test.mjs") || true
  if [ -z "$files" ]; then
    echo "no Node tests found" >&2
    return 1
  fi
  # shellcheck disable=SC2086  # the file names have no spaces
  node --test --test-concurrency=1 $files
}

if [ "$quick" = 1 ]; then
  export TALKBOARD_QUICK=1
  run_stage build    bash -c 'cmake --preset native && cmake --build --preset native'
  run_stage ctest    ctest --preset native
  run_stage js-tests run_js_tests
  exit 0
fi

run_stage setup      bash scripts/setup.sh
run_stage build      env TALKBOARD_SKIP_SETUP=1 bash scripts/build.sh
run_stage ctest      ctest --preset native
run_stage asan-build bash -c 'cmake --preset asan && cmake --build --preset asan'
run_stage asan-ctest ctest --preset asan
run_stage fuzz       bash scripts/fuzz.sh "${TALKBOARD_FUZZ_SECONDS:-5}"
run_stage js-tests   run_js_tests
