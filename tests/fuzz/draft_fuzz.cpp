// libFuzzer target: `warrant draft` must survive any bytes as an essay, with each of its output
// formats chosen by the first byte (fuzz_calls.hpp). Seeded from AAE2's dev essays and the seed
// essay by tests/fuzz/run.sh.
#include "fuzz_calls.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    warrant::fuzz::run_draft(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
