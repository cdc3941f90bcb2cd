#include "draft/argument_miner.hpp"

#include <cmath>
#include "draft/draft_model_impl.hpp"
#include "draft/essay_layout.hpp"
#include "draft/mining_features.hpp"
#include "support/source_tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

// In the stage's namespace (not a using-directive: the unity build puts other tests after this one).
namespace warrant::draft {
namespace {

// The seed essay, read as `warrant draft` reads it, with the segments the built-in model finds.
struct MinedSeed {
    std::string text;
    EssayText essay;
    MinedArgument mined;
};

const MinedSeed& mined_seed() {
    static const MinedSeed mined = [] {
        MinedSeed out;
        std::ifstream in(warrant::testing::seed_essay_path(), std::ios::binary);
        std::ostringstream buffer;
        buffer << in.rdbuf();
        out.text = buffer.str();
        out.essay = read_essay(out.text, read_layout(out.text));
        out.mined = mine(out.essay, warrant::DraftModel::built_in().impl());
        return out;
    }();
    return mined;
}

const DraftModel::Impl& built_in_model() { return warrant::DraftModel::built_in().impl(); }

// The row drafting builds from a feature function's parts, and the row of its strings.
template <typename Write>
std::pair<FeatureRow, FeatureRow> both_rows(Write&& write) {
    RowBuilder parts(built_in_model());
    write(parts);
    return {parts.take(), built_in_model().row(feature_strings(write))};
}

template <typename Write>
std::vector<std::string> sorted_strings(Write&& write) {
    std::vector<std::string> strings = feature_strings(write);
    std::sort(strings.begin(), strings.end());
    return strings;
}

}  // namespace

TEST_CASE("a feature looked up from its parts gives the row its string gives, for every classifier, on the seed essay") {
    const MinedSeed& s = mined_seed();
    REQUIRE(s.mined.segments.size() > 100);
    std::size_t rows = 0, weighed = 0;
    auto check = [&](auto&& write) {
        const auto [from_parts, from_strings] = both_rows(write);
        CHECK(from_parts == from_strings);
        ++rows;
        weighed += !from_parts.empty();
    };
    for (std::size_t p = 0; p < s.essay.paragraphs.size(); ++p)
        for (const auto& sentence : s.essay.paragraphs[p].sentences)
            for (std::size_t i = sentence.first; i < sentence.second; ++i)
                check([&](FeatureSink& out) { boundary_features(s.essay, p, i, Boundary::Inside, i == sentence.first, out); });
    const std::vector<Segment>& segments = s.mined.segments;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        check([&](FeatureSink& out) { type_features(s.essay, segments, i, out); });
        check([&](FeatureSink& out) { polarity_features(s.essay, segments, i, out); });
    }
    const LinkFeatures links(s.essay, segments);
    for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
        check([&](FeatureSink& out) { links(i, i + 1, out); });
        // The parts drafting keeps per segment and per pair make up the pair's features.
        RowBuilder parts(built_in_model());
        links.pair_features(i, i + 1, parts);
        links.source_words(i, segments[i + 1].type, parts);
        links.target_words(i + 1, parts);
        CHECK(parts.take() == built_in_model().row(feature_strings([&](FeatureSink& out) { links(i, i + 1, out); })));
    }
    CHECK(rows > 5000);
    CHECK(weighed == rows);  // every row holds a feature the model knows: the comparison is not of empty rows
}

TEST_CASE("two pairs of segments with the same pair key have the same pair features") {
    const MinedSeed& s = mined_seed();
    const LinkFeatures links(s.essay, s.mined.segments);
    std::map<std::uint64_t, std::vector<std::string>> seen;
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < s.mined.segments.size(); ++i)
        for (std::size_t j = i >= 16 ? i - 16 : 0; j < std::min(i + 17, s.mined.segments.size()); ++j) {
            if (j == i || s.mined.segments[j].paragraph != s.mined.segments[i].paragraph) continue;
            const std::vector<std::string> features = sorted_strings([&](FeatureSink& out) { links.pair_features(i, j, out); });
            const auto [kept, fresh] = seen.try_emplace(links.pair_key(i, j), features);
            CHECK(kept->second == features);
            ++pairs;
        }
    CHECK(pairs > 500);
    CHECK(seen.size() > 20);  // keys tell pairs apart
    CHECK(seen.size() < pairs);  // and pairs share them
}

TEST_CASE("the segmenter's labels are the sentence's most probable sequence: never less probable than a greedy pass") {
    const MinedSeed& s = mined_seed();
    RowBuilder row(built_in_model());
    // The log-probability of a sequence of labels under the boundary classifier.
    auto log_probability = [&](std::size_t p, std::size_t first, const std::vector<Boundary>& labels) {
        double sum = 0;
        for (std::size_t t = 0; t < labels.size(); ++t) {
            boundary_features(s.essay, p, first + t, t == 0 ? Boundary::Outside : labels[t - 1], t == 0, row);
            sum += std::log(std::max(built_in_model().boundary.probabilities(row.take(), 3)[static_cast<std::size_t>(labels[t])], 1e-12));
        }
        return sum;
    };
    std::size_t sentences = 0, better = 0;
    for (std::size_t p = 0; p < s.essay.paragraphs.size(); ++p)
        for (const auto& sentence : s.essay.paragraphs[p].sentences) {
            const std::vector<Boundary> decoded = label_sentence(s.essay, p, sentence.first, sentence.second, built_in_model(), row);
            REQUIRE(decoded.size() == sentence.second - sentence.first);
            std::vector<Boundary> greedy;
            for (std::size_t i = sentence.first; i < sentence.second; ++i) {
                boundary_features(s.essay, p, i, greedy.empty() ? Boundary::Outside : greedy.back(), greedy.empty(), row);
                const std::vector<double> probabilities = built_in_model().boundary.probabilities(row.take(), 3);
                greedy.push_back(static_cast<Boundary>(std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin()));
            }
            const double viterbi = log_probability(p, sentence.first, decoded), first_choice = log_probability(p, sentence.first, greedy);
            CHECK(viterbi >= first_choice - 1e-9);
            better += viterbi > first_choice + 1e-9;
            ++sentences;
        }
    CHECK(sentences > 200);
    CHECK(better > 0);  // the decoder is not the greedy pass under another name
    MESSAGE(better << " of " << sentences << " sentences of the seed essay are labelled more probably than greedily");
}

}  // namespace warrant::draft
