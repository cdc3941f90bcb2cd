// Where a text states its points (engine/draft/essay_shape.hpp).
#include "draft/essay_shape.hpp"

#include "draft/discourse_markers.hpp"

#include <algorithm>
#include <cmath>

namespace warrant::draft {
namespace {

constexpr auto kMajorClaim = static_cast<std::size_t>(ComponentType::MajorClaim);

// The probability a body paragraph's marked conclusion is a claim with (chosen on AAE2 dev).
constexpr double kConcludedClaim = 0.9;

// The sentence opens with a conclusion marker ("Therefore", "As a result"), or with "So",
// which the marker list leaves out since inside a sentence it mostly means "so much", "so that".
// The segment starts right after it (its first word may be the marker's last).
bool opens_a_conclusion(const ParagraphText& paragraph, std::size_t sentence_first, std::size_t segment_first) {
    return opens_with_marker(paragraph.tokens, sentence_first, segment_first + 1, Marker::Conclusion) ||
           (paragraph.tokens[sentence_first].lower == "so" && segment_first <= sentence_first + 2);
}

}  // namespace

bool five_paragraph_shape(const EssayText& essay) {
    return essay.paragraphs.size() >= 3 && !has_headings(essay);
}

bool marked_as_thesis(const ParagraphText& paragraph, const Segment& segment) {
    const auto [first, last] = sentence_holding(paragraph, segment.first);
    return marks_thesis(paragraph.tokens, first, std::min({segment.first + 3, first + 8, last}));
}

std::vector<double> major_claim_scores(const EssayText& essay, const std::vector<Segment>& segments,
                                       const std::vector<TypeProbabilities>& probabilities,
                                       const PositionProbabilities& positions) {
    std::vector<double> scores;
    scores.reserve(segments.size());
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& segment = segments[i];
        double score = std::log(probabilities[i][kMajorClaim] + 1e-9);
        if (segment.paragraph < positions.size() && !positions[segment.paragraph].empty())
            score += std::log(
                positions[segment.paragraph][sentence_number(essay.paragraphs[segment.paragraph], segment.first)] +
                1e-9);
        scores.push_back(score);
    }
    return scores;
}

void place_major_claims(const EssayText& essay, std::vector<Segment>& segments,
                        const std::vector<TypeProbabilities>& probabilities, const PositionProbabilities& positions) {
    if (!five_paragraph_shape(essay)) return;
    auto probability = [&](std::size_t i, ComponentType type) {
        return probabilities[i][static_cast<std::size_t>(type)];
    };
    const std::vector<double> score = major_claim_scores(essay, segments, probabilities, positions);
    const std::size_t introduction = 0, conclusion = essay.paragraphs.size() - 1;
    std::optional<std::size_t> most_probable[2];  // of the introduction, of the conclusion
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::size_t paragraph = segments[i].paragraph;
        if (paragraph != introduction && paragraph != conclusion) continue;
        std::optional<std::size_t>& best = most_probable[paragraph == conclusion];
        if (!best || score[i] > score[*best]) best = i;
    }
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (most_probable[0] == i || most_probable[1] == i) segments[i].type = ComponentType::MajorClaim;
        else if (segments[i].type == ComponentType::MajorClaim)
            segments[i].type = probability(i, ComponentType::Claim) >= probability(i, ComponentType::Premise) ? ComponentType::Claim : ComponentType::Premise;
    }
}

std::optional<std::size_t> choose_thesis(const EssayText& essay, std::vector<Segment>& segments,
                                         const std::vector<TypeProbabilities>& probabilities, std::span<const double> thesis_scores) {
    // Those the author marks; in an essay's shape, the major claims its introduction and
    // conclusion state (place_major_claims); then any. A concession ("Although X", "Admittedly
    // X") is what the writer grants, not the point: it is the thesis only when nothing else is.
    enum class Pass { Marked, Placed, Any };
    for (Pass pass : {Pass::Marked, Pass::Placed, Pass::Any}) {
        if (pass == Pass::Placed && !five_paragraph_shape(essay)) continue;
        auto score = [&](std::size_t i) {
            return pass != Pass::Marked && !thesis_scores.empty() ? thesis_scores[i] : probabilities[i][kMajorClaim];
        };
        std::optional<std::size_t> best[2];  // [conceded]
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const Segment& segment = segments[i];
            const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
            if (pass == Pass::Marked && !marked_as_thesis(paragraph, segment)) continue;
            if (pass == Pass::Placed && segment.type != ComponentType::MajorClaim) continue;
            std::optional<std::size_t>& kept = best[concedes(paragraph.tokens, segment.first - segment.frame, segment.last)];
            if (!kept || score(i) > score(*kept)) kept = i;
        }
        if (const std::optional<std::size_t> thesis = best[0] ? best[0] : best[1]) {
            segments[*thesis].type = ComponentType::MajorClaim;
            return thesis;
        }
    }
    return std::nullopt;
}

void mark_paragraph_conclusions(const EssayText& essay, std::vector<Segment>& segments,
                                std::vector<TypeProbabilities>& probabilities) {
    if (!five_paragraph_shape(essay)) return;
    constexpr auto kClaim = static_cast<std::size_t>(ComponentType::Claim);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        Segment& segment = segments[i];
        if (segment.paragraph == 0 || segment.paragraph + 1 == essay.paragraphs.size()) continue;
        const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
        const auto [first, last] = sentence_holding(paragraph, segment.first);
        if (last != paragraph.sentences.back().second || !opens_a_conclusion(paragraph, first, segment.first)) continue;
        TypeProbabilities& p = probabilities[i];
        if (p[kClaim] >= kConcludedClaim) continue;
        // The other types keep their proportions.
        const double rest = 1 - p[kClaim];
        for (std::size_t type = 0; type < p.size(); ++type)
            p[type] = type == kClaim ? kConcludedClaim : (rest > 0 ? p[type] * (1 - kConcludedClaim) / rest : 0.0);
        if (segment.type != ComponentType::MajorClaim)
            segment.type = static_cast<ComponentType>(std::max_element(p.begin(), p.end()) - p.begin());
    }
}

}  // namespace warrant::draft
