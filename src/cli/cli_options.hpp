// Command-line options, parsed once from argv by CLI11 into plain values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "newsclean/options.hpp"
#include "write/writer.hpp"

namespace newsclean::cli {

// Batch runs (issue 7): many inputs, parallel workers, mirrored or streamed outputs.
struct BatchCliOptions {
    std::vector<std::string> globs;          // --glob PATTERN ("!PATTERN" excludes)
    std::optional<std::string> files_from;   // --files-from FILE|-
    bool null_separated = false;             // -0: --files-from list is NUL-separated
    unsigned jobs = 0;                       // -j N; 0 = one worker per core
    bool ordered = false;                    // --ordered: stream records in input order
    bool unordered = false;                  // --unordered: stream records as they finish
    bool skip_existing = false;              // --skip-existing: resume a mirrored run
    bool fail_fast = false;                  // --fail-fast: stop at the first failed input
    bool quiet = false;                      // -q: no progress bar, no summary
    bool records_in = false;                 // --input-format jsonl: stdin carries {"url","html"|"text"} records
};

struct CliOptions {
    Options library;                 // handed to the library as is
    std::vector<std::string> inputs; // paths; "-" = stdin
    write::WriterOptions writer;     // format and rendering choices
    std::optional<std::string> output;  // -o FILE|DIR; stdout when absent
    BatchCliOptions batch;
};

// Parses argv. Returns the exit code to use right away (help, version, usage
// error: 0 or 2) or nullopt when the run should proceed.
std::optional<int> parse_command_line(int argc, char** argv, CliOptions& out);

// "64M", "512k", "1G", "1000" → bytes; nullopt when malformed.
std::optional<std::size_t> parse_byte_size(const std::string& text);

}  // namespace newsclean::cli
