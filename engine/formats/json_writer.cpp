#include "formats/json_writer.hpp"

#include "syntax/utf8.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <ostream>

namespace warrant::formats {

using syntax::utf8_sequence_length;

namespace {

// Bytes that write_escaped() cannot copy as they are: control characters, '"', '\\', and
// every non-ASCII byte (checked as UTF-8). One table lookup a byte keeps the copy loop tight.
constexpr std::array<bool, 256> make_needs_care_table() {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) table[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
    return table;
}
constexpr std::array<bool, 256> kNeedsCare = make_needs_care_table();

}  // namespace

void JsonWriter::newline() { line_break(false); }

// A value's separator: its comma (`comma`), a line break and the indentation. The spaces go in
// blocks of 16, each copied by a few moves: one append of a slice of a long constant string
// had a length the compiler could bound, which GCC copies with an inline `rep movsq` whose
// start-up cost made separators a tenth of a large export.
void JsonWriter::line_break(bool comma) {
    static constexpr std::string_view kBreak = ",\n";
    if (indent_ <= 0) {
        if (comma) out_ += ',';
        return;
    }
    const std::size_t width = levels_.size() * static_cast<std::size_t>(indent_);
    out_.append(kBreak.data() + (comma ? 0 : 1), comma ? 2 : 1);
    // Spaces in whole blocks of 16, whose copies are a few moves, then the rest.
    static constexpr std::string_view kSpaces = "                ";
    std::size_t left = width;
    for (; left >= kSpaces.size(); left -= kSpaces.size()) out_.append(kSpaces.data(), kSpaces.size());
    out_.append(kSpaces.data(), left);
}

void JsonWriter::write_block() {
    if (!sink_) return;
    sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
}

void JsonWriter::before_value() {
    // Every value passes here: the one place a streaming writer hands a full block on.
    if (sink_ && out_.size() >= kBlock) write_block();
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    line_break(!levels_.back().empty);
    levels_.back().empty = false;
}

JsonWriter JsonWriter::continuation(bool first) const {
    JsonWriter part(indent_);
    part.levels_ = levels_;
    if (!part.levels_.empty()) part.levels_.back().empty = first;
    return part;
}

void JsonWriter::append(JsonWriter&& part) {
    if (sink_) {
        write_block();
        sink_->write(part.out_.data(), static_cast<std::streamsize>(part.out_.size()));
    } else {
        out_ += part.out_;
    }
    if (!levels_.empty() && !part.levels_.empty()) levels_.back().empty = levels_.back().empty && part.levels_.back().empty;
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    levels_.push_back({true});
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    levels_.push_back({false});
    return *this;
}

void JsonWriter::close(char bracket) {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline();
    out_ += bracket;
}

JsonWriter& JsonWriter::end_object() {
    close('}');
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    close(']');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    // Keys are mostly short names that need no escaping: '"name": ' in one append.
    char quoted[64];
    if (name.size() + 4 <= sizeof quoted &&
        std::none_of(name.begin(), name.end(), [](char c) { return kNeedsCare[static_cast<unsigned char>(c)]; })) {
        quoted[0] = '"';
        std::memcpy(quoted + 1, name.data(), name.size());
        std::memcpy(quoted + 1 + name.size(), "\": ", 3);
        out_.append(quoted, name.size() + (indent_ > 0 ? 4 : 3));
    } else {
        write_escaped(name);
        out_ += indent_ > 0 ? ": " : ":";
    }
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    write_escaped(text);
    return *this;
}

JsonWriter& JsonWriter::value(long long number) {
    before_value();
    append_number(number);
    return *this;
}

void JsonWriter::append_number(long long number) {
    char buffer[24];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.append(buffer, end);
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::string_array(const std::vector<std::string>& items) {
    before_value();
    out_ += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out_ += indent_ > 0 ? ", " : ",";
        write_escaped(items[i]);
    }
    out_ += ']';
    return *this;
}

// The export writes a span per node and per edge; written piece by piece (ten appends, each
// with its capacity check and memcpy call) they were a sixth of its instructions.
JsonWriter& JsonWriter::integer_object(std::initializer_list<std::pair<std::string_view, long long>> fields) {
    before_value();
    out_ += '{';
    bool first = true;
    for (const auto& [name, number] : fields) {
        if (!first) out_ += indent_ > 0 ? ", " : ",";
        first = false;
        write_escaped(name);
        out_ += indent_ > 0 ? ": " : ":";
        append_number(number);
    }
    out_ += '}';
    return *this;
}

void JsonWriter::write_escaped(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out_ += '"';
    std::size_t i = 0;
    while (i < text.size()) {
        // Copy the longest run that needs no escaping in one append.
        std::size_t run = i;
        while (run < text.size() && !kNeedsCare[static_cast<unsigned char>(text[run])]) ++run;
        out_.append(text.data() + i, run - i);
        i = run;
        if (i == text.size()) break;
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            std::size_t length = utf8_sequence_length(text, i);
            if (length == 0) {
                out_ += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
                ++i;
            } else {
                out_.append(text.data() + i, length);
                i += length;
            }
            continue;
        }
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default:
                out_ += "\\u00";
                out_ += kHex[c >> 4];
                out_ += kHex[c & 0xF];
        }
        ++i;
    }
    out_ += '"';
}

}  // namespace warrant::formats
