// Metadata of reposted pages in shapes the dev corpus does not have (a study of
// 13 further page shells: Yahoo-style date rows, Reuters datelines, WordPress
// post-date rows, source and author labels): each rule with its trap.
#include <catch2/catch.hpp>

#include "extract/byline.hpp"
#include "metadata_test_support.hpp"
#include "newsclean/newsclean.hpp"

using newsclean::Article;

using namespace newsclean::metatest;

TEST_CASE("an 'Updated' label after a <time> names the next date, not this one", "[metadata][dates]") {
    // Yahoo's caas-attr-time: the published <time>, then the update as plain text.
    const Article yahoo = page(R"(<h1>Fed holds rates steady</h1><div class="caas-attr-time"><time datetime="2025-09-19T08:20:00.000Z">Published Sep 19, 2025 4:20 am EDT</time> · Updated Sep 20, 2025 9:02 am EDT</div>)");
    CHECK(day(yahoo.date) == "2025-09-19");
    // Reuters: an unlabelled <time>, then a relative "Updated 2 hours ago".
    const Article reuters = page(R"(<h1>Fed holds rates steady</h1><p class="date"><time datetime="2025-09-19T16:20:00+08:00">September 19, 2025 4:20 PM GMT+8</time> <span>Updated 2 hours ago</span></p>)");
    CHECK(day(reuters.date) == "2025-09-19");
}

TEST_CASE("an 'Updated' label before a <time> still makes it the update", "[metadata][dates]") {
    const Article a = page(R"(<h1>Fed holds rates steady</h1><p class="dates">Published <time datetime="2025-09-19T04:20:00Z">Sep 19, 2025</time> · Updated <time datetime="2025-09-21T10:00:00Z">Sep 21, 2025</time></p>)");
    CHECK(day(a.date) == "2025-09-19");
    CHECK(day(a.date_modified) == "2025-09-21");
    // The nearest label before the time decides: "Updated ... Published <time>".
    const Article b = page(R"(<h1>Fed holds rates steady</h1><p class="dates">Updated Sep 21, 2025 · Published <time datetime="2025-09-19T04:20:00Z">Sep 19, 2025</time></p>)");
    CHECK(day(b.date) == "2025-09-19");
}

TEST_CASE("a 'Published' label after 'Last updated' in a dateline without <time>", "[metadata][dates]") {
    // WordPress post-dates row: the update first.
    const Article a = page(R"(<h1>Fed holds rates steady</h1><div class="post-dates"><span>Last updated: Sep 21, 2025</span> <span>Published: Sep 19, 2025</span></div>)");
    CHECK(day(a.date) == "2025-09-19");
    CHECK(day(a.date_modified) == "2025-09-21");
    // German, same order.
    const Article de = page(R"(<h1>Fed holds rates steady</h1><p>Aktualisiert: 21.09.2025 | Veröffentlicht: 19.09.2025</p>)");
    CHECK(day(de.date) == "2025-09-19");
    // Trap: the usual order keeps working, and an update alone is no publication date.
    const Article usual = page(R"(<h1>Fed holds rates steady</h1><p>Published: Sep 19, 2025 · Last updated: Sep 21, 2025</p>)");
    CHECK(day(usual.date) == "2025-09-19");
    CHECK(day(usual.date_modified) == "2025-09-21");
    const Article only_update = page(R"(<h1>Fed holds rates steady</h1><p>Last updated: Sep 21, 2025</p>)");
    CHECK(day(only_update.date) != "2025-09-21");
}

TEST_CASE("a source label followed by a date names nobody", "[metadata][byline]") {
    // "Original: <date>" gave the byline "Original" (the label word taken for a name).
    const Article a = page(R"(<h1>Fed holds rates steady</h1><div class="meta"><span>Published 2025-09-20 12:20</span> | <span>Original: 2025-09-19 08:05</span></div>)");
    CHECK_FALSE(a.byline);
    CHECK(day(a.date) == "2025-09-19");
    // Trap: the same label before a name still names the source.
    const Article b = page(R"(<h1>Fed holds rates steady</h1><div class="meta">Source: The Block</div>)");
    CHECK(b.byline.value_or("") == "The Block");
}

