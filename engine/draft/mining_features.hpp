// The features of argument mining (private to the draft stage), as strings the model's
// vocabulary indexes. They follow what Stab & Gurevych (2017) and Eger et al. (2017) found to
// matter: the words around a token, its place in the sentence, paragraph and essay, discourse
// indicators before a component ("therefore", "however", "in my opinion"), its words, and the
// paragraph's other components.
#pragma once

#include "draft/essay_text.hpp"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

// Where features go. Training keeps their strings (its vocabulary is built from them);
// drafting needs only their indexes in the model's vocabulary, so a feature reaches it as its
// parts ("w-1w=", "the", "|", "cost") and is never built as a string of its own: building and
// hashing some fifteen strings a token, and hundreds a pair of segments, was most of the time
// a draft took.
class FeatureSink {
public:
    virtual ~FeatureSink() = default;
    // One feature: the concatenation of `parts`.
    virtual void add(std::initializer_list<std::string_view> parts) = 0;
};

// The features as strings, in the order they were added.
class FeatureStrings final : public FeatureSink {
public:
    void add(std::initializer_list<std::string_view> parts) override;
    std::vector<std::string> strings;
};

// Token `index` of paragraph `paragraph` for segmentation; `previous` is the label given to
// the token before it in its sentence (Outside at a sentence start, with a marker).
void boundary_features(const EssayText& essay, std::size_t paragraph, std::size_t index, Boundary previous,
                       bool sentence_start, FeatureSink& out);
// Its two parts: what the token alone decides, and what depends on the label before it (the
// decoder weighs each label the token before might have, so it looks up the first part once).
void token_features(const EssayText& essay, std::size_t paragraph, std::size_t index, FeatureSink& out);
void previous_label_features(const EssayText& essay, std::size_t paragraph, std::size_t index, Boundary previous,
                             bool sentence_start, FeatureSink& out);

// A segment for its type (MajorClaim, Claim, Premise), among the paragraph's segments.
void type_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t segment, FeatureSink& out);

// Pairs of segments of one paragraph: does `from` give a reason for (or against) `to`? Every
// pair of a paragraph is asked, so what belongs to one segment alone (its discourse markers, the
// words before it, its content words) is worked out once per segment, not once per pair: a
// paragraph of k segments costs k of those and k^2 cheap pairings.
class LinkFeatures {
public:
    LinkFeatures(const EssayText& essay, const std::vector<Segment>& segments);
    ~LinkFeatures();
    // All of a pair's features: pair_features(), source_words() for the target's type, target_words().
    void operator()(std::size_t from, std::size_t to, FeatureSink& out) const;

    // The parts, for a caller that keeps what belongs to one segment (each is weighed against
    // up to 32 others). What belongs to the pair: the distance, both types, the target's place,
    // the words they share, the source's discourse markers with the distance.
    void pair_features(std::size_t from, std::size_t to, FeatureSink& out) const;
    // All that pair_features() depends on, in one number: two pairs with the same key have the
    // same pair features, so a caller may keep their row by it (a long text has millions of
    // pairs, and a few hundred keys).
    std::uint64_t pair_key(std::size_t from, std::size_t to) const;
    // The words of the source's sentence before it, with the target's type.
    void source_words(std::size_t from, ComponentType target_type, FeatureSink& out) const;
    // The words of the target's sentence before it.
    void target_words(std::size_t to, FeatureSink& out) const;

private:
    struct SegmentPart;
    const SegmentPart& part(std::size_t segment) const;

    const EssayText& essay_;
    const std::vector<Segment>& segments_;
    std::map<std::size_t, std::array<std::size_t, 3>> paragraphs_;  // paragraph -> first, last segment, count
    mutable std::vector<std::unique_ptr<SegmentPart>> parts_;
};

// A segment for its polarity: does it attack what it relates to (or the major claims)?
void polarity_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t segment, FeatureSink& out);

// A segment as the text's thesis, among all its segments, for a text that is not an essay of
// an introduction, body paragraphs and a conclusion (a microtext, a short answer): what is
// said of it relative to the others. Its place (first, second, last; the text's first or last
// sentence), the discourse markers that open it and that it holds ("hence", "although"),
// whether it is the first, last or only one with a modal ("should"), first person, a question,
// its length, and how many of the others share a content word with it.
// What belongs to one segment (its content words, whether it holds a modal) is worked out once
// for the text: every segment is weighed against all the others.
class ThesisFeatures {
public:
    ThesisFeatures(const EssayText& essay, const std::vector<Segment>& segments);
    ~ThesisFeatures();
    void operator()(std::size_t segment, FeatureSink& out) const;

private:
    struct SegmentPart;
    const EssayText& essay_;
    const std::vector<Segment>& segments_;
    std::vector<SegmentPart> parts_;
};

// A sentence of an essay's introduction or conclusion as the one that states the essay's
// position (holds a major claim), among its paragraph's sentences. The segmenter and the type
// classifier see only what looks like a component, and were never shown the background
// sentences an introduction opens with, so they cannot tell the position from them; this
// judges whole sentences: the paragraph (introduction or conclusion), the sentence's place
// counted from both ends, the discourse markers that open it and that it holds ("In my
// opinion", "In conclusion", "However"), whether it is the first or last that a thesis marker
// opens, its opening words, first person, a question, its length, and how many words it
// shares with the title (in AAE2, the prompt) and with the other paragraph (a conclusion
// restates the introduction's position).
class PositionFeatures {
public:
    // For a text in an essay's shape (five_paragraph_shape).
    explicit PositionFeatures(const EssayText& essay);
    ~PositionFeatures();
    // Sentence `sentence` of paragraph `paragraph`, the introduction or the conclusion.
    void operator()(std::size_t paragraph, std::size_t sentence, FeatureSink& out) const;

private:
    struct SentencePart;
    const EssayText& essay_;
    std::vector<std::vector<SentencePart>> parts_;  // [0]: the introduction's sentences, [1]: the conclusion's
};

// The strings of one example's features, for training and tests: `write` is one of the
// functions above with all but its sink bound.
template <typename Write>
std::vector<std::string> feature_strings(Write&& write) {
    FeatureStrings strings;
    write(strings);
    return std::move(strings.strings);
}

}  // namespace warrant::draft
