// The words a title is made of (private to the draft stage): node_titles.cpp reads a
// statement into them, title_frames.cpp finds the frame around its point.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace warrant::draft {

struct TitleWord {
    std::string text, lower;
    bool comma_after = false, break_after = false;  // break: ; : . ! ? or a dash
};

inline bool one_of(const std::string& lower, std::initializer_list<std::string_view> options) {
    return std::find(options.begin(), options.end(), lower) != options.end();
}

}  // namespace warrant::draft
