#!/usr/bin/env bash
# Re-renders generated-samples/<blueprint>/ for every blueprint flgen can render, then shows the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
./flgen --version >/dev/null
for f in blueprints/*.yaml; do
  name="$(basename "$f" .yaml)"
  if ./flgen render "$f" -o "generated-samples/$name" >/dev/null 2>/tmp/flgen-render.err; then
    echo "rendered $name"
  else
    echo "skipped $name: $(head -1 /tmp/flgen-render.err)"
  fi
done
git status --short generated-samples || true
