// Wrapper furniture of the fifth round of unseen page shells (study-h: email
// newsletter web versions, Flipboard cards, Telegram posts, Medium's paywall,
// zh crypto media). Each rule is tested on both paths where it applies, with a
// trap next to it: a line that merely looks like the furniture is story text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/boilerplate_text.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"
#include "util/fold.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;


std::string chrome(const std::string& line) {
    return std::string(extract::wrapper_chrome_rule(line, extract::fold_label_text(line)));
}

std::string text_body(std::vector<std::string> lines) { return text_article(std::move(lines)).body(); }

}  // namespace

TEST_CASE("round 5 chrome: an email newsletter's header, sponsor and footer lines", "[chrome-round-5]") {
    CHECK(chrome("View in browser | Forwarded this email? Subscribe here for more") == "email-chrome");
    CHECK(chrome("You received this email because you signed up for The Daily Block. Unsubscribe | Update "
                 "preferences") == "email-chrome");
    CHECK(chrome("You currently have 0 referrals, only 3 away from receiving a free sticker pack.") == "email-chrome");
    CHECK(chrome("PRESENTED BY") == "sponsor");
    CHECK(chrome("Together with Ledger: Secure your crypto with the world’s most trusted hardware wallet.") == "sponsor");
    // Traps: the same words in story sentences.
    CHECK(chrome("Together with his lawyers, the founder filed an appeal on Monday.").empty());
    CHECK(chrome("Presented by the central bank as a safeguard, the rule drew criticism from lenders.").empty());
    CHECK(chrome("Users who received the email were asked to change their passwords.").empty());
}

TEST_CASE("round 5 chrome: text newsletter keeps the story, drops header, CTA and footer", "[chrome-round-5]") {
    const Article a = text_article({"View in browser | Forwarded this email? Subscribe here for more", "",
                                    "The Daily Block · Friday, September 19, 2025 · Issue #412", "",
                                    "GM. Markets were quiet overnight, but one story had everyone talking. Here is "
                                    "what you need to know.",
                                    "", "PRESENTED BY", "",
                                    "Together with Ledger: Secure your crypto with the world’s most trusted "
                                    "hardware wallet.",
                                    "", kStudyTitle, "", "By Priya Nair, BBC News", "", kParagraph, "", kStudyLast, "",
                                    "Read the full story →", "", "⚡ Quick hits", "",
                                    "Ether ETFs Record Fourth Straight Day of Inflows", "",
                                    "You received this email because you signed up for The Daily Block. "
                                    "Unsubscribe | Update preferences"});
    const std::string body = a.body();
    CHECK(has(body, kParagraph));
    CHECK(has(body, kStudyLast));
    CHECK_FALSE(has(body, "Read the full story"));
    CHECK_FALSE(has(body, "You received this email"));
    CHECK_FALSE(has(body, "Together with Ledger"));
    CHECK_FALSE(has(body, "GM. Markets"));
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
}

TEST_CASE("round 5 chrome: HTML newsletter drops the CTA and the footer", "[chrome-round-5]") {
    const std::string body = html_body(
        "<html><head><title>" + kStudyTitle + "</title></head><body><article><h1>" + kStudyTitle + "</h1>" + kStory +
        "<p><a href=\"#\">Read the full story →</a></p><p>You received this email because you signed up for The "
        "Daily Block. <a>Unsubscribe</a> | <a>Update preferences</a></p></article></body></html>");
    CHECK(has(body, "cooled only gradually"));
    CHECK_FALSE(has(body, "Read the full story"));
    CHECK_FALSE(has(body, "You received this email"));
}

TEST_CASE("round 5 chrome: buttons to the original story end it", "[chrome-round-5]") {
    CHECK(chrome("Read the full story →") == "story-end");
    CHECK(chrome("🔗 Read more") == "story-end");
    CHECK(chrome("Read on decrypt.co") == "story-end");
    CHECK(chrome("Read on The Block") == "story-end");
    CHECK(chrome("View on X") == "story-end");
    CHECK(chrome("Like 24") == "share");
    // Traps: "read on" in the story's own voice, a lower-case target.
    CHECK(chrome("Read on to find out more").empty());
    CHECK(chrome("Read on for the details").empty());
    CHECK(chrome("Like 24 other states, Ohio passed the bill").empty());
}

TEST_CASE("round 5 chrome: text card keeps no Read on button, Telegram post no Read more", "[chrome-round-5]") {
    const std::string card = text_body({"Home News Markets", "", kStudyTitle, "", "By Liam O'Connor · September 19, 2025",
                                        "", kParagraph, "", kStudyLast, "", "Read on decrypt.co", "Like 24", "Comment 3",
                                        "Flip", "", "More from Crypto Daily", "",
                                        "Dogecoin Whales Accumulate 2 Billion DOGE in a Week"});
    CHECK(has(card, kStudyLast));
    CHECK_FALSE(has(card, "Read on decrypt.co"));
    CHECK_FALSE(has(card, "Like 24"));
    const std::string post = text_body({"Crypto Wire 24/7", "48.2K subscribers", "", kStudyTitle, "", kParagraph, "",
                                        kStudyLast, "", "🔗 Read more", "", "Forwarded from CoinDesk"});
    CHECK(has(post, kStudyLast));
    CHECK_FALSE(has(post, "Read more"));
    // Trap: "Read on" opening a story sentence stays.
    const std::string trap = text_body({kStudyTitle, "", "By Liam O'Connor · September 19, 2025", "", kParagraph, "",
                                        "Read on to find out what the agency decided", "", kStudyLast});
    CHECK(has(trap, "Read on to find out"));
}

