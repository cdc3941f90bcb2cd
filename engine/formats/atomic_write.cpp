// Output files appear whole or not at all: write a sibling temporary file, fsync, rename.
#include "warrant/formats.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
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
    write_file_atomically(path, [&](std::ostream& out) { out.write(contents.data(), static_cast<std::streamsize>(contents.size())); });
}

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    const std::filesystem::path target(path);
    if (std::filesystem::is_directory(target)) throw std::runtime_error("'" + path + "' is a directory");
    // A device or a pipe (-o /dev/null, -o /dev/stdout, a FIFO) is written in place: a file
    // renamed over it would replace the device itself (run as root, /dev/null became a file).
    std::error_code ignored;
    const std::filesystem::file_status status = std::filesystem::status(target, ignored);
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        std::ofstream out(path, std::ios::binary);
        if (!out) fail("cannot write", path, errno);
        write(out);
        out.flush();
        if (!out) fail("cannot write", path, errno ? errno : EIO);
        return;
    }
    std::filesystem::path directory = target.parent_path();
    if (directory.empty()) directory = ".";
    // The temporary file lives in the target's directory so that rename() never crosses filesystems.
    std::string temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
    int fd = mkstemp(temporary.data());
    if (fd < 0) fail("cannot create a temporary file for", path, errno);
    ::close(fd);
    const auto give_up = [&](const std::string& what, int error) {
        std::remove(temporary.c_str());
        fail(what, path, error);
    };

    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) give_up("cannot write", errno);
        try {
            write(out);
        } catch (...) {
            std::remove(temporary.c_str());
            throw;
        }
        out.close();
        if (!out) give_up("cannot write", errno ? errno : EIO);
    }
    // Flushed to the disk before the rename: after a crash the name holds the old file or the
    // whole new one, never an empty one.
    fd = ::open(temporary.c_str(), O_WRONLY);
    if (fd < 0) give_up("cannot write", errno);
    // Output files are ordinary user files: honour the umask rather than mkstemp's 0600.
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    if (::fsync(fd) != 0) {
        int error = errno;
        ::close(fd);
        give_up("cannot write", error);
    }
    if (::close(fd) != 0) give_up("cannot write", errno);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) give_up("cannot replace", errno);
}

}  // namespace warrant
