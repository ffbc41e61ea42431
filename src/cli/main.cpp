// newsclean command-line entry point: argv → options → one result per input.
// Exit codes: 0 all inputs gave an article; 1 an input could not be read or
// held no article; 2 usage error. stdout carries data only.
#include <csignal>
#include <cstdio>

#include "cli/cli_options.hpp"
#include "cli/output.hpp"
#include "newsclean/newsclean.hpp"
#include "write/writer.hpp"

namespace {

using namespace newsclean;

void report(const std::string& path, const std::string& reason) {
    std::fprintf(stderr, "newsclean: %s: %s\n", path == "-" ? "<stdin>" : path.c_str(), reason.c_str());
}

int run(const cli::CliOptions& options) {
    cli::Output out(options.output);
    if (!out.ok()) {
        report(*options.output, out.error());
        return 1;
    }
    int status = 0;
    for (const std::string& path : options.inputs) {
        const Result result = clean_file(path, options.library);
        if (const auto* failure = std::get_if<Failure>(&result)) {
            report(path, failure->reason);
            status = 1;
            continue;
        }
        const Article& article = std::get<Article>(result);
        if (options.writer.explain && options.writer.format != write::Format::json &&
            options.writer.format != write::Format::jsonl)  // json carries a `removed` key
            for (const Removal& r : article.removed) report(path, "removed [" + r.rule + "] " + r.excerpt);
        if (!out.write(write::render(article, options.writer))) break;
    }
    if (!out.commit()) {
        report(options.output.value_or("<stdout>"), out.error());
        return 1;
    }
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_DFL);  // `newsclean ... | head` ends quietly
    cli::CliOptions options;
    if (const auto code = cli::parse_command_line(argc, argv, options)) return *code;
    return run(options);
}
