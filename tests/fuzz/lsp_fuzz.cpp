// libFuzzer target: the language server must answer any sequence of JSON-RPC messages and end
// (initialize, didOpen, didChange with ranges in and out of bounds, hover, rename, code actions).
// One message a line (fuzz_calls.hpp); seeded from tests/fuzz/seeds/lsp_fuzz, sessions like the
// Neovim test's (tests/editors).
#include "fuzz_calls.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    warrant::fuzz::run_lsp(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
