#include "draft/essay_structure.hpp"

#include "draft/discourse_markers.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace warrant::draft {
namespace {

constexpr auto kClaim = static_cast<std::size_t>(ComponentType::Claim);

// The tokens that open the segment's sentence (its first six, up to the segment's end), or its
// clause when it answers a view after "but" or "however"; none when the segment starts more
// than eight tokens in.
std::pair<std::size_t, std::size_t> opening_tokens(const EssayText& essay, const Segment& segment) {
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    const std::size_t opening = clause_opening(paragraph.tokens, sentence_holding(paragraph, segment.first).first, segment.first);
    if (segment.first > opening + 8) return {opening, opening};
    return {opening, std::min(opening + 6, segment.last)};
}

std::vector<Marker> opening_markers(const EssayText& essay, const Segment& segment) {
    const auto [first, last] = opening_tokens(essay, segment);
    return markers_in(essay.paragraphs[segment.paragraph].tokens, first, last);
}

bool opens_with(const EssayText& essay, const Segment& segment, Marker marker) {
    const auto found = opening_markers(essay, segment);
    return std::find(found.begin(), found.end(), marker) != found.end();
}

// The segment opens a sentence that reports someone else's view ("Many thinkers have ...") or
// voices an objection ("Some may say that ..."), not in answer to another ("In contrast, some
// critics have asserted ..." answers).
bool reports_a_view(const EssayText& essay, const Segment& segment) {
    if (opens_with(essay, segment, Marker::Contrast)) return false;
    const auto [first, last] = opening_tokens(essay, segment);
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    return reports_someones_view(paragraph.tokens, first, last, sentence_holding(paragraph, segment.first).second) ||
           voices_an_objection(paragraph.tokens, first, last);
}

// The segment opens a sentence in which bare "people" voice an opinion ("People think it is
// hard to compost"): a view the essay answers only if a later sentence answers it with a
// contrast; in AAE2's essays as often the writer's own witnesses ("Other people say that ...").
bool hints_at_a_view(const EssayText& essay, const Segment& segment) {
    if (opens_with(essay, segment, Marker::Contrast)) return false;
    const auto [first, last] = opening_tokens(essay, segment);
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    return people_voice_an_opinion(paragraph.tokens, first, last, sentence_holding(paragraph, segment.first).second);
}

// Most of the segment's words are someone else's, inside quotation marks ("She adds, “There's
// no way I …”"): the writer's evidence, not the point the writer makes.
bool mostly_quoted(const ParagraphText& paragraph, const Segment& segment) {
    const auto& quotes = paragraph.quotations;  // in order and apart
    std::size_t words = 0, quoted = 0;
    auto quote = std::lower_bound(quotes.begin(), quotes.end(), segment.first,
                                  [](const auto& q, std::size_t token) { return q.second < token; });
    for (std::size_t i = segment.first; i < segment.last; ++i) {
        while (quote != quotes.end() && quote->second <= i) ++quote;
        if (!paragraph.tokens[i].word) continue;
        ++words;
        quoted += quote != quotes.end() && quote->first < i;
    }
    return 2 * quoted > words;
}

class Structurer {
public:
    Structurer(const EssayText& essay, MinedArgument& mined) : essay_(essay), mined_(mined), n_(mined.segments.size()) {}

    void run() {
        mined_.counter.assign(n_, false);
        if (!mined_.thesis) return;
        choose_main_claims();
        find_counter_positions();
        attach_claims();
        attach_orphan_premises();
    }

private:
    std::size_t section_of(std::size_t i) const { return essay_.paragraphs[mined_.segments[i].paragraph].section; }
    const Segment& segment(std::size_t i) const { return mined_.segments[i]; }
    bool is_main(std::size_t i) const {
        auto it = main_.find(section_of(i));
        return it != main_.end() && it->second == i;
    }

    // A section's point stands where writers put a topic sentence: in the section's first
    // sentence or its last, in the writer's own words. The main claim is the most probable claim
    // of those two sentences' segments not mostly quoted; else of the section's segments not
    // mostly quoted; else of the two sentences' segments; else of the whole section.
    void choose_main_claims() {
        if (!has_headings(essay_)) return;
        const std::size_t thesis_section = section_of(*mined_.thesis);
        std::map<std::size_t, std::pair<SentenceAt, SentenceAt>> bounds;  // section -> its first and last sentence
        for (std::size_t p = 0; p < essay_.paragraphs.size(); ++p) {
            if (essay_.paragraphs[p].sentences.empty()) continue;
            auto [it, fresh] = bounds.try_emplace(essay_.paragraphs[p].section, SentenceAt{p, 0}, SentenceAt{p, 0});
            it->second.second = {p, essay_.paragraphs[p].sentences.size() - 1};
        }
        // A candidate's claim to be its section's point: in the writer's own words first (a
        // quotation is one only in a section that holds nothing else), then in a topic sentence,
        // then the more probably a claim (the first of equals).
        using Preference = std::tuple<bool, bool, double>;
        std::map<std::size_t, std::pair<Preference, std::size_t>> best;  // section -> its best candidate
        for (std::size_t i = 0; i < n_; ++i) {
            const std::size_t section = section_of(i);
            if (section == thesis_section || segment(i).type == ComponentType::MajorClaim || reports_a_view(essay_, segment(i)))
                continue;
            const SentenceAt at = sentence_of_segment(i);
            const Preference preference{!mostly_quoted(essay_.paragraphs[segment(i).paragraph], segment(i)),
                                        at == bounds[section].first || at == bounds[section].second,
                                        mined_.type_probabilities[i][kClaim]};
            const auto [it, fresh] = best.try_emplace(section, preference, i);
            if (!fresh && preference > it->second.first) it->second = {preference, i};
        }
        for (const auto& [section, choice] : best) main_[section] = choice.second;
        for (const auto& [section, i] : main_) {
            mined_.segments[i].type = ComponentType::Claim;
            std::erase_if(mined_.relations, [i = i](const SegmentRelation& r) { return r.from == i; });
        }
    }

