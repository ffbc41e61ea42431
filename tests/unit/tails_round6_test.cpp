// Story-tail boilerplate of the sixth round of unseen page shells (study-i:
// Indian syndicated wire copy, Motley Fool/Zacks syndication on Nasdaq,
// Benzinga, agency copy on French/Indonesian/Japanese portals). Each rule has
// a trap next to it: a line that merely looks like the furniture is story text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/boilerplate_text.hpp"
#include "extract/byline.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"
#include "util/fold.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

std::string rule(const std::string& text) { return std::string(extract::boilerplate_text_rule(text, 0)); }

const std::string kTitle = "Fed holds rates steady after two-day meeting";
const std::string kSentence =
    "The Federal Reserve held its benchmark rate steady on Wednesday, citing cooling inflation and a labour market "
    "that has softened over the summer months.";

// The body of a page whose story is followed by `tail`.
std::string page_body(const std::string& tail) {
    return html_body("<!DOCTYPE html><html><head><title>" + kTitle + "</title></head><body><article><h1>" + kTitle +
                     "</h1><p>" + kSentence + "</p>" + kStory + tail + "</article></body></html>");
}

}  // namespace

TEST_CASE("round 6 tails: syndication, machine-writing and stock disclosure notes", "[tails-round-6]") {
    CHECK(rule("(This story has not been edited by Economic Times staff and is auto-generated from a syndicated "
               "feed.)") == "disclaimer");
    CHECK(rule("(Only the headline and picture of this report may have been reworked by the Business Standard staff; "
               "the rest of the content is auto-generated from a syndicated feed.)") == "disclaimer");
    CHECK(rule("This story was generated using Benzinga Neuro and was edited by Ananya Gairola") == "disclaimer");
    CHECK(rule("This article was generated with the help of AI and reviewed by an editor.") == "disclaimer");
    CHECK(rule("Rachel Warren has no position in any of the stocks mentioned. The Motley Fool has positions in and "
               "recommends Bitcoin. The Motley Fool has a disclosure policy.") == "disclaimer");
    CHECK(rule("The views and opinions expressed herein are the views and opinions of the author and do not "
               "necessarily reflect those of Nasdaq, Inc.") == "disclaimer");
    CHECK(rule("Coinbase Global, Inc. (COIN) : Free Stock Analysis Report") == "disclaimer");
    // Traps: story sentences about feeds, AI and positions.
    CHECK(rule("The exchange said its price feed was generated from a syndicated index of five venues.").empty());
    CHECK(rule("The images were generated using a diffusion model, the researchers said.").empty());
    CHECK(rule("The fund has no position in bitcoin yet, its manager told investors on Tuesday.").empty());
    // Both paths drop the note under the story and keep the story.
    const std::string body =
        page_body("<p>(This story has not been edited by Economic Times staff and is auto-generated from a "
                  "syndicated feed.)</p>");
    CHECK(has(body, kSentence));
    CHECK_FALSE(has(body, "syndicated feed"));
    const std::string text = text_article({"Home News Markets", "", kTitle, "", "By Jane Doe", "", kParagraph, "",
                                           kStudyLast, "",
                                           "Rachel Warren has no position in any of the stocks mentioned. The Motley "
                                           "Fool has a disclosure policy."})
                                 .body();
    CHECK(has(text, kStudyLast));
    CHECK_FALSE(has(text, "disclosure policy"));
}

TEST_CASE("round 6 tails: an agency's copyright line with its name before the year", "[tails-round-6]") {
    CHECK(rule("Copyright © ANTARA 2025") == "copyright");
    CHECK(rule("© Le Monde 2025") == "copyright");
    CHECK(extract::is_copyright_line(util::fold("© Le Monde 2025"), 15));
    CHECK(extract::is_copyright_line(util::fold("Copyright (c) 2025 Dow Jones & Company, Inc."), 44));
    // Traps: a story line about copyright, a year far from the mark.
    CHECK(rule("Copyright law protects works created after 1978, the judge noted.").empty());
    CHECK_FALSE(extract::is_copyright_line(util::fold("Copyright disputes between the two publishers began in 2019"), 59));
}

TEST_CASE("round 6 tails: id and ja inline related labels", "[tails-round-6]") {
    CHECK(rule("Baca juga: Ether ETFs Record Fourth Straight Day of Inflows") == "related-inline");
    CHECK(rule("Lihat juga: Harga Bitcoin Naik") == "related-inline");
    CHECK(rule("関連：イーサリアム現物ETF、4日連続で資金流入") == "related-inline");
    // Traps: the words inside a sentence; "関連" without its colon opens a sentence.
    CHECK(rule("Baca juga laporan lengkapnya di situs resmi bank sentral, kata juru bicara itu.").empty());
    CHECK(rule("関連する規制について、金融庁は来月にも方針を示す見通しだ。").empty());
    const std::string body = page_body("<p>Baca juga: <a href=\"/x\">Ether ETFs Record Fourth Straight Day</a></p>");
    CHECK(has(body, kSentence));
    CHECK_FALSE(has(body, "Baca juga"));
    // The text path too.
    const std::string text = text_article({"Home News Markets", "", kTitle, "", "By Jane Doe", "", kParagraph, "",
                                           "関連：イーサリアム現物ETF、4日連続で資金流入", "", kStudyLast})
                                 .body();
    CHECK(has(text, kStudyLast));
    CHECK_FALSE(has(text, "関連"));
}

