#!/usr/bin/env bash
# Start-up of `flgen validate` with two jars, runs interleaved so that load on the machine hits both alike.
# Prints the median wall time and the median CPU time (user + sys) of each, and their ratios.
# Usage: bench/startup-ratio.sh BEFORE.jar AFTER.jar [RUNS] [TOPOLOGY]
set -euo pipefail
before="$1"; after="$2"; runs="${3:-15}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
topology="${4:-$here/blueprints/run-hybrid.yaml}"
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
out="$(mktemp)"; trap 'rm -f "$out"' EXIT
for _ in $(seq 1 "$runs"); do
  for which in before after; do
    jar="$before"; [[ $which == after ]] && jar="$after"
    /usr/bin/time -f "$which %e %U %S" -o "$out" -a java "${jvm[@]}" -jar "$jar" validate "$topology" >/dev/null
  done
done
python3 - "$out" "$runs" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def med(which, f):
    return statistics.median(f(r) for r in rows if r[0] == which)
wall = lambda r: float(r[1])
cpu = lambda r: float(r[2]) + float(r[3])
wb, wa, cb, ca = med("before", wall), med("after", wall), med("before", cpu), med("after", cpu)
print(f"validate start, median of {sys.argv[2]} interleaved runs")
print(f"  wall: before {wb:.2f} s, after {wa:.2f} s, ratio {wa / wb:.3f}")
print(f"  cpu (user+sys): before {cb:.2f} s, after {ca:.2f} s, ratio {ca / cb:.3f}")
PY
