#!/usr/bin/env bash
# Serves build/web/ on 127.0.0.1 at a free port and prints the URL. Ctrl-C stops it.
# Usage: scripts/serve.sh [PORT]   (PORT defaults to a free one)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir="$root/build/web"
if [ ! -f "$dir/index.html" ]; then
  echo "serve: $dir/index.html missing: run scripts/build-web.sh first" >&2
  exit 1
fi
port=${1:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
echo "http://127.0.0.1:$port/"
exec python3 -m http.server --bind 127.0.0.1 --directory "$dir" "$port" >/dev/null 2>&1
