// Article → Markdown (CommonMark + GFM tables): YAML front matter (title,
// byline, authors, source, site_name, date, url, canonical_url, lang, tags,
// description; known values only), "# title", then the body blocks. Structure survives a round trip through a real parser
// (tests/unit/markdown_roundtrip_test.cpp parses it back with cmark-gfm).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "newsclean/article.hpp"

namespace newsclean::write {

struct MarkdownOptions {
    bool front_matter = true;  // the YAML block; off for the JSON "markdown" key (the JSON has the fields)
    bool images = false;       // ![alt](src) for image blocks; left out otherwise
    bool links = false;        // [text](href) for links with an absolute target; plain text otherwise
};

std::string to_markdown(const Article& article, const MarkdownOptions& options);

// Index of the body heading that repeats the title (the page's <h1>), which the
// Markdown and text writers leave out since they print the title already.
std::optional<std::size_t> title_heading_index(const Article& article);

}  // namespace newsclean::write
