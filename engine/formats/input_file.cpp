// Opening inputs without hanging on a named pipe: see input_file.hpp.
#include "formats/input_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace warrant {

std::string describe(InputFailure failure, const std::string& detail) {
    switch (failure) {
        case InputFailure::None: break;
        case InputFailure::Missing: return "no such file";
        case InputFailure::Directory: return "is a directory";
        case InputFailure::PipeWithoutWriter: return "is a named pipe with no writer";
        case InputFailure::Unreadable: return detail;
    }
    return "";
}

InputFile::~InputFile() {
    if (fd_ >= 0) ::close(fd_);
}

InputFailure InputFile::open(const std::string& path, std::string& detail) {
    // O_NONBLOCK: a FIFO's open() would otherwise wait for a writer that may never come.
    fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0) {
        if (errno == ENOENT || errno == ENOTDIR) return InputFailure::Missing;
        detail = std::strerror(errno);
        return InputFailure::Unreadable;
    }
    if (fstat(fd_, &info_) != 0) return detail = std::strerror(errno), InputFailure::Unreadable;
    if (S_ISDIR(info_.st_mode)) return InputFailure::Directory;
    if (S_ISFIFO(info_.st_mode)) {
        if (InputFailure failure = check_pipe_has_writer(detail); failure != InputFailure::None) return failure;
    }
    // From here on reads wait for data as usual: a pipe with a writer ends when the writer closes it.
    const int flags = fcntl(fd_, F_GETFL);
    if (flags < 0 || fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK) < 0) return detail = std::strerror(errno), InputFailure::Unreadable;
    return InputFailure::None;
}

// A non-blocking read of an empty pipe tells the two cases apart (POSIX read()): 0, end of
// file, when no process has it open for writing; EAGAIN when a writer has not written yet.
InputFailure InputFile::check_pipe_has_writer(std::string& detail) {
    char buffer[1 << 12];
    for (;;) {
        const ssize_t got = ::read(fd_, buffer, sizeof buffer);
        if (got > 0) return probed_.assign(buffer, static_cast<std::size_t>(got)), InputFailure::None;
        if (got == 0) return InputFailure::PipeWithoutWriter;
        if (errno == EAGAIN || errno == EWOULDBLOCK) return InputFailure::None;
        if (errno != EINTR) return detail = std::strerror(errno), InputFailure::Unreadable;
    }
}

bool InputFile::read_all(std::string& text, std::size_t limit, std::string& detail) {
    text += probed_;
    probed_.clear();
    // A regular file is read straight into a string of its size (one more byte to see that it
    // ended): growing by appends copied a 20 MB map several times over and touched twice the
    // memory. A file that grew since fstat() or a pipe goes on in blocks.
    std::size_t block = std::size_t{1} << 16;
    if (regular() && size() < limit) block = std::max(block, size() + 1);
    while (text.size() <= limit) {
        const std::size_t used = text.size();
        text.resize(used + block);
        const ssize_t got = ::read(fd_, text.data() + used, block);
        text.resize(used + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
        if (got == 0) return true;
        if (got < 0 && errno != EINTR) {
            detail = std::strerror(errno);
            return false;
        }
        block = std::size_t{1} << 16;
    }
    return true;
}

}  // namespace warrant
