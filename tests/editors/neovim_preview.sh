#!/bin/sh
# :WarrantPreview in headless Neovim with the shipped editors/neovim/warrant.lua (ctest:
# neovim_preview): a stand-in browser records the address, curl reads the page.
#   tests/editors/neovim_preview.sh WARRANT_BINARY BUILD_DIR
# Exit 77 (skipped) only when Neovim or curl is not installed.
set -eu
warrant=$1
build=$2
here=$(cd "$(dirname "$0")" && pwd)
for tool in nvim curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then echo "SKIPPED: $tool is not installed"; exit 77; fi
done
work="$build/neovim_preview"
rm -rf "$work"
mkdir -p "$work/bin"
ln -s "$(cd "$(dirname "$warrant")" && pwd)/$(basename "$warrant")" "$work/bin/warrant"
printf '#!/bin/sh\nprintf "%%s\\n" "$1" > "%s/opened-url"\n' "$work" > "$work/bin/record-url"
chmod +x "$work/bin/record-url"
printf '[Utopias fail]: Utopias fail. #thesis\n  + [People differ]: People want different things.\n' > "$work/map.argdown"
PATH="$work/bin:$PATH" WORK_DIR="$work" \
  timeout 90 nvim --headless --clean -u NONE -i NONE \
    -c "luafile $here/../../editors/neovim/warrant.lua" -c "luafile $here/neovim_preview.lua" </dev/null
