// HTML body rules of the fourteenth round of unseen page shells (study-q: lidovky's inline ad and related teaser,
// kwestiasmaku's WP Recipe Maker card). Each rule has a trap next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "lexicon/class_tokens.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kAdText = "Pojištění auta online se slevou až 35 %";

}  // namespace

TEST_CASE("round 14 body: ad slots named in other languages go (H1)", "[body-round-14]") {
    // No label before them: the class alone names the slot.
    CHECK_FALSE(has(html_body(story_page("<div class=\"reklama\">" + kAdText + "</div>")), kAdText));
    CHECK_FALSE(has(html_body(story_page("<div class=\"werbung-inline\">Jetzt Kredit vergleichen und sparen</div>")),
                    "Kredit vergleichen"));
    CHECK_FALSE(has(html_body(story_page("<div class=\"col-12 publicidade\">Seguro auto com 35% de desconto</div>")),
                    "Seguro auto"));
    CHECK_FALSE(has(html_body(story_page("<div id=\"publicidad_nota\">Compara seguros de coche online</div>")),
                    "Compara seguros"));
    CHECK(lexicon::find_class_word(lexicon::kAdClassWords, "box reklama--megaboard") == "reklama");
    CHECK(lexicon::find_class_word(lexicon::kAdClassWords, "anzeige") == "anzeige");
    // Traps: a word inside a longer name names something else ("kleinanzeigen" classifieds, an image viewer),
    // and WordPress's taxonomy classes on the post's own wrapper name its topic.
    CHECK(lexicon::find_class_word(lexicon::kAdClassWords, "kleinanzeigen-block-link").empty());
    CHECK(lexicon::find_class_word(lexicon::kAdClassWords, "bilderanzeigen left_bild").empty());
    CHECK(lexicon::find_class_word(lexicon::kAdClassWords, "post type-post custom_tags-werbung").empty());
    const std::string post = html_body(study_page("<article><h1>" + kStudyTitle + "</h1><div class=\"post type-post "
                                                  "category-marketing-werbung custom_tags-werbung\"><p>" + kStudyP1 +
                                                  "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p></div></article>"));
    CHECK(has(post, kStudyP1));
    CHECK(has(post, kStudyP3));
    CHECK(has(html_body(story_page("<div class=\"bilderanzeigen\">Die Klinik in Leipzig im Frühjahr</div>")),
              "Die Klinik in Leipzig"));
}

TEST_CASE("round 14 body: the short line an ad label announces goes with it (H1)", "[body-round-14]") {
    // The slot's class says nothing: the label does.
    const std::string cs = html_body(story_page("<div class=\"r-head\"><span>Reklama</span></div><div class=\"r-box\">" +
                                                kAdText + "</div>"));
    CHECK_FALSE(has(cs, kAdText));
    CHECK_FALSE(has(cs, "Reklama"));
    CHECK(has(cs, kStudyP2));
    const std::string en = html_body(story_page("<div class=\"slot-label\">Advertisement</div><div class=\"slot\">"
                                                "<a href=\"https://ads.example/x\">Car insurance online with up to 35% "
                                                "off</a></div>"));
    CHECK_FALSE(has(en, "Car insurance"));
    CHECK(has(en, kStudyP2));
    const std::string pretty = html_body(story_page("\n<div class=\"r-head\">\n  <span>Reklama</span>\n</div>\n"
                                                    "<!-- slot -->\n<div class=\"r-box\">\n  " + kAdText + "\n</div>\n"));
    CHECK_FALSE(has(pretty, kAdText));
    // Trap: an empty slot a script fills stands between the label and the story's next line.
    const std::string slot = html_body(story_page("<div class=\"slot-label\">Advertisement</div><div id=\"gpt-1\"></div>"
                                                  "<div>The vote is at noon</div>"));
    CHECK(has(slot, "The vote is at noon"));
    // Traps: after an empty slot the story goes on: a paragraph, a heading, a subhead set in bold, a sentence.
    const std::string p = html_body(story_page("<div class=\"slot-label\">Advertisement</div><p>The vote is at noon</p>"));
    CHECK(has(p, "The vote is at noon"));
    const std::string h = html_body(story_page("<div class=\"slot-label\">Anzeige</div><h2>Was die Studie zeigt</h2>"));
    CHECK(has(h, "Was die Studie zeigt"));
    const std::string b = html_body(story_page("<div class=\"slot-label\">Advertisement</div>"
                                               "<div><strong>What the study found</strong></div>"));
    CHECK(has(b, "What the study found"));
    const std::string s = html_body(story_page("<div class=\"slot-label\">Advertisement</div>"
                                               "<div>The children were followed until age five.</div>"));
    CHECK(has(s, "The children were followed until age five."));
}

