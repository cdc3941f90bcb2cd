// An essay given where a map is expected (`check essay.txt`, `report essay.md`): drafted, then
// a map like any other, with one note that says so and how to keep the draft to correct it.
#include "warrant/draft.hpp"
#include "warrant/essay.hpp"

#include <filesystem>

namespace warrant {

LoadResult read_essay(std::string text, std::string file_name) {
    DraftResult draft = draft_essay(std::move(text), file_name, DraftModel::built_in());
    LoadResult loaded = std::move(draft.loaded);
    if (draft.unusable) {
        // Nothing could be read as prose: the command stops as for an unreadable file (exit 2).
        loaded.io_failed = true;
        return loaded;
    }
    const std::string saved = std::filesystem::path(file_name).replace_extension(".argdown").string();
    loaded.diagnostics.push_back(
        {Severity::Note, std::string(kDraftedEssayNote),
         "this map was drafted from the essay's prose, and the findings point at its sentences; to correct the draft "
         "by hand, save it with `warrant draft " + file_name + " -o " + saved + "`",
         SourceSpan{file_name}, {}});
    return loaded;
}

}  // namespace warrant
