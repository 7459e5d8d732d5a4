#!/usr/bin/env bash
# Reviews folders of real-world Bicep (copies of public repositories, kept outside this repository)
# in all three formats and prints one line per folder: the exit code of each format, then from the
# JSON report the files read, entries, resources evaluated, resources under placeholder names,
# unresolved expressions and findings. A last line sums them and counts the runs that exited 3
# (an internal error) and the reports that call a folder clean while resources were dropped
# (complete, no finding, and resources under placeholders or unresolved).
#
# Usage: bench/review-real.sh FOLDER...   (or: bench/review-real.sh < list-of-folders)
# Nothing is written into the folders: every report goes to a temporary directory.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
flgen="$root/flgen"
"$flgen" --version >/dev/null || exit 2
tmp="$(mktemp -d "${TMPDIR:-/tmp}/flgen-review-real.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

folders=("$@")
if [[ ${#folders[@]} -eq 0 ]]; then
  mapfile -t folders
fi

printf '%-60s %3s %3s %3s %5s %7s %9s %12s %10s %8s\n' \
  folder md json sarif files entries resources placeholders unresolved findings
crashes=0 quiet=0 n=0 tf=0 tr=0 tp=0 tfind=0
for d in "${folders[@]}"; do
  [[ -d "$d" ]] || { echo "not a folder: $d" >&2; continue; }
  n=$((n + 1))
  "$flgen" review --format markdown -o "$tmp/r.md" "$d" >/dev/null 2>"$tmp/md.err"; md=$?
  "$flgen" review --format json -o "$tmp/r.json" "$d" >/dev/null 2>"$tmp/json.err"; js=$?
  "$flgen" review --format sarif -o "$tmp/r.sarif" "$d" >/dev/null 2>"$tmp/sarif.err"; sa=$?
  for c in $md $js $sa; do
    if [[ $c -eq 3 ]]; then crashes=$((crashes + 1)); fi
  done
  if [[ $js -eq 3 || ! -s "$tmp/r.json" ]]; then
    printf '%-60s %3s %3s %3s (no JSON report: %s)\n' "$d" "$md" "$js" "$sa" "$(head -c 200 "$tmp/json.err")"
    continue
  fi
  read -r files entries resources placeholders unresolved findings complete < <(
    python3 - "$tmp/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["coverage"]
print(c["filesRead"], len(c["entries"]), c["resources"], c["resourcesWithPlaceholders"],
      c["unresolvedExpressions"], len(r["findings"]), str(r["complete"]).lower())
PY
  )
  # a clean-looking report over dropped resources: no finding, nothing incomplete, yet placeholders
  if [[ $findings -eq 0 && $complete == true && $((placeholders + unresolved)) -gt 0 ]]; then
    quiet=$((quiet + 1))
  fi
  tf=$((tf + files)) tr=$((tr + resources)) tp=$((tp + placeholders)) tfind=$((tfind + findings))
  printf '%-60s %3s %3s %3s %5s %7s %9s %12s %10s %8s\n' \
    "$d" "$md" "$js" "$sa" "$files" "$entries" "$resources" "$placeholders" "$unresolved" "$findings"
done
echo "folders: $n, files: $tf, resources: $tr, placeholders: $tp, findings: $tfind, exit-3 runs: $crashes, clean while dropped: $quiet"
