#include "draft/mining_features.hpp"

#include "draft/discourse_markers.hpp"

#include <algorithm>

namespace warrant::draft {
namespace {

// First, middle or last; a text of one paragraph (a microtext, a short answer) is "only", so
// that it does not look like an essay's introduction.
enum class Place { Only, First, Last, Middle };

Place place(std::size_t index, std::size_t count) {
    if (count == 1) return Place::Only;
    if (index == 0) return Place::First;
    return index + 1 == count ? Place::Last : Place::Middle;
}

std::string_view position(std::size_t index, std::size_t count) {
    static constexpr std::string_view kNames[] = {"only", "first", "last", "mid"};
    return kNames[static_cast<std::size_t>(place(index, count))];
}

// A count or distance clamped to [low, high], as text: every bound used lies in [-4, 8].
std::string_view cap(long value, long low, long high) {
    static constexpr std::string_view kNumbers[] = {"-4", "-3", "-2", "-1", "0", "1", "2", "3", "4", "5", "6", "7", "8"};
    return kNumbers[std::clamp(value, low, high) + 4];
}

std::string_view label(Boundary boundary) {
    switch (boundary) {
        case Boundary::Begin: return "B";
        case Boundary::Inside: return "I";
        case Boundary::Outside: break;
    }
    return "O";
}

// Where the words of the segment's sentence before the segment begin (at most six back):
// where discourse indicators stand.
std::size_t preceding_from(const ParagraphText& paragraph, const Segment& segment) {
    const auto sentence = sentence_holding(paragraph, segment.first);
    return segment.first > sentence.first + 6 ? segment.first - 6 : sentence.first;
}

bool is_content_word(std::string_view word) {
    static constexpr std::string_view stop[] = {"the", "a", "an", "of", "to", "in", "and", "is", "are", "that", "it", "for",
                                                "be", "can", "this", "they", "their", "as", "on", "with", "more", "not"};
    return word.size() > 2 && std::find(std::begin(stop), std::end(stop), word) == std::end(stop);
}

// Where a segment stands in the whole text, in fifths: relative, so that it carries from a
// five-sentence microtext to a forty-page paper.
std::string_view fifth(std::size_t index, std::size_t count) { return cap(count ? static_cast<long>(index * 5 / count) : 0, 0, 4); }

// A segment's content words, sorted and each once.
std::vector<std::string_view> content_words(const ParagraphText& paragraph, const Segment& segment) {
    std::vector<std::string_view> words;
    for (std::size_t i = segment.first; i < segment.last; ++i)
        if (is_content_word(paragraph.tokens[i].lower)) words.push_back(paragraph.tokens[i].lower);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

// How many of `others` (with repeats) are among `words` (sorted).
std::size_t overlap(const std::vector<std::string_view>& words, const std::vector<std::string>& others) {
    std::size_t count = 0;
    for (const std::string& word : others) count += std::binary_search(words.begin(), words.end(), std::string_view(word));
    return count;
}

// How many words two sorted word lists share.
std::size_t shared(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    std::size_t count = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) ++i;
        else if (*j < *i) ++j;
        else ++count, ++i, ++j;
    }
    return count;
}

// The genre-free cues of a segment: the discourse markers before it in its sentence and in
// its first words, first person, whether a citation or quotation closes its sentence, and how
// many words it shares with the title and with the segments beside it.
void add_cues(const EssayText& essay, const std::vector<Segment>& segments, std::size_t index, FeatureSink& out) {
    const Segment& segment = segments[index];
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    const auto sentence = sentence_holding(paragraph, segment.first);
    for (Marker marker : markers_in(paragraph.tokens, sentence.first, std::min(segment.first + 4, segment.last)))
        out.add({"mark=", to_string(marker)});
    if (first_person(paragraph.tokens, segment.first, segment.last)) out.add({"first_person"});
    std::size_t end = sentence.second;
    while (end > sentence.first && !paragraph.tokens[end - 1].word && paragraph.tokens[end - 1].lower != ")" &&
           paragraph.tokens[end - 1].lower != "\"" && paragraph.tokens[end - 1].lower != "\u201d")
        --end;
    if (end > sentence.first && !paragraph.tokens[end - 1].word) out.add({"closes=", paragraph.tokens[end - 1].lower});
    const std::vector<std::string_view> words = content_words(paragraph, segment);
    out.add({"title=", cap(static_cast<long>(overlap(words, essay.title_words)), 0, 3)});
    for (long side : {-1L, 1L}) {
        const long other = static_cast<long>(index) + side;
        if (other < 0 || other >= static_cast<long>(segments.size())) continue;
        const Segment& neighbour = segments[static_cast<std::size_t>(other)];
        const std::size_t common = shared(words, content_words(essay.paragraphs[neighbour.paragraph], neighbour));
        out.add({side < 0 ? "prev_shared=" : "next_shared=", cap(static_cast<long>(common), 0, 3)});
    }
}

}  // namespace

