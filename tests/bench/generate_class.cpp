// Writes a synthetic class for `compare` benchmarks: a reference map of N statements (a thesis,
// claims in a tree of branching 3, two pieces of cited evidence under each claim, every fifth
// claim an objection) and S students who mapped it each in their own way: their own titles,
// texts with a third of the words replaced and some dropped, one page in ten wrong, one branch
// in eight left out, one objection in four drawn as a support.
//   generate_class N S DIR [SEED]   writes DIR/reference.argdown and DIR/student_K.argdown
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

struct Statement {
    long parent = -1;
    bool evidence = false;
    bool objection = false;
    std::vector<int> words;  // indices into the vocabulary
    int source = 0, page = 0;
};

std::string word(int index) {
    static const char* syllables[] = {"ka", "ri", "to", "men", "sal", "vo", "dra", "pel", "un", "ith", "os", "bar"};
    std::string out;
    for (int i = index + 1; i > 0; i /= 12) out += syllables[i % 12];
    return out + "s";
}

std::vector<Statement> make_reference(long count, std::mt19937& random) {
    std::vector<Statement> statements;
    std::vector<long> claims{0};
    statements.push_back({-1, false, false, {}, 0, 0});
    while (static_cast<long>(statements.size()) < count) {
        const long parent = claims[(claims.size() - 1) / 3];
        Statement claim{parent, false, claims.size() % 5 == 4, {}, 0, 0};
        claims.push_back(static_cast<long>(statements.size()));
        statements.push_back(claim);
        for (int e = 0; e < 2 && static_cast<long>(statements.size()) < count; ++e)
            statements.push_back({claims.back(), true, false, {}, static_cast<int>(random() % 12), static_cast<int>(1 + random() % 400)});
    }
    for (Statement& s : statements)
        for (int w = 0; w < 12; ++w) s.words.push_back(static_cast<int>(random() % 3000));
    return statements;
}

// Children before grandchildren, depth first, so each statement is written under its parent.
void write_map(std::FILE* out, const std::vector<Statement>& statements, const std::vector<std::string>& titles,
               const std::vector<std::vector<int>>& texts, const std::vector<char>& signs,
               const std::vector<int>& pages, const std::vector<bool>& dropped) {
    std::fprintf(out, "===\nsources:\n");
    for (int k = 0; k < 12; ++k) std::fprintf(out, "  src%d: {author: Author %d}\n", k, k);
    std::fprintf(out, "===\n\n");
    std::vector<std::vector<long>> children(statements.size());
    for (long i = 1; i < static_cast<long>(statements.size()); ++i) children[statements[i].parent].push_back(i);
    std::vector<std::pair<long, int>> stack{{0, 0}};
    while (!stack.empty()) {
        auto [node, depth] = stack.back();
        stack.pop_back();
        if (dropped[node]) continue;
        std::string line(static_cast<std::size_t>(depth) * 2, ' ');
        if (depth > 0) line += std::string(1, signs[node]) + " ";
        line += "[" + titles[node] + "]:";
        for (int w : texts[node]) line += " " + word(w);
        line += ".";
        if (node == 0) line += " #thesis";
        if (statements[node].objection) line += " #counter";
        if (statements[node].evidence)
            line += " {source: src" + std::to_string(statements[node].source) + ", page: \"" + std::to_string(pages[node]) + "\"}";
        std::fprintf(out, "%s\n", line.c_str());
        for (auto it = children[node].rbegin(); it != children[node].rend(); ++it) stack.push_back({*it, depth + 1});
    }
}

void write_student(const std::string& path, const std::vector<Statement>& statements, std::mt19937& random, int k) {
    const std::size_t n = statements.size();
    std::vector<std::string> titles(n);
    std::vector<std::vector<int>> texts(n);
    std::vector<char> signs(n);
    std::vector<int> pages(n);
    std::vector<bool> dropped(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        titles[i] = "Point " + std::to_string(k) + "-" + std::to_string(i);
        for (int w : statements[i].words) {
            if (random() % 6 == 0) continue;                                   // dropped
            texts[i].push_back(random() % 3 == 0 ? static_cast<int>(random() % 3000) : w);  // own word
        }
        signs[i] = statements[i].objection ? (random() % 4 == 0 ? '+' : '-') : '+';
        pages[i] = statements[i].page + (random() % 10 == 0 ? 7 : 0);
        if (i > 0 && !statements[i].evidence && random() % 8 == 0) dropped[i] = true;
    }
    std::FILE* out = std::fopen(path.c_str(), "w");
    if (!out) {
        std::perror(path.c_str());
        std::exit(1);
    }
    write_map(out, statements, titles, texts, signs, pages, dropped);
    std::fclose(out);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: generate_class N STUDENTS DIR [SEED]\n");
        return 2;
    }
    const long count = std::atol(argv[1]);
    const int students = std::atoi(argv[2]);
    const std::string dir = argv[3];
    std::mt19937 random(argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 18);
    const std::vector<Statement> statements = make_reference(count, random);
    const std::size_t n = statements.size();
    std::vector<std::string> titles(n);
    std::vector<std::vector<int>> texts(n);
    std::vector<char> signs(n);
    std::vector<int> pages(n);
    for (std::size_t i = 0; i < n; ++i) {
        titles[i] = "Claim " + std::to_string(i);
        texts[i] = statements[i].words;
        signs[i] = statements[i].objection ? '-' : '+';
        pages[i] = statements[i].page;
    }
    std::FILE* out = std::fopen((dir + "/reference.argdown").c_str(), "w");
    if (!out) {
        std::perror(dir.c_str());
        return 1;
    }
    write_map(out, statements, titles, texts, signs, pages, std::vector<bool>(n, false));
    std::fclose(out);
    for (int k = 1; k <= students; ++k)
        write_student(dir + "/student_" + std::to_string(k) + ".argdown", statements, random, k);
    return 0;
}
