#include "render/golden_file.hpp"
#include "support/source_tree.hpp"

#include "warrant/formats.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace warrant::testing {

void check_golden(const std::string& name, const std::string& actual) {
    const std::string path = warrant::testing::source_dir() + "/tests/golden/render/" + name;
    const char* update = std::getenv("WARRANT_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        write_file_atomically(path, actual);
        MESSAGE("rewrote " << path);
        return;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "missing golden file " << path << " (WARRANT_UPDATE_GOLDEN=1 writes it)");
    std::ostringstream expected;
    expected << in.rdbuf();
    CHECK_MESSAGE(actual == expected.str(), "output differs from " << path);
}

}  // namespace warrant::testing
