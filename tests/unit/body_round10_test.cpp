// Body rules of the tenth round of unseen page shells (study-m: CNBC, Investing.com, Business Insider,
// MSN, Der Spiegel, El País, Le Monde, Sina). Each rule has a trap next to it: the nearest legitimate
// text stays.
#include <catch2/catch.hpp>

#include <string>

#include "extract/boilerplate_text.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;


// A zh story under a zh headline, `top` above its paragraphs.
const std::string kZhTitle = "DeepMind新电脑已可利用记忆自学";
const std::string kZhP1 = "谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。";
const std::string kZhP2 = "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。";
const std::string kZhP3 = "DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线，也可以回答复杂的家谱问题。";

std::string zh_page(const std::string& top, const std::string& tail = "") {
    return "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + kZhTitle +
           "</title></head><body><h1>" + kZhTitle + "</h1><div class=\"article\">" + top + "<p>" + kZhP1 +
           "</p><p>" + kZhP2 + "</p><p>" + kZhP3 + "</p>" + tail + "</div></body></html>";
}

}  // namespace

TEST_CASE("round 10 body: 'originally published' notes in the passive and in es/pt/fr (H3)", "[body-round-10]") {
    CHECK(boilerplate_rule("This post was originally published on the ACLU's Free Future blog.") == "repost-credit");
    CHECK(boilerplate_rule("Este art\xC3\xAD""culo fue publicado originalmente en LA NACION (Argentina), miembro de la "
                           "alianza period\xC3\xAD""stica de EL PA\xC3\x8DS.") == "repost-credit");
    CHECK(boilerplate_rule("Este artigo foi publicado originalmente no The Conversation.") == "repost-credit");
    const std::string body = html_body(story_page("", "<p><em>This post was originally published on the ACLU's Free "
                                                      "Future blog.</em></p>"));
    CHECK_FALSE(has(body, "originally published"));
    CHECK(has(body, kStudyP3));
    // The metadata side still reads the note as the source.
    Result r = clean_bytes(story_page("", "<p>This post was originally published on the ACLU's Free Future blog.</p>"),
                           "t.html", Options{});
    REQUIRE(std::holds_alternative<Article>(r));
    CHECK(std::get<Article>(r).source == std::optional<std::string>("the ACLU's Free Future blog"));
    // Traps: the story telling when something was first published, and the kept Grist form.
    CHECK(boilerplate_rule("The report, which was originally published in 2019, found that most banks complied.").empty());
    CHECK(boilerplate_rule("This post originally appeared on Grist.").empty());
}

TEST_CASE("round 10 body: promo boxes and plugs after the story (H2)", "[body-round-10]") {
    // CNBC's "Don't miss" box: a heading and a list of headlines.
    std::string body = html_body(story_page("", "<div class=\"ArticleBody-subtitle\">Don\xE2\x80\x99t miss these insights "
                                                "from CNBC PRO</div><ul class=\"ArticleBody-list\"><li><a href=\"/a\">"
                                                "Goldman Sachs names its top stocks for the next year</a></li><li><a "
                                                "href=\"/b\">Wall Street\xE2\x80\x99s favorite dividend stocks to own "
                                                "now</a></li></ul>"));
    CHECK_FALSE(has(body, "Don\xE2\x80\x99t miss"));
    CHECK_FALSE(has(body, "Goldman Sachs names"));
    CHECK(has(body, kStudyP3));
    CHECK(extract::is_box_heading("Don't miss these insights from CNBC PRO"));
    CHECK_FALSE(extract::is_box_heading("Don't miss it."));
    // "Read more from <outlet>: <headline>".
    const std::string read_more = "Read more from NBC News: Pentagon weighs new options for Red Sea mission";
    CHECK(boilerplate_rule(read_more, 46) == "related-inline");
    CHECK(boilerplate_rule("Read more from the minister's statement: the plan will cost $2 billion over five years "
                           "and take effect in March, officials said on Thursday after a long meeting.")
              .empty());
    // The es newsletter line and Investing.com's ProPicks plug.
    CHECK(boilerplate_rule("Suscr\xC3\xAD""base aqu\xC3\xAD a la newsletter de EL PA\xC3\x8DS Am\xC3\xA9rica y reciba "
                           "todas las claves informativas de la actualidad de la regi\xC3\xB3n.") == "newsletter");
    CHECK(boilerplate_rule("Should you be buying stocks right now? With ProPicks AI, InvestingPro uncovers 6 stocks "
                           "that beat the market in 2024.") == "newsletter");
    // Trap: a story sentence about subscriptions.
    CHECK(boilerplate_rule("Readers who subscribe to the paper's newsletter will get the report first, the editors "
                           "said.").empty());
}

