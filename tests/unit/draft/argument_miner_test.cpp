#include "draft/argument_miner.hpp"

#include <doctest/doctest.h>

#include <array>

namespace {

using warrant::ComponentType;
using warrant::draft::Segment;

Segment segment(std::size_t paragraph, ComponentType type) { return Segment{paragraph, 0, 1, type}; }

std::vector<std::string> described(const std::vector<warrant::draft::SegmentRelation>& relations) {
    std::vector<std::string> out;
    for (const auto& r : relations) out.push_back(std::to_string(r.from) + "->" + std::to_string(r.to));
    return out;
}

}  // namespace

TEST_CASE("the decoder gives each premise its most probable target in its paragraph") {
    const std::vector<Segment> segments = {segment(0, ComponentType::Claim), segment(0, ComponentType::Premise),
                                           segment(0, ComponentType::Premise), segment(1, ComponentType::Premise)};
    std::vector<std::vector<double>> link(4, std::vector<double>(4, 0.0));
    link[1][0] = 0.9;
    link[1][2] = 0.2;
    link[2][1] = 0.7;
    link[2][0] = 0.6;
    link[3][0] = 0.99;  // another paragraph: never chosen
    CHECK(described(warrant::draft::decode_trees(segments, link)) == std::vector<std::string>{"1->0", "2->1"});
}

TEST_CASE("the decoder breaks a cycle by taking the next most probable target") {
    const std::vector<Segment> segments = {segment(0, ComponentType::Claim), segment(0, ComponentType::Premise),
                                           segment(0, ComponentType::Premise)};
    std::vector<std::vector<double>> link(3, std::vector<double>(3, 0.0));
    link[1][2] = 0.9;
    link[2][1] = 0.8;  // would close 1 -> 2 -> 1
    link[2][0] = 0.3;
    CHECK(described(warrant::draft::decode_trees(segments, link)) == std::vector<std::string>{"1->2", "2->0"});
}

TEST_CASE("claims and major claims get no relation and are never a premise's target when they are major") {
    const std::vector<Segment> segments = {segment(0, ComponentType::MajorClaim), segment(0, ComponentType::Claim),
                                           segment(0, ComponentType::Premise)};
    std::vector<std::vector<double>> link(3, std::vector<double>(3, 0.5));
    link[2][0] = 0.99;
    CHECK(described(warrant::draft::decode_trees(segments, link)) == std::vector<std::string>{"2->1"});
}

TEST_CASE("a segment that cuts a quotation takes all of it, and the segments it then overlaps become one") {
    using warrant::draft::ParagraphText;
    const std::string text = "Kathy says, \u201cWe all know it. We are modelled from trash.\u201d (166) Ruth agrees.";
    ParagraphText paragraph;
    paragraph.tokens = warrant::draft::tokenize(text, {0, text.size()});
    paragraph.quotations = warrant::draft::quotations(paragraph.tokens);
    const auto index_of = [&](std::string_view word) {
        for (std::size_t i = 0; i < paragraph.tokens.size(); ++i)
            if (paragraph.tokens[i].lower == word) return i;
        return paragraph.tokens.size();
    };
    const auto words_of = [&](const Segment& s) {
        return text.substr(paragraph.tokens[s.first].range.begin, paragraph.tokens[s.last - 1].range.end - paragraph.tokens[s.first].range.begin);
    };
    // The sentence splitter cut the quotation after "it."; so did the segmenter.
    std::vector<Segment> segments = {{0, 0, index_of("it") + 1, ComponentType::Premise},
                                     {0, index_of("are") - 1, index_of("trash") + 1, ComponentType::Premise},
                                     {0, index_of("ruth"), index_of("agrees") + 1, ComponentType::Claim}};
    warrant::draft::keep_quotations_whole(paragraph, segments, 0);
    REQUIRE(segments.size() == 2);
    CHECK(words_of(segments[0]) == "Kathy says, \u201cWe all know it. We are modelled from trash.\u201d");
    CHECK(words_of(segments[1]) == "Ruth agrees");
    // A segment that starts at a closing mark drops it rather than taking the quotation.
    std::vector<Segment> stray = {{0, index_of("\u201d"), index_of("166") + 2, ComponentType::Premise}};
    warrant::draft::keep_quotations_whole(paragraph, stray, 0);
    CHECK(words_of(stray[0]) == "(166)");
}

