// Text scrapes of the seventh round of unseen page shells (study-j: Forbes,
// CoinDesk, CNBC, Czech and Thai portals, Reddit, X Articles). Every page is
// handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

}  // namespace

TEST_CASE("round 7 text: a share row above the body is no headline (B23)", "[text-round-7]") {
    // CNBC's buttons spelled out (16 words), the Czech and Thai share rows.
    const std::string cnbc =
        "Share Share Article via Facebook Share Article via Twitter Share Article via LinkedIn Share Article via Email";
    CHECK(kind_of(cnbc) == LineKind::share);
    CHECK(kind_of("Sdílet Facebook X E-mail") == LineKind::share);
    CHECK(kind_of("\xE0\xB9\x81\xE0\xB8\x8A\xE0\xB8\xA3\xE0\xB9\x8C Facebook LINE X") == LineKind::share);  // แชร์
    const Article a = study_text_page({"Published Fri, Sep 19 2025 4:20 AM EDT", cnbc});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(day_of(a) == "2025-09-19");
    CHECK_FALSE(has(a.body(), "Share Article"));
    const Article b = study_text_page({"By Jan Novák", "Sdílet Facebook X E-mail"});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(b.byline == std::optional<std::string>("Jan Novák"));
    // Traps: a headline naming the networks, a sentence about sharing.
    CHECK(kind_of("Facebook and X Share Article Limits With Regulators") != LineKind::share);
    CHECK(kind_of("Users can share articles via Facebook, X and LinkedIn, the company said on Friday.") ==
          LineKind::prose);
}

