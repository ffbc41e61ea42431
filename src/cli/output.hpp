// Where results go: stdout, or a file replaced atomically (temp file + rename)
// so that an interrupted run never leaves a half-written output.
#pragma once

#include <sys/types.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace newsclean::cli {

class Output {
public:
    // Opens stdout (no path) or a temp file beside `path`. Check ok() after.
    explicit Output(const std::optional<std::string>& path);
    ~Output();  // an uncommitted temp file is removed
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    bool ok() const { return file_ != nullptr; }
    const std::string& error() const { return error_; }
    bool write(std::string_view data);
    // Pushes buffered bytes to the file or pipe now (record mode: a caller may wait for each line).
    bool flush();
    // Flushes; for a file, renames the temp file over the target. False on error (see error()).
    bool commit();

private:
    std::FILE* file_ = nullptr;
    std::optional<std::string> path_;
    std::string temp_path_;
    std::string error_;
};

}  // namespace newsclean::cli

namespace newsclean::cli {

// An owned file descriptor, closed once.
class UniqueFd {
public:
    explicit UniqueFd(int fd = -1) : fd_(fd) {}
    ~UniqueFd();
    UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept;
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    int get() const { return fd_; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_;
};

// The -o DIR of a batch run: a directory that mirrored outputs are written
// into. Relative names are walked one component at a time with O_NOFOLLOW, so
// a symbolic link planted inside DIR (or a ".." that slipped through) can never
// make a write land outside it. Every file is written atomically: it appears
// complete under its name or not at all. Safe to share between threads.
class OutputTree {
public:
    explicit OutputTree(const std::string& root);  // created like mkdir -p; check ok()
    bool ok() const { return root_.get() >= 0; }
    const std::string& error() const { return error_; }
    // (device, inode) of the root, so the input walk can skip it.
    std::pair<dev_t, ino_t> identity() const;

    // True when `relative` names an existing regular file (for --skip-existing).
    bool exists(const std::string& relative) const;
    // Writes `data` as root/relative; returns an error message, empty on success.
    std::string write(const std::string& relative, std::string_view data) const;

private:
    std::string root_path_;
    UniqueFd root_;
    std::string error_;
};

}  // namespace newsclean::cli
