// Where results go: stdout, or a file replaced atomically (temp file + rename)
// so that an interrupted run never leaves a half-written output.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

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
    // Flushes; for a file, renames the temp file over the target. False on error (see error()).
    bool commit();

private:
    std::FILE* file_ = nullptr;
    std::optional<std::string> path_;
    std::string temp_path_;
    std::string error_;
};

}  // namespace newsclean::cli
