// Text scrapes of the fifth round of unseen page shells (study-h: aggregator
// article pages, forum topics). Every page is handwritten here, with a trap
// next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;


}  // namespace

TEST_CASE("round 5 text: a provider chip or a handle between headline and row keeps the headline", "[text-round-5]") {
    // Aggregator article page: the provider's name, then the author row (study-h gnews shell).
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "Reuters", "Nadia Petrova · Sep 19, 2025", "",
                                    kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Nadia Petrova"));
    // A user handle over a year-less date, no author row at all.
    const Article b = text_article({"Home News Markets", "", kStudyTitle, "", "nadia_p", "Sep 19", "", kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    // Trap: over a chip, a forum user row ("handle Name Badge") is no headline: the title stays unknown
    // rather than the user's name.
    const Article c = text_article({"ChainTalk Forum Sign Up Log In", "", "Short Topic", "", "crypto_mike Mike Harlow Regular",
                                    "Sep 19", "", "By Daniel Brooks | Decrypt | September 18, 2025", "", kParagraph, "",
                                    kStudyLast});
    CHECK(c.title != std::optional<std::string>("crypto_mike Mike Harlow Regular"));
    CHECK(c.byline == std::optional<std::string>("Daniel Brooks"));
}

TEST_CASE("round 5 text: a credit line's author-labelled part names the original author", "[text-round-5]") {
    // zh translated repost (study-h zhcrypto shell): the header names no person.
    const std::string credit = "本文編譯自 The Block，原文作者：Anna Lee，原文發佈於 2025年9月19日。";
    const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "2025-09-20", "", credit, "", kParagraph, "", kStudyLast});
    CHECK(a.byline == std::optional<std::string>("Anna Lee"));
    CHECK(a.date.value_or("").substr(0, 10) == "2025-09-19");
    CHECK_FALSE(has(a.body(), "原文作者"));
    // Trap: a byline in the header stays; the credit's author does not replace it.
    const Article b = text_article({"Home News Markets", "", kStudyTitle, "", "By Nadia Petrova", "2025-09-20", "", credit, "",
                                    kParagraph, "", kStudyLast});
    CHECK(b.byline == std::optional<std::string>("Nadia Petrova"));
}

TEST_CASE("round 5 text: a feed footer's story title gives no byline", "[text-round-5]") {
    // Yoast's feed footer under a reposted story (study-h wpfooter shell): the title's first
    // word is hyphenated.
    const Article a = text_article({"Home News Markets", "", "Just-released Minecraft exploit makes it easy to crash servers",
                                    "", kParagraph, "", kStudyLast, "",
                                    "The post Just-released Minecraft exploit makes it easy to crash servers appeared "
                                    "first on CryptoSlate."});
    CHECK(a.byline == std::optional<std::string>("CryptoSlate"));
    CHECK(a.source == std::optional<std::string>("CryptoSlate"));
}

TEST_CASE("round 5 text: a blog theme's entry meta row under the story gives author and date", "[text-round-5]") {
    // WordPress core's rows (study-h wpfooter shell), kept in the body and unread before.
    for (const std::string row : {"Posted in Bitcoin by Emma Walsh on September 19, 2025",
                                  "This entry was posted in Markets on September 19, 2025 by Emma Walsh."}) {
        const Article a = text_article({"Home News Markets", "", kStudyTitle, "", kParagraph, "", kStudyLast, "", row, "", "Leave a Reply"});
        CHECK(a.byline == std::optional<std::string>("Emma Walsh"));
        CHECK(a.date.value_or("").substr(0, 10) == "2025-09-19");
        CHECK_FALSE(has(a.body(), "Posted in"));
        CHECK_FALSE(has(a.body(), "This entry was posted"));
    }
    // The header's byline and date stay; a CMS account names no one.
    const Article b = text_article({"Home News Markets", "", kStudyTitle, "", "By Nadia Petrova", "September 18, 2025", "",
                                    kParagraph, "", kStudyLast, "", "Posted in Bitcoin by admin on September 19, 2025"});
    CHECK(b.byline == std::optional<std::string>("Nadia Petrova"));
    CHECK(b.date.value_or("").substr(0, 10) == "2025-09-18");
    const Article c = text_article({"Home News Markets", "", kStudyTitle, "", kParagraph, "", kStudyLast, "",
                                    "Posted in Bitcoin by admin on September 19, 2025"});
    CHECK_FALSE(c.byline);
    // Trap: story prose that opens the same way, without a date, stays in the body.
    const std::string prose = "Posted in haste, the notice said nothing about the peanut study or its authors.";
    const Article d = text_article({"Home News Markets", "", kStudyTitle, "", "By Nadia Petrova", "September 18, 2025", "",
                                    kParagraph, "", prose, "", kStudyLast});
    CHECK(has(d.body(), prose));
}

