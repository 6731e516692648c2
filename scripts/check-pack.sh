#!/usr/bin/env bash
# The package as users get it: `npm pack`, install the tarball into a temporary prefix (as
# `npm install -g` does, compiling better-sqlite3 again, about a minute), then run the installed
# `proper --version` and `proper demo` from outside the clone. Called by .ci/run after `npm test`;
# kept out of `npm test` because of the compile.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "check-pack: packed $tarball"
npm install --global --prefix "$work/prefix" --no-audit --no-fund "$work/$tarball" >/dev/null
bin="$work/prefix/bin/proper"
[ -x "$bin" ] || { echo "check-pack: $bin was not installed" >&2; exit 1; }

# From an empty folder, with its own home: nothing of the clone is reachable.
mkdir -p "$work/elsewhere" "$work/home"
cd "$work/elsewhere"
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
version="$("$bin" --version)"
expected="$(node -p "require('$root/package.json').version")"
[ "$version" = "$expected" ] || { echo "check-pack: proper --version printed '$version', expected '$expected'" >&2; exit 1; }
"$bin" demo > "$work/demo.txt"
grep -q "LAPORAN AKHIR ANGKATAN" "$work/demo.txt" || { echo "check-pack: proper demo printed no report" >&2; head -20 "$work/demo.txt" >&2; exit 1; }
echo "check-pack: the installed proper $version runs --version and demo from $work/elsewhere"
