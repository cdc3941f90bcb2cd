// ASPARTIX's apx format: "arg(a)." and "att(a,b)." facts, any number per line, "%" comments.
// Attacks may name arguments declared later, so they are resolved after the whole file.
#include "formats/iccma_readers.hpp"

#include <algorithm>

namespace warrant {
namespace {

struct PendingAttack {
    std::string from, to;
    int line = 0, column = 0;
};

class ApxReader {
public:
    ApxReader(std::string_view text, const std::string& file, std::vector<Diagnostic>& diagnostics)
        : cursor_(text, file, diagnostics), file_(file), diagnostics_(diagnostics) {}

    void read() {
        while (!cursor_.gave_up()) {
            skip_space_and_comments();
            if (cursor_.at_end()) break;
            if (!read_fact()) skip_past_period();
        }
    }

    ParsedFramework parsed() {
        std::vector<Attack> attacks;
        for (const PendingAttack& pending : pending_) {
            const ArgumentId* from = names_.find(pending.from);
            const ArgumentId* to = names_.find(pending.to);
            if (from && to) {
                attacks.push_back({*from, *to});
                continue;
            }
            const std::string& missing = from ? pending.to : pending.from;
            diagnostics_.push_back({Severity::Error, "E053", "attack names '" + missing + "', which no arg(...) declares",
                                    SourceSpan{file_, pending.line, pending.column, pending.line, pending.column}, {}});
        }
        const std::size_t count = names_.size();
        return {count, std::move(attacks), names_.release()};
    }

private:
    void skip_space_and_comments() {
        while (!cursor_.at_end()) {
            cursor_.skip_blanks();
            if (cursor_.peek() == '%' || cursor_.peek() == '\n') cursor_.next_line();
            else break;
        }
    }

    bool expect(char c) {
        cursor_.skip_blanks();
        if (cursor_.peek() != c) return cursor_.error("E051", std::string("expected '") + c + "'"), false;
        cursor_.advance();
        return true;
    }

    // A plain token, or a quoted string with \" and \\ escapes.
    bool read_name(std::string& name) {
        cursor_.skip_blanks();
        name.clear();
        if (cursor_.peek() != '"') {
            name = cursor_.read_token(",().");
            if (name.empty()) return cursor_.error("E051", "expected an argument name"), false;
            return true;
        }
        cursor_.advance();
        while (!cursor_.at_end() && cursor_.peek() != '"' && cursor_.peek() != '\n') {
            if (cursor_.peek() == '\\') cursor_.advance();
            name += cursor_.peek();
            cursor_.advance();
        }
        return expect('"');
    }

    bool read_fact() {
        const int line = cursor_.line(), column = cursor_.column();
        std::string_view predicate = cursor_.read_token("(");
        if (predicate != "arg" && predicate != "att")
            return cursor_.error("E051", "expected a fact arg(a). or att(a,b)."), false;
        std::string first, second;
        if (!expect('(')) return false;
        cursor_.skip_blanks();
        const std::size_t name_start = cursor_.position();
        if (!read_name(first)) return false;
        if (predicate == "att" && (!expect(',') || !read_name(second))) return false;
        if (!expect(')') || !expect('.')) return false;
        if (predicate == "arg") names_.declare(std::move(first), cursor_, name_start);
        else pending_.push_back({std::move(first), std::move(second), line, column});
        return true;
    }

    void skip_past_period() {
        while (!cursor_.at_end() && cursor_.peek() != '.') {
            if (cursor_.peek() == '\n') return;
            cursor_.advance();
        }
        if (!cursor_.at_end()) cursor_.advance();
    }

    formats::TextCursor cursor_;
    const std::string& file_;
    std::vector<Diagnostic>& diagnostics_;
    formats::ArgumentNames names_;
    std::vector<PendingAttack> pending_;
};

bool is_plain_name(const std::string& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string apx_name(const std::string& name) {
    if (is_plain_name(name)) return name;
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c == '\n' ? ' ' : c;
    }
    return quoted + "\"";
}

}  // namespace

ParsedFramework parse_apx(std::string_view text, const std::string& file_name, std::vector<Diagnostic>& diagnostics) {
    return formats::read_whole<ApxReader>(text, file_name, diagnostics);
}

std::string write_apx(const Framework& framework) {
    std::vector<std::string> names;
    names.reserve(framework.size());
    std::string out;
    for (ArgumentId a = 0; a < framework.size(); ++a) {
        names.push_back(apx_name(framework.name(a)));
        out += "arg(" + names.back() + ").\n";
    }
    for (ArgumentId a = 0; a < framework.size(); ++a)
        for (ArgumentId t : framework.targets(a)) out += "att(" + names[a] + "," + names[t] + ").\n";
    return out;
}

}  // namespace warrant
