// Phrase tables of the plain-text scrape's layout rules (extract/text_lines.cpp,
// text_header.cpp): widget buttons and headings around the story, forum row
// labels, header badges. Entries are folded (util::fold). Each table says
// where its entries came from.
#pragma once

#include "lexicon/phrases.hpp"

namespace newsclean::lexicon {

// Press-release markers above the dateline ("FOR IMMEDIATE RELEASE"), alone on their line.
extern const PhraseTable kReleaseMarkers;
// Labels before the poster's name on a forum post row ("Post by newsbot » Fri
// Sep 19, 2025 4:20 am").
extern const PhraseTable kForumPostLabels;

}  // namespace newsclean::lexicon
