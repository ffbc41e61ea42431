// Metadata of the study-f round 3 page shells (Arabic portals, PDF press
// releases, phpBB threads, Naver-style <h2> headlines): each rule with its trap.
#include <catch2/catch.hpp>

#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "metadata_test_support.hpp"
#include "newsclean/newsclean.hpp"
#include "util/text.hpp"

using newsclean::Article;
using newsclean::extract::parse_date;

using newsclean::metatest::clean;
using newsclean::metatest::day;
using newsclean::metatest::kStory;
using newsclean::metatest::kStoryEnd;
using newsclean::metatest::scrape;

namespace {

using newsclean::metatest::iso;

// Round 3's pages have no site part in their <title>.
Article page(const std::string& body, const std::string& head = "<title>Fed holds rates steady</title>") {
    return newsclean::metatest::page(body, head);
}

}  // namespace

TEST_CASE("Arabic month names, Modern Standard and Levantine", "[dates][round3]") {
    CHECK(iso("19 سبتمبر 2025 04:20") == "2025-09-19T04:20:00");
    CHECK(iso("الجمعة 19 سبتمبر 2025") == "2025-09-19");
    CHECK(iso("3 ابريل 2024") == "2024-04-03");
    CHECK(iso("19 أيلول 2025") == "2025-09-19");
    // Two-word Levantine months: the second word decides (الأول October/December, الثاني November/January).
    CHECK(iso("19 تشرين الأول 2025") == "2025-10-19");
    CHECK(iso("19 تشرين الثاني 2025") == "2025-11-19");
    CHECK(iso("5 كانون الثاني 2025") == "2025-01-05");
    CHECK(iso("5 كانون الأول 2025") == "2025-12-05");
    // Maghreb names (Algeria/Tunisia, Morocco).
    CHECK(iso("19 جوان 2025") == "2025-06-19");
    CHECK(iso("19 شتنبر 2025") == "2025-09-19");
    // Trap: an Arabic word that is no month gives no date.
    CHECK(iso("19 مقالة 2025") == "none");
}

TEST_CASE("Arabic-Indic and Persian digits read as ASCII digits", "[dates][round3]") {
    CHECK(iso("١٩ سبتمبر ٢٠٢٥ - ٠٤:٢٠") == "2025-09-19T04:20:00");
    CHECK(iso("۱۹ سبتمبر ۲۰۲۵") == "2025-09-19");
    CHECK(iso("٢٠٢٥-٠٩-١٩") == "2025-09-19");
    std::string out = "kept";
    CHECK_FALSE(newsclean::util::fold_arabic_digits("19 سبتمبر 2025", out));
    CHECK(out == "kept");
    CHECK(newsclean::util::fold_arabic_digits("a١٩b", out));
    CHECK(out == "a19b");
}

TEST_CASE("an Arabic dateline gives the date of an HTML page and of a text scrape", "[metadata][dates][round3]") {
    const Article html = page(R"(<h1>Fed holds rates steady</h1><div>By Jane Doe</div><div>الجمعة ١٩ سبتمبر ٢٠٢٥ - ٠٤:٢٠</div>)");
    CHECK(day(html.date) == "2025-09-19");
    const Article month = page(R"(<h1>Fed holds rates steady</h1><div>By Jane Doe</div><div>19 سبتمبر 2025 04:20</div>)");
    CHECK(day(month.date) == "2025-09-19");
    const Article text = scrape("Fed holds rates steady\n\nBy Jane Doe\n\nالجمعة ١٩ سبتمبر ٢٠٢٥ - ٠٤:٢٠");
    CHECK(day(text.date) == "2025-09-19");
    CHECK(text.title == std::optional<std::string>("Fed holds rates steady"));
}

TEST_CASE("a source ending in a legal form keeps its final dot", "[byline][round3]") {
    using newsclean::extract::parse_byline;
    using newsclean::extract::parse_source_line;
    CHECK(parse_source_line("Source: Nimbus Labs Inc.") == std::optional<std::string>("Nimbus Labs Inc."));
    CHECK(parse_source_line("Source: Banco Andino S.A.") == std::optional<std::string>("Banco Andino S.A."));
    CHECK(parse_source_line("Source: Nimbus Labs Inc. Released: 19 September 2025") ==
          std::optional<std::string>("Nimbus Labs Inc."));
    CHECK(parse_byline("By Nimbus Labs Ltd.")->byline == "Nimbus Labs Ltd.");
    // Traps: a "." after a name or a dot-less legal form ends the sentence.
    CHECK(parse_source_line("Source: Reuters.") == std::optional<std::string>("Reuters"));
    CHECK(parse_source_line("Source: Nimbus Labs AG.") == std::optional<std::string>("Nimbus Labs AG"));
    CHECK(parse_byline("By Jane Doe.")->byline == "Jane Doe");
}

