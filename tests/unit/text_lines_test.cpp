// The line model of plain-text scrapes (issue #5): kinds of single lines, the
// traps of corpus/repost/README.md (content that looks like boilerplate), and
// the layout (body run, header) on small handwritten pages.
#include <catch2/catch.hpp>

#include "extract/text_scrape.hpp"
#include "extract/ticker.hpp"
#include "lexicon/phrases.hpp"
#include "reader/reader.hpp"

using namespace newsclean::extract::text;
using newsclean::extract::is_quote_line;

namespace {

LineKind kind_of(std::string line) { return classify_lines({std::move(line)}).front().kind; }

std::vector<Line> classify(std::initializer_list<std::string> lines) { return classify_lines(std::vector<std::string>(lines)); }

const std::string kParagraph =
    "The regulator said on Tuesday that it would review the rules for listed exchanges before the end of the "
    "year, after a string of outages left customers unable to trade for hours.";

}  // namespace

TEST_CASE("new lexicon tables are not empty") {
    CHECK(!newsclean::lexicon::kLogLevels.phrases.empty());
}

TEST_CASE("widget lines of the MEXC sample") {
    CHECK(kind_of("DEEPSEEK$0.000302+4.49%") == LineKind::ticker);
    CHECK(kind_of("BTC$115,373.16-1.91%") == LineKind::ticker);
    CHECK(kind_of("You May Also Like") == LineKind::related_opener);
    CHECK(kind_of("Trending News") == LineKind::related_opener);
    CHECK(kind_of("Share Insights") == LineKind::share);
    CHECK(kind_of("Don\xE2\x80\x99t just read crypto news. Understand it. Subscribe to our newsletter. It's free.") ==
          LineKind::newsletter);
    CHECK(kind_of("Disclaimer: The articles reposted on this site are sourced from public platforms.") == LineKind::disclaimer);
    CHECK(kind_of("By: Cryptopolitan") == LineKind::byline);
    CHECK(kind_of("2025/09/19 04:20") == LineKind::dateline);
    const auto lines = classify({"Global DePIN Chain", "DEEPSEEK$0.000302+4.49%"});
    CHECK(lines[0].kind == LineKind::ticker_name);
}

TEST_CASE("quote strips that is_ticker_text does not parse") {
    CHECK(is_quote_line("S&P 500 5,608.62 -1.95%"));
    CHECK(is_quote_line("In this article: FLOKI-USD +8.87% TON-USD +1.12%"));
    CHECK(is_quote_line("WLD$1.86939.20%"));
    CHECK(is_quote_line("+6.88%"));
    CHECK_FALSE(is_quote_line("Bitcoin rose 4.5% on Monday as traders returned."));
    CHECK_FALSE(is_quote_line("70.2% European"));            // an infobox row of a story
    CHECK_FALSE(is_quote_line("Herbert D\xC3\xBCrr 63 16.6%"));  // a table row of a story
    CHECK_FALSE(is_quote_line("Inflation was 2.4%, the lowest in three years, the office said"));
    const auto chip = classify({"$SUI", "4.1311", "+6.88%"});
    for (const Line& l : chip) CHECK(l.kind == LineKind::ticker);
}

