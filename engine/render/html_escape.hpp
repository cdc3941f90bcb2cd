// HTML escaping for the report (private to the engine): every text that comes from a map goes
// through it, in element content and in attribute values alike.
#pragma once

#include <string>
#include <string_view>

namespace warrant::render {

// & < > " ' become entities; everything else, UTF-8 included, passes through.
std::string html_escape(std::string_view text);

}  // namespace warrant::render
