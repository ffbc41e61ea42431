// HTML body rules of the twenty-first round of unseen page shells (study-w: Discourse's crawler view with its
// replies, uniba's spaced "28. 11. 2026" date row, amarujala's byline row ending in a relative age, segabg's
// "Прочетете още:" box). Each rule has a trap next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "lexicon/class_tokens.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kReply = "Thanks for the release! Upgraded two nodes on Debian via the apt repository and everything "
                           "looks good so far.";

// The story under a header row `header` (between the h1 and the story's box).
std::string header_page(const std::string& header) {
    return study_page("<article><h1>" + kStudyTitle + "</h1>" + header + "<div class=\"content\"><p>" + kStudyP1 +
                      "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p></div></article>");
}

}  // namespace

TEST_CASE("round 21 body: schema.org comment microdata marks replies and counters (H4)", "[body-round-21]") {
    // Discourse's crawler view: the first post, its likes counter, then the replies as itemprop=comment siblings,
    // with class names that say nothing.
    const std::string reply = "<div id=\"post_2\" itemprop=\"comment\" itemscope itemtype=\"http://schema.org/Comment\" "
                              "class=\"topic-body crawler-post\"><div class=\"crawler-post-meta\"><span itemprop=\"author\">"
                              "acolomb</span> <span class=\"position\">#2</span></div><div class=\"post\" itemprop=\"text\">"
                              "<p>" + kReply + "</p></div></div>";
    const std::string discourse = html_body(study_page(
        "<div id=\"main-outlet\"><h1>" + kStudyTitle + "</h1><div itemscope itemtype=\"http://schema.org/"
        "DiscussionForumPosting\" class=\"topic-body crawler-post\"><div class=\"post\" itemprop=\"text\"><p>" + kStudyP1 +
        "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p></div><div itemprop=\"interactionStatistic\"><span>12 Likes"
        "</span></div></div>" + reply + "</div>"));
    CHECK(has(discourse, kStudyP1));
    CHECK(has(discourse, kStudyP3));
    CHECK_FALSE(has(discourse, "Upgraded two nodes"));
    CHECK_FALSE(has(discourse, "12 Likes"));
    // A WordPress theme's comment list: each comment an <article> (a story container by its tag) under a neutral list.
    const std::string wordpress = html_body(story_page(
        "", "<ol class=\"thread\"><li><article itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\">"
            "<p>" + kReply + "</p></article></li></ol>"));
    CHECK(has(wordpress, kStudyP3));
    CHECK_FALSE(has(wordpress, "Upgraded two nodes"));
    // Whole names only: "commentCount" and "commentText" are no comment of their own; "NewsArticle" is the story.
    CHECK(lexicon::find_class_name(lexicon::kCommentMicrodataNames, "comment") == "comment");
    CHECK(lexicon::find_class_name(lexicon::kCommentMicrodataNames, "commentcount").empty());
    CHECK(lexicon::find_class_name(lexicon::kCommentMicrodataNames, "commenttext").empty());
    // Trap: the story's own microdata stays, and a comment that is the page's prose (a comment's permalink page)
    // is no furniture of another story.
    const std::string story = html_body(study_page(
        "<article itemscope itemtype=\"https://schema.org/NewsArticle\"><h1>" + kStudyTitle + "</h1><div "
        "itemprop=\"articleBody\"><p>" + kStudyP1 + "</p><p>" + kStudyP2 + "</p></div></article>"));
    CHECK(has(story, kStudyP2));
    const std::string permalink = html_body(study_page(
        "<main><h1>" + kStudyTitle + "</h1><div itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\">"
        "<p>" + kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p></div></main>"));
    CHECK(has(permalink, kStudyP2));
}

TEST_CASE("round 21 body: a spaced numeric date row above the story goes (H3)", "[body-round-21]") {
    // The cs/sk/de/hr/sl official style "28. 11. 2026", which the metadata's date reader reads.
    const std::string sk = html_body(header_page("<p class=\"news-date\">Pridané: 28. 11. 2026</p>"));
    CHECK_FALSE(has(sk, "Pridané"));
    CHECK(has(sk, kStudyP1));
    const std::string hr = html_body(header_page("<div class=\"date\">Objavljeno: 28. 11. 2026.</div>"));
    CHECK_FALSE(has(hr, "Objavljeno"));
    // Trap: a short first sentence holding such a date is the story.
    const std::string sentence = "Am 28. 11. 2026 wählte der Akademische Senat einen neuen Rektor.";
    CHECK(has(html_body(header_page("<p>" + sentence + "</p>")), sentence));
}

TEST_CASE("round 21 body: a header's chip row with a byline and a date goes whatever else it holds (H5)",
          "[body-round-21]") {
    // Desk and place, the labelled byline, the date (a Hindi month the date reader lacks) and a relative age the
    // lexicon does not know: too long for a date row alone, a header row by its byline chip.
    const std::string hi = html_body(header_page(
        "<div class=\"auther-sec\"><span class=\"auther\">अमर उजाला ब्यूरो, लखनऊ</span> <span class=\"pub-by\">"
        "Published by: <a href=\"/x\">नेहा मिश्रा</a></span> <span class=\"published\">27 नवंबर 2026, 09:30 AM</span> "
        "<span class=\"ago\">(3 घंटे पहले)</span></div>"));
    CHECK_FALSE(has(hi, "नेहा मिश्रा"));
    CHECK_FALSE(has(hi, "घंटे"));
    CHECK(has(hi, kStudyP1));
    // The byline marked by its class instead of a label.
    const std::string marked = html_body(header_page(
        "<div class=\"meta\"><span class=\"byline\">नेहा मिश्रा, अमर उजाला ब्यूरो, लखनऊ</span> <span>27 नवंबर 2026, "
        "09:30 AM</span> <span>(3 घंटे पहले)</span> <span>पढ़ने का समय: 4 मिनट</span></div>"));
    CHECK_FALSE(has(marked, "घंटे"));
    CHECK(has(marked, kStudyP1));
    // Trap: a long row of chips with a date and no byline (a series' blurb over the story) stays.
    const std::string blurb = "Teil 3 der Serie über die Klimakonferenz in Belém und ihre Folgen für die Städte, "
                              "Dörfer und Küsten Europas";
    const std::string series = html_body(header_page("<div class=\"series\"><span>" + blurb + "</span> <span>"
                                                     "28. November 2026</span></div>"));
    CHECK(has(series, blurb));
}

TEST_CASE("round 21 body: a label-and-link box between paragraphs is a read-also box in any language (H2)",
          "[body-round-21]") {
    const std::string bg = html_body(story_page("<div class=\"box\"><span>Прочетете още:</span> <a href=\"/x\">"
                                                "Инфлацията в България се забави до 3,2%</a></div>"));
    CHECK_FALSE(has(bg, "Инфлацията"));
    CHECK_FALSE(has(bg, "Прочетете"));
    CHECK(has(bg, kStudyP2));
    // A Wikipedia hatnote: the label as bare text before the link.
    const std::string hatnote = html_body(story_page("<div role=\"note\" class=\"hatnote\">Main article: <a href=\"/w\">"
                                                     "Peanut allergy in early childhood</a></div>"));
    CHECK_FALSE(has(hatnote, "Main article"));
    // Traps: the editor's own paragraph (the readability truths keep "<p><strong>Lire : <a>…</a></strong></p>"),
    // a link too short for a headline, and a box with two links. (A source label's box, "Quelle: <a>…</a>", is the
    // source-line rule's.)
    const std::string lire = "Que sont les IMSI-catchers, ces valises qui espionnent";
    CHECK(has(html_body(story_page("<p><strong>Lire : <a href=\"/l\">" + lire + "</a></strong></p>")), lire));
    CHECK(has(html_body(story_page("<div><span>Photos:</span> <a href=\"/g\">Gallery</a></div>")), "Gallery"));
    const std::string two = html_body(story_page("<div><span>Downloads:</span> <a href=\"/a\">Annual report of "
                                                 "the clinic</a> <a href=\"/b\">Press kit</a></div>"));
    CHECK(has(two, "Annual report of the clinic"));
}
