// An essay's draft map: the mined components and their relations, the citations as evidence,
// the Works Cited as the bibliography, the headings (or paragraphs) as sections.
#include "draft/argument_miner.hpp"
#include "draft/citations.hpp"
#include "draft/discourse_markers.hpp"
#include "draft/node_titles.hpp"
#include "formats/code_points.hpp"
#include "warrant/line_index.hpp"
#include "model/typing.hpp"
#include "syntax/utf8.hpp"
#include "text/ascii_case.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace warrant {
namespace {

// Larger texts are not essays; drafting them would take minutes for nothing a reader could use.
constexpr std::size_t kMaxDraftBytes = std::size_t{4} << 20;

// Why a text cannot be drafted at all, or "" when it can.
std::string unusable(std::string_view text) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return "the essay is empty";
    if (text.size() > kMaxDraftBytes)
        return "the text is " + std::to_string(text.size() >> 20) + " MiB, larger than an essay (the draft limit is 4 MiB)";
    if (text.find('\0') != std::string_view::npos) return "the file is binary, not text";
    std::size_t invalid = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = syntax::utf8_sequence_length(text, i);
        invalid += length == 0;
        i += std::max<std::size_t>(length, 1);
    }
    if (invalid * 100 > text.size()) return "the file is not UTF-8 text";
    return {};
}

class DraftBuilder {
public:
    DraftBuilder(std::string_view text, DraftResult& result)
        : text_(text), index_(text), lines_(text), result_(result), map_(result.loaded.map) {}

    void build(const draft::EssayLayout& layout, const draft::EssayText& essay, const draft::MinedArgument& mined) {
        add_front_matter(layout);
        add_sections(layout, essay);
        add_components(essay, mined);
        add_citations(layout);
        model::assign_types(map_, result_.loaded.diagnostics);
    }

private:
    std::size_t code_point(std::size_t byte) const { return index_.code_point_at(byte); }

    Node statement(NodeKind kind, std::string title, draft::TextRange range) const {
        Node node;
        node.kind = kind;
        node.title = std::move(title);
        node.texts.push_back(draft::squeeze_without(text_, range, furniture_));
        node.metadata["start"] = std::to_string(code_point(range.begin));
        node.metadata["end"] = std::to_string(code_point(range.end));
        node.span = lines_.span_at(range.begin, map_.file);
        const SourceSpan end = lines_.span_at(range.end, map_.file);
        node.span.end_line = end.line;
        node.span.end_column = end.column;
        node.section = section_at(range.begin);
        return node;
    }

    // The section that starts last at or before `byte` (section_starts_ is in text order).
    std::string section_at(std::size_t byte) const {
        const auto after = std::upper_bound(section_starts_.begin(), section_starts_.end(), byte,
                                            [](std::size_t at, const auto& start) { return at < start.first; });
        return after == section_starts_.begin() ? std::string() : std::prev(after)->second;
    }

    void add_front_matter(const draft::EssayLayout& layout) {
        furniture_ = layout.furniture;
        if (layout.title.end > layout.title.begin) map_.front_matter["title"] = draft::squeeze(draft::slice(text_, layout.title));
        for (const draft::SourceRecord& source : draft::read_works_cited(text_, layout)) {
            const std::string prefix = "sources." + source.key + ".";
            map_.front_matter[prefix + "author"] = source.author;
            if (!source.work.empty()) map_.front_matter[prefix + "work"] = source.work;
            if (!source.year.empty()) map_.front_matter[prefix + "year"] = source.year;
            sources_.push_back(source);
        }
    }

