// Times the language server on a generated map: from didOpen to the published diagnostics
// (target: a 20,000-statement document under a second), against checking the same text in
// process as `warrant check` does (the baseline: what the server adds is JSON and positions).
//   lsp_bench MAP.argdown [RUNS]
// Times are wall seconds, best of RUNS (default 5): the debounce is 0, and shutdown waits for
// the findings to be published, so one script run is open -> check -> publish.
#include "warrant/analysis.hpp"
#include "warrant/lsp.hpp"
#include "warrant/parse.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using Clock = std::chrono::steady_clock;

std::string frame(const nlohmann::json& message) {
    const std::string body = message.dump();
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string script_for(const std::string& text) {
    const std::string uri = "file:///bench/map.argdown";
    return frame({{"jsonrpc", "2.0"}, {"id", 0}, {"method", "initialize"}, {"params", {{"capabilities", nlohmann::json::object()}}}}) +
           frame({{"jsonrpc", "2.0"},
                  {"method", "textDocument/didOpen"},
                  {"params", {{"textDocument", {{"uri", uri}, {"languageId", "argdown"}, {"version", 1}, {"text", text}}}}}}) +
           frame({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "shutdown"}}) + frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: lsp_bench MAP.argdown [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    std::ifstream file(argv[1], std::ios::binary);
    std::ostringstream read;
    read << file.rdbuf();
    const std::string text = read.str();
    const std::string script = script_for(text);

    double check_best = 1e9, server_best = 1e9;
    std::size_t findings = 0, published_bytes = 0;
    for (int run = 0; run < runs; ++run) {
        Clock::time_point start = Clock::now();
        const warrant::LoadResult loaded = warrant::parse_argdown(text, argv[1]);
        findings = warrant::check_loaded(loaded).findings.size();
        check_best = std::min(check_best, seconds_since(start));

        std::istringstream in(script);
        std::ostringstream out;
        warrant::LspOptions options;
        options.debounce_milliseconds = 0;
        start = Clock::now();
        const int code = warrant::run_language_server(in, out, options);
        server_best = std::min(server_best, seconds_since(start));
        published_bytes = out.str().size();
        if (code != 0) {
            std::fprintf(stderr, "lsp_bench: the server exited with %d\n", code);
            return 1;
        }
    }
    std::printf("%s: %zu bytes, %zu findings (%zu bytes of replies)\n", argv[1], text.size(), findings, published_bytes);
    std::printf("  parse + check in process (baseline): %.3f s\n", check_best);
    std::printf("  warrant lsp, didOpen -> publishDiagnostics: %.3f s (%.2fx the baseline; target under 1 s)\n", server_best,
                server_best / check_best);
    return server_best < 1.0 ? 0 : 1;
}
