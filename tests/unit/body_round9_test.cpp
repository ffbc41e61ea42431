// Body and boilerplate-table rules of the ninth round of unseen page shells
// (study-l: Le Figaro, NOS, la Repubblica, AP News, The Guardian). Each rule
// has a trap next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "extract/boilerplate_text.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

const std::string kHeadline = "Asian Stocks Slip Ahead of Central Bank Meetings";


}  // namespace

TEST_CASE("round 9 body: a read-also label and its headline on one line, no separator",
          "[body-round-9][related]") {
    // Le Figaro's inline box: a label span then the headline link (study-l B10, figaro shell).
    std::string body = html_body(story_page("<div class=\"fig-body-link\"><span>Lire aussi</span> <a href=\"/a\">" +
                                            kHeadline + "</a></div>"));
    CHECK_FALSE(has(body, kHeadline));
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyP2));
    // NOS / NU.nl (nos shell) and la Repubblica in a text scrape (repubblica shell).
    body = html_body(story_page("<div class=\"related\"><span>Lees ook</span> <a href=\"/b\">" + kHeadline + "</a></div>"));
    CHECK_FALSE(has(body, kHeadline));
    CHECK(boilerplate_rule("Lees ook " + kHeadline, kHeadline.size()) == "related-inline");
    CHECK(kind_of("Leggi anche " + kHeadline) == LineKind::inline_related);
    CHECK(kind_of("Lesen Sie auch " + kHeadline) == LineKind::inline_related);
    // Traps: a sentence opening with the label ends in a stop, also inside a closing quote.
    CHECK(boilerplate_rule("Lire aussi les conclusions du rapport, publi\xC3\xA9 jeudi par le minist\xC3\xA8re.").empty());
    CHECK(kind_of("Lees ook het rapport van de minister.") != LineKind::inline_related);
    CHECK(kind_of("Leggi anche il comunicato, \"ha detto il ministro.\"") != LineKind::inline_related);
    CHECK(kind_of("Also read the fine print before you sign?") != LineKind::inline_related);
    // Trap: labels that open sentences and buttons too are not bare labels ("Read more about …").
    CHECK(kind_of("Read more about the study on the journal's website") != LineKind::inline_related);
    CHECK(boilerplate_rule("More from the minister's office later today", 0).empty());
}

TEST_CASE("round 9 body: AP's Related Coverage box inside the story", "[body-round-9][related]") {
    // study-l B9, apnews shell: div + h2 + a list of linked headlines between two paragraphs.
    const std::string body = html_body(story_page(
        "<div class=\"PageListRightRailA\"><h2>Related Coverage</h2><ul><li><a href=\"/c\">" + kHeadline +
        "</a></li><li><a href=\"/d\">Nasdaq Proposes Rule Change for Tokenized Securities</a></li></ul></div>"));
    CHECK_FALSE(has(body, "Related Coverage"));
    CHECK_FALSE(has(body, kHeadline));
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyP2));
    CHECK(has(body, kStudyP3));
    // Trap: in a text scrape the line stands mid-story, so it opens no related block (that would cut the story).
    CHECK(kind_of("Related Coverage") != LineKind::related_opener);
    CHECK(boilerplate_rule("The network said its related coverage would continue through the weekend.").empty());
}

TEST_CASE("round 9 body: AP's funding note closing grant-funded stories", "[body-round-9][disclaimer]") {
    // study-l B11, apnews shell.
    const std::string note = "The Associated Press receives support from several private foundations. AP is solely "
                             "responsible for all content.";
    CHECK(boilerplate_rule(note) == "disclaimer");
    const std::string body = html_body(story_page("", "<p><em>" + note + "</em></p>"));
    CHECK_FALSE(has(body, "solely responsible"));
    CHECK(has(body, kStudyP3));
    const Article text = study_text_page({}, {note, ""});
    CHECK_FALSE(has(text.body(), "solely responsible"));
    CHECK(has(text.body(), kStudyLast));
    // Trap: the words "solely responsible" in a story sentence.
    CHECK(boilerplate_rule("The court ruled that the operator is solely responsible for the cleanup costs.").empty());
}

TEST_CASE("round 9 body: the Guardian's reader-funding appeal", "[body-round-9][newsletter]") {
    // study-l B13, guardian shell.
    const std::string ask = "\xE2\x80\xA6 we have a small favour to ask. Millions are turning to the Guardian for "
                            "open, independent, quality news every day.";
    CHECK(boilerplate_rule(ask) == "newsletter");
    const Article text = study_text_page({}, {ask, ""});
    CHECK_FALSE(has(text.body(), "small favour"));
    CHECK(has(text.body(), kStudyLast));
    // Trap: a quote asking a favour is story text.
    CHECK(boilerplate_rule("The mayor said: \"We have a favour to ask of the council before the vote.\"").empty());
}

TEST_CASE("round 9 body: the byline's own line as the body's first block", "[body-round-9][byline]") {
    // study-l B12, guardian shell: an agency in a <span> of the contributor card (no rel=author link).
    // The Guardian's article: headline, standfirst, meta (contributor card + date) and body divs side by side.
    const auto page = [](const std::string& first) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + kStudyTitle +
               "</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": [{\"@type\": "
               "\"Organization\", \"name\": \"Agence France-Presse\"}]}</script></head><body><main><article>"
               "<div data-gu-name=\"headline\"><h1>" + kStudyTitle + "</h1></div><div data-gu-name=\"standfirst\"><p>"
               "Officials say the change will take effect from next year</p></div><div data-gu-name=\"meta\"><address>"
               "<span>Agence France-Presse</span></address><details><summary><span>Fri 19 Sep 2025 04.20 BST</span>"
               "</summary><span>Last modified on Sat 20 Sep 2025 10.05 BST</span></details></div><div class=\"share\">"
               "<button>Share</button></div><div id=\"maincontent\"><div>" + first + "<p>" +
               kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p><p>" + kStudyLast +
               "</p></div></div></article></main></body></html>";
    };
    Result result = clean_bytes(page(""), "test.html", Options{});
    REQUIRE(std::holds_alternative<Article>(result));
    const Article& a = std::get<Article>(result);
    CHECK(a.byline.value_or("") == "Agence France-Presse");
    CHECK_FALSE(has(a.body(), "Agence France-Presse"));
    CHECK(has(a.body(), kStudyP1));
    // Trap: a first paragraph that opens with the name is the story's.
    const std::string lede = "Agence France-Presse reported on Thursday that the trial would resume next week.";
    CHECK(has(html_body(page("<p>" + lede + "</p>")), lede));
}
