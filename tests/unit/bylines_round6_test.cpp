// Bylines of the sixth round of unseen page shells (study-i: Indian and
// Japanese portals over wire copy, Nasdaq/Benzinga partner stories, ANTARA):
// date labels that are no names (B12), the host's team in JSON-LD (B4), an
// outlet or its job title after the name (B11), the Asian wire credit block
// (B5). Each rule with the nearest legitimate text it must leave alone.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "metadata_test_support.hpp"
#include "newsclean/newsclean.hpp"

using newsclean::Article;
using newsclean::extract::is_team_credit;
using newsclean::extract::name_before_date;
using newsclean::extract::parse_date;
using newsclean::metatest::day;
using newsclean::metatest::kStory;
using newsclean::metatest::kStoryEnd;
using newsclean::metatest::scrape;
using newsclean::metatest::byline;
using newsclean::metatest::source;
using newsclean::metatest::by;

namespace {


// The name of a one-line "Name date" row, or "none".
std::string row_name_of(std::string_view line) {
    const auto d = parse_date(line);
    if (!d) return "date?";
    const auto n = name_before_date(line, *d);
    return n ? n->byline : std::string("none");
}

const std::string kHeadline = "Fed holds rates steady";

// An HTML page: `head` in <head>, the headline, `meta` under it, the story, then `tail` closing it.
Article page(const std::string& meta, const std::string& tail, const std::string& head = "") {
    return newsclean::metatest::clean("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + kHeadline +
                                          "</title>" + head + "</head><body><article><h1>" + kHeadline + "</h1>" + meta +
                                          "<div class=\"content\"><p>" + kStory + "</p><p>" + kStoryEnd + "</p>" + tail +
                                          "</div></article></body></html>",
                                      "test.html");
}

std::string ld_author(const std::string& type, const std::string& name) {
    return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
           "\"headline\":\"" + kHeadline + "\",\"author\":{\"@type\":\"" + type + "\",\"name\":\"" + name +
           "\"},\"datePublished\":\"2025-09-19T04:20:00+05:30\"}</script>";
}

}  // namespace

TEST_CASE("round 6 B12: 'First Published: <date>' is a date label, not a name", "[byline][round6]") {
    CHECK(row_name_of("First Published: Sep 19 2025 | 4:20 AM IST") == "none");
    CHECK(row_name_of("First posted Fri 19 Sep 2025 at 4:20am") == "none");
    CHECK(row_name_of("Last Edited Sep 20, 2025 10:05") == "none");
    // Trap: a provider row's name before its date stays a name.
    CHECK(row_name_of("The Block Fri, Sep 19, 2025 04:20") == "The Block");
    // HTML: the label closing a Business Standard story names nobody; its date is the story's.
    const Article h = page("", "<p>First Published: Sep 19 2025 | 4:20 AM IST</p>");
    CHECK(by(h) == "none");
    CHECK(day(h.date) == "2025-09-19");
    // Traps: the repost credits that open with "first published" still name the origin.
    CHECK(source("First published on The Motley Fool on Sep 18, 2025") == "The Motley Fool");
    CHECK(source("This story was first published by Reuters.") == "Reuters");
    const Article credit = page("<p class=\"byline\">By Jane Doe</p>",
                                "<p>This article was first published on The Motley Fool on Sep 18, 2025.</p>");
    CHECK(by(credit) == "Jane Doe");
    CHECK(credit.source == std::optional<std::string>("The Motley Fool"));
    CHECK(day(credit.date) == "2025-09-18");
}

