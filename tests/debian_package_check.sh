#!/usr/bin/env bash
# The Debian package as a teacher gets it: build it with CPack, check what it declares, unpack it
# (dpkg-deb -x) into an empty root and run that root's warrant on the essay from a folder that
# holds no build tree and no source tree.
#   tests/debian_package_check.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build_dir=$2
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIPPED: $tool is missing (make test-deps installs dpkg-dev)"
    exit 77
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAILED: $*"; failed=$((failed + 1)); }

(cd "$build_dir" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || {
  cat "$work/cpack.log"
  fail "cpack could not build the package"
  exit 1
}
deb=$(ls "$work"/package/warrant_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# What it declares: a name, its runtime libraries (read off the binary), nothing for building.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# wordnet: its library, and through it wordnet-base, the data compare's synonyms read.
for library in libgvc6 libcgraph6 libcpp-httplib wordnet; do
  grep -q "$library" <<<"$depends" || fail "Depends does not name $library"
done
for build_only in g++ cmake doctest libboost-graph-dev; do
  if grep -qw "$build_only" <<<"$depends"; then fail "Depends names the build tool $build_only"; fi
done

# What it holds: the tool and its man page, and no library or header for developers.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
grep -qx './usr/bin/warrant' <<<"$contents" || fail "the package holds no ./usr/bin/warrant"
grep -qx './usr/share/man/man1/warrant.1' <<<"$contents" || fail "the package holds no man page"
if grep -q '/include/\|\.a$' <<<"$contents"; then fail "the package holds development files"; fi

# Run it where nothing of the build is: an unpacked root and a copy of the essay.
dpkg-deb -x "$deb" "$work/root"
mkdir "$work/desk"
cp "$source_dir/graphs/ustopia.argdown" "$work/desk/"
cd "$work/desk"
status=0
"$work/root/usr/bin/warrant" check ustopia.argdown >"$work/check.txt" 2>&1 || status=$?
[ "$status" -eq 0 ] || fail "warrant check exited $status on the essay (it has warnings, no errors)"
summary=$(tail -1 "$work/check.txt")
grep -Eq '^[0-9]+ warnings?, 0 errors' <<<"$summary" || fail "unexpected summary: $summary"
echo "the packaged warrant checked the essay: $summary"
"$work/root/usr/bin/warrant" render ustopia.argdown --view dialectic --fit slide -o slide.svg ||
  fail "the packaged warrant could not render the essay"
grep -q '<svg' slide.svg || fail "the packaged warrant's picture is not an SVG"
man_page=$(MANWIDTH=100 man -l "$work/root/usr/share/man/man1/warrant.1" 2>/dev/null || true)
if [ -n "$man_page" ]; then
  grep -q 'warrant check' <<<"$man_page" || fail "the man page does not describe check"
fi

if [ "$failed" -eq 0 ]; then
  echo "debian_package: 1 passed, 0 failed"
else
  echo "debian_package: 0 passed, 1 failed"
  exit 1
fi
