// Metadata of an HTML page → the Article's title, byline/authors, source,
// site_name, dates, lang, canonical URL, image, tags and description.
// Sources, by precedence: the visible headline/byline/dateline near the h1
// (they win where metadata contradicts them, e.g. a JSON-LD author that is the
// aggregator), JSON-LD, OpenGraph/meta/microdata, then the URL.
#pragma once

#include "newsclean/article.hpp"
#include "newsclean/options.hpp"
#include "reader/dom.hpp"

namespace newsclean::extract {

// Returns whether the title is only the site's or organisation's name or a section path, taken from the
// metadata with no page heading showing it (extract.cpp looks for the story's opening heading then).
bool extract_metadata(const reader::Dom& dom, const ExtractOptions& options, Article& article);

// A heading that is all one link to the home page (`text`: the heading's collapsed text) is the site's logo,
// no headline: a title candidate that names the site, never the story's opening headline either.
bool is_home_link_heading(const reader::Dom& dom, reader::NodeId heading, std::string_view text);

// "Headline | Site" / "Site - Headline" → "Headline" when the part cut off
// names the site (`site_names`: og:site_name, publisher, host); a lone short
// " | Section" tail goes too. Real colons and dashes inside a headline stay.
std::string strip_site_name(std::string_view title, const std::vector<std::string>& site_names);

}  // namespace newsclean::extract
