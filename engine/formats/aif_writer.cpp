// The typed graph as AIF JSON in AIFdb's shape (top-level nodes, edges, locutions,
// participants), which OVA and AIFdb load.
//
// Statements become I-nodes; an Argument node becomes one S-node (CA when it attacks or
// undercuts, RA otherwise) with its scheme; every other relation becomes a fresh S-node of
// its own: support -> RA, attack/contrary/contradictory/undercut -> CA, entailment both ways ->
// one MA, one-way entailment -> RA with scheme "Entailment". Nodes that came from AIF keep their
// nodeID (metadata "aif.nodeID"), and the dialogue kept in front_matter["aif.dialogue"] is
// written back. Sources and cites edges have no AIF counterpart and are left out.
#include "warrant/formats.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace warrant {
namespace {

using json = nlohmann::ordered_json;

bool attacks(const ArgumentMap& map, Vertex argument) {
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(argument, map.graph)))
        if (is_attacking(map.graph[e].kind)) return true;
    return false;
}

class AifWriter {
public:
    explicit AifWriter(const ArgumentMap& map) : map_(map), ids_(boost::num_vertices(map.graph)) {}

    std::string write() {
        read_dialogue();
        reserve_kept_ids();
        for (Vertex v : boost::make_iterator_range(boost::vertices(map_.graph))) add_node(v);
        for (EdgeId e : boost::make_iterator_range(boost::edges(map_.graph))) add_relation(e);
        // Dialogue edges are renumbered after ours so that edgeIDs stay unique.
        for (const json& edge : pending_dialogue_edges_)
            if (edge.contains("fromID") && edge.contains("toID")) add_edge(id_text(edge["fromID"]), id_text(edge["toID"]));
        json document{{"nodes", std::move(nodes_)}, {"edges", std::move(edges_)},
                      {"locutions", dialogue_.value("locutions", json::array())},
                      {"participants", dialogue_.value("participants", json::array())}};
        return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }

private:
    void read_dialogue() {
        auto kept = map_.front_matter.find("aif.dialogue");
        if (kept == map_.front_matter.end()) return;
        dialogue_ = json::parse(kept->second, nullptr, false);
        if (dialogue_.is_discarded() || !dialogue_.is_object()) dialogue_ = json::object();
        for (const json& node : dialogue_.value("nodes", json::array())) {
            nodes_.push_back(node);
            used_.insert(node.contains("nodeID") ? id_text(node["nodeID"]) : "");
        }
        pending_dialogue_edges_ = dialogue_.value("edges", json::array());
    }

    static std::string id_text(const json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

    void reserve_kept_ids() {
        for (Vertex v : boost::make_iterator_range(boost::vertices(map_.graph))) {
            const Node& node = map_.graph[v];
            auto kept = node.metadata.find("aif.nodeID");
            if (kept != node.metadata.end() && !kept->second.empty() && used_.insert(kept->second).second)
                ids_[v] = kept->second;
        }
    }

    std::string fresh_id() {
        while (used_.count(std::to_string(next_id_))) ++next_id_;
        std::string id = std::to_string(next_id_++);
        used_.insert(id);
        return id;
    }

    void add_node(Vertex v) {
        const Node& node = map_.graph[v];
        if (node.kind == NodeKind::Source) return;
        if (ids_[v].empty()) ids_[v] = fresh_id();
        if (node.kind != NodeKind::Argument) {
            nodes_.push_back({{"nodeID", ids_[v]}, {"text", node.texts.empty() ? node.title : node.texts.front()},
                              {"type", "I"}});
            return;
        }
        const bool conflict = attacks(map_, v);
        auto scheme = node.metadata.find("scheme");
        const std::string fallback = conflict ? "Default Conflict" : "Default Inference";
        json s{{"nodeID", ids_[v]}, {"text", scheme != node.metadata.end() ? scheme->second : fallback},
               {"type", conflict ? "CA" : "RA"}};
        if (scheme != node.metadata.end() && scheme->second != fallback) s["scheme"] = scheme->second;
        nodes_.push_back(std::move(s));
    }

    void add_edge(const std::string& from, const std::string& to) {
        edges_.push_back({{"edgeID", std::to_string(edges_.size() + 1)}, {"fromID", from}, {"toID", to}, {"formEdgeID", nullptr}});
    }

    std::string add_scheme_node(const std::string& type, const std::string& text) {
        std::string id = fresh_id();
        nodes_.push_back({{"nodeID", id}, {"text", text}, {"type", type}});
        return id;
    }

    bool has_reverse_entailment(Vertex from, Vertex to) const {
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(to, map_.graph)))
            if (boost::target(e, map_.graph) == from && map_.graph[e].kind == EdgeKind::Entails) return true;
        return false;
    }

    void add_relation(EdgeId e) {
        const Vertex from = boost::source(e, map_.graph), to = boost::target(e, map_.graph);
        const EdgeKind kind = map_.graph[e].kind;
        if (ids_[from].empty() || ids_[to].empty()) return;  // a source: no AIF counterpart
        const bool from_argument = map_.graph[from].kind == NodeKind::Argument;
        if (kind == EdgeKind::Cites) return;
        if (kind == EdgeKind::PremiseOf || kind == EdgeKind::ConclusionOf ||
            (from_argument && is_attacking(kind) == attacks(map_, from))) {
            add_edge(ids_[from], ids_[to]);  // the argument's own S-node joins its premises and target
            return;
        }
        std::string s;
        if (kind == EdgeKind::Entails && has_reverse_entailment(from, to)) {
            if (from > to) return;  // the pair is one MA, written once
            s = add_scheme_node("MA", "Default Rephrase");
        } else if (kind == EdgeKind::Entails) {
            s = add_scheme_node("RA", "Entailment");
            nodes_.back()["scheme"] = "Entailment";
        } else {
            s = is_attacking(kind) ? add_scheme_node("CA", "Default Conflict") : add_scheme_node("RA", "Default Inference");
        }
        add_edge(ids_[from], s);
        add_edge(s, ids_[to]);
    }

    const ArgumentMap& map_;
    std::vector<std::string> ids_;  // vertex -> nodeID ("" for sources)
    std::set<std::string> used_;
    long next_id_ = 1;
    json dialogue_ = json::object();
    json pending_dialogue_edges_ = json::array();
    json nodes_ = json::array();
    json edges_ = json::array();
};

}  // namespace

std::string export_aif(const ArgumentMap& map) { return AifWriter(map).write(); }

}  // namespace warrant
