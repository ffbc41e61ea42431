// Bylines the trafilatura set's pages show where our readers did not look (tbyl study, STUDY.md):
// a signature closing the story (galore.de, prof-pc.de, ditib.de), a user's dated row beside an avatar
// (dealdoktor.de) and the hCard author of a blog theme's entry meta (hearya.com). Each rule with the
// nearest text it must leave alone.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/byline.hpp"
#include "lexicon/byline_words.hpp"
#include "lexicon/class_tokens.hpp"
#include "metadata_test_support.hpp"
#include "newsclean/article.hpp"

using newsclean::Block;
using newsclean::Article;
using newsclean::extract::signed_byline;
using newsclean::metatest::by;
using newsclean::metatest::clean;

namespace {

constexpr const char* kProse1 =
    "Der Band versammelt Essays, Gedichte und Erz\xC3\xA4hlungen, die zeigen, wie tief die Geschichte der Sklaverei "
    "bis heute in die amerikanische Gesellschaft hineinreicht und sie pr\xC3\xA4gt.";
constexpr const char* kProse2 =
    "Eine bemerkenswerte Sammlung, die den Widerstand der Schwarzen Bev\xC3\xB6lkerung Amerikas nachzeichnet und "
    "dabei nie den Blick auf die Gegenwart verliert.";

// The byline signed_byline reads from a body of two prose paragraphs, then `before` and `last`
// (`last_link`: the text of a link inside the last paragraph), or "none".
std::string signature(const std::string& last, const std::string& before = kProse2, const std::string& last_link = "") {
    std::vector<Block> body(3);  // paragraphs
    body[0].text = kProse1;
    body[1].text = before;
    body[2].text = last;
    if (!last_link.empty()) body.back().links.push_back({last_link, "https://example.org/"});
    const auto b = signed_byline(body);
    return b ? b->byline : std::string("none");
}

// An HTML page with the headline, no byline anywhere, the story and `tail` closing it.
Article signed_page(const std::string& tail, const std::string& head = "") {
    return clean(std::string("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Buch der Woche</title>") +
                     head + "</head><body><article><h1>Buch der Woche</h1><div class=\"content\"><p>" + kProse1 +
                     "</p><p>" + kProse2 + "</p>" + tail + "</div></article></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("sign-off words and hCard class tokens are lexicon tables", "[byline][signature][hcard]") {
    CHECK(!newsclean::lexicon::kSignOffWords.empty());
    CHECK(!newsclean::lexicon::kHCardTokens.tokens.empty());
}

TEST_CASE("a name alone closing the story signs it", "[byline][signature]") {
    CHECK(signature("Marina Mucha") == "Marina Mucha");                          // galore.de
    CHECK(signature("Benni\n10. September 2017") == "Benni");                    // prof-pc.de: one word over a date
    CHECK(signature("Kaz\xC4\xB1m T\xC3\x9CRKMEN\nDITIB-Bundesvorsitzender") ==  // ditib.de: name over a role
          "Kaz\xC4\xB1m T\xC3\x9CRKMEN");
    // The whole page: the signature fills the byline no header gave.
    CHECK(by(signed_page("<p><strong>Marina Mucha</strong></p>")) == "Marina Mucha");
    CHECK(by(signed_page("<p>Benni<br>10. September 2017</p>")) == "Benni");
}

TEST_CASE("a closing line that is no signature names nobody", "[byline][signature]") {
    CHECK(signature("Benni") == "none");                                  // one word without a date: a word
    CHECK(signature("Viele Gr\xC3\xBC\xC3\x9F" "e") == "none");           // a farewell in Title Case
    CHECK(signature("Liebe Gr\xC3\xBC\xC3\x9F" "e\nIhr Team") == "none");
    CHECK(signature("Best Regards") == "none");
    CHECK(signature("Getty Images") == "none");                           // a picture credit
    CHECK(signature("Palais Epstein", kProse2, "Palais Epstein") == "none");  // a link to a venue (harddecor.at)
    CHECK(signature("Zur \xC3\x9C" "bersicht", kProse2, "Zur \xC3\x9C" "bersicht") == "none");  // back to the list
    CHECK(signature("Anna Schmidt", "Peter M\xC3\xBCller") == "none");   // a list of people, no signature
    CHECK(signature("Nikole Hannah-Jones (Hrsg.)") == "none");            // a book's editor credit
    CHECK(signature("Blessing, 816 Seiten") == "none");
    CHECK(signature("Senior Editor") == "none");                          // a role alone
    CHECK(signature("Guten Appetit") == "none");                          // a wish closing a recipe
    CHECK(signature("Stay Tuned") == "none");
    // Common words: each is in lower case in the story too ("weitere", "die"), so no name.
    CHECK(signature("Weitere Informationen", "Die weitere Planung ist offen.") == "none");
    CHECK(signature("Die Tagespresse", "Was die Leute sagen.") == "none");
    CHECK(signature("Marina Mucha", "Die weitere Planung ist offen.") == "Marina Mucha");  // a name is not
    // A byline the page shows wins over the last paragraph.
    CHECK(by(signed_page("<p>Marina Mucha</p>", "<meta name=\"author\" content=\"Jan Koch\">")) == "Jan Koch");
}

TEST_CASE("a user's name and date beside an avatar, no separator between them, name the author", "[byline][avatar]") {
    auto deal = [](const std::string& row) {
        return clean("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Kaffee f\xC3\xBCr 4,80 "
                     "\xE2\x82\xAC</title></head><body><article><h1>Kaffee f\xC3\xBCr 4,80 \xE2\x82\xAC</h1><div>"
                     "<img src=\"/avatars/79003.jpg\" alt=\"Profilbild\"><span>" + row + "</span></div><p>" + kProse1 +
                         "</p><p>" + kProse2 + "</p></article></body></html>",
                     "deal.html");
    };
    CHECK(by(deal("MikeNils 18.10.2019, 15:07 Uhr")) == "MikeNils");  // trafilatura dealdoktor.de
    CHECK(by(deal("Anna Gruber 18.10.2019, 15:07 Uhr")) == "Anna Gruber");
    // Traps: a dateline's place (a comma after it), a date with no clock time, a date label.
    CHECK(by(deal("Berlin, 18.10.2019, 15:07 Uhr")) == "none");
    CHECK(by(deal("Aktualisiert 18.10.2019, 15:07 Uhr")) == "none");
    CHECK(by(deal("Kaffee Angebot 18.10.2019")) == "none");
}

TEST_CASE("an hCard author's lower-case user name is the byline", "[byline][hcard]") {
    auto post = [](const std::string& meta, const std::string& tail = "") {
        return clean("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Top 100 Metal Vocalists</title>"
                     "</head><body><div class=\"post_box\"><h1 class=\"entry-title\">Top 100 Metal Vocalists</h1>" + meta +
                         "<div class=\"format_text entry-content\"><p>" + kProse1 + "</p><p>" + kProse2 +
                         "</p></div></div>" + tail + "</body></html>",
                     "post.html");
    };
    // trafilatura hearya.com (Thesis theme): hAtom's author is an hCard, its text the name as written.
    CHECK(by(post("<p class=\"headline_meta\">by <span class=\"author vcard fn\">oz</span> on "
                  "<abbr class=\"published\" title=\"2006-12-04\">December 4, 2006</abbr></p>")) == "oz");
    CHECK(by(post("<p class=\"byline\">by <span class=\"vcard author\"><span class=\"fn\">jancak</span></span></p>")) ==
          "jancak");
    // Traps: a lower-case word in a plain author class is no name; nor is a CMS account in an hCard; a
    // commenter's hCard under the story is no byline.
    CHECK(by(post("<p class=\"headline_meta\">by <span class=\"author\">oz</span></p>")) == "none");
    CHECK(by(post("<p class=\"headline_meta\">by <span class=\"author vcard\">admin</span></p>")) == "none");
    CHECK(by(post("", "<ol class=\"commentlist\"><li class=\"comment\"><div class=\"comment-author vcard\">"
                      "<cite class=\"fn\">metalfan</cite></div><p>Great list!</p></li></ol>")) == "none");
}

TEST_CASE("a teaser list's author rows under the story name no author", "[byline][teasers]") {
    auto page = [](const std::string& tail) {
        std::string story;
        for (int i = 0; i < 20; ++i) story += std::string("<p>") + kProse1 + "</p>";  // past the headline's lines
        return clean("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Revolution im Reallabor</title>"
                     "</head><body><main><h1>Revolution im Reallabor</h1>" + story + "</main>" + tail + "</body></html>",
                     "hr.html");
    };
    auto card = [](const std::string& title, const std::string& who) {
        return "<div class=\"teaser\"><a href=\"/a\"><div class=\"teaser__title\">" + title +
               "</div><div class=\"teaser__author\">Von <span>" + who + "</span> am <span>08.12.2022</span></div></a></div>";
    };
    // trafilatura humanresourcesmanager.de: the first card's author was taken for the story's.
    CHECK(by(page(card("Der Herzschlag der Transformation", "J\xC3\xB6rn Mecher") +
                  card("Shared Leadership im Team", "Petra Walther") + card("Wie Werte Kultur formen", "Anne H\xC3\xBCnninghaus"))) ==
          "none");
    // Trap: one author row closing the story still names its author.
    CHECK(by(page("<div class=\"article-author\">Von <span>J\xC3\xB6rg Staff</span> am <span>16.11.2022</span></div>")) ==
          "J\xC3\xB6rg Staff");
}

TEST_CASE("Blogger's entry footer names the post's author", "[byline][hcard][blogger]") {
    using newsclean::metatest::byline;
    // Blogger's "Posted by" in its other interfaces, and the time after the name.
    CHECK(byline("Eingestellt von der Michel um 21:11") == "der Michel");
    CHECK(byline("Publi\xC3\xA9 par Jean Dupont \xC3\xA0 10:00") == "Jean Dupont");
    CHECK(byline("Postado por Jo\xC3\xA3o Silva \xC3\xA0s 10:00") == "Jo\xC3\xA3o Silva");
    CHECK(byline("Publicado por Juan P\xC3\xA9rez") == "Juan P\xC3\xA9rez");
    auto blog = [](const std::string& footer, const std::string& tail = "") {
        std::string story;
        for (int i = 0; i < 20; ++i) story += std::string("<p>") + kProse1 + "</p>";  // the footer far below the h1
        return clean("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Tach auch!</title></head><body>"
                     "<div class=\"post hentry\"><h3 class=\"post-title entry-title\">Tach auch!</h3><div class=\"post-body "
                     "entry-content\">" + story + "</div><div class=\"post-footer\">" + footer + "</div></div>" + tail +
                         "</body></html>",
                     "blog.html");
    };
    // trafilatura bumsbutzener-gumpfen.blogspot.com.
    CHECK(by(blog("<span class=\"post-author vcard\">Eingestellt von <span class=\"fn\">der Michel</span></span> "
                  "<span class=\"post-timestamp\">um 21:11</span>")) == "der Michel");
    CHECK(by(blog("<span class=\"post-author vcard\">Posted by <span class=\"fn\">Jane Doe</span></span>")) == "Jane Doe");
    // Traps: a footer's author class that is no hCard, a commenter's hCard, a sidebar's profile card.
    CHECK(by(blog("<span class=\"post-author\">Eingestellt von der Michel</span>")) == "none");
    CHECK(by(blog("", "<div class=\"comments\"><div class=\"comment-author vcard\">Kommentar von <span class=\"fn\">"
                      "Anna Schmidt</span></div><p>Sehr gut!</p></div>")) == "none");
    CHECK(by(blog("", "<div class=\"sidebar\"><div class=\"widget\"><span class=\"author vcard\">Eingestellt von "
                      "<span class=\"fn\">Peter Meier</span></span></div></div>")) == "none");
}