TEST_CASE("content that looks like boilerplate stays content") {
    CHECK(kind_of("$BTC rose 4.5% after the announcement, extending a rally that began when the central bank signalled "
                  "lower rates.") == LineKind::prose);
    CHECK(kind_of("\xE2\x80\x9C" "Disclaimer: nothing in this filing is an offer to sell securities,\xE2\x80\x9D the company "
                  "wrote in its annual report.") == LineKind::prose);
    CHECK(kind_of("Share prices of the largest miners fell by more than a tenth during the week, according to exchange data.") ==
          LineKind::prose);
    CHECK(kind_of("Subscribe-and-save plans, the company said, now account for more than a third of its revenue.") ==
          LineKind::prose);
    CHECK(kind_of("Sources close to the negotiations said the deal could be signed as early as next week.") == LineKind::prose);
    CHECK(kind_of("Words need defenders.") == LineKind::short_text);
    CHECK(kind_of("Shareholders back the merger") == LineKind::short_text);
    CHECK(kind_of("Share prices tumble") == LineKind::short_text);
    CHECK(kind_of("Risk warnings from the regulator have done little to cool the market for leveraged tokens, "
                  "analysts said.") == LineKind::prose);
    CHECK(kind_of("Teilen auf X Telegram Facebook LinkedIn Link kopieren") == LineKind::share);
    // The HTML path's share prefixes (kSharePrefixes) serve the text path too.
    CHECK(kind_of("Share: X Telegram Facebook") == LineKind::share);
    CHECK(kind_of("Condividi su Facebook") == LineKind::share);
    CHECK(kind_of("Share on X Telegram Facebook LinkedIn Copy link") == LineKind::share);
    CHECK(kind_of("LWN.net Weekly Edition for March 26, 2015") == LineKind::short_text);
}

TEST_CASE("inline related links, labels, captions and log records") {
    CHECK(kind_of("Also read: Bitcoin miners turn to AI hosting") == LineKind::inline_related);
    CHECK(kind_of("Lesen Sie auch \xC2\xBB Neue Regeln f\xC3\xBCr Kryptob\xC3\xB6rsen") == LineKind::inline_related);
    CHECK(kind_of("Related-party transactions rose by a third") != LineKind::inline_related);
    CHECK(kind_of("Lesen Sie auch: On Behalf of \xE2\x80\x9CLiterally\xE2\x80\x9D") == LineKind::inline_related);
    CHECK(kind_of("[Read: Why Tunisia suffers from Islamist violence]") == LineKind::short_text);
    CHECK(kind_of("Advertisement") == LineKind::label);
    CHECK(kind_of("Comments (12)") == LineKind::comments);
    CHECK(kind_of("Tags: bitcoin, etf, regulation") == LineKind::label);
    CHECK(kind_of("#Bitcoin #ETF #Regulation") == LineKind::label);
    CHECK(kind_of("#1 in the rankings for a third year, the team said it would not change its approach.") ==
          LineKind::prose);
    CHECK(kind_of("141 comments") == LineKind::comments);
    CHECK(kind_of("1 comment") == LineKind::comments);
    CHECK(kind_of("comment") != LineKind::comments);  // the singular only with its counter
    CHECK(kind_of("Story continues") == LineKind::label);
    // The label tables are the HTML path's (kAdLabels, kUiLabels, kTagLabels).
    CHECK(kind_of("Back to top") == LineKind::label);
    CHECK(kind_of("Sponsored: Acme Exchange") == LineKind::label);
    CHECK(kind_of("By: Cryptopolitan") == LineKind::byline);  // "By" is a label alone, a byline before a colon
    CHECK(kind_of("A trader monitors price charts on a bank of screens. Image: Shutterstock") == LineKind::caption);
    // The credit labels are the HTML path's table (kCreditMarkers): "Chart:" too.
    CHECK(kind_of("Bitcoin's funding rate over the last week. Chart: TradingView") == LineKind::caption);
    // Unlabelled wordings are not captions in a text line (repost-text livewire-054 keeps them).
    CHECK(kind_of("Photo by Joan Bardeletti") != LineKind::caption);
    CHECK(kind_of("2025-09-19 04:20:01 INFO server: listening on port 8080") == LineKind::log_record);
    CHECK(kind_of("[ERROR] connection refused by upstream") == LineKind::log_record);
    CHECK(kind_of("+ Added Slime Block") == LineKind::list_item);
    CHECK(strip_bullet("\xE2\x80\xA2 First item") == "First item");
}

TEST_CASE("Markdown copies: heading marks and emphasis go, bullets and rules stay") {
    const auto lines = classify({"## Next steps", "*By Jane Doe \xE2\x80\x94 March 4, 2025*", "* an item here", "___"});
    CHECK(lines[0].text == "Next steps");
    CHECK(lines[0].markdown_heading == 2);
    CHECK(lines[1].kind == LineKind::byline);
    CHECK(lines[2].kind == LineKind::list_item);
    CHECK(lines[3].text == "___");
}

