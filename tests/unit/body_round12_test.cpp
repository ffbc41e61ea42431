// Body rules of the twelfth round of unseen page shells (study-o: Gate, Bybit, Crypto.com, the Economic
// Times, FAZ, Le Figaro, El Confidencial, NetEase, Público, Mainichi), HTML and text scrapes. Each rule
// has a trap next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/boilerplate_text.hpp"
#include "extract/ticker.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;


// A scrape: nav, headline, byline, date, `header` rows, three paragraphs, then `tail`.
Article scrape(std::vector<std::string> header, std::vector<std::string> tail = {}) {
    std::vector<std::string> lines{"Home News Markets", "", kStudyTitle, "", "By Danny Park", "Nov 28, 2026", ""};
    for (std::string& h : header) lines.push_back(std::move(h));
    for (const std::string& t : {std::string(), kStudyP1, std::string(), kParagraph, std::string(), kStudyLast,
                                 std::string()})
        lines.push_back(t);
    for (std::string& t : tail) lines.push_back(std::move(t));
    return text_article(std::move(lines));
}

}  // namespace

TEST_CASE("round 12 body: a comment section's notice and a pt most-read heading end the scrape (X1)",
          "[body-round-12]") {
    const Article a = scrape({}, {"", "Os coment\xC3\xA1rios deste site s\xC3\xA3o exclusivos para assinantes do P\xC3\x9A""BLICO.",
                                  "", "Mais lidas", "", "Or\xC3\xA7""amento do Estado: o que muda em 2027",
                                  "Chuva forte e vento no fim-de-semana", "",
                                  "\xC2\xA9 2026 P\xC3\x9A""BLICO Comunica\xC3\xA7\xC3\xA3o Social SA"});
    CHECK_FALSE(has(a.body(), "exclusivos"));
    CHECK_FALSE(has(a.body(), "Chuva forte"));
    CHECK(has(a.body(), kStudyLast));
    CHECK(kind_of("Comments are closed.") == LineKind::comments);
    CHECK(kind_of("Mais lidas") == LineKind::related_opener);
    CHECK(kind_of("I pi\xC3\xB9 letti") == LineKind::related_opener);
    CHECK(boilerplate_rule("Les commentaires sont ferm\xC3\xA9s.") == "comments");
    // Traps: the story quoting comments, and a sentence opening with the word.
    CHECK(kind_of("Comments from the minister suggested that the plan would be revised before the vote next week.") ==
          LineKind::prose);
    CHECK(boilerplate_rule("Comments are due by March 15, the agency said in a notice on Tuesday.").empty());
}

TEST_CASE("round 12 body: share and tool rows, one button a line or run together (X2)", "[body-round-12]") {
    const Article a = scrape({"Share to", "X", "Telegram", "Copy Link"});
    CHECK_FALSE(has(a.body(), "Telegram"));
    CHECK_FALSE(has(a.body(), "Share to"));
    CHECK(a.body().rfind(kStudyP1, 0) == 0);
    const Article b = scrape({"\xC3\x89""couter cet articlePartagerSauvegarder", "", "Share toXTelegramCopy Link"});
    CHECK_FALSE(has(b.body(), "Sauvegarder"));
    CHECK_FALSE(has(b.body(), "Telegram"));
    CHECK(kind_of("Ou\xC3\xA7""a este artigoPartilhar not\xC3\xAD""ciaGuardarOferecer artigo") == LineKind::share);
    CHECK(kind_of("FacebookTwitterWhatsAppComentarios") == LineKind::share);
    CHECK(kind_of("ShareFont SizeSavePrint") == LineKind::share);
    // Traps: a network's name alone with no share line above it stays a line of the story; so does a
    // headline-like line under a share label.
    CHECK(kind_of("Telegram") != LineKind::share);
    CHECK(kind_of("Share to win: readers sent in their best photos") != LineKind::share);
}

TEST_CASE("round 12 body: Indian portals' closing plugs and a glued Also Read label (H2)", "[body-round-12]") {
    const std::string body = html_body(story_page(
        "<div class=\"alsoRead\"><strong>Also Read</strong><a href=\"/x\">Sensex jumps 900 points; Nifty tops "
        "24,300</a></div>",
        "<p>(Catch all the Business News, Breaking News, Budget 2026 Events and Latest News Updates on The Economic "
        "Times.)</p><p>Download The Economic Times News App to get Daily Market Updates &amp; Live Business News.</p>"));
    CHECK_FALSE(has(body, "Catch all the"));
    CHECK_FALSE(has(body, "News App"));
    CHECK_FALSE(has(body, "Sensex jumps"));
    CHECK(has(body, kStudyP3));
    const Article a = scrape({}, {"", "Download The Mint News App to get Daily Market Updates.", "", "More from Mint"});
    CHECK_FALSE(has(a.body(), "Download"));
    // Traps: a story's own download and catch sentences; a headline glued to nothing.
    CHECK(boilerplate_rule("Download the full report from the regulator's website.").empty());
    CHECK(boilerplate_rule("Police hope to catch all the suspects before the weekend, the spokesman said.").empty());
    CHECK(boilerplate_rule("Also Read the fine print before signing, the regulator warned.").empty());
}

