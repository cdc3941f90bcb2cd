// The Cornell eRulemaking Corpus (CDCP, Park & Cardie 2018) as Niculae et al. (2017) ship it:
// NNNNN.ann.json beside the NNNNN.txt it annotates, {"prop_labels": [...], "prop_offsets":
// [[start, end], ...], "reasons": [[[first, last], to], ...], "evidences": [...], "url": {...}}.
//
// Proposition i becomes a statement titled "i" (the index reasons and evidences name it), its
// text verbatim from the .txt at its code-point offsets, which stay in its metadata with its
// CDCP type (cdcp: value|testimony|policy|fact|reference; start, end; url for a reference), as
// the brat reader keeps its components. A reason from one proposition is a support edge; a
// reason from a range of propositions (first..last, which together give it) and every evidence
// is an Argument node titled "reason N" / "evidence N" ({cdcp: reason|evidence}) with a
// premise-of edge from each proposition of the range and conclusion-of to its target: the
// range is one reason, not several, and evidence is a support of its own kind that a plain
// edge could not name. Findings point into the .ann.json at the entry they are about. See
// docs/brat.md.
#include "formats/code_points.hpp"
#include "formats/json_source.hpp"
#include "model/typing.hpp"
#include "warrant/formats.hpp"
#include "warrant/line_index.hpp"

#include <array>

namespace warrant {
namespace {

using json = nlohmann::ordered_json;

bool is_cdcp_type(const std::string& label) {
    static const std::array<std::string_view, 5> kTypes{"value", "testimony", "policy", "fact", "reference"};
    for (std::string_view type : kTypes)
        if (type == label) return true;
    return false;
}

std::optional<std::size_t> index_value(const json& value) {
    if (!value.is_number_unsigned()) return std::nullopt;
    return value.get<std::size_t>();
}

class CdcpReader {
public:
    CdcpReader(const json& document, std::string_view json_text, std::optional<std::string_view> text, LoadResult& result)
        : document_(document), json_text_(json_text), text_(text), lines_(json_text), result_(result) {}

    void read() {
        if (!has_array("prop_labels") || !has_array("prop_offsets")) {
            report(Severity::Error, span_of({0, 1}), "not a CDCP document: no \"prop_labels\" and \"prop_offsets\" arrays");
            return;
        }
        const json& labels = document_["prop_labels"];
        const json& offsets = document_["prop_offsets"];
        if (labels.size() != offsets.size())
            report(Severity::Error, span_of({0, 1}), std::to_string(labels.size()) + " prop_labels but " +
                                                         std::to_string(offsets.size()) + " prop_offsets");
        const std::vector<formats::ByteRange> places = formats::top_level_array_elements(json_text_, "prop_offsets");
        const formats::CodePointIndex index(text_.value_or(std::string_view{}));
        for (std::size_t i = 0; i < labels.size() && i < offsets.size(); ++i)
            add_proposition(i, labels[i], offsets[i], span_of(place(places, i)), index);
        add_relations("reasons", "reason");
        add_relations("evidences", "evidence");
    }

private:
    void report(Severity severity, const SourceSpan& span, std::string message) {
        result_.diagnostics.push_back({severity, severity == Severity::Error ? "E036" : "W036", std::move(message), span, {}});
    }

    bool has_array(const char* key) const { return document_.contains(key) && document_[key].is_array(); }

    static formats::ByteRange place(const std::vector<formats::ByteRange>& places, std::size_t i) {
        return i < places.size() ? places[i] : formats::ByteRange{0, 1};
    }

    SourceSpan span_of(formats::ByteRange range) const {
        SourceSpan span = lines_.span_at(range.begin, result_.map.file);
        const SourceSpan end = lines_.span_at(range.end > range.begin ? range.end - 1 : range.begin, result_.map.file);
        span.end_line = end.line;
        span.end_column = end.column + 1;
        return span;
    }

    void add_proposition(std::size_t i, const json& label, const json& offsets, const SourceSpan& span,
                         const formats::CodePointIndex& index) {
        Node node;
        node.title = std::to_string(i);
        node.span = span;
        node.kind = NodeKind::Claim;
        if (!label.is_string()) {
            report(Severity::Error, span, "proposition " + node.title + " has no type: prop_labels holds " + label.dump());
        } else {
            node.metadata["cdcp"] = label.get<std::string>();
            if (!is_cdcp_type(node.metadata["cdcp"]))
                report(Severity::Warning, span, "unknown proposition type '" + node.metadata["cdcp"] + "' of proposition " +
                                                    node.title + "; read as a claim");
        }
        const std::optional<std::size_t> start = offsets.is_array() && offsets.size() == 2 ? index_value(offsets[0]) : std::nullopt;
        const std::optional<std::size_t> end = offsets.is_array() && offsets.size() == 2 ? index_value(offsets[1]) : std::nullopt;
        if (!start || !end) {
            report(Severity::Error, span, "malformed offsets of proposition " + node.title + ": expected [start, end], got " +
                                              offsets.dump());
        } else {
            node.metadata["start"] = std::to_string(*start);
            node.metadata["end"] = std::to_string(*end);
            add_text(node, *start, *end, index);
        }
        if (auto url = document_.find("url"); url != document_.end() && url->is_object())
            if (auto link = url->find(node.title); link != url->end() && link->is_string()) node.metadata["url"] = link->get<std::string>();
        result_.map.add_node(std::move(node));
    }

