#!/usr/bin/env bash
# Start-up cost of the CLI: validate, render and review through ./flgen, each as a ratio to a trivial
# Java main started by the same JVM with the same flags, all measured in this one run (interleaved,
# so load from other processes hits every command alike).
# Usage: bash bench/startup.sh [RUNS]     (default 15; prints medians in ms and the ratios)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs=${1:-15}
./flgen --version >/dev/null # builds the jar and records the startup archive when needed
tmp="$(mktemp -d "${TMPDIR:-/tmp}/flgen-startup.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# the JVM the launcher picked (target/flgen.startup: mode, then java binary)
bin=java
[[ -f target/flgen.startup ]] && bin="$(sed -n 2p target/flgen.startup)"
mkdir -p "$tmp/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$tmp/hello/Hello.java"
"$(dirname "$(readlink -f "$(command -v "$bin")")")/javac" -d "$tmp/hello" "$tmp/hello/Hello.java" 2>/dev/null \
  || javac --release 17 -d "$tmp/hello" "$tmp/hello/Hello.java"
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr -Xshare:auto)
blueprint=blueprints/crawl-sandbox.yaml
./flgen render "$blueprint" -o "$tmp/reviewed" >/dev/null
now() { date +%s%N; }
declare -A ms
names=(trivial validate render review)
for ((i = 0; i < runs; i++)); do
  for n in "${names[@]}"; do
    rm -rf "$tmp/out"
    t0=$(now)
    case $n in
      trivial) "$bin" "${flags[@]}" -cp "$tmp/hello" Hello ;;
      validate) ./flgen validate "$blueprint" ;;
      render) ./flgen render "$blueprint" -o "$tmp/out" ;;
      review) ./flgen review "$tmp/reviewed" -o "$tmp/review.md" ;;
    esac >/dev/null 2>&1 || { echo "bench/startup.sh: $n failed" >&2; exit 1; }
    ms[$n]+="$(( ($(now) - t0) / 1000000 )) "
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
echo "JVM: $("$bin" -version 2>&1 | head -1); $(./flgen --version --verbose | sed -n 3p)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a); $runs runs each, interleaved, median ms"
floor=$(echo "${ms[trivial]}" | median)
printf '%-44s %8s %8s\n' "command" "ms" "ratio"
for n in "${names[@]}"; do
  m=$(echo "${ms[$n]}" | median)
  case $n in
    trivial) label="trivial main (same JVM and flags)" ;;
    validate) label="./flgen validate $blueprint" ;;
    render) label="./flgen render $blueprint -o DIR" ;;
    review) label="./flgen review DIR" ;;
  esac
  printf '%-44s %8s %8s\n' "$label" "$m" "$(awk -v a="$m" -v b="$floor" 'BEGIN{printf "%.2fx", a/b}')"
done
