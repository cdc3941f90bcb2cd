#include "preview/map_file_stamp.hpp"

namespace warrant::preview {

std::optional<FileStamp> stamp_of(const std::string& path) {
    std::error_code error;
    const auto written = std::filesystem::last_write_time(path, error);
    if (error) return std::nullopt;
    const auto size = std::filesystem::file_size(path, error);
    if (error) return std::nullopt;
    return FileStamp{written, size};
}

bool FileChangeWatch::written_again() {
    const std::optional<FileStamp> now = stamp_of(path_);
    if (!now || now == seen_) return false;
    if (now != settling_) {
        settling_ = now;
        return false;
    }
    seen_ = now;
    return true;
}

}  // namespace warrant::preview
