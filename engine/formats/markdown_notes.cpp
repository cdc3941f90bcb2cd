// Argdown kept in Markdown notes, as Argdown's own Markdown plugin and note-taking editors keep
// it: fenced blocks whose info string is `argdown` (or `argdown-map`). Everything outside them
// is the note's prose, not the map.
#include "warrant/formats.hpp"

#include <cctype>

namespace warrant {
namespace {

struct Fence {
    char mark = 0;          // '`' or '~'
    std::size_t length = 0; // three or more
};

std::string_view trim_left(std::string_view line, std::size_t most) {
    std::size_t spaces = 0;
    while (spaces < line.size() && spaces < most && line[spaces] == ' ') ++spaces;
    return line.substr(spaces);
}

// A fence line (CommonMark: up to three spaces, then three or more ` or ~); `info` gets the
// word after it.
std::optional<Fence> fence_of(std::string_view line, std::string_view& info) {
    line = trim_left(line, 3);
    if (line.empty() || (line[0] != '`' && line[0] != '~')) return std::nullopt;
    Fence fence{line[0], 0};
    while (fence.length < line.size() && line[fence.length] == fence.mark) ++fence.length;
    if (fence.length < 3) return std::nullopt;
    info = line.substr(fence.length);
    while (!info.empty() && (info.front() == ' ' || info.front() == '\t')) info.remove_prefix(1);
    std::size_t word = 0;
    while (word < info.size() && !std::isspace(static_cast<unsigned char>(info[word])) && info[word] != '{') ++word;
    info = info.substr(0, word);
    return fence;
}

bool is_argdown_info(std::string_view info) { return info == "argdown" || info == "argdown-map"; }

// A closing fence: the same mark, at least as long, nothing after it but blanks.
bool closes(const Fence& open, std::string_view line) {
    std::string_view info;
    const std::optional<Fence> fence = fence_of(line, info);
    if (!fence || fence->mark != open.mark || fence->length < open.length) return false;
    const std::string_view rest = trim_left(line, 3).substr(fence->length);
    return rest.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::optional<std::string> argdown_blocks_of_markdown(std::string_view markdown) {
    std::string out;
    out.reserve(markdown.size());
    std::optional<Fence> open;  // the fence of the block we are in, if any
    bool inside_argdown = false, found = false;
    for (std::size_t start = 0; start < markdown.size();) {
        std::size_t end = markdown.find('\n', start);
        end = end == std::string_view::npos ? markdown.size() : end + 1;
        const std::string_view line = markdown.substr(start, end - start);
        bool keep = false;
        if (open) {
            if (closes(*open, line)) open.reset();
            else keep = inside_argdown;
        } else {
            std::string_view info;
            if (std::optional<Fence> fence = fence_of(line, info)) {
                open = fence;
                inside_argdown = is_argdown_info(info);
                found = found || inside_argdown;
            }
        }
        if (keep) {
            out += line;
        } else {
            // The line's ending stays, so every later line keeps its number.
            if (line.size() >= 2 && line[line.size() - 2] == '\r') out += '\r';
            if (line.back() == '\n') out += '\n';
        }
        start = end;
    }
    if (!found) return std::nullopt;
    return out;
}

}  // namespace warrant