TEST_CASE("a press release's 'Source: X Inc.' is the byline and source of the page and the scrape", "[metadata][byline][round3]") {
    const Article html = page(R"(<h1>Fed holds rates steady</h1><div class="rel-meta"><span>Source: Nimbus Labs Inc.</span> <span>Released: 19 September 2025</span></div>)");
    CHECK(html.source == std::optional<std::string>("Nimbus Labs Inc."));
    CHECK(html.byline == std::optional<std::string>("Nimbus Labs Inc."));
    CHECK(day(html.date) == "2025-09-19");
    const Article text = scrape("Fed holds rates steady\n\nSource: Nimbus Labs Inc.\nReleased: 19 September 2025");
    CHECK(text.source == std::optional<std::string>("Nimbus Labs Inc."));
    CHECK(text.byline == std::optional<std::string>("Nimbus Labs Inc."));
}

TEST_CASE("a story <h2>/<h3> equal to the <title> part before ' : ' is the headline", "[metadata][title][round3]") {
    const std::string ko = "<title>Fed holds rates steady for a third month : 코인뉴스</title>";
    const Article h2 = page("<h2>Fed holds rates steady for a third month</h2><div>By Jane Doe</div>", ko);
    CHECK(h2.title == std::optional<std::string>("Fed holds rates steady for a third month"));
    const Article h3 = page("<h3>Fed holds rates steady for a third month</h3><div>By Jane Doe</div>",
                            "<title>Fed holds rates steady for a third month : CoinNews</title>");
    CHECK(h3.title == std::optional<std::string>("Fed holds rates steady for a third month"));
    // Traps: without such a heading " : " stays (a spaced colon is French typography), and a
    // heading naming only the part before a real colon is a section, not the headline.
    const Article none = page("<div>By Jane Doe</div>", ko);
    CHECK(none.title == std::optional<std::string>("Fed holds rates steady for a third month : 코인뉴스"));
    const Article fr = page("<h2>Bitcoin</h2><div>Par Jean Dupont</div>", "<title>Bitcoin : la folie des ETF au comptant</title>");
    CHECK(fr.title == std::optional<std::string>("Bitcoin : la folie des ETF au comptant"));
    const Article hidden = page("<h2 hidden>Fed holds rates steady for a third month</h2><div>By Jane Doe</div>", ko);
    CHECK(hidden.title == std::optional<std::string>("Fed holds rates steady for a third month : 코인뉴스"));
}

namespace {

// A phpBB thread: the first post (author row `first`, then `lead` and the story), one reply by `reply`.
Article thread(const std::string& first, const std::string& lead, const std::string& reply) {
    return clean("<html><head><title>Fed holds rates steady - Forum</title></head><body>"
                 "<h2 class=\"topic-title\">Fed holds rates steady</h2><div class=\"post\"><div class=\"postbody\">"
                 "<p class=\"author\">Post by <strong>" + first + "</strong> » Fri Sep 19, 2025 4:20 am</p>"
                 "<div class=\"content\">" + lead + kStory + "<br><br>" + kStoryEnd + "</div></div></div>"
                 "<div class=\"post\"><div class=\"postbody\"><p class=\"author\">Post by <strong>" + reply +
                 "</strong> » Fri Sep 19, 2025 1:10 pm</p><div class=\"content\">Great find, thanks for posting "
                 "this.</div></div></div></body></html>",
                 "thread.html");
}

}  // namespace

