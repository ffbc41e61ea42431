// Original-credit forms of the fifth round of unseen page shells (study-h:
// German finance portals, zh crypto-media reposts, email newsletters, es/pt
// portals with a newsroom credit): each credit read in both paths (HTML
// visible metadata and text scrape) through the shared tables, with a trap
// next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
#include "metadata_test_support.hpp"
#include "newsclean/newsclean.hpp"

using newsclean::Article;
using newsclean::metatest::day;
using newsclean::metatest::kStory;
using newsclean::metatest::page;
using newsclean::metatest::scrape;
using newsclean::metatest::byline;
using newsclean::metatest::source;
using newsclean::metatest::by;

namespace {

bool has(const std::string& body, const std::string& part) { return body.find(part) != std::string::npos; }

const std::string kHeadline = "Fed holds rates steady";

}  // namespace

TEST_CASE("round 5: German verb-second original credit gives the original date and source", "[credits-round-5]") {
    const std::string credit = "Dieser Artikel erschien zuerst am 18.09.2025 bei heise online.";
    CHECK(source(credit) == "heise online");
    CHECK(source("Dieser Beitrag erschien zuerst bei Golem.de") == "Golem.de");
    CHECK(source("Dieser Artikel wurde zuerst auf ZEIT ONLINE veröffentlicht.") == "ZEIT ONLINE");
    // HTML: the portal's own "Datum:" is the repost date; the credit closing the story wins and goes.
    const Article h = page("<h1>" + kHeadline + "</h1><div class=\"news-meta\"><span>Datum: 20.09.2025</span> | "
                           "<span>Autor: Jana Schmidt</span></div><div class=\"content\"><p>" + kStory +
                           "</p><p>" + kStory + "</p><p><em>" + credit + "</em></p></div>");
    CHECK(day(h.date) == "2025-09-18");
    CHECK(by(h) == "Jana Schmidt");
    CHECK_FALSE(has(h.body(), "erschien zuerst"));
    // Text scrape: the same.
    const Article t = newsclean::metatest::clean(kHeadline + "\n\nDatum: 20.09.2025 | Autor: Jana Schmidt\n\n" + kStory +
                                                     "\n\n" + kStory + "\n\n" + credit + "\n",
                                                 "post.txt");
    CHECK(day(t.date) == "2025-09-18");
    CHECK(by(t) == "Jana Schmidt");
    CHECK_FALSE(has(t.body(), "erschien zuerst"));
    // Traps: history in a lead ("Das Album erschien zuerst …") is no credit and no source.
    CHECK(source("Das Album erschien zuerst 1999 bei Sony und wurde später neu aufgelegt.") == "none");
    const std::string lead = "Das Album erschien zuerst am 3. März 1999 bei Sony und wurde später neu aufgelegt.";
    const Article trap = page("<h1>" + kHeadline + "</h1><p class=\"date\">Datum: 20.09.2025</p><div class=\"content\"><p>" +
                              lead + "</p><p>" + kStory + "</p></div>");
    CHECK(day(trap.date) == "2025-09-20");
    CHECK(has(trap.body(), lead));
    const std::string paper = "Der Artikel erschien im Fachjournal Nature am 12.09.2025.";
    const Article study = newsclean::metatest::clean(kHeadline + "\n\nDatum: 20.09.2025\n\n" + kStory + "\n\n" + paper +
                                                         "\n\n" + kStory + "\n",
                                                     "post.txt");
    CHECK(has(study.body(), paper));
    CHECK(day(study.date) == "2025-09-20");
    // "first published in" keeps a name opening with a capital venue word.
    CHECK(source("This article was first published in In These Times.") == "In These Times");
}

