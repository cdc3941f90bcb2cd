// An input opened by path for reading: a regular file, whose size is known before it is read,
// or a pipe or device, read to its end. A named pipe that nobody has open for writing would
// block open() and then read() forever, so it is refused: one FIFO left in a submission folder
// must not hang a grading run.
#pragma once

#include <sys/stat.h>

#include <cstddef>
#include <string>

namespace warrant {

enum class InputFailure { None, Missing, Directory, PipeWithoutWriter, Unreadable };

// "no such file", "is a directory", "is a named pipe with no writer", or `detail` (strerror).
std::string describe(InputFailure failure, const std::string& detail);

class InputFile {
public:
    InputFile() = default;
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    // Opens without waiting for a pipe's writer; on Unreadable, `detail` says why.
    InputFailure open(const std::string& path, std::string& detail);
    bool regular() const { return S_ISREG(info_.st_mode); }
    std::size_t size() const { return static_cast<std::size_t>(info_.st_size); }  // of a regular file
    int descriptor() const { return fd_; }
    // Appends the bytes up to the end of the input to `text`, stopping once `text` holds more
    // than `limit` bytes (a device may never end).
    bool read_all(std::string& text, std::size_t limit, std::string& detail);

private:
    InputFailure check_pipe_has_writer(std::string& detail);

    int fd_ = -1;
    struct stat info_ {};
    std::string probed_;  // bytes read while checking a pipe for a writer
};

}  // namespace warrant
