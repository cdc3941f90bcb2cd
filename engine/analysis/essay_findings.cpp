// From a drafted map back to the essay: each node's place in the prose, the sentence around
// it, and check's findings said to the essay's writer about that sentence. The one place that
// maps findings to essay positions (see warrant/essay.hpp).
#include "warrant/essay.hpp"
#include "text/white_space.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <tuple>

namespace warrant {
namespace {

// A quotation in a message stays one readable line.
constexpr std::size_t kQuotedBytes = 220;

std::optional<std::size_t> metadata_number(const Node& node, const char* key) {
    auto found = node.metadata.find(key);
    if (found == node.metadata.end()) return std::nullopt;
    std::size_t value = 0;
    const std::string& text = found->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte offset of every code point that a node's span names, found in one pass.
std::map<std::size_t, std::size_t> byte_offsets(std::string_view text, std::vector<std::size_t> code_points) {
    std::sort(code_points.begin(), code_points.end());
    std::map<std::size_t, std::size_t> offsets;
    std::size_t point = 0, byte = 0;
    for (std::size_t wanted : code_points) {
        while (point < wanted && byte < text.size()) {
            ++byte;
            while (byte < text.size() && continuation(text[byte])) ++byte;
            ++point;
        }
        if (point == wanted) offsets[wanted] = byte;
    }
    return offsets;
}

// True when a sentence ends just before `at`: a full stop, question or exclamation mark,
// perhaps closed by quotation marks or a parenthesis.
bool sentence_ends_before(std::string_view text, std::size_t at) {
    std::size_t i = at;
    while (i > 0) {
        if (text[i - 1] == '"' || text[i - 1] == '\'' || text[i - 1] == ')') { --i; continue; }
        if (i >= 3 && (text.substr(i - 3, 3) == "\u201D" || text.substr(i - 3, 3) == "\u2019")) { i -= 3; continue; }
        break;
    }
    return i > 0 && (text[i - 1] == '.' || text[i - 1] == '?' || text[i - 1] == '!');
}

bool blank(char c) { return c == ' ' || c == '\t'; }

std::size_t sentence_begin(std::string_view text, std::size_t begin) {
    std::size_t i = begin;
    while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r') {
        if (blank(text[i - 1]) && sentence_ends_before(text, i - 1)) break;
        --i;
    }
    while (i < begin && blank(text[i])) ++i;
    return i;
}

std::size_t sentence_end(std::string_view text, std::size_t end) {
    std::size_t i = end;
    if (sentence_ends_before(text, i)) return i;
    while (i < text.size() && text[i] != '\n' && text[i] != '\r') {
        ++i;
        if ((i == text.size() || blank(text[i])) && sentence_ends_before(text, i)) break;
    }
    return i;
}

// The sentence on one line, cut (at a character's start) when long.
std::string quote(std::string_view text, const EssaySpan& span) {
    std::string out = text::squeeze(text.substr(span.sentence_begin, span.sentence_end - span.sentence_begin));
    if (out.size() > kQuotedBytes) {
        std::size_t cut = kQuotedBytes;
        while (cut > 0 && continuation(out[cut])) --cut;
        out = out.substr(0, cut) + "\u2026";
    }
    return "\u201C" + out + "\u201D";
}

bool is_thesis_like(const Node& node) {
    auto component = node.metadata.find("component");
    return node.kind == NodeKind::Thesis || (component != node.metadata.end() && component->second == "MajorClaim");
}

// What the writer can do about a finding on this sentence; empty: the finding keeps its words.
std::string advice(const Diagnostic& finding, const Node& node) {
    const std::string& c = finding.code;
    if (c == "W101")
        return is_thesis_like(node) ? "this sentence states your position, and no sentence of the essay supports it: give reasons for it"
                                    : "this sentence makes a claim that no other sentence supports: add a reason or evidence";
    if (c == "W102")
        return "the reasons given for this sentence never reach evidence: back one of them with a source, a quotation or an example";
    if (c == "W103") return "this sentence is supported, through others, by itself: ground one of them in evidence instead";
    if (c == "W104") return "this sentence raises an objection that the essay never answers: reply to it, or say why it does not hold";
    if (c == "W110") return "this quotation names no source: add a citation such as (Author page)";
    if (c == "W111") return "this citation gives no page: add the page the words are on";
    if (c == "W112") return "this citation's source is not in the works cited: add the work to the list";
    if (c == "W122")
        return "this sentence is not connected to the argument: say how it supports or challenges your thesis, or cut it";
    if (c == "W123")
        return "this sentence and the ones it argues with do not lead to your thesis: say how they bear on it";
    if (c == "N202") return "most of the evidence for this sentence comes from one source: add evidence from another";
    return {};
}

}  // namespace

bool is_drafted_essay(const LoadResult& loaded) {
    return std::any_of(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                       [](const Diagnostic& d) { return d.code == kDraftedEssayNote; });
}

std::vector<EssaySpan> essay_spans(const ArgumentMap& map, std::string_view essay) {
    std::vector<std::size_t> wanted;
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const auto start = metadata_number(map.node(v), "start"), end = metadata_number(map.node(v), "end");
        if (start && end && *start < *end) wanted.insert(wanted.end(), {*start, *end});
    }
    if (wanted.empty()) return {};
    const std::map<std::size_t, std::size_t> offsets = byte_offsets(essay, wanted);
    std::vector<EssaySpan> spans;
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const auto start = metadata_number(map.node(v), "start"), end = metadata_number(map.node(v), "end");
        if (!start || !end || *start >= *end) continue;
        auto begin_at = offsets.find(*start), end_at = offsets.find(*end);
        if (begin_at == offsets.end() || end_at == offsets.end()) continue;
        EssaySpan span{v, begin_at->second, end_at->second, 0, 0};
        // A map and an essay that do not belong together (the wrong essay given for a saved
        // draft, a node's text edited since) mark nothing rather than the wrong words.
        const Node& node = map.node(v);
        if (!node.texts.empty() && text::squeeze(essay.substr(span.begin, span.end - span.begin)) != node.texts.front()) continue;
        span.sentence_begin = sentence_begin(essay, span.begin);
        span.sentence_end = sentence_end(essay, span.end);
        spans.push_back(span);
    }
    std::sort(spans.begin(), spans.end(), [](const EssaySpan& a, const EssaySpan& b) {
        return std::tie(a.begin, a.end, a.vertex) < std::tie(b.begin, b.end, b.vertex);
    });
    return spans;
}

