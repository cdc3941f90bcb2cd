#include "lsp/name_occurrences.hpp"

#include "syntax/lexer.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace warrant::lsp {
namespace {

std::optional<NameKind> title_kind(syntax::TokenType type, bool& definition) {
    using syntax::TokenType;
    definition = type == TokenType::StatementDefinition || type == TokenType::ArgumentDefinition;
    switch (type) {
    case TokenType::StatementDefinition:
    case TokenType::StatementReference:
    case TokenType::StatementMention: return NameKind::Statement;
    case TokenType::ArgumentDefinition:
    case TokenType::ArgumentReference:
    case TokenType::ArgumentMention: return NameKind::Argument;
    default: return std::nullopt;
    }
}

// "[Title]", "[Title]:", "@<Title> " -> the bytes of "Title", as the parser reads titles.
std::optional<NameOccurrence> title_in(std::string_view text, const syntax::Token& token, NameKind kind, bool definition) {
    std::uint32_t begin = token.begin, end = token.end;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    if (begin < end && text[begin] == '@') ++begin;
    if (end > begin && text[end - 1] == ':') --end;
    if (end < begin + 2) return std::nullopt;
    ++begin;
    --end;
    return NameOccurrence{kind, std::string(text.substr(begin, end - begin)), begin, end, definition};
}

bool is_key_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// `source: key` (quoted or not) inside one {...} metadata token.
void add_source_values(std::string_view text, const syntax::Token& token, std::vector<NameOccurrence>& out) {
    const std::string_view data = text.substr(token.begin, token.end - token.begin);
    for (std::size_t at = data.find("source"); at != std::string_view::npos; at = data.find("source", at + 1)) {
        if (at > 0 && is_key_char(data[at - 1]) && data[at - 1] != ':') continue;
        std::size_t i = at + 6;
        while (i < data.size() && data[i] == ' ') ++i;
        if (i >= data.size() || data[i] != ':') continue;
        ++i;
        while (i < data.size() && data[i] == ' ') ++i;
        const bool quoted = i < data.size() && (data[i] == '"' || data[i] == '\'');
        if (quoted) ++i;
        std::size_t end = i;
        while (end < data.size() && data[end] != ',' && data[end] != '}' && data[end] != '\n' &&
               !(quoted && (data[end] == '"' || data[end] == '\'')))
            ++end;
        while (end > i && data[end - 1] == ' ') --end;
        if (end == i) continue;
        const auto begin = static_cast<std::uint32_t>(token.begin + i);
        out.push_back({NameKind::Source, std::string(data.substr(i, end - i)), begin,
                       static_cast<std::uint32_t>(token.begin + end), false});
    }
}

// The front matter: from a first line "===" to the next line "===", or empty.
std::string_view front_matter(std::string_view text) {
    if (!text.starts_with("===")) return {};
    const std::size_t close = text.find("\n===", 3);
    return close == std::string_view::npos ? std::string_view() : text.substr(0, close + 1);
}

// Bibliography keys where the front matter declares them (`  key:` or `{key: ...}`); the map's
// entries carry no position of their own.
void add_bibliography_keys(std::string_view text, const ArgumentMap& map, std::vector<NameOccurrence>& out) {
    const std::string_view yaml = front_matter(text);
    for (const SourceEntry& entry : map.sources) {
        for (std::size_t at = yaml.find(entry.key); at != std::string_view::npos; at = yaml.find(entry.key, at + 1)) {
            const char before = at == 0 ? '\n' : yaml[at - 1];
            std::size_t after = at + entry.key.size();
            while (after < yaml.size() && yaml[after] == ' ') ++after;
            if ((before != ' ' && before != '{' && before != ',' && before != '\t') || after >= yaml.size() || yaml[after] != ':')
                continue;
            out.push_back({NameKind::Source, entry.key, static_cast<std::uint32_t>(at),
                           static_cast<std::uint32_t>(at + entry.key.size()), true});
            break;
        }
    }
}

}  // namespace

std::vector<NameOccurrence> find_name_occurrences(std::string_view text, const ArgumentMap& map) {
    std::vector<NameOccurrence> out;
    std::vector<Diagnostic> ignored;  // the parse already reported them
    const syntax::LineIndex lines(text);
    const ParseLimits limits;  // the lexer keeps a reference: it must outlive the lexer
    syntax::Lexer lexer(text, map.file.str(), limits, lines, ignored);
    for (const syntax::Token& token : lexer.tokenize()) {
        bool definition = false;
        if (const auto kind = title_kind(token.type, definition)) {
            if (auto occurrence = title_in(text, token, *kind, definition)) out.push_back(std::move(*occurrence));
        } else if (token.type == syntax::TokenType::Data) {
            add_source_values(text, token, out);
        }
    }
    add_bibliography_keys(text, map, out);
    std::sort(out.begin(), out.end(), [](const NameOccurrence& a, const NameOccurrence& b) { return a.begin < b.begin; });
    return out;
}

const NameOccurrence* occurrence_at(const std::vector<NameOccurrence>& occurrences, std::size_t offset) {
    auto after = std::upper_bound(occurrences.begin(), occurrences.end(), offset,
                                  [](std::size_t at, const NameOccurrence& o) { return at < o.begin; });
    if (after == occurrences.begin()) return nullptr;
    --after;
    return offset <= after->end ? &*after : nullptr;
}

}  // namespace warrant::lsp