void FeatureStrings::add(std::initializer_list<std::string_view> parts) {
    std::string feature;
    for (std::string_view part : parts) feature += part;
    strings.push_back(std::move(feature));
}

namespace {

// Token `index` of its paragraph, in its sentence: the word at `offset` from it, or the
// sentence's edge.
struct TokenWindow {
    const ParagraphText& paragraph;
    std::size_t index;
    std::pair<std::size_t, std::size_t> sentence;
    std::string_view word(long offset) const {
        const long at = static_cast<long>(index) + offset;
        if (at < static_cast<long>(sentence.first)) return "<s>";
        if (at >= static_cast<long>(sentence.second)) return "</s>";
        return paragraph.tokens[static_cast<std::size_t>(at)].lower;
    }
};

}  // namespace

void token_features(const EssayText& essay, std::size_t paragraph_index, std::size_t index, FeatureSink& out) {
    const ParagraphText& paragraph = essay.paragraphs[paragraph_index];
    const std::size_t sentence = sentence_number(paragraph, index);
    const TokenWindow at{paragraph, index, paragraph.sentences[sentence]};
    std::size_t commas = 0;
    for (std::size_t i = at.sentence.first; i < index; ++i) commas += paragraph.tokens[i].lower == ",";
    const std::string_view w = at.word(0), para = position(paragraph_index, essay.paragraphs.size());
    out.add({"w=", w});
    out.add({"w-1=", at.word(-1)});
    out.add({"w+1=", at.word(1)});
    out.add({"w-2=", at.word(-2)});
    out.add({"w+2=", at.word(2)});
    out.add({"w-1w=", at.word(-1), "|", w});
    out.add({"ww+1=", w, "|", at.word(1)});
    out.add({"pos=", cap(static_cast<long>(index - at.sentence.first), 0, 6)});
    out.add({"rpos=", cap(static_cast<long>(at.sentence.second - index), 0, 4)});
    out.add({"commas=", cap(static_cast<long>(commas), 0, 2)});
    out.add({"para=", para});
    out.add({"sent=", position(sentence, paragraph.sentences.size())});
    // Where a component starts differs by genre: a one-paragraph text splits at "since".
    out.add({"para_w=", para, "|", w});
    // A sentence that opens with a subordinate clause ("Since X, Y", "Although X, Y") holds two
    // components, the second after the clause's comma: the sentence's first word with the
    // commas before the token.
    out.add({"open_commas=", paragraph.tokens[at.sentence.first].lower, "|", cap(static_cast<long>(commas), 0, 2)});
}

