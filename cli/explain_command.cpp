// warrant explain [CODE]
#include "commands.hpp"

#include "warrant/analysis.hpp"

#include <iostream>
#include <string>

namespace warrant::cli {

int run_explain(int argc, char** argv) {
    if (argc > 2) {
        std::cerr << "usage: warrant explain [CODE]\n";
        return 2;
    }
    if (argc == 2 && (std::string(argv[1]) == "-h" || std::string(argv[1]) == "--help")) {
        std::cout << "usage: warrant explain [CODE]\n\nExplains a finding's code; without one, lists every code.\n";
        return 0;
    }
    if (argc == 1) {
        for (const Explanation& e : explanations())
            std::cout << e.code << "  " << to_string(e.severity) << std::string(9 - to_string(e.severity).size(), ' ')
                      << e.title << "\n";
        return 0;
    }
    const Explanation* explanation = find_explanation(argv[1]);
    if (!explanation) {
        std::cerr << "warrant explain: unknown code '" << argv[1] << "' ('warrant explain' lists them)\n";
        return 2;
    }
    std::cout << format_explanation(*explanation);
    return 0;
}

}  // namespace warrant::cli
