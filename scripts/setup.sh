#!/usr/bin/env bash
# Installs everything talkboard needs, from Debian's package registry and the npm registry only.
# Idempotent and quick (well under 3 s) when everything is already there:
#   1. Debian packages     checked with dpkg-query; apt-get runs only when one is missing.
#   2. npm packages        `npm ci` only when node_modules is missing or older than package-lock.json.
#   3. md4c + simdjson     sources for the wasm and sanitizer builds, fetched with `apt-get source`
#                          through a private deb-src list under .cache/ (the system's apt lists are
#                          left alone), verified against the .dsc and the SHA-256 pinned below, and
#                          unpacked to .cache/sources/md4c-0.4.8 and .cache/sources/simdjson-3.0.1.
# Works as root with no stdin (CI=true); as another user it uses sudo for apt-get install.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DEBIAN_FRONTEND=noninteractive

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: cannot install Debian packages"
  sudo_cmd=(sudo)
fi

# --- 1. Debian packages ----------------------------------------------------------------------
# libmd4c-html0-dev: without it find_package(md4c) fails (see docs/ARCHITECTURE.md, "Toolchain notes").
# --no-install-recommends: otherwise chromium drags in 100+ packages.
# hugo: the site generator of tests/browser/hugo.test.mjs (integrations/hugo/).
apt_packages=(
  cmake ninja-build g++ clang-14 python3 time
  catch2 libmd4c-dev libmd4c-html0-dev libsimdjson-dev libbenchmark-dev
  emscripten node-acorn binaryen wabt
  chromium
  hugo
)
missing=()
for pkg in "${apt_packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  [[ $status == ii* ]] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
else
  say "Debian packages present"
fi

# --- 2. npm packages ---------------------------------------------------------------------------
# Node.js 20 and npm come with the machine (Debian's own nodejs is older and ships npm separately).
command -v node >/dev/null || die "node not found: this project needs Node.js 20 with npm"
command -v npm >/dev/null || die "npm not found: this project needs Node.js 20 with npm"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund </dev/null
else
  say "node_modules up to date"
fi

# --- 3. md4c and simdjson sources --------------------------------------------------------------
# SHA-256 of Debian bookworm's orig tarballs, pinned; the .dsc that apt-get source verified must agree.
md4c_tarball=md4c_0.4.8.orig.tar.gz
md4c_sha256=4a457df853425b6bb6e3457aa1d1a13bccec587a04c38c622b1013a0da41439f
md4c_dir=md4c-0.4.8            # the tarball's top folder is md4c-release-0.4.8
simdjson_tarball=simdjson_3.0.1.orig.tar.gz
simdjson_sha256=156b1bc5eb0561b2bd166b46d191fd3d95a3e709cc63761477d3b7aec2b6e9ed
simdjson_dir=simdjson-3.0.1

cache="$root/.cache"
sources="$cache/sources"

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# True when the tarball is there with the pinned hash and its unpacked folder has the file we build.
source_ready() { # tarball sha256 dir key_file
  [ -f "$sources/$1" ] && [ -f "$sources/$3/$4" ] && [ "$(sha256_of "$sources/$1")" = "$2" ]
}

# SHA-256 the .dsc lists for a file (empty when it does not list it).
dsc_sha256() { # dsc file_name
  awk -v name="$2" '/^Checksums-Sha256:/ { in_list = 1; next }
                    /^[^ ]/              { in_list = 0 }
                    in_list && $3 == name { print $1 }' "$1"
}

verify_and_unpack() { # package tarball sha256 dir key_file
  local package=$1 tarball=$2 pinned=$3 dir=$4 key_file=$5 dsc actual listed
  [ -f "$sources/$tarball" ] || die "$tarball was not downloaded (see apt-get output above)"
  dsc=$(compgen -G "$sources/${package}_*.dsc" | head -1 || true)
  [ -n "$dsc" ] || die "no ${package}_*.dsc downloaded beside $tarball"
  actual=$(sha256_of "$sources/$tarball")
  listed=$(dsc_sha256 "$dsc" "$tarball")
  [ "$actual" = "$listed" ] || die "$tarball: SHA-256 $actual does not match $(basename "$dsc") (${listed:-not listed})"
  [ "$actual" = "$pinned" ] || die "$tarball: SHA-256 $actual does not match the pinned $pinned"
  rm -rf "${sources:?}/$dir" "$sources/$dir.tmp"
  mkdir "$sources/$dir.tmp"
  tar -xzf "$sources/$tarball" -C "$sources/$dir.tmp" --strip-components=1
  [ -f "$sources/$dir.tmp/$key_file" ] || die "$tarball has no $key_file"
  mv "$sources/$dir.tmp" "$sources/$dir"
  say "verified and unpacked $tarball -> .cache/sources/$dir"
}

if source_ready "$md4c_tarball" "$md4c_sha256" "$md4c_dir" src/md4c.c &&
   source_ready "$simdjson_tarball" "$simdjson_sha256" "$simdjson_dir" singleheader/simdjson.cpp; then
  say "md4c and simdjson sources present"
else
  say "fetching md4c and simdjson sources (apt-get source, private deb-src list)"
  apt_dir="$cache/apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$sources"
  # deb822 lists must end in .sources.
  cat >"$apt_dir/debian-src.sources" <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt_private=(
    -o "Dir::Etc::sourcelist=$apt_dir/debian-src.sources" -o Dir::Etc::sourceparts=-
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
  )
  apt-get update -q "${apt_private[@]}" </dev/null || die "apt-get update of the private deb-src list failed"
  # md4c's Debian tarball 404s, so this exits non-zero although the orig tarball arrived:
  # the checksums below decide. Downloading as root into .cache is fine (no _apt sandbox).
  (cd "$sources" && apt-get source --download-only -q "${apt_private[@]}" -o APT::Sandbox::User=root \
     md4c simdjson </dev/null) || say "apt-get source exited non-zero (expected: md4c's Debian tarball 404s); verifying"
  verify_and_unpack md4c "$md4c_tarball" "$md4c_sha256" "$md4c_dir" src/md4c.c
  verify_and_unpack simdjson "$simdjson_tarball" "$simdjson_sha256" "$simdjson_dir" singleheader/simdjson.cpp
fi

say "done"
