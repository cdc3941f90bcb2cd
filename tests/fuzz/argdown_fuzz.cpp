// libFuzzer target: the whole Argdown front (lexer, parser, model builder, typing) and both
// exports must survive any bytes. Seeded from ../shared/argdown-corpus/inputs by `make fuzz`.
#include "fuzz_calls.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    warrant::fuzz::run_argdown(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
