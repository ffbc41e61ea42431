// Text scrapes of the tenth round of unseen page shells (study-m, repost-text:
// Business Insider, CNBC, CoinDesk, El País, Le Monde, Medium, MSN, Sina,
// Spiegel): the body leaks left after the first round-10 fixes. Every page is
// handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

// A story of four paragraphs with `middle` between the second and third and `tail` under the last.
Article story_with(std::vector<std::string> middle, std::vector<std::string> tail = {}) {
    std::vector<std::string> lines{"Home News Markets", "", kStudyTitle, "", "By Helene Braun", "Sep 19, 2025", "",
                                   kStudyP1, "", kStudyP2, ""};
    for (std::string& m : middle) lines.push_back(std::move(m));
    for (const std::string& p : {std::string(), kStudyP3, std::string(), kStudyLast, std::string()}) lines.push_back(p);
    for (std::string& t : tail) lines.push_back(std::move(t));
    return text_article(std::move(lines));
}

}  // namespace

TEST_CASE("round 10b text: a box label run into its item by the scrape", "[text-round-10b]") {
    const std::string mas = "Más informaciónLa lucha mapuche por la tierra llega a los tribunales";
    const std::string ad = "AdSeniors born 1940-1970: the new cash-back card everyone is talking about";
    const std::string anuncio = "AnúncioComo ganhar renda extra com investimentos em 2025";
    const std::string video = "watch nowVIDEO2:3102:31 Why Big Tech keeps buying its rivals";
    for (const std::string& line : {mas, ad, anuncio, video}) {
        const Article a = story_with({line, ""});
        CHECK_FALSE(has(a.body(), line.substr(line.size() - 20)));
        CHECK(has(a.body(), kStudyP3));
    }
    const Article bi = story_with({}, {"Read nextNew York CityInfrastructure", "", "Recommended video", "",
                                       "Why Costco’s hot dog is still $1.50How the US military moves tanks overseas", "",
                                       "* Copyright © 2025 Insider Inc. All rights reserved.", "",
                                       "Registration on or use of this site constitutes acceptance of our Terms of Service "
                                       "and Privacy Policy."});
    CHECK_FALSE(has(bi.body(), "Infrastructure"));
    CHECK_FALSE(has(bi.body(), "Recommended video"));
    CHECK_FALSE(has(bi.body(), "Costco"));
    CHECK(has(bi.body(), kStudyLast));
    // Traps: a name opening a sub-heading ("PubMed"), a short ad-like item, a sentence, a capitalised word
    // after a whole word ("Read Next" spaced is a heading of its own kind, not glued).
    CHECK(kind_of("PubMed Central Adds Preprints") == LineKind::short_text);
    CHECK(kind_of("AdSense Changes Rules") == LineKind::short_text);
    CHECK(kind_of("AdSense lets publishers earn money from every page they host on the web.") == LineKind::prose);
    CHECK(kind_of("Videos From The Summit") == LineKind::short_text);
    const Article sub = story_with({"PubMed Central Adds Preprints", ""});
    CHECK(has(sub.body(), "PubMed Central Adds Preprints"));
}

