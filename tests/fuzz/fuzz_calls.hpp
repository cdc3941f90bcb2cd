// What each fuzz target does with one input, shared with the regression test
// (tests/unit/formats/fuzz_regressions_test.cpp) so that a pinned input is replayed exactly.
#pragma once

#include "warrant/draft.hpp"
#include "warrant/formats.hpp"
#include "warrant/iccma.hpp"
#include "warrant/lsp.hpp"
#include "warrant/parse.hpp"

#include <algorithm>
#include <optional>
#include <sstream>
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

// draft_fuzz: any bytes as an essay. The first byte picks what `warrant draft --format` would
// write of it (modulo 3: the Argdown map, warrant's JSON, the components); the rest is the essay,
// and the essay's draft is re-read as Argdown, as a student's edited draft would be.
inline void run_draft(const std::string& bytes) {
    if (bytes.empty()) return;
    const DraftResult draft = draft_essay(bytes.substr(1), "fuzz.txt", DraftModel::built_in());
    switch (static_cast<unsigned char>(bytes[0]) % 3) {
        case 0: (void)parse_argdown(export_argdown(draft.loaded.map), "fuzz.argdown"); break;
        case 1: (void)export_json(draft.loaded.map); break;
        case 2: (void)draft_components_json(draft); break;
    }
    for (const auto& diagnostic : draft.loaded.diagnostics) (void)format_diagnostic(diagnostic, draft.loaded.source_text);
}

// lsp_fuzz: one JSON-RPC body a line (a body never holds a raw newline: JSON escapes it in
// strings), each framed as the protocol does, then shutdown and exit so that every session ends.
// No debounce: each change is checked, and the check's thread runs inside the execution.
inline std::string lsp_frame(std::string_view body) {
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

inline void run_lsp(const std::string& bytes) {
    std::string script;
    for (std::size_t at = 0; at < bytes.size();) {
        const std::size_t end = std::min(bytes.find('\n', at), bytes.size());
        if (end > at) script += lsp_frame(std::string_view(bytes).substr(at, end - at));
        at = end + 1;
    }
    script += lsp_frame(R"({"jsonrpc":"2.0","id":9999,"method":"shutdown"})");
    script += lsp_frame(R"({"jsonrpc":"2.0","method":"exit"})");
    std::istringstream in(script);
    std::ostringstream out;
    LspOptions options;
    options.debounce_milliseconds = 0;
    (void)run_language_server(in, out, options);
}

}  // namespace warrant::fuzz