TEST_CASE("round 6 tails: an agency photo credit closes a caption", "[tails-round-6]") {
    CHECK(rule("Traders work on the floor of the New York Stock Exchange. (AP Photo/Seth Wenig)") == "photo-credit");
    CHECK(rule("A trader watches screens in London. (REUTERS/Toby Melville)") == "photo-credit");
    const std::string body = page_body(
        "<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>Traders work on the floor of the New York Stock Exchange. "
        "(AP Photo/Seth Wenig)</figcaption></figure>");
    CHECK(has(body, kSentence));
    CHECK_FALSE(has(body, "AP Photo"));
    // Trap: the AP and its photos named in a story sentence.
    CHECK(rule("The AP photo of the trading floor was published in dozens of newspapers on Thursday.").empty());
}

TEST_CASE("round 6 tails: a thread unroller's post counters", "[tails-round-6]") {
    for (const std::string counter : {"1/13", "(2/13)", "[3/13]", "4/"}) CHECK(rule(counter) == "ui-label");
    const std::string body = page_body("<p>2/3</p><p>" + kParagraph + "</p><p>3/3</p>");
    CHECK(has(body, kParagraph));
    CHECK_FALSE(has(body, "2/3"));
    // Traps: a fraction inside a sentence, a date, a slash without numbers.
    CHECK(rule("Only 1/3 of the supply is held by long-term holders, the report found.").empty());
    CHECK(rule("19/09/2025").empty());
    CHECK(rule("/").empty());
    CHECK(rule("and/or").empty());
}

TEST_CASE("round 6 tails: a zh/ja source line closing a repost", "[tails-round-6]") {
    CHECK(rule("出典：CoinDesk") == "source-line");
    CHECK(rule("来源：金色财经") == "source-line");
    CHECK(rule("参考：The Block") == "source-line");
    CHECK(rule("本サイトは暗号資産の情報提供を目的としており、投資勧誘を目的とするものではありません。") == "disclaimer");
    const std::string body = page_body("<p>出典：CoinDesk</p>");
    CHECK(has(body, kSentence));
    CHECK_FALSE(has(body, "出典"));
    // Trap: the word inside a sentence.
    CHECK(rule("出典の明記がない画像の転載は禁止されていると同社は説明した。").empty());
}

TEST_CASE("round 6 tails: a wire dateline set apart above the story", "[tails-round-6]") {
    CHECK(rule("New Delhi, Sep 19 (IANS)") == "dateline");
    CHECK(rule("Mumbai, 19 September (PTI)") == "dateline");
    const std::string dated = html_body("<!DOCTYPE html><html><head><title>" + kTitle + "</title></head><body><article><h1>" +
                                        kTitle + "</h1><p><strong>New Delhi, Sep 19 (IANS)</strong></p><p>" + kSentence +
                                        "</p>" + kStory + "</article></body></html>");
    CHECK(has(dated, kSentence));
    CHECK_FALSE(has(dated, "(IANS)"));
    // Traps: a company and its ticker, the dateline opening the story's first sentence.
    CHECK(rule("Tesla, Inc. (TSLA)").empty());
    CHECK(rule("New Delhi, Sep 19 (IANS) The government on Friday announced a new rule for exchanges.").empty());
}

TEST_CASE("round 6 tails: an agency's credit line closing the story", "[tails-round-6]") {
    using extract::is_credit_block;
    CHECK(is_credit_block("Pewarta: Ahmad Fauzi Editor: Budi Santoso"));
    CHECK(is_credit_block("Reporter: Rina Kusuma, Editor: Arnidhya Nur Zhafira"));
    CHECK(is_credit_block("Editor: Budi Santoso"));
    // Traps: a sentence opening with "By", a labelled sentence.
    CHECK_FALSE(is_credit_block("By the end of the year, the bank expects two more cuts"));
    CHECK_FALSE(is_credit_block("Editor: This article was updated to correct the date."));
    const std::string body = page_body("<p>Reporter: Rina Kusuma, Editor: Arnidhya Nur Zhafira</p>");
    CHECK(has(body, kSentence));
    CHECK_FALSE(has(body, "Rina Kusuma"));
    // Trap: a labelled line above the story's last paragraph is the story's data (a book's "Autorin: X").
    const std::string data = html_body("<!DOCTYPE html><html><head><title>" + kTitle + "</title></head><body><article><h1>" +
                                       kTitle + "</h1><p>" + kSentence + "</p><p>Autorin: Alys Arden</p>" + kStory +
                                       "</article></body></html>");
    CHECK(has(data, "Autorin: Alys Arden"));
}