TEST_CASE("round 6 B4: the host's team in JSON-LD loses to the byline the page shows", "[byline][round6]") {
    CHECK(is_team_credit("CoinPost編集部"));
    CHECK(is_team_credit("Business Standard Web Team"));
    CHECK_FALSE(is_team_credit("山田太郎"));  // a person's name
    // Business Standard: JSON-LD Person "<site> Web Team" over the wire's author link.
    const std::string agency = "<div class=\"meta-info\"><span class=\"author\"><a href=\"/author/search/pti\">Press Trust "
                               "of India</a></span></div>";
    CHECK(by(page(agency, "", ld_author("Person", "Business Standard Web Team"))) == "Press Trust of India");
    // CoinPost: "CoinPost編集部" over the story's "出典：CoinDesk" and "参考：The Block" closings.
    CHECK(by(page("", "<p class=\"source\">出典：CoinDesk</p>", ld_author("Person", "CoinPost編集部"))) == "CoinDesk");
    const Article ref = page("", "<p class=\"source\">参考：<a href=\"https://www.theblock.co/x\">The Block</a></p>",
                             ld_author("Person", "CoinPost編集部"));
    CHECK(by(ref) == "The Block");
    CHECK(ref.source == std::optional<std::string>("The Block"));
    CHECK(source("参考：The Block") == "The Block");
    // Traps: a JSON-LD person still beats an unlabelled byline element naming someone else (readability
    // cnn); the team is the byline of a page that shows none; "参考" is a label only before a colon.
    CHECK(by(page(agency, "", ld_author("Person", "Jane Doe"))) == "Jane Doe");
    CHECK(by(page("", "", ld_author("Person", "CoinPost編集部"))) == "CoinPost編集部");
    CHECK(source("参考になった記事 The Block") == "none");
    // Trap: the team the page itself prints as the byline stays the byline (trafilatura elheraldo.hn: JSON-LD
    // "Redacción", the byline element "Redacción", a topic link in an author-classed box nearer the headline).
    CHECK(by(page("<div class=\"author\"><a href=\"/tema/juan-perez\">Juan Pérez</a></div><div class=\"byline\">"
                  "Redacción</div>", "", ld_author("Person", "Redacción"))) == "Redacción");
}

TEST_CASE("round 6 B11: an outlet or its job title after the name is not a co-author", "[byline][round6]") {
    CHECK(byline("by Chris Katje, Benzinga Staff Writer") == "Chris Katje");
    CHECK(byline("By Jane Doe, CoinDesk Reporter") == "Jane Doe");
    // Traps: a surname that is a title qualifier ("Jennifer Senior"), a second author, a title first.
    CHECK(byline("By Jane Doe, Jennifer Senior") == "Jane Doe, Jennifer Senior");
    CHECK(byline("By Jane Doe, John Roe") == "Jane Doe, John Roe");
    CHECK(byline("By Jane Doe, Senior Reporter") == "Jane Doe");
    // Nasdaq carrying a Motley Fool story: the outlet after the name is the story's source.
    const std::string fool = "<p class=\"byline\">Rachel Warren, The Motley Fool</p>";
    const Article a = page(fool, "<p>This article was originally published on The Motley Fool</p>");
    CHECK(by(a) == "Rachel Warren");
    CHECK(a.source == std::optional<std::string>("The Motley Fool"));
    const Article z = page("<p class=\"byline\">Zacks Equity Research, Zacks</p>",
                           "<p>Originally published by Zacks Investment Research on Sep 18, 2025</p>");
    CHECK(by(z) == "Zacks Equity Research");
    // Traps: co-authors on a page whose source names neither of them; an outlet on a page naming no source.
    CHECK(by(page("<p class=\"byline\">Rachel Warren, John Roe</p>",
                  "<p>This article was originally published on The Motley Fool</p>")) == "Rachel Warren, John Roe");
    CHECK(by(page(fool, "")) == "Rachel Warren, The Motley Fool");
}

TEST_CASE("round 6 B5: the Asian wire credit block names the reporter, not the editor", "[byline][round6]") {
    CHECK(byline("Pewarta: Ahmad Fauzi") == "Ahmad Fauzi");
    CHECK(byline("Penulis: Ahmad Fauzi | Redaktur: Budi Santoso") == "Ahmad Fauzi");
    CHECK(byline("Reporter: Rina Kusuma, Editor: Arnidhya Nur Zhafira") == "Rina Kusuma");
    // Traps: the editor alone is no author; a job title after a name stays dropped.
    CHECK(byline("Editor: Budi Santoso") == "none");
    CHECK(byline("Redaktur: Budi Santoso") == "none");
    CHECK(byline("Jane Doe, Reporter") == "Jane Doe");
    // ANTARA: JSON-LD Organization "ANTARA" over the credit block closing the story.
    const std::string ld = ld_author("Organization", "ANTARA");
    CHECK(by(page("", "<p>Pewarta: Ahmad Fauzi</p><p>Editor: Budi Santoso</p>", ld)) == "Ahmad Fauzi");
    CHECK(by(page("", "<p>Reporter: Rina Kusuma, Editor: Arnidhya Nur Zhafira</p>", ld)) == "Rina Kusuma");
    // Trap: with only the editor shown, the editor is never the byline.
    CHECK(by(page("", "<p>Editor: Budi Santoso</p>", ld)) == "ANTARA");
}