TEST_CASE("round 5: 'Originally reported by X on <date>' names the source without its label", "[credits-round-5]") {
    const std::string credit = "Originally reported by Reuters on Sept. 18, 2025";
    CHECK(byline(credit) == "Reuters");
    CHECK(source(credit) == "Reuters");
    CHECK(byline("First reported by Bloomberg") == "Bloomberg");
    // HTML: the label goes from the byline (it was "Originally reported by Reuters").
    const Article h = page("<h1>" + kHeadline + "</h1><p class=\"byline\">Originally reported by <a href=\"https://"
                           "www.reuters.com/x\">Reuters</a> on Sept. 18, 2025</p>");
    CHECK(by(h) == "Reuters");
    CHECK(day(h.date) == "2025-09-18");
    // Text scrape: the original date, and the line is no body.
    const Article t = scrape(kHeadline + "\n\n" + credit);
    CHECK(by(t) == "Reuters");
    CHECK(day(t.date) == "2025-09-18");
    CHECK_FALSE(has(t.body(), "Originally reported"));
    // Trap: a lead naming who first reported a deal, with a date, is story text and no original date.
    const std::string lead = "The talks, first reported by Bloomberg on September 2, 2025, have stalled over the price, "
                             "people familiar with the matter said.";
    const Article trap = page("<h1>" + kHeadline + "</h1><p class=\"date\">September 19, 2025</p><div class=\"content\"><p>" +
                              lead + "</p><p>" + kStory + "</p></div>");
    CHECK(day(trap.date) == "2025-09-19");
    CHECK(has(trap.body(), "first reported by Bloomberg"));
}

TEST_CASE("round 5: zh translated repost credit names the original author, source and date", "[credits-round-5]") {
    const std::string credit =
        "本文編譯自 The Block，原文作者：Anna Lee，原文發佈於 2025年9月19日。";
    CHECK(byline(credit) == "Anna Lee");
    CHECK(byline("本文编译自 CoinDesk，原作者：Tom Wilson，原文发布于 2025年9月18日") == "Tom Wilson");
    // HTML: the site's editor row (動區編輯部) gives way to the original author; the credit line goes.
    const Article h = page("<h1>" + kHeadline + "</h1><div class=\"post-meta\"><span class=\"date\">2025-09-20</span>"
                           " \xC2\xB7 <span class=\"by\">動區編輯部</span></div><div class=\"content\"><p>" + credit +
                           "</p><p>" + kStory + "</p></div>",
                           "<title>Fed holds rates steady</title><meta http-equiv=\"content-language\" content=\"zh\">");
    CHECK(by(h) == "Anna Lee");
    CHECK(day(h.date) == "2025-09-19");
    CHECK_FALSE(has(h.body(), "原文作者"));
    // Text scrape: the credit line is a credit (no header line: text_header.cpp would take a "（前情提要：…）"
    // line above it for the headline), so the date is read, not yet the name.
    const Article t = scrape(kHeadline + "\n\n2025-09-20 \xC2\xB7 動區編輯部\n\n" + credit);
    CHECK(t.title == std::optional<std::string>(kHeadline));
    CHECK(day(t.date) == "2025-09-19");
    CHECK_FALSE(has(t.body(), "原文作者"));
    const std::string first = "本文首发于 PANews，2025年9月18日。";
    const Article f = scrape(kHeadline + "\n\n2025-09-20 \xC2\xB7 PANews编辑部\n\n" + first);
    CHECK_FALSE(has(f.body(), "本文首发于"));
    CHECK(day(f.date) == "2025-09-18");
    // Trap: a plain zh author line keeps its one name.
    CHECK(byline("作者：张三") == "张三");
    // The site's editorial department is its team credit, which a named origin beats; a person is none.
    CHECK(newsclean::extract::is_team_credit("動區編輯部"));
    CHECK(newsclean::extract::is_team_credit("Odaily星球日报编辑部"));
    CHECK(newsclean::extract::is_team_credit("编辑部"));
    CHECK_FALSE(newsclean::extract::is_team_credit("编辑"));
    CHECK_FALSE(newsclean::extract::is_team_credit("张三"));
    const Article origin = page("<h1>" + kHeadline + "</h1><p class=\"byline\">作者：動區編輯部</p><p>2025-09-20</p>"
                                "<p>來源：The Block</p>", "<title>Fed holds rates steady</title>");
    CHECK(by(origin) == "The Block");
    CHECK(by(scrape(kHeadline + "\n\n作者：動區編輯部\n2025-09-20\n\n來源：The Block")) == "The Block");
}

