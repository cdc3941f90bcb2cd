#include "support/source_tree.hpp"

namespace warrant::testing {

const std::string& source_dir() {
    static const std::string dir = WARRANT_SOURCE_DIR;
    return dir;
}

}  // namespace warrant::testing
