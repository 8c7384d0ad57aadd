#!/usr/bin/env bash
# Builds the wasm core (CMake preset `wasm`) and assembles the static site in build/web/:
#   index.html      the demo post rendered as a blog page at build time (readable without JS)
#   talkboard.js    ES module defining <talk-board>; the modules it imports: core-loader.js and
#                   element/*.js (the element's class and one module per job)
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
# The element's modules ship minified (terser, an npm devDependency): comments and long local names
# are a third of their gzip size. Without node_modules they ship as written.
# Every module under web/src/ goes to the same relative path under build/web/.
rm -rf "$out/element"
while IFS= read -r js; do
  target="$out/${js#web/src/}"
  mkdir -p "$(dirname "$target")"
  if [ -x node_modules/.bin/terser ]; then
    node_modules/.bin/terser "$js" --module --ecma 2020 --compress --mangle --comments false -o "$target"
  else
    echo "build-web: terser missing (run scripts/setup.sh): copying $js unminified" >&2
    cp "$js" "$target"
  fi
done < <(find web/src -name '*.js' | sort)
# The stylesheet ships minified (comments and white space: a fifth of its gzip size).
node scripts/minify-css.mjs web/talkboard.css "$out/talkboard.css"
# The element's files, as copied above: the wasm builds' outputs, the modules of web/src and the
# stylesheet. build/element-files.txt is the one list of what a page with <talk-board> needs; the
# npm package and the Hugo module ship exactly these files (scripts/element-files.mjs reads it).
# Names are paths under build/web (the element's own modules sit in element/).
element_files=()
for file in build/wasm/web/*.js build/wasm/web/*.wasm talkboard.css; do element_files+=("$(basename "$file")"); done
while IFS= read -r js; do element_files+=("${js#web/src/}"); done < <(find web/src -name '*.js' | sort)
for name in "${element_files[@]}"; do
  [ -f "$out/$name" ] || { echo "build-web: ERROR: $name is an element file but was not copied to $out" >&2; exit 1; }
done
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