    using SentenceAt = std::pair<std::size_t, std::size_t>;  // paragraph, sentence

    SentenceAt sentence_of_segment(std::size_t i) const {
        return {segment(i).paragraph, sentence_number(essay_.paragraphs[segment(i).paragraph], segment(i).first)};
    }

    // The answer to a reported view: the first later sentence of the paragraph that opens with
    // a contrast ("In contrast", "However", "But"), else the first later segment that reports
    // no view of its own. A view only hinted at has the contrast or no answer.
    void find_counter_positions() {
        for (std::size_t i = 0; i < n_; ++i) {
            if (i == *mined_.thesis || is_main(i)) continue;
            const bool reported = reports_a_view(essay_, segment(i));
            if (!reported && !hints_at_a_view(essay_, segment(i))) continue;
            const auto sentence = sentence_holding(essay_.paragraphs[segment(i).paragraph], segment(i).first);
            std::optional<std::size_t> contrast, plain;
            for (std::size_t j = i + 1; j < n_ && segment(j).paragraph == segment(i).paragraph; ++j) {
                const bool answers = opens_with(essay_, segment(j), Marker::Contrast);
                if (segment(j).first < sentence.second && !answers) continue;  // the view's own sentence, but for its reply
                if (answers) {
                    contrast = j;
                    break;  // the first contrast is the answer, whatever follows
                }
                if (!plain && !reports_a_view(essay_, segment(j))) plain = j;
            }
            const std::optional<std::size_t> answer = contrast ? contrast : reported ? plain : std::nullopt;
            if (!answer) continue;
            mined_.counter[i] = true;
            mined_.structure.push_back({*answer, i, true});
        }
    }

    std::size_t claim_target(std::size_t i) const {
        auto it = main_.find(section_of(i));
        return it != main_.end() && it->second != i ? it->second : *mined_.thesis;
    }

    void attach_claims() {
        for (std::size_t i = 0; i < n_; ++i) {
            if (i == *mined_.thesis || segment(i).type == ComponentType::Premise) continue;
            const bool against = segment(i).type == ComponentType::Claim && i < mined_.against.size() && mined_.against[i];
            mined_.structure.push_back({i, claim_target(i), against || mined_.counter[i]});
        }
    }

    // The nearest claim of the premise's paragraph, before it first. Segments come in paragraph
    // order, so the paragraph's are the run around `i`.
    std::optional<std::size_t> nearest_claim(std::size_t i) const {
        // A view the essay answers is no claim to give a reason to.
        auto is_claim = [&](std::size_t j) { return segment(j).type != ComponentType::Premise && !mined_.counter[j]; };
        for (std::size_t step = 1; step < n_; ++step) {
            const bool before = step <= i && segment(i - step).paragraph == segment(i).paragraph;
            const bool after = i + step < n_ && segment(i + step).paragraph == segment(i).paragraph;
            if (!before && !after) break;
            if (before && is_claim(i - step)) return i - step;
            if (after && is_claim(i + step)) return i + step;
        }
        return std::nullopt;
    }

    void attach_orphan_premises() {
        // Which segments already give a reason; answering a view is not yet giving a reason for
        // the essay's side. (Asked once: a scan of every relation for each premise made a long
        // text's structure quadratic.)
        std::vector<bool> linked(n_, false);
        for (const SegmentRelation& relation : mined_.relations) linked[relation.from] = true;
        for (const SegmentRelation& relation : mined_.structure)
            if (!mined_.counter[relation.to]) linked[relation.from] = true;
        for (std::size_t i = 0; i < n_; ++i) {
            if (segment(i).type != ComponentType::Premise || i == *mined_.thesis || linked[i]) continue;
            std::size_t target = *mined_.thesis;
            if (auto it = main_.find(section_of(i)); it != main_.end()) target = it->second;
            else if (auto claim = nearest_claim(i)) target = *claim;
            if (target != i) mined_.structure.push_back({i, target, mined_.counter[i]});
        }
    }

    const EssayText& essay_;
    MinedArgument& mined_;
    std::size_t n_;
    std::map<std::size_t, std::size_t> main_;  // section -> its main claim
};

}  // namespace

std::vector<Segment> split_answered_views(const EssayText& essay, std::vector<Segment> segments) {
    std::vector<Segment> out;
    out.reserve(segments.size());
    for (const Segment& segment : segments) {
        const std::vector<Token>& tokens = essay.paragraphs[segment.paragraph].tokens;
        const std::optional<std::size_t> connective =
            reports_a_view(essay, segment) ? reply_connective(tokens, segment.first, segment.last) : std::nullopt;
        if (!connective) {
            out.push_back(segment);
            continue;
        }
        Segment view = segment, answer = segment;
        view.last = *connective - 1;  // without the ',' or ';' before the connective
        answer.first = *connective + 1;
        if (tokens[answer.first].lower == ",") ++answer.first;  // "however, a library ..."
        out.push_back(view);
        out.push_back(answer);
    }
    return out;
}

void structure_argument(const EssayText& essay, MinedArgument& mined) { Structurer(essay, mined).run(); }

}  // namespace warrant::draft
