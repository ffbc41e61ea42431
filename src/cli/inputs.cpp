#include "cli/inputs.hpp"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "util/text.hpp"

namespace newsclean::cli {

// One directory being walked: its sorted entry names and the next to visit.
struct InputWalker::Frame {
    std::string path;
    std::vector<std::string> names;
    std::size_t next = 0;
    dev_t dev = 0;
    ino_t ino = 0;
};

namespace {

std::string join(const std::string& dir, const std::string& name) {
    if (!dir.empty() && dir.back() == '/') return dir + name;
    return dir + "/" + name;
}

std::string_view base_name(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// Why stat() failed on a path that readdir() or the user named.
std::string stat_error(const std::string& path, int err) {
    struct stat st {};
    if (err == ENOENT && ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) return "broken symbolic link";
    if (err == ELOOP) return "symbolic link loop";
    return std::strerror(err);
}

struct DirCloser {
    DIR* dir;
    ~DirCloser() {
        if (dir) ::closedir(dir);
    }
};

}  // namespace

InputWalker::InputWalker(const InputSpec& spec) : spec_(spec) {}

InputWalker::~InputWalker() {
    if (list_ && list_ != stdin) std::fclose(list_);
}

bool InputWalker::glob_accepts(const std::string& path, bool is_dir) const {
    bool has_include = false, included = false;
    const std::string base(base_name(path));
    for (const std::string& glob : spec_.globs) {
        const bool exclude = !glob.empty() && glob[0] == '!';
        const std::string pattern = exclude ? glob.substr(1) : glob;
        // Like .gitignore: a pattern without '/' names a file anywhere; one with '/' matches the path.
        const std::string& subject = pattern.find('/') == std::string::npos ? base : path;
        const bool match = ::fnmatch(pattern.c_str(), subject.c_str(), 0) == 0;
        if (exclude && match) return false;
        if (!exclude) has_include = true, included = included || match;
    }
    return is_dir || !has_include || included;
}

std::optional<InputEntry> InputWalker::enter_directory(const std::string& path, dev_t dev, ino_t ino) {
    for (const Frame& f : stack_)
        if (f.dev == dev && f.ino == ino)
            return InputEntry{path, "symbolic link loop: same directory as " + f.path + ", not walked again", true};
    const DirCloser dir{::opendir(path.c_str())};
    if (!dir.dir) return InputEntry{path, std::strerror(errno), false};
    Frame frame{path, {}, 0, dev, ino};
    errno = 0;
    while (const dirent* e = ::readdir(dir.dir)) {
        const std::string_view name = e->d_name;
        if (name != "." && name != "..") frame.names.emplace_back(name);
    }
    if (errno != 0) return InputEntry{path, std::string("cannot list directory: ") + std::strerror(errno)};
    std::sort(frame.names.begin(), frame.names.end());
    stack_.push_back(std::move(frame));
    return std::nullopt;
}

// nullopt: nothing to yield for this path (a directory entered, a file filtered out).
std::optional<InputEntry> InputWalker::visit(const std::string& path, bool from_walk) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        const int err = errno;
        if (from_walk && !glob_accepts(path, false)) return std::nullopt;  // a broken link the globs exclude
        return InputEntry{path, stat_error(path, err)};
    }
    if (from_walk && !glob_accepts(path, S_ISDIR(st.st_mode))) return std::nullopt;
    if (S_ISDIR(st.st_mode)) {
        if (spec_.skip_dir && spec_.skip_dir->first == st.st_dev && spec_.skip_dir->second == st.st_ino)
            return std::nullopt;
        return enter_directory(path, st.st_dev, st.st_ino);
    }
    // A FIFO, socket or device met in a folder could block or never end:
    // reported, never read. One named by the user is read: `newsclean <(zcat
    // page.gz)` passes a pipe.
    if (from_walk && !S_ISREG(st.st_mode)) return InputEntry{path, "not a regular file"};
    return InputEntry{path, {}};
}

std::optional<InputEntry> InputWalker::next_listed() {
    if (!list_opened_) {
        list_opened_ = true;
        list_ = *spec_.files_from == "-" ? stdin : std::fopen(spec_.files_from->c_str(), "rb");
        if (!list_) {
            list_done_ = true;
            return InputEntry{*spec_.files_from, std::string("cannot read --files-from: ") + std::strerror(errno)};
        }
    }
    char* line = nullptr;
    std::size_t capacity = 0;
    const ssize_t n = ::getdelim(&line, &capacity, spec_.null_separated ? '\0' : '\n', list_);
    const std::unique_ptr<char, decltype(&std::free)> owner(line, &std::free);
    if (n < 0) {
        list_done_ = true;
        return std::nullopt;
    }
    std::string path(line, static_cast<std::size_t>(n));
    if (!path.empty() && path.back() == (spec_.null_separated ? '\0' : '\n')) path.pop_back();
    if (!spec_.null_separated && !path.empty() && path.back() == '\r') path.pop_back();
    if (path.empty()) return std::nullopt;
    return visit(path, false);
}

std::optional<InputEntry> InputWalker::next() {
    for (;;) {
        if (!stack_.empty()) {
            Frame& top = stack_.back();
            if (top.next == top.names.size()) {
                stack_.pop_back();
                continue;
            }
            const std::string path = join(top.path, top.names[top.next++]);
            if (auto entry = visit(path, true)) return entry;
        } else if (next_arg_ < spec_.paths.size()) {
            const std::string& path = spec_.paths[next_arg_++];
            if (path == "-") return InputEntry{path, {}};
            if (auto entry = visit(path, false)) return entry;
        } else if (spec_.files_from && !list_done_) {
            if (auto entry = next_listed()) return entry;
        } else {
            return std::nullopt;
        }
    }
}

std::string mirror_relative_name(const std::string& path) {
    std::vector<std::string_view> parts;
    std::string_view rest = path;
    while (!rest.empty()) {
        const std::size_t slash = rest.find('/');
        const std::string_view part = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
            continue;
        }
        parts.push_back(part);
    }
    std::string out;
    for (std::string_view part : parts) {
        if (!out.empty()) out += '/';
        out += part;
    }
    return out.empty() ? std::string("_") : out;
}

std::string replace_extension(const std::string& relative, std::string_view ext) {
    const std::size_t base_at = relative.rfind('/') == std::string::npos ? 0 : relative.rfind('/') + 1;
    std::string stem = relative;
    const auto ends_with_gz = [&] {
        return stem.size() > base_at + 3 && util::iequals(std::string_view(stem).substr(stem.size() - 3), ".gz");
    };
    if (ends_with_gz()) stem.resize(stem.size() - 3);
    const std::size_t dot = stem.rfind('.');
    if (dot != std::string::npos && dot > base_at) stem.resize(dot);
    return stem + std::string(ext);
}

}  // namespace newsclean::cli