    void add_text(Node& node, std::size_t start, std::size_t end, const formats::CodePointIndex& index) {
        if (!text_) return;  // read_cdcp() reported the missing .txt once
        const std::optional<std::string_view> slice = index.slice(*text_, start, end);
        if (!slice) {
            const std::string why = start > end ? "reversed" : "past the end of the text (" + std::to_string(index.size()) + " code points)";
            report(Severity::Error, node.span,
                   "offsets [" + std::to_string(start) + ", " + std::to_string(end) + "] of proposition " + node.title + " are " + why);
            return;
        }
        node.texts.emplace_back(*slice);
    }

    std::optional<Vertex> proposition(const json& value, const std::string& relation, const SourceSpan& span) {
        const std::optional<std::size_t> i = index_value(value);
        std::optional<Vertex> vertex = i ? result_.map.find_statement(std::to_string(*i)) : std::nullopt;
        if (!vertex)
            report(Severity::Error, span, relation + " names proposition " + value.dump() + ", which this file does not have");
        return vertex;
    }

    // [[first, last], to]: propositions first..last (inclusive) give one reason for `to`.
    void add_relations(const char* key, const std::string& kind) {
        if (!document_.contains(key)) return;
        const std::vector<formats::ByteRange> places = formats::top_level_array_elements(json_text_, key);
        if (!document_[key].is_array()) {
            report(Severity::Error, span_of({0, 1}), std::string("\"") + key + "\" is not an array");
            return;
        }
        const json& relations = document_[key];
        for (std::size_t n = 0; n < relations.size(); ++n) {
            const json& relation = relations[n];
            const std::string name = kind + " " + std::to_string(n);
            const SourceSpan span = span_of(place(places, n));
            if (!relation.is_array() || relation.size() != 2 || !relation[0].is_array() || relation[0].size() != 2) {
                report(Severity::Error, span, "malformed " + name + ": expected [[first, last], to], got " + relation.dump());
                continue;
            }
            const std::optional<Vertex> first = proposition(relation[0][0], name, span), last = proposition(relation[0][1], name, span),
                                        target = proposition(relation[1], name, span);
            if (!first || !last || !target) continue;
            if (*first > *last) {
                report(Severity::Error, span, name + " runs from proposition " + relation[0][0].dump() + " back to " + relation[0][1].dump());
                continue;
            }
            add_relation(name, kind, *first, *last, *target, span);
        }
    }

    // Statements are added in proposition order, so vertices first..last are the range.
    void add_relation(const std::string& name, const std::string& kind, Vertex first, Vertex last, Vertex target,
                      const SourceSpan& span) {
        if (first == last && kind == "reason") {
            result_.map.add_edge(first, target, Edge{EdgeKind::Support, span});
            return;
        }
        Node argument;
        argument.kind = NodeKind::Argument;
        argument.title = name;
        argument.span = span;
        argument.metadata["cdcp"] = kind;
        const Vertex vertex = result_.map.add_node(std::move(argument));
        for (Vertex premise = first; premise <= last; ++premise) {
            result_.map.node(vertex).pcs.push_back({PcsMember::Role::Premise, result_.map.node(premise).title});
            result_.map.add_edge(premise, vertex, Edge{EdgeKind::PremiseOf, span});
        }
        result_.map.node(vertex).pcs.push_back({PcsMember::Role::MainConclusion, result_.map.node(target).title});
        result_.map.add_edge(vertex, target, Edge{EdgeKind::ConclusionOf, span});
    }

    const json& document_;
    std::string_view json_text_;
    std::optional<std::string_view> text_;
    LineIndex lines_;
    LoadResult& result_;
};

}  // namespace

LoadResult read_cdcp(std::string json_text, std::optional<std::string> text, std::string file_name) {
    LoadResult result;
    result.map.file = file_name;
    // Findings about the whole document stand at its first byte.
    const auto document_error = [&](std::string message) {
        result.diagnostics.push_back({Severity::Error, "E036", std::move(message), LineIndex(json_text).span_at(0, file_name), {}});
    };
    if (!text) document_error("no .txt beside '" + file_name + "': CDCP keeps its propositions' texts only there");
    if (std::optional<json> document = formats::parse_json_input(json_text, file_name, "E036", result.diagnostics)) {
        if (!document->is_object())
            document_error("not a CDCP document: not a JSON object");
        else
            CdcpReader(*document, json_text, text ? std::optional<std::string_view>(*text) : std::nullopt, result).read();
    }
    model::assign_types(result.map, result.diagnostics);
    result.source_text = std::move(json_text);
    return result;
}

}  // namespace warrant
