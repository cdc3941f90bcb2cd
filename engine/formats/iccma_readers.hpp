// One reader per ICCMA format (private; the public entry is read_framework()), and the name
// table the named formats share.
#pragma once

#include "formats/iccma_text.hpp"
#include "warrant/iccma.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace warrant {

// What a reader found, before the adjacency arrays are built: building happens after the
// file's text is released, so a big file and its framework are never in memory together.
struct ParsedFramework {
    std::size_t argument_count = 0;
    std::vector<Attack> attacks;
    std::vector<std::string> names;  // empty for i23
};

ParsedFramework parse_i23(std::string_view text, const std::string& file_name, std::vector<Diagnostic>& diagnostics);
ParsedFramework parse_apx(std::string_view text, const std::string& file_name, std::vector<Diagnostic>& diagnostics);
ParsedFramework parse_tgf(std::string_view text, const std::string& file_name, std::vector<Diagnostic>& diagnostics);

namespace formats {

// Arguments of apx and tgf files: numbered in order of declaration.
class ArgumentNames {
public:
    // Declares `name`, written at `position`; a second declaration is reported (E054) there
    // and ignored.
    void declare(std::string name, TextCursor& cursor, std::size_t position) {
        if (ids_.count(name)) {
            cursor.error_at(position, "E054", "argument '" + name + "' is declared twice");
            return;
        }
        ids_.emplace(name, static_cast<ArgumentId>(names_.size()));
        names_.push_back(std::move(name));
    }
    const ArgumentId* find(const std::string& name) const {
        auto it = ids_.find(name);
        return it == ids_.end() ? nullptr : &it->second;
    }
    std::size_t size() const { return names_.size(); }
    std::vector<std::string> release() { return std::move(names_); }

private:
    std::unordered_map<std::string, ArgumentId> ids_;
    std::vector<std::string> names_;
};

// Runs a named-format reader (apx, tgf) over the whole text: read() fills it, parsed() gives
// what it found.
template <typename Reader>
ParsedFramework read_whole(std::string_view text, const std::string& file_name, std::vector<Diagnostic>& diagnostics) {
    Reader reader(text, file_name, diagnostics);
    reader.read();
    return reader.parsed();
}

}  // namespace formats
}  // namespace warrant