TEST_CASE("an agency or site in its own lower-case spelling after a source label", "[metadata][byline]") {
    CHECK(page(R"(<h1>Fed holds rates steady</h1><div class="news-meta"><span>19. September 2025, 04:20 Uhr</span> · <span>Quelle: dpa-AFX</span></div>)")
              .byline.value_or("") == "dpa-AFX");
    CHECK(page(R"(<h1>Fed holds rates steady</h1><p>Source: finanzen.net</p>)").source.value_or("") == "finanzen.net");
    CHECK(page(R"(<h1>Fed holds rates steady</h1><p>Quelle: dpa</p>)").byline.value_or("") == "dpa");
    // Traps: no label, or words that are no brand.
    CHECK_FALSE(page(R"(<h1>Fed holds rates steady</h1><p>Von dpa</p>)").byline);
    CHECK_FALSE(page(R"(<h1>Fed holds rates steady</h1><p>Quelle: eigene Recherche</p>)").byline);
    CHECK_FALSE(page(R"(<h1>Fed holds rates steady</h1><p>Source: unknown</p>)").byline);
}

TEST_CASE("the names after another role's label are not authors", "[metadata][byline]") {
    const Article a = page(R"(<h1>Fed holds rates steady</h1><div class="meta"><span>Written by <a href="/author/lena">Lena Hartmann</a>, Edited by <a href="/author/omar">Omar Haddad</a></span></div>)");
    CHECK(a.byline.value_or("") == "Lena Hartmann");
    CHECK(a.authors == std::vector<std::string>{"Lena Hartmann"});
    // Trap: co-authors separated by commas stay.
    const Article b = page(R"(<h1>Fed holds rates steady</h1><p>By Jane Doe, John Roe and Max Mustermann</p>)");
    CHECK(b.authors.size() == 3);
}

