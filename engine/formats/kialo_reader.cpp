// Kialo's plain-text export of a discussion as a map (`--from kialo`; docs/formats.md, "Kialo").
//
//   Discussion Title: Should schools lock away phones?
//
//   1. Schools should lock away students' phones.
//   1.1. Pro: Phones distract students in class.
//   1.1.1. Con: Some teachers use phones in lessons.
//   1.2. Con: Parents must reach their children.
//   1.2.1. Con: -> See 1.1.
//
// The numbered claim `1.` is the thesis (several top-level numbers, several theses), every
// deeper number a claim that supports (`Pro:`) or attacks (`Con:`) the claim its number
// extends. A line that is not numbered continues the claim above it. `-> See 1.1.` is a link:
// the claim 1.1 given once more, here, as a reason for or against its parent; it becomes one
// more relation from 1.1, written at the link's line, not a new node. Kialo escapes literal
// parentheses as `\(` and `\)`. A claim's title is its number.
#include "model/typing.hpp"
#include "warrant/formats.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace warrant {
namespace {

constexpr std::string_view title_prefix = "Discussion Title:";
constexpr std::string_view link_prefix = "-> See ";

// A numbered line: "1.2.3. Pro: text" -> number "1.2.3", stance, text (from `text_column`).
struct ClaimLine {
    std::string number;
    std::string parent;  // "" for a top-level number
    std::optional<EdgeKind> stance;
    std::size_t text_at = 0;  // byte offset of the text in the line
};

// The number at the start of a line ("1.", "1.2.", ...), if the line starts with one followed
// by a space.
std::optional<ClaimLine> numbered(std::string_view line) {
    ClaimLine claim;
    std::size_t at = 0;
    while (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at]))) {
        const std::size_t start = at;
        while (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at]))) ++at;
        if (at >= line.size() || line[at] != '.') return std::nullopt;
        if (!claim.number.empty()) claim.parent = claim.number, claim.number += '.';
        claim.number += line.substr(start, at - start);
        ++at;
    }
    if (claim.number.empty() || at >= line.size() || line[at] != ' ') return std::nullopt;
    ++at;
    for (auto [word, kind] : {std::pair{std::string_view("Pro: "), EdgeKind::Support}, {"Con: ", EdgeKind::Attack}})
        if (line.substr(at, word.size()) == word) {
            claim.stance = kind;
            at += word.size();
        }
    claim.text_at = at;
    return claim;
}

// Kialo's escapes of literal parentheses, undone.
std::string unescaped(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '(' || text[i + 1] == ')')) ++i;
        out += text[i];
    }
    return out;
}

struct PendingLink {
    std::string target;
    Vertex parent;
    EdgeKind kind;
    SourceSpan span;  // the link line, for the relation
    SourceSpan target_span;  // the target number, for an error
};

class KialoReader {
public:
    KialoReader(std::string_view text, LoadResult& result) : text_(text), result_(result) {}

    void read() {
        std::size_t at = 0;
        int line_number = 0;
        bool titled = false;
        while (at <= text_.size()) {
            std::size_t end = text_.find('\n', at);
            if (end == std::string_view::npos) end = text_.size();
            std::string_view line = text_.substr(at, end - at);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            ++line_number;
            if (!titled) titled = read_title(line, line_number);
            else read_line(line, line_number);
            if (end == text_.size()) break;
            at = end + 1;
        }
        if (!titled) error(1, 1, "not a Kialo export: it starts with no 'Discussion Title:' line");
        finish_claim();
        resolve_links();
    }

private:
    bool read_title(std::string_view line, int line_number) {
        if (line.substr(0, title_prefix.size()) != title_prefix) {
            error(line_number, 1, "not a Kialo export: it starts with no 'Discussion Title:' line");
            failed_ = true;
            return true;  // reported once; the rest is not read
        }
        std::string_view title = line.substr(title_prefix.size());
        if (!title.empty() && title.front() == ' ') title.remove_prefix(1);
        result_.map.front_matter["title"] = std::string(title);
        return true;
    }

