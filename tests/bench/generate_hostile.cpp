// Writes the hostile inputs of make bench's "untrusted text" section into DIR: essays for
// `warrant draft` (.txt) and maps for the Argdown reader (.argdown), each the shape that once made
// a reader super-linear (issue 30), about 0.3-2 MB each. The AAE2 essays joined into one text are
// added by run.sh from the corpus.
//   generate_hostile DIR
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: generate_hostile DIR\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    const std::string sentence = "The district should start school later because teenagers sleep late. ";
    // Essays.
    write(dir / "nested_parentheses.txt", repeat("(", 200000) + "Atwood 23" + repeat(")", 200000) + "\n");
    write(dir / "million_lines.txt", repeat("a\n", 1000000));
    write(dir / "one_line.txt", repeat(sentence, (2u << 20) / sentence.size()) + "\n");
    write(dir / "open_quotes.txt", repeat("\u201c", 100000) + "\n");
    write(dir / "sentence_a_line.txt", repeat("Teenagers sleep late (Carskadon 12).\n", (2u << 20) / 37));
    write(dir / "short_paragraphs.txt", repeat("Schools should start later.\n\n", (1u << 20) / 29));
    write(dir / "quotes_and_citations.txt", repeat("\u201cSleep matters (Carskadon 12). ", 20000) + "\n");
    write(dir / "unclosed_citations.txt", repeat("As Smith argues (Smith 2019, p. 4 ", 30000) + "\n");
    // Maps.
    write(dir / "nested_brackets.argdown", "[T]: " + repeat("[", 200000) + "x" + repeat("]", 200000) + "\n");
    write(dir / "nested_braces.argdown", "[T]: text " + repeat("{a: ", 100000) + "\n");
    write(dir / "unbalanced_quotes.argdown", repeat("[T]: \"an unclosed quotation and *bold\n\n", 30000));
    write(dir / "huge_line.argdown", "[T]: " + repeat(sentence, 1000000 / sentence.size()) + "\n");
    write(dir / "million_tiny_lines.argdown", repeat("a\n", 1000000));
    write(dir / "deep_relations.argdown", [] {  // as deep as max_depth allows: 1 MB of indentation
        std::string map = "[T]: t\n";
        for (int depth = 1; depth <= 1000; ++depth) map += std::string(2 * depth, ' ') + "+ [s" + std::to_string(depth) + "]: s\n";
        return map;
    }());
    return 0;
}
