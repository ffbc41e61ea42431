#include "write/writer.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "write/json.hpp"
#include "write/markdown.hpp"

namespace newsclean::write {

namespace {

MarkdownOptions markdown_options(const WriterOptions& options, bool front_matter) {
    MarkdownOptions m;
    m.front_matter = front_matter;
    m.images = options.images;
    m.links = options.links;
    return m;
}

bool wants_markdown(const WriterOptions& options) {
    if (options.with_markdown) return true;
    return std::find(options.fields.begin(), options.fields.end(), "markdown") != options.fields.end();
}

// -f text: the title, a blank line, the body paragraphs; nothing else (issue 6).
std::string to_text(const Article& a) {
    std::string out;
    if (a.title && !a.title->empty()) out = *a.title;
    const std::optional<std::size_t> skip = title_heading_index(a);  // the <h1> repeating the title
    for (std::size_t i = 0; i < a.blocks.size(); ++i) {
        if (i == skip || a.blocks[i].text.empty()) continue;
        if (!out.empty()) out += "\n\n";
        out += a.blocks[i].text;
    }
    return out;
}

}  // namespace

std::string render(const Article& article, const WriterOptions& options) {
    switch (options.format) {
        case Format::markdown: return to_markdown(article, markdown_options(options, true));
        case Format::text: return to_text(article) + "\n";
        case Format::json:
        case Format::jsonl: break;
    }
    JsonOptions json;
    json.pretty = options.format == Format::json && options.pretty;
    json.explain = options.explain;
    json.fields = options.fields;
    // The "markdown" key holds the body only: the metadata is in the JSON already.
    if (wants_markdown(options)) json.markdown = to_markdown(article, markdown_options(options, false));
    return to_json(article, json) + "\n";
}

std::string render_error(const std::string& path, const std::string& reason, const WriterOptions& options) {
    if (options.format != Format::json && options.format != Format::jsonl) return {};
    nlohmann::ordered_json j;
    j["input"] = {{"path", path}};
    j["error"] = reason;
    return j.dump(options.format == Format::json && options.pretty ? 2 : -1, ' ', false,
                  nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string_view file_extension(Format format) {
    switch (format) {
        case Format::json: return ".json";
        case Format::jsonl: return ".jsonl";
        case Format::markdown: return ".md";
        case Format::text: return ".txt";
    }
    return ".json";
}

}  // namespace newsclean::write
