#!/bin/sh
# warrant lsp driven by a client nobody here wrote: Neovim's built-in LSP client, headless
# (ctest: neovim_lsp). Loads the shipped editors/neovim/warrant.lua, opens a map and walks
# open -> diagnostics -> edit -> diagnostics gone -> hover -> definition -> references ->
# rename -> completion -> quick fix -> shutdown, then an AAE2 essay (.txt: findings at its
# sentences, hover, the draft code action, check on the written map) and a Markdown note (see
# neovim_lsp.lua).
#   tests/editors/neovim_lsp.sh WARRANT_BINARY BUILD_DIR
# Exit 77 (skipped) only when Neovim is not installed (Debian's neovim: make deps).
set -eu
warrant=$1
build=$2
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v nvim >/dev/null 2>&1; then
  echo "SKIPPED: nvim is not installed (Debian's neovim package: make deps)"
  exit 77
fi
work="$build/neovim_lsp"
rm -rf "$work"
mkdir -p "$work/bin"
ln -s "$(cd "$(dirname "$warrant")" && pwd)/$(basename "$warrant")" "$work/bin/warrant"
# The map is opened through the shipped configuration, which runs `warrant` from PATH.
PATH="$work/bin:$PATH" WORK_DIR="$work" SOURCE_DIR="$here/../.." \
  timeout 120 nvim --headless --clean -u NONE -i NONE \
    -c "luafile $here/../../editors/neovim/warrant.lua" -c "luafile $here/neovim_lsp.lua" </dev/null
