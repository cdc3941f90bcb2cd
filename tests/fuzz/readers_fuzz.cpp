// libFuzzer target: every other reader (AIF JSON, microtext XML, ICCMA i23/apx/tgf, brat, CDCP) on
// the same bytes. The first byte picks the reader so one corpus exercises them all.
#include "fuzz_calls.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    warrant::fuzz::run_readers(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
