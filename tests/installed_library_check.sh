#!/usr/bin/env bash
# The library as a user gets it: install warrant into a fresh prefix, build examples/api against
# it with nothing but find_package(warrant), check the compile line names no private dependency,
# and run the program on the essay map.
#   tests/installed_library_check.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$source_dir/examples/api" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cmake --build "$work/build" >/dev/null
compile_line=$(grep '"command"' "$work/build/compile_commands.json")
for private in absl graphviz cgraph yaml pugixml cadical nlohmann; do
  if grep -qi "$private" <<<"$compile_line"; then
    echo "FAILED: the example's compile line names $private: $compile_line"
    exit 1
  fi
done
claims=$("$work/build/list_claims" "$source_dir/graphs/ustopia.argdown" | grep -c '^thesis\|^claim')
if [ "$claims" -lt 10 ]; then
  echo "FAILED: list_claims printed $claims claims of the essay"
  exit 1
fi
echo "list_claims listed $claims claims of the essay"
echo "installed_library: 1 passed, 0 failed"
