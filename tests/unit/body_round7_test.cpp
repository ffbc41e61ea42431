// HTML body rules of the seventh round of unseen page shells (study-j: old
// reddit, X Articles, CNBC, Forbes, Cointelegraph, Aktuálně.cz-style czech and
// Siam Blockchain-style thai portals, WeChat, Mirror). Each rule has a trap
// next to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "extract/boilerplate_text.hpp"
#include "extract/content.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

// A story page: headline, the first paragraph, `middle`, the last two paragraphs, `tail`.
std::string story(const std::string& middle, const std::string& tail = "") {
    return html_body(study_page("<article><h1>" + kStudyTitle + "</h1><div class=\"content\"><p>" + kStudyP1 + "</p>" + middle +
                          "<p>" + kStudyP2 + "</p><p>" + kStudyP3 + "</p>" + tail + "</div></article>"));
}

}  // namespace

TEST_CASE("round 7 body: old reddit's selftext inside a form is the story", "[body-round-7]") {
    const std::string body = html_body(study_page(
        "<div class=\"content\" role=\"main\"><div class=\"sitetable linklisting\"><div class=\"thing link self\">"
        "<div class=\"entry\"><p class=\"title\"><a class=\"title\" href=\"/r/x/1/\">" + kStudyTitle +
        "</a></p><div class=\"expando\"><form class=\"usertext\"><input type=\"hidden\" name=\"thing_id\" value=\"t3\">"
        "<div class=\"usertext-body\"><div class=\"md\"><p>" + kStudyP1 + "</p><p>" + kStudyP2 + "</p><p>" + kStudyP3 +
        "</p></div></div></form></div></div></div></div><div class=\"commentarea\"><div class=\"comment\">"
        "<p class=\"tagline\"><a class=\"author\">grumpy_admin</a> <span>12 points</span></p><form class=\"usertext\">"
        "<div class=\"md\"><p>Honestly this sounds like an inside job.</p></div></form></div></div></div>"));
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyP3));
    CHECK_FALSE(has(body, "inside job"));
}

TEST_CASE("round 7 body: a form without prose stays out of the story", "[body-round-7]") {
    // Trap: a search form with one line of text inside the story container.
    const std::string body = story(
        "<form action=\"/search\"><p>Search more than twenty years of our reporting on food, health and the "
        "science of allergies.</p><input type=\"text\" name=\"q\"><button>Go</button></form>");
    CHECK(has(body, kStudyP1));
    CHECK(has(body, kStudyP3));
    CHECK_FALSE(has(body, "Search more than twenty years"));
}

TEST_CASE("round 7 body: a subhead with an editor's header class is kept inside the story", "[body-round-7]") {
    // An X Article (Draft.js blocks), as study-j's repro html-x-article.html.
    const auto block = [](const std::string& text) {
        return "<div class=\"longform-unstyled\" data-block=\"true\"><div class=\"public-DraftStyleDefault-block\">"
               "<span><span data-text=\"true\">" + text + "</span></span></div></div>";
    };
    const std::string body = html_body(study_page(
        "<main><article data-testid=\"twitterArticleReadView\"><div data-testid=\"User-Name\"><a href=\"/lisa\">"
        "<span>Lisa Moreno</span></a></div><div data-testid=\"twitter-article-title\" dir=\"auto\">" + kStudyTitle +
        "</div><div data-testid=\"longformRichTextComponent\">" + block(kStudyP1) + block(kStudyP2) +
        "<h2 class=\"longform-header-two\"><span data-text=\"true\">What the trial found</span></h2>" + block(kStudyP3) +
        block(kParagraph) +
        "</div><div><a href=\"/lisa/article/1\"><time datetime=\"2025-09-19T04:20:00.000Z\">4:20 AM · Sep 19, 2025"
        "</time></a></div></article></main>"));
    CHECK(has(body, "What the trial found"));
    CHECK(has(body, kStudyP3));
    // Traps: a heading whose "header" class is no editor's (Readability drops Google's "subheaders", as the
    // readability set's truth does; on a story long enough for the first, strictest attempt), and the
    // heading of a sidebar, which goes with its sidebar.
    const std::string trap = html_body(study_page(
        "<main><article><h1>" + kStudyTitle + "</h1><p>" + kStudyP1 + "</p><h2 class=\"subheaders\">A page heading</h2><p>" +
        kStudyP2 + "</p><p>" + kStudyP3 + "</p>" + kStory + "</article><div class=\"sidebar\"><h3 class=\"header-two\">Most popular this "
        "week</h3><ul><li><a href=\"/a\">Gold Retreats From Record High as Dollar Firms</a></li></ul></div></main>"));
    CHECK(has(trap, kStudyP3));
    CHECK_FALSE(has(trap, "A page heading"));
    CHECK_FALSE(has(trap, "Most popular this week"));
}

