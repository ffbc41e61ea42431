#include "write/writer.hpp"

#include <nlohmann/json.hpp>

#include "write/json.hpp"

namespace newsclean::write {

std::string render(const Article& article, const WriterOptions& options) {
    JsonOptions json;
    json.pretty = options.format == Format::json && options.pretty;
    json.explain = options.explain;
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
