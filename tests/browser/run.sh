#!/bin/sh
# Browser test of the HTML class report (ctest: browser_report).
#   tests/browser/run.sh WARRANT_BINARY BUILD_DIR
# Writes BUILD_DIR/browser/report.html from tests/browser/report_map.argdown (hostile titles)
# and BUILD_DIR/browser/essay.html from graphs/ustopia.argdown, the reports of two essays (the
# seed essay and AAE2 essay004, drafted: the essay beside its map), opens them in headless Chromium
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
# Reports of essays: the essay beside its drafted map (the seed essay, an AAE2 test essay).
"$warrant" report "$here/../../../shared/seeds/000_ea0b22133c31ef23.txt" -o "$build/browser/seed-essay.html"
node "$here/essay_pane_in_browser.mjs" "$browser" "$build/browser/seed-essay.html" "$build/browser" seed-essay
"$warrant" report "$here/../../../shared/corpora/aae2-essays/test/essay004.txt" -o "$build/browser/essay004.html"
node "$here/essay_pane_in_browser.mjs" "$browser" "$build/browser/essay004.html" "$build/browser" essay004
