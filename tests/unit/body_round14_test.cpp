// Body rules of the fourteenth round of unseen page shells (study-q: lidovky, xataka, kwestiasmaku, biglobe,
// buttondown, metropoles, tudelft), HTML and text scrapes. Each rule has a trap next to it: the nearest
// legitimate text stays.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/boilerplate_text.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

// The kinds of a few lines classified together (context rules see their neighbours).
std::vector<LineKind> kinds(std::vector<std::string> lines) {
    std::vector<LineKind> out;
    for (const auto& l : extract::text::classify_lines(lines)) out.push_back(l.kind);
    return out;
}

const std::string kJaTitle = "トレンドマイクロ、公衆無線LANを安全に使うためのアプリを発売";
const std::string kJa1 = "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリの発売"
                         "を開始すると発表した。1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。";
const std::string kJa2 = "2020年の東京オリンピック・パラリンピックの開催などを見据え、フリーWi-Fi（公衆無線LAN）の設置が促進され、"
                         "フリーWi-Fiの利用者も増加している。";
const std::string kJa3 = "一方で、脆弱な設定のフリーWi-Fiや攻撃者が設置した偽のフリーWi-Fiへの接続などによる情報漏えい、通信の盗み見"
                         "などのセキュリティリスクが危惧されているという。";

}  // namespace

TEST_CASE("round 14 body: glued non-English share and tool rows (X2)", "[body-round-14]") {
    for (const std::string row : {"SdíletTweetnoutUložitdiskuse (48)", "Sdílet Tweetnout Uložit diskuse (48)",
                                  "CompartirTwittearEnviar14 comentarios", "Udostępnij:FacebookPinterestWhatsApp",
                                  "Przejdź do przepisuDrukuj przepisZapisz na Pintereście", "ポストシェアLINEで送る",
                                  "♥ 214💬 37Share"})
        CHECK(boilerplate_rule(row) == "share");
    const Article cs = study_text_page({"By Ondřej Zátka", "Nov 28, 2026", "", "SdíletTweetnoutUložitdiskuse (48)"});
    CHECK_FALSE(has(cs.body(), "Tweetnout"));
    CHECK(has(cs.body(), kParagraph));
    const std::string es = html_body(story_page("<div class=\"tools\"><span>Compartir</span><span>Twittear</span>"
                                                "<span>Enviar</span><span>14 comentarios</span></div>"));
    CHECK_FALSE(has(es, "Twittear"));
    // Traps: sentences and headings made of the same words stay.
    CHECK(boilerplate_rule("Compartir es vivir: 14 comentarios sobre la amistad") == "");
    CHECK(boilerplate_rule("Twittear, enviar y comentar") == "");
    CHECK(boilerplate_rule("Send 14 comments") == "");
    CHECK(boilerplate_rule("♥ Love Island returns") == "");
}

TEST_CASE("round 14 body: a review's score box, price widget and affiliate note end the text story (X3)",
          "[body-round-14]") {
    const std::string note = "Algunos de los enlaces de este artículo son afiliados y pueden reportar un beneficio a Xataka.";
    CHECK(boilerplate_rule(note) == "disclaimer");
    CHECK(boilerplate_rule("We may earn a commission when you buy through links on our site.") == "disclaimer");
    CHECK(boilerplate_rule("Die mit Sternchen markierten Links sind Affiliate-Links.") == "disclaimer");
    const Article a = study_text_page({"By Jorge Lamas", "Nov 28, 2026"},
                                      {"La nota de Xataka8,6", "Diseño 9", "Autonomía 9,25", "", "Dónde comprar", "",
                                       "Amazon229,99 €Ver oferta", "MediaMarkt239 €Comprar", "", note, "", "Jorge Lamas",
                                       "", "Escribe sobre tecnología de consumo desde 2011. Lee en digital desde el primer Kindle.",
                                       "", "@jorgelamas", "", "Comentarios cerrados"});
    CHECK(has(a.body(), kStudyLast));
    CHECK_FALSE(has(a.body(), "Xataka8,6"));
    CHECK_FALSE(has(a.body(), "Diseño 9"));
    CHECK_FALSE(has(a.body(), "Ver oferta"));
    CHECK_FALSE(has(a.body(), "afiliados"));
    CHECK_FALSE(has(a.body(), "Escribe sobre"));
    // The score box alone before a related block: no trailing line of the story.
    const Article b = study_text_page({"By Jorge Lamas", "Nov 28, 2026"},
                                      {"Our score 8.6", "Design 9", "Battery 9.5", "", "Most read", "",
                                       "Best phones of 2026", "Black Friday deals"});
    CHECK_FALSE(has(b.body(), "Our score"));
    CHECK_FALSE(has(b.body(), "Battery 9.5"));
    // The price widget: heading and rows.
    const auto shop = kinds({kParagraph, "", "Where to buy", "", "Amazon $229.99 View deal", "MediaMarkt239 €Comprar"});
    CHECK(shop[2] == LineKind::related_opener);
    CHECK(shop[4] == LineKind::label);
    CHECK(shop[5] == LineKind::label);
    // Traps: "Where to buy" over prose heads a section; sub-score-like lines with no score heading stay.
    const auto section = kinds({kParagraph, "", "Where to buy", "", kStudyLast});
    CHECK(section[2] == LineKind::short_text);
    const auto plain = kinds({kParagraph, "", "Chapter 9", "Windows 11", "", kStudyLast});
    CHECK(plain[2] == LineKind::short_text);
    CHECK(plain[3] == LineKind::short_text);
}

