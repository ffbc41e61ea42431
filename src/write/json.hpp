// Article → JSON (schema 1, docs/article.schema.json). Every key is always
// present: null or [] when unknown.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsclean/article.hpp"

namespace newsclean::write {

inline constexpr int kSchemaVersion = 1;

// Every key a record can carry, in output order ("removed" only with
// --explain, "markdown" only with --with-markdown): what --fields accepts.
inline constexpr std::array<std::string_view, 19> kJsonKeys = {
    "schema", "url",  "canonical_url", "title", "byline",     "authors", "source",  "site_name", "date",    "date_modified",
    "description", "lang", "image", "tags", "body", "word_count", "input", "removed", "markdown"};

bool is_json_key(std::string_view key);

struct JsonOptions {
    bool pretty = true;                    // indented (json) or one line (jsonl)
    bool explain = false;                  // add the "removed" key
    std::optional<std::string> markdown;   // the "markdown" key's value, when wanted
    std::vector<std::string> fields;       // keep only these keys, in this order (empty = all)
};

std::string to_json(const Article& article, const JsonOptions& options);

}  // namespace newsclean::write
