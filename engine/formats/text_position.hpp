// Byte offsets -> line:column (private to the engine). XML and JSON libraries report where
// they are as a byte offset; diagnostics and spans speak lines and columns.
#pragma once

#include "warrant/diagnostic.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::formats {

// Indexes the line starts once, so that many lookups (one per XML element) stay cheap.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : size_(text.size()) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }

    // The span of one byte; an offset past the end points just after the last byte.
    SourceSpan span_at(std::size_t offset, const std::string& file) const {
        offset = std::min(offset, size_);
        auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
        const std::size_t line = static_cast<std::size_t>(after - starts_.begin());
        const int column = static_cast<int>(offset - starts_[line - 1]) + 1;
        return SourceSpan{file, static_cast<int>(line), column, static_cast<int>(line), column};
    }

private:
    std::vector<std::size_t> starts_;
    std::size_t size_;
};

}  // namespace warrant::formats
