// Where each title and source key is written in a document (private to engine/lsp): what
// definition, references and rename work on. The map keeps one span per node (its first
// definition); an editor needs every `[Title]`, `<Title>`, `@[Title]` and `{source: key}`.
#pragma once

#include "warrant/model.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::lsp {

enum class NameKind { Statement, Argument, Source };

struct NameOccurrence {
    NameKind kind = NameKind::Statement;
    std::string name;
    std::uint32_t begin = 0;  // the name's bytes, brackets excluded: what a rename replaces
    std::uint32_t end = 0;
    bool definition = false;  // `[T]:` / `<T>:`, or a bibliography key in the front matter
};

// Every occurrence in `text`, in document order. Titles come from Argdown's own lexer; source
// keys from `source:` in inline metadata and from the bibliography the map was read with.
std::vector<NameOccurrence> find_name_occurrences(std::string_view text, const ArgumentMap& map);

// The occurrence whose name contains `offset` (its ends included), or null.
const NameOccurrence* occurrence_at(const std::vector<NameOccurrence>& occurrences, std::size_t offset);

}  // namespace warrant::lsp
