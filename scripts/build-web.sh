#!/usr/bin/env bash
# Builds the wasm core (CMake preset `wasm`) and assembles the static site in build/web/:
#   index.html      the demo post rendered as a blog page at build time (readable without JS)
#   talkboard.js    ES module defining <talk-board>: web/src/talkboard.js and every module it
#                   imports (element/*.js, core-loader.js), bundled
#   *-view.js, add-to-calendar.js   what the element imports on demand (element/timetable-view.js,
#                   speakers-view.js, add-to-calendar.js), bundled
#   core-worker.js  the page's module worker that runs the core (core-worker.js + core-host.js,
#                   bundled); core-host.js alone, for pages where workers are unavailable
#   talkboard_core.js/.wasm        the Emscripten module for markdown posts (what a post page loads)
#   talkboard_core_full.js/.wasm   the same core with JSON input (frab, pretalx, envelope), loaded
#                                  only for JSON schedules
#   talkboard.css, the demo post (kubecon-eu-2024.md)
#   schedule.ics    the demo post's calendar, to subscribe to or import: revised against the
#                   schedule.ics already there (an edited talk's SEQUENCE goes up; an unchanged
#                   post rebuilds to the same bytes); linked from index.html as rel="alternate"
# Needs the native CLI (build/bin/talkboard) to extract the demo's sessions; builds it if missing.
# Prints the gzip -9 size of js + wasm + css a post page loads (budget: 100 KB), and a JSON page's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs  # em++ links at -O1+ run acorn through node
export EM_CLOSURE_COMPILER="${EM_CLOSURE_COMPILER:-$root/node_modules/.bin/google-closure-compiler}"  # for --closure 1

cmake --preset wasm >/dev/null
cmake --build --preset wasm
if [ ! -x build/bin/talkboard ]; then
  cmake --preset native >/dev/null
  cmake --build --preset native --target talkboard
fi

out=build/web
mkdir -p "$out"
cp build/wasm/web/talkboard_core.js build/wasm/web/talkboard_core.wasm \
   build/wasm/web/talkboard_core_full.js build/wasm/web/talkboard_core_full.wasm "$out/"
