# Sourced by the browser tests: sets $browser to a headless Chromium, or exits 77 (skipped)
# when there is no browser or no node.
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ]; then
  echo "SKIPPED: no headless browser found (install Debian's chromium package: make deps)"
  exit 77
fi
if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: node is not installed (Debian's nodejs package: make deps)"
  exit 77
fi
