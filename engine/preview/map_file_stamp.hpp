// What tells one saved version of a file from the next (private to engine/preview): its time
// of writing and size. A change of stamp is only a reason to look; whether the report changed
// is decided by its content.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace warrant::preview {

struct FileStamp {
    std::filesystem::file_time_type written;
    std::uintmax_t size = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

// Nothing while the file cannot be read (an editor may be replacing it).
std::optional<FileStamp> stamp_of(const std::string& path);

// Says once for each new stamp that the file was written again (the first look counts), once
// two looks in a row agree: an editor that truncates and then writes is not read half-way.
class FileChangeWatch {
public:
    explicit FileChangeWatch(std::string path) : path_(std::move(path)) {}
    bool written_again();

private:
    std::string path_;
    std::optional<FileStamp> seen_;
    std::optional<FileStamp> settling_;
};

}  // namespace warrant::preview
