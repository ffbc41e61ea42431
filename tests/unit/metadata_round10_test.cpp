// Metadata of the tenth round of unseen page shells (study-m): a company's legal name in <meta name=author>
// (B1), reading-time and video-duration rows (B2, B6), a zh portal's source link over its channel and its
// editor credit (B3), MSN's localised "Story by" (B4) and a kicker span in an h2 headline (B5).
// Each positive case has its trap beside it: the nearest legitimate page that must keep its old reading.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
#include "metadata_test_support.hpp"

namespace {

using namespace newsclean::metatest;
using newsclean::Article;

const std::string kTitle = "<title>Banks face new rules</title>";
const std::string kHeadline = "<h1>Banks face new rules</h1>";

// A zh story long enough to be one.
const std::string kZhStory =
    "<div class=\"article\"><p>谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。"
    "</p><p>这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。</p>"
    "<p>DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线，也可以回答复杂的家谱问题。</p>";

Article zh_page(const std::string& head, const std::string& header, const std::string& tail) {
    return clean("<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + header + kZhStory + tail +
                     "</div></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 10 B1: a company's legal name in meta author loses to the byline-author link", "[metadata][byline][round-10]") {
    const std::string visible =
        kHeadline + "<div class=\"byline-wrapper\"><div class=\"byline-author\"><a href=\"/author/x\">Marcus Ellery</a></div>"
                    "<div class=\"byline-author-title\">Guest contributor, ACLU</div></div>";
    CHECK(by(whole_page(kTitle + "<meta name=\"author\" content=\"Insider Inc.\">", visible)) == "Marcus Ellery");
    CHECK(by(whole_page(kTitle + "<meta name=\"author\" content=\"Acme Media GmbH\">", visible)) == "Marcus Ellery");
    // Trap: a person named by the metadata still beats an unlabelled byline element that disagrees (readability cnn).
    CHECK(by(whole_page(kTitle + "<meta name=\"author\" content=\"Jane Doe\">", visible)) == "Jane Doe");
    CHECK(newsclean::extract::is_company_name("Insider Inc."));
    CHECK_FALSE(newsclean::extract::is_company_name("Jane Doe"));
    CHECK_FALSE(newsclean::extract::is_company_name("Inc."));
}

TEST_CASE("round 10 B2/B6: reading-time and duration rows name nobody", "[metadata][byline][round-10]") {
    CHECK(byline("Temps de Lecture 3 min.") == "none");
    CHECK(byline("Tiempo de lectura: 4 min") == "none");
    CHECK(byline("Duration 1:48") == "none");
    CHECK(byline("Duração 1:48") == "none");
    // Traps: names near those words, and a name before a read time.
    CHECK(byline("Maria Durán") == "Maria Durán");
    CHECK(byline("Jane Doe · 5 min read") == "Jane Doe");

    // Le Monde's header: the date and reading-time row, then the author element.
    const Article lm = whole_page(
        "<title>Un troisième Français mort</title><meta property=\"og:site_name\" content=\"Le Monde.fr\">",
        "<h1>Un troisième Français mort</h1><div class=\"meta meta__publisher\"><span class=\"meta__date\">Publié le 3 novembre "
        "2025 à 14h20</span><span class=\"meta__reading-time\">Temps de Lecture 3 min.</span></div><span "
        "class=\"meta__author\"><span class=\"author__name\">Le Monde avec AFP</span></span>");
    CHECK(by(lm) == "AFP");  // the host's credit "<site> avec <wire>" names the wire (wire_of_host_credit)
    CHECK(lm.source.value_or("none") == "AFP");
    // MSN's inline video block under a paragraph: its running time is no byline.
    const Article msn = whole_page(kTitle, kHeadline + "<div class=\"video-container\"><div class=\"videoTitle\">Related video: "
                                                      "Amazon cuts prices</div><div class=\"videoProvider\">Duration 1:48</div></div>");
    CHECK(by(msn) == "none");
}

TEST_CASE("round 10 B2: \"<site> avec <wire>\" names the wire, a person's credit stays", "[metadata][byline][round-10]") {
    const std::string head = "<title>Un séisme au Népal</title><meta property=\"og:site_name\" content=\"Le Monde.fr\">";
    const auto credit = [&](const std::string& who) {
        return whole_page(head, "<h1>Un séisme au Népal</h1><span class=\"meta__author\">" + who + "</span>");
    };
    CHECK(by(credit("Le Monde avec Reuters")) == "Reuters");
    // Traps: a reporter working with a wire, and no site named before the connector.
    CHECK(by(credit("Marie Dupont avec AFP")) != "AFP");
    CHECK(by(whole_page("<title>Un séisme au Népal</title>",
                        "<h1>Un séisme au Népal</h1><span class=\"meta__author\">Le Monde avec AFP</span>")) != "AFP");
}

TEST_CASE("round 10 B3: a zh portal's date-row source link beats its channel and its editor credit",
          "[metadata][byline][round-10]") {
    const std::string head = "<title>DeepMind新电脑已可利用记忆自学|腾讯科技_新浪科技</title>";
    const std::string header = "<h1 class=\"main-title\">DeepMind新电脑已可利用记忆自学</h1><div class=\"date-source\"><span "
                               "class=\"date\">2025年11月14日 08:15</span><a class=\"source ent-source\" href=\"https://x\">腾讯科技</a></div>";
    const std::string editor = "<p class=\"show_author\">责任编辑：李明</p>";
    CHECK(by(zh_page(head + "<meta name=\"author\" content=\"新浪科技\">", header, editor)) == "腾讯科技");
    CHECK(by(zh_page(head, header, editor)) == "腾讯科技");
    // Trap: an editor credit is still the byline of a page naming nobody else, and beats a plain "来源：" label
    // (trafilatura xinhuanet: the truth is the editor).
    const std::string xinhua = "<h1>武汉的声音</h1><div class=\"h-info\"><span class=\"h-time\">2020-02-19 20:29:58</span> "
                               "<span>来源： 半月谈</span></div>";
    CHECK(by(zh_page("<title>武汉的声音</title>", xinhua, editor)) == "李明");
    // Trap: a person in meta author (gmw: the editor's name) is not the channel: it stays.
    CHECK(by(zh_page("<title>宇航员在太空中喝酒 _探索者 _光明网</title><meta name=\"author\" content=\"肖春芳\">",
                     "<h1>宇航员在太空中喝酒</h1><div><span>2017-03-10 09:58</span><span id=\"source\">来源：<a>网易科学人</a></span></div>",
                     "")) == "肖春芳");
    CHECK(newsclean::extract::opens_with_editor_credit("[责任编辑:肖春芳]"));
    CHECK_FALSE(newsclean::extract::opens_with_editor_credit("作者：张三"));
}

TEST_CASE("round 10 B4: MSN's localised \"Story by\" labels", "[metadata][byline][round-10]") {
    CHECK(byline("História de Ana Luiza Albuquerque") == "Ana Luiza Albuquerque");
    CHECK(byline("Historia de María López") == "María López");
    CHECK(by(whole_page(kTitle, kHeadline + "<div class=\"byline\"><span class=\"authorText\">História de Ana Luiza "
                                            "Albuquerque</span><span> • </span><span class=\"timeText\">14/11/2025</span></div>")) ==
          "Ana Luiza Albuquerque");
    // A phrase with no name after the label gives none (before the label: the whole phrase as a name).
    CHECK(byline("Historia de la ciudad") == "none");
}

TEST_CASE("round 10 B5: a kicker span of an h2 headline is not the title", "[metadata][title][round-10]") {
    const std::string og = "<meta property=\"og:title\" content=\"Passwortmanager: 1Password für Mac generiert Einmal-Passwörter\">";
    const Article a = whole_page(og, "<header><h2><span class=\"block text-primary-base\">Passwortmanager</span><span "
                                     "class=\"align-middle\">1Password für Mac generiert Einmal-Passwörter</span></h2></header>");
    CHECK(a.title.value_or("none") == "1Password für Mac generiert Einmal-Passwörter");
    // Trap: a headline with a real colon, in one text, keeps it.
    const Article b = whole_page("<meta property=\"og:title\" content=\"Bitcoin: the rally that nobody expected\">",
                                 "<h2>Bitcoin: the rally that nobody expected</h2>");
    CHECK(b.title.value_or("none") == "Bitcoin: the rally that nobody expected");
}