TEST_CASE("reader-view and CMS headers") {
    CHECK(kind_of("5\xE2\x80\x93" "6 minutes") == LineKind::label);
    CHECK(kind_of("HashPost \xC2\xB7 8 min read") == LineKind::byline);
    CHECK(kind_of("Published 3:15 p.m. ET March 4, 2025 | Updated 5:02 p.m. ET March 4, 2025") == LineKind::dateline);
    CHECK(kind_of("March 4, 2025 by Jane Doe") == LineKind::dateline);
    std::vector<Line> lines = classify({"riversidegazette.com", "Council approves plan to turn garages into apartments",
                                        "Jane Doe", "5\xE2\x80\x93" "6 minutes", "", kParagraph, "", kParagraph});
    const Layout layout = find_layout(lines);
    REQUIRE(layout.found);
    CHECK(layout.title == std::optional<std::size_t>(1));
    REQUIRE(layout.byline);
    CHECK(layout.byline->byline == "Jane Doe");
    CHECK(is_boilerplate(lines[3].kind));  // the read time never reaches the body
}

TEST_CASE("header lines: bylines need a label or a dated suffix") {
    CHECK(kind_of("Zeynep Ayd\xC4\xB1n \xC2\xB7 2 min read") == LineKind::byline);
    CHECK(kind_of("Author: Web3 Gazette | Editor: Ben Schuster 07.11.2024 14:34") == LineKind::byline);
    CHECK(kind_of("Source: CoinWire Asia \xC2\xB7 May 22, 2025 at 8:11 am UTC") == LineKind::source);
    CHECK(kind_of("This story first appeared on Satoshi Street Journal on August 11, 2026.") == LineKind::source);
    CHECK(kind_of("Sat, Aug 15, 2026, 4:36 PM") == LineKind::dateline);
    CHECK(kind_of("Live News | Forex | Indices | Commodities | Crypto | Shares") != LineKind::byline);
    CHECK(kind_of("Evolve: Shared Mutable History") == LineKind::short_text);
    CHECK(kind_of("Rahul Menon") == LineKind::short_text);  // a bare name: a byline only in an author row
}

TEST_CASE("layout: the body run stops at a related block and skips widgets inside") {
    std::vector<Line> lines = classify({"Exchange cuts fees for market makers", "", "By Jane Doe", "Mar 3, 2025", "",
                                        kParagraph, "", "Also read: Another story entirely", "", kParagraph, "",
                                        "Most read", "", "First related headline here", "Second related headline here"});
    const Layout layout = find_layout(lines);
    REQUIRE(layout.found);
    CHECK(layout.title == std::optional<std::size_t>(0));
    CHECK(layout.body_first == 5);
    CHECK(layout.body_last == 9);
    REQUIRE(layout.byline);
    CHECK(layout.byline->byline == "Jane Doe");
    REQUIRE(layout.date);
    CHECK(layout.date->iso() == "2025-03-03");
}

TEST_CASE("layout: dates before the web in an infobox are no dateline") {
    // repost-text finsyn-000: a reposted Wikipedia article; its infobox lists
    // "7 May 1856", "26 September 1907" right above the first paragraph.
    CHECK(kind_of("26 September 1907") != LineKind::dateline);
    CHECK(kind_of("17 September 1991") == LineKind::dateline);
    std::vector<Line> lines = classify({"The Coin Ledger \xC2\xB7 77 min read", "", "New Zealand", "",
                                        "Tue, Sep 17, 2024, 6:22 PM", "", "Capital Wellington", "",
                                        "\xE2\x80\xA2 Responsible government", "", "7 May 1856", "",
                                        "\xE2\x80\xA2 Dominion", "", "26 September 1907", "", kParagraph, "", kParagraph});
    const Layout layout = find_layout(lines);
    REQUIRE(layout.found);
    CHECK(layout.title == std::optional<std::size_t>(2));
    REQUIRE(layout.date);
    CHECK(layout.date->iso() == "2024-09-17T18:22:00");
    CHECK(layout.body_first == 6);
}

