// Article → JSON (schema 1). Every key is always present: null or [] when unknown.
#pragma once

#include <string>

#include "newsclean/article.hpp"

namespace newsclean::write {

inline constexpr int kSchemaVersion = 1;

struct JsonOptions {
    bool pretty = true;    // indented (json) or one line (jsonl)
    bool explain = false;  // add the "removed" key
};

std::string to_json(const Article& article, const JsonOptions& options);

}  // namespace newsclean::write
