// A zh portal's meta row under the headline with the date in digits, "中国青年网网易号 2026-11-27 09:41:07 北京"
// (NetEase; Baidu, Toutiao and Sohu rows look the same): the account names the author, the date is the post's
// date, and the headline above it is the title. count_words counts each CJK character, so the dateline rule
// never took the row for a date; only rows with 年/月/日 dates were read.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kZhHeadline = "海外留学生看两会：出国前后关注点大不同";
const std::string kZhParagraph =
    "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。";

Article zh_page(const std::string& row) { return text_article({kZhHeadline, "", row, "", kZhParagraph, "", kStudyLast}); }

}  // namespace

TEST_CASE("a zh account row with a numeric date gives the byline and the date", "[text][cjk-dated-row]") {
    const Article a = zh_page("中国青年网网易号 2026-11-27 09:41:07 北京");
    CHECK(a.title == std::optional<std::string>(kZhHeadline));
    CHECK(a.byline == std::optional<std::string>("中国青年网"));
    CHECK(a.date == std::optional<std::string>("2026-11-27T09:41:07"));
    CHECK_FALSE(has(a.body(), "网易号"));
    // Slashes, and a row naming no account: the date still, no byline.
    const Article b = zh_page("光明网百家号 2026/11/27 09:41");
    CHECK(b.byline == std::optional<std::string>("光明网"));
    CHECK(day_of(b) == "2026-11-27");
    const Article c = zh_page("科技前沿 2026-11-27 09:41 上海");
    CHECK(c.title == std::optional<std::string>(kZhHeadline));
    CHECK(day_of(c) == "2026-11-27");
    CHECK_FALSE(c.byline.has_value());
}

TEST_CASE("a long zh headline holding a numeric date is no meta row", "[text][cjk-dated-row]") {
    // Too many words for a dateline; a Latin word first, or punctuation inside a token, is a headline's.
    CHECK(kind_of("DeepMind新电脑 2026-11-27 发布 人工智能迈上新台阶") != extract::text::LineKind::dateline);
    CHECK(kind_of("苹果发布会定档：2026-11-27 举行 全程直播回顾 敬请期待") != extract::text::LineKind::dateline);
    // The date row under it is the date, not the headline's date.
    const Article a = text_article({"DeepMind新电脑 2026-11-28 发布 人工智能迈上新台阶", "", "2026年11月27日 09:41", "",
                                    kZhParagraph, "", kStudyLast});
    CHECK(day_of(a) == "2026-11-27");
}
