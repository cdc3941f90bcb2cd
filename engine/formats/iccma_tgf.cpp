// Trivial Graph Format as ICCMA used it: argument lines, a "#" line, attack lines.
#include "formats/iccma_readers.hpp"

#include <algorithm>

namespace warrant {
namespace {

class TgfReader {
public:
    TgfReader(std::string_view text, const std::string& file, std::vector<Diagnostic>& diagnostics)
        : cursor_(text, file, diagnostics) {}

    void read() {
        for (; !cursor_.at_end() && !cursor_.gave_up(); cursor_.next_line()) {
            cursor_.skip_blanks();
            if (cursor_.at_line_end()) continue;
            if (in_attacks_) read_attack();
            else read_argument();
        }
    }

    ParsedFramework parsed() {
        const std::size_t count = names_.size();
        return {count, std::move(attacks_), names_.release()};
    }

private:
    void read_argument() {
        const std::size_t start = cursor_.position();
        std::string_view name = cursor_.read_token();
        if (name == "#") in_attacks_ = true;
        else names_.declare(std::string(name), cursor_, start);  // the rest of the line is a label
    }

    bool read_end(ArgumentId& argument) {
        cursor_.skip_blanks();
        const std::size_t start = cursor_.position();
        std::string name(cursor_.read_token());
        if (name.empty()) return cursor_.error("E051", "expected a line 'a b': attacker and attacked"), false;
        const ArgumentId* id = names_.find(name);
        if (!id) return cursor_.error_at(start, "E053", "'" + name + "' is not an argument declared before '#'"), false;
        argument = *id;
        return true;
    }

    void read_attack() {
        Attack attack;
        if (read_end(attack.from) && read_end(attack.to)) attacks_.push_back(attack);
    }

    formats::TextCursor cursor_;
    formats::ArgumentNames names_;
    std::vector<Attack> attacks_;
    bool in_attacks_ = false;
};

bool has_space(const std::string& name) {
    return name.empty() || name == "#" ||
           std::any_of(name.begin(), name.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

ParsedFramework parse_tgf(std::string_view text, const std::string& file_name, std::vector<Diagnostic>& diagnostics) {
    return formats::read_whole<TgfReader>(text, file_name, diagnostics);
}

// Names with white space cannot be TGF ids: such a framework is written with numbers as ids
// and each name as the label after its id.
std::string write_tgf(const Framework& framework) {
    bool numbered = false;
    for (ArgumentId a = 0; a < framework.size() && !numbered; ++a) numbered = has_space(framework.name(a));
    auto id = [&](ArgumentId a) { return numbered ? std::to_string(std::uint64_t{a} + 1) : framework.name(a); };
    std::string out;
    for (ArgumentId a = 0; a < framework.size(); ++a) {
        out += id(a);
        if (numbered) {
            std::string label = framework.name(a);
            std::replace(label.begin(), label.end(), '\n', ' ');
            out += " " + label;
        }
        out += "\n";
    }
    out += "#\n";
    for (ArgumentId a = 0; a < framework.size(); ++a)
        for (ArgumentId t : framework.targets(a)) out += id(a) + " " + id(t) + "\n";
    return out;
}

}  // namespace warrant
