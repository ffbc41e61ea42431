// HTML body rules of the seventeenth round of unseen page shells (study-t: jetbrains's download button between a
// release post's paragraphs, brondby's video-embed label). Each rule has a trap next to it: the nearest legitimate
// text stays.
#include <catch2/catch.hpp>

#include <string>

#include "lexicon/class_tokens.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

}  // namespace

TEST_CASE("round 17 body: a paragraph that is only a button link goes (H1)", "[body-round-17]") {
    CHECK_FALSE(has(html_body(story_page("<p class=\"cta\"><a class=\"btn\" href=\"/dl\">Download IntelliJ IDEA "
                                         "2026.3</a></p>")),
                    "Download IntelliJ"));
    CHECK_FALSE(has(html_body(story_page("<p><a class=\"btn-primary btn-lg\" href=\"/try\">Try it free</a></p>")),
                    "Try it free"));
    CHECK_FALSE(has(html_body(story_page("<div class=\"wp-block-button\"><a class=\"wp-block-button__link "
                                         "wp-element-button\" href=\"/buy\">Get the app</a></div>")),
                    "Get the app"));
    CHECK(lexicon::find_class_word(lexicon::kButtonClassWords, "btn-primary btn-lg") == "btn");
    // Traps: a link paragraph without a button class (a source link), a class word inside a longer name, and a
    // button link that reads as a sentence.
    CHECK(has(html_body(story_page("<p><a href=\"/report\">Read the full report</a></p>")), "Read the full report"));
    CHECK(lexicon::find_class_word(lexicon::kButtonClassWords, "submitbutton-area").empty());
    CHECK(has(html_body(story_page("<p><a class=\"button\" href=\"/r\">The report is out now.</a></p>")),
              "The report is out now."));
}

TEST_CASE("round 17 body: a video embed's label line goes (H3)", "[body-round-17]") {
    CHECK_FALSE(has(html_body(story_page("<div class=\"embed-video\"><span>Se video: Træneren før kampen</span>"
                                         "</div>")),
                    "Se video"));
    CHECK_FALSE(has(html_body(story_page("<div>Titta på videon: Så byggdes museet</div>")), "Titta"));
    CHECK_FALSE(has(html_body(story_page("<p>Watch video: The vote in the Senate</p>")), "Watch video"));
    // Traps: the words in a sentence of the story, and a label line that ends like a sentence.
    CHECK(has(html_body(story_page("<p>Se video fra kampen på klubbens hjemmeside, siger træneren.</p>")),
              "Se video fra kampen"));
    CHECK(has(html_body(story_page("<p>Watch video: the committee will publish it on Monday.</p>")),
              "the committee will publish it"));
}
