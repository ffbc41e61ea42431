// Document → Article. The single entry point of the extraction stage.
#pragma once

#include <variant>

#include "newsclean/newsclean.hpp"
#include "reader/document.hpp"

namespace newsclean::extract {

Result extract(const reader::Document& document, const ExtractOptions& options);

}  // namespace newsclean::extract
