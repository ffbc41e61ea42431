// Public entry points of newsclean::core: one page in, one Article out.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "newsclean/article.hpp"
#include "newsclean/options.hpp"

namespace newsclean {

std::string_view version();

// Why a page produced no article. Not an exception: a normal outcome.
struct Failure {
    enum class Kind { unreadable, too_large, not_a_page, no_article };
    Kind kind;
    std::string reason;  // one line, lower case, no trailing period
};

using Result = std::variant<Article, Failure>;

// Read a file ("-" = stdin) and clean it.
Result clean_file(const std::string& path, const Options& options);

// Clean bytes already in memory; `label` names them in input.path.
Result clean_bytes(std::string_view bytes, std::string label, const Options& options);

}  // namespace newsclean
