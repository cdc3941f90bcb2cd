#include "draft/argument_miner.hpp"

#include <doctest/doctest.h>

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
