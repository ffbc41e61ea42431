// An <article> bounds the story (study-f B9, trvn shell): a page column
// (<div class="main">) that outscores the story's paragraphs only by its
// class name does not pull the boxes after the article into the body; text
// before the article (a lede, a repost credit) keeps the column whole.
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "newsclean/newsclean.hpp"

namespace {

using namespace newsclean;

const std::string kStory =
    "<p>Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with little hope "
    "for a cure.</p><p>But a groundbreaking new study may offer a way to stem that rise, while another may offer "
    "some hope for those who are already allergic.</p><p>Parents have been told for years to avoid giving foods "
    "containing peanuts to babies for fear of triggering an allergy. Now research shows the opposite is true.</p>"
    "<p>The study is published in the New England Journal of Medicine, and it was presented at the annual meeting "
    "of the American Academy of Allergy, Asthma and Immunology in Houston, researchers said.</p>";

// A related box in a language and class no table lists (Turkish "İlgili Haberler", class "ilgili").
const std::string kRelatedBox =
    "<div class=\"ilgili\"><h3>\xC4\xB0lgili Haberler</h3><ul><li>Bitcoin 115 bin dolar\xC4\xB1n \xC3\xBCzerinde "
    "tutunuyor</li></ul></div>";

std::string page(const std::string& before_article) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Babies Who Eat Peanuts Early May "
           "Avoid Allergy</title></head><body><div class=\"nav\"><a>Anasayfa</a> <a>Haberler</a></div>"
           "<div class=\"main\">" + before_article + "<article class=\"detail\"><h1>Babies Who Eat Peanuts Early May "
           "Avoid Allergy</h1><div class=\"fck_detail\">" + kStory + "</div></article>" + kRelatedBox +
           "</div><footer><p>\xC2\xA9 2025 KriptoHaber</p></footer></body></html>";
}

std::string body_of(const std::string& html) {
    Result result = clean_bytes(html, "test.html", Options{});
    if (const auto* f = std::get_if<Failure>(&result)) FAIL(f->reason);
    std::string out;
    for (const Block& b : std::get<Article>(result).blocks) out += b.text + "\n";
    return out;
}

}  // namespace

TEST_CASE("article column: the box after the <article> stays out of a div.main column", "[content][article-column]") {
    const std::string body = body_of(page(""));
    CHECK(body.find("Parents have been told") != std::string::npos);
    CHECK(body.find("Haberler") == std::string::npos);
    CHECK(body.find("Bitcoin 115") == std::string::npos);
}

TEST_CASE("article column: a credit before the <article> keeps the column whole", "[content][article-column]") {
    // trafilatura salon.com: the repost credit above the article is story text.
    const std::string body = body_of(page("<p>This post originally appeared on Grist.</p>"));
    CHECK(body.find("This post originally appeared on Grist.") != std::string::npos);
    CHECK(body.find("Parents have been told") != std::string::npos);
}
