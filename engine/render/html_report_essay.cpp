// The report's essay pane: the essay's own text beside its drafted map, each component marked
// by its kind in words and line style (never colour alone), and the findings under the
// paragraph they are about. Every marked piece is a link to its node (report.js opens and
// centres it); report_essay.js brings a node's sentence into view when the node is opened.
#include "render/label_text.hpp"
#include "render/html_report_parts.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace warrant::render {
namespace {

// "thesis", "claim", "premise" or "evidence": what the pane marks a node as.
std::string component_of(const Node& node) {
    if (node.kind == NodeKind::Thesis) return "thesis";
    if (node.kind == NodeKind::Evidence) return "evidence";
    auto component = node.metadata.find("component");
    if (component != node.metadata.end() && component->second == "MajorClaim") return "thesis";
    if (component != node.metadata.end() && component->second == "Premise") return "premise";
    return "claim";
}

// The advice of a finding, without the quotation of the sentence the pane already shows.
std::string advice_of(const Diagnostic& finding) {
    const std::size_t quote = finding.message.rfind(": \u201C");
    return quote == std::string::npos ? finding.message : finding.message.substr(0, quote);
}

struct Piece {
    std::size_t begin, end;
    const EssaySpan* span;  // innermost span covering the piece; null: plain text
};

// The paragraph cut where any span starts or ends, each piece given to the innermost span
// over it (the one that starts last), so nested spans (a quotation inside a premise) need no
// nested links.
std::vector<Piece> pieces_of(std::size_t begin, std::size_t end, const std::vector<EssaySpan>& spans) {
    std::set<std::size_t> cuts{begin, end};
    for (const EssaySpan& span : spans) {
        if (span.end <= begin || span.begin >= end) continue;
        cuts.insert(std::max(span.begin, begin));
        cuts.insert(std::min(span.end, end));
    }
    std::vector<Piece> pieces;
    for (auto cut = cuts.begin(); std::next(cut) != cuts.end(); ++cut) {
        Piece piece{*cut, *std::next(cut), nullptr};
        for (const EssaySpan& span : spans)
            if (span.begin <= piece.begin && span.end >= piece.end && (!piece.span || span.begin >= piece.span->begin))
                piece.span = &span;
        pieces.push_back(piece);
    }
    return pieces;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// The essay's paragraphs as a reader sees them, in the three shapes plain text comes in (as
// docs/drafting.md describes them): one paragraph a line (a long line stands alone), wrapped
// lines with blank lines between paragraphs, and a PDF extract with a blank line after every
// line, where an indented line starts a paragraph. Byte ranges, line endings excluded.
std::vector<std::pair<std::size_t, std::size_t>> paragraphs_of(std::string_view text) {
    constexpr std::size_t kParagraphLine = 120;  // longer lines are whole paragraphs, not wrapped ones
    struct Line { std::size_t begin, end; bool blank, indented; };
    std::vector<Line> lines;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::size_t last = end > start && text[end - 1] == '\r' ? end - 1 : end;
        const std::string_view line = text.substr(start, last - start);
        lines.push_back({start, last, blank(line), !line.empty() && (line[0] == ' ' || line[0] == '\t')});
        start = end + 1;
    }
    std::size_t text_lines = 0, followed_by_blank = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        if (!lines[i].blank) { ++text_lines; followed_by_blank += lines[i + 1].blank; }
    const bool double_spaced = text_lines > 4 && followed_by_blank * 10 >= text_lines * 8;
    std::vector<std::pair<std::size_t, std::size_t>> paragraphs;
    std::optional<std::pair<std::size_t, std::size_t>> open;
    const auto close = [&] { if (open) paragraphs.push_back(*open); open.reset(); };
    for (const Line& line : lines) {
        if (line.blank) { if (!double_spaced) close(); continue; }
        const bool long_line = line.end - line.begin > kParagraphLine && !double_spaced;
        if (open && ((double_spaced && line.indented) || long_line)) close();
        if (open) open->second = line.end; else open = std::pair{line.begin, line.end};
        if (long_line) close();
    }
    close();
    return paragraphs;
}

class EssayPane {
public:
    explicit EssayPane(const ReportInputs& inputs) : inputs_(inputs), map_(*inputs.map) {
        for (const Diagnostic& finding : inputs.findings) {
            if (finding.related.empty()) continue;
            if (std::optional<Vertex> v = map_.find(finding.related.front())) findings_of_[*v].push_back(&finding);
        }
    }

    void append(std::string& out) {
        out += "<section id=\"essay\" aria-label=\"The essay\"><h2>The essay</h2>\n"
               "<p class=\"essay-key\">Marked: <span class=\"essay-part essay-thesis\">thesis</span> "
               "<span class=\"essay-part essay-claim\">claim</span> <span class=\"essay-part essay-premise\">premise</span> "
               "<span class=\"essay-part essay-evidence\">evidence</span> <span class=\"essay-part has-finding\">"
               "with a finding</span>. Select a marked part to open it in the map.</p>\n"
               "<div class=\"essay-text\" id=\"essay-text\">\n";
        for (const auto& [begin, end] : paragraphs_of(inputs_.essay)) append_paragraph(begin, end, out);
        out += "</div>\n</section>\n";
    }

private:
    void append_paragraph(std::size_t begin, std::size_t end, std::string& out) {
        std::vector<Vertex> noted;
        out += "<p>";
        for (const Piece& piece : pieces_of(begin, end, inputs_.essay_spans)) {
            const std::string words = escape_html(inputs_.essay.substr(piece.begin, piece.end - piece.begin));
            if (!piece.span) {
                out += words;
                continue;
            }
            const Vertex v = piece.span->vertex;
            const std::string id = std::to_string(v);
            const bool first = opened_.insert(v).second;
            auto found = findings_of_.find(v);
            const bool has_finding = found != findings_of_.end();
            out += "<a class=\"essay-part essay-" + component_of(map_.node(v)) + (has_finding ? " has-finding" : "") +
                   "\" href=\"#node-" + id + "\" data-node=\"" + id + "\"" +
                   (has_finding ? " aria-describedby=\"essay-finding-" + id + "\"" : "") + ">";
            if (first) out += "<span class=\"essay-tag\">" + std::string(has_finding ? "\u26A0 " : "") + escape_html(map_.node(v).title) + "</span>";
            out += words + "</a>";
            if (first && has_finding) noted.push_back(v);
        }
        out += "</p>\n";
        if (noted.empty()) return;
        out += "<ul class=\"essay-findings\">\n";
        for (Vertex v : noted) {
            const std::string id = std::to_string(v);
            out += "<li id=\"essay-finding-" + id + "\">";
            for (const Diagnostic* finding : findings_of_.at(v))
                out += "<span class=\"severity-" + std::string(to_string(finding->severity)) + "\">" +
                       std::string(to_string(finding->severity)) + "[" + escape_html(finding->code) + "]</span> <a class=\"node-link\" href=\"#node-" +
                       id + "\" data-node=\"" + id + "\">" + escape_html(map_.node(v).title) + "</a>: " + escape_html(advice_of(*finding)) + " ";
            out += "</li>\n";
        }
        out += "</ul>\n";
    }

    const ReportInputs& inputs_;
    const ArgumentMap& map_;
    std::map<Vertex, std::vector<const Diagnostic*>> findings_of_;
    std::set<Vertex> opened_;  // nodes whose first piece (with the tag) is written
};

}  // namespace

void append_essay(const ReportInputs& inputs, std::string& out) {
    if (inputs.essay.empty()) return;
    EssayPane(inputs).append(out);
}

}  // namespace warrant::render
