// The argumentative microtext corpus (Peldszus & Stede 2015, arggraph.dtd) as a typed graph.
//
// ADUs become statements: the central claim (the one ADU that is the source of no
// argumentative edge, as the corpus defines it) is the thesis, other proponent ADUs claims,
// opponent ADUs counter-positions; the proponent/opponent roles are the map's two dialectic poles.
// A relation becomes a plain edge (sup -> support, reb -> attack, und -> undercut) unless the
// corpus needs it as a thing of its own: when `add` gives it more premises, when an `und` or an
// `add` targets it, or when it is support by example (`exa`, kept as scheme "example"). Then it
// is an Argument node titled by the relation's id, with PremiseOf edges from its premises and
// ConclusionOf (support), Attack (reb) or Undercut (und) to what it targets. Part 2 (Skeppstedt,
// Peldszus & Stede 2018) marks main claims the annotators reconstructed (`<edu implicit="true">`):
// their ADU gets {implicit: true}, which typing turns into Node::implicit. See docs/formats.md.
#include "warrant/line_index.hpp"
#include "model/typing.hpp"
#include "warrant/formats.hpp"

#include <pugixml.hpp>

#include <map>
#include <set>

namespace warrant {
namespace {

struct XmlEdge {
    std::string id, source, target, type;
    SourceSpan span;
};

// What the XML says, by id, before anything becomes a node.
struct Arggraph {
    std::map<std::string, std::string> segment_text;      // edu id -> text; joints filled in later
    std::set<std::string> implicit_segments;               // edus marked implicit="true" (part 2)
    std::vector<pugi::xml_node> adus;                      // document order
    std::vector<XmlEdge> segmentation, relations;          // seg edges; all others (document order)
    std::map<std::string, std::vector<std::string>> added; // relation id -> its `add` premises
    std::set<std::string> targeted;                        // relations an und or add points at
};

// pugixml's offset_debug() points at an element's name; the span starts at its '<'.
SourceSpan element_span(const pugi::xml_node& element, const LineIndex& lines, const std::string& file) {
    const std::ptrdiff_t name = element.offset_debug();
    return lines.span_at(name > 0 ? static_cast<std::size_t>(name - 1) : 0, file);
}

void error(LoadResult& result, const SourceSpan& span, std::string message) {
    result.diagnostics.push_back({Severity::Error, "E030", std::move(message), span, {}});
}

Arggraph collect(const pugi::xml_node& root, const LineIndex& lines, const std::string& file) {
    Arggraph graph;
    for (pugi::xml_node element : root.children()) {
        const std::string name = element.name();
        if (name == "edu") graph.segment_text[element.attribute("id").value()] = element.text().get();
        if (name == "edu" && element.attribute("implicit").as_bool()) graph.implicit_segments.insert(element.attribute("id").value());
        if (name == "adu") graph.adus.push_back(element);
        if (name != "edge") continue;
        XmlEdge edge{element.attribute("id").value(), element.attribute("src").value(),
                     element.attribute("trg").value(), element.attribute("type").value(),
                     element_span(element, lines, file)};
        if (edge.type == "seg") {
            graph.segmentation.push_back(std::move(edge));
            continue;
        }
        if (edge.type == "add") graph.added[edge.target].push_back(edge.source);
        if (edge.type == "add" || edge.type == "und") graph.targeted.insert(edge.target);
        graph.relations.push_back(std::move(edge));
    }
    return graph;
}

// An ADU's text is the text of the EDUs and joints segmented into it, in document order; a
// joint's text is that of its EDUs. Joints may feed joints, so resolve until nothing changes.
std::map<std::string, std::string> adu_texts(Arggraph& graph) {
    std::map<std::string, std::string> texts;
    std::set<std::string> adu_ids;
    for (const pugi::xml_node& adu : graph.adus) adu_ids.insert(adu.attribute("id").value());
    for (std::size_t round = 0; round <= graph.segmentation.size(); ++round) {
        std::map<std::string, std::string> joined;
        for (const XmlEdge& seg : graph.segmentation) {
            auto source = graph.segment_text.find(seg.source);
            if (source == graph.segment_text.end()) continue;
            std::string& text = joined[seg.target];
            text += (text.empty() ? "" : " ") + source->second;
        }
        bool changed = false;
        for (auto& [id, text] : joined) {
            std::map<std::string, std::string>& into = adu_ids.count(id) ? texts : graph.segment_text;
            if (into[id] != text) changed = true;
            into[id] = text;
        }
        if (!changed) break;
    }
    return texts;
}

bool needs_argument_node(const Arggraph& graph, const XmlEdge& relation) {
    return relation.type == "exa" || graph.added.count(relation.id) || graph.targeted.count(relation.id);
}

void add_statements(const Arggraph& graph, const std::map<std::string, std::string>& texts,
                    const LineIndex& lines, LoadResult& result) {
    std::set<std::string> sources;
    for (const XmlEdge& relation : graph.relations) sources.insert(relation.source);
    // Part 2 adds main claims the annotators reconstructed: an ADU made of an implicit EDU.
    std::set<std::string> implicit_adus;
    for (const XmlEdge& seg : graph.segmentation)
        if (graph.implicit_segments.count(seg.source)) implicit_adus.insert(seg.target);
    std::size_t central_claims = 0;
    for (const pugi::xml_node& adu : graph.adus) {
        Node node;
        node.title = adu.attribute("id").value();
        node.span = element_span(adu, lines, result.map.file);
        if (auto text = texts.find(node.title); text != texts.end()) node.texts.push_back(text->second);
        const bool opponent = std::string_view(adu.attribute("type").value()) == "opp";
        node.pole = opponent ? "opponent" : "proponent";
        node.metadata["pole"] = node.pole;
        node.kind = opponent ? NodeKind::CounterPosition : NodeKind::Claim;
        if (!sources.count(node.title)) {
            node.kind = NodeKind::Thesis;
            ++central_claims;
        }
        if (node.texts.empty()) error(result, node.span, "ADU '" + node.title + "' has no text segment");
        if (implicit_adus.count(node.title)) node.metadata["implicit"] = "true";  // typing sets node.implicit
        result.map.add_node(std::move(node));
    }
    if (central_claims != 1)
        result.diagnostics.push_back({Severity::Warning, "W030",
                                      "expected one central claim (the ADU that is the source of no relation), "
                                      "found " + std::to_string(central_claims),
                                      SourceSpan{result.map.file}, {}});
}

// The node a relation points at: an ADU, or (und, add) the Argument node of another relation.
std::optional<Vertex> target_of(const ArgumentMap& map, const XmlEdge& relation) {
    if (relation.type == "und" || relation.type == "add") return map.find_argument(relation.target);
    return map.find_statement(relation.target);
}

EdgeKind plain_kind(const std::string& type) {
    if (type == "reb") return EdgeKind::Attack;
    if (type == "und") return EdgeKind::Undercut;
    return EdgeKind::Support;
}

void add_argument_nodes(const Arggraph& graph, ArgumentMap& map) {
    for (const XmlEdge& relation : graph.relations) {
        if (relation.type == "add" || !needs_argument_node(graph, relation)) continue;
        Node argument;
        argument.kind = NodeKind::Argument;
        argument.title = relation.id;
        argument.span = relation.span;
        argument.metadata["relation"] = relation.type;
        if (relation.type == "exa") argument.metadata["scheme"] = "example";
        argument.pcs.push_back({PcsMember::Role::Premise, relation.source});
        if (auto added = graph.added.find(relation.id); added != graph.added.end())
            for (const std::string& premise : added->second) argument.pcs.push_back({PcsMember::Role::Premise, premise});
        if (relation.type == "sup" || relation.type == "exa")
            argument.pcs.push_back({PcsMember::Role::MainConclusion, relation.target});
        map.add_node(std::move(argument));
    }
}

void add_relations(const Arggraph& graph, LoadResult& result) {
    ArgumentMap& map = result.map;
    for (const XmlEdge& relation : graph.relations) {
        std::optional<Vertex> source = map.find_statement(relation.source);
        std::optional<Vertex> target = target_of(map, relation);
        if (!source || !target) {
            error(result, relation.span, "relation '" + relation.id + "' (" + relation.type + ") joins unknown '" +
                                             (source ? relation.target : relation.source) + "'");
            continue;
        }
        if (relation.type == "add") {
            map.add_edge(*source, *target, Edge{EdgeKind::PremiseOf, relation.span});
        } else if (needs_argument_node(graph, relation)) {
            Vertex argument = *map.find_argument(relation.id);
            map.add_edge(*source, argument, Edge{EdgeKind::PremiseOf, relation.span});
            const bool support = relation.type == "sup" || relation.type == "exa";
            map.add_edge(argument, *target, Edge{support ? EdgeKind::ConclusionOf : plain_kind(relation.type), relation.span});
        } else {
            map.add_edge(*source, *target, Edge{plain_kind(relation.type), relation.span});
        }
    }
}

}  // namespace

LoadResult read_microtexts(std::string xml, std::string file_name) {
    LoadResult result;
    result.map.file = file_name;
    const LineIndex lines(xml);
    pugi::xml_document document;
    pugi::xml_parse_result parsed = document.load_buffer(xml.data(), xml.size());
    pugi::xml_node root = document.child("arggraph");
    if (!parsed) {
        error(result, lines.span_at(static_cast<std::size_t>(parsed.offset), file_name),
              std::string("malformed XML: ") + parsed.description());
    } else if (!root) {
        error(result, lines.span_at(0, file_name), "not an argumentative microtext: no <arggraph> element");
    } else {
        for (const char* attribute : {"id", "topic_id", "stance"})
            if (pugi::xml_attribute value = root.attribute(attribute)) result.map.front_matter[attribute] = value.value();
        result.map.front_matter["poles.0"] = "proponent";
        result.map.front_matter["poles.1"] = "opponent";
        result.map.poles = {"proponent", "opponent"};
        Arggraph graph = collect(root, lines, file_name);
        add_statements(graph, adu_texts(graph), lines, result);
        add_argument_nodes(graph, result.map);
        add_relations(graph, result);
        model::assign_types(result.map, result.diagnostics);
    }
    result.source_text = std::move(xml);
    return result;
}

}  // namespace warrant