TEST_CASE("round 5 text: a card's 'domain by Name date' row heads the card", "[text-round-5]") {
    // Flipboard card as text (study-h round 5 B8): nav, the curation line, the publisher's
    // domain with the dated byline, then the headline.
    const Article a = text_article({"Flipboard Explore Log In Sign Up", "Flipped into Crypto Daily by Jane Doe",
                                    "decrypt.co by Liam O'Connor September 19, 2025", "", kStudyTitle, "", kParagraph, "",
                                    kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("Liam O'Connor"));
    CHECK(a.source == std::optional<std::string>("decrypt.co"));
    CHECK(a.date == std::optional<std::string>("2025-09-19"));
    // The curator never becomes the byline, nor the title when the card has no domain row.
    const Article b = text_article({"Flipped into Crypto Daily by Jane Doe", "", kStudyTitle, "", "By Liam O'Connor", "", kParagraph,
                                    "", kStudyLast});
    CHECK(b.title == std::optional<std::string>(kStudyTitle));
    CHECK(b.byline == std::optional<std::string>("Liam O'Connor"));
    // A curation line right above the body is neither the headline nor a byline.
    const Article d = text_article({kStudyTitle, "", "Curated by Jane Doe", "", kParagraph, "", kStudyLast});
    CHECK(d.title == std::optional<std::string>(kStudyTitle));
    CHECK(d.byline != std::optional<std::string>("Jane Doe"));
    // Trap: a headline opening with a domain and "by" is no row ("Amazon.com by the numbers").
    const Article c = text_article({"Amazon.com by the numbers: what 2025 sales say about 2026", "", "By Liam O'Connor",
                                    "September 19, 2025", "", kParagraph, "", kStudyLast});
    CHECK(c.title == std::optional<std::string>("Amazon.com by the numbers: what 2025 sales say about 2026"));
    CHECK(c.source != std::optional<std::string>("Amazon.com"));
}

TEST_CASE("round 5 text: a card's 'Name 2d' provider row heads the card", "[text-round-5]") {
    // Flipboard card as text (study-h round 5 B8): the provider's name and the card's age.
    const Article a = text_article({"Home News Markets", "", "The Block 2d", "", kStudyTitle, "", kParagraph, "", kStudyLast});
    CHECK(a.title == std::optional<std::string>(kStudyTitle));
    CHECK(a.byline == std::optional<std::string>("The Block"));
    CHECK(a.date == std::nullopt);  // an age names no day
    // Traps: a headline ending in a compact token is no row ("Nintendo unveils Switch 2 in 3d": lower-case
    // words); a date-row label before the age is no name ("Updated 2h").
    const Article b = text_article({"Nintendo unveils its new handheld console in 3d", "", "By Jane Doe", "September 19, 2025",
                                    "", kParagraph, "", kStudyLast});
    CHECK(b.title == std::optional<std::string>("Nintendo unveils its new handheld console in 3d"));
    CHECK(b.byline == std::optional<std::string>("Jane Doe"));
    const Article c = text_article({kStudyTitle, "", "Updated 2h", "", kParagraph, "", kStudyLast});
    CHECK(c.byline != std::optional<std::string>("Updated"));
}

TEST_CASE("round 5 text: 'Seguí leyendo' opens the related links under the story", "[text-round-5]") {
    // Argentine portal (study-h round 5 redaccion shell): the voseo "keep reading" heading.
    CHECK(kind_of("Seguí leyendo") == extract::text::LineKind::related_opener);
    const Article a = text_article({kStudyTitle, "", "Por Redacción", "19 de septiembre de 2025", "", kParagraph, "", kStudyLast, "",
                                    "Seguí leyendo", "", "El bitcoin se mantiene sobre los 115.000 dólares",
                                    "Los ETF de ether suman cuatro días de entradas"});
    CHECK(has(a.body(), kStudyLast));
    CHECK_FALSE(has(a.body(), "115.000 dólares"));
    // Trap: the infinitive is a paywall's expand button, no related heading.
    CHECK(kind_of("Seguir leyendo") != extract::text::LineKind::related_opener);
}

TEST_CASE("round 5 text: a Discourse post's likes and a split reply row end the story", "[text-round-5]") {
    // Forum topic as text (study-h round 5 B13): the post, its "3 Likes" / "Reply" footer, then a
    // reply whose handle and day are on two lines.
    const Article a = text_article({kStudyTitle, "", "crypto_mike", "Sep 19", "", kParagraph, "", kStudyLast, "", "3 Likes", "Reply",
                                    "hodl_queen", "Sep 19", "", "Good find, thanks for sharing. ETF flows have been wild.",
                                    "", "2 Likes", "Reply"});
    CHECK(has(a.body(), kStudyLast));
    CHECK_FALSE(has(a.body(), "Good find"));
    CHECK_FALSE(has(a.body(), "hodl_queen"));
    // Trap: the same footer followed by more of the story (no reply row) does not cut it.
    const Article b = text_article({kStudyTitle, "", "By Jane Doe", "September 19, 2025", "", kParagraph, "", "3 Likes", "Reply",
                                    "", kStudyLast});
    CHECK(has(b.body(), kStudyLast));
}

TEST_CASE("text: a byline is the source only when it names a brand", "[text][source]") {
    // A scrape has no metadata to tell a repost by: a brand's byline is the origin
    // (the MEXC sample's "By: Cryptopolitan"), as a source line is.
    for (const std::string brand : {"Cryptopolitan", "CoinDesk"}) {
        const Article a = text_article({"Home News Markets", "", kStudyTitle, "", "By: " + brand, "", kParagraph, "", kStudyLast});
        CHECK(a.byline == std::optional<std::string>(brand));
        CHECK(a.source == std::optional<std::string>(brand));
    }
    // Trap: a person is the author, not a publisher (README: source is the original publisher).
    const Article person = text_article({"Home News Markets", "", kStudyTitle, "", "By Zeynep Aydın", "", kParagraph, "", kStudyLast});
    CHECK(person.byline == std::optional<std::string>("Zeynep Aydın"));
    CHECK_FALSE(person.source);
    // Trap: a CMS account is no brand.
    const Article account = text_article({"Home News Markets", "", kStudyTitle, "", "By Admin", "", kParagraph, "", kStudyLast});
    CHECK_FALSE(account.source);
}
