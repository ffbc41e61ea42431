// Command-line options, parsed once from argv by CLI11 into plain values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "newsclean/options.hpp"
#include "write/writer.hpp"

namespace newsclean::cli {

struct CliOptions {
    Options library;                 // handed to the library as is
    std::vector<std::string> inputs; // paths; "-" = stdin
    write::WriterOptions writer;     // format and rendering choices
    std::optional<std::string> output;  // -o FILE; stdout when absent
};

// Parses argv. Returns the exit code to use right away (help, version, usage
// error: 0 or 2) or nullopt when the run should proceed.
std::optional<int> parse_command_line(int argc, char** argv, CliOptions& out);

// "64M", "512k", "1G", "1000" → bytes; nullopt when malformed.
std::optional<std::size_t> parse_byte_size(const std::string& text);

}  // namespace newsclean::cli
