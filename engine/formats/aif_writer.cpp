// The typed graph as AIF JSON in AIFdb's shape (top-level nodes, edges, locutions,
// participants), which OVA and AIFdb load.
//
// A map read from AIF keeps its whole document (front_matter["aif.document"]) and which graph
// edges each S-node became (front_matter["aif.relations"]). Writing walks that document in its
// own order: an I-node is written when its statement is still in the graph (with the graph's
// text), an S-node when its argument, or every edge it became, is still there; dialogue nodes
// (L, YA, TA, ...) always; an edge when both its ends were written (and, between two graph
// nodes, when the graph still joins them). Every field, id, edgeID and the OVA3 wrapper come
// back as they were. What the graph has beyond that is written after it: statements become
// I-nodes, an Argument node one S-node (CA when it attacks or undercuts, RA otherwise), and
// every other relation a fresh S-node: support -> RA, attack/contrary/contradictory/undercut
// -> CA, entailment both ways -> one MA, one-way entailment -> RA with scheme "Entailment".
// Sources and cites edges have no AIF counterpart and are left out.
#include "warrant/formats.hpp"
#include "warrant/schemes.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace warrant {
namespace {

using json = nlohmann::ordered_json;
using RelationKey = std::tuple<std::string, std::string, std::string>;  // from id, to id, edge kind
using DirectKey = std::pair<std::string, std::string>;                  // from id, to id

std::string id_text(const json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

bool attacks(const ArgumentMap& map, Vertex argument) {
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(argument, map.graph)))
        if (is_attacking(map.graph[e].kind)) return true;
    return false;
}

json kept_json(const ArgumentMap& map, const char* key) {
    auto kept = map.front_matter.find(key);
    if (kept == map.front_matter.end()) return json::object();
    json value = json::parse(kept->second, nullptr, false);
    return value.is_object() ? value : json::object();
}

class AifWriter {
public:
    explicit AifWriter(const ArgumentMap& map) : map_(map), ids_(boost::num_vertices(map.graph)) {}

    std::string write() {
        read_kept();
        assign_ids();
        index_edges();
        for (const json& node : aif_.value("nodes", json::array())) write_kept_node(node);
        for (Vertex v : boost::make_iterator_range(boost::vertices(map_.graph)))
            if (!written_vertex_.contains(v)) write_new_node(v);
        for (const json& edge : aif_.value("edges", json::array())) write_kept_edge(edge);
        write_new_edges();
        return assemble().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }

private:
    void read_kept() {
        document_ = kept_json(map_, "aif.document");
        wrapped_ = document_.contains("AIF") && document_["AIF"].is_object();
        aif_ = wrapped_ ? document_["AIF"] : document_;
        if (!aif_.contains("nodes") || !aif_["nodes"].is_array()) aif_["nodes"] = json::array();
        if (!aif_.contains("edges") || !aif_["edges"].is_array()) aif_["edges"] = json::array();
        relations_ = kept_json(map_, "aif.relations");
        for (const json& node : aif_["nodes"])
            if (node.is_object() && node.contains("nodeID")) used_ids_.insert(id_text(node["nodeID"]));
        for (const json& edge : aif_["edges"])
            if (edge.is_object() && edge.contains("edgeID")) used_edge_ids_.insert(id_text(edge["edgeID"]));
    }

    void assign_ids() {
        std::set<std::string> taken;
        for (Vertex v : boost::make_iterator_range(boost::vertices(map_.graph))) {
            const Node& node = map_.graph[v];
            auto kept = node.metadata.find("aif.nodeID");
            if (node.kind == NodeKind::Source || kept == node.metadata.end() || kept->second.empty()) continue;
            if (!taken.insert(kept->second).second) continue;
            ids_[v] = kept->second;
            vertex_of_id_[kept->second] = v;
            used_ids_.insert(kept->second);
        }
        for (Vertex v : boost::make_iterator_range(boost::vertices(map_.graph)))
            if (ids_[v].empty() && map_.graph[v].kind != NodeKind::Source) ids_[v] = fresh(used_ids_, next_id_);
    }

