// Writes a synthetic Argdown map of N statements for benchmarks: a tree of support and attack
// relations (branching 4, so depth stays logarithmic), about 100 bytes a statement.
//   generate_map N OUT.argdown [SEED]
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: generate_map N OUT.argdown [SEED]\n");
        return 2;
    }
    const long count = std::strtol(argv[1], nullptr, 10);
    std::FILE* out = std::fopen(argv[2], "wb");
    if (!out || count < 1) {
        std::fprintf(stderr, "generate_map: cannot write %s\n", argv[2]);
        return 2;
    }
    std::mt19937 random(argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 42);
    const char* words[] = {"harvest", "purity", "clones", "hope", "school", "donation", "friendship", "truth"};
    constexpr long kBranching = 4;

    std::fprintf(out, "===\ntitle: generated map of %ld statements\n===\n\n# Generated\n\n", count);
    // Statement i's children are kBranching*i+1 .. kBranching*i+kBranching (heap order); emit
    // depth-first with an explicit stack so any N works without recursion.
    std::vector<std::pair<long, int>> stack{{0, 0}};
    while (!stack.empty()) {
        auto [node, depth] = stack.back();
        stack.pop_back();
        std::string line(static_cast<std::size_t>(depth) * 2, ' ');
        if (depth > 0) line += (random() % 4 == 0) ? "- " : "+ ";
        std::fprintf(out, "%s[S%ld]: Statement %ld argues that %s and %s matter for the %s debate here.\n",
                     line.c_str(), node, node, words[random() % 8], words[random() % 8], words[random() % 8]);
        for (long child = kBranching * node + kBranching; child > kBranching * node; --child)
            if (child < count) stack.emplace_back(child, depth + 1);
    }
    return std::fclose(out) == 0 ? 0 : 1;
}
