#!/usr/bin/env bash
# Times `flgen validate` on hostile inputs issue 10 named: an 8 MiB topology that is mostly one
# comment line (41-65 s before the reader held the whole file in one window), a file of 2 MB of
# tab-indented "${" lines (500,000 errors, 100 printed), and /dev/zero (refused before it is opened).
# Prints the wall time of each (JVM start included, median of 3 runs). Figures, not assertions.
# Usage: bash bench/hostile-load.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./flgen --version >/dev/null
tmp="$(mktemp -d "${TMPDIR:-/tmp}/flgen-hostile-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

cp blueprints/crawl-sandbox.yaml "$tmp/comment.yaml"
size=$(wc -c <"$tmp/comment.yaml")
{ printf '#'; head -c $((8 * 1024 * 1024 - size - 2)) /dev/zero | tr '\0' 'x'; printf '\n'; } >>"$tmp/comment.yaml"
yes $'\t${' | head -n 500000 >"$tmp/tabs.yaml" || true # yes stops on SIGPIPE

median() { sort -n | sed -n '2p'; }
time_ms() { # FILE: wall time of one validate run, in ms
  local t0 t1
  t0=$(date +%s%N)
  ./flgen validate --no-color "$1" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
printf '%-46s %10s %8s\n' "input" "bytes" "ms"
for f in "$tmp/comment.yaml" "$tmp/tabs.yaml" /dev/zero; do
  bytes=$([[ -f $f ]] && wc -c <"$f" || echo "-")
  ms=$(for r in 1 2 3; do time_ms "$f"; done | median)
  printf '%-46s %10s %8s\n' "${f/#$tmp\//}" "$bytes" "$ms"
done
