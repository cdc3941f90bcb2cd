#include "draft/citation_grammar.hpp"

#include <doctest/doctest.h>

namespace {

using warrant::draft::parse_citation;
using warrant::draft::ParsedCitation;

std::string describe(const std::vector<ParsedCitation>& citations) {
    std::string out;
    for (const ParsedCitation& c : citations)
        out += (out.empty() ? "" : "; ") + std::string(c.ibid ? "ibid" : "") + "[" + c.author + "|" + c.work + "|" + c.year +
               "|" + c.page + "]";
    return out;
}

}  // namespace

TEST_CASE("an MLA citation gives its author and page") {
    CHECK(describe(parse_citation("Atwood 23")) == "[Atwood|||23]");
    CHECK(describe(parse_citation("Wear 103")) == "[Wear|||103]");
    CHECK(describe(parse_citation("Claeys15")) == "[Claeys|||15]");
    CHECK(describe(parse_citation("Groes and Lewis 10")) == "[Groes and Lewis|||10]");
}

TEST_CASE("a page range keeps its hyphen or dash as written") {
    CHECK(describe(parse_citation("Sargent 3\u20134")) == "[Sargent|||3\u20134]");
    CHECK(describe(parse_citation("Sargent 3-4")) == "[Sargent|||3-4]");
    CHECK(describe(parse_citation("68\u201369")) == "[|||68\u201369]");
    CHECK(describe(parse_citation("5 - 6")) == "[|||5-6]");
}

TEST_CASE("a page alone is a citation, a year alone is not") {
    CHECK(describe(parse_citation("36")) == "[|||36]");
    CHECK(parse_citation("2005").empty());
    CHECK(parse_citation("1954\u2013     ").empty());
    CHECK(parse_citation("see below").empty());
    CHECK(parse_citation("Figure 3").empty());
}

TEST_CASE("an APA citation gives its author, year and page") {
    CHECK(describe(parse_citation("Smith, 2019, p. 4")) == "[Smith||2019|4]");
    CHECK(describe(parse_citation("Smith & Jones, 2019, pp. 4\u20135")) == "[Smith & Jones||2019|4\u20135]");
    CHECK(describe(parse_citation("Smith et al., 2019")) == "[Smith et al.||2019|]");
    CHECK(describe(parse_citation("Smith 2019, p. 4")) == "[Smith||2019|4]");
    CHECK(describe(parse_citation("2019, p. 12")) == "[||2019|12]");
}

TEST_CASE("ibid. refers back, with or without a page") {
    CHECK(describe(parse_citation("ibid.")) == "ibid[|||]");
    CHECK(describe(parse_citation("Ibid., 45")) == "ibid[|||45]");
    CHECK(describe(parse_citation("ibid. p. 7")) == "ibid[|||7]");
}

TEST_CASE("several works by one author are told apart by short title or year") {
    CHECK(describe(parse_citation("Atwood, Oryx 12")) == "[Atwood|Oryx||12]");
    CHECK(describe(parse_citation("Smith, 2019a, p. 3")) == "[Smith||2019a|3]");
}

TEST_CASE("citations separated by semicolons are each read") {
    CHECK(describe(parse_citation("Atwood 23; Wear 103")) == "[Atwood|||23]; [Wear|||103]");
    CHECK(parse_citation("Atwood 23; see Wear").empty());
}

TEST_CASE("a source key is the surname in lower case, two authors joined") {
    CHECK(warrant::draft::source_key("Atwood") == "atwood");
    CHECK(warrant::draft::source_key("Sebastian Groes and Barry Lewis") == "groes_lewis");
    CHECK(warrant::draft::source_key("Smith et al.") == "smith");
    CHECK(warrant::draft::source_key("Michael D. Gordin") == "gordin");
}
