// libFuzzer target: every other reader (AIF JSON, microtext XML, ICCMA i23/apx/tgf) on the same
// bytes. The first byte picks the reader so one corpus exercises them all.
#include "warrant/formats.hpp"
#include "warrant/iccma.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 5) {
        case 0: (void)warrant::read_aif(text, "fuzz.json"); break;
        case 1: (void)warrant::read_microtexts(text, "fuzz.xml"); break;
        case 2: (void)warrant::read_framework(text, warrant::IccmaFormat::I23, "fuzz.i23"); break;
        case 3: (void)warrant::read_framework(text, warrant::IccmaFormat::Apx, "fuzz.apx"); break;
        case 4: (void)warrant::read_framework(text, warrant::IccmaFormat::Tgf, "fuzz.tgf"); break;
    }
    return 0;
}
