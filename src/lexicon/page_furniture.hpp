// Page furniture of documents converted from paged formats (PDF via
// pdf2htmlEX, Word "Save as HTML", exchange research PDFs): page markers and
// press-release marks that end up between the story's paragraphs
// (study-f B4, pdfpr shell). Entries are folded (util::fold).
#pragma once

#include "lexicon/phrases.hpp"

namespace newsclean::lexicon {

// Words naming a page in a footer marker ("Page 2 of 3", "Seite 2 von 3").
extern const PhraseTable kPageWords;
// The word between the page number and the page count ("of", "von", "sur").
extern const PhraseTable kPageOfWords;
// Separators between the fields of a footer line, folded (dashes are "-"):
// "Nimbus Labs Inc. | Page 1 of 2", "Annual Report — Page 3".
extern const PhraseTable kFooterSeparators;
// Whole lines that mark a press release rather than say anything
// ("FOR IMMEDIATE RELEASE", "Press Release").
extern const PhraseTable kReleaseMarks;
// The opening of a line naming a web page's maker or keeper ("Deze pagina is gemaakt door:", "Page maintained by").
extern const PhraseTable kPageCreditLabels;

}  // namespace newsclean::lexicon