    // Numbered headings are the sections; an essay without them gets one section a paragraph.
    void add_sections(const draft::EssayLayout& layout, const draft::EssayText& essay) {
        std::vector<std::string> open_at_level;
        for (const draft::Heading& heading : layout.headings) {
            Section section;
            section.id = "s" + std::to_string(map_.sections.size() + 1);
            section.level = heading.level;
            section.title = draft::squeeze(heading.title);
            open_at_level.resize(static_cast<std::size_t>(heading.level));
            section.parent = heading.level > 1 ? open_at_level[static_cast<std::size_t>(heading.level - 2)] : "";
            open_at_level.back() = section.id;
            section.span = lines_.span_at(heading.range.begin, map_.file);
            section_starts_.push_back({heading.range.begin, section.id});
            map_.sections.push_back(std::move(section));
        }
        if (!layout.headings.empty()) return;
        for (const draft::ParagraphText& paragraph : essay.paragraphs) {
            Section section;
            section.id = "s" + std::to_string(map_.sections.size() + 1);
            section.title = "Paragraph " + std::to_string(map_.sections.size() + 1);
            section.span = lines_.span_at(paragraph.range.begin, map_.file);
            section_starts_.push_back({paragraph.range.begin, section.id});
            map_.sections.push_back(std::move(section));
        }
    }

    void add_components(const draft::EssayText& essay, const draft::MinedArgument& mined) {
        titles_.reserve("Thesis");
        map_.reserve(mined.segments.size());
        for (std::size_t i = 0; i < mined.segments.size(); ++i) {
            const draft::Segment& segment = mined.segments[i];
            const auto& tokens = essay.paragraphs[segment.paragraph].tokens;
            const draft::TextRange range{tokens[segment.first].range.begin, tokens[segment.last - 1].range.end};
            const bool thesis = mined.thesis == i;
            // A premise that gives an example is the writer's evidence: it grounds what it
            // supports, and a finding never asks the writer to support an example.
            const bool example = !thesis && !mined.counter[i] && segment.type == ComponentType::Premise &&
                                 draft::gives_an_example(tokens, segment.first, segment.last);
            Node node = statement(thesis            ? NodeKind::Thesis
                                  : mined.counter[i] ? NodeKind::CounterPosition
                                  : example          ? NodeKind::Evidence
                                                     : NodeKind::Claim,
                                  "", range);
            if (example) node.metadata["kind"] = "example";  // typing reads it: evidence, grounding itself
            if (!thesis && !mined.counter[i] && mined.conceded[i]) node.tags.push_back("concession");
            node.title = thesis ? "Thesis" : titles_.title_for(node.texts.front());
            node.metadata["component"] = std::string(to_string(segment.type));
            const Vertex vertex = map_.add_node(std::move(node));
            if (thesis) thesis_ = vertex;
            vertices_.push_back(vertex);
            ranges_.push_back(range);
            result_.components.push_back({"c" + std::to_string(i + 1), segment.type, code_point(range.begin), code_point(range.end),
                                          segment.type == ComponentType::Claim && mined.against[i]});
        }
        std::set<std::pair<std::size_t, std::size_t>> in_structure;
        for (const draft::SegmentRelation& relation : mined.structure) in_structure.emplace(relation.from, relation.to);
        for (const draft::SegmentRelation& relation : mined.relations) {
            result_.relations.push_back({"c" + std::to_string(relation.from + 1), "c" + std::to_string(relation.to + 1), relation.attack});
            // A reported view argues for the other side: what it relates to, it attacks. Between
            // a view and its answer only the answer's attack (mined.structure) is drawn: the
            // model's own relation between the two, either way and of either polarity, is not.
            const bool counter = mined.counter[relation.from];
            const bool answered_by_target = counter && in_structure.count({relation.to, relation.from});
            const bool answering_a_view = mined.counter[relation.to] && in_structure.count({relation.from, relation.to});
            if (answered_by_target || answering_a_view) continue;
            // Two views the essay answers are both against its thesis, not against each other.
            const bool view_on_view = counter && mined.counter[relation.to] && thesis_;
            add_edge(vertices_[relation.from], view_on_view ? *thesis_ : vertices_[relation.to], relation.attack || counter);
        }
        for (const draft::SegmentRelation& relation : mined.structure) add_edge(vertices_[relation.from], vertices_[relation.to], relation.attack);
    }

    void add_edge(Vertex from, Vertex to, bool attack) {
        map_.add_edge(from, to, Edge{attack ? EdgeKind::Attack : EdgeKind::Support, map_.node(from).span});
    }

