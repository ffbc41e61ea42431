// The batch job runner: inputs (walked files, a --files-from list, or JSONL
// records) → a pool of worker threads calling the library → outputs mirrored
// into a directory or streamed (stdout / one file), with progress, a summary,
// and exit codes. The library stays single-page; everything batch lives here.
#pragma once

#include <optional>
#include <string>

#include "cli/inputs.hpp"
#include "newsclean/options.hpp"
#include "write/writer.hpp"

namespace newsclean::cli {

struct BatchConfig {
    Options library;
    write::WriterOptions writer;
    InputSpec inputs;                   // records mode: the files holding records ("-" = stdin)
    std::optional<std::string> output;  // the mirror root, or the stream's file (stdout when absent)
    bool mirror = false;                // -o DIR: one output file per input, tree mirrored
    bool records_in = false;            // --input-format jsonl: one record in, one record out
    unsigned jobs = 1;                  // worker threads
    bool ordered = true;                // stream records in input order
    bool skip_existing = false;         // mirror: inputs whose output exists are skipped
    bool fail_fast = false;             // stop at the first failed input
    bool error_records = true;          // stream an error record for every input without article
    bool progress = false;              // progress bar on stderr
    bool summary = true;                // one-line summary on stderr at the end
};

// Runs the batch; returns the exit code: 0 all inputs done, 1 an input failed
// (or the output could not be written), 130 interrupted by SIGINT/SIGTERM.
int run_batch(const BatchConfig& config);

}  // namespace newsclean::cli
