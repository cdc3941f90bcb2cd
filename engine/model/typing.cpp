// Typing: the meaning warrant reads into valid Argdown (docs/argdown.md, "Typing").
//
// Rules, in order: front-matter poles and bibliography; then each statement's kind from its
// tags and metadata ({kind: …}, {source: …}, {page: …}); then its pole; then a cites edge from
// every evidence node to its source, creating an implicit source node for a key the
// bibliography lacks so the citation is never lost.
#include "model/typing.hpp"
#include "text/ascii_case.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace warrant::model {
namespace {

using text::lowercase;

bool is_index(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

// A YAML sequence `key: [a, b]` arrives flattened as key.0, key.1, …; a scalar may also list
// several values separated by commas.
std::vector<std::string> sequence_values(const std::map<std::string, std::string>& flat, const std::string& key) {
    std::vector<std::pair<long, std::string>> indexed;
    const std::string prefix = key + ".";
    for (auto it = flat.lower_bound(prefix); it != flat.end() && it->first.starts_with(prefix); ++it) {
        std::string_view rest = std::string_view(it->first).substr(prefix.size());
        if (is_index(rest)) indexed.emplace_back(std::strtol(std::string(rest).c_str(), nullptr, 10), it->second);
    }
    std::sort(indexed.begin(), indexed.end());
    std::vector<std::string> values;
    for (auto& [index, value] : indexed) values.push_back(std::move(value));
    if (auto scalar = flat.find(key); scalar != flat.end() && values.empty()) {
        std::string_view rest = scalar->second;
        while (!rest.empty()) {
            std::size_t comma = rest.find(',');
            std::string_view item = rest.substr(0, comma);
            while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
            while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
            if (!item.empty()) values.emplace_back(item);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
    }
    return values;
}

std::string field(const std::map<std::string, std::string>& flat, const std::string& prefix,
                  std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (auto it = flat.find(prefix + name); it != flat.end()) return it->second;
    return {};
}

// `sources:` as a map (key -> {author, work, year}) or as a list of entries with a `key`.
std::vector<SourceEntry> read_bibliography(const ArgumentMap& map) {
    const auto& flat = map.front_matter;
    std::vector<std::string> keys;
    const std::string prefix = "sources.";
    for (auto it = flat.lower_bound(prefix); it != flat.end() && it->first.starts_with(prefix); ++it) {
        std::string_view rest = std::string_view(it->first).substr(prefix.size());
        std::string key(rest.substr(0, rest.find('.')));
        if (keys.empty() || keys.back() != key) keys.push_back(key);
    }
    std::vector<SourceEntry> entries;
    for (const std::string& key : keys) {
        const std::string entry_prefix = prefix + key + ".";
        SourceEntry entry;
        entry.key = is_index(key) ? field(flat, entry_prefix, {"key", "id"}) : key;
        if (entry.key.empty()) continue;
        entry.author = field(flat, entry_prefix, {"author", "authors"});
        entry.work = field(flat, entry_prefix, {"work", "title"});
        entry.year = field(flat, entry_prefix, {"year"});
        if (entry.author.empty() && entry.work.empty())
            if (auto scalar = flat.find(prefix + key); scalar != flat.end()) entry.work = scalar->second;
        entry.span = SourceSpan{map.file, 1, 1, 1, 1};
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::optional<NodeKind> kind_named(std::string_view name) {
    const std::string lower = lowercase(name);
    if (lower == "thesis") return NodeKind::Thesis;
    if (lower == "claim") return NodeKind::Claim;
    if (lower == "evidence" || lower == "quote" || lower == "quotation" || lower == "fact" || lower == "example")
        return NodeKind::Evidence;
    if (lower == "counter" || lower == "counter-position" || lower == "objection") return NodeKind::CounterPosition;
    if (lower == "source") return NodeKind::Source;
    return std::nullopt;
}

void warn(std::vector<Diagnostic>& diagnostics, const Node& node, std::string code, std::string message) {
    diagnostics.push_back({Severity::Warning, std::move(code), std::move(message), node.span, {node.title}});
}

// The kind a statement declares: metadata `kind` wins over tags; a citation makes evidence.
void assign_kind(Node& node, std::vector<Diagnostic>& diagnostics) {
    std::optional<NodeKind> declared;
    bool example = false;  // #example or {kind: example}
    // {implicit: true}: reconstructed by the map's author, not said in the text (a microtext's
    // implicit main claim); the microtexts reader writes it, so Argdown keeps it.
    if (auto it = node.metadata.find("implicit"); it != node.metadata.end() && it->second == "true") node.implicit = true;
    for (const std::string& tag : node.tags) {
        if (lowercase(tag) == "assumption") node.assumption = true;
        if (lowercase(tag) == "concession" || lowercase(tag) == "conceded") node.conceded = true;
        std::optional<NodeKind> kind = kind_named(tag);
        if (!kind) continue;
        example = example || lowercase(tag) == "example";
        if (declared && *declared != *kind)
            warn(diagnostics, node, "W011",
                 "statement \"" + node.title + "\" is tagged both " + std::string(to_string(*declared)) + " and " +
                     std::string(to_string(*kind)) + "; the first tag counts");
        else
            declared = kind;
    }
    if (auto it = node.metadata.find("kind"); it != node.metadata.end()) {
        if (std::optional<NodeKind> kind = kind_named(it->second)) {
            declared = kind;
            example = lowercase(it->second) == "example";
        }
        else
            warn(diagnostics, node, "W010",
                 "unknown kind \"" + it->second + "\" on \"" + node.title +
                     "\" (thesis, claim, evidence, example, counter-position, source)");
    }
    if (auto it = node.metadata.find("source"); it != node.metadata.end()) node.source = it->second;
    if (auto it = node.metadata.find("page"); it != node.metadata.end()) node.page = it->second;
    if (auto it = node.metadata.find("pages"); it != node.metadata.end() && node.page.empty()) node.page = it->second;
    if (!declared && (!node.source.empty() || !node.page.empty())) declared = NodeKind::Evidence;
    if (declared) node.kind = *declared;
    node.example = example && node.kind == NodeKind::Evidence;
}

void assign_pole(Node& node, const std::vector<std::string>& poles, std::vector<Diagnostic>& diagnostics) {
    if (auto it = node.metadata.find("pole"); it != node.metadata.end()) {
        if (std::find(poles.begin(), poles.end(), it->second) == poles.end())
            warn(diagnostics, node, "W012",
                 "\"" + node.title + "\" joins pole \"" + it->second + "\", which the front matter does not declare");
        node.pole = it->second;
        return;
    }
    for (const std::string& tag : node.tags) {
        if (std::find(poles.begin(), poles.end(), tag) == poles.end()) continue;
        if (!node.pole.empty() && node.pole != tag) {
            warn(diagnostics, node, "W013",
                 "\"" + node.title + "\" is tagged with two poles, " + node.pole + " and " + tag +
                     "; a bridge between poles is drawn with relations");
            continue;
        }
        node.pole = tag;
    }
}

// The source node for a key: a statement with that title, or a new implicit one.
Vertex source_node(ArgumentMap& map, const std::string& key, bool in_bibliography, const SourceSpan& span) {
    if (std::optional<Vertex> existing = map.find_statement(key)) {
        Node& node = map.node(*existing);
        node.kind = NodeKind::Source;
        node.source = key;
        node.in_bibliography = node.in_bibliography || in_bibliography;
        return *existing;
    }
    Node node;
    node.kind = NodeKind::Source;
    node.title = key;
    node.source = key;
    node.in_bibliography = in_bibliography;
    node.implicit = true;
    node.span = span;
    if (const SourceEntry* entry = map.find_source(key)) {
        std::string text = entry->author;
        if (!entry->work.empty()) text += (text.empty() ? "" : ", ") + entry->work;
        if (!entry->year.empty()) text += " (" + entry->year + ")";
        if (!text.empty()) node.texts.push_back(std::move(text));
    }
    return map.add_node(std::move(node));
}

}  // namespace

void assign_types(ArgumentMap& map, std::vector<Diagnostic>& diagnostics) {
    for (std::string& pole : sequence_values(map.front_matter, "poles"))
        if (std::find(map.poles.begin(), map.poles.end(), pole) == map.poles.end()) map.poles.push_back(std::move(pole));
    for (SourceEntry& entry : read_bibliography(map))
        if (!map.find_source(entry.key)) map.sources.push_back(std::move(entry));

    // Vertices added below (implicit sources) need no typing: iterate over the original ones.
    const std::size_t written = map.node_count();
    for (Vertex v = 0; v < written; ++v) {
        Node& node = map.node(v);
        if (is_statement(node.kind)) assign_kind(node, diagnostics);
        assign_pole(node, map.poles, diagnostics);
    }
    // At most one implicit source per bibliography entry and per citing node: reserving for
    // them keeps the vertex vector from reallocating (and briefly doubling) at the end.
    std::size_t citing = 0;
    for (Vertex v = 0; v < written; ++v) citing += map.node(v).kind == NodeKind::Evidence && !map.node(v).source.empty();
    map.graph.m_vertices.reserve(written + map.sources.size() + citing);
    for (const SourceEntry& entry : map.sources) source_node(map, entry.key, true, entry.span);
    for (Vertex v = 0; v < written; ++v) {
        if (map.node(v).kind != NodeKind::Evidence || map.node(v).source.empty()) continue;
        const std::string key = map.node(v).source;
        const SourceSpan span = map.node(v).span;
        Vertex source = source_node(map, key, false, span);
        map.add_edge(v, source, Edge{EdgeKind::Cites, span});
    }
}

}  // namespace warrant::model