namespace {

std::vector<warrant::draft::TypeProbabilities> types_of(std::initializer_list<std::array<double, 3>> rows) {
    std::vector<warrant::draft::TypeProbabilities> out;  // MajorClaim, Claim, Premise
    for (const auto& row : rows) out.emplace_back(row.begin(), row.end());
    return out;
}

}  // namespace

TEST_CASE("the joint decoder types a paragraph by its relations: a likely reason is a premise, the point it serves a claim") {
    std::vector<Segment> paragraph = {segment(0, ComponentType::Premise), segment(0, ComponentType::Premise),
                                      segment(0, ComponentType::Premise)};
    // The type classifier leans to premise for all three, but 1 and 2 give reasons to 0 and
    // 0 gives its reason to nothing likely: 0 is the claim.
    const auto types = types_of({{0.0, 0.45, 0.55}, {0.0, 0.2, 0.8}, {0.0, 0.3, 0.7}});
    std::vector<std::vector<double>> link(3, std::vector<double>(3, 0.0));
    link[0][1] = 0.05;
    link[0][2] = 0.05;
    link[1][0] = 0.8;
    link[1][2] = 0.1;
    link[2][0] = 0.7;
    link[2][1] = 0.2;
    CHECK(described(warrant::draft::decode_jointly(paragraph, types, link)) == std::vector<std::string>{"1->0", "2->0"});
    CHECK(paragraph[0].type == ComponentType::Claim);
    CHECK(paragraph[1].type == ComponentType::Premise);
    CHECK(paragraph[2].type == ComponentType::Premise);
}

TEST_CASE("the joint decoder keeps a confident claim a claim and a major claim under the root") {
    std::vector<Segment> paragraph = {segment(0, ComponentType::MajorClaim), segment(0, ComponentType::Claim),
                                      segment(0, ComponentType::Premise)};
    const auto types = types_of({{0.9, 0.05, 0.05}, {0.0, 0.97, 0.03}, {0.0, 0.1, 0.9}});
    std::vector<std::vector<double>> link(3, std::vector<double>(3, 0.0));
    link[1][2] = 0.4;  // the claim might give a reason to the premise, but it is surely a claim
    link[2][1] = 0.6;
    CHECK(described(warrant::draft::decode_jointly(paragraph, types, link)) == std::vector<std::string>{"2->1"});
    CHECK(paragraph[0].type == ComponentType::MajorClaim);
    CHECK(paragraph[1].type == ComponentType::Claim);
}

TEST_CASE("the joint decoder leaves a paragraph of more than 32 segments to decode_trees") {
    std::vector<Segment> paragraph(40, segment(0, ComponentType::Premise));
    paragraph[0].type = ComponentType::Claim;
    const std::vector<warrant::draft::TypeProbabilities> types(40, {0.0, 0.1, 0.9});
    std::vector<std::vector<double>> link(40, std::vector<double>(40, 0.0));
    for (std::size_t i = 1; i < 40; ++i) link[i][i - 1] = 0.9;
    const auto relations = warrant::draft::decode_jointly(paragraph, types, link);
    CHECK(relations.size() == 39);
    CHECK(described(relations) == described(warrant::draft::decode_trees(paragraph, link)));
    CHECK(paragraph[0].type == ComponentType::Claim);
}

TEST_CASE("beside the thesis, two likely claims stay claims; in a body paragraph, one serves the other") {
    const auto types = types_of({{0.0, 0.5, 0.5}, {0.0, 0.5, 0.5}});
    std::vector<std::vector<double>> link(2, std::vector<double>(2, 0.5));
    std::vector<Segment> body = {segment(0, ComponentType::Claim), segment(0, ComponentType::Premise)};
    CHECK(warrant::draft::decode_jointly(body, types, link).size() == 1);

    std::vector<Segment> with_thesis = {segment(0, ComponentType::Claim), segment(0, ComponentType::Premise),
                                        segment(0, ComponentType::MajorClaim)};
    const auto three = types_of({{0.0, 0.5, 0.5}, {0.0, 0.5, 0.5}, {1.0, 0.0, 0.0}});
    std::vector<std::vector<double>> link3(3, std::vector<double>(3, 0.0));
    link3[0][1] = link3[1][0] = 0.5;
    CHECK(warrant::draft::decode_jointly(with_thesis, three, link3).empty());
    CHECK(with_thesis[0].type == ComponentType::Claim);
    CHECK(with_thesis[1].type == ComponentType::Claim);
}
