#include "support/source_tree.hpp"

namespace warrant::testing {

const std::string& source_dir() {
    static const std::string dir = WARRANT_SOURCE_DIR;
    return dir;
}

std::string test_data(const std::string& relative) { return source_dir() + "/tests/data/" + relative; }

std::string shared_dir() { return source_dir() + "/../shared"; }

std::string seed_essay_path() { return shared_dir() + "/seeds/000_ea0b22133c31ef23.txt"; }

}  // namespace warrant::testing
