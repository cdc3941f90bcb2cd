// Output files appear whole or not at all: write a sibling temporary file, fsync, rename.
#include "warrant/formats.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace warrant {
namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
    throw std::runtime_error(what + " '" + path + "': " + std::strerror(error));
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view contents) {
    const std::filesystem::path target(path);
    if (std::filesystem::is_directory(target)) throw std::runtime_error("'" + path + "' is a directory");
    std::filesystem::path directory = target.parent_path();
    if (directory.empty()) directory = ".";
    // The temporary file lives in the target's directory so that rename() never crosses filesystems.
    std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
    int fd = mkstemp(temporary.data());
    if (fd < 0) fail("cannot create a temporary file for", path, errno);

    const char* data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        ssize_t written = ::write(fd, data, left);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            int error = errno;
            ::close(fd);
            std::remove(temporary.c_str());
            fail("cannot write", path, error);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    // Output files are ordinary user files: honour the umask rather than mkstemp's 0600.
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        int error = errno;
        std::remove(temporary.c_str());
        fail("cannot write", path, error);
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        int error = errno;
        std::remove(temporary.c_str());
        fail("cannot replace", path, error);
    }
}

}  // namespace warrant
