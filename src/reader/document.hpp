// What the reader hands to the extractor: a decoded page, either an HTML DOM
// or the lines of a plain-text scrape. No gumbo types in here.
#pragma once

#include <string>
#include <vector>

#include "newsclean/article.hpp"
#include "reader/dom.hpp"

namespace newsclean::reader {

enum class DocumentKind { html, text };

struct Document {
    DocumentKind kind = DocumentKind::html;
    InputInfo input;                 // path, kind, charset, bytes: copied into the Article
    Dom dom;                         // kind == html
    std::vector<std::string> lines;  // kind == text: UTF-8 lines without their line breaks
    std::size_t dropped_tags = 0;    // html: tags removed by the nesting cap
};

}  // namespace newsclean::reader
