// The writers' single entry point: Article → bytes of one output record in the
// chosen format. The CLI (single page or batch) only ever calls render().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsclean/article.hpp"

namespace newsclean::write {

enum class Format { json, jsonl, markdown, text };

struct WriterOptions {
    Format format = Format::json;
    bool pretty = true;                // json: indented; jsonl is always one line
    bool explain = false;              // json/jsonl: add the "removed" key
    std::vector<std::string> fields;   // json/jsonl: keep only these keys (empty = all)
    bool with_markdown = false;        // json/jsonl: add a "markdown" key
    bool images = false;               // markdown: render images as ![alt](src)
    bool links = false;                // markdown: render links as [text](href)
};

// One complete record, ending in a newline.
std::string render(const Article& article, const WriterOptions& options);

// The record written in place of an article when an input fails (JSON formats:
// {"input":{"path":...},"error":...}); empty for formats that have none.
std::string render_error(const std::string& path, const std::string& reason, const WriterOptions& options);

// File extension (with dot) for outputs of this format: ".json", ".jsonl", ".md", ".txt".
std::string_view file_extension(Format format);

}  // namespace newsclean::write
