// Code-point offsets <-> byte offsets (private to the engine). Corpora (brat standoff,
// CDCP) and drafts count offsets in Unicode code points; the text is held as UTF-8 bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace warrant::formats {

// The byte offset where each code point starts, plus one entry for the end of the text. A byte
// that is not a UTF-8 continuation byte starts a code point, so invalid input still maps.
class CodePointIndex {
public:
    explicit CodePointIndex(std::string_view text) {
        starts_.reserve(text.size() + 1);
        for (std::size_t i = 0; i < text.size(); ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts_.push_back(i);
        starts_.push_back(text.size());
    }

    std::size_t size() const { return starts_.size() - 1; }  // code points in the text
    // The byte offset of code point `index`; past the end, the end of the text.
    std::size_t byte_offset(std::size_t index) const { return starts_[index < starts_.size() ? index : starts_.size() - 1]; }
    // The text of code points [start, end) of `text` (the text this index was built on);
    // nullopt when the range is reversed or ends past the text, as a corpus offset may.
    std::optional<std::string_view> slice(std::string_view text, std::size_t start, std::size_t end) const {
        if (start > end || end > size()) return std::nullopt;
        return text.substr(byte_offset(start), byte_offset(end) - byte_offset(start));
    }
    // The code point that contains byte `offset`.
    std::size_t code_point_at(std::size_t offset) const {
        std::size_t low = 0, high = starts_.size() - 1;
        while (low < high) {
            const std::size_t middle = (low + high + 1) / 2;
            if (starts_[middle] <= offset) low = middle; else high = middle - 1;
        }
        return low;
    }

private:
    std::vector<std::size_t> starts_;
};

}  // namespace warrant::formats
