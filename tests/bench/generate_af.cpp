// Random abstract frameworks for the semantics benchmarks, written as i23: every argument
// attacks 3 to 5 arguments drawn uniformly (self-attacks possible), fixed seed.
//   generate_af ARGUMENTS OUT.i23 [SEED]
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: generate_af ARGUMENTS OUT.i23 [SEED]\n");
        return 2;
    }
    const unsigned long n = std::strtoul(argv[1], nullptr, 10);
    const unsigned long seed = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 1995;  // Dung's year
    std::FILE* out = std::fopen(argv[2], "wb");
    if (!out || n == 0) {
        std::fprintf(stderr, "generate_af: cannot write %s\n", argv[2]);
        return 2;
    }
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<unsigned long> target(1, n), degree(3, 5);
    std::fprintf(out, "p af %lu\n# random: 3-5 attacks per argument, seed %lu\n", n, seed);
    std::string buffer;
    for (unsigned long a = 1; a <= n; ++a) {
        for (unsigned long k = degree(random); k > 0; --k) {
            buffer += std::to_string(a);
            buffer += ' ';
            buffer += std::to_string(target(random));
            buffer += '\n';
        }
        if (buffer.size() > (1 << 20)) {
            std::fwrite(buffer.data(), 1, buffer.size(), out);
            buffer.clear();
        }
    }
    std::fwrite(buffer.data(), 1, buffer.size(), out);
    return std::fclose(out) == 0 ? 0 : 2;
}