TEST_CASE("round 10 body: a related-video card and a native ad between paragraphs (H4)", "[body-round-10]") {
    const std::string body = html_body(story_page(
        "<div class=\"video-container\"><div class=\"videoTitle\">Related video: Amazon cuts prices at Whole Foods "
        "(Bloomberg)</div><div class=\"videoProvider\">Duration 1:48</div></div>"
        "<div class=\"native-ad\"><span>Ad</span><a href=\"/x\">Seniors born 1940-1970: the new cash-back card "
        "everyone is talking about</a></div>"));
    CHECK_FALSE(has(body, "Related video"));
    CHECK_FALSE(has(body, "Duration 1:48"));
    CHECK_FALSE(has(body, "Seniors born"));
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyP2));
    CHECK(boilerplate_rule("V\xC3\xAD""deo relacionado: Bolsonaro recebe Palmeiras campe\xC3\xA3o no Planalto (UOL)") ==
          "related-inline");
    CHECK(boilerplate_rule("Dura\xC3\xA7\xC3\xA3o 1:48") == "video-card");
    CHECK(boilerplate_rule("An\xC3\xBA""ncio") == "ad-label");
    // Trap: a sentence about a duration.
    CHECK(boilerplate_rule("Duration of the programme was set at 18 months by the ministry.").empty());
}

TEST_CASE("round 10 body: zh portal plugs and the original-title line over the story (H5, H1)", "[body-round-10]") {
    const std::string body = html_body(zh_page(
        "<div class=\"appendQr_wrap\"><p>海量资讯、精准解读，尽在新浪财经APP</p></div><p>原标题：DeepMind新电脑能用记忆自学</p>"
        "<div class=\"img_wrapper\"><img src=\"x.jpg\"><span class=\"img_descr\">图为马素湘在澳大利亚悉尼游玩时的近影。</span></div>"));
    CHECK_FALSE(has(body, "新浪财经APP"));
    CHECK_FALSE(has(body, "原标题"));
    CHECK_FALSE(has(body, "马素湘"));
    CHECK(has(body, kZhP1));
    CHECK(has(body, kZhP3));
    CHECK(boilerplate_rule("下载腾讯新闻客户端") == "newsletter");
    // Traps: a story sentence naming an app, and the original title closing a wire copy (dev truth gmw keeps it).
    CHECK(boilerplate_rule("用户可以在应用商店下载这款APP，也可以通过网页版使用。").empty());
    const std::string tail = html_body(zh_page("", "<p>原标题：DeepMind新电脑能用记忆自学</p>"));
    CHECK(has(tail, "原标题"));
}

TEST_CASE("round 10 body: header rows over the story (H6)", "[body-round-10]") {
    const std::string page = study_page(
        "<main><section class=\"article__header\"><h1>" + kStudyTitle + "</h1><div class=\"meta\"><span class=\"meta__date\">"
        "Publi\xC3\xA9 le 14 novembre 2025 \xC3\xA0 09h15</span><span class=\"meta__reading-time\">Temps de Lecture 3 "
        "min.</span></div><p class=\"article__status\"><span>Article r\xC3\xA9serv\xC3\xA9 aux abonn\xC3\xA9s</span></p>"
        "</section><div class=\"audio-player\">Artikel zum H\xC3\xB6ren \xE2\x80\xA2 3 Min</div><article class=\"article__content\"><p>" +
        kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p></article></main>");
    const std::string body = html_body(page);
    CHECK_FALSE(has(body, "Temps de Lecture"));
    CHECK_FALSE(has(body, "r\xC3\xA9serv\xC3\xA9 aux abonn\xC3\xA9s"));
    CHECK(extract::is_meta_line("Artikel zum H\xC3\xB6ren \xE2\x80\xA2 3 Min"));
    CHECK(has(body, kStudyP1));
    CHECK(extract::is_meta_line("Listen to Article \xE2\x80\xA2 4 min"));
    // Trap: a recipe's time row is its data, not a read time.
    CHECK_FALSE(extract::is_meta_line("Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)"));
    // A kicker span glued to the headline span repeats the title "Kicker: Headline".
    const std::string spiegel = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Passwortmanager: 1Password "
                                "f\xC3\xBCr Mac generiert Einmal-Passw\xC3\xB6rter</title></head><body><article><header>"
                                "<h2><span class=\"block\">Passwortmanager</span><span>1Password f\xC3\xBCr Mac generiert "
                                "Einmal-Passw\xC3\xB6rter</span></h2></header><section><p>" +
                                kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p></section></article></body></html>";
    CHECK_FALSE(has(html_body(spiegel), "Passwortmanager1Password"));
    // A related heading over hrefless headline items: the items go too; a sentence item stays.
    const std::string related = html_body(story_page("", "<div data-area=\"related_articles\"><span>Mehr zum Thema</span>"
                                                         "<ul><li><a>Passwort-Manager im Test: Welche Tresore wirklich "
                                                         "sicher sind</a></li></ul></div>"));
    CHECK_FALSE(has(related, "Passwort-Manager im Test"));
    CHECK(has(related, kStudyP3));
}

TEST_CASE("round 10 text: a related box mid-story does not end the body (X1)", "[body-round-10][text]") {
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "Sep 19, 2025", "", kStudyP1, "",
                                    "Information from other sources", "", "Related stories", "",
                                    "Business Insider tells the innovative stories you want to know", "",
                                    "I quit social media for a year. Here's what happened to my data.",
                                    "Meta is fighting a new privacy lawsuit in Europe", "", kStudyP2, "",
                                    "Peanut snacks on a kitchen table.Getty Images", "", kStudyP3, "", kStudyLast});
    const std::string body = a.body();
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyP2));
    CHECK(has(body, kStudyLast));
    CHECK_FALSE(has(body, "Meta is fighting"));
    CHECK_FALSE(has(body, "Related stories"));
    // Trap: a related block that ends the page (no story after it) still ends the body.
    const Article b = text_article({"Home News Markets", "", kStudyTitle, "", "Sep 19, 2025", "", kStudyP1, "",
                                    kStudyP2, "", kStudyLast, "", "Related stories", "",
                                    "Gold Retreats From Record High as Dollar Firms",
                                    "Asian Stocks Slip Ahead of Central Bank Meetings", "", "Privacy Policy Terms of Use"});
    CHECK_FALSE(has(b.body(), "Gold Retreats"));
    CHECK(has(b.body(), kStudyLast));
}

