// Input walking for batch runs: files and directories named on the command
// line, then paths read from --files-from, yielded one at a time so that a
// folder of any size costs memory proportional to its depth, not its size.
#pragma once

#include <sys/types.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace newsclean::cli {

struct InputSpec {
    std::vector<std::string> paths;          // files or directories; "-" = a page on stdin
    std::optional<std::string> files_from;   // file of paths, one a line; "-" = stdin
    bool null_separated = false;             // --files-from list is NUL-separated (find -print0)
    std::vector<std::string> globs;          // include patterns; "!pat" excludes (walked files only)
    std::optional<std::pair<dev_t, ino_t>> skip_dir;  // never descend here (the -o DIR inside the input)
};

// One input to process, or a problem found while walking (error non-empty):
// a symlink loop, an unreadable directory, a broken link, a FIFO... Problems
// are yielded in walk order like files, so the batch reports and counts them.
struct InputEntry {
    std::string path;   // to open, as built from the argument
    std::string error;  // non-empty: not a page to read, see above
    bool loop = false;  // the error is a symlink loop: reported, but nothing was lost
};

// Depth-first walk in byte order of names (deterministic across runs and
// machines), following symbolic links like `find -L` with loop detection on
// the (device, inode) chain of the directories being walked.
class InputWalker {
public:
    explicit InputWalker(const InputSpec& spec);
    ~InputWalker();
    InputWalker(const InputWalker&) = delete;
    InputWalker& operator=(const InputWalker&) = delete;

    std::optional<InputEntry> next();

private:
    struct Frame;
    std::optional<InputEntry> next_listed();
    std::optional<InputEntry> visit(const std::string& path, bool from_walk);
    std::optional<InputEntry> enter_directory(const std::string& path, dev_t dev, ino_t ino);
    bool glob_accepts(const std::string& path, bool is_dir) const;

    const InputSpec& spec_;
    std::size_t next_arg_ = 0;
    std::vector<Frame> stack_;
    std::FILE* list_ = nullptr;  // --files-from stream, opened on first use
    bool list_opened_ = false;
    bool list_done_ = false;
};

// The relative name an input is mirrored under in -o DIR: the path as given,
// lexically normalised, without a root, "." or any ".." that would climb out
// (like tar strips leading "/" and "../"). Never empty for a non-empty path.
std::string mirror_relative_name(const std::string& path);

// "a/b/page.html.gz" → "a/b/page" + ext; names without extension get ext appended.
std::string replace_extension(const std::string& relative, std::string_view ext);

}  // namespace newsclean::cli
