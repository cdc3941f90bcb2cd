// Pins cairo's /CreationDate so PDF output is reproducible.
#include "render/reproducible_pdf.hpp"

#include <cctype>
#include <string_view>

namespace warrant::render {

void pin_pdf_creation_date(std::string& pdf) {
    constexpr std::string_view kKey = "/CreationDate (D:";
    constexpr std::string_view kEpoch = "19700101000000";
    const std::size_t key = pdf.find(kKey);
    if (key == std::string::npos) return;
    const std::size_t digits = key + kKey.size();
    if (pdf.size() < digits + kEpoch.size()) return;
    for (std::size_t i = 0; i < kEpoch.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(pdf[digits + i]))) return;
    pdf.replace(digits, kEpoch.size(), kEpoch);
}

}  // namespace warrant::render