void previous_label_features(const EssayText& essay, std::size_t paragraph_index, std::size_t index, Boundary previous,
                             bool sentence_start, FeatureSink& out) {
    // Only a sentence's first token has no word before it in the sentence.
    const std::vector<Token>& tokens = essay.paragraphs[paragraph_index].tokens;
    const std::string_view prev = sentence_start ? "start" : label(previous);
    out.add({"prev=", prev});
    out.add({"prevw=", prev, "|", tokens[index].lower});
    out.add({"prevw-1=", prev, "|", sentence_start || index == 0 ? std::string_view("<s>") : std::string_view(tokens[index - 1].lower)});
    out.add({"para_prev=", position(paragraph_index, essay.paragraphs.size()), "|", prev});
}

void boundary_features(const EssayText& essay, std::size_t paragraph_index, std::size_t index, Boundary previous,
                       bool sentence_start, FeatureSink& out) {
    token_features(essay, paragraph_index, index, out);
    previous_label_features(essay, paragraph_index, index, previous, sentence_start, out);
}

void type_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t index, FeatureSink& out) {
    const Segment& segment = segments[index];
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    const std::size_t sentence = sentence_number(paragraph, segment.first);
    std::size_t rank = 0, in_paragraph = 0;
    // Segments come in paragraph order: its paragraph's are the run around it, so counting them
    // costs that paragraph's length, not the essay's.
    std::size_t begin = index, end = index + 1;
    while (begin > 0 && segments[begin - 1].paragraph == segment.paragraph) --begin;
    while (end < segments.size() && segments[end].paragraph == segment.paragraph) ++end;
    rank = index - begin;
    in_paragraph = end - begin;
    const std::string_view para = position(segment.paragraph, essay.paragraphs.size());
    out.add({"para=", para});
    out.add({"sent=", position(sentence, paragraph.sentences.size())});
    out.add({"rank=", position(rank, in_paragraph)});
    out.add({"n=", cap(static_cast<long>(in_paragraph), 1, 6)});
    out.add({"len=", cap(static_cast<long>((segment.last - segment.first) / 5), 0, 8)});
    out.add({"first=", paragraph.tokens[segment.first].lower});
    out.add({"para_rank=", para, "|", position(rank, in_paragraph)});
    out.add({"text_fifth=", fifth(index, segments.size())});
    out.add({"para_fifth=", fifth(segment.paragraph, essay.paragraphs.size())});
    add_cues(essay, segments, index, out);
    for (std::size_t i = preceding_from(paragraph, segment); i < segment.first; ++i) {
        out.add({"pre=", paragraph.tokens[i].lower});
        out.add({"para_pre=", para, "|", paragraph.tokens[i].lower});
    }
    for (std::size_t i = segment.last; i < std::min(segment.last + 3, paragraph.tokens.size()); ++i)
        out.add({"post=", paragraph.tokens[i].lower});
    for (std::size_t i = segment.first; i < segment.last; ++i) {
        out.add({"u=", paragraph.tokens[i].lower});
        if (i + 1 < segment.last) out.add({"b=", paragraph.tokens[i].lower, "|", paragraph.tokens[i + 1].lower});
    }
}

struct LinkFeatures::SegmentPart {
    std::vector<Marker> markers;                  // in its sentence, up to its third word
    std::size_t before = 0;                       // where the words of its sentence before it begin
    std::vector<std::string_view> content_words;  // sorted, each once
};

LinkFeatures::LinkFeatures(const EssayText& essay, const std::vector<Segment>& segments)
    : essay_(essay), segments_(segments), parts_(segments.size()) {
    for (std::size_t i = 0; i < segments.size(); ++i) {
        auto [it, fresh] = paragraphs_.try_emplace(segments[i].paragraph, std::array<std::size_t, 3>{i, i, 0});
        it->second[0] = std::min(it->second[0], i);
        it->second[1] = std::max(it->second[1], i);
        ++it->second[2];
    }
}

LinkFeatures::~LinkFeatures() = default;

