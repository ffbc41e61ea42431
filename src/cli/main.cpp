// newsclean command-line entry point: argv → options → the batch runner, which
// also serves the one-page case. stdout carries data only.
// Exit codes: 0 done; 1 an input failed (unreadable, too large, not written),
// or the single page given held no article; 2 usage error; 130 interrupted.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <thread>

#include "cli/batch.hpp"
#include "cli/cli_options.hpp"

namespace {

using namespace newsclean;

bool is_directory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

// A batch: more than one page may come in, so every input gets an outcome
// (record, stderr line, count) and a summary closes the run.
bool is_batch(const cli::CliOptions& options) {
    if (options.inputs.size() > 1 || options.batch.files_from || options.batch.records_in) return true;
    return !options.inputs.empty() && is_directory(options.inputs.front());
}

// -o names a directory to mirror the inputs into when it is one already, ends
// in '/', or a folder/list is walked and it does not look like an output file.
bool wants_mirror(const cli::CliOptions& options) {
    if (!options.output || options.batch.records_in) return false;
    const std::string& out = *options.output;
    if (is_directory(out) || ends_with(out, "/")) return true;
    const bool walks = options.batch.files_from || std::any_of(options.inputs.begin(), options.inputs.end(), is_directory);
    for (std::string_view ext : {".json", ".jsonl", ".md", ".txt"})
        if (ends_with(out, ext)) return false;
    return walks;
}

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

// Checks the combinations CLI11 cannot; returns an error message, empty when fine.
std::string usage_error(const cli::CliOptions& options, bool mirror) {
    const auto& b = options.batch;
    if (b.records_in && b.files_from) return "--input-format jsonl reads records, not --files-from paths";
    if (b.records_in && options.output && is_directory(*options.output))
        return "--input-format jsonl writes one JSONL stream, not a directory";
    if (b.records_in && options.writer.format != write::Format::json && options.writer.format != write::Format::jsonl)
        return "--input-format jsonl writes JSONL records only";
    if (b.skip_existing && !mirror) return "--skip-existing needs -o DIR";
    if (b.files_from && *b.files_from == "-" && std::find(options.inputs.begin(), options.inputs.end(), "-") != options.inputs.end())
        return "stdin cannot be both a page and the --files-from list";
    return {};
}

cli::BatchConfig make_config(const cli::CliOptions& options, bool mirror) {
    cli::BatchConfig config;
    const bool batch = is_batch(options) || mirror;
    config.library = options.library;
    config.writer = options.writer;
    // One record in, one line out: a pretty multi-line object would break the line pairing.
    if (options.batch.records_in) config.writer.format = write::Format::jsonl;
    // -o results.jsonl asks for JSONL by its name.
    if (!mirror && options.output && ends_with(*options.output, ".jsonl") && config.writer.format == write::Format::json)
        config.writer.format = write::Format::jsonl;
    config.inputs.paths = options.inputs;
    config.inputs.files_from = options.batch.files_from;
    config.inputs.null_separated = options.batch.null_separated;
    config.inputs.globs = options.batch.globs;
    config.output = options.output;
    config.mirror = mirror;
    config.records_in = options.batch.records_in;
    config.jobs = options.batch.jobs ? options.batch.jobs : default_jobs();
    config.ordered = options.batch.ordered || (!options.batch.unordered && !options.output);
    config.skip_existing = options.batch.skip_existing;
    config.fail_fast = options.batch.fail_fast;
    config.error_records = batch;
    config.progress = batch && !options.batch.quiet && ::isatty(STDERR_FILENO);
    config.summary = batch && !options.batch.quiet;
    return config;
}

}  // namespace

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_DFL);  // `newsclean ... | head` ends quietly
    cli::CliOptions options;
    if (const auto code = cli::parse_command_line(argc, argv, options)) return *code;
    const bool mirror = wants_mirror(options);
    if (const std::string error = usage_error(options, mirror); !error.empty()) {
        std::fprintf(stderr, "newsclean: %s (see --help)\n", error.c_str());
        return 2;
    }
    return cli::run_batch(make_config(options, mirror));
}
