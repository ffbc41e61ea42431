#include "cli/cli_options.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <map>

#include "newsclean/newsclean.hpp"
#include "reader/charset.hpp"
#include "write/json.hpp"

namespace newsclean::cli {

std::optional<std::size_t> parse_byte_size(const std::string& text) {
    if (text.empty()) return std::nullopt;
    std::size_t pos = 0;
    unsigned long long value = 0;
    try {
        value = std::stoull(text, &pos);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    std::string suffix = text.substr(pos);
    if (!suffix.empty() && (suffix.back() == 'B' || suffix.back() == 'b')) suffix.pop_back();
    if (!suffix.empty() && (suffix.back() == 'i')) suffix.pop_back();
    unsigned shift = 0;
    if (suffix == "k" || suffix == "K") shift = 10;
    else if (suffix == "m" || suffix == "M") shift = 20;
    else if (suffix == "g" || suffix == "G") shift = 30;
    else if (!suffix.empty()) return std::nullopt;
    if (value == 0 || value > (~0ull >> (shift + 1))) return std::nullopt;
    return static_cast<std::size_t>(value << shift);
}

namespace {

void add_options(CLI::App& app, CliOptions& out, std::string& format, std::string& input_format,
                 std::string& max_bytes, std::optional<std::string>& url) {
    app.add_option("INPUT", out.inputs, "Saved pages (HTML or text, may be gzipped) or folders of them (walked); '-' or none reads stdin");
    app.add_option("-f,--format", format,
                   "Output format: json (one object per input), jsonl (one line per input), markdown (YAML front "
                   "matter + body) or text (title and paragraphs)")
        ->check(CLI::IsMember({"json", "jsonl", "markdown", "text"}))
        ->default_val("json");
    app.add_option("-o,--output", out.output, "Write to FILE instead of stdout (replaced atomically), or mirror the inputs into DIR (one file each)");
    app.add_option("--url", url, "The page's address: reported as `url`, base for resolving links");
    app.add_option("--input-format", input_format, "Input kind: auto, html, text, or jsonl (records {\"url\",\"html\"|\"text\"} one a line)")
        ->check(CLI::IsMember({"auto", "html", "text", "jsonl"}))
        ->default_val("auto");
    app.add_option("--encoding", out.library.read.encoding, "Charset label overriding the sniffed one (WHATWG labels)")
        ->check([](const std::string& label) {
            return reader::encoding_for_label(label) ? std::string() : "unknown encoding label: " + label;
        });
    app.add_option("--max-bytes", max_bytes, "Largest input accepted, before and after gunzip (e.g. 64M, 512K)")
        ->check([](const std::string& v) { return parse_byte_size(v) ? std::string() : "not a size: " + v; })
        ->default_val("64M");
    app.add_flag("--explain", out.library.extract.explain,
                 "Report what was dropped from the body and by which rule (json: a `removed` key; else stderr)");
}

// Writer choices. Pretty JSON by default only for a person at a terminal;
// pipes and files get one compact line per record.
// "title,date" → {"title", "date"}; empty names (",,") are skipped.
std::vector<std::string> split_fields(const std::string& list) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        if (comma > start) fields.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    return fields;
}

void add_writer_options(CLI::App& app, CliOptions& out, std::optional<bool>& pretty, std::string& fields) {
    auto* p = app.add_flag_callback("--pretty", [&pretty] { pretty = true; }, "json: indented output (default on a terminal)");
    auto* c = app.add_flag_callback("--compact", [&pretty] { pretty = false; }, "json: one line per record (default otherwise)");
    p->excludes(c);
    // One string split here (not a CLI11 vector option, which would swallow the INPUT paths after it).
    app.add_option("--fields", fields, "json/jsonl: keep only these keys, in this order (comma-separated)")
        ->check([](const std::string& list) {
            for (const std::string& key : split_fields(list))
                if (!write::is_json_key(key)) return "unknown field: " + key;
            return std::string();
        });
    app.add_flag("--with-markdown", out.writer.with_markdown, "json/jsonl: add a \"markdown\" key with the body as Markdown");
    app.add_flag("--images", out.writer.images, "markdown: include images as ![alt](src)");
    app.add_flag("--links", out.writer.links, "markdown: keep links as [text](href) (resolved against --url, else the canonical URL)");
}

// Batch runs (issue 7): kept in one block.
void add_batch_options(CLI::App& app, BatchCliOptions& batch) {
    app.add_option("--glob", batch.globs, "Walk only files matching PATTERN; !PATTERN excludes (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--files-from", batch.files_from, "Read input paths from FILE ('-' = stdin), one a line");
    app.add_flag("-0,--null", batch.null_separated, "--files-from list is NUL-separated (find -print0)");
    app.add_option("-j,--jobs", batch.jobs, "Worker threads (default: one per core)")->check(CLI::Range(1u, 1024u));
    auto* ordered = app.add_flag("--ordered", batch.ordered, "Stream records in input order (default on stdout)");
    app.add_flag("--unordered", batch.unordered, "Stream records as they finish")->excludes(ordered);
    app.add_flag("--skip-existing", batch.skip_existing, "With -o DIR: skip inputs whose output exists (resume)");
    app.add_flag("--fail-fast", batch.fail_fast, "Stop at the first input that cannot be read (unreadable, too large)");
    app.add_flag("-q,--quiet", batch.quiet, "No progress bar and no summary line");
}

}  // namespace

std::optional<int> parse_command_line(int argc, char** argv, CliOptions& out) {
    CLI::App app{"newsclean: turn saved news-article pages into clean data (JSON, Markdown, text)", "newsclean"};
    std::string format, input_format, max_bytes;
    std::optional<std::string> url;
    std::optional<bool> pretty;
    std::string fields;
    add_options(app, out, format, input_format, max_bytes, url);
    add_writer_options(app, out, pretty, fields);
    add_batch_options(app, out.batch);
    app.set_version_flag("-V,--version", std::string("newsclean ") + std::string(version()));
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "newsclean: %s (see --help)\n", e.what());
        return 2;
    }
    out.writer.format = format == "jsonl"      ? write::Format::jsonl
                        : format == "markdown" ? write::Format::markdown
                        : format == "text"     ? write::Format::text
                                               : write::Format::json;
    out.writer.pretty = pretty.value_or(!out.output && ::isatty(STDOUT_FILENO));
    out.writer.fields = split_fields(fields);
    out.library.read.format = input_format == "html" ? InputFormat::html
                              : input_format == "text" ? InputFormat::text
                                                       : InputFormat::auto_detect;
    out.batch.records_in = input_format == "jsonl";
    out.library.read.max_bytes = *parse_byte_size(max_bytes);
    out.library.extract.url = url;
    out.writer.explain = out.library.extract.explain;
    if (out.inputs.empty() && !out.batch.files_from) {
        if (::isatty(STDIN_FILENO)) {
            std::fprintf(stderr, "newsclean: no input given: pass files, or pipe a page on stdin (see --help)\n");
            return 2;
        }
        out.inputs.push_back("-");
    }
    return std::nullopt;
}

}  // namespace newsclean::cli