TEST_CASE("round 14 body: ja related, ranking and rights lines end the story (X1)", "[body-round-14]") {
    const Article a = text_article({kJaTitle, "", "2026年11月28日 14時05分", "", kJa1, "", kJa2, "", kJa3, "", "関連ニュース",
                                    "スマホの通信量を節約する5つの方法", "公衆無線LANの危険性、専門家が警鐘", "", "アクセスランキング",
                                    "大谷翔平、来季の契約内容が明らかに", "", "掲載記事の無断転載を禁じます。"});
    CHECK(has(a.body(), kJa3));
    CHECK_FALSE(has(a.body(), "関連ニュース"));
    CHECK_FALSE(has(a.body(), "節約する5つの方法"));
    CHECK_FALSE(has(a.body(), "大谷翔平"));
    CHECK(boilerplate_rule("掲載記事の無断転載を禁じます。") == "copyright");
    CHECK(boilerplate_rule("無断転載禁止") == "copyright");
    CHECK(extract::is_related_heading("あわせて読みたい"));
    // Traps: a sentence naming the heading's words, and a bare "ランキング" section heading, stay.
    CHECK(boilerplate_rule("同社は関連ニュースの配信を来月から始めると発表した。") == "");
    CHECK_FALSE(extract::is_related_heading("ランキング"));
}

TEST_CASE("round 14 body: localised 'continues after the ad' labels (H3)", "[body-round-14]") {
    const std::string pt = html_body(story_page("<div class=\"Continua\"><span>Continua após a publicidade</span></div>"));
    CHECK_FALSE(has(pt, "Continua após"));
    CHECK(has(pt, kStudyP2));
    for (const std::string label : {"Continúa después de la publicidad", "Continua a leggere dopo la pubblicità",
                                    "Pokračování článku pod reklamou", "La suite après cette publicité",
                                    "CONTINUA DEPOIS DA PUBLICIDADE"})
        CHECK(boilerplate_rule(label) == "ad-label");
    // Trap: a sentence about reading on stays.
    CHECK(boilerplate_rule("Continua a leggere il rapporto completo sul sito del ministero.") == "");
    CHECK(boilerplate_rule("La suite après cette publicité a surpris les annonceurs.") == "");
}

TEST_CASE("round 14 body: cs/sk/pl related openers and the ad text under an ad label (H1)", "[body-round-14]") {
    const std::string html = html_body(story_page("<div class=\"art-tip\"><span>Související</span><a href=\"/coufal\">"
                                                  "Coufal se vrací do sestavy West Hamu, Moyes ho chválí</a></div>"));
    CHECK_FALSE(has(html, "Coufal"));
    CHECK(extract::is_related_heading("Súvisiace"));
    CHECK(extract::is_related_heading("Powiązane"));
    // Text: the ad's one line right under "Reklama", then a blank and the story.
    const Article a = text_article({"Home", "", kStudyTitle, "", "By Ondřej Zátka", "Nov 28, 2026", "", kParagraph, "",
                                    "Reklama", "Pojištění auta online se slevou až 35 %", "", kStudyP1, "", kStudyLast});
    CHECK_FALSE(has(a.body(), "Pojištění auta"));
    CHECK(has(a.body(), kStudyP1));
    // Traps: a heading after a blank under the label, or a heading over another short line, stays.
    const Article b = text_article({"Home", "", kStudyTitle, "", "By Ondřej Zátka", "Nov 28, 2026", "", kParagraph, "",
                                    "Advertisement", "", "The allergy numbers", "", kStudyP1, "", kStudyLast});
    CHECK(has(b.body(), "The allergy numbers"));
    const auto k = kinds({kParagraph, "", "Advertisement", "The allergy numbers", "By age five", "", kStudyP1});
    CHECK(k[3] == LineKind::short_text);
}