const LinkFeatures::SegmentPart& LinkFeatures::part(std::size_t index) const {
    if (!parts_[index]) {
        const Segment& segment = segments_[index];
        const ParagraphText& paragraph = essay_.paragraphs[segment.paragraph];
        auto made = std::make_unique<SegmentPart>();
        made->markers = markers_in(paragraph.tokens, sentence_holding(paragraph, segment.first).first, segment.first + 3);
        made->before = preceding_from(paragraph, segment);
        made->content_words = content_words(paragraph, segment);
        parts_[index] = std::move(made);
    }
    return *parts_[index];
}

void LinkFeatures::operator()(std::size_t from, std::size_t to, FeatureSink& out) const {
    pair_features(from, to, out);
    source_words(from, segments_[to].type, out);
    target_words(to, out);
}

void LinkFeatures::pair_features(std::size_t from, std::size_t to, FeatureSink& out) const {
    const Segment& source = segments_[from];
    const Segment& target = segments_[to];
    const auto [first, last, count] = paragraphs_.at(source.paragraph);
    // The source is weighed as a premise: only premises give reasons in training, and the joint
    // decoder asks whether a segment typed otherwise would give one.
    const std::string_view target_type = to_string(target.type), source_type = to_string(ComponentType::Premise);
    const long distance = static_cast<long>(to) - static_cast<long>(from);
    const SegmentPart& source_part = part(from);
    out.add({"d=", cap(distance, -4, 4)});
    out.add({"types=", source_type, "|", target_type});
    out.add({"ttype=", target_type});
    out.add({"t_first=", to == first ? "1" : "0"});
    out.add({"t_last=", to == last ? "1" : "0"});
    out.add({"n=", cap(static_cast<long>(count), 1, 8)});
    out.add({"shared=", cap(static_cast<long>(shared(source_part.content_words, part(to).content_words)), 0, 3)});
    out.add({"d_type=", cap(distance, -4, 4), "|", target_type});
    out.add({"para=", position(source.paragraph, essay_.paragraphs.size())});
    for (Marker marker : source_part.markers) out.add({"smark=", to_string(marker), "|", cap(distance, -2, 2)});
}

std::uint64_t LinkFeatures::pair_key(std::size_t from, std::size_t to) const {
    const Segment& source = segments_[from];
    const auto [first, last, count] = paragraphs_.at(source.paragraph);
    const long distance = static_cast<long>(to) - static_cast<long>(from);
    const SegmentPart& source_part = part(from);
    std::uint64_t markers = 0;
    for (Marker marker : source_part.markers) markers |= 1u << static_cast<unsigned>(marker);
    std::uint64_t key = static_cast<std::uint64_t>(segments_[to].type);
    key = key * 9 + static_cast<std::uint64_t>(std::clamp(distance, -4L, 4L) + 4);
    key = key * 2 + (to == first);
    key = key * 2 + (to == last);
    key = key * 8 + static_cast<std::uint64_t>(std::clamp(static_cast<long>(count), 1L, 8L) - 1);
    key = key * 4 + std::min<std::uint64_t>(shared(source_part.content_words, part(to).content_words), 3);
    key = key * 4 + static_cast<std::uint64_t>(place(source.paragraph, essay_.paragraphs.size()));
    return key * 128 + markers;
}

void LinkFeatures::source_words(std::size_t from, ComponentType target_type, FeatureSink& out) const {
    const Segment& source = segments_[from];
    const std::vector<Token>& tokens = essay_.paragraphs[source.paragraph].tokens;
    for (std::size_t i = part(from).before; i < source.first; ++i) out.add({"spre=", tokens[i].lower, "|", to_string(target_type)});
}

void LinkFeatures::target_words(std::size_t to, FeatureSink& out) const {
    const Segment& target = segments_[to];
    const std::vector<Token>& tokens = essay_.paragraphs[target.paragraph].tokens;
    for (std::size_t i = part(to).before; i < target.first; ++i) out.add({"tpre=", tokens[i].lower});
}