TEST_CASE("round 10 text: the last paragraph closed by a translator note stays (X4)", "[body-round-10][text]") {
    const std::string last = "DeepMind希望DNC可以推动计算行业实现更多突破。DeepMind已将其研究结果发表在科学刊物《自然》（Nature）上。（编译/林靖东）";
    const Article a = text_article({"新浪科技", "", kZhTitle, "", "2025年11月14日 08:15", "", kZhP1, "", kZhP2, "", kZhP3,
                                    "", last, "", "责任编辑：李明", "", "文章关键词：人工智能谷歌"});
    const std::string body = a.body();
    CHECK(has(body, "（编译/林靖东）"));
    CHECK_FALSE(has(body, "责任编辑"));
    CHECK(kind_of(last) == LineKind::prose);
    // Trap: a short title-like line with a bracketed word is no sentence.
    CHECK(kind_of("DeepMind新电脑（Nature）") != LineKind::prose);
}

TEST_CASE("round 10 text: glued tool rows, author alerts and sign-up legal lines (X2)", "[body-round-10][text]") {
    CHECK(boilerplate_rule("ListenShare") == "share");
    CHECK(boilerplate_rule("Zur Merkliste hinzuf\xC3\xBCgenLink kopierenWeitere Optionen zum Teilen") == "share");
    CHECK(boilerplate_rule("Offrir l\xE2\x80\x99""articleLire plus tardPartagerPartager sur Facebook") == "share");
    CHECK(boilerplate_rule("分享到：微博微信扫一扫我要反馈") == "share");
    CHECK(boilerplate_rule("Every time Marcus publishes a story, you\xE2\x80\x99ll get an alert straight to your inbox!") ==
          "newsletter");
    CHECK(boilerplate_rule("By clicking \xE2\x80\x9CSign up\xE2\x80\x9D, you agree to receive emails from Business Insider. "
                           "In addition, you accept Insider\xE2\x80\x99s Terms of Service and Privacy Policy.") == "newsletter");
    // Traps: a story line with the same words.
    CHECK(boilerplate_rule("Listen to the minister explain the plan in her own words on the podcast.").empty());
    CHECK(boilerplate_rule("Users who save a link can share it later with friends on WeChat, the company said.").empty());
}

TEST_CASE("round 10 text: more tool rows, sign-up and ad notes of the study-m shells", "[body-round-10][text]") {
    CHECK(boilerplate_rule("Add to FavoritesCopy linkMore options for sharing") == "share");
    CHECK(boilerplate_rule("CurtirComent\xC3\xA1riosCompartilhar") == "share");
    CHECK(boilerplate_rule("By signing up, you will receive emails about CoinDesk products and you agree to our terms "
                           "of use and privacy policy.") == "newsletter");
    CHECK(boilerplate_rule("R\xC3\xA9utiliser ce contenu") == "ui-label");
    CHECK(boilerplate_rule("Third party Ad. Not an offer or recommendation by Investing.com. See disclosure here or "
                           "remove ads.") == "disclaimer");
    // Trap: a story sentence about an offer.
    CHECK(boilerplate_rule("The board said the bid was not an offer it could accept, and shares fell 4%.").empty());
}