TEST_CASE("round 7 body: inline video player cards", "[body-round-7]") {
    const std::string body = story(
        "<div class=\"InlineVideo-container\"><h4>watch now</h4><span class=\"InlineVideo-duration\">VIDEO 3:12 "
        "03:12</span><p class=\"InlineVideo-title\">Why the Fed’s next move matters for your wallet</p></div>",
        "<div class=\"video-box\"><span>Video:</span> <p>Podívejte se na sestřih zápasu</p><span>02:41</span></div>");
    CHECK(has(body, kStudyP2));
    CHECK_FALSE(has(body, "wallet"));
    CHECK_FALSE(has(body, "VIDEO 3:12"));
    CHECK_FALSE(has(body, "sestřih"));
    CHECK(boilerplate_rule("watch now") == "ui-label");
    CHECK(boilerplate_rule("VIDEO 3:12 03:12") == "video-card");
    CHECK(boilerplate_rule("Video:") == "video-card");
    CHECK(boilerplate_rule("Video 1:02:41") == "video-card");
    // Traps: a heading "Video", a line naming a video and a time, a liveblog's time stamp.
    CHECK(boilerplate_rule("Video").empty());
    CHECK(boilerplate_rule("Video 3 shows the goal").empty());
    CHECK(boilerplate_rule("Video: the goal that won the title").empty());
    CHECK(boilerplate_rule("10:05").empty());
    // Trap: the story talking about a video.
    const std::string trap = story("<p>The video, posted on Tuesday, shows the team watching the results come in "
                                   "and was viewed more than a million times by Friday.</p>");
    CHECK(has(trap, "The video, posted on Tuesday"));
}

TEST_CASE("round 7 body: an in-body MORE FOR YOU link list", "[body-round-7]") {
    const std::string body = story(
        "<div class=\"link-embed\"><h4>MORE FOR YOU</h4><ul><li><a href=\"/a\">Gold Retreats From Record High as "
        "Dollar Firms</a></li><li><a href=\"/b\">Asian Stocks Slip Ahead of Central Bank Meetings</a></li></ul></div>");
    CHECK(has(body, kStudyP2));
    CHECK_FALSE(has(body, "MORE FOR YOU"));
    CHECK_FALSE(has(body, "Gold Retreats"));
    // Trap: a subhead that merely contains the words.
    const std::string trap = story("<h2>What the new rules mean for you</h2>");
    CHECK(has(trap, "What the new rules mean for you"));
}

