#!/usr/bin/env bash
# The bundle works with no JDK (run by `mvn verify`, the README's test command): unpack
# target/flgen-<version>-linux-x64.tar.gz, run its bin/flgen with JAVA_HOME and FLGEN_JAVA unset
# and every PATH folder holding a `java` removed, and require that it uses its startup archive and
# renders blueprints/walk-eyes-on.yaml byte-identically to the shaded jar on the build's JDK.
# Usage: check-bundle.sh BASEDIR VERSION BUILD_JAVA_HOME
set -euo pipefail
base="$1" version="$2" build_home="$3"
tarball="$base/target/flgen-$version-linux-x64.tar.gz"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/flgen-bundle-check.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "flgen bundle check FAILED: $*" >&2; exit 1; }

mkdir -p "$tmp/unpacked" "$tmp/bundle" "$tmp/jar"
tar -xzf "$tarball" -C "$tmp/unpacked"
bin="$tmp/unpacked/flgen-$version/bin/flgen"
[[ -x "$bin" ]] || fail "no executable bin/flgen in $tarball"

nojava=""
IFS=: read -r -a dirs <<<"$PATH"
for d in "${dirs[@]}"; do
  [[ -n "$d" && ! -e "$d/java" ]] && nojava="$nojava${nojava:+:}$d"
done
bare=(env -u JAVA_HOME -u FLGEN_JAVA "PATH=$nojava")
if "${bare[@]}" /bin/sh -c 'command -v java' >/dev/null 2>&1; then fail "a java is still on the stripped PATH"; fi

cd "$base"
# both render to the same path, one after the other, so that their printed lines compare too
# (twice each: the second run replaces an existing folder, render's native folder swap)
for run in 1 2; do
  "${bare[@]}" "$bin" render blueprints/walk-eyes-on.yaml -o "$tmp/out" >"$tmp/bundle.log" 2>&1 \
    || { cat "$tmp/bundle.log" >&2; fail "bin/flgen render blueprints/walk-eyes-on.yaml exited non-zero"; }
done
mv "$tmp/out" "$tmp/bundle/out"
for run in 1 2; do
  "$build_home/bin/java" -jar target/flgen.jar render blueprints/walk-eyes-on.yaml -o "$tmp/out" >"$tmp/jar.log" 2>&1 \
    || { cat "$tmp/jar.log" >&2; fail "java -jar target/flgen.jar render exited non-zero"; }
done
mv "$tmp/out" "$tmp/jar/out"
# asked after the render: before Java 25 the first run records the AppCDS archive
startup="$("${bare[@]}" "$bin" --version --verbose)" || fail "bin/flgen --version --verbose exited $?"
grep -Eq 'AOT cache lib/flgen-validate.aot|AppCDS archive lib/flgen.jsa' <<<"$startup" \
  || fail "bin/flgen does not report its startup archive: $startup"
diff -r "$tmp/jar/out" "$tmp/bundle/out" >&2 || fail "the bundle's render differs from the jar's"
diff "$tmp/jar.log" "$tmp/bundle.log" >&2 || fail "the bundle's render printed something else"
files=$(find "$tmp/bundle/out" -type f | wc -l)
((files > 0)) || fail "the render wrote no file"
echo "flgen bundle check: bin/flgen with no java on PATH rendered blueprints/walk-eyes-on.yaml, $files files identical to the jar's; $(sed -n 3p <<<"$startup")"
