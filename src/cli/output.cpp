#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <variant>

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

bool Output::flush() {
    if (!file_) return false;
    if (std::fflush(file_) != 0) {
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

namespace newsclean::cli {

UniqueFd::~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
}

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = other.release();
    }
    return *this;
}

namespace {

std::string errno_text(const std::string& what) { return what + ": " + std::strerror(errno); }

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Like mkdir -p for the user-given root (which may itself be a symlink: their choice).
bool make_directories(const std::string& path) {
    for (std::size_t at = path.find('/', 1); ; at = path.find('/', at + 1)) {
        const std::string prefix = path.substr(0, at);
        if (!prefix.empty() && ::mkdir(prefix.c_str(), 0755) != 0 && errno != EEXIST) return false;
        if (at == std::string::npos) return true;
    }
}

// A name for a temp file beside `leaf`, unique across threads and processes.
std::string temp_name(const std::string& leaf) {
    static std::atomic<unsigned long> counter{0};
    return "." + leaf + ".newsclean-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".tmp";
}

// Opens the directory holding `relative` below `root`, one component at a
// time, never following a symbolic link; `leaf` receives the file name.
std::variant<UniqueFd, std::string> open_parent(int root, const std::string& relative, bool create, std::string& leaf) {
    UniqueFd dir(::fcntl(root, F_DUPFD_CLOEXEC, 0));
    std::size_t start = 0;
    for (std::size_t slash; (slash = relative.find('/', start)) != std::string::npos; start = slash + 1) {
        const std::string part = relative.substr(start, slash - start);
        if (part.empty() || part == "." || part == "..") return std::string("invalid output name " + relative);
        if (create && ::mkdirat(dir.get(), part.c_str(), 0755) != 0 && errno != EEXIST)
            return errno_text("cannot create directory " + relative.substr(0, slash));
        UniqueFd next(::openat(dir.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (next.get() < 0)
            return errno == ELOOP || errno == ENOTDIR
                       ? "output directory " + relative.substr(0, slash) + " is a symbolic link or not a directory"
                       : errno_text("cannot open directory " + relative.substr(0, slash));
        dir = std::move(next);
    }
    leaf = relative.substr(start);
    if (leaf.empty() || leaf == "." || leaf == "..") return std::string("invalid output name " + relative);
    return dir;
}

// Fallback when the file system has no O_TMPFILE: a named temp file, renamed.
std::string write_via_named_temp(int dir, const std::string& leaf, std::string_view data) {
    const std::string temp = temp_name(leaf);
    UniqueFd fd(::openat(dir, temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (fd.get() < 0) return errno_text("cannot create temp file");
    if (!write_all(fd.get(), data) || ::close(fd.release()) != 0 || ::renameat(dir, temp.c_str(), dir, leaf.c_str()) != 0) {
        const std::string error = errno_text("cannot write");
        ::unlinkat(dir, temp.c_str(), 0);
        return error;
    }
    return {};
}

// An unnamed O_TMPFILE inode vanishes if the process dies before it is linked
// in, so even SIGKILL leaves neither a half-written output nor a stray temp.
std::string write_via_tmpfile(int dir, const std::string& leaf, std::string_view data) {
    UniqueFd fd(::openat(dir, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644));
    if (fd.get() < 0) return write_via_named_temp(dir, leaf, data);
    if (!write_all(fd.get(), data)) return errno_text("cannot write");
    const std::string proc = "/proc/self/fd/" + std::to_string(fd.get());
    if (::linkat(AT_FDCWD, proc.c_str(), dir, leaf.c_str(), AT_SYMLINK_FOLLOW) == 0) return {};
    if (errno != EEXIST) return write_via_named_temp(dir, leaf, data);  // e.g. no /proc
    // Replacing an existing output: link under a temp name, then rename over it.
    const std::string temp = temp_name(leaf);
    if (::linkat(AT_FDCWD, proc.c_str(), dir, temp.c_str(), AT_SYMLINK_FOLLOW) != 0) return errno_text("cannot write");
    if (::renameat(dir, temp.c_str(), dir, leaf.c_str()) != 0) {
        const std::string error = errno_text("cannot replace");
        ::unlinkat(dir, temp.c_str(), 0);
        return error;
    }
    return {};
}

}  // namespace

OutputTree::OutputTree(const std::string& root) : root_path_(root) {
    if (!make_directories(root)) {
        error_ = errno_text("cannot create output directory");
        return;
    }
    root_ = UniqueFd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (root_.get() < 0) error_ = errno_text("cannot open output directory");
}

std::pair<dev_t, ino_t> OutputTree::identity() const {
    struct stat st {};
    ::fstat(root_.get(), &st);
    return {st.st_dev, st.st_ino};
}

bool OutputTree::exists(const std::string& relative) const {
    std::string leaf;
    auto dir = open_parent(root_.get(), relative, false, leaf);
    if (!std::holds_alternative<UniqueFd>(dir)) return false;
    struct stat st {};
    return ::fstatat(std::get<UniqueFd>(dir).get(), leaf.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
}

std::string OutputTree::write(const std::string& relative, std::string_view data) const {
    std::string leaf;
    auto dir = open_parent(root_.get(), relative, true, leaf);
    if (auto* error = std::get_if<std::string>(&dir)) return *error;
    return write_via_tmpfile(std::get<UniqueFd>(dir).get(), leaf, data);
}

}  // namespace newsclean::cli
