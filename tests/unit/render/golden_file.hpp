// Golden files for renderers: tests/golden/render/<name>, compared byte for byte.
//
// To regenerate after an intended change, run
//     WARRANT_UPDATE_GOLDEN=1 build/warrant_tests -tc='*golden*'
// and review the diff of tests/golden/ before committing it.
#pragma once

#include <string>

namespace warrant::testing {

// Checks `actual` against the golden file, or rewrites the file when WARRANT_UPDATE_GOLDEN=1.
void check_golden(const std::string& name, const std::string& actual);

}  // namespace warrant::testing
