#include "draft/microtext_gold.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>


namespace {

const std::string kPart1 = warrant::testing::shared_dir() + "/corpora/microtexts/en/";

}  // namespace

TEST_CASE("a microtext's gold: units in the text, rebuttals and undercuts as attacks, the central claim") {
    const std::string text = warrant::testing::read_file(kPart1 + "micro_b001.txt");
    const auto gold = warrant::draft::read_microtext_gold(warrant::testing::read_file(kPart1 + "micro_b001.xml"), text);
    REQUIRE(gold);
    REQUIRE(gold->units.size() == 5);
    CHECK(warrant::draft::slice(text, gold->units[4].range) == "We Berliners should take the chance and become pioneers in waste separation!");
    CHECK(gold->units[0].opponent);
    CHECK(gold->central == 4u);
    // a1 reb a5; a2 sup a1; a3 und (a1 -> a5): attacks a1; a4 add to a3's undercut: attacks a1.
    std::vector<std::string> links;
    for (const auto& link : gold->links)
        links.push_back(std::to_string(link.from) + (link.attack ? "-" : "+") + std::to_string(link.to));
    CHECK(links == std::vector<std::string>{"0-4", "1+0", "2-0", "3-0"});
}

TEST_CASE("part 2's reconstructed central claim is found in the text when written there, in any case") {
    const std::string dir = warrant::testing::shared_dir() + "/corpora/microtexts-part2/corpus/";
    const std::string text = warrant::testing::read_file(dir + "micro_c002.txt");
    const auto gold = warrant::draft::read_microtext_gold(warrant::testing::read_file(dir + "micro_c002.xml"), text);
    REQUIRE(gold);
    REQUIRE(gold->central);
    CHECK(warrant::draft::slice(text, gold->units[*gold->central].range) == "HUNTING IS GOOD FOR THE ENVIRONMENT.");
}

TEST_CASE("the held-out fifth of part 1: every fifth file in sorted order, apart from the rest") {
    const auto all = warrant::draft::microtext_files(kPart1, "all");
    const auto dev = warrant::draft::microtext_files(kPart1, "dev");
    const auto train = warrant::draft::microtext_files(kPart1, "train");
    CHECK(all.size() == 112);
    CHECK(dev.size() == 22);
    CHECK(train.size() == 90);
    CHECK(dev.front() == all[4]);
}

TEST_CASE("the folds of the cross-validation over part 1 cover every text once") {
    const auto all = warrant::draft::microtext_files(kPart1, "all");
    std::vector<std::string> held_out;
    for (char k = '0'; k <= '4'; ++k) {
        const auto dev = warrant::draft::microtext_files(kPart1, std::string("dev:") + k);
        const auto train = warrant::draft::microtext_files(kPart1, std::string("train:") + k);
        CHECK(dev.size() + train.size() == all.size());
        CHECK(dev.front() == all[static_cast<std::size_t>(k - '0')]);
        held_out.insert(held_out.end(), dev.begin(), dev.end());
    }
    std::sort(held_out.begin(), held_out.end());
    CHECK(held_out == all);
    CHECK(warrant::draft::microtext_files(kPart1, "dev:4") == warrant::draft::microtext_files(kPart1, "dev"));
    CHECK(warrant::draft::microtext_files(kPart1, "dev:5").empty());
    CHECK(warrant::draft::microtext_files(kPart1, "fold").empty());
}
