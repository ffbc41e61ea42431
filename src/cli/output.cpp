#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace newsclean::cli {

Output::Output(const std::optional<std::string>& path) : path_(path) {
    if (!path_) {
        file_ = stdout;
        return;
    }
    temp_path_ = *path_ + ".tmp.XXXXXX";
    const int fd = ::mkstemp(temp_path_.data());
    if (fd < 0) {
        error_ = std::strerror(errno);
        return;
    }
    ::fchmod(fd, 0644);
    file_ = ::fdopen(fd, "wb");
    if (!file_) {
        error_ = std::strerror(errno);
        ::close(fd);
        ::unlink(temp_path_.c_str());
    }
}

Output::~Output() {
    if (path_ && file_) {
        std::fclose(file_);
        ::unlink(temp_path_.c_str());
    }
}

bool Output::write(std::string_view data) {
    if (!file_) return false;
    if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) {
        error_ = std::strerror(errno);
        return false;
    }
    return true;
}

bool Output::commit() {
    if (!file_) return false;
    if (!path_) {
        if (std::fflush(stdout) != 0) {
            error_ = std::strerror(errno);
            return false;
        }
        return true;
    }
    std::FILE* f = file_;
    file_ = nullptr;
    const bool flushed = std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
    const int saved = errno;
    const bool closed = std::fclose(f) == 0;
    if (!flushed || !closed || std::rename(temp_path_.c_str(), path_->c_str()) != 0) {
        error_ = std::strerror(flushed && closed ? errno : saved);
        ::unlink(temp_path_.c_str());
        return false;
    }
    return true;
}

}  // namespace newsclean::cli
