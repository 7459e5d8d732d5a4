#!/usr/bin/env bash
# Builds target/flgen-<version>-linux-x64.tar.gz, the install that needs no JDK and no Maven
# (run by `mvn package` after the shaded jar; docs/decisions.md "The self-contained bundle").
# Layout (one top folder flgen-<version>/):
#   bin/flgen      launcher (src/bundle/bin/flgen): the bundled runtime and its startup archive
#   lib/flgen.jar  the shaded jar
#   lib/*.aot      AOT caches trained here with the bundled runtime (Java >= 25; before, the
#                  first run of bin/flgen records lib/flgen.jsa where it was unpacked)
#   runtime/       jlink image holding only the modules jdeps finds in the jar (plus TLS for preflight)
#   blueprints/, README.md
# The runtime comes from FLGEN_BUNDLE_JDK when set, else from a JDK >= 25 with jlink in
# /usr/lib/jvm (for its AOT cache), else from the JDK running Maven (AppCDS).
# Usage: make-bundle.sh BASEDIR VERSION BUILD_JAVA_HOME
set -euo pipefail
base="$1" version="$2" build_home="$3"
target="$base/target"
name="flgen-$version"
stage="$target/bundle"
tarball="$target/$name-linux-x64.tar.gz"
major() { "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p' | grep . || echo 0; }

jdk="${FLGEN_BUNDLE_JDK:-}"
[[ -z "$jdk" ]] && for c in /usr/lib/jvm/*; do
  if [[ -n "$c" && -x "$c/bin/jlink" && -x "$c/bin/jdeps" ]] && (($(major "$c") >= 25)); then
    jdk="$c"
    break
  fi
done
[[ -n "$jdk" ]] || jdk="$build_home"
v="$(major "$jdk")"
echo "flgen bundle: runtime from $jdk (Java $v)"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/flgen-bundle.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
rm -rf "$stage" "$tarball"
mkdir -p "$stage/$name/bin" "$stage/$name/lib"
home="$stage/$name"
cp "$target/flgen.jar" "$home/lib/flgen.jar"
cp "$base/src/bundle/bin/flgen" "$home/bin/flgen"
chmod 755 "$home/bin/flgen"
cp "$base/README.md" "$home/README.md"
[[ -f "$base/LICENSE" ]] && cp "$base/LICENSE" "$home/LICENSE"
cp -r "$base/blueprints" "$home/blueprints"

# modules: what jdeps finds statically, plus the EC ciphers TLS to Azure needs (preflight) where
# they are still a module of their own
modules="$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$home/lib/flgen.jar")"
if "$jdk/bin/java" --list-modules | grep -q '^jdk.crypto.ec@'; then modules="$modules,jdk.crypto.ec"; fi
# the runtime's default CDS archive is the base an AppCDS archive needs (below 25); an AOT cache
# holds the JDK classes it uses itself, so from 25 on the ~29 MB default archive is left out
compress=(--compress=2 --generate-cds-archive)
((v >= 21)) && compress=(--compress=zip-6 --generate-cds-archive)
((v >= 25)) && compress=(--compress=zip-6)
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages "${compress[@]}" \
  --output "$home/runtime" >"$scratch/jlink.log" 2>&1 || { cat "$scratch/jlink.log" >&2; exit 1; }

# training runs with the bundled runtime: one AOT cache per command family (a cache loads every
# class it holds, so validate's must not hold FreeMarker), or one AppCDS archive before Java 25
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr)
rt="$home/runtime/bin/java"
bp="$home/blueprints/run-hybrid.yaml"
log="$scratch/train.log"
# a training run's JVM notes (classes it cannot archive) go to a log shown only on failure
train() {
  "$rt" "${jvm[@]}" "$1" -jar "$home/lib/flgen.jar" "${@:2}" >"$log" 2>&1 \
    || { cat "$log" >&2; echo "flgen bundle: training run failed: ${*:2}" >&2; exit 1; }
}
if ((v >= 25)); then
  train -XX:AOTCacheOutput="$home/lib/flgen-validate.aot" validate --stage run "$bp"
  train -XX:AOTCacheOutput="$home/lib/flgen-render.aot" render "$bp" -o "$scratch/out"
  train -XX:AOTCacheOutput="$home/lib/flgen-review.aot" review "$scratch/out" -o "$scratch/r.md"
fi
# before Java 25 no archive is shipped: an AppCDS archive maps only from the jar path it was
# recorded with, so bin/flgen records it on its first run in the unpacked folder
rm -f "$home"/lib/*.aot.config

# one archive, entries sorted, owners and times fixed
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@1767225600 -C "$stage" -cf - "$name" \
  | gzip -n -6 >"$tarball"
echo "flgen bundle: $tarball ($(du -h "$tarball" | cut -f1))"