TEST_CASE("layout: a share bar between headline and byline, cards without an opener") {
    std::vector<Line> lines = classify({"Exchange cuts fees for market makers", "Share on X Telegram Facebook", "By: Jane Doe",
                                        "", kParagraph, "", kParagraph, "", "Share", "", "Another story headline here",
                                        "", "Another story headline here", "", kParagraph});
    const Layout layout = find_layout(lines);
    REQUIRE(layout.found);
    CHECK(layout.title == std::optional<std::size_t>(0));
    CHECK(layout.body_first == 4);
    CHECK(layout.body_last == 6);
}

TEST_CASE("layout: a section label above a bare date, the headline below it") {
    std::vector<Line> lines = classify({"Crypto news", "Mar 3, 2025", "Exchange cuts fees for market makers after outage",
                                        "", kParagraph, "", kParagraph});
    const Layout layout = find_layout(lines);
    REQUIRE(layout.found);
    CHECK(layout.title == std::optional<std::size_t>(2));
}

TEST_CASE("layout: an Updated date is not the publication date") {
    std::vector<Line> lines = classify({"Exchange cuts fees for market makers", "Updated: Mar 5, 2025",
                                        "Published: Mar 3, 2025", "", kParagraph, "", kParagraph});
    const Layout layout = find_layout(lines);
    REQUIRE(layout.found);
    REQUIRE(layout.date);
    CHECK(layout.date->iso() == "2025-03-03");
}

TEST_CASE("layout: a teaser repeating the opening is the description, not body") {
    const std::string teaser = kParagraph.substr(0, 120) + " [\xE2\x80\xA6]";
    std::vector<Line> lines = classify({teaser, "", "Exchange cuts fees for market makers", "", kParagraph, "", kParagraph});
    const Layout layout = find_layout(lines);
    REQUIRE(layout.found);
    CHECK(lines[0].kind == LineKind::teaser);
    CHECK(layout.teaser == std::optional<std::size_t>(0));
    CHECK(layout.title == std::optional<std::size_t>(2));
    CHECK(layout.body_first == 4);
}

TEST_CASE("layout: an author row above the headline") {
    std::vector<Line> lines = classify({"Log In Sign Up", "Mara Lindqvist", "@maralindqvist", "2025-06-12 09:41", "Follow",
                                        "Ethereum upgrade heads to test networks", "", kParagraph, "", kParagraph});
    const Layout layout = find_layout(lines);
    REQUIRE(layout.found);
    CHECK(layout.title == std::optional<std::size_t>(5));
    REQUIRE(layout.byline);
    CHECK(layout.byline->byline == "Mara Lindqvist");
}

TEST_CASE("layout: no article in links, prices or logs") {
    std::vector<Line> links = classify({"Top stories", "Bitcoin slips below support", "Ethereum fees fall to yearly low",
                                        "Solana outage resolved", "Regulators weigh stablecoin rules"});
    CHECK_FALSE(find_layout(links).found);
    std::vector<Line> prices = classify({"BTC\t$61,234.50\t+1.20%", "ETH\t$2,456.10\t-0.85%", "SOL\t$142.30\t+3.10%"});
    CHECK_FALSE(find_layout(prices).found);
}

TEST_CASE("a text scrape quoting HTML further down stays text") {
    std::string text = "How to test your page\n\n";
    for (int i = 0; i < 20; ++i) text += kParagraph + "\n\n";
    text += "<!DOCTYPE html>\n<html>\n<head>\n</head>\n<body>\n<script src=\"a.js\"></script>\n</body>\n</html>\n";
    CHECK_FALSE(newsclean::reader::looks_like_html(text));
    CHECK(newsclean::reader::looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"));
    CHECK(newsclean::reader::looks_like_html("\n\n<html><body>x</body></html>"));
}
