// Body rules of the eleventh round of unseen page shells (study-n: t-online, Deník, Zonebourse, Seeking
// Alpha, excite, thepaper, g1, CoinMarketCap): tool rows, closing notes and widgets in the story, in HTML
// and in text scrapes. Each rule has a trap next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "extract/boilerplate_text.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;


}  // namespace

TEST_CASE("round 11 body: share buttons named with their verb, print/save/listen buttons (X1)", "[body-round-11]") {
    // t-online's bar, one button a line as a browser shows it, and run together as innerText gives it.
    const Article a = study_text_page({"28.11.2026, 14:05 Uhr", "", "Quelle: dpa", "", "Artikel teilen", "Auf WhatsApp teilen",
                                       "Vorlesen"});
    CHECK_FALSE(has(a.body(), "teilen"));
    CHECK_FALSE(has(a.body(), "Vorlesen"));
    CHECK(has(a.body(), kParagraph.substr(0, 40)));
    CHECK(kind_of("Artikel teilenAuf WhatsApp teilenVorlesen") == LineKind::share);
    // Deník, Zonebourse, Seeking Alpha, g1: the verbs of other languages, glued.
    CHECK(kind_of("SdíletTisknoutUložit") == LineKind::share);
    CHECK(kind_of("PartagerImprimer") == LineKind::share);
    CHECK(kind_of("SavePlayShare") == LineKind::share);
    CHECK(kind_of("Compartilhar no X") == LineKind::share);
    CHECK(kind_of("Drucken") == LineKind::label);
    // The HTML path reads the same bar and button.
    CHECK(boilerplate_rule("Auf WhatsApp teilen") == "share");
    CHECK(boilerplate_rule("Imprimer") == "ui-label");
    // Traps: a sentence with the verb, a filler without a verb, a lone "Play" (a video player's control,
    // kept by the dev truths), a headline with a tool word.
    CHECK(kind_of("Artikel teilen ist erlaubt, sagte der Verlag am Montag in Berlin.") != LineKind::share);
    CHECK(kind_of("Auf WhatsApp") != LineKind::share);
    CHECK(kind_of("Play") != LineKind::label);
    CHECK(kind_of("Save the Children warns of famine") != LineKind::share);
    CHECK(boilerplate_rule("Share prices on Facebook fell").empty());
}

TEST_CASE("round 11 body: ja share buttons, ad label and next-page link (H2)", "[body-round-11]") {
    const std::string page =
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>トレンドマイクロ、アプリを提供開始</title>"
        "</head><body><div class=\"article\"><h1>トレンドマイクロ、アプリを提供開始</h1><ul class=\"sns\"><li>ポスト</li>"
        "<li>シェア</li><li>はてブ</li></ul><div class=\"article-body\"><p>トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し"
        "保護するスマホ・タブレット向けのセキュリティアプリを発表した。</p><p>フリーWi-Fiプロテクションは、App Storeおよび、"
        "Google Playにて販売され、既に提供している製品にも追加される。</p><div class=\"ad-inline\"><span>広告</span></div>"
        "<p>一方で、脆弱な設定のフリーWi-Fiや攻撃者が設置した偽のフリーWi-Fiへの接続などによる情報漏えいのリスクがある。</p>"
        "<p class=\"page-link\"><a>次のページへ</a></p></div></div></body></html>";
    const std::string body = html_body(page);
    for (const char* leak : {"ポスト", "はてブ", "広告", "次のページへ"}) CHECK_FALSE(has(body, leak));
    CHECK(has(body, "情報漏えいのリスクがある。"));
    // Trap: the word inside a story sentence.
    CHECK(boilerplate_rule("ワシントン・ポスト紙によると、広告収入は前年比で減少した。").empty());
}

TEST_CASE("round 11 body: closing notes of a text scrape (X2)", "[body-round-11]") {
    const Article a = study_text_page({}, {"Verwendete Quellen: Nachrichtenagentur dpa, Herstellerangaben", "",
                                           "ThemenAppleDatenschutz", "", "Meistgelesen", "",
                                           "Windows-Update sorgt für Probleme beim Start", "WhatsApp ändert Statusfunktion"});
    CHECK_FALSE(has(a.body(), "Verwendete Quellen"));
    CHECK_FALSE(has(a.body(), "Themen"));
    CHECK(has(a.body(), kStudyLast));
    CHECK(kind_of("Témata:West Ham UnitedPremier League") == LineKind::label);
    CHECK(kind_of("Copyright (c) 2026 Asahi Interactive, Inc. All rights reserved. No reproduction or republication "
                  "without written permission.") == LineKind::label);
    CHECK(kind_of("\xC2\xA9 AFP 2026 - Tous droits de reproduction et de représentation réservés.") ==
          LineKind::label);
    CHECK(kind_of("Nejdůležitější zprávy dne přímo do vaší e-mailové schránky.") == LineKind::newsletter);
    CHECK(kind_of("本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
                  "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。") == LineKind::disclaimer);
    // Traps: a bare copyright under a headline is the story's (repost-text livewire-040), a sentence
    // about sources, a story word glued to nothing.
    CHECK(kind_of("\xC2\xA9 2002, 2003 Jamie Zawinski") != LineKind::label);
    CHECK(kind_of("Sources close to the minister said the talks had stalled over the weekend.") == LineKind::prose);
    CHECK(kind_of("Themenabend im Ersten") != LineKind::label);
}