TEST_CASE("round 7 body: a section eyebrow over the headline with an author row below", "[body-round-7]") {
    // CNBC's layout, as study-j's repro html-eyebrow-author-between.html.
    const std::string body = html_body(study_page(
        "<main><div class=\"ArticleHeader-wrapper\"><a class=\"ArticleHeader-eyebrow\" href=\"/economy/\">Economy</a>"
        "<h1 class=\"ArticleHeader-headline\">" + kStudyTitle + "</h1><div class=\"ArticleHeader-time\"><time "
        "datetime=\"2025-09-19T08:20:00+0000\">Published Fri, Sep 19 2025 4:20 AM EDT</time></div></div>"
        "<div class=\"Author-authorNameAndSocial\"><a class=\"Author-authorName\" href=\"https://www.reuters.com/\">"
        "Reuters</a></div><div class=\"ArticleBody-articleBody\"><div class=\"group\"><p>" + kStudyP1 + "</p><p>" + kStudyP2 +
        "</p><p>" + kStudyP3 + "</p></div></div></main>"));
    CHECK(has(body, kStudyP1));
    CHECK_FALSE(has(body, "Economy"));
    // Trap: a short line with an eyebrow class inside the story, no headline after it.
    const std::string trap = story("<p class=\"eyebrow-note\">Prices rose again.</p>");
    CHECK(has(trap, "Prices rose again."));
}

TEST_CASE("round 7 body: inline related and promo labels", "[body-round-7]") {
    CHECK(boilerplate_rule("Čtěte také: Sparta prohrála v Plzni a ztrácí na čelo ligy") == "related-inline");
    CHECK(boilerplate_rule("Přečtěte si také: Hokejisté zahájí sezonu doma proti Kometě") == "related-inline");
    CHECK(boilerplate_rule("อ่านต่อ: Gold Retreats From Record High as Dollar Firms") == "related-inline");
    CHECK(extract::is_box_heading("MORE FOR YOU"));
    CHECK_FALSE(extract::is_box_heading("What the new rules mean for you"));
    const std::string watch = "WATCH: Treasury yields climb as investors weigh deficit outlook";
    CHECK(boilerplate_rule(watch, 56) == "related-inline");
    CHECK(boilerplate_rule("Magazine: Bitcoin’s next leg up depends on these three charts", 54) == "related-inline");
    // Traps: the same words as the story's own text, without a link.
    CHECK(boilerplate_rule(watch).empty());
    CHECK(boilerplate_rule("Watch: the vote is at noon, and the count should be known by the evening.").empty());
    CHECK(boilerplate_rule("Přečtěte si, co soud rozhodl, a proč se obhajoba odvolá.").empty());
    const std::string body = story(
        "<p><strong>WATCH: </strong><a href=\"/video/x\">Treasury yields climb as investors weigh deficit "
        "outlook</a></p><p><strong>Čtěte také: </strong><a href=\"/sport/1\">Sparta prohrála v Plzni</a></p>");
    CHECK(has(body, kStudyP2));
    CHECK_FALSE(has(body, "Treasury yields"));
    CHECK_FALSE(has(body, "Sparta"));
}

TEST_CASE("round 7 body: tail notes", "[body-round-7]") {
    CHECK(boilerplate_rule("Disclosure: Comcast is the parent company of NBCUniversal, which owns CNBC.") == "disclaimer");
    CHECK(boilerplate_rule("Disclosure & Polices: CoinDesk is an award-winning media outlet that covers the cryptocurrency "
               "industry.") == "disclaimer");
    CHECK(boilerplate_rule("本文转载自公众号“TNW中文站”，原文发布于2025年9月19日，著作权归原作者所有。").size() > 0);
    CHECK(boilerplate_rule("文章仅代表作者观点，著作权归原作者所有。") == "disclaimer");
    CHECK(boilerplate_rule("Cointelegraph is committed to independent, transparent journalism. This news article is produced in "
               "accordance with Cointelegraph’s Editorial Policy. Read our Editorial Policy "
               "https://cointelegraph.com/editorial-policy") == "disclaimer");
    CHECK(boilerplate_rule("Follow me on Twitter or LinkedIn. Check out my website.") == "newsletter");
    CHECK(boilerplate_rule("Collect this article as NFT") == "ui-label");
    CHECK(boilerplate_rule("Own this piece of crypto history") == "ui-label");
    CHECK(boilerplate_rule("Collect this entry") == "ui-label");
    CHECK(boilerplate_rule("Upvote 1.2K Downvote 214 comments Share") == "share");
    CHECK(boilerplate_rule("คำเตือน: การลงทุนในสินทรัพย์ดิจิทัลมีความเสี่ยงสูง ผู้ลงทุนควรศึกษาข้อมูลก่อนตัดสินใจลงทุน") == "disclaimer");
    CHECK(boilerplate_rule("แท็ก: Bitcoin ตลาดคริปโต การลงทุน") == "source-line");
    // Traps: story sentences with the same words.
    CHECK(boilerplate_rule("The disclosure came two weeks after regulators asked the company about its reserves.").empty());
    CHECK(boilerplate_rule("The firm said it is committed to independent audits of its reserves every quarter.").empty());
    CHECK(boilerplate_rule("The campaign asked fans to follow me on tour, the singer said in a statement.").empty());
    CHECK(boilerplate_rule("Collectors can now collect this entry in the museum's new catalogue, curators said.").empty());
    const std::string body =
        story("", "<p><em>Disclosure: Comcast is the parent company of NBCUniversal, which owns CNBC.</em></p>");
    CHECK(has(body, kStudyP3));
    CHECK_FALSE(has(body, "Comcast"));
}