TEST_CASE("phpBB 'Post by X »' rows: the first post is the story's", "[metadata][byline][round3]") {
    using newsclean::extract::parse_byline;
    CHECK(parse_byline("Post by Mark Jensen » Fri Sep 19, 2025 4:20 am")->byline == "Mark Jensen");
    const std::string reply = R"(<a href="/memberlist.php?u=7">Mark Jensen</a>)";
    // A bot posted the story: its "Source:" names the origin; the reply's author is nobody's byline.
    const Article bot = thread(R"(<a href="/u/2">newsbot</a>)", "Source: Reuters<br><br>", reply);
    CHECK(bot.byline == std::optional<std::string>("Reuters"));
    CHECK(day(bot.date) == "2025-09-19");
    // A member posted it: the labelled source in the first post still beats the member's row.
    const Article member = thread(R"(<a href="/u/3">Daniel Ortiz</a>)", "Source: Reuters<br><br>", reply);
    CHECK(member.byline == std::optional<std::string>("Reuters"));
    // Traps: without a source the first post's author is the byline, never the reply's;
    // a bot's post without a source has none.
    CHECK(thread(R"(<a href="/u/3">Daniel Ortiz</a>)", "", reply).byline == std::optional<std::string>("Daniel Ortiz"));
    CHECK_FALSE(thread(R"(<a href="/u/2">newsbot</a>)", "", reply).byline);
}

TEST_CASE("a byline and an author box naming the same person are no thread", "[metadata][byline][round3]") {
    const Article a = page(R"(<h1>Fed holds rates steady</h1><div class="byline">By Jane Doe</div><p>Source: Reuters</p>)"
                           R"(<div class="article-body"><p>)" + std::string(kStory) +
                           R"(</p></div><div class="author-box">By Jane Doe</div>)");
    CHECK(a.byline == std::optional<std::string>("Jane Doe"));
}

TEST_CASE("Korean bylines: a role word after the name and the date labels after it go", "[byline][round3]") {
    using newsclean::extract::parse_byline;
    using newsclean::extract::parse_source_line;
    CHECK(parse_byline("김민수 기자")->byline == "김민수");
    CHECK(parse_byline("김민수 특파원 입력 2025.09.19 04:20")->byline == "김민수");
    CHECK(parse_source_line("출처: 연합뉴스 기사입력 2025.09.19. 오전 4:20") == std::optional<std::string>("연합뉴스"));
    // Trap: the role word alone names nobody.
    CHECK_FALSE(parse_byline("기자"));
    const Article a = page(R"(<h2>Fed holds rates steady</h2><div class="info"><span class="byline_s">김민수 기자</span> <span>입력 2025.09.19 04:20</span></div>)",
                           "<title>Fed holds rates steady for a third month : 코인뉴스</title>");
    CHECK(a.byline == std::optional<std::string>("김민수"));
}

TEST_CASE("a byline-classed 'Source: X' under a long story names its origin", "[metadata][byline][round3]") {
    std::string story;
    for (int i = 0; i < 20; ++i) story += "<p>" + std::string(kStory) + "</p>";
    const auto vn = [&](const std::string& tail) {
        return page("<h1>Fed holds rates steady</h1><span class=\"date\">Thứ sáu, 19/9/2025, 04:20 (GMT+7)</span>"
                    "<div class=\"fck_detail\">" + story + tail + "</div>");
    };
    const Article a = vn(R"(<p class="author_mail"><strong>Nguồn: VnExpress</strong></p>)");
    CHECK(a.byline == std::optional<std::string>("VnExpress"));
    CHECK(a.source == std::optional<std::string>("VnExpress"));
    // Trap: an unclassed chart source deep in the story names no origin.
    CHECK_FALSE(vn("<p>Source: Bloomberg</p>").byline);
}

TEST_CASE("a new 'Label:' after the name ends it, in any language", "[byline][round3]") {
    using newsclean::extract::parse_byline;
    using newsclean::extract::parse_source_line;
    CHECK(parse_source_line("Source: Nimbus Labs Inc. Issued: 19 September 2025") ==
          std::optional<std::string>("Nimbus Labs Inc."));
    CHECK(parse_byline("Por Camila Méndez Fecha: 19/09/2025")->byline == "Camila Méndez");
    CHECK(parse_byline("By Jane Doe Desk: Markets")->byline == "Jane Doe");
    // Traps: a time or a URL holds a colon and no label.
    CHECK(parse_source_line("Source: https://www.example.com/story") == std::optional<std::string>("example.com"));
    CHECK(parse_byline("By Jane Doe at 4:20 pm")->byline == "Jane Doe");
}