TEST_CASE("round 7 text: an author's description between name and date (B24)", "[text-round-7]") {
    // Forbes contributor card: name + role tag, description, Follow, contributor note, date.
    const Article a = study_text_page({"Sarah Hansen Contributor", "I cover crypto policy and digital-asset markets.", "Follow",
                            "Opinions expressed by Forbes Contributors are their own.", "Sep 19, 2025, 04:20am EDT"});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline.value_or("").find("Sarah Hansen") == 0);
    CHECK(day_of(a) == "2025-09-19");
    CHECK_FALSE(has(a.body(), "Opinions expressed"));
    // No role tag: a description in the first person still makes the card.
    const Article b = study_text_page({"Sarah Hansen", "I cover crypto policy and digital-asset markets.", "Sep 19, 2025"});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(b.byline == std::optional<std::string>("Sarah Hansen"));
    // Trap: a short Title Case headline over a one-sentence standfirst and the date is no author row.
    const Article c = text_article({"Home News Markets", "", "Bitcoin Hits New High", "Prices rose five percent.",
                                    "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK_FALSE(c.byline);
    CHECK(c.title != std::optional<std::string>("Prices rose five percent."));
}

TEST_CASE("round 7 text: a date printed under the story (B12)", "[text-round-7]") {
    const Article a = study_text_page({"By Lisa Moreno"}, {"4:20 AM \xC2\xB7 Sep 19, 2025 \xC2\xB7 1.2M Views"});
    CHECK(day_of(a) == "2025-09-19");
    CHECK(a.byline == std::optional<std::string>("Lisa Moreno"));
    // An edited date above it is no publication date.
    const Article b = study_text_page({"By Lisa Moreno"}, {"Last edited 10:05 AM \xC2\xB7 Sep 20, 2025",
                                                "4:20 AM \xC2\xB7 Sep 19, 2025 \xC2\xB7 1.2M Views"});
    CHECK(day_of(b) == "2025-09-19");
    // Traps: the header's date wins; a related card's date under an opener is not the story's.
    const Article c = study_text_page({"By Lisa Moreno", "Sep 18, 2025"}, {"Sep 19, 2025"});
    CHECK(day_of(c) == "2025-09-18");
    const Article d = study_text_page({"By Lisa Moreno"}, {"Related News", "Gold Retreats From Record High as Dollar Firms",
                                                "Sep 17, 2025"});
    CHECK_FALSE(d.date);
}

TEST_CASE("round 7 text: a.m./p.m. in a date row, a newsletter's origin date (B11)", "[text-round-7]") {
    const Article a = study_text_page({"By Omkar Godbole", "Published Sep 19, 2025, 4:20 a.m."});
    CHECK(day_of(a) == "2025-09-19");
    CHECK_FALSE(has(a.body(), "Published"));
    const Article b = study_text_page({"By Omkar Godbole", "Updated Sep 20, 2025, 10:05 a.m. Published Sep 19, 2025, 4:20 a.m."});
    CHECK(day_of(b) == "2025-09-19");
    // Trap: a paragraph ending in "p.m." is still a sentence.
    CHECK(kind_of("The exchange halted trading in the token on Friday at 4 p.m.") == LineKind::prose);
    // CoinDesk's newsletter origin: the repost rule reads its date before the plug is dropped.
    const std::string origin =
        "This article originally appeared in Crypto Daybook Americas, CoinDesk's daily newsletter, on Sep 19, 2025. "
        "Sign up here to get it in your inbox every weekday.";
    const Article c = study_text_page({"By Omkar Godbole", "Sep 20, 2025"}, {origin});
    CHECK(day_of(c) == "2025-09-19");
    CHECK_FALSE(has(c.body(), "Crypto Daybook"));
    // Trap: a newsletter plug with no origin wording stays a plug, the header's date stands.
    const Article d = study_text_page({"By Omkar Godbole", "Sep 20, 2025"},
                           {"Sign up for our daily newsletter to get it in your inbox on Sep 19, 2025."});
    CHECK(day_of(d) == "2025-09-20");
}

TEST_CASE("round 7 text: social-post header rows (B26)", "[text-round-7]") {
    CHECK(kind_of("submitted 5 hours ago by newsfeedbot") == LineKind::label);
    CHECK(kind_of("Crypto Daily reposted") == LineKind::label);
    // Old reddit: the submission row is no headline, the pasted byline line names the author.
    const Article a = text_article({"reddit technology", "", kStudyTitle, "submitted 5 hours ago by newsfeedbot", "",
                                    "By Lucas Nolan | Breitbart | Sep 18, 2025", "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Lucas Nolan"));
    // X Article: social context, author card with Follow, headline, story, the date under it.
    const Article b = text_article({"Article", "", "Crypto Daily reposted", "Marcus Webb @mwebb_macro", "Follow",
                                    kStudyTitle, kParagraph, kStudyLast, "4:20 AM \xC2\xB7 Sep 19, 2025 \xC2\xB7 1.2M Views"});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(b.byline == std::optional<std::string>("Marcus Webb"));
    CHECK(day_of(b) == "2025-09-19");
    // Traps: a blog's row naming a person is its author row; a headline with "reposts" is a headline.
    CHECK(kind_of("Posted 3 hours ago by Jane Doe") != LineKind::label);
    CHECK(kind_of("Trump Reposts Video of Rally") != LineKind::label);
}

TEST_CASE("round 7 text: a name row with its date and an update clause (B23, czech shell)", "[text-round-7]") {
    // "Jan Novák 19. 9. 2025 4:20 Aktualizováno 20. 9. 2025 10:05": the update clause after the date
    // no longer hides the name before it.
    const Article a = study_text_page({"Jane Doe Sep 19, 2025 4:20 PM Updated Sep 20, 2025 10:05 AM"});
    CHECK(a.byline == std::optional<std::string>("Jane Doe"));
    CHECK(day_of(a) == "2025-09-19");
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    const Article b = study_text_page({"Jane Doe 19.09.2025 16:20 Updated 20.09.2025 10:05", "Sdílet Facebook X E-mail"});
    CHECK(b.byline == std::optional<std::string>("Jane Doe"));
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    // Trap: a section label before the date names no one.
    const Article c = study_text_page({"Markets 19.09.2025 16:20 Updated 20.09.2025 10:05"});
    CHECK_FALSE(c.byline);
    CHECK(day_of(c) == "2025-09-19");
}

TEST_CASE("round 7 text: WeChat header rows and repost notes (B25)", "[text-round-7]") {
    const std::string zh_title = "海外留学生看两会：出国前后关注点大不同";
    const std::string zh_para1 =
        "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。";
    const std::string zh_para2 =
        "在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生时，就开始关注两会了。他说，在国外学习生活了将近十年，他愈发感觉到祖国这些年发生的变化。";
    // Badge, author, account, date, time, IP location: a dated row, the author after the badge.
    const Article a = text_article({zh_title, "", "原创 李明 留学生观察 2025年9月19日 12:20 北京", "",
                                    "出国前后关注点大不同", "", zh_para1, "", zh_para2});
    CHECK(a.title == std::optional<std::string>(zh_title));
    CHECK(a.byline == std::optional<std::string>("李明"));
    CHECK(day_of(a) == "2025-09-19");
    CHECK(has(a.body(), "出国前后关注点大不同"));
    // A repost: the account's row, the source card naming the author, the original date in the closing note.
    const Article b = text_article({zh_title, "", "科技前沿速递 2025年9月20日 10:05 上海",
                                    "以下文章来源于TNW中文站 ，作者林靖东", "", zh_para1, "", zh_para2, "",
                                    "本文转载自公众号“TNW中文站”，原文发布于2025年9月19日，著作权归原作者所有。"});
    CHECK(b.title == std::optional<std::string>(zh_title));
    CHECK(b.byline == std::optional<std::string>("林靖东"));
    CHECK(day_of(b) == "2025-09-19");
    CHECK_FALSE(has(b.body(), "以下文章来源于"));
    CHECK_FALSE(has(b.body(), "本文转载自"));
    // Traps: a CJK headline holding a date and punctuation is no row; a paragraph quoting a date stays.
    CHECK(kind_of("2025年9月19日，央行宣布下调存款准备金率") != LineKind::dateline);
    CHECK(kind_of(zh_para1 + "2025年9月19日") == LineKind::prose);
}

TEST_CASE("round 7 text: the author card under the story (coindesk, forbes shells)", "[text-round-7]") {
    const std::string bio = "Omkar Godbole is a reporter on CoinDesk's Markets team covering derivatives and macro.";
    const Article a = study_text_page({"By Omkar Godbole", "Sep 19, 2025"}, {"Omkar Godbole", "", bio});
    CHECK(a.byline == std::optional<std::string>("Omkar Godbole"));
    CHECK_FALSE(has(a.body(), "is a reporter on"));
    CHECK_FALSE(has(a.body(), "\nOmkar Godbole"));
    CHECK(has(a.body(), kStudyLast));
    // A first-person bio under the name, a Follow button between.
    const Article b = study_text_page({"By Sarah Hansen", "Sep 19, 2025"},
                           {"Sarah Hansen", "Follow", "I am a journalist and former bond trader covering crypto regulation."});
    CHECK_FALSE(has(b.body(), "former bond trader"));
    // Traps: another name's line and a paragraph about that person are story text.
    const std::string other = "Gary Gensler is a former chair of the Securities and Exchange Commission, the agency said.";
    const Article c = study_text_page({"By Omkar Godbole", "Sep 19, 2025"}, {"Gary Gensler", "", other});
    CHECK(has(c.body(), "Gary Gensler is a former chair"));
}

TEST_CASE("round 7 text: a wire agency alone above the story is the byline (B2, cnbc shell)", "[text-round-7]") {
    const Article a = study_text_page({"Published Fri, Sep 19 2025 4:20 AM EDT",
                            "Share Share Article via Facebook Share Article via Twitter Share Article via Email",
                            "Reuters"});
    CHECK(a.byline == std::optional<std::string>("Reuters"));
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK_FALSE(has(a.body(), "Reuters"));
    // Traps: a section label there names no one; a header byline wins.
    const Article b = study_text_page({"Published Fri, Sep 19 2025 4:20 AM EDT", "Economy"});
    CHECK_FALSE(b.byline);
    const Article c = study_text_page({"By Jeff Cox", "Sep 19, 2025", "Reuters"});
    CHECK(c.byline == std::optional<std::string>("Jeff Cox"));
}

TEST_CASE("round 7 text: a related box inside the story is a widget, not its end (forbes shell)", "[text-round-7]") {
    const std::string more =
        "The agency added that the review would cover the custody rules for digital assets held by brokers, "
        "a change long sought by the industry and its lobby groups in Washington.";
    const Article a = study_text_page({"By Jane Doe", "Sep 19, 2025"},
                           {"Related News", "", "Gold Retreats From Record High as Dollar Firms",
                            "Asian Stocks Slip Ahead of Central Bank Meetings", "", "What comes next", "", more, "",
                            kParagraph + " It did not give a date."});
    CHECK(has(a.body(), kStudyLast));
    CHECK(has(a.body(), more));
    CHECK_FALSE(has(a.body(), "Gold Retreats"));
    CHECK_FALSE(has(a.body(), "Related News"));
    // Trap: the related block ending the page (headlines, then no story) still ends the body.
    const Article b = study_text_page({"By Jane Doe", "Sep 19, 2025"},
                           {"Related News", "", "Gold Retreats From Record High as Dollar Firms",
                            "Asian Stocks Slip Ahead of Central Bank Meetings", "", "Subscribe", "© 2025 Example Media"});
    CHECK(has(b.body(), kStudyLast));
    CHECK_FALSE(has(b.body(), "Gold Retreats"));
}

TEST_CASE("round 7 text: a Title Case headline ending in an initialism (xarticle shell)", "[text-round-7]") {
    const std::string headline = "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What\xE2\x80\x99s Underneath N.Y.C.";
    CHECK(kind_of(headline) == LineKind::short_text);
    const Article a = text_article({"Article", "", "Crypto Daily reposted", "Marcus Webb @mwebb_macro", "Follow", headline,
                                    kParagraph, kStudyLast, "4:20 AM \xC2\xB7 Sep 19, 2025 \xC2\xB7 1.2M Views"});
    CHECK(a.title == std::optional<std::string>(headline));
    CHECK(a.byline == std::optional<std::string>("Marcus Webb"));
    CHECK_FALSE(has(a.body(), "Manhole Fires"));
    // Traps: a sentence ending in "U.S." and a short Title Case sentence are still sentences.
    CHECK(kind_of("The company said on Friday that it would expand its operations across the U.S.") == LineKind::prose);
    CHECK(kind_of("Prices Rose Sharply. Traders Then Sold Everything They Held in the U.S.") == LineKind::prose);
}
