// Title rule of round 20: a title that is only the site's or organisation's name or a section path (og:title
// equal to og:site_name, a <title> equal to the <meta name=author> organisation, a breadcrumb of section words,
// a wiki page path) gives way to the headline the story opens with: the body's first heading, a short line in a
// title-classed box, or an h1-h4 right above the content root. Each positive case has its traps: headings of
// related lists, sidebars, footers and cookie banners are never the title; "Headline | Site" pages and pages
// whose h1 is the headline keep theirs.
#include <catch2/catch.hpp>

#include <string>

#include "metadata_test_support.hpp"

namespace {

using newsclean::Article;
using newsclean::metatest::clean;
using newsclean::metatest::or_none;

constexpr const char* kParas =
    "<p>The council voted on Tuesday evening to extend the opening hours of the public library on weekdays, after "
    "a year of requests from students and working parents who could not reach it before closing time.</p>"
    "<p>The new hours start in March. The library will open at eight in the morning and close at nine in the "
    "evening, and staff numbers will rise by two positions funded from the culture budget.</p>"
    "<p>Residents can read the full decision in the minutes of the meeting, which the town publishes on its "
    "notice board and in the weekly newsletter sent to every household.</p>";

std::string html(const std::string& head, const std::string& body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body +
           "</body></html>";
}

std::string title_of(const std::string& head, const std::string& body) {
    return or_none(clean(html(head, body), "test.html").title);
}

const std::string kMasthead = "<header><h1 class=\"logo\"><a href=\"/\">Town Courier</a></h1><nav><ul>"
                              "<li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>";

}  // namespace

TEST_CASE("round 20: og:title equal to the site name gives way to a title-classed opening line", "[metadata][title][round-20]") {
    const std::string head =
        "<title>Town Courier</title><meta property=\"og:title\" content=\"Town Courier\">"
        "<meta property=\"og:site_name\" content=\"Town Courier\">";
    const std::string body = kMasthead +
                             "<main><article><div class=\"title layout-b\"><div class=\"title-text\"><p><em>Longer hours "
                             "for the library</em></p></div></div><div class=\"text\">" +
                             kParas + "</div></article></main>";
    const Article a = clean(html(head, body), "test.html");
    CHECK(or_none(a.title) == "Longer hours for the library");
    CHECK(a.body().find("Longer hours for the library") == std::string::npos);  // no longer repeated in the body
}

TEST_CASE("round 20: a <title> equal to the author organisation gives way to the opening h4", "[metadata][title][round-20]") {
    const std::string head =
        "<title>Kulturverein Musterstadt e.V.</title><meta name=\"author\" content=\"Kulturverein - Musterstadt e.V.\">";
    const std::string body = "<div id=\"menu\"><a href=\"/\">Start</a> <a href=\"/verein\">Verein</a></div>"
                             "<div id=\"inhalt\"><h4 style=\"margin-left:10px\">Die Bibliothek bleibt abends länger "
                             "offen</h4>" +
                             std::string(kParas) + "</div>";
    CHECK(title_of(head, body) == "Die Bibliothek bleibt abends länger offen");
}

TEST_CASE("round 20: a breadcrumb <title> gives way to the h2 right above the story", "[metadata][title][round-20]") {
    const std::string head = "<title>Schwimmen - Aktuelles - Schwimmen | Landesverband e.V.</title>";
    const std::string body = "<div id=\"col1\"><h2>Vereinsfinder</h2><form><input type=\"text\" name=\"zip\"></form>"
                             "<h2>Kommende Events</h2><p><a href=\"/e\">Meisterschaft</a></p></div>"
                             "<div id=\"col2\"><div id=\"c280\"><h2>Neue Kurse für das Schwimmen ab sofort buchbar</h2>"
                             "<div class=\"newsSingle\"><div class=\"newsHeader\"><b>Schwimmen</b> 01.02.2022</div>" +
                             std::string(kParas) + "</div></div></div>";
    CHECK(title_of(head, body) == "Neue Kurse für das Schwimmen ab sofort buchbar");
}

TEST_CASE("round 20: a wiki page path gives way to the content's first heading", "[metadata][title][round-20]") {
    const std::string head = "<title>HowTo/Install - Example Wiki</title>";
    const std::string body = "<div id=\"header\"><h1>Page</h1><ul><li><a href=\"/edit\">Edit</a></li></ul></div>"
                             "<div id=\"content\"><h2 id=\"Installing\">Installing the tools</h2>" +
                             std::string(kParas) + "</div>";
    CHECK(title_of(head, body) == "Installing the tools");
}

