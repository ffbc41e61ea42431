// Text scrapes of the ninth round of unseen page shells (study-l: the
// Guardian, Al Jazeera, AP, Le Figaro, la Repubblica, NOS, Opera News).
// Every page is handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

const std::string kDeck = "Officials say the change will take effect from next year, despite objections";

}  // namespace

TEST_CASE("round 9 text: headline over a deck over a contributor row (B5)", "[text-round-9]") {
    // The Guardian: nav / headline / standfirst / name + role / date.
    const std::string headline = "Attack stokes instability fears in North Africa";
    const auto guardian = [&](const std::string& contributor) {
        return text_article({"News Opinion Sport Culture Lifestyle", "", headline, "", kDeck, "", contributor,
                             "Fri 19 Sep 2025 04.20 BST", "Share", "", kParagraph, "", kStudyLast});
    };
    const Article a = guardian("Damian Carrington Environment editor");
    CHECK(a.title == std::optional<std::string>(headline));
    CHECK(a.byline == std::optional<std::string>("Damian Carrington"));
    CHECK(day_of(a) == "2025-09-19");
    CHECK_FALSE(has(a.body(), "Environment editor"));
    const Article b = guardian("By Agence France-Presse");  // an agency as the contributor
    CHECK(b.title == std::optional<std::string>(headline));
    // Trap: a breadcrumb over a sentence-case headline is no headline (bitwire repost-text pages).
    const Article c = text_article({"Home News Markets", "", "Noticias/Noticias cripto", "",
                                    "Una solución no violenta para la cuestión mapuche en el sur", "",
                                    "By Tomás Echeverría", "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(c.title == std::optional<std::string>("Una solución no violenta para la cuestión mapuche en el sur"));
    // Trap: a nav bar of capitalised words over a long sentence-case headline (AP).
    const std::string ap = "Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of the strategy";
    const Article d = text_article({"AP World U.S. Politics Sports Entertainment Business", "", ap, "",
                                    "By MIKE CORDER", "September 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(d.title == std::optional<std::string>(ap));
    // Trap: a blog's tagline over a Title Case headline is no headline (study-l wpjetpack shell).
    const std::string star = "'Star Wars' Original Cuts Might Get Released for 40th Anniversary";
    const Article e = text_article({"DailyCoinWire", "", "Crypto and world news, every day", "", star, "",
                                    "Posted on September 19, 2025 by admin", "", kParagraph, "", kStudyLast});
    CHECK(e.title == std::optional<std::string>(star));
    // Traps: an app bar opening the page, a forum's pager row over a sentence-case headline (study-b appview,
    // study-f forum shells).
    const std::string zim = "Zimbabwe coup: Robert Mugabe and wife Grace insisting he finishes his term, as priest steps in";
    const Article g = text_article({"Read this story in the Newsly appOpen", "", zim, "", "Marcus Feldman",
                                    "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(g.title == std::optional<std::string>(zim));
    const Article h = text_article({"Board index News FAQ Login", "", "Post reply 4 posts and page 1 of 1 here", "", zim,
                                    "", "By Marcus Feldman", "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(h.title == std::optional<std::string>(zim));
    // Trap: a headline-sized line without a role word over a date is no contributor row.
    const Article f = text_article({"Home News Markets", "", "Central Bank Holds Rates Steady Again", "Sep 19, 2025", "",
                                    kParagraph, "", kStudyLast});
    CHECK(f.title == std::optional<std::string>("Central Bank Holds Rates Steady Again"));
    CHECK_FALSE(f.byline);
}

TEST_CASE("round 9 text: an a11y list box after paragraph 1 (B8)", "[text-round-9]") {
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "Published On 19 Sep 2025 19 Sep 2025",
                                    "Click here to share on social media", "", kStudyP1, "",
                                    "Recommended Stories", "", "list of 3 items",
                                    "Gold Retreats From Record High as Dollar Firms",
                                    "Asian Stocks Slip Ahead of Central Bank Meetings",
                                    "Nasdaq Proposes Rule Change for Tokenized Securities", "end of list", "", kStudyP2, "",
                                    kStudyP3, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    const std::string body = a.body();
    CHECK(body.starts_with(kStudyP1));
    CHECK(has(body, kStudyP2));
    CHECK_FALSE(has(body, "list of 3 items"));
    CHECK_FALSE(has(body, "Gold Retreats"));
    CHECK_FALSE(has(body, "end of list"));
    CHECK_FALSE(has(body, "Click here to share"));
    // Trap: a sentence about a list of items, and a paragraph between the markers, stay story text.
    const Article b = text_article({"Home News Markets", "", kStudyTitle, "", "Sep 19, 2025", "", kStudyP1, "",
                                    "list of 3 items", "", kStudyP2, "", "end of list", "", kStudyLast});
    CHECK(has(b.body(), kStudyP2));
    CHECK(has(b.body(), kStudyP1));
}

TEST_CASE("round 9 text: chrome buttons of the study-l shells (B13)", "[text-round-9]") {
    CHECK(kind_of("Reuse this content") == LineKind::label);
    CHECK(kind_of("View original") == LineKind::label);
    CHECK(kind_of("Écouter cet article") == LineKind::label);
    CHECK(kind_of("Ascolta l'articolo") == LineKind::label);
    CHECK(kind_of("Deel artikel") == LineKind::share);
    CHECK(kind_of("Link copied Email Facebook X LinkedIn") == LineKind::share);
    // A vote bar ending in its coin tags (cryptopanic shell).
    CHECK(kind_of("\xF0\x9F\x94\xA5 12 \xF0\x9F\x91\x8D 8 \xF0\x9F\x91\x8E 1 \xF0\x9F\x98\x82 0 Currencies: BTC ETH") ==
          LineKind::label);
    CHECK(kind_of("Currencies: BTC ETH") == LineKind::ticker);
    // Trap: words after the label are no coin tags.
    CHECK(kind_of("\xF0\x9F\x94\xA5 12 \xF0\x9F\x91\x8D 8 Currencies: the dollar and the euro rose sharply") !=
          LineKind::label);
    // Traps: sentences holding the words stay text.
    CHECK(kind_of("Readers can view original documents of the case on the court's website, the ministry said.") ==
          LineKind::prose);
    CHECK(kind_of("The agency said it would reuse this content in future reports on the allergy study.") ==
          LineKind::prose);
}

TEST_CASE("round 9 text: an Italian correspondent's credit row (B6)", "[text-round-9]") {
    const Article a = study_text_page({"dal nostro corrispondente Paolo Bianchi 19 Settembre 2025 alle 04:20 - aggiornato alle 10:05",
                                       "Ascolta l'articolo"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Paolo Bianchi"));
    CHECK(day_of(a) == "2025-09-19");
    // Trap: a sentence naming a correspondent is story text, no byline.
    const Article b = study_text_page({"19 Settembre 2025 alle 04:20"});
    CHECK_FALSE(b.byline);
    CHECK(kind_of("Dal nostro corrispondente a Roma abbiamo ricevuto molte lettere sul tema, e le pubblichiamo tutte.") ==
          LineKind::prose);
}
