#include "text/decimal_text.hpp"

#include <cstdio>

namespace warrant::text {

std::string fixed_decimals(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

}  // namespace warrant::text