TEST_CASE("a source element under the story names the repost's origin", "[metadata][byline]") {
    // Exchange news page: the attribution closes the story, far below the headline.
    std::string paragraphs;
    for (int i = 0; i < 20; ++i) paragraphs += "<p>Paragraph " + std::to_string(i) + " of the story, long enough to be prose.</p>";
    const Article a = page(R"(<h1>Fed holds rates steady</h1><div class="news-content">)" + paragraphs +
                           R"(<p class="chart-source">Source: TradingView</p>)" + paragraphs +
                           R"(</div><div class="news-source">Source: <a href="https://example.com/x">The Block</a></div>)");
    CHECK(a.byline.value_or("") == "The Block");
    CHECK(a.source.value_or("") == "The Block");
    // Trap: a source element without a source label is no attribution.
    const Article b = page(R"(<h1>Fed holds rates steady</h1><div class="news-content">)" + paragraphs +
                           R"(</div><div class="news-source">The Block</div>)");
    CHECK_FALSE(b.byline);
}

TEST_CASE("an author-labelled line in an author box under the headline", "[metadata][byline]") {
    // "author-box" is a noise class (bios of other writers), but a labelled
    // byline in it under the headline names the author, however long its line.
    const Article a = page(R"(<h1 class="entry-title">Fed holds rates steady</h1><div class="author-box-top"><span>Written by <a href="/author/lena">Lena Hartmann</a> | Reviewed by <a href="/author/omar">Omar Haddad</a></span></div>)");
    CHECK(a.byline.value_or("") == "Lena Hartmann");
    // Trap: an unlabelled name in the box is a bio, not a byline.
    const Article b = page(R"(<h1 class="entry-title">Fed holds rates steady</h1><div class="author-box-top"><span class="author-name">Lena Hartmann is a senior markets reporter at the site</span></div>)");
    CHECK_FALSE(b.byline);
}

TEST_CASE("a relative time with the absolute date in its tooltip", "[metadata][dates]") {
    // A news app's web view: "3 hours ago" with title="2025-09-19 04:20".
    const Article a = page(R"(<h1>Fed holds rates steady</h1><div class="author-row"><div class="author-name">Marcus Feldman</div><div class="author-sub"><span class="pub-time" title="2025-09-19 04:20">3 hours ago</span> · <span class="reads">12.4K reads</span></div></div>)");
    CHECK(day(a.date) == "2025-09-19");
    // Traps: a tooltip that is no date, and a whole card carrying a dated title.
    const Article b = page(R"(<h1>Fed holds rates steady</h1><p><span title="Share this story">3 hours ago</span></p>)");
    CHECK_FALSE(b.date);
    const Article c = page(R"(<h1>Fed holds rates steady</h1><div title="2024-01-02"><p>Older story</p><p>2 days ago</p></div>)");
    CHECK_FALSE(c.date);
}

TEST_CASE("Elementor's widget classes are the story's own blocks", "[metadata][dates]") {
    const Article a = page(R"(<div class="elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1>Fed holds rates steady</h1></div></div><div class="elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul><li><span class="elementor-post-info__item--type-author">By John Smith</span></li><li><span class="elementor-post-info__item--type-date">September 19, 2025</span></li></ul></div></div>)");
    CHECK(day(a.date) == "2025-09-19");
    // Trap: a sidebar widget's dates stay out.
    const Article b = page(R"(<h1>Fed holds rates steady</h1><div class="widget widget_recent_entries"><ul><li>Other story <span>September 12, 2025</span></li></ul></div>)");
    CHECK_FALSE(b.date);
}

TEST_CASE("'Forwarded from X' names the source of a reposted channel post", "[metadata][byline]") {
    // A Telegram channel's post as a text scrape.
    const Article a = scrape("Crypto Signals Daily\n\nForwarded from CoinDesk\n\nFed holds rates steady after two-day meeting");
    CHECK(a.source.value_or("") == "CoinDesk");
}

TEST_CASE("an attribution phrase is no name: the origin after it is", "[metadata][byline]") {
    auto text_byline = [](const std::string& line) {
        return scrape("Fed holds rates steady\n\n" + line).byline.value_or("none");
    };
    // "Originally" and "This article originally appeared on Decrypt" were bylines.
    CHECK(text_byline("Originally published on The Block on Sep 19, 2025") == "The Block");
    CHECK(text_byline("This article originally appeared on Decrypt") == "Decrypt");
    CHECK(text_byline("Originally published at elenavarga.dev on Sep 19, 2025.") == "elenavarga.dev");
    // Trap: an origin that is no name or brand credits no one.
    CHECK(text_byline("Originally published on my blog") == "none");
    CHECK_FALSE(page(R"(<h1>Fed holds rates steady</h1><p>Originally published on my blog</p>)").byline);
}

TEST_CASE("a month or weekday word ending a name is part of it", "[byline]") {
    using newsclean::extract::parse_byline;
    auto name = [](std::string_view text) {
        const auto b = parse_byline(text);
        return b ? b->byline : std::string("none");
    };
    CHECK(name("By Theresa May") == "Theresa May");
    CHECK(name("By Brian March") == "Brian March");
    CHECK(name("Source: The Sun") == "The Sun");
    // Traps: a date cut off, a connector or a full weekday left dangling.
    CHECK(name("By Jane Doe, Sep 19, 2025") == "Jane Doe");
    CHECK(name("By Jane Doe on Tuesday") == "Jane Doe");
    CHECK(name("Posted by Jane Doe on") == "Jane Doe");
    CHECK(name("By Jane Doe, Monday") == "Jane Doe");
}

TEST_CASE("a genre noun before the byline label: 'Article By X'", "[byline]") {
    using newsclean::extract::parse_byline;
    const auto a = parse_byline("Article By Maya Lindqvist");
    REQUIRE(a);
    CHECK(a->byline == "Maya Lindqvist");
    REQUIRE(parse_byline("Kommentar von Anna Schmidt"));
    CHECK(parse_byline("Kommentar von Anna Schmidt")->byline == "Anna Schmidt");
    // Trap: the noun opening a sentence without a name.
    CHECK_FALSE(parse_byline("Report by the committee was published"));
}

TEST_CASE("Chinese and Japanese source labels with the full-width colon", "[byline]") {
    using newsclean::extract::parse_byline;
    using newsclean::extract::parse_source_line;
    CHECK(parse_source_line("出典：CoinPost").value_or("") == "CoinPost");
    CHECK(parse_source_line("来源：新华社").value_or("") == "新华社");
    const auto b = parse_byline("作者：王磊 | 来源：金色财经 | 2025年9月19日 04:20");
    REQUIRE(b);
    CHECK(b->byline == "王磊");
}

TEST_CASE("a provider or author row beside its logo: the name, then a date", "[metadata][byline]") {
    const Article a = page(R"(<article><h1>Fed holds rates steady</h1><div class="news-meta"><img src="/l.png" alt="CNN Money"><span class="news-src">CNN Money</span> <span>·</span> <span>19 Sep 2025</span></div></article>)");
    CHECK(a.byline.value_or("") == "CNN Money");
    CHECK(day(a.date) == "2025-09-19");
    // Trap: after the separator comes no date, so the line is no name row.
    const Article b = page(R"(<article><h1>Fed holds rates steady</h1><div class="card"><img src="/t.png" alt=""><span>Markets</span> <span>·</span> <span>Economy and policy</span></div></article>)");
    CHECK_FALSE(b.byline);
}

TEST_CASE("text scrape: 'Article By X · Published <date>' is the byline line", "[metadata][byline]") {
    const Article a = scrape(
        "Zuckerberg offers peek at Facebook's acquisition strategies\n"
        "Article By Maya Lindqvist · Published 09/19/2025, 04:20 AM");
    CHECK(a.title.value_or("") == "Zuckerberg offers peek at Facebook's acquisition strategies");
    CHECK(a.byline.value_or("") == "Maya Lindqvist");
    CHECK(day(a.date) == "2025-09-19");
}

TEST_CASE("a CMS or bot account is no byline, the origin a feed footer names is", "[metadata][byline]") {
    // An RSS autoblog: "by admin" (an author link), JSON-LD author "CDH Newsbot",
    // and Yoast's feed footer naming the story's origin.
    const std::string footer = R"(<p>The post <a href="https://x.example/a">Fed holds rates steady after a two-day meeting of the committee</a> appeared first on <a href="https://newsbtc.com">NewsBTC</a>.</p>)";
    const Article a = page(R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Fed holds rates steady","author":{"@type":"Person","name":"CDH Newsbot"}}</script><h1>Fed holds rates steady</h1><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span>)" + footer);
    CHECK(a.byline.value_or("") == "NewsBTC");
    CHECK(a.source.value_or("") == "NewsBTC");
    // Traps: a person's name stays; "Bot" inside a word is no account.
    CHECK(page(R"(<h1>Fed holds rates steady</h1><p>By Jane Botham</p>)").byline.value_or("") == "Jane Botham");
    CHECK(newsclean::extract::is_account_name("CDH Newsbot"));
    CHECK_FALSE(newsclean::extract::is_account_name("Abbot Kinney"));
}

TEST_CASE("a page naming only its story's origin: the origin is the byline", "[metadata][byline]") {
    const Article a = page(R"(<h1>Fed holds rates steady</h1><p>Forwarded from <a href="https://t.me/coindesk">CoinDesk</a></p>)");
    CHECK(a.byline.value_or("") == "CoinDesk");
    CHECK(a.source.value_or("") == "CoinDesk");
    // Trap: an author shown stays the byline, the origin the source.
    const Article b = page(R"(<h1>Fed holds rates steady</h1><p>By Jane Doe</p><p>Originally published on The Block on Sep 19, 2025.</p>)");
    CHECK(b.byline.value_or("") == "Jane Doe");
    CHECK(b.source.value_or("") == "The Block");
}

TEST_CASE("a long meta row whose labelled part is short holds the byline", "[metadata][byline]") {
    const Article a = page(R"(<h1>The birth lottery and economic mobility</h1><div class="article-meta"><span>Article By <a href="/members/2">Ravi Deshmukh</a></span> · <span>Published 09/08/2025, 04:20 AM</span> · <span>Updated 09/09/2025, 11:05 AM</span></div>)");
    CHECK(a.byline.value_or("") == "Ravi Deshmukh");
    // WordPress "Posted by X under <categories>": the categories are no names.
    const Article b = page(R"(<h1>Antipoden</h1><p>Posted by Nesselsetzer under Just For Fun , Rebloggt | Schlagwörter: Antipoden , Hirngespinst</p>)");
    CHECK(b.byline.value_or("") == "Nesselsetzer");
    // A press release's "Released:" label ends the name.
    CHECK(page(R"(<h1>Fed holds rates steady</h1><p>Source: Nimbus Labs Released: Sep 19, 2025</p>)").byline.value_or("") == "Nimbus Labs");
    // Trap: a long sentence opening with "By" is prose.
    const Article c = page(R"(<h1>Fed holds rates steady</h1><p>By the time the committee met on Tuesday, most members had already made up their minds about it.</p>)");
    CHECK_FALSE(c.byline);
}

TEST_CASE("a JSON-LD Organization author loses to the post's author row", "[metadata][byline]") {
    const std::string ld = R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting","headline":"Fed holds rates steady","author":{"@type":"Organization","name":"CoinHub Square"}}</script>)";
    const Article a = page(ld + R"(<h1>Fed holds rates steady</h1><div class="author-card"><a class="author-name" href="/profile/odaily">Odaily Planet Daily</a> <span>@odaily</span></div>)");
    CHECK(a.byline.value_or("") == "Odaily Planet Daily");
    // Trap: a Person in JSON-LD still beats an unlabelled byline element that disagrees.
    const std::string person = R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fed holds rates steady","author":{"@type":"Person","name":"Jane Doe"}}</script>)";
    const Article b = page(person + R"(<h1>Fed holds rates steady</h1><div class="author-card"><a class="author-name" href="/profile/odaily">Odaily Planet Daily</a></div>)");
    CHECK(b.byline.value_or("") == "Jane Doe");
}

TEST_CASE("Turkish, Vietnamese, Korean and Arabic source labels", "[byline]") {
    using newsclean::extract::parse_source_line;
    CHECK(parse_source_line("Kaynak: Anadolu Ajansı").value_or("") == "Anadolu Ajansı");
    CHECK(parse_source_line("Nguồn: VnExpress").value_or("") == "VnExpress");
    CHECK(parse_source_line("\xEC\xB6\x9C\xEC\xB2\x98: Yonhap").value_or("") == "Yonhap");  // 출처
    // Trap: the word inside a sentence is no label.
    CHECK_FALSE(parse_source_line("Kaynak sularının seviyesi düştü"));
}

TEST_CASE("Turkish month names in a dateline", "[metadata][dates]") {
    const Article a = page(R"(<h1>Fed holds rates steady</h1><p class="meta">19 Eylül 2025 04:20 · Kaynak: Anadolu Ajansı</p>)");
    CHECK(day(a.date) == "2025-09-19");
    CHECK(a.byline.value_or("") == "Anadolu Ajansı");
    // Trap: a first name that is a Turkish month stays a name.
    CHECK(page(R"(<h1>Fed holds rates steady</h1><p>By Mart Laar</p>)").byline.value_or("") == "Mart Laar");
}

// Round 4 of the shell study (study-g): feed readers, reader-view copies,
// Creative Commons republications, exchange blogs reposting Medium posts.

TEST_CASE("a date in a non-ISO tooltip of a short age is the page's date", "[metadata][repost]") {
    // Feedly: the age "3d" carries the publication date in its title attribute.
    const Article a = page(R"(<h1>Fed holds rates steady</h1><div class="meta"><span class="author">by Ana Ruiz</span> /
        <span class="age" title="Published: Fri, 19 Sep 2025 04:20:00 GMT">3d</span></div>)");
    CHECK(day(a.date) == "2025-09-19");
    // Trap: a link titled with a date names another article's day, not this one's.
    const Article b = page(R"(<h1>Fed holds rates steady</h1><p><a href="/prev" title="Sep 12, 2025">Previous</a></p>)");
    CHECK(day(b.date) == "none");
    // Trap: a long element with a dated title is a card, not an age.
    const Article c = page(R"(<h1>Fed holds rates steady</h1><div title="Fri, 12 Sep 2025">Rate decision
        previews from our markets desk this week</div>)");
    CHECK(day(c.date) == "none");
}

TEST_CASE("Firefox Reader View's credits line is the byline", "[metadata][repost]") {
    const Article a = page(R"(<div class="header reader-header"><h1 class="reader-title">Fed holds rates steady</h1>
        <div class="credits reader-credits">Rosa Klein</div><div class="reader-estimated-time">6–8 minutes</div></div>)");
    CHECK(a.byline.value_or("none") == "Rosa Klein");
}

TEST_CASE("a person credited by an attribution's by is named without the venue", "[metadata][repost]") {
    // "Originally posted by Hanna Berg on Medium." closing an exchange blog's copy.
    const Article a = page(R"(<h1>Fed holds rates steady</h1><p><em>Originally posted by Hanna Berg on
        <a href="https://medium.com/@hannaberg">Medium</a>.</em></p>)");
    CHECK(a.byline.value_or("none") == "Hanna Berg");
    CHECK(a.source.value_or("none") == "Hanna Berg");
    // A byline's place after "By" is no part of the name.
    const Article b = page(R"(<h1>Fed holds rates steady</h1><p class="byline">By Jane Doe in Berlin</p>)");
    CHECK(b.byline.value_or("none") == "Jane Doe");
    // Trap: "en" joins Dutch co-authors; it is no venue.
    const Article c = page(R"(<h1>Fed holds rates steady</h1><p class="byline">Door Jan Smit en Piet de Vries</p>)");
    CHECK(c.authors.size() == 2);
}

TEST_CASE("The Conversation's republication notice names the origin and leaves the body", "[metadata][repost]") {
    const Article a = page(R"(<article><h1>Fed holds rates steady</h1><div>By Maria Chen · 2025-09-19</div>
        <div class="content"><p>Officials signalled that two further cuts remain possible before the end of the year,
        although several members argued for a more cautious path.</p><p>This article is republished from <a
        href="https://theconversation.com">The Conversation</a> under a Creative Commons license. Read the <a
        href="https://theconversation.com/x-1">original article</a>.</p></div></article>)");
    CHECK(a.source.value_or("none") == "The Conversation");
    CHECK(a.byline.value_or("none") == "Maria Chen");
    CHECK(a.body().find("republished from") == std::string::npos);
}

TEST_CASE("a named origin beats the host's own team credit", "[metadata][repost]") {
    // An exchange blog's editorial row over a Medium post's attribution (study-g exblog shell).
    const Article a = page(R"(<h1>Fed holds rates steady</h1><div class="author-row"><span class="name">By KrakenX
        Editorial Team</span> · Sep 22, 2025</div><p><em>Originally posted by Hanna Berg on Medium.</em></p>)");
    CHECK(a.byline.value_or("none") == "Hanna Berg");
    const Article b = page(R"(<h1>Fed holds rates steady</h1><p class="byline">By News Desk</p><p>Source: Reuters</p>)");
    CHECK(b.byline.value_or("none") == "Reuters");
    // Trap: a person's byline stays beside the origin's name (the original's reporter).
    const Article c = page(R"(<h1>Fed holds rates steady</h1><p class="byline">By Jane Doe</p><p>Source: Reuters</p>)");
    CHECK(c.byline.value_or("none") == "Jane Doe");
    CHECK(c.source.value_or("none") == "Reuters");
}