TEST_CASE("round 20 traps: related, sidebar, footer and cookie headings are never the title", "[metadata][title][round-20]") {
    const std::string head =
        "<title>Town Courier</title><meta property=\"og:title\" content=\"Town Courier\">"
        "<meta property=\"og:site_name\" content=\"Town Courier\">";
    const std::string cookie = "<div class=\"cookie-banner\"><h2>We value your privacy</h2><p>We use cookies.</p></div>";
    const std::string related = "<div class=\"related-articles\"><h2>Related articles</h2><ul><li><a href=\"/a\">Bus "
                                "lines change in May</a></li><li><a href=\"/b\">New bridge opens</a></li></ul></div>";
    const std::string sidebar = "<aside class=\"sidebar\"><h3>Most read this week</h3><ul><li><a href=\"/c\">Market "
                                "day moves</a></li></ul></aside>";
    const std::string footer = "<footer><h4>About the Town Courier</h4><p>Contact us.</p></footer>";
    CHECK(title_of(head, cookie + kMasthead + "<main><article><div class=\"text\">" + kParas + "</div>" + related +
                             "</article>" + sidebar + "</main>" + footer) == "Town Courier");
    // A related list right above the story's text: its heading is no headline either.
    CHECK(title_of(head, kMasthead + "<main>" + related + "<article><div class=\"text\">" + kParas + "</div></article></main>" +
                             footer) == "Town Courier");
    // A heading in a box of its own beside the story (an SEO line over a listing) is not "right above" it.
    CHECK(title_of("<title>Town Courier - News - Local - Weather</title>", kMasthead + "<div id=\"seo\"><h2>Town Courier news and local weather today</h2></div>"
                             "<div id=\"container\"><div class=\"post\"><div class=\"entry\">" + kParas +
                             "</div></div></div>") == "News - Local - Weather");
}

TEST_CASE("round 20 traps: a headline title and an h1 headline stay", "[metadata][title][round-20]") {
    // "Headline | Site": the title is the story's, a subheading opening the body is no headline.
    CHECK(title_of("<title>Library opens longer on weekdays | Town Courier</title>",
                   kMasthead + "<article><h2>What changes in March</h2>" + kParas + "</article>") ==
          "Library opens longer on weekdays");
    // The <title> names the site and the page's h1 is the headline: the h1 stays the title.
    CHECK(title_of("<title>Town Courier</title><meta property=\"og:site_name\" content=\"Town Courier\">",
                   "<nav><a href=\"/\">Home</a></nav><article><h1>Library opens longer on weekdays</h1>"
                   "<h2>What changes in March</h2>" +
                       std::string(kParas) + "</article>") == "Library opens longer on weekdays");
    // A brand's one word before the rest is the site's name as often ("Google - Site Reliability Engineering"):
    // no rule, the title stays.
    CHECK(title_of("<title>Acme - Engineering Handbook</title>",
                   "<div id=\"content\"><h2>Monitoring systems</h2>" + std::string(kParas) + "</div>") ==
          "Acme - Engineering Handbook");
}

TEST_CASE("round 20: a <title> equal to the logo image's alt text gives way to the h2 over the notice", "[metadata][title][round-20]") {
    // A council's notice page (held-out study-v vigo): <title> is the logo's name, the h1 holds only the logo
    // image, the headline is an <h2> right above the text.
    const std::string head = "<title>Concello de Vigo</title>";
    const std::string logo = "<header><h1 class=\"logo\"><a href=\"/\"><img alt=\"Concello de Vigo\" src=\"/escudo.png\">"
                             "</a></h1><nav><ul><li><a href=\"/servizos\">Servizos</a></li></ul></nav></header>";
    const std::string notice = "<main><div class=\"noticia\"><h2 class=\"titulo\">Longer hours for the library</h2>"
                               "<p class=\"data\">Data de publicación: 28/11/2026</p>" +
                               std::string(kParas) + "</div></main>";
    CHECK(title_of(head, logo + notice) == "Longer hours for the library");
    // Traps: the same page whose h1 shows text keeps its title (the logo rule needs an h1 with no text), and a
    // logo whose alt text is another name leaves the <title> alone.
    const std::string text_logo = "<header><h1 class=\"logo\"><a href=\"/\"><img alt=\"\" src=\"/e.png\">Vigo</a></h1></header>";
    CHECK(title_of(head, text_logo + notice) == "Concello de Vigo");
    const std::string other_logo = "<header><h1 class=\"logo\"><a href=\"/\"><img alt=\"Vigo Turismo\" src=\"/e.png\">"
                                   "</a></h1></header>";
    CHECK(title_of(head, other_logo + notice) == "Concello de Vigo");
}

TEST_CASE("a section title gives way to the post heading above a story that opens with an image", "[metadata][title]") {
    // A blog's listing page (trafilatura echte-demokratie-jetzt): <title> "blog | Site", the first post's body
    // opens with its photo, then a heading of bracketed language links, then the text. The image block has no
    // text and the link heading is no headline: the post's h2 above them is the title.
    const std::string head = "<title>blog | Town Courier</title><meta property=\"og:site_name\" content=\"Town Courier\">";
    const std::string post = "<div id=\"content\"><div class=\"post hentry\"><h2 class=\"entry-title\"><a href=\"/2014/01/"
                             "longer-hours/\">Longer hours for the library</a></h2><div class=\"entry-meta\">Published on "
                             "13 January 2014 by editor</div><div class=\"entry-content\"><p><a href=\"/photo.jpg\"><img "
                             "src=\"/photo.jpg\" alt=\"\"></a></p><h5>[<a href=\"/es\">spanish</a>] [<a href=\"/el\">greek"
                             "</a>] [<a href=\"/en\">english</a>]</h5>" +
                             std::string(kParas) + "</div></div></div>";
    CHECK(title_of(head, post) == "Longer hours for the library");
    // Trap: the bracketed links alone open the story (no post heading above): they are never the title.
    const std::string bare = "<div id=\"content\"><div class=\"entry-content\"><h5>[<a href=\"/es\">spanish</a>] [<a "
                             "href=\"/el\">greek</a>] [<a href=\"/en\">english</a>]</h5>" +
                             std::string(kParas) + "</div></div>";
    CHECK(title_of(head, bare) == "blog");
}