TEST_CASE("round 12 body: an exchange's trade card inside the story (H1)", "[body-round-12]") {
    const std::string body = html_body(story_page(
        "<div class=\"trade-card\"><p>Trade BTC/USDT Perpetual with up to 100x leverage</p><a href=\"/t\">Trade "
        "Now</a></div>"));
    CHECK_FALSE(has(body, "Perpetual"));
    CHECK_FALSE(has(body, "Trade Now"));
    CHECK(has(body, kStudyP2));
    CHECK(extract::is_asset_card("BTC$97,412.1Trade"));
    CHECK(extract::is_asset_card("BTC $97,412.1 Trade"));
    CHECK(kind_of("Trade BTC/USDT Perpetual with up to 100x leverage") == LineKind::ticker);
    // Traps: the story's own sentences about trading a pair, and a bare price in a sentence.
    CHECK_FALSE(extract::is_asset_card("Trade BTC/USDT volumes doubled on the exchange last week."));
    CHECK_FALSE(extract::is_asset_card("Trade deals were signed."));
    CHECK_FALSE(extract::is_asset_card("Bitcoin hit $97,412.1 to Trade"));
}

TEST_CASE("round 12 body: zh picture credits and platform statements (H5, X4)", "[body-round-12]") {
    CHECK(boilerplate_rule("\xEF\xBC\x88\xE5\x9B\xBE\xE7\x89\x87\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE8\xA7\x86\xE8"
                           "\xA7\x89\xE4\xB8\xAD\xE5\x9B\xBD\xEF\xBC\x89") == "photo-credit");  // （图片来源：视觉中国）
    const std::string statement =
        "\xE7\x89\xB9\xE5\x88\xAB\xE5\xA3\xB0\xE6\x98\x8E\xEF\xBC\x9A\xE4\xBB\xA5\xE4\xB8\x8A\xE5\x86\x85\xE5\xAE\xB9"
        "(\xE5\xA6\x82\xE6\x9C\x89\xE5\x9B\xBE\xE7\x89\x87\xE6\x88\x96\xE8\xA7\x86\xE9\xA2\x91\xE4\xBA\xA6\xE5\x8C\x85"
        "\xE6\x8B\xAC\xE5\x9C\xA8\xE5\x86\x85)\xE4\xB8\xBA\xE8\x87\xAA\xE5\xAA\x92\xE4\xBD\x93\xE5\xB9\xB3\xE5\x8F\xB0"
        "\xE2\x80\x9C\xE7\xBD\x91\xE6\x98\x93\xE5\x8F\xB7\xE2\x80\x9D\xE7\x94\xA8\xE6\x88\xB7\xE4\xB8\x8A\xE4\xBC\xA0"
        "\xE5\xB9\xB6\xE5\x8F\x91\xE5\xB8\x83\xEF\xBC\x8C\xE6\x9C\xAC\xE5\xB9\xB3\xE5\x8F\xB0\xE4\xBB\x85\xE6\x8F\x90"
        "\xE4\xBE\x9B\xE4\xBF\xA1\xE6\x81\xAF\xE5\xAD\x98\xE5\x82\xA8\xE6\x9C\x8D\xE5\x8A\xA1\xE3\x80\x82";
    CHECK(boilerplate_rule(statement) == "disclaimer");
    CHECK(kind_of(statement) == LineKind::disclaimer);
    const std::string notice = "Notice: The content above (including the pictures and videos if any) is uploaded and "
                               "posted by a user of NetEase Hao, which is a social media platform and only provides "
                               "information storage services.";
    CHECK(boilerplate_rule(notice) == "disclaimer");
    CHECK(kind_of(notice) == LineKind::disclaimer);
    // Trap: a story about a cloud firm's storage services.
    CHECK(boilerplate_rule("The company said it provides information storage services to hospitals across the "
                           "region and plans to expand next year.").empty());
}

