// Numbers as reports print them: a fixed count of decimals and a '.' (warrant never changes
// the C locale, which snprintf follows).
#pragma once

#include <string>

namespace warrant::text {

// 0.6666 with 2 decimals -> "0.67".
std::string fixed_decimals(double value, int decimals);

}  // namespace warrant::text