# The element ships as two bundles (esbuild bundles, terser minifies; both npm devDependencies):
# talkboard.js (the element and the page's client of the core) and core-worker.js (the page's worker,
# which hosts the core), plus core-host.js, the same host for the page's own thread, fetched only
# where module workers are unavailable. One file per side rather than a file per module: each file
# gzipped on its own pays its own header and dictionary (the 19 modules were 3.4 KB gzip more than
# the two bundles), and comments and long local names are a third of the source's gzip size.
# Properties named _like_this are the modules' own (the element's state, a class's private
# fields: nothing outside a bundle reads them, and none crosses to the worker, which gets plain
# messages): terser shortens them too (--mangle-props, about 0.6 KB of talkboard.js's gzip).
# Without node_modules the modules ship as written, each at its path under web/src/.
rm -rf "$out/element" "$out"/core-*.js "$out"/*-view.js "$out"/add-to-calendar.js "$out/talkboard.js"
if [ -x node_modules/.bin/esbuild ] && [ -x node_modules/.bin/terser ]; then
  bundle() {  # ENTRY OUTPUT [esbuild options...]
    node_modules/.bin/esbuild "$1" --bundle --format=esm --target=es2020 --log-level=warning "${@:3}" --outfile="$2.bundle.js"
    node_modules/.bin/terser "$2.bundle.js" --module --ecma 2020 --compress passes=2 --mangle \
      --mangle-props 'regex=/^_[a-zA-Z]/' --comments false -o "$2"
    rm -f "$2.bundle.js"
  }
  # The element's modules imported on demand (import('./x.js') in element/*.js: the views, the
  # calendar links) are bundles of their own beside talkboard.js, which imports them by the same
  # relative path as the source does.
  mapfile -t on_demand < <(grep -ohE "import\('\./[a-z-]+\.js'\)" web/src/element/*.js | sed -E "s/import\('\.\/(.*)'\)/\1/" | sort -u)
  bundle web/src/talkboard.js "$out/talkboard.js" --external:./core-host.js "${on_demand[@]/#/--external:./}"
  bundle web/src/core-worker.js "$out/core-worker.js"
  bundle web/src/core-host.js "$out/core-host.js"
  for module in "${on_demand[@]}"; do bundle "web/src/element/$module" "$out/$module"; done
else
  echo "build-web: esbuild or terser missing (run scripts/setup.sh): shipping the modules as written" >&2
  while IFS= read -r js; do
    target="$out/${js#web/src/}"
    mkdir -p "$(dirname "$target")"
    cp "$js" "$target"
  done < <(find web/src -name '*.js' | sort)
fi
# The stylesheet ships minified (comments and white space: a fifth of its gzip size).
node scripts/minify-css.mjs web/talkboard.css "$out/talkboard.css"
# The element's files, as copied above: the modules talkboard.js and core-host.js reach, on demand
# too (bundled or as written; scripts/module-graph.mjs), the wasm builds' outputs and the stylesheet.
# build/element-files.txt is the one list of what a page with <talk-board> needs; the npm package
# and the Hugo module ship exactly these files (scripts/element-files.mjs reads it).
element_files=()
while IFS= read -r name; do
  [ -f "$out/$name" ] || { echo "build-web: ERROR: $name is an element file but was not copied to $out" >&2; exit 1; }
  element_files+=("$name")
done < <({ node scripts/module-graph.mjs "$out" --on-demand; node scripts/module-graph.mjs "$out" core-host.js
           for file in build/wasm/web/*.js build/wasm/web/*.wasm; do basename "$file"; done
           echo talkboard.css; } | awk '!seen[$0]++')
printf '%s\n' "${element_files[@]}" >build/element-files.txt
post=web/demo/kubecon-eu-2024.md
cp "$post" "$out/"
parse_json=$(mktemp)
trap 'rm -f "$parse_json"' EXIT
build/bin/talkboard parse "$post" >"$parse_json"
node scripts/render-page.mjs web/index.html.in "$post" "$parse_json" "$out/index.html" "$(basename "$post")"
# Search engines see the schedule: schema.org JSON-LD of the post, embedded at build time. '<' is
# written as \u003c (still the same JSON) so no string in it can close the script element.
build/bin/talkboard export --format jsonld "$post" >"$parse_json.jsonld"
node -e '
const fs = require("fs");
const [page, jsonld] = process.argv.slice(1);
const data = fs.readFileSync(jsonld, "utf8").trim().replace(/</g, "\\u003c");
const html = fs.readFileSync(page, "utf8");
if (!html.includes("</head>")) throw new Error("no </head> in " + page);
fs.writeFileSync(page, html.replace("</head>", `  <script type="application/ld+json">${data}</script>\n</head>`));
' "$out/index.html" "$parse_json.jsonld"
rm -f "$parse_json.jsonld"
# The post's calendar (core/include/talkboard/formats/icalendar.h, schedule_to_published_icalendar):
# the schedule.ics of the last build is the previous revision; an empty file the first time.
calendar="$out/schedule.ics"
[ -f "$calendar" ] || : >"$calendar"
build/bin/talkboard ics --previous "$calendar" "$post" >"$calendar.new"
mv "$calendar.new" "$calendar"
node -e '
const fs = require("fs");
const page = process.argv[1];
const html = fs.readFileSync(page, "utf8");
const link = `  <link rel="alternate" type="text/calendar" href="schedule.ics" title="Calendar of these talks (.ics)">\n`;
fs.writeFileSync(page, html.replace("</head>", `${link}</head>`));
' "$out/index.html"

# Each file gzipped on its own, as a server sends them (tests/browser/budget.test.mjs checks the
# same sums, and in Chromium which files a page really fetches). The element's files are the
# modules talkboard.js imports (scripts/module-graph.mjs) and the stylesheet.
gz() { local sum=0 f; for f in "$@"; do sum=$((sum + $(gzip -9 -c "$out/$f" | wc -c))); done; echo "$sum"; }
mapfile -t element < <(node scripts/module-graph.mjs "$out")
element+=(talkboard.css)
post_page=$(gz "${element[@]}" talkboard_core.js talkboard_core.wasm)
json_page=$(gz "${element[@]}" talkboard_core_full.js talkboard_core_full.wasm)
echo "build-web: ok: $out (gzip -9 of js + wasm + css: a post page $post_page bytes, budget 102400; a JSON schedule page $json_page bytes)"
if [ "$post_page" -gt 102400 ]; then
  echo "build-web: WARNING: a post page is over the 100 KB budget" >&2
  if [ "${TALKBOARD_STRICT_BUDGET:-0}" = 1 ]; then exit 1; fi
fi
