#include "lexicon/text_layout_words.hpp"

namespace newsclean::lexicon {

namespace {

using namespace std::string_view_literals;

// study-f pdfpr shell; wire services (PR Newswire, GlobeNewswire, Business
// Wire) and their de/fr/es forms.
constexpr std::string_view kReleaseMarker[] = {
    "for immediate release"sv, "for immediate distribution"sv, "zur sofortigen veröffentlichung"sv,
    "pour diffusion immédiate"sv, "para publicación inmediata"sv, "para divulgação imediata"sv,
};

// study-f forum shell (phpBB 3 "Post by X »"; its de/fr/es/it/nl/pl language
// packs "Beitrag von", "Message par", "Mensaje por", "Messaggio da", "Bericht
// door", "Post autor"; phpBB 3.3's bare "by").
constexpr std::string_view kForumPostLabel[] = {
    "post by"sv, "posted by"sv, "by"sv, "beitrag von"sv, "message par"sv, "mensaje por"sv, "messaggio da"sv,
    "bericht door"sv, "post autor"sv,
};

}  // namespace

const PhraseTable kReleaseMarkers{"release-marker", kReleaseMarker};
const PhraseTable kForumPostLabels{"forum-post", kForumPostLabel};

}  // namespace newsclean::lexicon
