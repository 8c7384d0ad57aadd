#!/usr/bin/env bash
# The main job: set up, build everything, print the demo post's schedule as a table, then serve
# the demo site (build/web/) on 127.0.0.1 and print its URL. Ctrl-C stops the server.
# Usage: scripts/run.sh [PORT]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/build.sh
echo
build/bin/talkboard table web/demo/kubecon-eu-2024.md
echo
echo "Serving the demo (Ctrl-C to stop):"
exec bash scripts/serve.sh "$@"