TEST_CASE("round 10b text: a box heading over headlines ends the story only where no story follows", "[text-round-10b]") {
    // CoinDesk: "More For You" over headlines run together, then the outlet's disclosure.
    const Article coindesk = story_with(
        {}, {"More For You", "",
             "Ether Treasury Firms Face a Reckoning as mNAV Premiums VanishStrategy Adds 487 BTC, Bringing Holdings to "
             "641,692XRP Ledger Activity Jumps as Payments Volume Hits Record",
             "", "Disclosure & Polices: CoinDesk is an award-winning media outlet that covers the cryptocurrency industry.",
             "", "Its journalists abide by a strict set of editorial policies."});
    CHECK_FALSE(has(coindesk.body(), "More For You"));
    CHECK_FALSE(has(coindesk.body(), "Ether Treasury"));
    CHECK(has(coindesk.body(), kStudyLast));
    // CNBC: "Don't miss these insights from CNBC PRO" over two headlines and the sign-up box.
    const Article cnbc = story_with(
        {}, {"Don’t miss these insights from CNBC PRO", "Goldman Sachs names its top stocks for the next year",
             "Wall Street’s favorite dividend stocks to own now", "", "Subscribe to CNBC PRO", "",
             "Sign up for free newsletters and get more CNBC delivered to your inbox", "", "SIGN UP NOW", "",
             "Get this delivered to your inbox, and more info about our products and services."});
    CHECK_FALSE(has(cnbc.body(), "Don’t miss"));
    CHECK_FALSE(has(cnbc.body(), "Goldman Sachs"));
    CHECK_FALSE(has(cnbc.body(), "CNBC PRO"));
    CHECK_FALSE(has(cnbc.body(), "delivered to your inbox"));
    CHECK(has(cnbc.body(), kStudyLast));
    // Trap: the same box inside the story, the story going on after it (past an ad slot too).
    for (const std::string& gap : {std::string(), std::string("Advertisement")}) {
        const Article mid = story_with({"MORE FOR YOU", "Goldman Sachs names its top stocks for the next year",
                                        "Wall Street’s favorite dividend stocks to own now", "", gap, ""});
        CHECK(has(mid.body(), kStudyP3));
        CHECK(has(mid.body(), kStudyLast));
    }
}

TEST_CASE("round 10b text: 'Related <topic> news' boxes inside the story", "[text-round-10b]") {
    const Article a = story_with({"RELATED INVESTING NEWS", "Meta shares slide as spending guidance spooks investors",
                                  "Here are the stocks making the biggest moves midday", ""});
    CHECK_FALSE(has(a.body(), "RELATED INVESTING NEWS"));
    CHECK_FALSE(has(a.body(), "Meta shares slide"));
    CHECK(has(a.body(), kStudyP3));
    CHECK(kind_of("Related Tech Stories") == LineKind::related_opener);
    // Traps: a heading naming related parties, a longer heading, a sentence.
    CHECK(kind_of("Related Party Transactions Rose") == LineKind::short_text);
    CHECK(kind_of("Related tech and science news") == LineKind::short_text);
    CHECK(kind_of("Related news was scarce this quarter, the filing showed on Friday.") == LineKind::prose);
}

TEST_CASE("round 10b text: credit lines of stock photos and the author", "[text-round-10b]") {
    for (const char* credit : {"Photo by Marissa Grootes on Unsplash", "Image by the author", "(Getty Images/iStockphoto)",
                               "(Unsplash, modified by CoinDesk)"})
        CHECK(kind_of(credit) == LineKind::caption);
    const Article a = story_with({"Photo by Marissa Grootes on Unsplash", ""});
    CHECK_FALSE(has(a.body(), "Unsplash"));
    // Traps: a photographer's name alone is story text on some pages (repost-text livewire-054), a bracketed
    // aside with an agency-like word inside another, a sentence.
    CHECK(kind_of("Photo by Joan Bardeletti") == LineKind::short_text);
    CHECK(kind_of("(Unsplashed dreams of youth)") == LineKind::short_text);
    CHECK(kind_of("Photo by the river, taken by the author on a Sunday morning walk.") == LineKind::prose);
}

TEST_CASE("round 10b text: audio and read-time rows under the dateline", "[text-round-10b]") {
    for (const char* row : {"Artikel zum Hören • 3 Min", "Listen to Article • 4 min"}) {
        const Article a = study_text_page({"By Jan Hansen", "14.11.2025, 09.15 Uhr", row});
        CHECK_FALSE(has(a.body(), row));
        CHECK(a.byline == std::optional<std::string>("Jan Hansen"));
        CHECK(day_of(a) == "2025-11-14");
        CHECK(kind_of(row) == LineKind::label);
    }
    // Trap: a name and its read time is a byline (the label after the number).
    CHECK(kind_of("HashPost · 8 min read") == LineKind::byline);
}

