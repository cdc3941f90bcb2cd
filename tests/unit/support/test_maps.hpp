// Small maps built node by node for the analysis tests, each node on its own line so findings
// can be asserted by position.
#pragma once

#include "warrant/analysis.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace warrant::test {

class MapBuilder {
public:
    ArgumentMap map;

    MapBuilder() { map.file = "test.argdown"; }

    Vertex add(NodeKind kind, const std::string& title) {
        Node node;
        node.kind = kind;
        node.title = title;
        node.texts = {title + " text"};
        node.span = SourceSpan{map.file, ++line_, 1, line_, 10};
        return map.add_node(std::move(node));
    }
    Vertex thesis(const std::string& title) { return add(NodeKind::Thesis, title); }
    Vertex claim(const std::string& title) { return add(NodeKind::Claim, title); }
    Vertex counter(const std::string& title) { return add(NodeKind::CounterPosition, title); }
    Vertex argument(const std::string& title) { return add(NodeKind::Argument, title); }
    Vertex assumption(const std::string& title) {
        Vertex v = claim(title);
        map.node(v).assumption = true;
        return v;
    }
    // The writer's own example: evidence that grounds itself without a source.
    Vertex example(const std::string& title) {
        Vertex v = add(NodeKind::Evidence, title);
        map.node(v).example = true;
        return v;
    }
    // Evidence citing `source` (a bibliography source node is made on first use) at `page`.
    Vertex evidence(const std::string& title, const std::string& source = "", const std::string& page = "1") {
        Vertex v = add(NodeKind::Evidence, title);
        if (source.empty()) return v;
        map.node(v).source = source;
        map.node(v).page = page;
        relate(v, source_node(source, true), EdgeKind::Cites);
        return v;
    }
    Vertex source_node(const std::string& key, bool in_bibliography) {
        if (auto existing = map.find_statement(key)) return *existing;
        Node node;
        node.kind = NodeKind::Source;
        node.title = key;
        node.source = key;
        node.implicit = true;
        node.in_bibliography = in_bibliography;
        node.span = SourceSpan{map.file, 1, 1, 1, 1};
        return map.add_node(std::move(node));
    }
    EdgeId relate(Vertex from, Vertex to, EdgeKind kind) {
        return map.add_edge(from, to, Edge{kind, SourceSpan{map.file, ++line_, 3, line_, 5}});
    }
    EdgeId support(Vertex from, Vertex to) { return relate(from, to, EdgeKind::Support); }
    EdgeId attack(Vertex from, Vertex to) { return relate(from, to, EdgeKind::Attack); }
    // An argument with these premises concluding `conclusion`.
    Vertex linked(const std::string& title, const std::vector<Vertex>& premises, Vertex conclusion) {
        Vertex a = argument(title);
        for (Vertex p : premises) relate(p, a, EdgeKind::PremiseOf);
        relate(a, conclusion, EdgeKind::ConclusionOf);
        return a;
    }

    GroundingResult grounding() const { return compute_grounding(map); }
    std::vector<Diagnostic> findings() const { return check_map(map, grounding()); }

private:
    int line_ = 1;
};

// The findings with this code, as "line: message".
inline std::vector<std::string> with_code(const std::vector<Diagnostic>& findings, const std::string& code) {
    std::vector<std::string> out;
    for (const Diagnostic& d : findings)
        if (d.code == code) out.push_back(std::to_string(d.span.line) + ": " + d.message);
    return out;
}

// Each finding as "CODE title" (the node it is about), or "CODE" for whole-file findings.
inline std::vector<std::string> code_and_subject(const std::vector<Diagnostic>& findings) {
    std::vector<std::string> out;
    for (const Diagnostic& d : findings) out.push_back(d.related.empty() ? d.code : d.code + " " + d.related.front());
    return out;
}

// Parses Argdown text and runs every check on it, as `warrant check` does.
inline CheckReport check_argdown(const std::string& text) {
    return check_loaded(parse_argdown(text, "test.argdown"));
}

inline std::vector<std::string> codes(const std::vector<Diagnostic>& findings) {
    std::vector<std::string> out;
    for (const Diagnostic& d : findings) out.push_back(d.code);
    return out;
}

}  // namespace warrant::test

// Failed comparisons of message lists print the lists.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& lines) {
        std::string out = "{";
        for (const std::string& line : lines) out += "\n  \"" + line + "\"";
        return (out + "}").c_str();
    }
};
}  // namespace doctest