TEST_CASE("round 14 body: pt sign-up box and a glued tag row under the story (X6)", "[body-round-14]") {
    CHECK(boilerplate_rule("Receba as principais notícias do dia no seu e-mail") == "newsletter");
    const Article a = study_text_page({"By Guilherme Seto", "Nov 28, 2026"},
                                      {"TiteSeleção BrasileiraCorinthians", "", "Receba as principais notícias do dia no seu e-mail",
                                       "", "Cadastrar", "", "Mais lidas", "", "Mega-Sena acumula e prêmio vai a R$ 48 milhões",
                                       "Frente fria derruba temperaturas no DF"});
    CHECK(has(a.body(), kStudyLast));
    CHECK_FALSE(has(a.body(), "Corinthians"));
    CHECK_FALSE(has(a.body(), "Receba"));
    // Trap: a credit line with one capital join ("McCarthy") under the story stays.
    const Article b = study_text_page({"By Guilherme Seto", "Nov 28, 2026"},
                                      {"Additional reporting by Ana McCarthy", "", "Receba as principais notícias do dia no seu e-mail"});
    CHECK(has(b.body(), "Additional reporting by Ana McCarthy"));
}

TEST_CASE("round 14 body: Substack's subscribe widget inside the story (X7)", "[body-round-14]") {
    const std::string widget = "Literally Speaking is a reader-supported publication. To receive new posts and support my "
                               "work, consider becoming a free or paid subscriber.";
    CHECK(boilerplate_rule(widget) == "newsletter");
    const Article a = text_article({"Home", "", kStudyTitle, "", "By Courtney Kirchoff", "Nov 28, 2026", "", kParagraph, "",
                                    widget, "", "Subscribe now", "", kStudyP1, "", kStudyLast});
    CHECK_FALSE(has(a.body(), "reader-supported"));
    CHECK(has(a.body(), kStudyP1));
    // Trap: a story about reader-supported journalism.
    CHECK(boilerplate_rule("The paper said it would stay reader-supported, with no plans for a paywall this year.") == "");
}

TEST_CASE("round 14 body: a contact box under the story (X4)", "[body-round-14]") {
    const Article a = study_text_page({"By Anna Verhoef", "Nov 28, 2026"},
                                      {"More information", "", "Dr. Pieter de Wit, Department of Applied Mathematics", "",
                                       "Press officer: Ingrid Smit, +31 15 278 0000, press@tudelft.example", "",
                                       "Share this page:LinkedInBlueskyE-mail", "", "Related news"});
    CHECK(has(a.body(), kStudyLast));
    CHECK_FALSE(has(a.body(), "More information"));
    CHECK_FALSE(has(a.body(), "Pieter de Wit"));
    CHECK_FALSE(has(a.body(), "press@tudelft"));
    // Trap: the heading over lines with no contact detail heads a section.
    const auto k = kinds({kParagraph, "", "More information", "", "Details of the trial design", "", kStudyLast});
    CHECK(k[2] == LineKind::short_text);
    CHECK(k[4] == LineKind::short_text);
}

TEST_CASE("round 14 body: a recipe card's star rating row (H4)", "[body-round-14]") {
    for (const std::string row : {"★★★★★4.8 z 126 głosów", "★★★★★", "4.8 from 126 votes", "(126 ratings)",
                                  "★★★★★ 4.8 (126 votes)", "4,8 von 1.024 Bewertungen"})
        CHECK(boilerplate_rule(row) == "rating");
    const std::string html = html_body(story_page("<div class=\"rating\"><span>★★★★★</span><span>4.8 z 126 głosów</span></div>"));
    CHECK_FALSE(has(html, "głosów"));
    CHECK(kind_of("★★★★★4.8 z 126 głosów") == LineKind::label);
    // Traps: a vote count in a sentence or alone, two stars, a chapter line stay.
    CHECK(boilerplate_rule("The bill passed with 126 votes") == "");
    CHECK(boilerplate_rule("126 votes") == "");
    CHECK(boilerplate_rule("★★") == "");
    CHECK(boilerplate_rule("Chapter 4 of 12 reviews") == "");
}
