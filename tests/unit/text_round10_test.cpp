// Text scrapes of the tenth round of unseen page shells (study-m: investing,
// CNBC, CoinDesk, Business Insider, Medium, El País, Le Monde, Sina): the
// header rows a scrape runs together or leaves between headline and story.
// Every page is handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

const std::string kHeadline = "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say";

// nav / headline / byline / `row` / share bar / story.
Article dated_page(const std::string& row) {
    return text_article({"Markets News Analysis", "", kHeadline, "", "By Liz Moyer", row, "",
                         "Share this articleFacebookXCopy Link", "", kParagraph, "", kStudyLast});
}

}  // namespace

TEST_CASE("round 10 text: published and updated dates run together on one row (T2, X3)", "[text-round-10]") {
    // investing: the spans of the row glued by the scrape, publication first.
    const Article a = dated_page("Published 11/14/2025, 08:15 AMUpdated 11/14/2025, 10:41 AM");
    CHECK(a.date == std::optional<std::string>("2025-11-14T08:15:00"));
    CHECK(a.title == std::optional<std::string>(kHeadline));
    CHECK_FALSE(has(a.body(), "Published"));  // X3: the row is the header's, not the first paragraph
    // coindesk: the update first, "p.m." glued to the publication label.
    const Article b = dated_page("Updated Nov 4, 2025, 1:12 a.m.Published Nov 3, 2025, 9:40 p.m.");
    CHECK(day_of(b) == "2025-11-03");
    CHECK_FALSE(has(b.body(), "Updated"));
    // cnbc: a time zone before the glued label; the spaced form reads the same.
    CHECK(day_of(dated_page("Published Thu, Nov 13 2025 9:47 PM ESTUpdated Fri, Nov 14 2025 7:20 AM EST")) == "2025-11-13");
    CHECK(day_of(dated_page("Published Thu, Nov 13 2025 9:47 PM EST Updated Fri, Nov 14 2025 7:20 AM EST")) == "2025-11-13");
    // Trap: a paragraph's text is never respaced, glued label or not.
    const std::string para = "Shares fell sharply by 10 a.m.Published figures later showed that the firm had lost "
                             "nearly a third of its customers during the quarter, analysts said on Friday morning.";
    const Article c = text_article({"Markets News Analysis", "", kHeadline, "", "By Liz Moyer", "Nov 14, 2025", "", para,
                                    "", kStudyLast});
    CHECK(has(c.body(), "10 a.m.Published figures"));
}

TEST_CASE("round 10 text: a French row with its update and read time (T2)", "[text-round-10]") {
    // Le Monde: "modifié le" clause and the read time glued after the time.
    const std::string headline = "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée";
    const auto lemonde = [&](const std::string& row) {
        return text_article({"Le Monde", "ActualitésÉconomieVidéosDébats", "", "Pixels", "", headline, "", row,
                             "Par Martin Untersinger et Damien Leloup", "", kParagraph, "", kStudyLast});
    };
    const Article a = lemonde("Publié le 14 novembre 2025 à 09h15, modifié le 14 novembre 2025 à 13h02Temps de Lecture 3 min.");
    CHECK(a.title == std::optional<std::string>(headline));
    CHECK(day_of(a) == "2025-11-14");
    CHECK(a.byline.has_value());
    CHECK_FALSE(has(a.body(), "Publié"));
    const Article b = lemonde("Publié le 3 novembre 2025 à 14h20 Temps de Lecture 3 min.");
    CHECK(day_of(b) == "2025-11-03");
    // Trap: the update alone ("modifié le …" first) is no publication date; it is the modified date.
    const Article c = lemonde("Modifié le 20 novembre 2025 à 10h05");
    CHECK(c.date == std::nullopt);
    CHECK(c.date_modified.value_or("").substr(0, 10) == "2025-11-20");
}

