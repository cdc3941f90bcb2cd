#!/bin/sh
# Browser test of compare's class page (ctest: browser_class_page).
#   tests/browser/class_page.sh WARRANT_BINARY BUILD_DIR
# Grades the test class tests/data/class/phones into BUILD_DIR/browser/class/ (the students'
# feedback pages and index.html) and opens index.html in headless Chromium (see
# class_index_in_browser.mjs). Exit 77 (skipped) only when no browser or no node exists.
set -eu
warrant=$1
build=$2
here=$(cd "$(dirname "$0")" && pwd)
class="$here/../data/class/phones"

. "$here/find_browser.sh"

out="$build/browser/class"
rm -rf "$out"
mkdir -p "$out"
# Exit 1: one student of the class (hugo) has syntax errors on purpose.
status=0
"$warrant" compare "$class"/[a-o]*.argdown --reference "$class/reference.argdown" --format csv \
  --feedback "$out" -o "$out/gradebook.csv" 2>/dev/null || status=$?
if [ "$status" -ne 1 ]; then echo "compare exited $status, expected 1"; exit 1; fi
node "$here/class_index_in_browser.mjs" "$browser" "$out/index.html" "$build/browser/class-page"
