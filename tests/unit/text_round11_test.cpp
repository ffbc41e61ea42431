// Text scrapes of the eleventh round of unseen page shells (study-n: g1,
// excite, zonebourse, thepaper, groundnews, seekingalpha): the header lines a
// scrape leaves between the headline and the story. Every page is
// handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

}  // namespace

TEST_CASE("round 11 text: a standfirst ending in a period between headline and byline (T1)", "[text-round-11]") {
    // g1: headline (a year in it) / one-sentence deck / "Por X" / date row / story.
    const std::string headline = "Tite diz que errou ao levar taça da Libertadores a Lula em 2012";
    const std::string deck = "Técnico da seleção falou sobre o episódio em evento com ex-dirigentes do Corinthians.";
    const Article a = text_article({"globo.com g1 ge gshow", "", "São Paulo MENU", "", headline, "", deck, "",
                                    "Por Rafael Nogueira", "", "28/11/2026 14h05 · Atualizado 28/11/2026 16h40", "",
                                    kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(headline));
    CHECK(day_of(a) == "2026-11-28");
    CHECK_FALSE(has(a.body(), "Técnico da seleção"));
    // The Guardian: an English headline over a two-sentence standfirst.
    const std::string en = "Sunak faces revolt over plans to scrap the northern leg of HS2";
    const Article b = text_article({"The Guardian", "", en, "", "Ministers were warned of the cost. The decision is due in days.",
                                    "", "Peter Walker Political correspondent", "Fri 19 Sep 2025 04.20 BST", "", kParagraph,
                                    "", kStudyLast});
    CHECK(b.title == std::optional<std::string>(en));
    // Trap: a nav bar's counts above a sentence over the byline are no headline.
    const Article c = text_article({"Home", "", "Post Reply 4 posts • Page 1 of 1", "",
                                    "Welcome to the forum, please read the rules first.", "", "By Jane Doe",
                                    "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(c.title != std::optional<std::string>("Post Reply 4 posts • Page 1 of 1"));
}

TEST_CASE("round 11 text: a Japanese source-and-date row with its update (T2)", "[text-round-11]") {
    // excite: "<source> <date>" with no joiner, the update in full-width brackets after the time.
    const std::string headline = "トレンドマイクロ、フリーWi-Fi利用時の通信を暗号化するアプリを提供開始";
    const auto page = [&](const std::string& row) {
        return text_article({"エキサイト", "トップ", "IT", "", "エキサイトニュース > IT > IT総合", "", headline, "", row, "",
                             "ポスト", "シェア", "はてブ", "", kParagraph, "", kStudyLast});
    };
    const Article a = page("CNET Japan 2026年11月26日 10時30分（最終更新 2026年11月27日 18時12分）");
    CHECK(a.title == std::optional<std::string>(headline));
    CHECK(a.byline == std::optional<std::string>("CNET Japan"));
    CHECK(day_of(a) == "2026-11-26");
    const Article b = page("CNET Japan 2026年11月28日 14時05分");
    CHECK(b.byline == std::optional<std::string>("CNET Japan"));
    CHECK(day_of(b) == "2026-11-28");
    // An English dated row with a bracketed update (read before this round too: kept as a guard).
    const Article c = text_article({"Markets", "", "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say", "",
                                    "Liz Moyer — Sep 19, 2025 4:20 AM (Updated Sep 20, 2025 6:10 AM)", "", kParagraph,
                                    "", kStudyLast});
    CHECK(day_of(c) == "2025-09-19");
    CHECK(c.byline == std::optional<std::string>("Liz Moyer"));
    // Trap: a Western date after the words has no CJK marks: "Apple Park" is no source of a joinerless row.
    const Article d = text_article({"Tech", "", "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say", "",
                                    "Apple Park 19 Sep 2025", "", kParagraph, "", kStudyLast});
    CHECK(d.byline != std::optional<std::string>("Apple Park"));
}

TEST_CASE("round 11 text: a name or a labelled agency after the date and time (T3)", "[text-round-11]") {
    const std::string headline = "Un troisième Français mort dans le séisme au Népal";
    const auto page = [&](const std::string& row) {
        return text_article({"Zonebourse", "MarchésActualitésAnalyses", "", "PolitiqueFrance", "", headline, "", row,
                             "PartagerImprimer", "", kParagraph, "", kStudyLast});
    };
    CHECK(page("28/11/2026 | 14:05 Claire Morvan").byline == std::optional<std::string>("Claire Morvan"));
    CHECK(page("27/11/2026 | 09:12 Source : AFP").byline == std::optional<std::string>("AFP"));
    CHECK(page("27/11/2026 | 09:12 Reuters").byline == std::optional<std::string>("Reuters"));
    const Article a = page("28/11/2026 | 14:05 Claire Morvan");
    CHECK(a.title == std::optional<std::string>(headline));
    CHECK(day_of(a) == "2026-11-28");
    // Traps: a time zone or a month after the time names no one.
    CHECK_FALSE(page("Sep 19, 2025 4:20 AM EDT").byline.has_value());
    CHECK_FALSE(page("19.09.2025, 14:05 Uhr MESZ").byline.has_value());
    CHECK_FALSE(page("19 Sep 2025 04:20 Updated Sep").byline.has_value());
}

TEST_CASE("round 11 text: a Chinese reporter credit and an account row over the date (T4)", "[text-round-11]") {
    const std::string headline = "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶";
    const std::string story = "谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。"
                              "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。";
    const std::string more = "DeepMind表示，这款名为DNC的AI模型可以接受家谱和伦敦地铁网络地图这样的信息，还可以回答与那些数据结构中的"
                             "不同项目之间的关系有关的复杂问题，DeepMind已将其研究结果发表在科学刊物《自然》上。";
    // thepaper: "<outlet>记者 <name>" over the date and the source, one a line.
    const Article a = text_article({"澎湃新闻", "要闻", "深度", "", headline, "", "澎湃新闻记者 林靖", "2026-11-27 09:12",
                                    "来源：澎湃新闻", "", story, "", more});
    CHECK(a.title == std::optional<std::string>(headline));
    CHECK(a.byline == std::optional<std::string>("林靖"));
    CHECK(day_of(a) == "2026-11-27");
    // The same row run together by the scrape.
    const Article b = text_article({"澎湃新闻", "要闻", "深度", "", headline, "", "新华社记者 林靖2026-11-27 09:12来源：澎湃新闻", "",
                                    story, "", more});
    CHECK(b.title == std::optional<std::string>(headline));
    CHECK(b.byline == std::optional<std::string>("林靖"));
    CHECK(day_of(b) == "2026-11-27");
    // A 澎湃号 account's name with its type chip, over a date with the IP location.
    const Article c = text_article({"澎湃新闻", "要闻", "深度", "", headline, "", "光明网澎湃号·媒体", "2026-11-28 14:05来自北京", "",
                                    story, "", more});
    CHECK(c.title == std::optional<std::string>(headline));
    CHECK(c.byline == std::optional<std::string>("光明网"));
    // The IP location alone after the time is no source.
    const Article d = text_article({"澎湃新闻", "要闻", "", headline, "", "2026-11-28 14:05来自北京", "", story, "", more});
    CHECK(d.byline != std::optional<std::string>("来自北京"));
    // Trap: a headline naming a reporter is still the headline (a sentence follows the name, no date).
    const std::string quote = "央视记者 探访抗洪一线救援现场";
    const Article e = text_article({"澎湃新闻", "要闻", "", quote, "", "2026-11-28 14:05", "", story, "", more});
    CHECK(e.title == std::optional<std::string>(quote));
}

TEST_CASE("round 11 text: an author card between the header and the story (X3)", "[text-round-11]") {
    const std::string headline = "The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians";
    const auto page = [&](std::vector<std::string> card) {
        std::vector<std::string> lines = {"Seeking Alpha", "PortfolioStock IdeasDividends", "", "Economy | Macro View", "",
                                          headline, "", "Nov. 26, 2026 11:30 AM ET", ""};
        for (std::string& c : card) lines.push_back(std::move(c));
        for (const std::string& t : {std::string(), kParagraph, std::string(), kStudyLast}) lines.push_back(t);
        return text_article(std::move(lines));
    };
    // The card as a scrape glues it: name, count and button on one line.
    const Article a = page({"The Value Ledger4.83K FollowersFollow"});
    CHECK_FALSE(has(a.body(), "Followers"));
    CHECK(a.byline == std::optional<std::string>("The Value Ledger"));
    CHECK(a.title == std::optional<std::string>(headline));
    // One a line, as a browser's flex row gives it.
    const Article b = page({"The Value Ledger", "4.83K Followers", "Follow"});
    CHECK_FALSE(has(b.body(), "Followers"));
    CHECK_FALSE(has(b.body(), "The Value Ledger"));
    CHECK(b.byline == std::optional<std::string>("The Value Ledger"));
    // Trap: a short line of the story under the header without a count stays.
    const Article c = page({"Why the platforms win"});
    CHECK(has(c.body(), "Why the platforms win"));
}

TEST_CASE("round 11 text: topic chips run together over the date row are no author row (T5)", "[text-round-11]") {
    const std::string headline = "Obama admits US gun laws are his 'biggest frustration'";
    const auto page = [&](const std::string& row) {
        return text_article({"Ground News", "Home PageLocal NewsBlindspot Feed", "", row, "", "Nov 27, 2026 · 10:12 AM", "",
                             headline, "", kParagraph, "", kStudyLast});
    };
    CHECK(page("Israel-GazaDonald TrumpArtificial Intelligence").byline != std::optional<std::string>("Israel-GazaDonald TrumpArtificial Intelligence"));
    // Trap: a name with one capital inside a word is still an author row's name.
    CHECK(page("Ronald McDonald").byline == std::optional<std::string>("Ronald McDonald"));
}
