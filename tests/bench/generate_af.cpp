// Random abstract frameworks for the semantics benchmarks, written as i23 (random_attacks.hpp:
// every argument attacks MIN to MAX arguments, default 3 to 5), fixed seed.
//   generate_af ARGUMENTS OUT.i23 [SEED [MIN MAX]]
#include "random_attacks.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: generate_af ARGUMENTS OUT.i23 [SEED [MIN MAX]]\n");
        return 2;
    }
    const unsigned long n = std::strtoul(argv[1], nullptr, 10);
    const unsigned long seed = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 1995;  // Dung's year
    const unsigned long low = argc > 5 ? std::strtoul(argv[4], nullptr, 10) : 3;
    const unsigned long high = argc > 5 ? std::strtoul(argv[5], nullptr, 10) : 5;
    std::FILE* out = std::fopen(argv[2], "wb");
    if (!out || n == 0) {
        std::fprintf(stderr, "generate_af: cannot write %s\n", argv[2]);
        return 2;
    }
    std::fprintf(out, "p af %lu\n# random: %lu-%lu attacks per argument, seed %lu\n", n, low, high, seed);
    std::string buffer;
    warrant::bench::for_each_random_attack(n, seed, low, high, [&](unsigned long a, unsigned long b) {
        buffer += std::to_string(a);
        buffer += ' ';
        buffer += std::to_string(b);
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            std::fwrite(buffer.data(), 1, buffer.size(), out);
            buffer.clear();
        }
    });
    std::fwrite(buffer.data(), 1, buffer.size(), out);
    return std::fclose(out) == 0 ? 0 : 2;
}
