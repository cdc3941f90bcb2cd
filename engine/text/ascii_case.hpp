// Case folding of ASCII letters, for matching words written by people ("However", "HOWEVER",
// "however"); bytes of UTF-8 sequences pass unchanged, so a name like "Émile" keeps its letters.
#pragma once

#include <string>
#include <string_view>

namespace warrant::text {

std::string lowercase(std::string_view text);
std::string uppercase(std::string_view text);
// The text with its first letter a capital, as a title or a name starts ("atwood" -> "Atwood").
std::string capitalized(std::string_view text);

}  // namespace warrant::text
