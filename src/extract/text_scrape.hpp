// Plain-text scrapes (issue #5): a page saved as text ("save as text", a
// crawler's text dump, a copy from a reader) → Article. Built on the line model
// of text_lines.hpp and the lexicon shared with the HTML path.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "extract/text_lines.hpp"
#include "newsclean/newsclean.hpp"

namespace newsclean::extract::text {

// Where the story sits among the lines (indices into the classified lines).
struct Layout {
    std::optional<std::size_t> title;        // the headline line
    std::vector<std::size_t> meta;           // byline / date / source lines of the header
    std::optional<std::size_t> teaser;       // a description repeated above the headline
    std::size_t body_first = 0, body_last = 0;  // inclusive; valid when found
    bool found = false;
    std::optional<BylineParts> byline;
    std::optional<std::string> source;       // the origin named by a "Source:"/"Originally posted by" line
    std::optional<ParsedDate> date;          // original publication date when the page shows two
    std::optional<ParsedDate> date_modified; // an update stamp of the header
};

// Finds the headline, header lines and body span; found = false when no run of
// prose looks like an article (a link list, a price table, a log file).
// Marks teaser lines (LineKind::teaser) on the way.
Layout find_layout(std::vector<Line>& lines);

// Reads headline, byline, date and teaser from the header window
// [window_first, body_first) and attribution lines of the body and its tail
// (text_header.cpp). Marks author-row names as bylines.
void read_header(std::vector<Line>& lines, std::size_t window_first, Layout& layout);

// The whole text path: lines of a scrape → Article, or Failure "no article found".
// With `explain`, Article::removed lists the lines left out and their kinds.
Result extract_text_scrape(const std::vector<std::string>& raw_lines, bool explain = false);

}  // namespace newsclean::extract::text