TEST_CASE("round 11 body: a subscription discount and its button between paragraphs (H5)", "[body-round-11]") {
    const std::string body = html_body(story_page(
        "<div class=\"premium-ad\"><p>Profitez de -50% sur votre abonnement Zonebourse : accédez à nos "
        "portefeuilles et à nos analyses exclusives.</p><a href=\"/abonnement\">Je m’abonne</a></div>"));
    CHECK_FALSE(has(body, "abonnement"));
    CHECK_FALSE(has(body, "abonne"));
    CHECK(has(body, kStudyP2));
    CHECK(kind_of("Profitez de -50% sur votre abonnement Zonebourse : accédez à nos analyses exclusives.") ==
          LineKind::newsletter);
    CHECK(boilerplate_rule("Save 40% off your subscription today") == "newsletter");
    // Trap: a price rise on a subscription, no discount before the words.
    CHECK(boilerplate_rule("Netflix augmente de 2 euros le prix sur votre abonnement, soit 15% de plus.").empty());
}

TEST_CASE("round 11 body: an asset card with its price, change and trade button (H1)", "[body-round-11]") {
    const std::string body = html_body(story_page("<div class=\"coin-widget\"><span>Ethereum ETH</span><span>$3,402.55 "
                                                  "0.8%</span><button>Buy ETH</button></div>"));
    CHECK_FALSE(has(body, "3,402.55"));
    CHECK(has(body, kStudyP2));
    CHECK(kind_of("Ethereum ETH$3,402.55 0.8%Buy ETH") == LineKind::ticker);
    CHECK(boilerplate_rule("Bitcoin BTC $97,412.10 1.2%") == "ticker");
    // Traps: a headline with a price and a percentage, a sentence, a figure in a table row.
    CHECK(boilerplate_rule("Tesla Shares Hit $300 After 5% Jump").empty());
    CHECK(kind_of("Revenue rose to $3.4 billion, up 12%") != LineKind::ticker);
    CHECK(boilerplate_rule("Average price $3,402.55 0.8%").empty());
}

TEST_CASE("round 11 body: a 'More on <topic>' heading over a list of links (H4)", "[body-round-11]") {
    const std::string body = html_body(story_page("<p class=\"more-on\"><strong>More on the economy</strong></p><ul><li>"
                                                  "<a href=\"/news/1\">U.S. consumer confidence slips to seven-month low</a>"
                                                  "</li><li><a href=\"/news/2\">Jobless claims fall more than expected</a>"
                                                  "</li></ul>"));
    CHECK_FALSE(has(body, "More on the economy"));
    CHECK_FALSE(has(body, "Jobless claims"));
    CHECK(has(body, kStudyP2));
    // Text: the heading over two headlines mid-story, the story going on below.
    const Article a = text_article({kStudyTitle, "", kParagraph, "", "More on the economy", "",
                                    "U.S. consumer confidence slips to seven-month low",
                                    "Jobless claims fall more than expected", "", kStudyP1, "", kStudyLast});
    CHECK_FALSE(has(a.body(), "More on the economy"));
    CHECK_FALSE(has(a.body(), "Jobless claims"));
    CHECK(has(a.body(), kStudyLast));
    // Traps: the same heading over paragraphs is a section of the story; a sentence opening with the words.
    const std::string section = html_body(story_page("<h2>More on the allergy trial</h2><p>" + kParagraph + "</p>"));
    CHECK(has(section, "More on the allergy trial"));
    CHECK(kind_of("More on that later, the minister told reporters on Monday.") == LineKind::prose);
}

TEST_CASE("round 11 body: zh/ja picture labels (H6)", "[body-round-11]") {
    CHECK(boilerplate_rule("资料图：DeepMind总部") == "photo-credit");
    CHECK(kind_of("资料图：DeepMind总部") == LineKind::caption);
    CHECK(boilerplate_rule("写真：ロイター") == "photo-credit");
    // Traps: a zh caption label the dev truth keeps (readability gmw), a sentence naming a file photo.
    CHECK(boilerplate_rule("图注：奥尔德林的圣餐杯回到了地球上").empty());
    CHECK(boilerplate_rule("这张资料图显示了DeepMind总部的外观，摄于2016年。").empty());
}

TEST_CASE("round 11 body: the header's byline row left under the deck in the story's container (H3)", "[body-round-11]") {
    // g1: the story's container holds the standfirst, "Por <name>, <desk>" and then the story.
    auto page = [](const std::string& row) {
        const std::string html = study_page(
            "<article><h1>" + kStudyTitle + "</h1><div class=\"content\"><p>Allergists say the advice changes how parents "
            "feed their babies.</p><p>" + row + "</p><p>" + kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 +
            "</p></div></article>");
        Result r = clean_bytes(html, "test.html", Options{});
        REQUIRE(std::holds_alternative<Article>(r));
        return std::get<Article>(std::move(r));
    };
    const Article a = page("Por Rafael Nogueira, g1 SP");
    REQUIRE(a.byline);
    CHECK(a.byline->starts_with("Rafael Nogueira"));  // the desk stays without the site's name (B2)
    CHECK_FALSE(has(a.body(), "Por Rafael Nogueira"));
    CHECK(has(a.body(), "Allergists say the advice"));
    CHECK(has(a.body(), kStudyP1.substr(0, 40)));
    // Trap: deeper in the story (past its first three blocks) such a line is the story's: a credit it quotes.
    const std::string deep = study_page("<article><h1>" + kStudyTitle + "</h1><div class=\"content\"><p>" + kStudyP1 +
                                        "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p><p>Por Rafael Nogueira, g1 SP</p><p>" +
                                        kStudyP1 + "</p></div><address><a rel=\"author\" href=\"/autor/rn\">Rafael "
                                        "Nogueira</a></address></article>");
    CHECK(has(html_body(deep), "Por Rafael Nogueira"));
}
