// AIF JSON (as OVA and AIFdb write it; OVA3's {"AIF": {...}} wrapper too) as a typed graph.
//
// I-nodes become statements titled by their nodeID. An S-node (RA inference, CA conflict)
// whose only job is to join one premise to one target becomes a plain edge (support, attack);
// one that is more than that (several premises, a named scheme, or the target of a CA, which
// is then an undercut) becomes an Argument node with PremiseOf edges from its premises and
// ConclusionOf (RA), Attack or Undercut (CA) to its target. MA (rephrase) becomes entailment
// both ways. What the graph cannot hold (dialogue nodes L, YA, TA, PA and the rest, locutions,
// participants, timestamps, edgeIDs, the OVA3 wrapper) is kept by keeping the whole document
// verbatim in front_matter["aif.document"]; front_matter["aif.relations"] says which graph edges
// each S-node became. export_aif() reads both to write every node and edge back with its id
// (docs/formats.md, "AIF").
#include "formats/json_source.hpp"
#include "model/typing.hpp"
#include "warrant/formats.hpp"
#include "warrant/schemes.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace warrant {
namespace {

using json = nlohmann::ordered_json;

struct AifNode {
    std::string id, type, text, scheme;
    std::vector<std::string> from, to;  // ids of the nodes with an edge into / out of this one
};

// nodeID and fromID/toID are strings in OVA and numbers in some AIFdb exports.
std::string id_of(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_integer()) return std::to_string(value.get<long long>());
    return value.dump();
}