TEST_CASE("round 14 body: a related label and one link is a teaser (H1)", "[body-round-14]") {
    // Run together with no capital to part them ("Lesen Sie auch5 Fragen …"), the text alone cannot tell.
    const std::string glued = html_body(story_page("<div class=\"art-tip\"><span>Lesen Sie auch</span><a href=\"/x\">5 "
                                                   "Fragen zur Erdnussallergie bei Kleinkindern</a></div>"));
    CHECK_FALSE(has(glued, "Fragen zur Erdnussallergie"));
    const std::string spaced = html_body(story_page("<div class=\"tip\"><strong>Read more</strong> <a href=\"/y\">Why "
                                                    "food allergies are on the rise</a></div>"));
    CHECK_FALSE(has(spaced, "Why food allergies"));
    CHECK(has(spaced, kStudyP2));
    // Pretty-printed markup: white space around the label and the link.
    const std::string pretty = html_body(story_page("\n<div class=\"art-tip\">\n  <span>Read more</span>\n  "
                                                    "<a href=\"/x\">Peanut patch trial shows promise</a>\n</div>\n"));
    CHECK_FALSE(has(pretty, "Peanut patch trial"));
    // Trap: a sentence opening with the word, its link one part of it.
    const std::string prose = html_body(story_page("<p><strong>Related</strong> studies in <a href=\"/z\">Israel</a> "
                                                   "found the same pattern among older children.</p>"));
    CHECK(has(prose, "found the same pattern"));
}

TEST_CASE("round 14 body: recipe-card rating, nutrition and buttons go, the recipe stays (H4)", "[body-round-14]") {
    const std::string card =
        "<div class=\"wprm-recipe-container\"><div class=\"wprm-recipe\">"
        "<div class=\"wprm-recipe-buttons\"><a class=\"wprm-recipe-jump wprm-recipe-link\">Jump to Recipe</a>"
        "<a class=\"wprm-recipe-print wprm-recipe-link\">Print Recipe</a></div>"
        "<h2 class=\"wprm-recipe-name\">Peanut butter porridge</h2>"
        "<div class=\"wprm-recipe-rating\"><span>★★★★★</span><span>4.8 from 126 votes</span></div>"
        "<div class=\"wprm-recipe-meta-container\"><span>Prep Time: 10 minutes</span> <span>Servings: 2</span></div>"
        "<h3>Ingredients</h3><ul class=\"wprm-recipe-ingredients\"><li>80 g rolled oats</li><li>2 tbsp smooth "
        "peanut butter</li></ul><h3>Instructions</h3><ol class=\"wprm-recipe-instructions\"><li>Simmer the oats in "
        "milk for five minutes.</li><li>Stir in the peanut butter and serve.</li></ol>"
        "<div class=\"wprm-nutrition-label-container\"><span>Calories: 312kcal</span> <span>Protein: 11g</span></div>"
        "</div></div>";
    const std::string body = html_body(story_page("", card));
    CHECK_FALSE(has(body, "★"));
    CHECK_FALSE(has(body, "126 votes"));
    CHECK_FALSE(has(body, "Calories"));
    CHECK_FALSE(has(body, "Jump to Recipe"));
    CHECK_FALSE(has(body, "Print Recipe"));
    CHECK(has(body, "Peanut butter porridge"));
    CHECK(has(body, "Prep Time: 10 minutes"));
    CHECK(has(body, "Ingredients"));
    CHECK(has(body, "2 tbsp smooth peanut butter"));
    CHECK(has(body, "Stir in the peanut butter and serve."));
    const std::string tasty = html_body(story_page(
        "", "<div class=\"tasty-recipes\"><div class=\"tasty-recipes-rating\">★★★★☆ 4.2 (37 ratings)</div>"
            "<div class=\"tasty-recipes-buttons\"><a>Print</a> <a>Pin</a></div><h3>Ingredients</h3><ul><li>1 cup "
            "roasted peanuts</li></ul><div class=\"tasty-recipes-nutrition\">Serving Size: 1 cup</div></div>"));
    CHECK_FALSE(has(tasty, "37 ratings"));
    CHECK_FALSE(has(tasty, "Serving Size"));
    CHECK(has(tasty, "1 cup roasted peanuts"));
    // Traps: a recipe site's own nutrition tab (the trafilatura truth keeps Nestlé's "nutrition-tab") and a post
    // filed under "nutrition" stay.
    const std::string tab = html_body(story_page("<div class=\"nutrition-tab\"><p>Energy 782 kcal, protein 43 g, "
                                                 "carbohydrate 61 g per serving.</p></div>"));
    CHECK(has(tab, "Energy 782 kcal"));
    const std::string filed = html_body(study_page("<article><h1>" + kStudyTitle + "</h1><div class=\"post "
                                                   "category-nutrition\"><p>" + kStudyP1 + "</p><p>" + kStudyP2 +
                                                   "</p></div></article>"));
    CHECK(has(filed, kStudyP2));
}