void polarity_features(const EssayText& essay, const std::vector<Segment>& segments, std::size_t index, FeatureSink& out) {
    const Segment& segment = segments[index];
    const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
    out.add({"type=", to_string(segment.type)});
    out.add({"para=", position(segment.paragraph, essay.paragraphs.size())});
    for (std::size_t i = preceding_from(paragraph, segment); i < segment.first; ++i) out.add({"pre=", paragraph.tokens[i].lower});
    for (std::size_t i = segment.first; i < segment.last; ++i) out.add({"u=", paragraph.tokens[i].lower});
    for (Marker marker : markers_in(paragraph.tokens, sentence_holding(paragraph, segment.first).first, segment.first + 4))
        out.add({"mark=", to_string(marker)});
    // The paragraph's opening words often announce the other side ("Some people argue ...").
    for (std::size_t i = 0; i < std::min<std::size_t>(4, paragraph.tokens.size()); ++i)
        out.add({"open=", paragraph.tokens[i].lower});
}

struct ThesisFeatures::SegmentPart {
    std::vector<std::string_view> content_words;  // sorted, each once
    std::vector<Marker> markers;                  // the classes of the markers it holds
    bool modal() const { return std::find(markers.begin(), markers.end(), Marker::Modal) != markers.end(); }
};

ThesisFeatures::ThesisFeatures(const EssayText& essay, const std::vector<Segment>& segments)
    : essay_(essay), segments_(segments) {
    parts_.reserve(segments.size());
    for (const Segment& segment : segments) {
        const ParagraphText& paragraph = essay.paragraphs[segment.paragraph];
        parts_.push_back({content_words(paragraph, segment), markers_in(paragraph.tokens, segment.first, segment.last)});
    }
}

ThesisFeatures::~ThesisFeatures() = default;

void ThesisFeatures::operator()(std::size_t index, FeatureSink& out) const {
    const Segment& segment = segments_[index];
    const ParagraphText& paragraph = essay_.paragraphs[segment.paragraph];
    const auto sentence = sentence_holding(paragraph, segment.first);
    const std::string_view at = position(index, segments_.size());
    out.add({"th_at=", at});
    out.add({"th_second=", index == 1 ? "yes" : "no"});
    const bool first_sentence = segment.paragraph == 0 && sentence == paragraph.sentences.front();
    const bool last_sentence = segment.paragraph + 1 == essay_.paragraphs.size() && sentence == paragraph.sentences.back();
    out.add({"th_sentence=", first_sentence ? "first" : last_sentence ? "last" : "other"});
    for (Marker marker : markers_in(paragraph.tokens, sentence.first, std::min(segment.first + 3, segment.last))) {
        out.add({"th_open=", to_string(marker)});
        out.add({"th_open_at=", to_string(marker), "|", at});
    }
    for (Marker marker : parts_[index].markers) out.add({"th_holds=", to_string(marker)});
    // The first, last, only or a middle one of the segments with a modal ("should", "must").
    std::string_view modal = "none";
    if (parts_[index].modal()) {
        bool before = false, after = false;
        for (std::size_t i = 0; i < parts_.size(); ++i)
            if (i != index && parts_[i].modal()) (i < index ? before : after) = true;
        modal = before ? (after ? "mid" : "last") : (after ? "first" : "only");
    }
    out.add({"th_modal=", modal});
    out.add({"th_modal_at=", modal, "|", at});
    if (first_person(paragraph.tokens, segment.first, segment.last)) out.add({"th_first_person"});
    if (sentence.second > 0 && paragraph.tokens[sentence.second - 1].lower == "?") out.add({"th_question"});
    std::size_t words = 0;
    for (std::size_t i = segment.first; i < segment.last; ++i) words += paragraph.tokens[i].word;
    out.add({"th_len=", cap(static_cast<long>(words / 8), 0, 3)});
    // The central claim is what the rest is about: how many of the others share a content word
    // with it, in quarters.
    std::size_t sharing = 0;
    for (std::size_t i = 0; i < parts_.size(); ++i)
        if (i != index && shared(parts_[index].content_words, parts_[i].content_words) > 0) ++sharing;
    out.add({"th_central=", cap(parts_.size() > 1 ? static_cast<long>(sharing * 4 / (parts_.size() - 1)) : 0, 0, 3)});
    out.add({"th_first=", paragraph.tokens[segment.first].lower});
}