TEST_CASE("round 5 chrome: Medium's paywall is no story text", "[chrome-round-5]") {
    CHECK(chrome("Member-only story") == "paywall");
    CHECK(chrome("Create an account to read the full story.") == "paywall");
    CHECK(chrome("Already have an account? Sign in") == "paywall");
    const std::string html = html_body(
        "<html><head><title>" + kStudyTitle + "</title></head><body><article><h1>" + kStudyTitle + "</h1>" + kStory +
        "<div class=\"paywall\"><h2>Create an account to read the full story.</h2><p>The author made this story "
        "available to Medium members only.<br>If you’re new to Medium, create a new account to read this story on "
        "us.</p><a>Continue in app</a><p>Already have an account? <a>Sign in</a></p></div></article></body></html>");
    CHECK(has(html, "cooled only gradually"));
    CHECK_FALSE(has(html, "Create an account"));
    CHECK_FALSE(has(html, "The author made this story"));
    CHECK_FALSE(has(html, "Continue in app"));
    CHECK_FALSE(has(html, "Already have an account"));
    const std::string text = text_body({kStudyTitle, "", "Kai Tanaka ·", "Follow", "Sep 19, 2025", "", kParagraph, "",
                                        kStudyLast, "", "Create an account to read the full story.", "",
                                        "The author made this story available to Medium members only.",
                                        "If you’re new to Medium, create a new account to read this story on us.",
                                        "", "Continue in app"});
    CHECK(has(text, kStudyLast));
    CHECK_FALSE(has(text, "Create an account"));
    CHECK_FALSE(has(text, "If you’re new to Medium"));
    // Trap: a story sentence about accounts.
    CHECK(chrome("Create an account with the exchange before the deadline, the regulator advised.").empty());
}

TEST_CASE("round 5 chrome: zh related-story, original-title and repost-notice lines", "[chrome-round-5]") {
    CHECK(chrome("（前情提要：比特幣站上11.5萬美元，交易員關注聯準會決議）") == "related-inline");
    CHECK(chrome("（背景補充：以太坊ETF連續第四日淨流入）") == "related-inline");
    CHECK(chrome("原文标题：《What Happens When Astronauts Drink in Space》") == "repost-credit");
    CHECK(extract::boilerplate_text_rule(
              "本文来自投稿，不代表Odaily星球日报立场，如若转载，请注明出处：https://www.odaily.news/post/5201234", 0) ==
          "disclaimer");
    // Traps: a parenthesised aside of the story, a sentence mentioning the original title.
    CHECK(chrome("（編按：本文數據截至9月19日）").empty());
    CHECK(chrome("（前情提要：比特幣站上11.5萬美元）後市場仍在觀望，交易員等待決議。").empty());
    const std::string body = text_body({kStudyTitle, "", "2025-09-20 · 動區編輯部", "",
                                        "（前情提要：比特幣站上11.5萬美元，交易員關注聯準會決議）", "", kParagraph, "",
                                        kStudyLast, "",
                                        "本文来自投稿，不代表Odaily星球日报立场，如若转载，请注明出处：https://www.odaily.news/"
                                        "post/5201234"});
    CHECK(has(body, kParagraph));
    CHECK_FALSE(has(body, "前情提要"));
    CHECK_FALSE(has(body, "如若转载"));
}

TEST_CASE("round 5 chrome: a table newsletter's story starts at the headline's row", "[chrome-round-5]") {
    const std::string intro =
        "GM. Markets were quiet overnight, but one story had everyone talking, and here is what you need to know "
        "before the open.";
    const std::string html =
        "<html><head><title>" + kStudyTitle + " | The Daily Block</title></head><body><table>"
        "<tr><td><p>The Daily Block · Friday, September 19, 2025 · Issue #412</p></td></tr>"
        "<tr><td><p>" + intro + "</p></td></tr>"
        "<tr><td><p class=\"kicker\">📰 <b>TOP STORY</b></p><h1>" + kStudyTitle + "</h1>" + kStory +
        "<p><a href=\"#\">Read the full story →</a></p></td></tr></table></body></html>";
    const std::string body = html_body(html);
    CHECK(has(body, "cooled only gradually"));
    CHECK_FALSE(has(body, "GM. Markets"));
    CHECK_FALSE(has(body, "TOP STORY"));
    // Trap: a table page whose headline row comes before the story's row keeps the story.
    const std::string old_school =
        "<html><head><title>" + kStudyTitle + "</title></head><body><table><tr><td><h1>" + kStudyTitle + "</h1></td></tr>"
        "<tr><td>" + kStory + "<p>" + intro + "</p></td></tr></table></body></html>";
    const std::string kept = html_body(old_school);
    CHECK(has(kept, "cooled only gradually"));
    CHECK(has(kept, "GM. Markets"));
}

TEST_CASE("round 5 chrome: Medium's logged-out clap row is a counter", "[chrome-round-5]") {
    CHECK(extract::is_ui_count("-- 3"));
    CHECK_FALSE(extract::is_ui_count("--"));
    CHECK_FALSE(extract::is_ui_count("-- 3 reasons to worry"));
    const std::string text = text_body({kStudyTitle, "", "Kai Tanaka ·", "Follow", "Sep 19, 2025", "", "-- 3", "",
                                        kParagraph, "", kStudyLast});
    CHECK(has(text, kParagraph));
    CHECK_FALSE(has(text, "-- 3"));
    const std::string html = html_body("<html><head><title>" + kStudyTitle + "</title></head><body><article><h1>" +
                                       kStudyTitle + "</h1><p>-- 3</p>" +
                                       kStory + "</article></body></html>");
    CHECK(has(html, "cooled only gradually"));
    CHECK_FALSE(has(html, "-- 3"));
}