    // Edges drawn as one AIF edge (premise-of, conclusion-of, an argument's own attack or
    // undercut) apart from relations that need an S-node between their ends.
    bool is_direct(EdgeId e) const {
        const EdgeKind kind = map_.graph[e].kind;
        const Vertex from = boost::source(e, map_.graph);
        return kind == EdgeKind::PremiseOf || kind == EdgeKind::ConclusionOf ||
               (map_.graph[from].kind == NodeKind::Argument && is_attacking(kind) == attacks(map_, from));
    }

    void index_edges() {
        for (EdgeId e : boost::make_iterator_range(boost::edges(map_.graph))) {
            const std::string& from = ids_[boost::source(e, map_.graph)];
            const std::string& to = ids_[boost::target(e, map_.graph)];
            if (map_.graph[e].kind == EdgeKind::Cites || from.empty() || to.empty()) continue;
            if (is_direct(e))
                direct_[{from, to}].push_back(e);
            else
                relation_[{from, to, std::string(to_string(map_.graph[e].kind))}].push_back(e);
        }
    }

    static std::string fresh(std::set<std::string>& used, long& next) {
        while (used.contains(std::to_string(next))) ++next;
        std::string id = std::to_string(next++);
        used.insert(id);
        return id;
    }

    void write_kept_node(const json& raw) {
        if (!raw.is_object() || !raw.contains("nodeID")) return;
        const std::string id = id_text(raw["nodeID"]);
        const std::string type = raw.value("type", "");
        if (auto vertex = vertex_of_id_.find(id); vertex != vertex_of_id_.end()) {
            if ((type == "I") == is_statement(map_.graph[vertex->second].kind)) write_vertex(vertex->second, raw);
            return;
        }
        if (type == "I") return;  // its statement was removed
        if (relations_.contains(id) && !take_relations(relations_[id])) return;
        if (!relations_.contains(id) && (type == "RA" || type == "CA" || type == "MA")) return;  // a removed argument
        nodes_.push_back(raw);
        written_ids_.insert(id);
    }

    // The edges an S-node became, if the graph still has them all: they are its from now on.
    bool take_relations(const json& edges) {
        std::vector<RelationKey> keys;
        for (const json& edge : edges)
            if (edge.is_array() && edge.size() == 3)
                keys.emplace_back(id_text(edge[0]), id_text(edge[1]), id_text(edge[2]));
        std::map<RelationKey, std::size_t> needed;
        for (const RelationKey& key : keys) ++needed[key];
        for (const auto& [key, count] : needed)
            if (relation_[key].size() < count) return false;
        for (const RelationKey& key : keys) relation_[key].pop_back();
        return true;
    }

    // A graph node written over its kept AIF node (or a fresh one): the graph's text and scheme win.
    void write_vertex(Vertex v, json raw) {
        const Node& node = map_.graph[v];
        if (!raw.contains("nodeID")) raw["nodeID"] = ids_[v];
        if (is_statement(node.kind)) {
            raw["text"] = node.texts.empty() ? node.title : node.texts.front();
            if (!raw.contains("type")) raw["type"] = "I";
        } else {
            const bool conflict = attacks(map_, v);
            auto scheme = node.metadata.find("scheme");
            if (scheme != node.metadata.end() && raw.value("scheme", raw.value("text", "")) != scheme->second) {
                raw["text"] = scheme->second;
                if (!is_default_aif_scheme(scheme->second)) raw["scheme"] = scheme->second;
            }
            if (!raw.contains("text")) raw["text"] = conflict ? "Default Conflict" : "Default Inference";
            if (raw.value("type", "") != "MA") raw["type"] = conflict ? "CA" : "RA";
        }
        nodes_.push_back(std::move(raw));
        written_vertex_.insert(v);
        written_ids_.insert(ids_[v]);
    }

    void write_new_node(Vertex v) {
        if (map_.graph[v].kind == NodeKind::Source) return;
        json raw{{"nodeID", ids_[v]}};
        write_vertex(v, std::move(raw));
    }