TEST_CASE("round 7 body: an AP-style time closing a dateline, cs/th source lines", "[body-round-7]") {
    CHECK(extract::is_meta_line("Updated Sep 20, 2025, 10:05 a.m. Published Sep 19, 2025, 4:20 a.m."));
    CHECK(extract::is_meta_line("Published Sep 19, 2025, 4:20 p.m."));
    // Traps: sentences that end in a dot, also after a time.
    CHECK_FALSE(extract::is_meta_line("In March 2020, the plant closed."));
    CHECK_FALSE(extract::is_meta_line("The vote on Sep 19, 2025 ended at 4:20 in the morning."));
    CHECK(boilerplate_rule("Zdroj: Reuters") == "source-line");
    CHECK(boilerplate_rule("ที่มา: Decrypt") == "source-line");
    CHECK(boilerplate_rule("Zdroje uvádějí, že vláda návrh schválí ještě tento týden.").empty());
}

TEST_CASE("round 7 body: a link card's domain line", "[body-round-7]") {
    // New reddit's link post (study-j reddit-012): the card's domain line, then the post's text.
    const auto blocks = [](const std::string& first, const std::string& first_href, bool card_last) {
        std::vector<Block> out;
        const auto paragraph = [](const std::string& text, const std::string& href) {
            Block b;
            b.text = text;
            if (!href.empty()) b.links.push_back({text, href});
            return b;
        };
        if (!card_last) out.push_back(paragraph(first, first_href));
        for (const std::string& p : {kStudyP1, kStudyP2, kStudyP3}) out.push_back(paragraph(p, ""));
        if (card_last) out.push_back(paragraph(first, first_href));
        return out;
    };
    const auto texts = [](const std::vector<Block>& kept) {
        std::string all;
        for (const Block& b : kept) all += b.text + "\n";
        return all;
    };
    const extract::ContentOptions options;
    CHECK_FALSE(has(texts(extract::sweep_blocks(blocks("tmz.example", "https://www.tmz.example/x", false), options,
                                                nullptr)),
                    "tmz.example"));
    // Traps: a domain as a caption (no link), a domain linking another site, the site link closing a story.
    CHECK(has(texts(extract::sweep_blocks(blocks("topleftpixel.com", "", false), options, nullptr)), "topleftpixel.com"));
    CHECK(has(texts(extract::sweep_blocks(blocks("decrypt.co", "https://bit.ly/3xyz", false), options, nullptr)),
              "decrypt.co"));
    CHECK(has(texts(extract::sweep_blocks(blocks("tmz.example", "https://www.tmz.example/", true), options, nullptr)),
              "tmz.example"));
}
