#include "draft/argument_miner.hpp"

#include <cmath>
#include "draft/draft_model_impl.hpp"
#include "draft/essay_layout.hpp"
#include "draft/mining_features.hpp"
#include "support/source_tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
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

// An essay of AAE2's dev split, as its file holds it ("" when the corpus is not there).
std::string aae2_dev_essay(const std::string& name) {
    std::ifstream in(warrant::testing::shared_dir() + "/corpora/aae2-essays/dev/" + name + ".txt", std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// A segment's words as the essay writes them.
std::string segment_text(const std::string& text, const ParagraphText& paragraph, const Segment& segment) {
    const std::size_t begin = paragraph.tokens[segment.first].range.begin;
    return text.substr(begin, paragraph.tokens[segment.last - 1].range.end - begin);
}

// One sentence's log-probabilities under the boundary classifier, each token's after each label
// before it, looked up once: a labelling's log-probability is the sum of its steps.
struct BoundarySteps {
    std::vector<std::array<LabelScores, 3>> step;  // [token][label before][label]

    BoundarySteps(const EssayText& essay, std::size_t p, std::size_t first, std::size_t last, RowBuilder& row) : step(last - first) {
        for (std::size_t t = 0; t < step.size(); ++t)
            for (std::size_t before = 0; before < 3; ++before) {
                boundary_features(essay, p, first + t, t == 0 ? Boundary::Outside : static_cast<Boundary>(before), t == 0, row);
                const std::vector<double> probabilities = built_in_model().boundary.probabilities(row.take(), 3);
                for (std::size_t k = 0; k < 3; ++k) step[t][before][k] = std::log(std::max(probabilities[k], 1e-12));
            }
    }
    const LabelScores& after(std::size_t t, Boundary before) const { return step[t][t == 0 ? 0 : static_cast<std::size_t>(before)]; }
    double log_probability(const std::vector<Boundary>& labels) const {
        double sum = 0;
        for (std::size_t t = 0; t < labels.size(); ++t)
            sum += after(t, t == 0 ? Boundary::Outside : labels[t - 1])[static_cast<std::size_t>(labels[t])];
        return sum;
    }
};

// The row drafting builds from a feature function's parts, and the row of its strings.
template <typename Write>
std::pair<FeatureRow, FeatureRow> both_rows(Write&& write) {
    RowBuilder parts(built_in_model());
    write(parts);
    return {parts.take(), built_in_model().row(feature_strings(write))};
}

// Whether `sorted` (sorted_strings) holds the feature `one`.
bool has(const std::vector<std::string>& sorted, const std::string& one) { return std::binary_search(sorted.begin(), sorted.end(), one); }

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
    const ThesisFeatures thesis_features(s.essay, segments);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        check([&](FeatureSink& out) { type_features(s.essay, segments, i, out); });
        check([&](FeatureSink& out) { polarity_features(s.essay, segments, i, out); });
        check([&](FeatureSink& out) { thesis_features(i, out); });
    }
    const PositionFeatures position_features(s.essay);
    for (std::size_t p : {std::size_t{0}, s.essay.paragraphs.size() - 1})
        for (std::size_t k = 0; k < s.essay.paragraphs[p].sentences.size(); ++k) check([&](FeatureSink& out) { position_features(p, k, out); });
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

TEST_CASE("a segment's thesis features say where it stands among the text's others") {
    const std::string text =
        "Tegel should be closed. Although the airport is convenient, noise harms many people. Hence Tegel should close soon.\n";
    const EssayText essay = read_essay(text, read_layout(text));
    // Tegel(0) should(1) be(2) closed(3) .(4) Although(5) the(6) airport(7) is(8) convenient(9) ,(10) noise(11) harms(12)
    // many(13) people(14) .(15) Hence(16) Tegel(17) should(18) close(19) soon(20) .(21)
    const std::vector<Segment> segments = {{0, 0, 4}, {0, 5, 10}, {0, 11, 15}, {0, 17, 21}};
    const ThesisFeatures thesis_features(essay, segments);
    auto features = [&](std::size_t i) { return sorted_strings([&](FeatureSink& out) { thesis_features(i, out); }); };
    const auto first = features(0), concession = features(1), last = features(3);
    CHECK(has(first, "th_at=first"));
    CHECK(has(first, "th_sentence=first"));
    CHECK(has(first, "th_modal=first"));
    CHECK(has(first, "th_central=1"));  // "tegel" again in the last of three others
    CHECK(has(concession, "th_open=concession"));
    CHECK(has(concession, "th_second=yes"));
    CHECK(has(concession, "th_modal=none"));
    CHECK(has(last, "th_at=last"));
    CHECK(has(last, "th_sentence=last"));
    CHECK(has(last, "th_open=conclusion"));
    CHECK(has(last, "th_open_at=conclusion|last"));
    CHECK(has(last, "th_modal=last"));
    CHECK(has(last, "th_first=tegel"));
}

TEST_CASE("a sentence's position features say where it stands in its introduction or conclusion") {
    const std::string text =
        "Should cities ban cars?\n\n"
        "Cars fill every street. Some people say cars bring freedom. In my opinion, cities should ban cars.\n\n"
        "Fumes harm children. Buses carry more people.\n\n"
        "In conclusion, cities should ban cars from their centres. Streets would be quiet.\n";
    const EssayText essay = read_essay(text, read_layout(text));
    REQUIRE(essay.paragraphs.size() == 3);
    REQUIRE(essay.paragraphs[0].sentences.size() == 3);
    const PositionFeatures position_features(essay);
    auto features = [&](std::size_t p, std::size_t k) { return sorted_strings([&](FeatureSink& out) { position_features(p, k, out); }); };
    const auto background = features(0, 0), view = features(0, 1), position = features(0, 2), restated = features(2, 0);
    CHECK(has(background, "po_from_start=0|intro"));
    CHECK(has(background, "po_from_end=2|intro"));
    CHECK(has(background, "po_marked=none|intro"));
    CHECK(has(view, "po_open=report|intro"));
    CHECK(has(position, "po_from_end=0|intro"));
    CHECK(has(position, "po_open=thesis|intro"));
    CHECK(has(position, "po_marked=only|intro"));
    CHECK(has(position, "po_first_person|intro"));
    CHECK(has(position, "po_title=3"));  // the title's words, counted up to three
    CHECK(has(position, "po_echo=4"));   // should, cities, ban, cars: the conclusion's first sentence's
    CHECK(has(restated, "po_role=concl"));
    CHECK(has(restated, "po_open=conclusion|concl"));
    CHECK(has(restated, "po_w1=in|concl"));
    CHECK(has(features(2, 1), "po_echo=0"));
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
    std::size_t sentences = 0, better = 0;
    for (std::size_t p = 0; p < s.essay.paragraphs.size(); ++p)
        for (const auto& sentence : s.essay.paragraphs[p].sentences) {
            const std::vector<Boundary> decoded = label_sentence(s.essay, p, sentence.first, sentence.second, built_in_model(), row).labels;
            REQUIRE(decoded.size() == sentence.second - sentence.first);
            const BoundarySteps steps(s.essay, p, sentence.first, sentence.second, row);
            std::vector<Boundary> greedy;
            for (std::size_t t = 0; t < decoded.size(); ++t) {
                const LabelScores& scores = steps.after(t, greedy.empty() ? Boundary::Outside : greedy.back());
                greedy.push_back(static_cast<Boundary>(std::max_element(scores.begin(), scores.end()) - scores.begin()));
            }
            const double viterbi = steps.log_probability(decoded), first_choice = steps.log_probability(greedy);
            CHECK(viterbi >= first_choice - 1e-9);
            better += viterbi > first_choice + 1e-9;
            ++sentences;
        }
    CHECK(sentences > 200);
    CHECK(better > 0);  // the decoder is not the greedy pass under another name
    MESSAGE(better << " of " << sentences << " sentences of the seed essay are labelled more probably than greedily");
}

TEST_CASE("a sentence's labelling that must hold a component is the most probable of those that do") {
    const MinedSeed& s = mined_seed();
    RowBuilder row(built_in_model());
    // Every labelling of the seed's sentences of up to ten tokens, scored from each token's
    // log-probabilities after each label before it, against the lattice's two answers.
    std::size_t sentences = 0, forced_differs = 0;
    for (std::size_t p = 0; p < s.essay.paragraphs.size(); ++p)
        for (const auto& [first, last] : s.essay.paragraphs[p].sentences) {
            const std::size_t n = last - first;
            if (n < 2 || n > 10) continue;
            const BoundarySteps steps(s.essay, p, first, last, row);
            const SentenceLabels decoded = label_sentence(s.essay, p, first, last, built_in_model(), row);
            double best = -1e300, best_with = -1e300;
            std::vector<Boundary> labels(n);
            std::size_t sequences = 1;
            for (std::size_t k = 0; k < n; ++k) sequences *= 3;
            for (std::size_t code = 0; code < sequences; ++code) {
                bool holds = false;
                for (std::size_t k = 0, c = code; k < n; ++k, c /= 3) {
                    labels[k] = static_cast<Boundary>(c % 3);
                    holds = holds || labels[k] != Boundary::Outside;
                }
                const double value = steps.log_probability(labels);
                best = std::max(best, value);
                if (holds) best_with = std::max(best_with, value);
            }
            CHECK(decoded.score == doctest::Approx(best));
            CHECK(decoded.with_component_score == doctest::Approx(best_with));
            CHECK(steps.log_probability(decoded.labels) == doctest::Approx(best));
            CHECK(steps.log_probability(decoded.with_component) == doctest::Approx(best_with));
            CHECK(std::any_of(decoded.with_component.begin(), decoded.with_component.end(), [](Boundary b) { return b != Boundary::Outside; }));
            forced_differs += decoded.labels != decoded.with_component;
            ++sentences;
        }
    CHECK(sentences > 5);
    CHECK(forced_differs > 0);  // some short sentence holds no component unless made to
    MESSAGE(sentences << " sentences checked, " << forced_differs << " of them made to hold a component");
}

TEST_CASE("an essay's major claims are its introduction's and its conclusion's most probable, and none in between") {
    const std::string text = "A title\n\nIntro one. Intro two.\n\nBody one. Body two.\n\nEnd one. End two.\n";
    const EssayText essay = read_essay(text, read_layout(text));
    REQUIRE(essay.paragraphs.size() == 3);
    std::vector<Segment> segments = {{0, 0, 1, ComponentType::Premise}, {0, 3, 4, ComponentType::Premise},
                                     {1, 0, 1, ComponentType::MajorClaim}, {1, 3, 4, ComponentType::MajorClaim},
                                     {2, 0, 1, ComponentType::MajorClaim}, {2, 3, 4, ComponentType::Claim}};
    // MajorClaim, Claim, Premise
    const std::vector<TypeProbabilities> probabilities = {{0.1, 0.2, 0.7}, {0.3, 0.1, 0.6}, {0.5, 0.3, 0.2},
                                                          {0.4, 0.1, 0.5}, {0.45, 0.1, 0.45}, {0.2, 0.7, 0.1}};
    std::vector<Segment> placed = segments;
    place_major_claims(essay, placed, probabilities);
    std::vector<ComponentType> types;
    for (const Segment& segment : placed) types.push_back(segment.type);
    CHECK(types == std::vector<ComponentType>{ComponentType::Premise, ComponentType::MajorClaim, ComponentType::Claim,
                                              ComponentType::Premise, ComponentType::MajorClaim, ComponentType::Claim});

    // The thesis is one of them, even where a body paragraph's segment looked more like one.
    REQUIRE(choose_thesis(essay, placed, probabilities) == std::optional<std::size_t>{4});
    CHECK(placed[2].type == ComponentType::Claim);

    // Under headings (a paper's sections) or in fewer than three paragraphs, the classifier's types stay.
    const std::string paper = "A title\n\n## Introduction\n\nIntro one. Intro two.\n\n## Body\n\nBody one. Body two.\n\n## Conclusion\n\nEnd one. End two.\n";
    const EssayText sectioned = read_essay(paper, read_layout(paper));
    REQUIRE(sectioned.paragraphs.size() == 3);
    placed = segments;
    place_major_claims(sectioned, placed, probabilities);
    for (std::size_t i = 0; i < placed.size(); ++i) CHECK(placed[i].type == segments[i].type);
}

TEST_CASE("an introduction in which the labelling found nothing gets its least costly component") {
    // AAE2 dev essay054: the labelling alone leaves its introduction without a component, and
    // the sentence it then takes is the essay's major claim there.
    const std::string text = aae2_dev_essay("essay054");
    REQUIRE(!text.empty());
    const EssayText essay = read_essay(text, read_layout(text));
    RowBuilder row(built_in_model());
    bool labelled = false;
    for (const auto& [first, last] : essay.paragraphs[0].sentences) {
        const SentenceLabels labels = label_sentence(essay, 0, first, last, built_in_model(), row);
        labelled = labelled || std::any_of(labels.labels.begin(), labels.labels.end(), [](Boundary b) { return b != Boundary::Outside; });
    }
    CHECK_FALSE(labelled);
    const MinedArgument mined = mine(essay, built_in_model());
    std::vector<std::string> introduction;
    for (const Segment& segment : mined.segments)
        if (segment.paragraph == 0) {
            introduction.push_back(segment_text(text, essay.paragraphs[0], segment));
            CHECK(segment.type == ComponentType::MajorClaim);
        }
    CHECK(introduction == std::vector<std::string>{"some museums and art galleries will not disappear"});
}

TEST_CASE("the sentence that most probably states an essay's position is a component where the labelling found none") {
    // AAE2 dev essay326: the segmenter, trained on "I believe that", leaves out the introduction's
    // "From my point of view, computers have an important and inevitable role ..."; the position
    // classifier finds it, and it is the introduction's major claim.
    const std::string text = aae2_dev_essay("essay326");
    REQUIRE(!text.empty());
    const EssayText essay = read_essay(text, read_layout(text));
    const ParagraphText& introduction = essay.paragraphs[0];
    const PositionProbabilities positions = position_probabilities(essay, built_in_model());
    REQUIRE(positions[0].size() == introduction.sentences.size());
    const auto most_probable = static_cast<std::size_t>(std::max_element(positions[0].begin(), positions[0].end()) - positions[0].begin());
    const auto [first, last] = introduction.sentences[most_probable];
    CHECK(text.substr(introduction.tokens[first].range.begin, 20) == "From my point of vie");
    CHECK(positions[0][most_probable] >= 0.5);
    for (std::size_t p = 1; p + 1 < essay.paragraphs.size(); ++p) CHECK(positions[p].empty());  // body paragraphs state no position

    RowBuilder row(built_in_model());
    const SentenceLabels labels = label_sentence(essay, 0, first, last, built_in_model(), row);
    CHECK(std::all_of(labels.labels.begin(), labels.labels.end(), [](Boundary b) { return b == Boundary::Outside; }));
    const MinedArgument mined = mine(essay, built_in_model());
    const auto major = std::find_if(mined.segments.begin(), mined.segments.end(),
                                    [](const Segment& s) { return s.paragraph == 0 && s.type == ComponentType::MajorClaim; });
    REQUIRE(major != mined.segments.end());
    CHECK(segment_text(text, introduction, *major) ==
          "computers have an important and inevitable role in economic, business, and other part of societies");

    // A text not in an essay's shape has no introduction or conclusion to ask.
    const std::string answer = "Cities should ban cars. Fumes harm children.\n";
    const EssayText short_text = read_essay(answer, read_layout(answer));
    for (const auto& sentences : position_probabilities(short_text, built_in_model())) CHECK(sentences.empty());
}

}  // namespace warrant::draft
