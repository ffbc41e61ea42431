// HTML body rules of the eighth round of unseen page shells (study-k: BBC,
// Folha de S.Paulo, Hürriyet-style Turkish portals, Morningstar carrying Dow
// Jones and MT Newswires copy). Each rule has a trap next to it: the nearest
// legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "extract/boilerplate_text.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kP1 =
    "Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with little hope for "
    "a cure, researchers said on Thursday.";
const std::string kP2 =
    "But a groundbreaking new study may offer a way to stem that rise, while another may offer some hope for those "
    "who are already allergic to peanuts.";
const std::string kP3 =
    "Overall, about 3% of kids who ate peanut butter or peanut snacks before their first birthday got an allergy by "
    "age 5, compared with 17% of kids who avoided it.";

std::string page(const std::string& body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + kStudyTitle +
           "</title></head><body>" + body + "</body></html>";
}

// BBC's 2024+ article: <main id="main-content"> around one <article> whose
// children are the headline block, the byline block (name + role line), an
// image block, the text block(s) and the "Related topics" chips.
// `header_extra` goes between the byline block and the image block.
std::string bbc_page(const std::string& header_extra, const std::string& caption, const std::string& text_blocks) {
    return page(
        "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>"
        "<main id=\"main-content\"><article><div data-component=\"headline-block\"><h1>" + kStudyTitle +
        "</h1></div><div data-component=\"byline-block\"><div data-testid=\"byline-new\"><div><span>Bernd "
        "Debusmann Jr</span></div><div>BBC News, White House</div></div></div>" + header_extra +
        "<figure data-component=\"image-block\"><img alt=\"\" src=\"x.jpg\"><figcaption>" + caption +
        "</figcaption></figure>" + text_blocks +
        "<div data-component=\"tags\"><h2>Related topics</h2><ul><li><a href=\"/t/us\">United States</a></li>"
        "<li><a href=\"/t/pol\">Politics</a></li></ul></div></article></main>");
}

std::string text_block(const std::string& paragraphs) {
    return "<div data-component=\"text-block\">" + paragraphs + "</div>";
}

}  // namespace

TEST_CASE("round 8 body: a short story's <main> wrapper does not pull the BBC article's furniture in",
          "[body-round-8][article-column]") {
    const std::string body = html_body(bbc_page(
        "", "The announcement came after weeks of speculation",
        text_block("<p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p><p>" + kStudyLast + "</p>")));
    CHECK(has(body, kP1));
    CHECK(has(body, kStudyLast));
    CHECK_FALSE(has(body, "BBC News, White House"));
    CHECK_FALSE(has(body, "The announcement came after weeks"));
    CHECK_FALSE(has(body, "Related topics"));
    CHECK_FALSE(has(body, "Politics"));
}

TEST_CASE("round 8 body: a lede sentence beside the text block keeps the article whole",
          "[body-round-8][article-column]") {
    // Trap (trafilatura zdh.de-foerderungsstopp): a standfirst under the headline is story text.
    const std::string body = html_body(bbc_page(
        "<div class=\"standfirst\">Doctors now advise parents to give peanut foods early.</div>",
        "The announcement came after weeks of speculation",
        text_block("<p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p><p>" + kStudyLast + "</p>")));
    CHECK(has(body, "Doctors now advise parents to give peanut foods early."));
    CHECK(has(body, kP1));
    CHECK(has(body, kStudyLast));
}

TEST_CASE("round 8 body: a story split over sibling text blocks stays whole", "[body-round-8][article-column]") {
    // Trap (trafilatura tierwelt.ch-plez): the best box holds only part of the story.
    const std::string body = html_body(bbc_page(
        "", "The announcement came after weeks of speculation",
        text_block("<p>" + kP1 + "</p>") + text_block("<p>" + kP2 + "</p>") + text_block("<p>" + kP3 + "</p>") +
            text_block("<p>" + kStudyLast + "</p>")));
    CHECK(has(body, kP1));
    CHECK(has(body, kP2));
    CHECK(has(body, kP3));
    CHECK(has(body, kStudyLast));
}
