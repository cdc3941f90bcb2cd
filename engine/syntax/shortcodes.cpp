// The shortcode table. Every code exists in a ".code." and a ":code:" spelling.
#include "syntax/shortcodes.hpp"

#include <array>
#include <utility>

namespace warrant::syntax {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 30> kShortcodes{{
    {"A", "∀"}, {"E", "∃"}, {"->", "→"}, {"<->", "↔"}, {"~", "¬"}, {"^", "∧"}, {"v", "∨"}, {"<>", "◇"},
    {"[]", "◻"}, {"happy", "😀"}, {"smile", "☺"}, {"smiley", "☺"}, {"laugh", "😆"}, {"lol", "😆"},
    {"rofl", "🤣"}, {"joy", "😂"}, {"heart", "❤"}, {"love", "😍"}, {"wink", "😉"}, {"shush", "🤫"},
    {"meh", "😐"}, {"eyes", "🙄"}, {"sad", "😢"}, {"disappointed", "😞"}, {"scream", "😱"}, {"+1", "👍"},
    {"up", "👍"}, {"-1", "👎"}, {"down", "👎"}, {"think", "🤔"},
}};

}  // namespace

std::size_t match_shortcode(std::string_view text, std::size_t at, std::string_view& replacement) {
    const char fence = text[at];
    if (fence != '.' && fence != ':') return 0;
    std::string_view rest = text.substr(at + 1);
    for (const auto& [code, character] : kShortcodes) {
        if (rest.size() > code.size() && rest.starts_with(code) && rest[code.size()] == fence) {
            replacement = character;
            return code.size() + 2;
        }
    }
    return 0;
}

}  // namespace warrant::syntax