TEST_CASE("round 10b text: zh portal lines over the story", "[text-round-10b]") {
    const std::string p1 = "DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线。这种AI技术能够利用外部记忆完成复杂的推理任务，研究人员对此表示乐观。";
    const std::string p2 = "DNC建立在神经网络的概念之上，神经网络可以模拟人类思想活动的方式。这种AI技术适合与机器学习配套使用，专家认为其应用前景十分广阔。";
    const std::string p3 = "研究团队表示，他们将继续改进这一系统，使其能够处理更大规模的数据，并在更多实际场景中得到应用和检验。";
    const auto page = [&](std::vector<std::string> lead, std::vector<std::string> tail) {
        std::vector<std::string> lines{"新浪财经", "", "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶", "", "2025年11月14日 08:15腾讯科技", ""};
        for (std::string& l : lead) lines.push_back(std::move(l));
        for (const std::string& p : {p1, std::string(), p2, std::string(), p3, std::string()}) lines.push_back(p);
        for (std::string& t : tail) lines.push_back(std::move(t));
        return text_article(std::move(lines));
    };
    const Article a = page({"海量资讯、精准解读，尽在新浪财经APP", "", "原标题：DeepMind新电脑能用记忆自学", "",
                            "图为马素湘在澳大利亚悉尼游玩时的近影。", ""},
                           {});
    CHECK_FALSE(has(a.body(), "新浪财经APP"));
    CHECK_FALSE(has(a.body(), "原标题"));
    CHECK_FALSE(has(a.body(), "图为"));
    CHECK(has(a.body(), p1));
    // Traps: the wire's title under the story and a caption inside it stay (the dev truths keep both).
    const Article b = page({}, {"原标题：DeepMind新电脑能用记忆自学", "", "分享到：微博微信扫一扫我要反馈"});
    CHECK(has(b.body(), "原标题"));
    const std::vector<std::string> inside{"新浪财经", "", "海外留学生看两会：出国前后关注点大不同", "", "2025年11月03日 14:20中国青年网", "",
                                          p1, "", p2, "", "图为马素湘在澳大利亚悉尼游玩时的近影。", "", p3, ""};
    CHECK(has(text_article(inside).body(), "图为"));
}

TEST_CASE("round 10b text: a tool row with its icons' texts, a newsletter box, a contribute button", "[text-round-10b]") {
    const std::string row = "Save SavedRead in appAdd us on GoogleFacebook Email X icon A stylized letter X. LinkedIn Copy "
                            "link lighning bolt icon An icon in the shape of a lightning bolt. Impact Link";
    CHECK(kind_of(row) == LineKind::share);
    const Article a = study_text_page({"Grace Kay and Lloyd Lee", "2025-11-03T17:02:00Z", "", row});
    CHECK_FALSE(has(a.body(), "stylized"));
    // Traps: a sentence about an icon, a network named in a sentence.
    CHECK(kind_of("The X icon a stylized letter replaced the bird last summer, the company said.") == LineKind::prose);
    CHECK(kind_of("Facebook and X icon an emblem of the era.") != LineKind::share);
    // Spiegel International's box inside the story: heading, pitch, button.
    const Article s = story_with({"The SPIEGEL International Newsletter", "", "Our best stories, every Friday in your inbox.",
                                  "", "Sign up for free", ""});
    CHECK_FALSE(has(s.body(), "SPIEGEL International Newsletter"));
    CHECK_FALSE(has(s.body(), "Sign up for free"));
    CHECK(has(s.body(), kStudyP3));
    // Trap: a sub-heading over a paragraph is no box heading.
    const Article h = story_with({"The Newsletter Business", ""});
    CHECK(has(h.body(), "The Newsletter Business"));
    CHECK(kind_of("Contribuer") == LineKind::label);
}
