// Pins what `warrant check` finds in the essay map (graphs/ustopia.argdown). After a deliberate
// change to the analyses or to the map, regenerate the golden file from the repository root and
// review the diff:
//   build/warrant check graphs/ustopia.argdown > tests/golden/ustopia.check.txt
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"

#include <doctest/doctest.h>

using warrant::testing::read_file;
using warrant::testing::run_warrant;

TEST_CASE("check of the essay map prints exactly the pinned findings") {
    const std::string root = warrant::testing::source_dir() + "/";
    auto result = run_warrant({"check", root + "graphs/ustopia.argdown"});
    // The golden file is written from the repository root, with the relative path.
    std::string out = result.out;
    for (std::size_t at = out.find(root); at != std::string::npos; at = out.find(root, at)) out.erase(at, root.size());
    CHECK(result.exit_code == 0);
    CHECK(out == read_file(root + "tests/golden/ustopia.check.txt"));
}