void word_findings_for_essay(const LoadResult& loaded, std::vector<Diagnostic>& findings) {
    const ArgumentMap& map = loaded.map;
    std::map<Vertex, EssaySpan> span_of;
    for (const EssaySpan& span : essay_spans(map, loaded.source_text)) span_of.emplace(span.vertex, span);
    for (Diagnostic& finding : findings) {
        if (finding.code == "N203") {
            finding.message = "no sentence of the essay was read as its thesis: state your position plainly, in the "
                              "introduction or the conclusion";
            continue;
        }
        if (finding.related.empty()) continue;
        const std::optional<Vertex> vertex = map.find(finding.related.front());
        if (!vertex) continue;
        auto span = span_of.find(*vertex);
        if (span == span_of.end()) continue;
        const std::string words = advice(finding, map.node(*vertex));
        finding.message = (words.empty() ? finding.message : words) + ": " + quote(loaded.source_text, span->second);
    }
}

std::string essay_role(const ArgumentMap& map, Vertex vertex) {
    const Node& node = map.node(vertex);
    if (node.example) return "evidence: an example the writer gives";
    if (node.kind == NodeKind::Evidence) {
        auto source = node.metadata.find("source"), page = node.metadata.find("page");
        std::string role = "evidence";
        if (source != node.metadata.end()) role += " citing " + source->second;
        if (page != node.metadata.end()) role += ", page " + page->second;
        return role;
    }
    if (node.kind == NodeKind::Thesis) return "the thesis: the essay's main claim";
    auto component = node.metadata.find("component");
    const std::string type = component == node.metadata.end() ? "" : component->second;
    std::string role = type == "MajorClaim" ? "a restatement of the thesis" : type == "Premise" ? "a premise" : "a claim";
    const char* joiner = " ";
    for (auto [e, end] = boost::out_edges(vertex, map.graph); e != end; ++e) {
        const EdgeKind kind = map.graph[*e].kind;
        if (!is_supporting(kind) && !is_attacking(kind)) continue;
        const Node& target = map.node(boost::target(*e, map.graph));
        role += joiner + std::string(is_supporting(kind) ? "supporting " : "attacking ") + display_name(target);
        joiner = "; ";
    }
    return role;
}

}  // namespace warrant
