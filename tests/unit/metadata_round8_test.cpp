// Metadata of the eighth round of unseen page shells (study-k): the aggregator's own name never beats the
// outlet the page shows (B2 NewsBreak publisher row, B3 moomoo desk row), a provider beside a reporter
// (B4 Morningstar, TradingView), a Blogger post under the blog's name (B1). Each positive case has its trap
// beside it: the nearest legitimate page that must keep its old reading.
#include <catch2/catch.hpp>

#include <string>

#include "extract/byline.hpp"
#include "metadata_test_support.hpp"

namespace {

using namespace newsclean::metatest;
using newsclean::Article;

// NewsBreak's publisher row: logo, publisher name, Follow button, date.
constexpr const char* kPublisherRow =
    R"(<h1>Fed holds rates steady</h1><div class="publisher-row"><img alt="The Guardian logo" src="logo.png"> )"
    R"(<a class="publisher-name" href="/p/guardian">The Guardian</a> <button class="follow">Follow</button> )"
    R"(<time datetime="2025-09-19T04:20:00Z">Sep 19, 2025</time></div>)";


}  // namespace

TEST_CASE("round 8 B2: a publisher row names the outlet over the aggregator's JSON-LD Organization", "[metadata][byline][round-8]") {
    const std::string title = "<title>Fed holds rates steady | NewsBreak</title>";
    CHECK(or_none(whole_page(title + ld_author("Organization", "NewsBreak"), kPublisherRow).byline) == "The Guardian");
    // No JSON-LD at all: the row alone names the outlet.
    CHECK(or_none(whole_page("<title>Fed holds rates steady</title>", kPublisherRow).byline) == "The Guardian");
}

TEST_CASE("round 8 B2: a JSON-LD Organization the <title> names as its site is the host", "[metadata][byline][round-8]") {
    // "… | NewsBreak" over author Organization NewsBreak, no outlet shown: no byline (never the aggregator).
    const std::string header = "<h1>Fed holds rates steady</h1>";
    CHECK_FALSE(whole_page("<title>Fed holds rates steady | NewsBreak</title>" + ld_author("Organization", "NewsBreak"), header)
                    .byline.has_value());
    // Trap: a Person the <title> names (a personal blog's "Post | Jane Doe") is the author.
    CHECK(or_none(whole_page("<title>Fed holds rates steady | Jane Doe</title>" + ld_author("Person", "Jane Doe"), header)
                      .byline) == "Jane Doe");
    // Trap: an Organization the <title> does not name (a wire credited by the host) stays the byline.
    CHECK(or_none(whole_page("<title>Fed holds rates steady | NewsBreak</title>" + ld_author("Organization", "Reuters"), header)
                      .byline) == "Reuters");
}

TEST_CASE("round 8 B3: the host's desk in the header row yields to the source line closing the story", "[metadata][byline][round-8]") {
    const std::string head = R"(<title>Fed holds rates steady - moomoo</title><meta property="og:site_name" content="moomoo">)";
    const std::string desk = R"(<h1>Fed holds rates steady</h1><div class="news-source"><span class="source-name">Moomoo News</span> · )"
                             R"(<span class="time">09/19/2025 04:20 ET</span></div>)";
    const std::string source = R"(<p class="origin">Source: Reuters</p>)";
    const Article a = whole_page(head, desk, source);
    CHECK(or_none(a.byline) == "Reuters");
    CHECK(or_none(a.source) == "Reuters");
    // Trap: without a source line the desk stays (a site's own story: "By Reuters" on reuters.com).
    CHECK(or_none(whole_page(head, desk).byline) == "Moomoo News");
    // Trap: a person's byline is no desk, whatever source line follows.
    const std::string person = R"(<h1>Fed holds rates steady</h1><div class="byline">By Jane Doe</div>)";
    CHECK(or_none(whole_page(head, person, source).byline) == "Jane Doe");
}

TEST_CASE("round 8 B4: \"Provided by\" labels a source, which the reporter's \"By\" line beats", "[metadata][byline][round-8]") {
    using newsclean::extract::BylineLabel;
    using newsclean::extract::byline_label;
    CHECK(byline_label("Provided by Dow Jones") == BylineLabel::source);
    CHECK(byline_label("By Joy Wiltermuth") == BylineLabel::author);
    CHECK(newsclean::extract::parse_source_line("Provided by Dow Jones") == std::optional<std::string>("Dow Jones"));
    // morningstar shell: the provider row, then "By <reporter>" opening the story.
    const std::string row = R"(<h1>Fed holds rates steady</h1><div class="mdc-news-header__meta"><span class="mdc-provider">)"
                            R"(Provided by Dow Jones</span> <time datetime="2025-09-19T08:20:00Z">Sep 19, 2025 4:20 AM</time></div>)";
    const Article a = whole_page("<title>Fed holds rates steady</title>", row + "<p>By Joy Wiltermuth</p>");
    CHECK(or_none(a.byline) == "Joy Wiltermuth");
    CHECK(or_none(a.source) == "Dow Jones");
    // Trap: the provider alone is the byline (MT Newswires copy names no reporter).
    const std::string mt = R"(<h1>Fed holds rates steady</h1><div class="meta"><span class="mdc-provider">Provided by MT Newswires</span> )"
                           R"(<time datetime="2025-09-19T08:20:00Z">Sep 19, 2025 4:20 AM</time></div>)";
    CHECK(or_none(whole_page("<title>Fed holds rates steady</title>", mt).byline) == "MT Newswires");
}

