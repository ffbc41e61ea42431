#include "lexicon/page_furniture.hpp"

#include <string_view>

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Footer page words of the office suites' and PDF converters' page-number
// fields in the languages of the dev corpus and the study shells: en, de, fr,
// es/pt, it/nl, pl, cs, ru, tr, vi. Not "p" (too short to say "page") nor
// da/no "side", sv "sida": "Side 2" heads a record's track list in English.
constexpr std::string_view kPageWord[] = {
    "page"sv, "seite"sv, "página"sv, "pagina"sv, "pág"sv, "strona"sv, "strana"sv,
    "страница"sv, "стр"sv, "sayfa"sv, "trang"sv,
};

// "Page 2 of 3" in the same languages: of, von, sur, de, di, van, z, из.
// A slash ("Page 2 / 3") is read as this word by the matcher.
constexpr std::string_view kPageOfWord[] = {
    "of"sv, "von"sv, "sur"sv, "de"sv, "di"sv, "van"sv, "z"sv, "из"sv,
};

// Office-suite footer fields are set off by a bar, a middle dot or a dash
// (Word's "Page X | Company" footers, pdf2htmlEX copies of them); " / " is
// not one: "Page 2 / 3" is a marker on its own.
constexpr std::string_view kFooterSeparator[] = {" | "sv, " · "sv, " - "sv};

// The dateline-block marks of press releases (wire services' and the study-f
// pdfpr shell's "FOR IMMEDIATE RELEASE"), and the document-type line above
// a release, in en, de, fr, es, it, nl, pt. A whole line only: "press
// release" inside a sentence is prose.
constexpr std::string_view kReleaseMark[] = {
    "for immediate release"sv, "for immediate distribution"sv, "immediate release"sv,
    "press release"sv, "news release"sv, "media release"sv,
    "zur sofortigen veröffentlichung"sv, "pressemitteilung"sv, "pressemeldung"sv,
    "pour diffusion immédiate"sv, "pour publication immédiate"sv, "communiqué de presse"sv,
    "para publicación inmediata"sv, "para difusión inmediata"sv, "comunicado de prensa"sv,
    "per la pubblicazione immediata"sv, "comunicato stampa"sv,
    "voor onmiddellijke publicatie"sv, "persbericht"sv,
    "para divulgação imediata"sv, "comunicado à imprensa"sv,
};

// The line naming who made or keeps a web page, under the text of government and institution pages (study-s
// round 16 H6: Rijksoverheid's "Deze pagina is gemaakt door: Ministerie van …", the same footer on every nl
// ministry site; US agencies' "Page maintained by", "This page is maintained by"; de federal and state portals'
// "Diese Seite wird betreut von", "Verantwortlich für diese Seite"): the page's owner, not a line of the story.
constexpr std::string_view kPageCreditLabel[] = {
    "deze pagina is gemaakt door"sv, "deze pagina wordt beheerd door"sv, "page maintained by"sv,
    "this page is maintained by"sv, "this page was created by"sv, "page created by"sv, "content maintained by"sv,
    "diese seite wird betreut von"sv, "verantwortlich für diese seite"sv,
};

}  // namespace

const PhraseTable kPageCreditLabels{"page-credit", kPageCreditLabel};
const PhraseTable kPageWords{"page-word", kPageWord};
const PhraseTable kPageOfWords{"page-of-word", kPageOfWord};
const PhraseTable kFooterSeparators{"footer-separator", kFooterSeparator};
const PhraseTable kReleaseMarks{"release-mark", kReleaseMark};

}  // namespace newsclean::lexicon
