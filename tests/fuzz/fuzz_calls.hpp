// What each fuzz target does with one input, shared with the regression test
// (tests/unit/formats/fuzz_regressions_test.cpp) so that a pinned input is replayed exactly.
#pragma once

#include "warrant/formats.hpp"
#include "warrant/iccma.hpp"
#include "warrant/parse.hpp"

#include <optional>
#include <string>

namespace warrant::fuzz {

// argdown_fuzz: the whole Argdown front (lexer, parser, model builder, typing), both exports
// and the diagnostics' formatting.
inline void run_argdown(const std::string& bytes) {
    ParseLimits limits;
    limits.max_depth = 200;  // keep each input fast; depth handling is tested separately
    LoadResult loaded = parse_argdown(bytes, "fuzz.argdown", limits);
    if (!loaded.has_errors()) {
        (void)export_json(loaded.map);
        (void)export_argdown_json(loaded.map);
    }
    for (const auto& diagnostic : loaded.diagnostics) (void)format_diagnostic(diagnostic, loaded.source_text);
}

// readers_fuzz: every other reader on the same bytes; the first byte picks the reader, so one
// corpus exercises them all. Bytes 0xF0 and up pick the standoff readers (brat, CDCP): what
// follows the first NUL is the essay's text, and without a NUL there is no text beside. Below
// 0xF0 the choice is the byte modulo 5, as the pinned regressions were found.
inline void run_readers(const std::string& bytes) {
    if (bytes.empty()) return;
    const std::string text = bytes.substr(1);
    const auto selector = static_cast<unsigned char>(bytes[0]);
    if (selector >= 0xF0) {
        const std::size_t cut = text.find('\0');
        std::string annotations = text.substr(0, cut);
        std::optional<std::string> essay;
        if (cut != std::string::npos) essay = text.substr(cut + 1);
        if (selector % 2 == 0)
            (void)read_brat(std::move(annotations), std::move(essay), "fuzz.ann");
        else
            (void)read_cdcp(std::move(annotations), std::move(essay), "fuzz.ann.json");
        return;
    }
    switch (selector % 5) {
        case 0: (void)read_aif(text, "fuzz.json"); break;
        case 1: (void)read_microtexts(text, "fuzz.xml"); break;
        case 2: (void)read_framework(text, IccmaFormat::I23, "fuzz.i23"); break;
        case 3: (void)read_framework(text, IccmaFormat::Apx, "fuzz.apx"); break;
        case 4: (void)read_framework(text, IccmaFormat::Tgf, "fuzz.tgf"); break;
    }
}

}  // namespace warrant::fuzz
