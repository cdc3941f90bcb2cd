// The ICCMA 2023 format: "p af N", then "a b" per attack. Hand-written scanner, one pass,
// attacks reserved by a newline count first: files with millions of lines read at memory speed.
#include "formats/iccma_readers.hpp"
#include "formats/iccma_text.hpp"
#include "warrant/iccma.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace warrant {
namespace {

// The header alone declares how many arguments there are: unattacked ones appear on no line,
// so the count is not bounded by the file's size, and the framework holds two offsets per
// argument. 14 bytes declaring 3 * 10^8 arguments made it allocate 2.4 GB (a fuzzer find);
// 2^24 is far above any ICCMA instance and costs 128 MB.
constexpr std::uint64_t kMaxArguments = std::uint64_t{1} << 24;

struct I23Reader {
    I23Reader(std::string_view text, const std::string& file, std::vector<Diagnostic>& diagnostics)
        : cursor(text, file, diagnostics) {}

    formats::TextCursor cursor;
    std::uint64_t argument_count = 0;
    bool have_header = false;
    std::vector<Attack> attacks;

    void read_header() {
        if (have_header) {
            cursor.error("E054", "a second 'p af N' header");
            return;
        }
        cursor.advance();
        cursor.skip_blanks();
        if (cursor.read_token() != "af") {
            cursor.error("E050", "expected 'p af N': only argumentation frameworks ('af') are read");
            return;
        }
        cursor.skip_blanks();
        if (!cursor.read_number(argument_count) || argument_count > kMaxArguments) {
            cursor.error("E050", "expected the number of arguments after 'p af' (at most " + std::to_string(kMaxArguments) + ")");
            return;
        }
        cursor.skip_blanks();
        if (!cursor.at_line_end()) cursor.error("E050", "unexpected text after 'p af N'");
        have_header = true;
    }

    // One argument number in 1..N; reports and returns false otherwise.
    bool read_argument(ArgumentId& argument) {
        cursor.skip_blanks();
        std::uint64_t number = 0;
        const std::size_t start = cursor.position();
        if (!cursor.read_number(number)) return cursor.error("E051", "expected an argument number"), false;
        if (number == 0 || number > argument_count) {
            cursor.error_at(start, "E052", "argument " + std::to_string(number) + " is outside 1.." + std::to_string(argument_count));
            return false;
        }
        argument = static_cast<ArgumentId>(number - 1);
        return true;
    }

    void read_attack() {
        Attack attack;
        if (!read_argument(attack.from) || !read_argument(attack.to)) return;
        cursor.skip_blanks();
        if (!cursor.at_line_end()) {
            cursor.error("E051", "expected a line 'a b': one attack per line");
            return;
        }
        attacks.push_back(attack);
    }

    // The common line "a b\n" with in-range numbers, parsed with no bookkeeping: true when it
    // matched and was consumed; false (nothing consumed) sends the line to the careful path.
    bool read_plain_attack() {
        const std::string_view text = cursor.text();
        const char* const begin = text.data() + cursor.position();
        const char* const end = text.data() + text.size();
        const char* p = begin;
        std::uint64_t numbers[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            const char* digits = p;
            while (p < end && *p >= '0' && *p <= '9') numbers[i] = numbers[i] * 10 + static_cast<std::uint64_t>(*p++ - '0');
            // Over 10 digits the value may have wrapped: the careful path reports it.
            if (p == digits || p - digits > 10 || numbers[i] == 0 || numbers[i] > argument_count) return false;
            if (i == 0 && (p == end || *p++ != ' ')) return false;
        }
        if (p < end && *p != '\n') return false;
        attacks.push_back({static_cast<ArgumentId>(numbers[0] - 1), static_cast<ArgumentId>(numbers[1] - 1)});
        cursor.start_line_at(static_cast<std::size_t>(p - text.data()) + (p < end ? 1 : 0));
        return true;
    }

    // Returns false when reading cannot go on (attacks before any header).
    bool read_line() {
        cursor.skip_blanks();
        const char c = cursor.peek();
        if (c == '\n' || c == '#') return true;
        if (c == 'p') {
            read_header();
            return true;
        }
        if (!have_header) return cursor.error("E050", "expected the header 'p af N' before the first attack"), false;
        read_attack();
        return true;
    }
};

}  // namespace

ParsedFramework parse_i23(std::string_view text, const std::string& file_name, std::vector<Diagnostic>& diagnostics) {
    I23Reader reader(text, file_name, diagnostics);
    reader.attacks.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    while (!reader.cursor.at_end() && !reader.cursor.gave_up()) {
        if (reader.have_header && reader.read_plain_attack()) continue;
        if (!reader.read_line()) break;
        reader.cursor.next_line();
    }
    if (!reader.have_header && diagnostics.empty())
        diagnostics.push_back({Severity::Error, "E050", "missing the header 'p af N'", SourceSpan{file_name, 1, 1, 1, 1}, {}});
    return {reader.argument_count, std::move(reader.attacks), {}};
}

std::string write_i23(const Framework& framework) {
    std::string out = "p af " + std::to_string(framework.size()) + "\n";
    if (framework.has_names())
        for (ArgumentId a = 0; a < framework.size(); ++a) {
            std::string name = framework.name(a);
            std::replace(name.begin(), name.end(), '\n', ' ');
            out += "# " + std::to_string(std::uint64_t{a} + 1) + " " + name + "\n";
        }
    char line[32];
    for (ArgumentId a = 0; a < framework.size(); ++a)
        for (ArgumentId t : framework.targets(a)) {
            int length = std::snprintf(line, sizeof line, "%u %u\n", a + 1, t + 1);
            out.append(line, static_cast<std::size_t>(length));
        }
    return out;
}

}  // namespace warrant
