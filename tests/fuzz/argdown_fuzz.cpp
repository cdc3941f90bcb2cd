// libFuzzer target: the whole Argdown front (lexer, parser, model builder, typing) and both
// exports must survive any bytes. Seeded from ../shared/argdown-corpus/inputs by `make fuzz`.
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    warrant::ParseLimits limits;
    limits.max_depth = 200;  // keep each input fast; depth handling is tested separately
    warrant::LoadResult loaded =
        warrant::parse_argdown(std::string(reinterpret_cast<const char*>(data), size), "fuzz.argdown", limits);
    if (!loaded.has_errors()) {
        (void)warrant::export_json(loaded.map);
        (void)warrant::export_argdown_json(loaded.map);
    }
    for (const auto& diagnostic : loaded.diagnostics) (void)warrant::format_diagnostic(diagnostic, loaded.source_text);
    return 0;
}
