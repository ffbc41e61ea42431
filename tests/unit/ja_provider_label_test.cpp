// A ja portal's provider credit in a reposted story's date row, "提供：CNET Japan" (provided by), names the
// source without its label (the parser and a text scrape); "写真提供" (a photo credit) is no such label.
#include <catch2/catch.hpp>

#include <string>

#include "metadata_test_support.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using namespace newsclean::metatest;

const std::string kJaParagraph =
    "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリの発売を開始すると"
    "発表した。1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。";

}  // namespace

TEST_CASE("a ja provider label names the source without the label", "[byline][source][ja]") {
    CHECK(source("提供：CNET Japan") == "CNET Japan");
    CHECK(source("配信元：ITmedia NEWS") == "ITmedia NEWS");
}

TEST_CASE("a ja text scrape's provider row under the date names the byline", "[text][byline][ja]") {
    const Article a = text_article({"トレンドマイクロ、公衆無線LANを安全に使うためのアプリ", "", "2026年11月28日 14時05分", "",
                                    "提供：CNET Japan", "", kJaParagraph, "", kJaParagraph});
    CHECK(a.byline == std::optional<std::string>("CNET Japan"));
    CHECK(day_of(a) == "2026-11-28");
}

TEST_CASE("a photo credit is no provider label", "[byline][source][ja][trap]") {
    CHECK(source("写真提供：共同") == "none");
}
