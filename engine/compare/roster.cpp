// The class roster for gradebook exports: map files to students' names and identifiers, read
// from a CSV file (include/warrant/compare.hpp).
#include "text/ascii_case.hpp"
#include "warrant/compare.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

namespace warrant {
namespace {

struct Cell {
    std::string text;
    int line = 1;
    int column = 1;
};

// RFC 4180 fields with their positions: quoted fields may hold commas, doubled quotes and
// line breaks; a quote left open is an error at the quote.
class CsvReader {
public:
    CsvReader(std::string_view text, const std::string& file) : text_(text), file_(file) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;  // a spreadsheet's byte order mark
    }

    // The next record, or false at the end of the text (or after an error).
    bool next(std::vector<Cell>& record, std::vector<Diagnostic>& errors) {
        record.clear();
        if (at_ >= text_.size()) return false;
        for (;;) {
            Cell cell{"", line_, column_};
            if (peek() == '"' && !quoted(cell, errors)) return false;
            while (at_ < text_.size() && peek() != ',' && peek() != '\n' && peek() != '\r') cell.text += take();
            record.push_back(std::move(cell));
            if (at_ < text_.size() && peek() == ',') {
                take();
                continue;
            }
            if (at_ < text_.size() && peek() == '\r') take();
            if (at_ < text_.size() && peek() == '\n') take();
            return true;
        }
    }

private:
    char peek() const { return text_[at_]; }
    char take() {
        const char c = text_[at_++];
        if (c == '\n') ++line_, column_ = 1;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column_;
        return c;
    }
    bool quoted(Cell& cell, std::vector<Diagnostic>& errors) {
        take();
        while (at_ < text_.size()) {
            const char c = take();
            if (c != '"') {
                cell.text += c;
            } else if (at_ < text_.size() && peek() == '"') {
                cell.text += take();
            } else {
                return true;
            }
        }
        errors.push_back({Severity::Error, "E038", "this quoted field is never closed",
                          SourceSpan{file_, cell.line, cell.column, cell.line, cell.column + 1}, {}, {}});
        return false;
    }

    std::string_view text_;
    FileName file_;
    std::size_t at_ = 0;
    int line_ = 1, column_ = 1;
};

using text::lowercase;

std::string trimmed(const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// Where each known column is: its index in the header, or -1.
struct Columns {
    int file = -1, name = -1, id = -1, email = -1, sis_user_id = -1, sis_login_id = -1, section = -1;
};

Columns columns_of(const std::vector<Cell>& header, std::vector<Diagnostic>& errors, const std::string& file) {
    Columns c;
    const std::array<std::pair<const char*, int Columns::*>, 7> names{{{"file", &Columns::file},
                                                                        {"name", &Columns::name},
                                                                        {"id", &Columns::id},
                                                                        {"email", &Columns::email},
                                                                        {"sis_user_id", &Columns::sis_user_id},
                                                                        {"sis_login_id", &Columns::sis_login_id},
                                                                        {"section", &Columns::section}}};
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = lowercase(trimmed(header[i].text));
        bool known = false;
        for (auto [column, member] : names)
            if (name == column) c.*member = static_cast<int>(i), known = true;
        if (!known)
            errors.push_back({Severity::Error, "E038",
                              "unknown roster column '" + header[i].text +
                                  "' (columns: file, name, id, email, sis_user_id, sis_login_id, section)",
                              SourceSpan{file, header[i].line, header[i].column}, {}, {}});
    }
    if (c.file < 0)
        errors.push_back({Severity::Error, "E038", "the roster needs a 'file' column naming each student's map",
                          SourceSpan{file, 1, 1}, {}, {}});
    return c;
}

std::string cell(const std::vector<Cell>& record, int index) {
    return index >= 0 && static_cast<std::size_t>(index) < record.size() ? trimmed(record[index].text) : std::string();
}

}  // namespace

RosterResult parse_roster(std::string_view text, const std::string& file) {
    RosterResult result;
    CsvReader reader(text, file);
    std::vector<Cell> record;
    if (!reader.next(record, result.errors)) {
        if (result.errors.empty())
            result.errors.push_back({Severity::Error, "E038", "the roster is empty: it needs a header line", SourceSpan{file, 1, 1}, {}, {}});
        return result;
    }
    const Columns columns = columns_of(record, result.errors, file);
    if (!result.errors.empty()) return result;
    while (reader.next(record, result.errors)) {
        if (record.size() == 1 && trimmed(record[0].text).empty()) continue;  // a blank line
        RosterEntry entry{cell(record, columns.file),  cell(record, columns.name),         cell(record, columns.id),
                          cell(record, columns.email), cell(record, columns.sis_user_id), cell(record, columns.sis_login_id),
                          cell(record, columns.section)};
        if (entry.file.empty()) {
            result.errors.push_back({Severity::Error, "E038", "this roster line names no map file",
                                     SourceSpan{file, record.front().line, record.front().column}, {}, {}});
            continue;
        }
        result.roster.entries.push_back(std::move(entry));
    }
    return result;
}

// The student's map as given, its file name, or its name without extension: a roster written
// by hand names files whichever way is natural.
const RosterEntry* Roster::find(std::string_view student_file) const {
    const std::filesystem::path path{std::string(student_file)};
    for (const std::string& key : {std::string(student_file), path.filename().string(), path.stem().string()})
        for (const RosterEntry& entry : entries)
            if (entry.file == key) return &entry;
    return nullptr;
}

}  // namespace warrant
