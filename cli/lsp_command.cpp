// warrant lsp [--debounce MS]: the language server on stdin and stdout, for editors.
#include "commands.hpp"

#include "warrant/lsp.hpp"

#include <cxxopts.hpp>
#include <algorithm>
#include <iostream>

namespace warrant::cli {

int run_lsp(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Serve the Language Server Protocol on stdin/stdout: check maps as you type.");
    options.add_options()
        ("debounce", "milliseconds a document rests before it is checked", cxxopts::value<int>()->default_value("150"))
        ("stdio", "talk over stdin/stdout (the default; editors pass it)")
        ("h,help", "show this help");
    const auto args = options.parse(argc, argv);
    if (args.count("help")) {
        std::cout << options.help();
        return 0;
    }
    LspOptions server;
    server.debounce_milliseconds = std::max(0, args["debounce"].as<int>());
    // Messages are counted in bytes: no locale or stdio synchronisation may touch them.
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    return run_language_server(std::cin, std::cout, server);
}

}  // namespace warrant::cli