TEST_CASE("round 6 B9: a byline the page's AI note names as its tool is a bot", "[byline][round6]") {
    using newsclean::extract::names_generator;
    const std::string note = "This story was generated using Benzinga Neuro and was edited by Ananya Gairola";
    CHECK(names_generator(note, "Benzinga Neuro"));
    CHECK(names_generator("This article was generated by CryptoBot.", "CryptoBot"));
    // Traps: the editor the note names, a name that only starts the same, prose "generated by".
    CHECK_FALSE(names_generator(note, "Ananya Gairola"));
    CHECK_FALSE(names_generator("This story was generated using Benzinga Neuron", "Benzinga Neuro"));
    CHECK_FALSE(names_generator("The fees generated by Coinbase rose 12%.", "Coinbase"));
    const std::string meta = "<div class=\"article-byline\"><span class=\"author-name\">by <a href=\"/author/benzinga-neuro\">"
                             "Benzinga Neuro</a></span></div>";
    CHECK(by(page(meta, "<p><em>" + note + "</em></p>")) == "none");
    // Trap: a staff writer's story edited through the same tool keeps its byline.
    CHECK(by(page("<div class=\"article-byline\">by Chris Katje, Benzinga Staff Writer</div>",
                  "<p><em>This story was generated using Benzinga Neuro and was edited by Chris Katje</em></p>")) ==
          "Chris Katje");
    // The text path too.
    const Article text = newsclean::metatest::clean(kHeadline + "\n\nby Benzinga Neuro\n\n" + kStory + "\n\n" + note +
                                                        "\n\n" + kStoryEnd + "\n",
                                                    "post.txt");
    CHECK_FALSE(text.byline);
    const Article staff = scrape(kHeadline + "\n\nby Chris Katje\n\n" + note);
    CHECK(staff.byline.value_or("none") == "Chris Katje");
}

TEST_CASE("round 6 B7: a labelled shown date wins a tie with JSON-LD days apart", "[dates][round6]") {
    const std::string ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                           "\"NewsArticle\",\"headline\":\"" + kHeadline + "\",\"datePublished\":\"2025-09-20T08:05:00Z\"}</script>";
    // Boursorama over Le Monde: JSON-LD is the repost's time, the row shows the story's.
    const Article fr = page("<div class=\"c-source\"><span>Source : Le Monde</span> <span class=\"c-source__time\">publié le "
                            "18/09/2025 à 22:15</span> <span class=\"c-source__update\">Mis à jour le 20/09/2025 à 10:05</span></div>",
                            "", ld);
    CHECK(day(fr.date) == "2025-09-18");
    CHECK(day(page("<p class=\"meta\">Published Sep 18, 2025 10:15 PM</p>", "", ld).date) == "2025-09-18");
    // Traps: an unlabelled date near the headline (a sidebar's, a day/month swap) does not beat JSON-LD; nor
    // does a labelled one that two metadata dates outvote.
    CHECK(day(page("<p class=\"meta\">18/09/2025 22:15</p>", "", ld).date) == "2025-09-20");
    const std::string two = ld + "<meta property=\"article:published_time\" content=\"2025-09-20T08:05:00Z\">";
    CHECK(day(page("<p class=\"meta\">Published Sep 18, 2025 10:15 PM</p>", "", two).date) == "2025-09-20");
}

TEST_CASE("a JSON-LD author the byline row shows as reviewer is not the author", "[byline][round6]") {
    using newsclean::extract::names_other_role;
    CHECK(names_other_role("Written by Lena Hartmann | Reviewed by Omar Haddad", "Omar Haddad"));
    CHECK(names_other_role("Author: Jane Doe | Editor: John Roe", "John Roe"));
    // Traps: the author's own segment, a name that only starts the same.
    CHECK_FALSE(names_other_role("Written by Lena Hartmann | Reviewed by Omar Haddad", "Lena Hartmann"));
    CHECK_FALSE(names_other_role("Reviewed by Omar Haddadi", "Omar Haddad"));
    const std::string row = "<div class=\"author-box-top\"><span>Written by <a>Lena Hartmann</a></span><span>|</span>"
                            "<span>Reviewed by <a>Omar Haddad</a></span></div>";
    CHECK(by(page(row, "", ld_author("Person", "Omar Haddad"))) == "Lena Hartmann");
    // Trap: a JSON-LD person the row does not show in another role still beats the unlabelled element.
    const std::string agency = "<div class=\"meta-info\"><span class=\"author\"><a href=\"/author/x\">Press Trust of India</a>"
                               "</span></div>";
    CHECK(by(page(agency, "", ld_author("Person", "Omar Haddad"))) == "Omar Haddad");
}
