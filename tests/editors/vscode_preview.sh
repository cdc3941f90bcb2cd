#!/bin/sh
# The VS Code preview's webview in headless Chromium, fed `warrant lsp`'s real replies
# (ctest: vscode_preview). Leaves BUILD_DIR/vscode_preview/vscode_preview.png, the preview beside
# the text at 1920x1080. Exit 77 (skipped) only when no browser or no node exists.
#   tests/editors/vscode_preview.sh WARRANT_BINARY BUILD_DIR
set -eu
warrant=$1
build=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../browser/find_browser.sh"
mkdir -p "$build/vscode_preview"
node "$here/vscode_preview_in_browser.mjs" "$browser" "$warrant" "$here/../browser/report_map.argdown" "$build/vscode_preview"