TEST_CASE("round 5: a zh translator or editor label ends the author's names", "[credits-round-5]") {
    CHECK(byline("作者：Jack Lin，CoinDesk 编译：Odaily星球日报 Azuma 2025年9月19日 12:20") == "Jack Lin");
    CHECK(byline("作者：Jack Lin 编译：Odaily星球日报 Azuma") == "Jack Lin");
    CHECK(byline("作者：张三 翻譯：李四") == "张三");
    CHECK(byline("作者：张三责编：李四") == "张三");
    CHECK(byline("作者：Jack Lin 校对：Amy Wu") == "Jack Lin");
    // Text scrape of the Odaily header row.
    const Article t = scrape(kHeadline + "\n\n作者：Jack Lin，CoinDesk 编译：Odaily星球日报 Azuma 2025年9月19日 12:20");
    CHECK(by(t) == "Jack Lin");
    // Traps: a translator alone names no author; the editor in charge alone is the byline (xinhuanet).
    CHECK(byline("编译：Azuma") == "none");
    CHECK(byline("责任编辑：焦鹏") == "焦鹏");
}

TEST_CASE("round 5: a newsroom credit with a wire names the wire", "[credits-round-5]") {
    CHECK(byline("Da Redação, com Reuters") == "Reuters");
    CHECK(source("Da Redação, com Reuters") == "Reuters");
    CHECK(byline("Redacción, con información de EFE") == "EFE");
    CHECK(byline("Redazione, con Ansa") == "Ansa");
    CHECK(byline("Rédaction, avec AFP") == "AFP");
    CHECK(source("Redaktion, mit dpa") == "dpa");
    CHECK(source("Da Redação, com informações da Reuters") == "Reuters");
    // HTML: the visible credit beats the meta author (the portal's newsroom).
    const Article h = page("<h1>" + kHeadline + "</h1><div class=\"autor-data\"><p class=\"autor\">Da Redação, com "
                           "Reuters</p><p class=\"data\"><time datetime=\"2025-09-19T08:20:00-03:00\">19/09/2025 08h20"
                           "</time></p></div>",
                           "<title>Fed holds rates steady</title><meta name=\"author\" content=\"Redação Portal Mercado\">");
    CHECK(by(h) == "Reuters");
    // Text scrape.
    const Article t = scrape(kHeadline + "\n\nDa Redação, com Reuters\n19/09/2025 08h20 \xC2\xB7 Atualizado há 3 horas");
    CHECK(by(t) == "Reuters");
    CHECK_FALSE(has(t.body(), "Redação"));
    // Traps: prose naming a newsroom names no wire, and keeps its place in the body.
    CHECK(source("Segundo a redação, com sede em São Paulo, a empresa não respondeu.") == "none");
    CHECK(source("La redazione, con il direttore in testa, ha votato la sfiducia.") == "none");
    const std::string prose = "Procurada pela redação, com insistência, a empresa não quis comentar o caso.";
    const Article p = scrape(kHeadline + "\n\nPor Ana Souza\n19/09/2025 08h20\n\n" + prose);
    CHECK(has(p.body(), prose));
    CHECK(by(p) == "Ana Souza");
    // A newsroom's name stays the team credit it is; a person with an agency stays the person.
    CHECK(byline("Redaktion Polizeiticker Schweiz") == "Redaktion Polizeiticker Schweiz");
    CHECK(newsclean::extract::is_team_credit("Redação"));
    CHECK(byline("Von Anna Schmidt, mit Material von dpa") == "Anna Schmidt");
}
