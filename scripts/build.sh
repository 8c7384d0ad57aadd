#!/usr/bin/env bash
# Builds talkboard: the native CLI at build/bin/talkboard (CMake preset `native`), then the wasm
# module and the static site in build/web/ (scripts/build-web.sh).
# Runs scripts/setup.sh first unless TALKBOARD_SKIP_SETUP=1.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if [ "${TALKBOARD_SKIP_SETUP:-0}" != 1 ]; then
  bash scripts/setup.sh
fi

# --- native: CLI and Catch2 tests -----------------------------------------------------------
cmake --preset native
cmake --build --preset native
if [ ! -x build/bin/talkboard ]; then
  echo "build: ERROR: build/bin/talkboard was not produced" >&2
  exit 1
fi

# --- wasm and the static site: build/web/ ---------------------------------------------------
bash scripts/build-web.sh
# The PWA: manifest, icons, pwa.js and sw.js with its precache list and content-hash version.
node scripts/build-pwa.mjs

echo "build: ok: build/bin/talkboard and build/web/"
