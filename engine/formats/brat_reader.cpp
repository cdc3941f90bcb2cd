// brat standoff annotations (the .ann beside its .txt) as a typed graph: the Argument
// Annotated Essays (Stab & Gurevych 2017) and AbstRCT (Mayer et al. 2020) are written this way.
//
// Every T line (MajorClaim, Claim, Premise) becomes a statement titled by its id, its text
// taken verbatim from the .txt at the line's code-point offsets, which stay in the node's
// metadata (start, end; end exclusive) with the annotated type (brat: MajorClaim, ...). Every
// R line becomes one edge: supports/Support -> support, attacks/Attack/Partial-Attack ->
// attack. An essay has one thesis, yet most AAE2 essays state their major claim two or three
// times (introduction, conclusion): the first MajorClaim in the text is the thesis, each later
// one a claim that supports it (a restatement). A Stance attribute (Claim For/Against the major
// claims) is kept as the claim's metadata and joins the claim to the thesis: For supports it,
// Against attacks it. See docs/brat.md.
#include "formats/code_points.hpp"
#include "warrant/line_index.hpp"
#include "model/typing.hpp"
#include "warrant/formats.hpp"

#include <algorithm>
#include <charconv>
#include <map>

namespace warrant {
namespace {

struct TextBound {
    std::string id, type, annotated_text;
    std::size_t start = 0, end = 0;  // code points into the .txt, end exclusive
    SourceSpan span;
};

struct BratLine {
    std::string_view id, fields, text;  // the three tab-separated columns
    SourceSpan span;
};

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const std::size_t begin = text.find_first_not_of(' ');
        if (begin == std::string_view::npos) break;
        const std::size_t end = std::min(text.find(' ', begin), text.size());
        out.push_back(text.substr(begin, end - begin));
        text.remove_prefix(end);
    }
    return out;
}

