// Writes a synthetic Argdown map of N statements for benchmarks, in one of two shapes:
//   tree        one paragraph: a tree of support and attack relations (branching 4, so depth
//               stays logarithmic), about 100 bytes a statement
//   paragraphs  N small paragraphs, each a statement with bold text and a tag, a reference to
//               the next one and an argument with inline {k: v} metadata, about 80 bytes each:
//               many paragraphs, many references and many metadata blocks
//   generate_map N OUT.argdown [SEED] [--paragraphs]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

void write_tree(std::FILE* out, long count, unsigned long seed) {
    std::mt19937 random(seed);
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
}

void write_paragraphs(std::FILE* out, long count) {
    std::fprintf(out, "===\ntitle: generated map of %ld paragraphs\n===\n\n# Generated\n\n", count);
    for (long i = 0; i < count; ++i)
        std::fprintf(out, "[S%ld]: Statement number %ld has **some** text #t\n  + [S%ld]\n  - <A%ld>: an argument {k: v}\n\n",
                     i, i, i + 1, i);
}

}  // namespace

int main(int argc, char** argv) {
    bool paragraphs = false;
    std::vector<const char*> positional;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--paragraphs") == 0) paragraphs = true;
        else positional.push_back(argv[i]);
    }
    if (positional.size() < 2) {
        std::fprintf(stderr, "usage: generate_map N OUT.argdown [SEED] [--paragraphs]\n");
        return 2;
    }
    const long count = std::strtol(positional[0], nullptr, 10);
    std::FILE* out = std::fopen(positional[1], "wb");
    if (!out || count < 1) {
        std::fprintf(stderr, "generate_map: cannot write %s\n", positional[1]);
        return 2;
    }
    if (paragraphs) write_paragraphs(out, count);
    else write_tree(out, count, positional.size() > 2 ? std::strtoul(positional[2], nullptr, 10) : 42);
    return std::fclose(out) == 0 ? 0 : 1;
}
