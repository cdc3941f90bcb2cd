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