    void write_kept_edge(const json& raw) {
        if (!raw.is_object() || !raw.contains("fromID") || !raw.contains("toID")) return;
        const std::string from = id_text(raw["fromID"]), to = id_text(raw["toID"]);
        if (!written_ids_.contains(from) || !written_ids_.contains(to)) return;
        // Only an edge that touches an argument is a graph edge between two graph nodes; one
        // joining two I-nodes (no S-node between them) never was, and is kept as it is.
        auto argument = [&](const std::string& id) { return map_.graph[vertex_of_id_.at(id)].kind == NodeKind::Argument; };
        if (vertex_of_id_.contains(from) && vertex_of_id_.contains(to) && (argument(from) || argument(to))) {
            std::vector<EdgeId>& joining = direct_[{from, to}];
            if (joining.empty()) return;  // the graph no longer joins them
            joining.pop_back();
        }
        edges_.push_back(raw);
    }

    void add_edge(const std::string& from, const std::string& to) {
        edges_.push_back({{"edgeID", fresh(used_edge_ids_, next_edge_id_)}, {"fromID", from}, {"toID", to}, {"formEdgeID", nullptr}});
    }

    std::string add_scheme_node(const std::string& type, const std::string& text) {
        std::string id = fresh(used_ids_, next_id_);
        nodes_.push_back({{"nodeID", id}, {"text", text}, {"type", type}});
        return id;
    }

    // An entailment back from `to` that is still to be written: the two are one MA.
    bool reverse_entailment(Vertex from, Vertex to, const std::set<EdgeId>& left) const {
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(to, map_.graph)))
            if (boost::target(e, map_.graph) == from && map_.graph[e].kind == EdgeKind::Entails && left.contains(e))
                return true;
        return false;
    }

    // What the kept document did not account for, in graph order.
    void write_new_edges() {
        std::set<EdgeId> left;
        for (const auto& [key, edges] : direct_) left.insert(edges.begin(), edges.end());
        for (const auto& [key, edges] : relation_) left.insert(edges.begin(), edges.end());
        for (EdgeId e : boost::make_iterator_range(boost::edges(map_.graph)))
            if (left.contains(e)) write_new_relation(e, left);
    }

    void write_new_relation(EdgeId e, const std::set<EdgeId>& left) {
        const Vertex from = boost::source(e, map_.graph), to = boost::target(e, map_.graph);
        const EdgeKind kind = map_.graph[e].kind;
        if (is_direct(e)) {
            add_edge(ids_[from], ids_[to]);  // the argument's own S-node joins its premises and target
            return;
        }
        std::string s;
        if (kind == EdgeKind::Entails && reverse_entailment(from, to, left)) {
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

    json assemble() {
        json aif = aif_;
        aif["nodes"] = std::move(nodes_);
        aif["edges"] = std::move(edges_);
        if (document_.empty())  // AIFdb's shape; a kept document keeps its own
            for (const char* key : {"locutions", "participants"}) aif[key] = json::array();
        if (!wrapped_) return aif;
        json document = document_;
        document["AIF"] = std::move(aif);
        return document;
    }

    const ArgumentMap& map_;
    std::vector<std::string> ids_;  // vertex -> nodeID ("" for sources)
    std::map<std::string, Vertex> vertex_of_id_;
    std::set<std::string> used_ids_, used_edge_ids_, written_ids_;
    std::set<Vertex> written_vertex_;
    std::map<DirectKey, std::vector<EdgeId>> direct_;
    std::map<RelationKey, std::vector<EdgeId>> relation_;
    long next_id_ = 1, next_edge_id_ = 1;
    json document_ = json::object(), aif_ = json::object(), relations_ = json::object();
    bool wrapped_ = false;
    json nodes_ = json::array();
    json edges_ = json::array();
};

}  // namespace

std::string export_aif(const ArgumentMap& map) { return AifWriter(map).write(); }

}  // namespace warrant
