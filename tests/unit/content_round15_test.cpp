// HTML body rules of the fifteenth round of unseen page shells (study-r: MediaWiki/Fandom furniture, docs
// generators' labels and chrome, a paywall offer, a podcast's transcript toggle). Each rule has a trap next to it.
#include <catch2/catch.hpp>

#include <string>

#include "lexicon/class_tokens.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

}  // namespace

TEST_CASE("round 15 body: a wiki's footer lines go (H1)", "[body-round-15]") {
    const std::string foot = html_body(story_page("", "<div class=\"catlinks\">Categories: Crops | Spring crops</div>"
                                                      "<p id=\"footer-info-lastmod\">This page was last edited on 28 "
                                                      "November 2026, at 14:05.</p>"));
    CHECK_FALSE(has(foot, "Categories: Crops"));
    CHECK_FALSE(has(foot, "last edited"));
    CHECK(has(foot, kStudyP3));
    // Trap: a story paragraph that speaks of an edit stays.
    CHECK(has(html_body(story_page("<p class=\"note\">This page was last edited by the night desk.</p>")),
              "last edited by the night desk"));
}

TEST_CASE("round 15 body: docs generators' code-block and callout labels go, the code stays (H5)",
          "[body-round-15]") {
    const std::string page = html_body(story_page("<div class=\"codeBlockContainer_Ckt0\"><div class=\"codeBlockTitle_"
                                                  "Ktv7\">tern.config.js</div><pre><code>export default { cache: true "
                                                  "};</code></pre></div><div class=\"admonition\"><div class=\""
                                                  "admonitionHeading_Gvgb\">tip</div><p>Run the server with the cache "
                                                  "enabled before you deploy it.</p></div>"));
    CHECK_FALSE(has(page, "tern.config.js"));
    CHECK_FALSE(has(page, "tip\n"));
    CHECK(has(page, "export default { cache: true };"));
    CHECK(has(page, "Run the server with the cache"));
    // Trap: a forum's quote title ("bbCodeBlock-title", XenForo) is not a docs label.
    CHECK(lexicon::find_class_word(lexicon::kDocLabelClassWords, "bbcodeblock-title").empty());
}

TEST_CASE("round 15 body: a disclosure toggle over hidden content goes (H8)", "[body-round-15]") {
    const std::string page = html_body(story_page("<details class=\"transcript\"><summary>Show transcript</summary>"
                                                  "<p style=\"display:none\">[00:00] Dana: Welcome back.</p></details>"));
    CHECK_FALSE(has(page, "Show transcript"));
    CHECK(has(page, kStudyP2));
    // Trap: a disclosure whose answer shows (an FAQ written as <details>) keeps its question.
    const std::string faq = html_body(story_page("<details><summary>Can I cancel at any time?</summary><p>Yes, the "
                                                 "plan ends at the close of the month you cancel in.</p></details>"));
    CHECK(has(faq, "Can I cancel at any time?"));
}