TEST_CASE("round 10 text: the lead image and the author's handle between the date and the story (T1, T3)",
          "[text-round-10]") {
    // cnbc: section / headline / date row / share bar / caption + credit / name / @handle / story.
    const std::string headline = "Zuckerberg offers peek at Facebook's acquisition strategies";
    const std::string caption = "Facebook CEO Mark Zuckerberg speaks at the company's annual developer conference.";
    const Article a = text_article({"CNBC", "", "Technology", "", headline, "",
                                    "Published Fri, Nov 14 2025 8:15 AM ESTUpdated Fri, Nov 14 2025 11:02 AM EST", "",
                                    "Share Article via FacebookShare Article via Twitter", "", caption,
                                    "David Paul Morris | Bloomberg | Getty Images", "", "Jonathan Vanian", "@JONATHANVANIAN",
                                    "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(headline));  // not the section label's job line ("X at Y")
    CHECK(a.byline == std::optional<std::string>("Jonathan Vanian"));
    CHECK(day_of(a) == "2025-11-14");
    CHECK_FALSE(has(a.body(), "annual developer conference"));
    CHECK_FALSE(has(a.body(), "Getty Images"));
    CHECK_FALSE(has(a.body(), "@JONATHANVANIAN"));
    // El País: the caption with its credit glued to it is no headline.
    const std::string elpais = "Twitter Lite se estrena en México, Venezuela y otros nueve países";
    const Article b = text_article({"EL PAÍS", "", "Redes sociales", "", elpais, "",
                                    "Twitter Lite estará disponible en 11 países de América Latina.Foto: Dado Ruvic (REUTERS)",
                                    "", "Elena Reina", "", "Ciudad de México - 03 nov 2025 - 14:20 CST", "", kParagraph, "",
                                    kStudyLast});
    CHECK(b.title == std::optional<std::string>(elpais));
    // Trap: a caption inside the story stays (the dev truths keep them: repost-text finsyn-029).
    const std::string inner = "Protesters scuffling with police officers outside the party headquarters in Seoul on Friday.";
    const Article c = text_article({"Home News Markets", "", kStudyTitle, "", "By Ana Ruiz", "Sep 19, 2025", "", kStudyP1,
                                    "", kStudyP2, "", inner, "Ezra Acayan / Getty Images", "", kParagraph, "", kStudyLast});
    CHECK(has(c.body(), "Protesters scuffling"));
}

TEST_CASE("round 10 text: author rows with a Follow button or a role line (T1, T3)", "[text-round-10]") {
    // Medium: "Name · Follow" over the read time and date.
    const std::string medium = "How to Program Your Mind to Stop Buying Crap You Don’t Need";
    const Article a = text_article({"Medium", "WriteSign upSign in", "", "Member-only story", "", medium, "",
                                    "Priya Raman · Follow", "7 min read · Nov 14, 2025", "", "ListenShare", "", kParagraph,
                                    "", kStudyLast, "", "Originally published at priyaraman.com on October 28, 2025."});
    CHECK(a.title == std::optional<std::string>(medium));
    CHECK(a.byline == std::optional<std::string>("Priya Raman"));  // not the origin's domain
    // Business Insider: name / "Role, Organisation" / date.
    const std::string bi = "Facebook Is Tracking Me Even Though I’m Not on Facebook";
    const Article b = text_article({"BusinessTechEconomyStrategy", "", bi, "", "Marcus Ellery", "", "Guest contributor, ACLU",
                                    "", "Nov 14, 2025, 8:15 AM ET", "", kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>(bi));
    CHECK(b.byline == std::optional<std::string>("Marcus Ellery"));
    // Trap: a headline ending in "Follow" without a separator stays the headline.
    const std::string rules = "Five Rules Every Investor Should Follow";
    const Article c = text_article({"Home News Markets", "", rules, "", "Sep 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(c.title == std::optional<std::string>(rules));
}

TEST_CASE("round 10 text: a list of names right above the story (T1, T3)", "[text-round-10]") {
    // cnbc, NBC News copy: the names and the outlet under the date row and share bar.
    const std::string headline = "United States to Lift Sudan Sanctions";
    const auto page = [&](const std::string& names) {
        return text_article({"CNBC", "", "Politics", "", headline, "",
                             "Published Thu, Nov 13 2025 9:47 PM ESTUpdated Fri, Nov 14 2025 7:20 AM EST", "",
                             "Share Article via FacebookShare Article via Twitter", "", names, "", kParagraph, "",
                             kStudyLast, "", "This story first appeared on NBCNews.com on Nov. 13, 2025."});
    };
    const Article a = page("Dan De Luce, Abigail Williams, NBC News");
    CHECK(a.title == std::optional<std::string>(headline));
    CHECK(a.byline == std::optional<std::string>("Dan De Luce, Abigail Williams"));
    // Trap: a short Title Case sub-heading there names no one.
    const Article b = page("What Sanctions Relief Means");
    CHECK(b.byline != std::optional<std::string>("What Sanctions Relief Means"));
}

TEST_CASE("round 10 text: a Chinese portal's date row names the outlet (T3)", "[text-round-10]") {
    const std::string headline = "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶";
    const auto page = [&](const std::string& row) {
        return text_article({"新浪首页新闻体育财经娱乐科技博客登录注册", "", headline, "", row, "", kParagraph, "", kStudyLast});
    };
    const Article a = page("2025年11月14日 08:15腾讯科技");  // Sina, glued
    CHECK(a.byline == std::optional<std::string>("腾讯科技"));
    CHECK(day_of(a) == "2025-11-14");
    CHECK(page("2025年11月14日 08:15 来源：新华网").byline == std::optional<std::string>("新华网"));  // NetEase, labelled
    // Trap: a WeChat row names its account before the date; the place after the time is the IP location.
    const Article c = page("科技前沿速递 2025年9月20日 10:05 上海");
    CHECK(c.byline != std::optional<std::string>("上海"));
}

TEST_CASE("round 10 text: an outlet's credit with a wire agency under the date (T3)", "[text-round-10]") {
    // Le Monde: date row / "Le Monde avec AFP" / share bar / story.
    const std::string headline = "Un troisième Français mort dans le séisme au Népal";
    const auto page = [&](const std::string& credit) {
        return text_article({"Le Monde", "", "International", "", headline, "",
                             "Publié le 3 novembre 2025 à 14h20Temps de Lecture 3 min.", credit,
                             "Offrir l’articleLire plus tardPartagerPartager sur Facebook", "", kParagraph, "", kStudyLast});
    };
    const Article a = page("Le Monde avec AFP");
    CHECK(a.byline.has_value());
    CHECK(has(a.byline.value_or(""), "AFP"));
    CHECK_FALSE(has(a.body(), "Le Monde avec AFP"));
    CHECK(a.title == std::optional<std::string>(headline));
    // Trap: a sentence-case line naming an agency is no credit.
    CHECK_FALSE(page("Exclusive interview with Reuters").byline);
}
