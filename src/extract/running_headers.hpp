// Page furniture of documents converted from paged formats: a press release
// or research note saved from PDF (pdf2htmlEX: one div per line or
// paragraph), a Word export, or the text scrape of either, repeats its
// running header ("Nimbus Labs Inc. — Press Release") and footer ("Page 1 of
// 2") on every page, between the story's paragraphs (study-f B4, pdfpr shell).
// One rule for both paths: the HTML block sweep (content_sweep.cpp) and the
// text scrape's body (text_scrape.cpp) call it on their body blocks.
#pragma once

#include <string_view>
#include <vector>

#include "newsclean/article.hpp"

namespace newsclean::extract {

// A page marker alone: "Page 2 of 3", "Seite 2 von 3", "Page 2 / 3",
// "[Page 2]", "2 | Page", "- 2 -" (lexicon/page_furniture.hpp words). Not a
// bare count ("1 / 5", "1 of 2"): a slideshow shows those too.
bool is_page_marker(std::string_view text);

// A short footer line whose first or last field is a page marker:
// "Nimbus Labs Inc. | Page 1 of 2", "Page 2 · Confidential", "Annual
// Report 2025 — Page 3" (fields split at " | ", " · ", " — ").
bool is_page_footer(std::string_view text);

// For each text of a body, in reading order: why it is page furniture, or
// empty when it is content.
//  "page-marker"    is_page_marker or is_page_footer;
//  "release-mark"   "FOR IMMEDIATE RELEASE", "Press Release" alone;
//  "running-header" a short line, no sentence end, repeated verbatim in a
//                   body that has a page marker: the pages are the evidence
//                   (a listicle repeats its "Pros" / "Cons" headings, an
//                   aggregator its photo credits, without any page marker).
// An empty text is never furniture: callers pass "" for what must stay.
std::vector<std::string_view> page_furniture(const std::vector<std::string_view>& texts);

// Removes the page furniture among the paragraphs and headings of a body;
// each removal is appended to `removed` when given.
void drop_page_furniture(std::vector<Block>& blocks, std::vector<Removal>* removed);

}  // namespace newsclean::extract
