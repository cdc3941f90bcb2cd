#!/bin/sh
# Browser test of the HTML class report (ctest: browser_report).
#   tests/browser/run.sh WARRANT_BINARY BUILD_DIR
# Writes BUILD_DIR/browser/report.html from tests/browser/report_map.argdown (hostile titles)
# and BUILD_DIR/browser/essay.html from graphs/ustopia.argdown, opens them in headless Chromium
# (Debian's `chromium`, installed by `make deps`) through the DevTools protocol and saves
# screenshots and the printed essay report in BUILD_DIR/browser/. Exit 77 (skipped) only when
# no browser or no node exists.
set -eu
warrant=$1
build=$2
here=$(cd "$(dirname "$0")" && pwd)

. "$here/find_browser.sh"

mkdir -p "$build/browser"
"$warrant" report "$here/report_map.argdown" -o "$build/browser/report.html"
node "$here/report_in_browser.mjs" "$browser" "$build/browser/report.html" "$build/browser/report.png" --injected-title
"$warrant" report "$here/../../graphs/ustopia.argdown" -o "$build/browser/essay.html"
node "$here/essay_report_in_browser.mjs" "$browser" "$build/browser/essay.html" "$build/browser"