std::string string_field(const json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

bool is_argumentative(const std::string& type) { return type == "I" || type == "RA" || type == "CA" || type == "MA"; }

bool is_default_scheme(const AifNode& node) {
    const std::string& name = node.scheme.empty() ? node.text : node.scheme;
    return name.empty() || is_default_aif_scheme(name);
}

void error(LoadResult& result, SourceSpan span, std::string message) {
    result.diagnostics.push_back({Severity::Error, "E031", std::move(message), std::move(span), {}});
}

class AifReader {
public:
    AifReader(const json& document, LoadResult& result) : document_(document), result_(result) {}

    void read() {
        collect_nodes();
        collect_edges();
        for (const std::string& id : order_)
            if (nodes_[id].type == "I") add_statement(nodes_[id]);
        for (const std::string& id : order_)
            if (needs_argument_node(nodes_[id])) add_argument(nodes_[id]);
        for (const std::string& id : order_) add_relations(nodes_[id]);
        keep_relations();
    }

private:
    void collect_nodes() {
        for (const json& node : document_["nodes"]) {
            if (!node.is_object() || !node.contains("nodeID")) continue;
            AifNode aif{id_of(node["nodeID"]), string_field(node, "type"), string_field(node, "text"),
                        string_field(node, "scheme"), {}, {}};
            if (nodes_.count(aif.id)) {
                error(result_, SourceSpan{result_.map.file}, "AIF node '" + aif.id + "' is defined twice");
                continue;
            }
            if (!is_argumentative(aif.type)) dialogue_ids_.insert(aif.id);
            order_.push_back(aif.id);
            nodes_[aif.id] = std::move(aif);
        }
    }

    void collect_edges() {
        for (const json& edge : document_["edges"]) {
            if (!edge.is_object() || !edge.contains("fromID") || !edge.contains("toID")) continue;
            const std::string from = id_of(edge["fromID"]), to = id_of(edge["toID"]);
            if (!nodes_.count(from) || !nodes_.count(to)) {
                error(result_, SourceSpan{result_.map.file}, "AIF edge " + from + " -> " + to + " joins an unknown node");
                continue;
            }
            if (dialogue_ids_.count(from) || dialogue_ids_.count(to)) {
                if (dialogue_ids_.count(from) && !dialogue_ids_.count(to)) dialogue_from_[to].push_back(from);
                continue;
            }
            nodes_[from].to.push_back(to);
            nodes_[to].from.push_back(from);
        }
    }

    bool is_scheme_node(const AifNode& node) const { return node.type == "RA" || node.type == "CA"; }

    bool targeted_by_conflict(const AifNode& node) const {
        for (const std::string& from : node.from)
            if (nodes_.at(from).type == "CA") return true;
        return false;
    }

    // The premises of an S-node: the I-nodes (or, rarely, arguments) with an edge into it that
    // are not conflicts aimed at it.
    std::vector<std::string> premises(const AifNode& node) const {
        std::vector<std::string> out;
        for (const std::string& from : node.from)
            if (nodes_.at(from).type == "I") out.push_back(from);
        return out;
    }

    bool needs_argument_node(const AifNode& node) const {
        return is_scheme_node(node) &&
               (premises(node).size() > 1 || !is_default_scheme(node) || targeted_by_conflict(node));
    }

    void add_statement(const AifNode& aif) {
        Node node;
        node.title = aif.id;
        node.texts.push_back(aif.text);
        node.metadata["aif.nodeID"] = aif.id;
        node.span = SourceSpan{result_.map.file};
        result_.map.add_node(std::move(node));
    }

    void add_argument(const AifNode& aif) {
        Node node;
        node.kind = NodeKind::Argument;
        node.title = aif.id;
        node.metadata["aif.nodeID"] = aif.id;
        node.metadata["aif.type"] = aif.type;
        node.metadata["scheme"] = aif.scheme.empty() ? aif.text : aif.scheme;
        for (const std::string& premise : premises(aif)) node.pcs.push_back({PcsMember::Role::Premise, premise});
        if (aif.type == "RA" && aif.to.size() == 1 && nodes_.at(aif.to.front()).type == "I")
            node.pcs.push_back({PcsMember::Role::MainConclusion, aif.to.front()});
        node.span = SourceSpan{result_.map.file};
        result_.map.add_node(std::move(node));
    }

    // The vertex an S-node's outgoing edge reaches: a statement, or the argument an S-node became.
    std::optional<Vertex> vertex_of(const std::string& id) const {
        const AifNode& node = nodes_.at(id);
        return node.type == "I" ? result_.map.find_statement(id) : result_.map.find_argument(id);
    }

    void add_relations(const AifNode& aif) {
        ArgumentMap& map = result_.map;
        const SourceSpan span{map.file};
        if (aif.type == "MA") {
            for (const std::string& from : premises(aif))
                for (const std::string& to : aif.to) {
                    if (!vertex_of(from) || !vertex_of(to)) continue;
                    add_relation_edge(aif, from, to, EdgeKind::Entails);
                    // A node rephrased by itself: both ways are the one edge a -> a (two equal
                    // edges would be one relation written twice, which Argdown merges).
                    if (from != to) add_relation_edge(aif, to, from, EdgeKind::Entails);
                }
            warn_if_not_imported(aif);
            return;
        }
        if (!is_scheme_node(aif)) return;
        warn_about_scheme_chains(aif);
        if (aif.to.empty()) {
            result_.diagnostics.push_back({Severity::Warning, "W031",
                                           aif.type + " node '" + aif.id + "' has no conclusion or target", span, {}});
        }
        const bool conflict = aif.type == "CA";
        if (std::optional<Vertex> argument = map.find_argument(aif.id); argument && needs_argument_node(aif)) {
            for (const std::string& premise : premises(aif))
                map.add_edge(*vertex_of(premise), *argument, Edge{EdgeKind::PremiseOf, span});
            for (const std::string& to : aif.to)
                if (std::optional<Vertex> target = vertex_of(to))
                    map.add_edge(*argument, *target, Edge{relation_kind(conflict, to, EdgeKind::ConclusionOf), span});
            return;
        }
        for (const std::string& premise : premises(aif))
            for (const std::string& to : aif.to)
                if (vertex_of(to)) add_relation_edge(aif, premise, to, relation_kind(conflict, to, EdgeKind::Support));
        warn_if_not_imported(aif);
    }

    // An edge that stands for the S-node `aif`: recorded so that the writer gives it that node back.
    void add_relation_edge(const AifNode& aif, const std::string& from, const std::string& to, EdgeKind kind) {
        result_.map.add_edge(*vertex_of(from), *vertex_of(to), Edge{kind, SourceSpan{result_.map.file}});
        relations_[aif.id].push_back(json::array({from, to, std::string(to_string(kind))}));
    }

    // An S-node that became neither an argument nor an edge, most often because its premise is
    // not an I-node (an L-node, say). One without a target is W031's; one whose premise or
    // target is another scheme node is W032's.
    void warn_if_not_imported(const AifNode& aif) {
        json& became = relations_[aif.id];
        if (became.is_null()) became = json::array();  // kept all the same: the writer writes it back
        if (!became.empty() || aif.to.empty()) return;
        std::vector<std::string> from = aif.from;
        from.insert(from.end(), dialogue_from_[aif.id].begin(), dialogue_from_[aif.id].end());
        auto type_is = [&](const char* type) { return [&, type](const std::string& id) { return nodes_.at(id).type == type; }; };
        const bool chained = std::any_of(aif.from.begin(), aif.from.end(), type_is("RA")) ||
                             (aif.type == "RA" && !std::all_of(aif.to.begin(), aif.to.end(), type_is("I")));
        if (chained) return;
        result_.diagnostics.push_back({Severity::Warning, "W033",
                                       "AIF " + aif.type + " node '" + aif.id + "' joins no I-node premise (" +
                                           described(from) + ") to a target (" + described(aif.to) +
                                           ") and is not imported; it is kept for writing AIF back",
                                       SourceSpan{result_.map.file}, {}});
    }

    std::string described(const std::vector<std::string>& ids) const {
        std::string out;
        for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + nodes_.at(id).type + " " + id;
        return out.empty() ? "none" : out;
    }

    // An RA feeding another scheme node (an argument as the attacker of a CA, say) has no
    // counterpart in the graph: say so rather than drop it silently. CA -> RA/CA is an undercut.
    void warn_about_scheme_chains(const AifNode& aif) {
        if (aif.type != "RA") return;
        for (const std::string& to : aif.to)
            if (nodes_.at(to).type != "I")
                result_.diagnostics.push_back({Severity::Warning, "W032",
                                               "AIF edge " + aif.id + " -> " + to + " joins two scheme nodes (" + aif.type +
                                                   " -> " + nodes_.at(to).type + ") and is not imported",
                                               SourceSpan{result_.map.file}, {}});
    }

    // A conflict aimed at an inference or at another conflict undercuts it; at a statement it attacks.
    EdgeKind relation_kind(bool conflict, const std::string& target, EdgeKind support) const {
        if (!conflict) return support;
        return nodes_.at(target).type == "I" ? EdgeKind::Attack : EdgeKind::Undercut;
    }

    void keep_relations() {
        if (!relations_.empty()) result_.map.front_matter["aif.relations"] = relations_.dump();
    }

    const json& document_;
    LoadResult& result_;
    std::vector<std::string> order_;  // nodeIDs in file order: the graph's order
    std::map<std::string, AifNode> nodes_;
    std::set<std::string> dialogue_ids_;
    std::map<std::string, std::vector<std::string>> dialogue_from_;  // node -> dialogue nodes with an edge into it
    json relations_ = json::object();  // S-node id -> [[from, to, kind], ...] of the edges it became
};

}  // namespace

LoadResult read_aif(std::string text, std::string file_name) {
    LoadResult result;
    result.map.file = file_name;
    std::optional<json> parsed = formats::parse_json_input(text, file_name, "E031", result.diagnostics);
    if (!parsed) {
        result.source_text = std::move(text);
        return result;
    }
    json document = std::move(*parsed);
    // OVA3 wraps the AIF proper in an "AIF" object beside its own layout ("OVA").
    const std::string kept = document.dump();
    if (document.is_object() && document.contains("AIF") && document["AIF"].is_object()) document = json(document["AIF"]);
    if (!document.is_object() || !document.contains("nodes") || !document["nodes"].is_array() ||
        !document.contains("edges") || !document["edges"].is_array()) {
        error(result, SourceSpan{file_name, 1, 1, 1, 1}, "not an AIF document: no \"nodes\" and \"edges\" arrays");
    } else {
        AifReader(document, result).read();
        result.map.front_matter["aif.document"] = kept;
        model::assign_types(result.map, result.diagnostics);
    }
    result.source_text = std::move(text);
    return result;
}

}  // namespace warrant
