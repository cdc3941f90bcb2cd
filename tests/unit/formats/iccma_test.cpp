#include "semantics/test_frameworks.hpp"
#include "warrant/iccma.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>

using namespace warrant;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs attack_pairs(const Framework& framework) {
    Pairs attacks;
    for (ArgumentId a = 0; a < framework.size(); ++a)
        for (ArgumentId t : framework.targets(a)) attacks.emplace_back(framework.name(a), framework.name(t));
    return attacks;
}

std::vector<std::string> names(const Framework& framework) {
    std::vector<std::string> all;
    for (ArgumentId a = 0; a < framework.size(); ++a) all.push_back(framework.name(a));
    return all;
}

// "line:col code" of each diagnostic.
std::vector<std::string> locations(const FrameworkLoadResult& result) {
    std::vector<std::string> all;
    for (const Diagnostic& d : result.diagnostics)
        all.push_back(std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " + d.code);
    return all;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("an i23 file reads with comments, blank lines and carriage returns") {
    FrameworkLoadResult result = read_framework("# a comment\np af 3\r\n1 2\n\n2 3\n# end\n3 3", IccmaFormat::I23, "x.i23");
    REQUIRE(result.diagnostics.empty());
    CHECK(result.framework.size() == 3);
    CHECK(attack_pairs(result.framework) == Pairs{{"1", "2"}, {"2", "3"}, {"3", "3"}});
    CHECK(result.source_text.empty());
}

TEST_CASE("malformed i23 lines are reported with line and column and reading goes on") {
    FrameworkLoadResult result = read_framework("p af 3\n1 2\n1 x\n4 1\n1 2 3\np af 4\n", IccmaFormat::I23, "bad.i23");
    CHECK(locations(result) == Strings{"3:3 E051", "4:1 E052", "5:5 E051", "6:1 E054"});
    CHECK(result.diagnostics[0].span.file == "bad.i23");
    CHECK(result.diagnostics[1].message == "argument 4 is outside 1..3");
    CHECK(result.has_errors());
    CHECK_FALSE(result.source_text.empty());
}

TEST_CASE("an i23 file without its header is an error at the first attack") {
    CHECK(locations(read_framework("# x\n1 2\n", IccmaFormat::I23, "f")) == Strings{"2:1 E050"});
    CHECK(locations(read_framework("", IccmaFormat::I23, "f")) == Strings{"1:1 E050"});
    CHECK(locations(read_framework("p bf 3\n", IccmaFormat::I23, "f")) == Strings{"1:5 E050"});
}

TEST_CASE("an apx file reads facts in any order, quoted names and comments") {
    FrameworkLoadResult result = read_framework(
        "% comment\natt(a, \"b c\").\narg(a). arg(\"b c\").\narg(d).att(d,a).\n", IccmaFormat::Apx, "x.apx");
    REQUIRE(result.diagnostics.empty());
    CHECK(names(result.framework) == Strings{"a", "b c", "d"});
    CHECK(attack_pairs(result.framework) == Pairs{{"a", "b c"}, {"d", "a"}});
}

TEST_CASE("malformed apx facts and undeclared arguments are reported") {
    FrameworkLoadResult result = read_framework("arg(a).\natt(a,b).\nfoo(a).\narg(a).\narg(c\n", IccmaFormat::Apx, "f.apx");
    CHECK(locations(result) == Strings{"3:4 E051", "4:5 E054", "5:6 E051", "2:1 E053"});
}

TEST_CASE("a tgf file reads names, the separator and attacks, ignoring labels") {
    FrameworkLoadResult result = read_framework("a first\nb\n#\na b label\nb a\n", IccmaFormat::Tgf, "x.tgf");
    REQUIRE(result.diagnostics.empty());
    CHECK(names(result.framework) == Strings{"a", "b"});
    CHECK(attack_pairs(result.framework) == Pairs{{"a", "b"}, {"b", "a"}});
}

TEST_CASE("a tgf attack on an undeclared argument or with one end is reported") {
    FrameworkLoadResult result = read_framework("a\n#\na z\nb\n", IccmaFormat::Tgf, "f.tgf");
    CHECK(locations(result) == Strings{"3:3 E053", "4:1 E053"});
    CHECK(locations(read_framework("a\n#\na\n", IccmaFormat::Tgf, "f.tgf")) == Strings{"3:2 E051"});
}

TEST_CASE("every format round-trips a framework") {
    Framework framework = test::letters(4, {{'a', 'b'}, {'b', 'a'}, {'c', 'd'}, {'d', 'd'}});
    for (IccmaFormat format : {IccmaFormat::Apx, IccmaFormat::Tgf}) {
        CAPTURE(to_string(format));
        FrameworkLoadResult back = read_framework(write_framework(framework, format), format, "round");
        REQUIRE(back.diagnostics.empty());
        CHECK(names(back.framework) == names(framework));
        CHECK(attack_pairs(back.framework) == attack_pairs(framework));
    }
    Framework numbered = Framework::from_attacks(4, {{0, 1}, {1, 0}, {2, 3}, {3, 3}});
    CHECK(write_i23(numbered) == "p af 4\n1 2\n2 1\n3 4\n4 4\n");
    FrameworkLoadResult back = read_framework(write_i23(numbered), IccmaFormat::I23, "round");
    CHECK(attack_pairs(back.framework) == attack_pairs(numbered));
}

TEST_CASE("names survive apx as quoted strings, i23 as comments and tgf as labels") {
    Framework framework = Framework::from_attacks(2, {{0, 1}}, {"Every \"utopia\"", "B"});
    CHECK(write_apx(framework) == "arg(\"Every \\\"utopia\\\"\").\narg(B).\natt(\"Every \\\"utopia\\\"\",B).\n");
    CHECK(names(read_framework(write_apx(framework), IccmaFormat::Apx, "f").framework) == names(framework));
    CHECK(write_i23(framework) == "p af 2\n# 1 Every \"utopia\"\n# 2 B\n1 2\n");
    CHECK(write_tgf(framework) == "1 Every \"utopia\"\n2 B\n#\n1 2\n");
}

TEST_CASE("formats are known by name and by file extension") {
    CHECK(iccma_format_from_string("apx") == IccmaFormat::Apx);
    CHECK(iccma_format_of_path("dir/x.af") == IccmaFormat::I23);
    CHECK(iccma_format_of_path("x.tgf") == IccmaFormat::Tgf);
    CHECK_FALSE(iccma_format_of_path("x.txt").has_value());
}

TEST_CASE("a framework file is read through the file system and a missing one is an io failure") {
    const std::string path = "/tmp/warrant_iccma_test.i23";
    std::ofstream(path) << "p af 2\n1 2\n";
    FrameworkLoadResult loaded = load_framework_file(path);
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.framework.attack_count() == 1);
    std::remove(path.c_str());
    FrameworkLoadResult missing = load_framework_file(path);
    CHECK(missing.io_failed);
    CHECK(missing.diagnostics.at(0).code == "E000");
    CHECK(load_framework_file("/tmp/x.unknown").io_failed);
}

TEST_CASE("random mutations of valid files never crash a reader and never yield attacks out of range") {
    const std::pair<IccmaFormat, std::string> seeds[] = {
        {IccmaFormat::I23, "p af 3\n# c\n1 2\n2 3\n3 1\n"},
        {IccmaFormat::Apx, "arg(a).\narg(\"b c\").\natt(a,\"b c\").\n% x\n"},
        {IccmaFormat::Tgf, "a\nb label\n#\na b\nb a\n"},
    };
    const std::string alphabet = "0123456789 \n\r\t#p af().,\"\\%-x";
    std::mt19937 random(23);
    for (const auto& [format, seed] : seeds) {
        for (int round = 0; round < 2000; ++round) {
            std::string text = seed;
            for (int edits = std::uniform_int_distribution<int>(1, 6)(random); edits > 0; --edits) {
                const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size())(random);
                const char c = alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(random)];
                switch (random() % 3) {
                    case 0: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                    case 1: if (at < text.size()) text.erase(at, 1); break;
                    default: if (at < text.size()) text[at] = c; break;
                }
            }
            FrameworkLoadResult result = read_framework(text, format, "fuzz");
            CAPTURE(text);
            const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
            for (const Diagnostic& d : result.diagnostics) {  // every finding points into the text
                CHECK(d.span.line >= 1);
                CHECK(d.span.line <= lines);
            }
            if (result.has_errors()) continue;
            for (ArgumentId a = 0; a < result.framework.size(); ++a)
                for (ArgumentId t : result.framework.targets(a)) CHECK(t < result.framework.size());
        }
    }
}
