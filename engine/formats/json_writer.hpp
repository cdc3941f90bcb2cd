// A streaming JSON writer for exports of whole graphs (private to the engine).
//
// nlohmann::json stays the reader and the writer of small documents; building a DOM of a
// 200k-node map costs more than parsing the map, so large exports stream through this class.
// Strings are escaped per RFC 8259; bytes that are not valid UTF-8 become U+FFFD, so the
// output is always valid JSON whatever the input held.
#pragma once

#include <initializer_list>
#include <iosfwd>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace warrant::formats {

class JsonWriter {
public:
    explicit JsonWriter(int indent = 2) : indent_(indent) {}
    // Streams the document into `sink` in blocks of about 64 KB instead of holding all of it:
    // a 200k-node export is 110 MB. Call finish() after the outermost end_*().
    explicit JsonWriter(std::ostream& sink, int indent = 2) : sink_(&sink), indent_(indent) { out_.reserve(kBlock * 2); }

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(long long number);
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(std::size_t number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& string_array(const std::vector<std::string>& items);
    // A small object of integer fields, such as a source span, on one line as string_array()
    // writes its items: {"line": 3, "column": 1}. A span spread over six lines was a fifth of
    // a large export's bytes.
    JsonWriter& integer_object(std::initializer_list<std::pair<std::string_view, long long>> fields);

    // Room for a document of about `bytes`: a 100 MB export that grows by doubling holds two
    // copies while it moves, and that moment was the export's peak memory.
    void reserve(std::size_t bytes) { out_.reserve(bytes); }

    // Ends the document with a line break (appending in place: `take() + "\n"` may copy it).
    void newline_at_end() { out_ += '\n'; }

    // A writer for values that continue this one's innermost array or object, into a buffer of
    // its own, so that runs of a long array can be written on several threads and then appended
    // in order. `first`: the run opens the container (no comma before its first value).
    JsonWriter continuation(bool first) const;
    // Appends a continuation's text (after this writer's own) and takes on where it ended.
    void append(JsonWriter&& part);

    // The document so far; call after the outermost end_*().
    std::string take() { return std::move(out_); }
    // Writes what is left to the sink.
    void finish() { write_block(); }

private:
    void before_value();
    void newline();
    void line_break(bool comma);
    void close(char bracket);
    void write_escaped(std::string_view text);
    void write_block();
    void append_number(long long number);

    static constexpr std::size_t kBlock = 1 << 16;

    struct Level {
        bool is_object;
        bool empty = true;
    };
    std::ostream* sink_ = nullptr;
    std::string out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
    int indent_;
};

}  // namespace warrant::formats
