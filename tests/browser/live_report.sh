#!/bin/sh
# Browser test of the live report, `warrant watch --serve` and `--report` (ctest: browser_live_report).
#   tests/browser/live_report.sh WARRANT_BINARY BUILD_DIR
# Works on copies of tests/browser/report_map.argdown in BUILD_DIR/browser/live/ and leaves a
# screenshot there. Exit 77 (skipped) only when no browser or no node exists.
set -eu
warrant=$1
build=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/find_browser.sh"

mkdir -p "$build/browser/live"
node "$here/live_report_in_browser.mjs" "$browser" "$warrant" "$here/report_map.argdown" "$build/browser/live"
