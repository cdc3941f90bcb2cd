// The shortcode table of Argdown 1.7.5 (its plugins/shortcodes.js), the SpecialChar pattern and
// the front matter's own codes.
#include "syntax/shortcodes.hpp"

#include <yaml-cpp/yaml.h>

#include <array>
#include <utility>

namespace warrant::syntax {
namespace {

// Code -> character, in the reference's spelling: most codes exist with both fences, and
// ":smile:" differs from ".smile." by a variation selector.
constexpr std::array<std::pair<std::string_view, std::string_view>, 80> kShortcodes{{
    {".A.", "∀"}, {":A:", "∀"}, {".E.", "∃"}, {":E:", "∃"}, {".O.", "𝗢"}, {":O:", "𝗢"},
    {".P.", "𝗣"}, {":P:", "𝗣"}, {".->.", "→"}, {":->:", "→"}, {".<->.", "↔"}, {":<->:", "↔"},
    {".~.", "¬"}, {":~:", "¬"}, {".^.", "∧"}, {":^:", "∧"}, {".v.", "∨"}, {":v:", "∨"},
    {".v_.", "⊻"}, {":v_:", "⊻"}, {".<>.", "◇"}, {":<>:", "◇"}, {".[].", "◻"}, {":[]:", "◻"},
    {":happy:", "😀"}, {".happy.", "😀"}, {":smile:", "☺️"}, {".smile.", "☺"}, {":smiley:", "☺"},
    {".smiley.", "☺"}, {":laugh:", "😆"}, {".laugh.", "😆"}, {":lol:", "😆"}, {".lol.", "😆"},
    {":rofl:", "🤣"}, {".rofl.", "🤣"}, {":joy:", "😂"}, {".joy.", "😂"}, {":heart:", "❤"},
    {".heart.", "❤"}, {".?.", "❓"}, {":?:", "❓"}, {".question.", "❓"}, {":question:", "❓"},
    {":love:", "😍"}, {".love.", "😍"}, {":wink:", "😉"}, {".wink.", "😉"}, {":shush:", "🤫"},
    {".shush.", "🤫"}, {":meh:", "😐"}, {".meh.", "😐"}, {":eye-roll:", "🙄"}, {".eye-roll.", "🙄"},
    {":sad:", "😢"}, {".sad.", "😢"}, {":disappointed:", "😞"}, {".disappointed.", "😞"},
    {":scream:", "😱"}, {".scream.", "😱"}, {":+1:", "👍"}, {".+1.", "👍"}, {":up:", "👍"},
    {".up.", "👍"}, {":-1:", "👎"}, {".-1.", "👎"}, {":down:", "👎"}, {".down.", "👎"},
    {":think:", "🤔"}, {".think.", "🤔"}, {".star.", "⭐"}, {":star:", "⭐"}, {".y.", "✔"},
    {":y:", "✔"}, {".agree.", "✔"}, {":agree:", "✔"}, {".n.", "❌"}, {":n:", "❌"},
    {".disagree.", "❌"}, {":disagree:", "❌"},
}};

// Bytes of the JavaScript \s character at `at`, or 0: ASCII blanks and line breaks, and the
// Unicode spaces U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
std::size_t js_space_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    const unsigned char c = byte(at);
    if (c < 0x80) return (c == ' ' || (c >= '\t' && c <= '\r')) ? 1 : 0;
    const unsigned b1 = byte(at + 1), b2 = byte(at + 2);
    if (c == 0xC2) return b1 == 0xA0 ? 2 : 0;
    if (c == 0xE1) return b1 == 0x9A && b2 == 0x80 ? 3 : 0;
    if (c == 0xE2 && b1 == 0x80) return (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) && b2 >= 0x80 ? 3 : 0;
    if (c == 0xE2 && b1 == 0x81) return b2 == 0x9F ? 3 : 0;
    if (c == 0xE3) return b1 == 0x80 && b2 == 0x80 ? 3 : 0;
    if (c == 0xEF) return b1 == 0xBB && b2 == 0xBF ? 3 : 0;
    return 0;
}

}  // namespace

std::size_t match_special_char(std::string_view text, std::size_t at) {
    const char fence = text[at];
    if ((fence != '.' && fence != ':') || at + 2 >= text.size() || js_space_length(text, at + 1)) return 0;
    for (std::size_t j = at + 2; j < text.size(); ++j) {
        if (text[j] == fence) {
            const std::size_t end = j + 1;
            return end < text.size() && (text[end] == ' ' || text[end] == '\t') ? end + 1 : end;
        }
        if (js_space_length(text, j)) return 0;
    }
    return 0;
}

ShortcodeTable custom_shortcodes(const std::string& front_matter_yaml) {
    ShortcodeTable table;
    if (front_matter_yaml.find("shortcodes") == std::string::npos) return table;
    try {
        const YAML::Node codes = YAML::Load(front_matter_yaml)["model"]["shortcodes"];
        if (!codes.IsMap()) return table;
        for (const auto& entry : codes) {
            const YAML::Node unicode = entry.second["unicode"];
            if (entry.first.IsScalar() && unicode.IsScalar()) table[entry.first.Scalar()] = unicode.Scalar();
        }
    } catch (const YAML::Exception&) {
        // Invalid front matter is reported where it is read, by the model builder.
    }
    return table;
}

std::optional<std::string_view> resolve_shortcode(std::string_view code, const ShortcodeTable& custom) {
    if (auto found = custom.find(code); found != custom.end()) return std::string_view(found->second);
    for (const auto& [name, character] : kShortcodes)
        if (name == code) return character;
    return std::nullopt;
}

}  // namespace warrant::syntax