    void read_line(std::string_view line, int line_number) {
        if (failed_) return;
        const std::optional<ClaimLine> claim = numbered(line);
        if (claim && !claim->parent.empty() && !claim->stance && numbers_.count(claim->parent) && !numbers_.count(claim->number)) {
            finish_claim();
            error(line_number, static_cast<int>(claim->text_at) + 1,
                  "claim " + claim->number + " needs 'Pro:' or 'Con:': below the thesis every claim is for or against its parent");
            return;
        }
        // "2. ..." inside a claim's text is a numbered list, unless it is the next thesis.
        const bool next_thesis = claim && claim->parent.empty() && claim->number == std::to_string(theses_ + 1);
        if (!claim || (!claim->parent.empty() && !claim->stance) || (claim->parent.empty() && !next_thesis)) {
            if (open_) {
                pending_text_ += '\n';
                pending_text_ += line;
            } else if (line.find_first_not_of(" \t") != std::string_view::npos) {
                error(line_number, 1, "expected a numbered claim ('1. ...', '1.1. Pro: ...'), found text outside any claim");
            }
            return;
        }
        finish_claim();
        const std::string_view text = line.substr(claim->text_at);
        if (numbers_.count(claim->number)) {
            error(line_number, 1, "claim " + claim->number + " is numbered twice");
            return;
        }
        std::optional<Vertex> parent;
        if (!claim->parent.empty()) {
            auto it = numbers_.find(claim->parent);
            if (it == numbers_.end()) {
                error(line_number, 1, "claim " + claim->number + " has no parent: there is no claim " + claim->parent + " above it");
                return;
            }
            parent = it->second;
        }
        const SourceSpan span{result_.map.file, line_number, 1, line_number, static_cast<int>(line.size()) + 1};
        if (parent && text.substr(0, link_prefix.size()) == link_prefix) {
            read_link(*claim, *parent, text, span);
            return;
        }
        Node node;
        node.kind = NodeKind::Claim;
        node.title = claim->number;
        node.span = span;
        if (!parent) node.tags.push_back("thesis"), ++theses_;
        const Vertex v = result_.map.add_node(std::move(node));
        numbers_[claim->number] = v;
        if (parent) result_.map.add_edge(v, *parent, Edge(*claim->stance, span));
        open_ = v;
        pending_text_ = std::string(text);
    }

    // "-> See 1.2." (the final period is the number's own).
    void read_link(const ClaimLine& claim, Vertex parent, std::string_view text, const SourceSpan& span) {
        std::string_view target = text.substr(link_prefix.size());
        while (!target.empty() && (target.back() == ' ' || target.back() == '.')) target.remove_suffix(1);
        const int column = static_cast<int>(claim.text_at + link_prefix.size()) + 1;
        links_.push_back({std::string(target), parent, *claim.stance, span,
                          SourceSpan{span.file, span.line, column, span.line, column + static_cast<int>(target.size())}});
    }

    void finish_claim() {
        if (!open_) return;
        std::string text = std::move(pending_text_);
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        Node& node = result_.map.node(*open_);
        node.texts.push_back(unescaped(text));
        const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
        node.span.end_line = node.span.line + static_cast<int>(lines);
        open_.reset();
        pending_text_.clear();
    }

    void resolve_links() {
        for (const PendingLink& link : links_) {
            auto it = numbers_.find(link.target);
            if (it == numbers_.end()) {
                result_.diagnostics.push_back({Severity::Error, "E037",
                                               "the link names claim " + link.target + ", which this discussion does not have",
                                               link.target_span, {}});
                continue;
            }
            result_.map.add_edge(it->second, link.parent, Edge(link.kind, link.span));
        }
    }

    void error(int line, int column, std::string message) {
        result_.diagnostics.push_back(
            {Severity::Error, "E037", std::move(message), SourceSpan{result_.map.file, line, column, line, column + 1}, {}});
    }

    std::string_view text_;
    LoadResult& result_;
    std::map<std::string, Vertex> numbers_;
    std::vector<PendingLink> links_;
    std::optional<Vertex> open_;  // the claim whose text is still being read
    std::string pending_text_;
    bool failed_ = false;
    int theses_ = 0;
};

}  // namespace

LoadResult read_kialo(std::string text, std::string file_name) {
    LoadResult result;
    result.map.file = file_name;
    KialoReader(text, result).read();
    model::assign_types(result.map, result.diagnostics);
    result.source_text = std::move(text);
    return result;
}

}  // namespace warrant