TEST_CASE("round 8 B4: a reporter beside the provider on one row is the byline", "[metadata][byline][round-8]") {
    // tradingview shell: provider logo + name, then span.author, then the date, all on one row.
    const std::string row = R"(<h1>Fed holds rates steady</h1><div class="provider-row"><span class="provider"><img alt="Cointelegraph" )"
                            R"(src="logo.png"> <span class="provider-name">Cointelegraph</span></span> <span class="author">Helen )"
                            R"(Partz</span> <time datetime="2025-09-19T04:20:00Z">Sep 19, 2025, 04:20 GMT+0</time></div>)";
    const Article a = whole_page("<title>Fed holds rates steady</title>", row);
    CHECK(or_none(a.byline) == "Helen Partz");
    CHECK(or_none(a.source) == "Cointelegraph");
    // Trap: a handle after the author's name on its row is no byline (study-j cnbc shell).
    const std::string handle = R"(<h1>Fed holds rates steady</h1><div class="Author-authorNameAndSocial"><a class="Author-authorName" )"
                               R"(href="/jeff-cox/">Jeff Cox</a> <a class="Author-authorTwitter" href="#">@JeffCoxCNBCcom</a></div>)";
    CHECK(or_none(whole_page("<title>Fed holds rates steady</title>", handle).byline) == "Jeff Cox");
}

TEST_CASE("round 8 B1: a Blogger post's title heading beats the blog's name in the h1", "[metadata][title][round-8]") {
    const std::string blog =
        R"(<div class="header"><h1 class="title"><a href="/">Actu Monde Express</a></h1><p class="description">The world news, )"
        R"(every day</p></div><h2 class="date-header"><span>Friday, September 19, 2025</span></h2><div class="post hentry">)"
        R"(<h3 class="post-title entry-title">Fed holds rates steady</h3>)";
    const Article a = clean("<!DOCTYPE html><html><head><title>Actu Monde Express: Fed holds rates steady</title></head><body>" + blog +
                                "<div class=\"post-body entry-content\"><p>" + kStory + "</p><p>" + kStoryEnd +
                                "</p></div></div></body></html>",
                            "blog.html");
    CHECK(or_none(a.title) == "Fed holds rates steady");
    // WordPress "Site | Post" with h1.site-title and h2.entry-title.
    const Article wp = clean("<!DOCTYPE html><html><head><title>Gardening Notes | Fed holds rates steady</title></head><body>"
                             "<header><h1 class=\"site-title\">Gardening Notes</h1></header><article><h2 class=\"entry-title\">"
                             "Fed holds rates steady</h2><p>" +
                                 std::string(kStory) + "</p><p>" + kStoryEnd + "</p></article></body></html>",
                             "wp.html");
    CHECK(or_none(wp.title) == "Fed holds rates steady");
}

TEST_CASE("round 8 B1: a later heading naming the site's tail is no post title", "[metadata][title][round-8]") {
    // trafilatura maescot.de: <title> "Post – Site – Webcomic", h1 the post, a later h2 the site's name (no post-title class).
    const Article a = clean("<!DOCTYPE html><html><head><title>Kleine Schafskunde – Mäscot das Schaf – Webcomic</title></head><body>"
                            "<article><h1>Kleine Schafskunde</h1><p>" +
                                std::string(kStory) + "</p><p>" + kStoryEnd +
                                "</p></article><div><h2>Mäscot das Schaf – Webcomic</h2></div></body></html>",
                            "comic.html");
    CHECK(or_none(a.title) == "Kleine Schafskunde");
}

TEST_CASE("round 8: a CamelCase account glued to a team word is a team credit", "[byline][round-8]") {
    using newsclean::extract::is_team_credit;
    CHECK(is_team_credit("NewsDesk"));  // blogger shell: "Posted by NewsDesk"
    CHECK(is_team_credit("WebTeam"));
    CHECK(is_team_credit("EditorialStaff"));
    // Trap: a brand glued to a team word is the brand (the best-known crypto outlet).
    CHECK_FALSE(is_team_credit("CoinDesk"));
    // Traps: people and brands whose word only contains the letters of a team word.
    CHECK_FALSE(is_team_credit("Jane Deskins"));
    CHECK_FALSE(is_team_credit("Mona Eastaff"));
    CHECK_FALSE(is_team_credit("Ava Mistaff"));  // the team word's letters in lower case: no CamelCase join
    CHECK_FALSE(is_team_credit("Cointelegraph"));
}