std::optional<std::size_t> number(std::string_view text) {
    std::size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

class BratReader {
public:
    BratReader(std::string_view ann, std::optional<std::string_view> text, LoadResult& result)
        : ann_(ann), text_(text), lines_(ann), result_(result) {}

    void read() {
        std::size_t at = 0;
        while (at < ann_.size()) {
            const std::size_t end = std::min(ann_.find('\n', at), ann_.size());
            std::string_view line = ann_.substr(at, end - at);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (!line.empty()) split(line, at);
            at = end + 1;
        }
        add_statements();
        for (const BratLine& line : relations_) add_relation(line);
        for (const BratLine& line : attributes_) add_attribute(line);
    }

private:
    void report(Severity severity, const SourceSpan& span, std::string message) {
        result_.diagnostics.push_back({severity, severity == Severity::Error ? "E035" : "W035", std::move(message), span, {}});
    }

    SourceSpan line_span(std::size_t offset, std::size_t length) const {
        SourceSpan span = lines_.span_at(offset, result_.map.file);
        span.end_column = span.column + static_cast<int>(length);
        return span;
    }

    void split(std::string_view line, std::size_t offset) {
        BratLine parsed;
        parsed.span = line_span(offset, line.size());
        const std::size_t tab = line.find('\t');
        parsed.id = line.substr(0, tab);
        if (tab != std::string_view::npos) {
            std::string_view rest = line.substr(tab + 1);
            const std::size_t second = rest.find('\t');
            parsed.fields = rest.substr(0, second);
            if (second != std::string_view::npos) parsed.text = rest.substr(second + 1);
            // A few AAE2 lines end in a stray tab after the text; brat's text field holds none.
            while (!parsed.text.empty() && parsed.text.back() == '\t') parsed.text.remove_suffix(1);
        }
        switch (parsed.id.front()) {
            case 'T': return add_text_bound(parsed);
            case 'R': relations_.push_back(parsed); return;
            case 'A': case 'M': attributes_.push_back(parsed); return;
            default:
                report(Severity::Warning, parsed.span,
                       "brat annotation '" + std::string(parsed.id) + "' is not an argument component, relation or stance; not imported");
        }
    }

    // "Claim 591 714", or a discontinuous "Premise 10 20;25 40": the span runs from the first
    // start to the last end.
    void add_text_bound(const BratLine& line) {
        std::string fields(line.fields);
        std::replace(fields.begin(), fields.end(), ';', ' ');
        const std::vector<std::string_view> parts = words(fields);
        std::optional<std::size_t> start = parts.size() >= 3 ? number(parts[1]) : std::nullopt;
        std::optional<std::size_t> end = parts.size() >= 3 ? number(parts.back()) : std::nullopt;
        if (!start || !end || *end < *start) {
            report(Severity::Error, line.span, "malformed brat text-bound annotation '" + std::string(line.id) +
                                                   "': expected TYPE START END, then a tab and the text");
            return;
        }
        bounds_.push_back({std::string(line.id), std::string(parts[0]), std::string(line.text), *start, *end, line.span});
    }

    std::string text_of(const TextBound& bound, const formats::CodePointIndex& index) {
        if (!text_) return bound.annotated_text;
        const std::optional<std::string_view> slice = index.slice(*text_, bound.start, bound.end);
        if (!slice) {  // add_text_bound() checked start <= end: the span ends past the text
            report(Severity::Error, bound.span, "'" + bound.id + "' ends at code point " + std::to_string(bound.end) +
                                                    ", past the end of the text (" + std::to_string(index.size()) + ")");
            return bound.annotated_text;
        }
        std::string text(*slice);
        if (!bound.annotated_text.empty() && text != bound.annotated_text)
            report(Severity::Warning, bound.span, "the text of '" + bound.id + "' differs from the .txt at its offsets; the .txt is kept");
        return text;
    }

    void add_statements() {
        const formats::CodePointIndex index(text_.value_or(std::string_view{}));
        std::vector<const TextBound*> order;
        for (const TextBound& bound : bounds_) order.push_back(&bound);
        std::stable_sort(order.begin(), order.end(), [](const TextBound* a, const TextBound* b) { return a->start < b->start; });
        for (const TextBound* bound : order) {
            Node node;
            node.title = bound->id;
            node.span = bound->span;
            node.texts.push_back(text_of(*bound, index));
            node.metadata = {{"brat", bound->type}, {"start", std::to_string(bound->start)}, {"end", std::to_string(bound->end)}};
            node.kind = NodeKind::Claim;
            if (bound->type == "MajorClaim" && !thesis_) node.kind = NodeKind::Thesis;
            else if (bound->type != "MajorClaim" && bound->type != "Claim" && bound->type != "Premise")
                report(Severity::Warning, bound->span, "unknown component type '" + bound->type + "' of '" + bound->id + "'; read as a claim");
            if (result_.map.find_statement(node.title)) {
                report(Severity::Error, bound->span, "annotation id '" + bound->id + "' used twice");
                continue;
            }
            const Vertex vertex = result_.map.add_node(std::move(node));
            if (bound->type != "MajorClaim") continue;
            if (thesis_) result_.map.add_edge(vertex, *thesis_, Edge{EdgeKind::Support, bound->span});
            else thesis_ = vertex;
        }
    }

    std::optional<Vertex> argument_node(const std::string& reference, const BratLine& line) {
        std::optional<Vertex> vertex = result_.map.find_statement(reference);
        if (!vertex)
            report(Severity::Error, line.span, "brat annotation '" + std::string(line.id) + "' names '" + reference +
                                                   "', which is not a component of this file");
        return vertex;
    }

    // "supports Arg1:T4 Arg2:T3": Arg1 gives the reason, Arg2 receives it.
    void add_relation(const BratLine& line) {
        const std::vector<std::string_view> parts = words(line.fields);
        std::string from, to;
        for (std::size_t i = 1; i < parts.size(); ++i) {
            if (parts[i].starts_with("Arg1:")) from = parts[i].substr(5);
            if (parts[i].starts_with("Arg2:")) to = parts[i].substr(5);
        }
        if (parts.empty() || from.empty() || to.empty()) {
            report(Severity::Error, line.span, "malformed brat relation '" + std::string(line.id) + "': expected TYPE Arg1:ID Arg2:ID");
            return;
        }
        std::optional<EdgeKind> kind;
        if (parts[0] == "supports" || parts[0] == "Support") kind = EdgeKind::Support;
        if (parts[0] == "attacks" || parts[0] == "Attack" || parts[0] == "Partial-Attack") kind = EdgeKind::Attack;
        if (!kind) {
            report(Severity::Warning, line.span, "relation type '" + std::string(parts[0]) + "' of '" + std::string(line.id) +
                                                     "' is neither a support nor an attack; not imported");
            return;
        }
        std::optional<Vertex> source = argument_node(from, line), target = argument_node(to, line);
        if (source && target) result_.map.add_edge(*source, *target, Edge{*kind, line.span});
    }

    // "Stance T3 For": the claim's side on the major claims.
    void add_attribute(const BratLine& line) {
        const std::vector<std::string_view> parts = words(line.fields);
        if (parts.size() != 3 || parts[0] != "Stance" || (parts[2] != "For" && parts[2] != "Against")) {
            report(Severity::Warning, line.span, "brat attribute '" + std::string(line.id) + "' is not a Stance For/Against; not imported");
            return;
        }
        std::optional<Vertex> claim = argument_node(std::string(parts[1]), line);
        if (!claim) return;
        result_.map.node(*claim).metadata["stance"] = std::string(parts[2]);
        if (thesis_ && *claim != *thesis_)
            result_.map.add_edge(*claim, *thesis_, Edge{parts[2] == "For" ? EdgeKind::Support : EdgeKind::Attack, line.span});
    }

    std::string_view ann_;
    std::optional<std::string_view> text_;
    LineIndex lines_;
    LoadResult& result_;
    std::vector<TextBound> bounds_;
    std::vector<BratLine> relations_, attributes_;
    std::optional<Vertex> thesis_;
};

}  // namespace

LoadResult read_brat(std::string ann, std::optional<std::string> text, std::string file_name) {
    LoadResult result;
    result.map.file = file_name;
    if (!text)
        result.diagnostics.push_back({Severity::Warning, "W035",
                                      "no .txt beside '" + file_name + "': texts are taken from the annotations, offsets unchecked",
                                      SourceSpan{file_name}, {}});
    BratReader(ann, text ? std::optional<std::string_view>(*text) : std::nullopt, result).read();
    model::assign_types(result.map, result.diagnostics);
    result.source_text = std::move(ann);
    return result;
}

}  // namespace warrant