struct PositionFeatures::SentencePart {
    std::vector<std::string_view> content_words;  // sorted, each once
    std::vector<Marker> opening;                  // the classes of the markers among its first eight tokens
    std::vector<Marker> held;                     // and anywhere in it
    bool thesis_opened() const { return std::find(opening.begin(), opening.end(), Marker::Thesis) != opening.end(); }
};

PositionFeatures::PositionFeatures(const EssayText& essay) : essay_(essay) {
    const std::size_t ends[] = {0, essay.paragraphs.size() - 1};
    for (std::size_t p : ends) {
        const ParagraphText& paragraph = essay.paragraphs[p];
        std::vector<SentencePart>& parts = parts_.emplace_back();
        for (const auto& [first, last] : paragraph.sentences)
            parts.push_back({content_words(paragraph, Segment{p, first, last}),
                             markers_in(paragraph.tokens, first, std::min(first + 8, last)),
                             markers_in(paragraph.tokens, first, last)});
    }
}

PositionFeatures::~PositionFeatures() = default;

void PositionFeatures::operator()(std::size_t p, std::size_t k, FeatureSink& out) const {
    const ParagraphText& paragraph = essay_.paragraphs[p];
    const std::vector<SentencePart>& parts = parts_[p == 0 ? 0 : 1];
    const std::vector<SentencePart>& others = parts_[p == 0 ? 1 : 0];
    const SentencePart& sentence = parts[k];
    const auto [first, last] = paragraph.sentences[k];
    const std::string_view role = p == 0 ? "intro" : "concl";
    const std::size_t n = parts.size();
    out.add({"po_role=", role});
    out.add({"po_from_start=", cap(static_cast<long>(k), 0, 3), "|", role});
    out.add({"po_from_end=", cap(static_cast<long>(n - 1 - k), 0, 3), "|", role});
    out.add({"po_only=", n == 1 ? "yes" : "no", "|", role});
    for (Marker marker : sentence.opening) out.add({"po_open=", to_string(marker), "|", role});
    for (Marker marker : sentence.held) out.add({"po_holds=", to_string(marker), "|", role});
    // The first, last, only or a middle one of the sentences a thesis marker opens.
    std::string_view marked = "none";
    if (sentence.thesis_opened()) {
        bool before = false, after = false;
        for (std::size_t i = 0; i < n; ++i)
            if (i != k && parts[i].thesis_opened()) (i < k ? before : after) = true;
        marked = before ? (after ? "mid" : "last") : (after ? "first" : "only");
    }
    out.add({"po_marked=", marked, "|", role});
    out.add({"po_w1=", paragraph.tokens[first].lower, "|", role});
    if (first + 1 < last) out.add({"po_w12=", paragraph.tokens[first].lower, " ", paragraph.tokens[first + 1].lower});
    for (std::size_t i = first; i < std::min(first + 8, last); ++i) out.add({"po_w=", paragraph.tokens[i].lower});
    if (first_person(paragraph.tokens, first, last)) out.add({"po_first_person|", role});
    if (paragraph.tokens[last - 1].lower == "?") out.add({"po_question"});
    std::size_t words = 0;
    for (std::size_t i = first; i < last; ++i) words += paragraph.tokens[i].word;
    out.add({"po_len=", cap(static_cast<long>(words / 8), 0, 4)});
    out.add({"po_title=", cap(static_cast<long>(overlap(sentence.content_words, essay_.title_words)), 0, 3)});
    std::size_t echo = 0;
    for (const SentencePart& other : others) echo = std::max(echo, shared(sentence.content_words, other.content_words));
    out.add({"po_echo=", cap(static_cast<long>(echo), 0, 4)});
}

}  // namespace warrant::draft