TEST_CASE("round 8: a blog's account gives way to the source line closing the post", "[metadata][byline][round-8]") {
    const auto blog = [](const std::string& account, const std::string& last) {
        return clean("<!DOCTYPE html><html><head><title>Actu Monde Express: Fed holds rates steady</title></head><body>"
                     R"(<h1 class="title">Actu Monde Express</h1><div class="post hentry"><h3 class="post-title entry-title">)"
                     R"(Fed holds rates steady</h3><div class="post-body entry-content"><p>)" +
                         std::string(kStory) + "</p><p>" + kStoryEnd + "</p><p>" + last +
                         R"(</p></div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">)" +
                         account + "</span></span></div></div></body></html>",
                     "blog.html");
    };
    const Article a = blog("NewsDesk", "Source : Le Monde");
    CHECK(or_none(a.byline) == "Le Monde");
    CHECK(or_none(a.source) == "Le Monde");
    // Trap: a person posting the story stays its author.
    CHECK(or_none(blog("Jane Doe", "Source : Le Monde").byline) == "Jane Doe");
    // Trap: a team account without a source line stays.
    CHECK(or_none(blog("NewsDesk", "Markets will watch the next meeting closely.").byline) == "NewsDesk");
}

TEST_CASE("round 8 B7: \"Updated by\" names another role", "[byline][round-8]") {
    using newsclean::extract::names_other_role;
    CHECK(names_other_role("Kamina Bashir · Updated by Harsh Notariya", "Harsh Notariya"));
    CHECK(names_other_role("Last updated by Harsh Notariya", "Harsh Notariya"));
    CHECK_FALSE(names_other_role("By Kamina Bashir · Updated Sep 20, 2025", "Kamina Bashir"));
    CHECK(or_none(newsclean::extract::parse_byline("Kamina Bashir · Updated by Harsh Notariya")
                      ? std::optional<std::string>(newsclean::extract::parse_byline("Kamina Bashir · Updated by Harsh Notariya")->byline)
                      : std::nullopt) == "Kamina Bashir");
}

TEST_CASE("round 8 B2: the name before the <time> closing a logo row is the byline", "[metadata][byline][round-8]") {
    const auto row = [](const std::string& inner) {
        return whole_page("<title>Fed holds rates steady</title>",
                          R"(<h1>Fed holds rates steady</h1><div class="row"><img alt="logo" src="logo.png"> )" + inner +
                              R"( <time datetime="2025-09-19T04:20:00Z">Sep 19, 2025</time></div>)");
    };
    // No class says "publisher": the logo, the name, a Follow button and the <time> do.
    CHECK(or_none(row(R"(<a href="/p/guardian">The Guardian</a> <button>Follow</button>)").byline) == "The Guardian");
    // Traps: a date label or a caption-long text before the time names no one.
    CHECK_FALSE(row("<span>Updated</span>").byline.has_value());
    CHECK_FALSE(row("<span>Photo of the harbour at dawn after the storm</span>").byline.has_value());
}

TEST_CASE("round 8: the host claiming authorship makes the shown byline the source only when it names an outlet",
          "[metadata][source][round-8]") {
    // study-i benzinga-008, antara-016: the host's JSON-LD Organization over "By <reporter>": the reporter is
    // the byline and no publisher is named.
    const std::string head = "<title>Fed holds rates steady | Benzinga</title>" + ld_author("Organization", "Benzinga");
    const Article person = whole_page(head, "<h1>Fed holds rates steady</h1><p class=\"byline\">By Chris Katje</p>");
    CHECK(or_none(person.byline) == "Chris Katje");
    CHECK_FALSE(person.source.has_value());
    // The repost case: the aggregator's own JSON-LD over the outlet it reposts.
    const Article outlet = whole_page(head, "<h1>Fed holds rates steady</h1><p class=\"byline\">By Cryptoverse Daily</p>");
    CHECK(or_none(outlet.byline) == "Cryptoverse Daily");
    CHECK(or_none(outlet.source) == "Cryptoverse Daily");
    using newsclean::extract::names_outlet;
    CHECK(names_outlet({"Reuters", {"Reuters"}}));
    CHECK(names_outlet({"The Node Report", {"The Node Report"}}));
    CHECK(names_outlet({"Associated Press", {"Associated Press"}}));
    CHECK_FALSE(names_outlet({"Chris Katje", {"Chris Katje"}}));
    CHECK_FALSE(names_outlet({"Анна Смирнова", {"Анна Смирнова"}}));
    CHECK_FALSE(names_outlet({"Jane Doe, John Roe", {"Jane Doe", "John Roe"}}));
}