    // The component a citation backs: the one it stands in or closes, else the one before it.
    // (ranges_ is in text order, as the miner's segments are.)
    std::optional<Vertex> backed_by(const draft::FoundCitation& citation) const {
        const auto after = std::upper_bound(ranges_.begin(), ranges_.end(), citation.parentheses.begin,
                                            [](std::size_t at, const draft::TextRange& range) { return at < range.begin; });
        if (after == ranges_.begin()) return thesis_;
        return vertices_[static_cast<std::size_t>(std::prev(after) - ranges_.begin())];
    }

    // A quotation's title is its citation as a reader knows it: the author's surname as the
    // works cited list writes it, and the page ("Atwood 23", "Currie 102").
    std::string citation_title(const draft::FoundCitation& citation) const {
        std::string name = citation.key.empty() ? "uncited" : citation.key;
        const auto source = std::find_if(sources_.begin(), sources_.end(),
                                         [&](const draft::SourceRecord& s) { return s.key == citation.key; });
        if (source != sources_.end() && !source->author.empty()) {
            name = source->author.substr(0, source->author.find(','));
        } else if (!citation.key.empty()) {
            std::replace(name.begin(), name.end(), '_', ' ');
            name = text::capitalized(name);
        }
        return citation.page.empty() ? name : name + " " + citation.page;
    }

    void add_citations(const draft::EssayLayout& layout) {
        std::map<std::string, int> used;
        const std::vector<draft::FoundCitation> citations = draft::find_citations(text_, layout, sources_);
        map_.reserve(citations.size());
        for (const draft::FoundCitation& citation : citations) {
            std::string title = citation_title(citation);
            if (const int n = ++used[title]; n > 1) title += " (" + std::to_string(n) + ")";
            const draft::TextRange range = citation.quoted.end > citation.quoted.begin ? citation.quoted : citation.parentheses;
            Node node = statement(NodeKind::Evidence, title, range);
            if (!citation.key.empty()) node.metadata["source"] = citation.key;
            if (!citation.page.empty()) node.metadata["page"] = citation.page;
            node.metadata["cited"] = draft::squeeze(draft::slice(text_, citation.parentheses));
            const std::optional<Vertex> backed = backed_by(citation);
            const Vertex vertex = map_.add_node(std::move(node));
            if (backed) add_edge(vertex, *backed, false);
        }
    }

    std::string_view text_;
    formats::CodePointIndex index_;
    LineIndex lines_;
    DraftResult& result_;
    ArgumentMap& map_;
    std::vector<draft::SourceRecord> sources_;
    std::vector<std::pair<std::size_t, std::string>> section_starts_;
    std::vector<Vertex> vertices_;
    std::vector<draft::TextRange> ranges_;
    std::optional<Vertex> thesis_;
    draft::TitleMaker titles_;
    std::vector<draft::TextRange> furniture_;
};

}  // namespace

std::string_view to_string(ComponentType type) {
    switch (type) {
        case ComponentType::MajorClaim: return "MajorClaim";
        case ComponentType::Claim: return "Claim";
        case ComponentType::Premise: break;
    }
    return "Premise";
}

DraftResult draft_essay(std::string text, std::string file_name, const DraftModel& model) {
    DraftResult result;
    result.loaded.map.file = file_name;
    if (const std::string why = unusable(text); !why.empty()) {
        result.unusable = true;
        result.loaded.diagnostics.push_back({Severity::Warning, "W050", why + "; the draft is empty", SourceSpan{file_name}, {}});
    } else {
        const draft::EssayLayout layout = draft::read_layout(text);
        const draft::EssayText essay = draft::read_essay(text, layout);
        DraftBuilder(text, result).build(layout, essay, draft::mine(essay, model.impl()));
        if (result.loaded.map.node_count() == 0)
            result.loaded.diagnostics.push_back({Severity::Warning, "W050",
                                                 "no argument found: no claim, premise or citation in the text; the draft is empty",
                                                 SourceSpan{file_name}, {}});
    }
    result.loaded.source_text = std::move(text);
    return result;
}

}  // namespace warrant
