// HTML → Dom through gumbo. The only place that includes gumbo.h.
#pragma once

#include <string_view>

#include "reader/dom.hpp"

namespace newsclean::reader {

// Parses UTF-8 HTML (already through prepare_html) into a Dom. Never throws on
// malformed input; gumbo recovers as browsers do.
Dom parse_html(std::string_view utf8_html);

}  // namespace newsclean::reader