TEST_CASE("round 12 body: a bare 'Read the full story on X' link after the story (H3)", "[body-round-12]") {
    const std::string body =
        html_body(story_page("", "<a class=\"css-readmore\" href=\"https://x.test/a\">Read the full story on "
                                 "CryptoSlate</a>"));
    CHECK_FALSE(has(body, "Read the full story"));
    CHECK(has(body, kStudyP3));
    CHECK(boilerplate_rule("Read more on CNN Money") == "story-end");
    // Trap: a sentence opening with the phrase.
    CHECK(boilerplate_rule("Read more on why the central bank held rates.").empty());
}

TEST_CASE("round 12 body: a compiler's credit under a translated repost's header (X5)", "[body-round-12]") {
    const Article a = scrape({"Compiled by: Gate Learn Translation Team"});
    CHECK_FALSE(has(a.body(), "Compiled by"));
    CHECK(boilerplate_rule("Compiled by: Gate Learn Translation Team") == "translator-credit");
    // Trap: the story saying who compiled a list.
    CHECK(boilerplate_rule("Compiled by analysts at the bank, the list ranks the largest lenders by assets.").empty());
}

TEST_CASE("round 12 body: a picture credit run into its figure caption (H4)", "[body-round-12]") {
    const std::string body = html_body(story_page(
        "<figure><img src=\"a.jpg\" alt=\"\"><figcaption><span>Einmal-Codes direkt im Passwort-Manager: die neue "
        "Mac-Version</span><span>Bild: Hersteller</span></figcaption></figure>"));
    CHECK(has(body, "die neue Mac-Version"));  // the caption itself is kept by policy
    CHECK_FALSE(has(body, "Hersteller"));
    // Trap: a caption with a capitalised word glued before no credit label stays whole.
    const std::string kept = html_body(story_page(
        "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>Die neue Mac-Version des Passwort-Managers im "
        "Test: Einmal-Codes direkt in der App</figcaption></figure>"));
    CHECK(has(kept, "Einmal-Codes direkt in der App"));
}

TEST_CASE("round 12 body: pt boxes inside the story, a share list above its share button, a zh web credit",
          "[body-round-12]") {
    const Article a = scrape({"X", "Facebook", "\xE3\x81\xAF\xE3\x81\xA6\xE3\x83\x96", "LINE"},  // はてブ
                             {});
    CHECK_FALSE(has(a.body(), "Facebook"));
    CHECK(a.body().rfind(kStudyP1, 0) == 0);
    CHECK(kind_of("RelacionadosLula e o futebol: uma rela\xC3\xA7\xC3\xA3o antiga") == LineKind::inline_related);
    CHECK(kind_of("Subscreva gratuitamente as newsletters e receba o melhor da actualidade") == LineKind::newsletter);
    CHECK(kind_of("Subscrever") == LineKind::label);
    CHECK(boilerplate_rule("\xEF\xBC\x88\xE5\x9B\xBE\xE7\x89\x87\xE6\x9D\xA5\xE6\xBA\x90\xE4\xBA\x8E\xE7\xBD\x91\xE7"
                           "\xBB\x9C\xEF\xBC\x89") == "photo-credit");  // （图片来源于网络）
    // Traps: a pt sentence on related matters, a name line over a story with no share button below it.
    CHECK(kind_of("Relacionados com o caso, tr\xC3\xAA""s suspeitos foram detidos pela pol\xC3\xAD""cia na "
                  "sexta-feira.") == LineKind::prose);
    CHECK(kind_of("Facebook") != LineKind::share);
}

TEST_CASE("round 12 body: the zh comment-count and share row under the date row", "[body-round-12]") {
    // NetEase's "0 跟贴分享" (comment count, share) ran into the story's first line, or became a text's headline.
    CHECK(kind_of("0 跟贴分享") == LineKind::share);
    CHECK(kind_of("12 评论 分享") == LineKind::share);
    const Article a = text_article({"宇航员在太空中喝酒会怎么样？后果很严重", "", "2026-11-28 14:05:31 来源: 光明网", "", "0 跟贴分享", "",
                                    "翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。这让人感到巨大压力和极度恐慌。", "",
                                    "不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料。"});
    CHECK_FALSE(has(a.body(), "跟贴"));
    CHECK(a.title == std::optional<std::string>("宇航员在太空中喝酒会怎么样？后果很严重"));
    // Traps: the words in a story's line, and a lone comment word.
    CHECK(kind_of("网友评论说这次改革很重要，留言区里也有不少讨论。") != LineKind::share);
    CHECK(kind_of("评论") != LineKind::share);
}
