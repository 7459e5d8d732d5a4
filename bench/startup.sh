#!/usr/bin/env bash
# Start-up cost of the CLI: validate, render and review through ./flgen, each as a ratio to a trivial
# Java main started by the same JVM with the same flags, all measured in this one run (interleaved,
# so load from other processes hits every command alike).
# Usage: bash bench/startup.sh [RUNS]     (default 15; prints medians of wall and CPU ms and the ratios)
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
# wall and CPU time (user + sys, the JVM's threads and the launcher's) of one run, by bash's own
# `time`: CPU time is steadier than wall time when other processes load the machine
TIMEFORMAT='%R %U %S'
declare -A ms cpu
names=(trivial validate render review)
for ((i = 0; i < runs; i++)); do
  for n in "${names[@]}"; do
    rm -rf "$tmp/out"
    { time case $n in
      trivial) "$bin" "${flags[@]}" -cp "$tmp/hello" Hello ;;
      validate) ./flgen validate "$blueprint" ;;
      render) ./flgen render "$blueprint" -o "$tmp/out" ;;
      review) ./flgen review "$tmp/reviewed" -o "$tmp/review.md" ;;
    esac >/dev/null 2>&1 || { echo "bench/startup.sh: $n failed" >&2; exit 1; }; } 2>"$tmp/time"
    read -r real user sys <"$tmp/time"
    ms[$n]+="$(awk -v r="$real" 'BEGIN{printf "%d", r * 1000}') "
    cpu[$n]+="$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%d", (u + s) * 1000}') "
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
echo "JVM: $("$bin" -version 2>&1 | head -1); $(./flgen --version --verbose | sed -n 3p)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a); $runs runs each, interleaved, median ms"
floor=$(echo "${ms[trivial]}" | median)
cfloor=$(echo "${cpu[trivial]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{if (b > 0) printf "%.2fx", a/b; else print "n/a"}'; }
printf '%-52s %8s %8s %8s %8s\n' "command" "wall ms" "ratio" "CPU ms" "ratio"
for n in "${names[@]}"; do
  m=$(echo "${ms[$n]}" | median)
  c=$(echo "${cpu[$n]}" | median)
  case $n in
    trivial) label="trivial main (same JVM and flags)" ;;
    validate) label="./flgen validate $blueprint" ;;
    render) label="./flgen render $blueprint -o DIR" ;;
    review) label="./flgen review DIR" ;;
  esac
  printf '%-52s %8s %8s %8s %8s\n' "$label" "$m" "$(ratio "$m" "$floor")" "$c" "$(ratio "$c" "$cfloor")"
done
