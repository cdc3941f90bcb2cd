// Argdown's JSON shape, as `argdown json` (Argdown 1.7) writes it: statements keyed by title
// with their members, arguments with their description members and premise-conclusion
// structure, relations by title and type, nested sections and the tags. Nodes that typing
// made up (implicit sources) and warrant's own edge kinds (premise-of, conclusion-of, cites)
// have no Argdown counterpart and are left out.
#include "warrant/formats.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace warrant {
namespace {

// Sorted keys: deterministic, and O(log n) per insertion on maps with many statements.
using ordered_json = nlohmann::json;

bool exported(EdgeKind kind) {
    return kind != EdgeKind::PremiseOf && kind != EdgeKind::ConclusionOf && kind != EdgeKind::Cites;
}

// Argdown's name for what a relation end is: an undercut of a reconstructed argument targets
// its inference, unless the front matter keeps relations at the arguments
// (`model: transformArgumentRelations: false`).
std::string_view member_type(const Node& node, EdgeKind kind, bool is_target, bool relations_at_arguments) {
    if (is_statement(node.kind)) return "equivalence-class";
    const bool inference = is_target && kind == EdgeKind::Undercut && !node.pcs.empty() && !relations_at_arguments;
    return inference ? "inference" : "argument";
}

ordered_json metadata_json(const std::map<std::string, std::string>& metadata) {
    ordered_json data = ordered_json::object();
    for (const auto& [key, value] : metadata) data[key] = value;
    return data;
}

ordered_json statement_json(const Node& node) {
    ordered_json members = ordered_json::array();
    for (const std::string& text : node.texts) members.push_back({{"type", "statement"}, {"text", text}, {"title", node.title}});
    ordered_json out{{"type", "equivalence-class"}, {"title", node.title}, {"members", std::move(members)},
                     {"tags", node.tags}};
    if (!node.section.empty()) out["section"] = node.section;
    if (!node.metadata.empty()) out["data"] = metadata_json(node.metadata);
    return out;
}

ordered_json argument_json(const Node& node) {
    ordered_json members = ordered_json::array();
    for (const std::string& text : node.texts)
        members.push_back({{"type", "statement"}, {"role", "argument-description"}, {"text", text}, {"title", node.title}});
    ordered_json pcs = ordered_json::array();
    for (std::size_t i = 0; i < node.pcs.size(); ++i) {
        const PcsMember& member = node.pcs[i];
        ordered_json entry{{"type", "statement"}, {"role", to_string(member.role)}, {"title", member.title}};
        if (member.role != PcsMember::Role::Premise) {
            ordered_json inference{{"type", "inference"}, {"inferenceRules", member.inference_rules},
                                   {"conclusionIndex", i}, {"argumentTitle", node.title}};
            if (!member.inference_metadata.empty()) inference["data"] = metadata_json(member.inference_metadata);
            entry["inference"] = std::move(inference);
        }
        pcs.push_back(std::move(entry));
    }
    ordered_json out{{"type", "argument"}, {"title", node.title}, {"members", std::move(members)},
                     {"pcs", std::move(pcs)}, {"tags", node.tags}};
    if (!node.section.empty()) out["section"] = node.section;
    if (!node.metadata.empty()) out["data"] = metadata_json(node.metadata);
    return out;
}

// Sections nest by their parent ids; a parent always precedes its children.
ordered_json sections_json(const std::vector<Section>& sections) {
    std::vector<ordered_json> built(sections.size());
    std::vector<std::vector<std::size_t>> children(sections.size());
    std::vector<std::size_t> roots;
    std::map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        position[sections[i].id] = i;
        auto parent = position.find(sections[i].parent);
        if (sections[i].parent.empty() || parent == position.end()) roots.push_back(i);
        else children[parent->second].push_back(i);
    }
    for (std::size_t i = sections.size(); i-- > 0;) {
        ordered_json nested = ordered_json::array();
        for (std::size_t child : children[i]) nested.push_back(std::move(built[child]));
        built[i] = {{"type", "section"}, {"id", sections[i].id}, {"level", sections[i].level},
                    {"title", sections[i].title}, {"children", std::move(nested)}};
    }
    ordered_json out = ordered_json::array();
    for (std::size_t root : roots) out.push_back(std::move(built[root]));
    return out;
}

}  // namespace

bool made_by_typing(const Node& node) { return node.implicit && node.kind == NodeKind::Source; }

std::string export_argdown_json(const ArgumentMap& map) {
    ordered_json statements = ordered_json::object();
    ordered_json arguments = ordered_json::object();
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        const Node& node = map.graph[v];
        if (made_by_typing(node)) continue;
        if (is_statement(node.kind)) statements[node.title] = statement_json(node);
        else arguments[node.title] = argument_json(node);
    }
    const auto transform = map.front_matter.find("model.transformArgumentRelations");
    const bool relations_at_arguments = transform != map.front_matter.end() &&
                                        (transform->second == "false" || transform->second == "False" || transform->second == "FALSE");
    ordered_json relations = ordered_json::array();
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph))) {
        const Edge& edge = map.graph[e];
        const Node& from = map.graph[boost::source(e, map.graph)];
        const Node& to = map.graph[boost::target(e, map.graph)];
        if (!exported(edge.kind) || made_by_typing(from) || made_by_typing(to)) continue;
        ordered_json relation{{"type", "relation"}, {"relationType", to_string(edge.kind)},
                              {"from", from.title}, {"fromType", member_type(from, edge.kind, false, relations_at_arguments)},
                              {"to", to.title}, {"toType", member_type(to, edge.kind, true, relations_at_arguments)}};
        if (edge.inference >= 0 && relation["toType"] == "inference") relation["conclusionIndex"] = edge.inference;
        relations.push_back(std::move(relation));
    }
    ordered_json tags = ordered_json::object();
    for (const std::string& tag : map.tags) tags[tag] = {{"tag", tag}};
    ordered_json document{{"arguments", std::move(arguments)}, {"statements", std::move(statements)},
                          {"relations", std::move(relations)}, {"sections", sections_json(map.sections)},
                          {"tags", std::move(tags)}};
    if (!map.front_matter.empty()) document["frontMatter"] = metadata_json(map.front_matter);
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace warrant
