// Text scrapes of the thirteenth round of unseen page shells (study-p: clarin,
// gemeinde, presseportal, ettoday, howto, htx): the header of a plain-text page,
// its headline, byline and date. Every page is handwritten here, with a trap
// next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

std::optional<std::string> opt(const std::string& s) { return s; }

}  // namespace

TEST_CASE("round 13 text: a headline with one count over a deck and a date (T2)", "[text-round-13]") {
    // clarin: kicker / headline with a count / deck sentence / date / share row, no author row.
    const std::string es = "Twitter Lite llega a 24 nuevos países de América Latina y África";
    const Article a = text_article({"SeccionesSuscribiteIngresar", "", "Tecnología", "", es, "",
                                    "La aplicación apunta a usuarios con conexiones lentas y teléfonos de gama baja.", "",
                                    "27 de noviembre de 2026 - 09:41", "", "Compartir en FacebookCompartir en WhatsAppCopiar link",
                                    "", kParagraph, "", kStudyLast});
    CHECK(a.title == opt(es));
    CHECK(day_of(a) == "2026-11-27");
    CHECK_FALSE(has(a.body(), "La aplicación apunta"));
    // The same in English: "5 things …" over a standfirst and the date.
    const std::string en = "Regulators name 5 exchanges that must publish their reserves";
    const Article b = text_article({"Home News Markets", "", en, "", "The list follows months of talks with the industry.",
                                    "", "Nov 27, 2026", "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(en));
    // Trap: a forum bar's counts over a sentence and the date are no headline.
    const std::string bar = "Topics 12 and replies 48 in this forum";
    const Article c = text_article({"Board index", "", bar, "", "Welcome to the forum, please read the rules first.", "",
                                    "Nov 27, 2026", "", kParagraph, "", kStudyLast});
    CHECK(c.title != opt(bar));
}

