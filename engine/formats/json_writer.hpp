// A streaming JSON writer for exports of whole graphs (private to the engine).
//
// nlohmann::json stays the reader and the writer of small documents; building a DOM of a
// 200k-node map costs more than parsing the map, so large exports stream through this class.
// Strings are escaped per RFC 8259; bytes that are not valid UTF-8 become U+FFFD, so the
// output is always valid JSON whatever the input held.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace warrant::formats {

class JsonWriter {
public:
    explicit JsonWriter(int indent = 2) : indent_(indent) {}

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

    // The document so far; call after the outermost end_*().
    std::string take() { return std::move(out_); }

private:
    void before_value();
    void newline();
    void close(char bracket);
    void write_escaped(std::string_view text);

    struct Level {
        bool is_object;
        bool empty = true;
    };
    std::string out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
    int indent_;
};

}  // namespace warrant::formats
