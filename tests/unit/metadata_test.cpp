// Metadata extraction on handwritten pages: every source (JSON-LD, OpenGraph,
// meta, microdata, <time>, rel=author, visible byline/dateline) and the traps
// of issue #3, plus the samples/*.html with their samples/truth/*.json.
#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "extract/metadata.hpp"
#include "lexicon/metadata_words.hpp"
#include "newsclean/newsclean.hpp"
#include "write/json.hpp"

using newsclean::Article;

namespace {

// A page with `head` in <head> and `body` before a long enough paragraph.
Article page(const std::string& head, const std::string& body, std::optional<std::string> url = {}) {
    const std::string html = "<!DOCTYPE html><html><head>" + head + "</head><body>" + body +
                             "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                             "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.</p></body></html>";
    newsclean::Options o;
    o.extract.url = std::move(url);
    auto r = newsclean::clean_bytes(html, "test.html", o);
    REQUIRE(std::holds_alternative<Article>(r));
    return std::get<Article>(std::move(r));
}

std::string or_none(const std::optional<std::string>& s) { return s.value_or("none"); }

}  // namespace

TEST_CASE("JSON-LD: @graph, author arrays, @id references, isBasedOn", "[metadata]") {
    const Article a = page(
        R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"#site","name":"Host News"},
          {"@type":"NewsArticle","headline":"Markets rally","datePublished":"2025-09-19T04:20:00+08:00",
           "dateModified":"2025-09-20T09:00:00+08:00",
           "author":[{"@type":"Person","name":"Jane Doe"},{"@id":"#p2"}],
           "publisher":{"@id":"#org"},"isBasedOn":{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Wire Service"}},
           "keywords":["Markets","Stocks"]},
          {"@type":"Person","@id":"#p2","name":"John Roe"},
          {"@type":"Organization","@id":"#org","name":"Host News"}]}</script>)",
        "<h1>Markets rally</h1>");
    CHECK(or_none(a.title) == "Markets rally");
    CHECK(a.authors == std::vector<std::string>{"Jane Doe", "John Roe"});
    CHECK(or_none(a.date) == "2025-09-19T04:20:00+08:00");
    CHECK(or_none(a.date_modified) == "2025-09-20T09:00:00+08:00");
    CHECK(or_none(a.site_name) == "Host News");
    CHECK(or_none(a.source) == "Wire Service");
    CHECK(a.tags == std::vector<std::string>{"Markets", "Stocks"});
}

TEST_CASE("JSON-LD: the fields around a long articleBody with quotes and escapes are read", "[metadata]") {
    // articleBody is emptied before parsing (metadata never reads it).
    const Article a = page(R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens",
        "articleBody" : "He said \"articleBody\": \"no\" \\ and left.\nSecond paragraph \u00e9t\u00e9.",
        "author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2024-03-04",
        "articleBody":"A second copy."}</script>)", "");
    CHECK(or_none(a.byline) == "Ann Lee");
    CHECK(or_none(a.date) == "2024-03-04");
    CHECK(or_none(a.title) == "Port reopens");
    // A script cut off inside its articleBody does not stop the next one being read.
    const Article b = page(R"x(<script type="application/ld+json">{"@type":"WebPage","articleBody":"cut off</script>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens","author":{"name":"Ann Lee"}}</script>)x", "");
    CHECK(or_none(b.title) == "Port reopens");
    CHECK(or_none(b.byline) == "Ann Lee");
}

TEST_CASE("JSON-LD: broken JSON is repaired (trailing commas, raw newlines, entities)", "[metadata]") {
    const Article a = page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Caf&eacute; &amp; bar\",\n"
                           "\"author\":{\"name\":\"Ann\nLee\"},\"datePublished\":\"2024-01-02\",}</script>",
                           "");
    CHECK(or_none(a.byline) == "Ann Lee");
    CHECK(or_none(a.date) == "2024-01-02");
}

TEST_CASE("OpenGraph, article:*, meta, Twitter, canonical and image", "[metadata]") {
    const Article a = page(R"(<title>Ignored title - Example</title>
        <meta property="og:title" content="Rates on hold">
        <meta property="og:site_name" content="Example Times">
        <meta property="og:image" content="/img/a.jpg">
        <meta property="og:locale" content="fr_FR">
        <meta property="article:published_time" content="2025-03-04T10:00:00Z">
        <meta property="article:modified_time" content="2025-03-05T10:00:00Z">
        <meta property="article:tag" content="Banks"><meta property="article:tag" content="Rates">
        <meta name="keywords" content="Rates, Economy">
        <meta name="twitter:description" content="Tweet text">
        <meta name="author" content="Marie Curie">
        <link rel="canonical" href="/news/rates">)",
                           "<div><p>Texte</p></div>", "https://example.com/x/y");
    CHECK(or_none(a.title) == "Rates on hold");
    CHECK(or_none(a.site_name) == "Example Times");
    CHECK(or_none(a.image) == "https://example.com/img/a.jpg");
    CHECK(or_none(a.canonical_url) == "https://example.com/news/rates");
    CHECK(or_none(a.lang) == "fr-FR");
    CHECK(or_none(a.date) == "2025-03-04T10:00:00Z");
    CHECK(or_none(a.date_modified) == "2025-03-05T10:00:00Z");
    CHECK(or_none(a.byline) == "Marie Curie");
    CHECK(or_none(a.description) == "Tweet text");
    CHECK(a.tags == std::vector<std::string>{"Banks", "Rates", "Economy"});
}

TEST_CASE("parsely, sailthru, byl and dc.* meta", "[metadata]") {
    CHECK(or_none(page(R"(<meta name="parsely-author" content="Ann Lee"><meta name="parsely-pub-date" content="2024-05-06T07:08:09Z">)", "").date) ==
          "2024-05-06T07:08:09Z");
    CHECK(or_none(page(R"(<meta name="byl" content="By JANE DOE and JOHN ROE">)", "").byline) == "JANE DOE and JOHN ROE");
    CHECK(or_none(page(R"(<meta name="sailthru.date" content="Fri, 19 Sep 2025 04:20:00 +0000">)", "").date) ==
          "2025-09-19T04:20:00Z");
    CHECK(or_none(page(R"(<meta name="dc.date" content="19.09.2025"><meta name="dc.creator" content="Anna Schmidt">)", "").byline) ==
          "Anna Schmidt");
}

TEST_CASE("microdata, <time datetime> and rel=author near the headline", "[metadata]") {
    const Article a = page("", R"(<article><h1>Storm hits coast</h1>
        <p class="meta"><a rel="author" href="/staff/ann">Ann Lee</a>
        <time datetime="2025-01-02T03:04:05-05:00">Jan 2</time></p>
        <span itemprop="dateModified" content="2025-01-03"></span></article>)");
    CHECK(or_none(a.title) == "Storm hits coast");
    CHECK(or_none(a.byline) == "Ann Lee");
    CHECK(or_none(a.date) == "2025-01-02T03:04:05-05:00");
    CHECK(or_none(a.date_modified) == "2025-01-03");
}

TEST_CASE("site suffixes and prefixes leave the title, real colons and dashes stay", "[metadata]") {
    using newsclean::extract::strip_site_name;
    const std::vector<std::string> sites{"MEXC News", "mexc"};
    CHECK(strip_site_name("DeepSeek R1 cost: what we know | MEXC News", sites) == "DeepSeek R1 cost: what we know");
    CHECK(strip_site_name("MEXC - Bitcoin falls - again", sites) == "Bitcoin falls - again");
    CHECK(strip_site_name("Bitcoin falls - again", sites) == "Bitcoin falls - again");
    CHECK(strip_site_name("Fed decision: rates stay on hold for now", sites) == "Fed decision: rates stay on hold for now");
    CHECK(strip_site_name("How to build a terrarium | eHow", {}) == "How to build a terrarium");
    const Article a = page("<title>Rates on hold | Example Times</title><meta property=\"og:site_name\" content=\"Example Times\">", "");
    CHECK(or_none(a.title) == "Rates on hold");
}

TEST_CASE("the h1 that agrees with the metadata title wins, not a logo h1", "[metadata]") {
    const Article a = page("<meta property=\"og:title\" content=\"Evolve: Shared Mutable History | Mercurial\">",
                           "<h1>Mercurial</h1><h1>Evolve: Shared Mutable History</h1>");
    CHECK(or_none(a.title) == "Evolve: Shared Mutable History");
}

TEST_CASE("byline traps: Follow, Email, dates, sidebar and comment names", "[metadata]") {
    const Article a = page("", R"(<article><h1>Storm hits coast</h1>
        <div class="byline">By <a href="/author/ann">Ann Lee</a> Follow | Email the author | Updated Jan 3, 2025</div>
        <p>Text of the story that is long enough to be a paragraph of the article body here.</p></article>
        <aside><div class="author">Sidebar Person</div></aside>
        <div class="comments"><div class="author">Commenter Name</div><time datetime="2025-02-01">Feb 1</time></div>)");
    CHECK(or_none(a.byline) == "Ann Lee");
    CHECK(or_none(a.date) == "none");  // only the "Updated" date and a comment's date: neither is the publication date
    CHECK(or_none(a.date_modified) == "2025-01-03");
}

TEST_CASE("aggregator metadata loses to the visible byline", "[metadata]") {
    const Article a = page(R"(<meta property="og:site_name" content="Kestrex">
        <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Kestrex"}}</script>)",
                           "<h1>Miners pivot</h1><div>By: <a href=\"/news/source/herald\">The Hashrate Herald</a></div>");
    CHECK(or_none(a.byline) == "The Hashrate Herald");
    CHECK(or_none(a.source) == "The Hashrate Herald");
    CHECK(or_none(a.site_name) == "Kestrex");
    const Article none = page(R"(<meta property="og:site_name" content="Kestrex"><meta name="author" content="Kestrex">)",
                              "<h1>Miners pivot</h1>");
    CHECK(or_none(none.byline) == "none");
}

TEST_CASE("repost with two dates: the original date wins, copyright years never", "[metadata]") {
    const Article a = page(R"(<meta property="article:published_time" content="2025-09-21T08:00:00+02:00">)",
                           R"(<h1>Banken starten Krypto-Handel</h1><div>Quelle: Wirtschaftsbote Nord</div>
                              <div>Original: 19.09.2025 04:20</div><footer>© 2024 Kursblick</footer>)");
    CHECK(or_none(a.date).substr(0, 10) == "2025-09-19");
    CHECK(or_none(a.source) == "Wirtschaftsbote Nord");
    const Article b = page("", "<h1>Story</h1><div class=\"copyright\">Copyright 12 May 2020</div>",
                           "https://example.com/2025/09/19/story/");
    CHECK(or_none(b.date) == "2025-09-19");
}

TEST_CASE("language from html lang, content-language, og:locale or stop words", "[metadata]") {
    CHECK(or_none(page("<meta http-equiv=\"content-language\" content=\"de-de\">", "").lang) == "de-DE");
    const Article g = page("", "<h1>Titel</h1><p>Die Regierung hat am Montag beschlossen, dass die neuen Regeln nicht "
                               "mit den alten Vorgaben vereinbar sind, und die Opposition ist auch der Meinung, dass "
                               "das Gesetz mit der Verfassung nicht vereinbar ist und die Bürger die Kosten tragen.</p>");
    CHECK(or_none(g.lang) == "de");
    // Non-ASCII stop words are folded word by word ("Что" counts as "что").
    const Article r = page("", "<h1>Заголовок</h1><p>Что это значит и почему это важно? Министр сказал, что "
                               "правительство не будет менять правила в этом году и что решение по налогам "
                               "примут на следующей неделе, это уже не первый раз и не последний.</p>");
    CHECK(or_none(r.lang) == "ru");
}

TEST_CASE("samples: metadata matches samples/truth", "[metadata][samples]") {
    for (const char* name : {"aggregator-two-dates-de", "exchange-news-repost", "finance-portal-syndicated",
                             "social-square-post"}) {
        INFO(name);
        auto r = newsclean::clean_file(std::string(NEWSCLEAN_SAMPLES) + "/" + name + ".html", {});
        REQUIRE(std::holds_alternative<Article>(r));
        const Article& a = std::get<Article>(r);
        std::ifstream in(std::string(NEWSCLEAN_SAMPLES) + "/truth/" + name + ".json");
        const nlohmann::json truth = nlohmann::json::parse(in);
        auto field = [&truth](const char* k) { return truth[k].is_null() ? std::string("none") : truth[k].get<std::string>(); };
        CHECK(or_none(a.title) == field("title"));
        CHECK(or_none(a.byline) == field("byline"));
        CHECK(a.authors == truth["authors"].get<std::vector<std::string>>());
        CHECK(or_none(a.source) == field("source"));
        CHECK(or_none(a.site_name) == field("site_name"));
        CHECK(or_none(a.date) == field("date"));
        CHECK(or_none(a.date_modified) == field("date_modified"));
        CHECK(or_none(a.lang).substr(0, 2) == field("lang"));
    }
}

TEST_CASE("byline elements: own text, user names of author links, a date before the name", "[metadata]") {
    const Article a = page("", R"(<article><h1>Plejaden im Herbst</h1>
        <div class="entry-meta"><span class="entry-meta-date">September 17, 2019</span>
        <span class="entry-meta-author vcard"><a class="fn" href="/author/ruhe/">Helmut Rubik</a></span></div></article>)");
    CHECK(or_none(a.byline) == "Helmut Rubik");
    const Article b = page("", R"(<article><h1>Politcamp</h1><p class="meta">Posted by
        <a href="https://blog.example/author/murdelta/" rel="author">marc</a></p></article>)");
    CHECK(or_none(b.byline) == "marc");
}

TEST_CASE("a labelled byline far from the headline is the last resort", "[metadata]") {
    const Article a = page("", R"(<h1>Die Haubenfahrzeuge</h1><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>
        <p>Ut enim ad minim veniam.</p><p>Duis aute irure dolor.</p><p>Excepteur sint occaecat.</p><p>Sed ut perspiciatis.</p>
        <p>Nemo enim ipsam.</p><p>Neque porro quisquam.</p><p>Quis autem vel eum.</p><p>At vero eos.</p><p>Nam libero.</p>
        <p>Temporibus autem.</p><p>Itaque earum.</p><p>Similique sunt.</p><p>Et harum quidem.</p><p>Nulla pariatur.</p>
        <p>Text: Klausmartin Friedrich</p>)");
    CHECK(or_none(a.byline) == "Klausmartin Friedrich");
}

TEST_CASE("two dates in one dateline: the original wins, the updated is modified", "[metadata]") {
    const Article a = page(R"(<meta property="article:published_time" content="2024-07-27T10:19:00Z">)",
                           R"(<h1>Words need defenders</h1><div><span>Source: Chainlytics</span> · <span>Jul 27, 2024 at
                              10:19 am UTC</span> · <span>Originally published: Jul 26, 2024 at 9:51 am UTC</span></div>)");
    CHECK(or_none(a.date) == "2024-07-26T09:51:00Z");
    const Article b = page("", R"(<h1>Minecraft exploit</h1><table><tr><td>Author: HashPost | Editor: Mia Hartmann
                              26.09.2026 19:04 Original: 23.09.2026 18:20</td></tr></table>)");
    CHECK(or_none(b.date) == "2026-09-23T18:20:00");
    CHECK(or_none(b.byline) == "HashPost");
    const Article c = page("", R"(<h1>Story</h1><p>Published Sep 19, 2025 | Updated Sep 20, 2025</p>)");
    CHECK(or_none(c.date) == "2025-09-19");
    CHECK(or_none(c.date_modified) == "2025-09-20");
}

TEST_CASE("a word 'erstmals' in the lead is no original-date label", "[metadata]") {
    const Article a = page(R"(<meta property="article:published_time" content="2022-01-31T12:58:36+00:00">)",
                           R"(<h1>Histo-Monte</h1><p>Erstmals seit 2019 rollt die Rallye am 10. Februar 2022 wieder.</p>)");
    CHECK(or_none(a.date) == "2022-01-31T12:58:36Z");
}

TEST_CASE("RDFa property dates", "[metadata]") {
    const Article b = page("", R"(<h1>Vegetarier</h1><p class="submitted"><span property="dc:date dc:created"
        content="2019-07-07T18:44:31+02:00">7. Juli</span></p>)");
    CHECK(or_none(b.date) == "2019-07-07T18:44:31+02:00");
}

TEST_CASE("metadata dates: US slash order, a day-off UTC timestamp loses to the shown day", "[metadata]") {
    const Article a = page(R"(<meta name="date" content="11/01/2023 12:43:42">
        <meta property="article:modified_time" content="2023-11-02">)", "<h1>Trinkwasser</h1>");
    CHECK(or_none(a.date).substr(0, 10) == "2023-11-01");
    const Article es = page(R"(<meta property="article:published_time" content="10/05/2022 05:22 pm">
        <meta property="article:modified_time" content="2022/05/10 17:36:11"><meta http-equiv="content-language" content="es">)",
                            "<h1>Senador</h1>");
    CHECK(or_none(es.date) == "2022-05-10T17:22:00");
    const Article b = page(R"(<meta property="article:published_time" content="2022-11-06T23:00:00Z">)",
                           "<h1>Südfrankreich</h1><p class=\"date\">7. November 2022</p>");
    CHECK(or_none(b.date) == "2022-11-07");
}

TEST_CASE("last-resort dates: a page's first <time>, a line opening with a date, the URL", "[metadata]") {
    const Article a = page("", R"(<div class="x"><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p><p>g</p><p>h</p>
        <p>i</p><p>j</p><p>k</p><p>l</p><p>m</p><p>n</p><p>o</p><p>p</p><p>q</p></div>
        <div><time datetime="2020-08-06T09:09:24Z">Aug 6</time></div>)");
    CHECK(or_none(a.date) == "2020-08-06T09:09:24Z");
    const Article b = page("", R"(<h1>Arbeitsmarkt</h1><p>01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte X.</p>)");
    CHECK(or_none(b.date) == "2022-02-01");
}

TEST_CASE("the headline at the start of the title beats a site h1, permalink marks go", "[metadata]") {
    const Article a = page("<title>Evolve: Shared Mutable History — evolve extension for Mercurial</title>",
                           "<h1><a href=\"/\">evolve extension for Mercurial</a></h1><h1>Evolve: Shared Mutable History<a href=\"#e\">¶</a></h1>");
    CHECK(or_none(a.title) == "Evolve: Shared Mutable History");
}

TEST_CASE("microdata author in an aside counts, a section kicker and a Twitter handle do not", "[metadata]") {
    const Article a = page("", R"(<article><h1>Get your code covered</h1><aside><p><span itemprop="author">
        <span itemprop="name">Nicolas Perriault</span> —</span></p></aside></article>
        <aside><div class="author">Sidebar Person</div></aside>)");
    CHECK(or_none(a.byline) == "Nicolas Perriault");
    const Article b = page(R"(<meta property="twitter:creator" content="@StevenMufson">)",
                           R"(<div class="kicker">Middle East</div><h1>Relations</h1>)");
    CHECK(or_none(b.byline) == "none");
}

TEST_CASE("a <time> whose datetime is a day off its text: the text's day", "[metadata]") {
    const Article a = page("", R"(<h1>Provence</h1><p class="date"><time datetime="2022-11-06T23:00:00Z">7. November 2022</time></p>)");
    CHECK(or_none(a.date) == "2022-11-07");
}

TEST_CASE("every title separator is a space then punctuation or a non-ASCII mark", "[metadata]") {
    // find_separator skips a space before a letter or digit.
    for (std::string_view sep : newsclean::lexicon::kTitleSeparators) {
        INFO(sep);
        REQUIRE(sep.size() >= 2);
        CHECK(sep[0] == ' ');
        const unsigned char second = static_cast<unsigned char>(sep[1]);
        CHECK(!std::isalnum(second));
    }
}

TEST_CASE("metadata lexicon tables are not empty", "[metadata]") {
    using namespace newsclean::lexicon;
    for (KeyList l : {kMetaTitleKeys, kMetaAuthorKeys, kMetaPublishedKeys, kMetaModifiedKeys, kMetaDescriptionKeys,
                      kMetaImageKeys, kMetaSiteNameKeys, kMetaTagKeys, kMetaLangKeys, kJsonLdArticleTypes,
                      kBylineClassTokens, kSourceClassTokens, kNoiseClassTokens,
                      kUpdatedClassTokens, kTitleSeparators,
                      kAuthorLinkPaths, kSourceLinkPaths, kCopyrightMarks, kGenericTitles, kPublishedClassTokens, kCanonicalKeys,
                      kHeadingPermalinkMarks})
        CHECK(!l.empty());
    CHECK(!kLanguageStopwords.empty());
}

TEST_CASE("related cards' dates and names are not the article's, co-authors survive", "[metadata]") {
    const Article a = page(R"(<meta name="author" content="Ann Lee, Bob Roe">)",
                           R"(<h1>Storm hits coast</h1><div class="byline">By <a href="/author/ann">Ann Lee</a></div>
        <div class="related-posts"><article><h3>Other story</h3><span class="author">Card Writer</span>
        <time datetime="2024-02-02">Feb 2</time></article></div>)");
    CHECK(a.authors == std::vector<std::string>{"Ann Lee", "Bob Roe"});
    CHECK(or_none(a.date) == "none");
}

TEST_CASE("pubdate and date meta, RFC 2822 and localised visible datelines", "[metadata]") {
    CHECK(or_none(page(R"(<meta name="pubdate" content="2024-06-07T08:09:10+02:00">)", "").date) ==
          "2024-06-07T08:09:10+02:00");
    CHECK(or_none(page(R"(<html lang="it">)", "<h1>Notizia</h1><p class=\"data\">19 settembre 2025</p>").date) == "2025-09-19");
    CHECK(or_none(page(R"(<html lang="pl">)", "<h1>Wiadomość</h1><p>19 września 2025, 04:20</p>").date) ==
          "2025-09-19T04:20:00");
    CHECK(or_none(page(R"(<html lang="en-GB">)", "<h1>News</h1><p>Published 03/04/2025</p>").date) == "2025-04-03");
}

TEST_CASE("a metadata title that is only the site name or 'Home' loses to the h1", "[metadata]") {
    CHECK(or_none(page("<title>Home</title>", "<h1>Time to say goodbye.</h1>").title) == "Time to say goodbye.");
    CHECK(or_none(page("<title>Anwalt Niemeyer</title>", "<h1>Willkommen!</h1>", "https://www.anwaltniemeyer.de/").title) ==
          "Willkommen!");
}

TEST_CASE("JSON-LD in UTC and meta in local time a day apart: the local day", "[metadata]") {
    const Article a = page(R"(<script type="application/ld+json">{"@type":"Article","datePublished":"2017-02-24T01:18:13Z"}</script>
        <meta property="article:published_time" content="2017-02-23T17:18:13-08:00">)", "<h1>Wiki</h1>");
    CHECK(or_none(a.date) == "2017-02-23T17:18:13-08:00");
}

TEST_CASE("site_name falls back to the host of --url, then of the canonical URL", "[metadata]") {
    CHECK(or_none(page("", "<h1>A</h1>", "https://www.example.org/a").site_name) == "example.org");
    CHECK(or_none(page("<link rel=\"canonical\" href=\"https://news.example.com/a\">", "<h1>A</h1>").site_name) ==
          "news.example.com");
}

TEST_CASE("a sibling <time class=updated> does not make the published time an update", "[metadata]") {
    // trafilatura hrjournal: both times in one meta row, the updated one first.
    const Article a = page(R"(<meta property="article:published_time" content="2022-12-30T07:00:40+01:00">)",
                           R"(<h1>Trends</h1><p class="meta">Arne Berg | <time class="updated" datetime="2022-12-29T15:36:19+01:00">29. Dezember 2022</time><time class="entry-date published" datetime="2022-12-30T07:00:40+01:00">30. Dezember 2022</time></p>)");
    CHECK(a.date.value_or("").substr(0, 10) == "2022-12-30");
}

TEST_CASE("a line is noise only when all its text is: a 'trending' chip before the byline", "[metadata]") {
    // trafilatura chocolate.com: the meta row opens with <span class="trending">.
    const Article a = page("", R"(<h1>Woman sees a car stop</h1><div class="meta"><span class="trending">yas!</span> <span>| By </span><span>Cara Stiles</span> | <time class="entry-date">April 13, 2020</time></div>)");
    CHECK(or_none(a.date) == "2020-04-13");
    CHECK(or_none(a.byline) == "Cara Stiles");
}

TEST_CASE("JSON-LD in a <script> without a type attribute", "[metadata]") {
    // trafilatura gay.ch (Plone): <script>{"@context": "https://schema.org", ...}</script>.
    const Article a = page(R"(<script>{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Vatikan", "datePublished": "2022-01-28T06:00:00+01:00"}</script><script>var x = {"@context": 1};</script>)",
                           "<h1>Vatikan</h1>");
    CHECK(a.date.value_or("").substr(0, 10) == "2022-01-28");
}

TEST_CASE("publication dates days apart: the day most sources name wins", "[metadata]") {
    // trafilatura utopia.de: JSON-LD 11-03 against article:published_time and the dateline 11-06.
    const Article a = page(R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"BH-Werbung","datePublished":"2023-11-03T10:25:56+00:00"}</script><meta property="article:published_time" content="2023-11-06T14:25:00+00:00">)",
                           R"(<h1>BH-Werbung</h1><p><time datetime="2023-11-06T15:25:00+01:00">6. November 2023</time></p>)");
    CHECK(a.date.value_or("").substr(0, 10) == "2023-11-06");
    // trafilatura ejwue.de: a generic meta "date" (the last edit) against the dateline.
    const Article b = page(R"(<meta name="date" content="2020-02-12">)",
                           R"(<div>05.02.2020 - Redaktion: Eberhard Fuhr</div><h1>Faire Lieferketten</h1>)");
    CHECK(b.date.value_or("").substr(0, 10) == "2020-02-05");
    // A lone meta date with no dateline is still taken.
    const Article c = page(R"(<meta name="date" content="2020-02-12">)", "<h1>Faire Lieferketten</h1>");
    CHECK(c.date.value_or("").substr(0, 10) == "2020-02-12");
}

TEST_CASE("the page's one h1 beats a reworded SEO title, a masthead or short h1 does not", "[metadata]") {
    // trafilatura silkes-weinkeller, lexikon.huettenhilfe: <title> reworded, one h1 shown.
    const Article a = page("<title>Wein dekantieren: Alles Wissenswerte zusammengefasst</title>",
                           "<h1>Wein dekantieren: Alles rund um einen besonderen Schritt</h1>");
    CHECK(or_none(a.title) == "Wein dekantieren: Alles rund um einen besonderen Schritt");
    // trafilatura elmostrador: the only h1 is the logo inside <nav>.
    const Article b = page("<title>Las trabas del Congreso</title>",
                           R"(<nav><h1><a href="/">El Mostrador, el primer diario digital</a></h1></nav>)");
    CHECK(or_none(b.title) == "Las trabas del Congreso");
    // readability blogger: a two-word blog name in the h1.
    const Article c = page("<title>Open Verilog flow for GreenPak4</title>", "<h1>Silicon Exposed</h1>");
    CHECK(or_none(c.title) == "Open Verilog flow for GreenPak4");
}

TEST_CASE("an h1 in an article <header> is the headline, a dated topline inside it is not", "[metadata]") {
    // trafilatura qualisys: <header class="frame-header"><h1>; bafa.de: <span class="date"> topline.
    const Article a = page("<title>Gefahrstoff-Service</title>",
                           "<header><h1><span>Gefahrstoffmanagement für Hersteller und Importeure</span></h1></header>");
    CHECK(or_none(a.title) == "Gefahrstoffmanagement für Hersteller und Importeure");
    const Article b = page("<title>MineralölINFO November 2021</title>",
                           R"(<h1><span class="topline"><span class="date">27.01.2022</span></span>MineralölINFO November 2021</h1>)");
    CHECK(or_none(b.title) == "MineralölINFO November 2021");
}

TEST_CASE("Yoast's twitter:label1 'Verfasst von' names the author in twitter:data1", "[metadata]") {
    // trafilatura frolleinherr.com: the author appears nowhere else on the page.
    const Article a = page(R"(<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr"><meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten">)",
                           "<h1>Lost, aber immer noch da</h1>");
    CHECK(or_none(a.byline) == "Karoline Herr");
    const Article b = page(R"(<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes">)",
                           "<h1>Lost, aber immer noch da</h1>");
    CHECK(or_none(b.byline) == "none");
}

TEST_CASE("hAtom dates: a published/updated element's ISO title attribute", "[metadata]") {
    // trafilatura peptalks: an empty <span class="updated" title="..."> is the page's only date.
    const Article a = page("", R"(<h1>Mozarts Schulnoten</h1><span class="updated" title="2013-04-04T18:52:11+00:00"></span><div class="entry">Text</div>)");
    CHECK(a.date.value_or("").substr(0, 10) == "2013-04-04");
    const Article b = page("", R"(<h1>Mozarts Schulnoten</h1><p>von X <abbr class="published" title="2012-03-01">1. März</abbr></p>)");
    CHECK(b.date.value_or("").substr(0, 10) == "2012-03-01");
}

TEST_CASE("a <time> in an <aside> beside the headline dates the article, a related card's does not", "[metadata]") {
    // trafilatura alpin.de: <article><h1/><aside class="meta"><time datetime=...>; a weak meta "date" disagrees.
    const Article a = page(R"(<meta name="Date" content="2022-1-26T14:32:06+02:00">)",
                           R"(<article><h1>Quantum Free Asolo Factory 130</h1><aside class="meta"><p><time datetime="2022-01-21">21.01.2022 - 13:30</time></p></aside></article>)");
    CHECK(a.date.value_or("").substr(0, 10) == "2022-01-21");
    const Article b = page("", R"(<h1>Story</h1><div class="related"><time datetime="2020-05-05">5.5.2020</time></div><p>Body</p>)");
    CHECK(a.date.has_value());
    CHECK(b.date.value_or("none").substr(0, 10) != "2020-05-05");
}

TEST_CASE("an h1 naming the blog, a logo link or a screen-reader heading is not the headline", "[metadata]") {
    // trafilatura der-erfolg-gibt-recht: the h1 is the title's blog-name part.
    const Article a = page("<title>Rinderleber-Geschnetzeltes mit Apfel und Zwiebel | Liebe geht durch den Magen</title>",
                           "<h1>Liebe geht durch den Magen</h1><h2>Kategorien</h2>");
    CHECK(or_none(a.title) == "Rinderleber-Geschnetzeltes mit Apfel und Zwiebel");
    // readability archive-of-our-own: an h1 that is one link home is the logo;
    // its name leaves the title with the " [Site]" suffix.
    const Article b = page("<title>Conversations with a Cryptid, chapter one [Archive of Our Own]</title>",
                           R"(<h1 class="heading"><a href="/"><span>Archive of Our Own</span> <sup>beta</sup></a></h1>)");
    CHECK(or_none(b.title) == "Conversations with a Cryptid, chapter one");
    const Article c = page("<title>Storm warning for the coast</title>",
                           R"(<h1><a href="https://www.example.com/" rel="home">Example Daily News Online</a></h1>)");
    CHECK(or_none(c.title) == "Storm warning for the coast");
    // A headline that links to its own article stays the headline.
    const Article d = page("<title>Storm warning for the coast | Example</title>",
                           R"(<h1><a href="/2024/05/storm-warning">Storm warning for the coast</a></h1>)");
    CHECK(or_none(d.title) == "Storm warning for the coast");
    // trafilatura bmbf.de: aria-hidden h1s around the page; the one shown is the headline.
    const Article e = page("<title>Energiewende und nachhaltiges Wirtschaften - BMBF</title>",
                           R"(<h1 class="aural" aria-hidden="true">Navigation und Service</h1>
                              <h1><span>Energiewende, Mobilität und nachhaltiges Wirtschaften</span></h1>
                              <h1 class="aural" aria-hidden="true">Fußbereich</h1>)");
    CHECK(or_none(e.title) == "Energiewende, Mobilität und nachhaltiges Wirtschaften");
}

TEST_CASE("a headline's screen-reader text and kicker label are not part of it", "[metadata]") {
    // trafilatura interscenar.io: "<span class=element-invisible> | Site</span>".
    const Article a = page("<title>Was wir über uns nicht hören wollen | FASSETTE.NET</title>",
                           R"(<h1 class="title">Was wir über uns nicht hören wollen<span class="element-invisible"> | FASSETTE.NET</span></h1>)");
    CHECK(or_none(a.title) == "Was wir über uns nicht hören wollen");
    // trafilatura zeit.de / cicero.de: kicker + hidden separator + headline.
    const Article b = page("<title>Zugverkehr: Im ICE von Frankfurt nach Barcelona | ZEIT ONLINE</title>",
                           R"(<h1 class="article-heading"><span class="article-heading__kicker">Zugverkehr</span><span class="visually-hidden">: </span><span class="article-heading__title">Im ICE von Frankfurt nach Barcelona</span></h1>)");
    CHECK(or_none(b.title) == "Im ICE von Frankfurt nach Barcelona");
    // A heading that is all kicker keeps its text.
    const Article c = page("<title>Wahl 2025</title>", R"(<h1><span class="kicker">Wahl 2025 in Berlin und Brandenburg</span></h1>)");
    CHECK(or_none(c.title) == "Wahl 2025 in Berlin und Brandenburg");
}

TEST_CASE("one author link per co-author inside the byline element keeps all names", "[metadata]") {
    // trafilatura refinery29: div.byline > span > a per contributor, separated by ", ".
    const Article a = page("", R"(<h1>Single at Christmas</h1><div class="byline main-contributors"><span class="contributor"><a href="/author/ann-lee">Ann Lee</a></span>, <span class="contributor"><a href="/author/bob-roe">Bob Roe</a></span></div>)");
    CHECK(a.authors == std::vector<std::string>{"Ann Lee", "Bob Roe"});
}

TEST_CASE("a meta author with a web address or a handle credits a site, not a person", "[metadata]") {
    // trafilatura ekiba (a web agency), hessenschau (host and place), nationalgeographic.co.uk (@handle).
    CHECK(or_none(page(R"(<meta name="author" content="Web Commerce GmbH www.w-commerce.de">)", "<h1>Trauer</h1>").byline) == "none");
    CHECK(or_none(page(R"(<meta name="author" content="hessenschau.de, Frankfurt, Germany">)", "<h1>Yücel</h1>").byline) == "none");
    CHECK(or_none(page(R"(<meta property="article:author" content="@NatGeoUK">)", "<h1>Goats</h1>").byline) == "none");
    CHECK(or_none(page(R"(<meta name="author" content="Jane Doe">)", "<h1>Goats</h1>").byline) == "Jane Doe");
    // A publisher's place credit (trafilatura spiegel.de, kirche-und-leben.de); "Doe, Jane" stays a name.
    CHECK(or_none(page(R"(<meta name="author" content="SPIEGEL ONLINE, Hamburg, Germany">)", "<h1>Albtraum</h1>").byline) == "none");
    CHECK(or_none(page(R"(<meta name="author" content="Ann Lee, Bob Roe">)", "<h1>Albtraum</h1>").byline) == "Ann Lee, Bob Roe");
}

TEST_CASE("a photo credit or a video duration in a byline-classed element is no byline", "[metadata]") {
    // trafilatura nationalgeographic.co.uk (div.ngart-img__cont__author), hessenschau (span.text__byline).
    // A photo credit in a byline-classed figure caption and a video's duration are no byline.
    CHECK(or_none(page("", R"(<h1>Goats</h1><figure><div class="img-author">Photograph by Ed Marshall</div></figure>
        <p class="media"><span class="text__byline">01:30 Min.</span></p>)").byline) == "none");
}

TEST_CASE("a line break in the HTML source of a byline element is white space", "[metadata]") {
    // trafilatura jagdleben: <span itemprop="name">    Kathrin\n     Führes\n</span>.
    const Article a = page("", "<h1>Waldwege</h1><div class=\"author\"><span itemprop=\"name\">    Kathrin\n     Führes\n</span></div>");
    CHECK(or_none(a.byline) == "Kathrin Führes");
}

TEST_CASE("a label alone on its line names the author on the next one", "[metadata]") {
    // trafilatura hpd.de: <aside class="meta"><p class="authors">Von:<br><i><a>Name</a></i></p>.
    const Article a = page("", R"(<article><h1>Homosexuellenhass</h1><aside class="meta"><p>Von:<br><i><a href="/x">Moritz Pieczewski-Freimuth</a></i></p></aside></article>)");
    CHECK(or_none(a.byline) == "Moritz Pieczewski-Freimuth");
    // A source label alone is not an author label.
    const Article b = page("", R"(<h1>Markets</h1><p>Source:<br>Gold Rally Today</p>)");
    CHECK(or_none(b.byline) != "Gold Rally Today");
}

TEST_CASE("itemprop=author inside an author box beats the box's first line", "[metadata]") {
    // readability msn: div.authorinfo holds the partner's name, then span[itemprop=author].
    const Article a = page("", R"(<h1>Nintendo's first iPhone game</h1><div class="authorinfo"><div class="sourcename">Tech Insider</div>
        <div><span itemprop="author"><span itemprop="name">Alex Perry</span></span> <time datetime="2016-11-15T07:00:00Z">1 day ago</time></div></div>)");
    CHECK(or_none(a.byline) == "Alex Perry");
}

TEST_CASE("a labelled byline element inside a share bar still names the author, weakly", "[metadata]") {
    // trafilatura nationalgeographic.co.uk: div.ng-sharekit__contributors--author "By Michael Hingston".
    const Article a = page("", R"(<h1>Goats</h1><div class="ng-sharekit__wrapper"><div class="ng-sharekit__contributors--author">By <span>Michael Hingston</span></div><a href="/share">Share</a></div>)");
    CHECK(or_none(a.byline) == "Michael Hingston");
    // A name JSON-LD gives and the share bar contradicts keeps the JSON-LD one (strength 2 loses to metadata).
    const Article b = page(R"(<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann Lee"}}</script>)",
                           R"(<h1>Goats</h1><div class="share-bar"><div class="share-author">By Card Writer</div></div>)");
    CHECK(or_none(b.byline) == "Ann Lee");
}

TEST_CASE("a rel=tag link is a topic, not an author, whatever its path", "[metadata]") {
    // readability pixnet: tag links under /user/… were taken for author-page links.
    const Article a = page("", R"(<h1>Autumn leaves at the camp site</h1>
        <div class="tags"><a rel="tag" href="/user/tags/mountain-road">Mountain Road</a></div>)");
    CHECK(or_none(a.byline) == "none");
    const Article b = page("", R"(<h1>Autumn leaves at the camp site</h1>
        <div class="meta"><a rel="author" href="/user/steven">Steven Ho</a></div>)");
    CHECK(or_none(b.byline) == "Steven Ho");
}

TEST_CASE("an h2 that is the whole title is the headline when no h1 agrees", "[metadata]") {
    // trafilatura eluniversal: og:title cut at an unescaped quote; the h2 shows it all.
    const Article a = page(R"(<meta property="og:title" content="Senador republicano califica a Biden de ">)",
                           R"(<h1>Noticias del mundo</h1><article><h2>Senador republicano califica a Biden de "incapacitado"</h2>
                              <p>El senador dijo el martes que el presidente no está en condiciones de gobernar.</p></article>)");
    CHECK(or_none(a.title) == "Senador republicano califica a Biden de \"incapacitado\"");
    // A comments heading quoting the title, or a shorter section h2, is not it.
    const Article b = page("<title>15 Jahre rete-mirabile.net und ein neuer Anfang</title>",
                           R"(<article><p>Der Text des Beitrags.</p></article><div><h2>4 thoughts on “15 Jahre rete-mirabile.net und ein neuer Anfang”</h2></div>)");
    CHECK(or_none(b.title) == "15 Jahre rete-mirabile.net und ein neuer Anfang");
    const Article c = page("<title>The Open Journalism Project: Better Student Journalism</title>",
                           "<article><h2>Open Journalism Project:</h2><p>Text.</p></article>");
    CHECK(or_none(c.title) == "The Open Journalism Project: Better Student Journalism");
}

TEST_CASE("where every title is the site's name, the story's first heading is the headline", "[metadata]") {
    // trafilatura colours-of-the-soul: <title> and <h1> name the blog; the sidebar's
    // widget headings come first in the source.
    const Article a = page("<title>Gaby’s - Colours of the Soul</title>",
                           R"(<h1><a href="/">Gaby’s - Colours of the Soul</a></h1>
                              <div class="sidebar widget"><h2>Suche</h2><h2>meine Feeds nutzen</h2></div>
                              <div class="post"><h2>trnd-Projekt “G Data InternetSecurity 2009”</h2><p>Seit ein paar Tagen teste ich.</p></div>)");
    CHECK(or_none(a.title) == "trnd-Projekt “G Data InternetSecurity 2009”");
    // A headline title stays, whatever the h2s say.
    const Article b = page("<title>Storm warning for the coast | Example</title>",
                           "<div class=\"post\"><h2>Weather</h2><p>Text.</p></div>");
    CHECK(or_none(b.title) == "Storm warning for the coast");
}

TEST_CASE("captions run together under a gallery are not a name beside an avatar", "[metadata]") {
    // trafilatura berkutschi: three photos, each captioned with a ski jumper's name.
    const Article a = page("", R"(<h2>Marius Lindvik gewinnt in Willingen</h2><div class="images">
        <a href="/1.jpg"><img src="/1s.jpg"><span class="caption">Cene Prevc</span></a>
        <a href="/2.jpg"><img src="/2s.jpg"><span class="caption">Marius Lindvik</span></a>
        <a href="/3.jpg"><img src="/3s.jpg"><span class="caption">Karl Geiger</span></a></div>
        <p>Der Norweger Marius Lindvik hat den abschließenden Wettkampf des Wochenendes gewonnen.</p>)");
    CHECK(or_none(a.byline) == "none");
    // One name beside its avatar still is the author (repost sqfeed author rows).
    const Article b = page("", R"(<h1>Bitcoin climbs past its March high</h1><div class="author-row"><img src="/a.png"><span>Rahul Menon</span></div>
        <p>Bitcoin rose on Tuesday as traders bet on lower rates.</p>)");
    CHECK(or_none(b.byline) == "Rahul Menon");
}

TEST_CASE("a figure's caption under the headline is no name beside an avatar", "[metadata]") {
    // A hero photo of a person, captioned with the name, right under the headline.
    const Article a = page("", R"(<article><h1>Powell signals a pause in rate hikes</h1>
        <figure><img src="/powell.jpg" alt=""><figcaption>Jerome Powell</figcaption></figure>
        <p>The Federal Reserve chair said the central bank would hold rates steady for now.</p></article>)");
    CHECK(or_none(a.byline) == "none");
    // The same with the caption in a plain element of the figure (lazy-loading themes).
    const Article b = page("", R"(<article><h1>Powell signals a pause in rate hikes</h1>
        <figure><img src="/powell.jpg" alt=""><span class="wp-caption-text">Jerome Powell</span></figure>
        <p>The Federal Reserve chair said the central bank would hold rates steady for now.</p></article>)");
    CHECK(or_none(b.byline) == "none");
}

TEST_CASE("an empty block's white space gives the next line no hints", "[metadata]") {
    // trafilatura 5min.at: an empty overlay after the cover image made the promotion
    // badge under it "a name beside an avatar", and so the byline.
    const Article a = page("", R"(<article><h1>Villachs Meister Proper expandiert nach Wien</h1>
        <div class="cover"><img src="/cover.jpg" alt=""><div class="overlay"> </div></div>
        <div>Meisterbetrieb Filana</div>
        <p>Die Reinigungsfirma aus Villach eröffnet im Herbst ihren ersten Standort in Wien.</p></article>)");
    CHECK(or_none(a.byline) == "none");
    // The name in the avatar's own row still is the author.
    const Article b = page("", R"(<article><h1>Villachs Meister Proper expandiert nach Wien</h1>
        <div class="cover"><img src="/avatar.jpg" alt=""><div class="overlay"> Anna Gruber</div></div>
        <p>Die Reinigungsfirma aus Villach eröffnet im Herbst ihren ersten Standort in Wien.</p></article>)");
    CHECK(or_none(b.byline) == "Anna Gruber");
}

TEST_CASE("a lone author label after the story names the author on the next line", "[metadata]") {
    const std::string story =
        "<p>Ganz Deutschland liegt zwar in einer Westwindzone, aber das Angebot an Windenergie ist höchst unterschiedlich.</p>";
    // trafilatura sonnenernergie.de: "<b>Von:</b><br><br>Götz Warnke" closes the article.
    const Article a = page("", "<h1>Der WindRebell</h1>" + story + story + story + story + story + story +
                                   "<p><b>Von:</b><br><br>Götz Warnke</p>");
    CHECK(or_none(a.byline) == "Götz Warnke");
    // Opening hours: "Von:" then a weekday is no byline (trafilatura ekiba, mueritzurlauber).
    std::string long_story;
    for (int i = 0; i < 20; ++i) long_story += story;
    const Article b = page("", "<h1>Trauercafé</h1>" + long_story + "<p><b>Von:</b><br>Mi<br>Bis:<br>Fr</p>");
    CHECK(or_none(b.byline) == "none");
}

TEST_CASE("a date badge of separate day and year elements is read as a date", "[metadata]") {
    // trafilatura colours-of-the-soul: "<span class=monat>Feb</span> <span class=tag>18</span><span class=jahr>2009</span>".
    const Article a = page("", R"(<div class="beitrag"><div class="datum"><span class="monat">Feb</span> <span class="tag">18</span><span class="jahr">2009</span></div>
        <h1>trnd-Projekt “G Data InternetSecurity 2009”</h1><p>Bei dem nächsten trnd-Projekt ging es um die Software.</p></div>)");
    CHECK(a.date.value_or("none") == "2009-02-18");
}

TEST_CASE("an article's own footer names its author, the page footer does not", "[metadata]") {
    const std::string story =
        "<p>Die Woche war geprägt von einem stabilen Hoch über den Alpen und viel Sonnenschein am Nachmittag.</p>";
    std::string long_story;
    for (int i = 0; i < 20; ++i) long_story += story;
    // trafilatura gormulus.wordpress.com: "<footer class=entry-meta> … von <a rel=author>Mathias</a>".
    const Article a = page("", "<article><h1>Dürfen die das?</h1>" + long_story +
                                   R"(<footer class="entry-meta">Veröffentlicht am 11. Dezember 2012 von <span class="author vcard"><a rel="author" href="/author/guesswho/">Mathias Weber</a></span></footer></article>)");
    CHECK(or_none(a.byline) == "Mathias Weber");
    const Article b = page("", "<article><h1>Dürfen die das?</h1>" + long_story +
                                   R"(</article><footer>Impressum: <a rel="author" href="/author/guesswho/">Mathias Weber</a></footer>)");
    CHECK(or_none(b.byline) == "none");
    // A footer by class, the same (trafilatura gay.ch: Plone's "mosaic-grid-row footerRow").
    const Article c = page("", "<article><h1>Dürfen die das?</h1>" + long_story +
                                   R"(<div class="mosaic-grid-row footerRow"><span class="documentAuthor">erstellt von <a href="/author/dominique">Dominique Weber</a></span></div></article>)");
    CHECK(or_none(c.byline) == "Dominique Weber");
    const Article d = page("", "<article><h1>Dürfen die das?</h1>" + long_story +
                                   R"(</article><div class="site-footer"><span class="documentAuthor">erstellt von <a href="/author/dominique">Dominique Weber</a></span></div>)");
    CHECK(or_none(d.byline) == "none");
}

TEST_CASE("Drupal's node-promoted article is no promo box", "[metadata]") {
    const std::string story =
        "<p>Vegetarier oder Veganer zu sein wird in den letzten Jahren mehr und mehr populär, sagen Umfragen.</p>";
    // trafilatura ethify: the headline sits above the <article class="node-promoted">.
    const Article a = page("", R"(<h1>Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung?</h1>
        <article class="node node-blog node-promoted node-full"><p>Blog Beitrag von Margarita Koreneva</p>)" + story +
                                   "</article>");
    CHECK(or_none(a.byline) == "Margarita Koreneva");
    // A promo box stays noise.
    const Article b = page("", R"(<h1>Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung?</h1>
        <div class="promo-box"><p>Blog Beitrag von Margarita Koreneva</p></div>)" + story);
    CHECK(or_none(b.byline) == "none");
}

TEST_CASE("a dateline ending in a full name after a separator names the author", "[metadata]") {
    const std::string story = "<p>Die Stadt der Zukunft braucht mehr Freiraum, sagte der Architekt am Dienstag in Berlin.</p>";
    auto byline_of = [&](const std::string& dateline) {
        return or_none(page("", "<h1>Freiheit in der Stadt</h1><p>" + dateline + "</p>" + story).byline);
    };
    // trafilatura urania.de, pferd-aktuell.de.
    CHECK(byline_of("25.10.2022 - Reiner Nagel") == "Reiner Nagel");
    CHECK(byline_of("04.02.2022 | 13:10 Uhr | Uta Helkenberg") == "Uta Helkenberg");
    // A place, a section without a separator (bmfsfj.de), a credit (jagdverband.de).
    CHECK(byline_of("25.10.2022 - Hamburg") == "none");
    CHECK(byline_of("21.01.2022 Aktuelle Meldung") == "none");
    CHECK(byline_of("25.10.2022 - (DJV/FWR) Berlin/Ratingen") == "none");
}

TEST_CASE("meta lookups: key case, blank values, repeated keys and microdata", "[metadata]") {
    // A value that collapses to nothing (spaces, a no-break space, a zero-width
    // space) is no value: the next key of the list is read. Keys match in any
    // case, a space-separated key list names each key, values are collapsed,
    // repeated keys keep document order.
    const Article a = page(
        "<meta property=\"og:title\" content=\" \xC2\xA0\xE2\x80\x8B \">"
        "<meta name=\"TWITTER:Title\" content=\"  Harbour   bridge reopens \">"
        "<meta property=\"dc:description og:description\" content=\"The bridge\n  reopened.\">"
        "<meta property=\"article:tag\" content=\"Bridges\"><meta property=\"article:tag\" content=\" Harbour \">"
        "<meta property=\"article:tag\" content=\"  \">",
        "<p>Text <span property=\"dc:date\">no content: no date</span></p>"
        "<time itemprop=\"datePublished\" datetime=\"2024-03-05T10:00:00Z\">5 March</time>");
    CHECK(or_none(a.title) == "Harbour bridge reopens");
    CHECK(or_none(a.description) == "The bridge reopened.");
    CHECK(a.tags == std::vector<std::string>{"Bridges", "Harbour"});
    CHECK(or_none(a.date).substr(0, 10) == "2024-03-05");
}

// MetaTags tells a list absent from one bit per key (length and last byte):
// a page with a single key of each kind, in any case, still finds it.
TEST_CASE("a lone meta key of any case is found for its field", "[metadata]") {
    const Article a = page(R"(<meta property="OG:Description" content="What happened.">
        <meta NAME="DC.Date.Issued" content="2025-09-19"><meta property="og:IMAGE" content="https://x.test/a.png">)",
                           "<h1>Port reopens after storm</h1>");
    CHECK(or_none(a.description) == "What happened.");
    CHECK(or_none(a.date).substr(0, 10) == "2025-09-19");
    CHECK(or_none(a.image) == "https://x.test/a.png");
    const Article b = page(R"(<meta name="keywords" content="ports, storms"><meta name="AUTHOR" content="Ann Lee">)",
                           "<h1>Port reopens after storm</h1>");
    CHECK(b.tags == std::vector<std::string>{"ports", "storms"});
    CHECK(or_none(b.byline) == "Ann Lee");
}

// A wrapper whose class says noise ("post-comments-open": a theme marks the
// page's comment state on the story's own container) must not hide the
// headline's byline and date: the headline's ancestors are never noise.
// Another noise block on the page still is (its date is no candidate).
TEST_CASE("noise classes on the headline's ancestors do not hide its dateline", "[metadata]") {
    const Article a = page("<title>Fed holds rates steady as inflation cools</title>",
                           R"(<div class="related-stories"><p><time datetime="2024-01-02">Jan 2, 2024</time></p></div>
                              <div class="wrap post-comments-open"><article>
                              <h1>Fed holds rates steady as inflation cools</h1>
                              <p><time datetime="2025-09-19T04:20:00Z">Sep 19, 2025</time></p>
                              </article></div>)");
    CHECK(or_none(a.title) == "Fed holds rates steady as inflation cools");
    CHECK(or_none(a.date) == "2025-09-19T04:20:00Z");
}

// An aggregator's curation line names who collected the story, not who wrote
// it (study-h round 5 B11, Flipboard shell): a <meta name=author> naming that
// curator names no author; the publisher shown on the card still does.
TEST_CASE("a meta author who is the page's curator is no byline", "[metadata][byline]") {
    const std::string head = R"(<title>Babies who eat peanuts early may avoid allergy</title><meta name="author" content="Jane Doe">)";
    const std::string h1 = "<h1>Babies who eat peanuts early may avoid allergy</h1>";
    const Article flipped =
        page(head, R"(<div><span>Flipped into <a href="/@jd/crypto">Crypto Daily</a> by <a href="/@jd">Jane Doe</a></span></div>)" + h1);
    CHECK(or_none(flipped.byline) == "none");
    const Article curated = page(head, "<p>Curated by Jane Doe</p>" + h1);
    CHECK(or_none(curated.byline) == "none");
    const Article with_publisher =
        page(head, "<p>Saved by Jane Doe</p>" + h1 + R"(<div class="byline">By <a rel="author" href="/author/tom">Tom Wilson</a></div>)");
    CHECK(or_none(with_publisher.byline) == "Tom Wilson");
    // Traps: no curation line, or "by" in another kind of line: the meta author stands.
    CHECK(or_none(page(head, h1).byline) == "Jane Doe");
    CHECK(or_none(page(head, "<p>Photo by Jane Doe</p>" + h1).byline) == "Jane Doe");
}

// extract_metadata keeps its page buffers (element flags, noise mask, lines,
// the <meta> table) in the thread from page to page (issue #3 budget). Nothing of one page may
// reach the next: a small page read after a big one, and after a page of more
// lines than the buffers keep, gives what it gives in a fresh thread.
TEST_CASE("metadata: a thread's reused page buffers carry nothing from one page to the next", "[metadata]") {
    auto json_of = [](const std::string& html) {
        auto r = newsclean::clean_bytes(html, "test.html", {});
        REQUIRE(std::holds_alternative<Article>(r));
        return newsclean::write::to_json(std::get<Article>(r), {});
    };
    const std::string story =
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
        "dolore magna aliqua. Ut enim ad minim veniam.</p>";
    const std::string dated =
        "<html><head><title>Fed holds rates</title><meta property=\"og:description\" content=\"Rates stay put.\">"
        "</head><body><article><h1>Fed holds rates</h1>"
        "<div class=\"byline\">By Ana Ruiz</div><time datetime=\"2025-09-19T04:20:00Z\">Sep 19, 2025</time>" +
        story + "</article></body></html>";
    std::string huge = "<html><head><title>Many lines</title></head><body><h1>Many lines</h1>"
                       "<div class=\"author\">By Marta Kowalska</div>";
    for (int i = 0; i < 6000; ++i) huge += "<div class=\"related\">Card " + std::to_string(i) + " 03.02.2021</div>";
    huge += story + "</body></html>";
    const std::string plain = "<html><head><title>Plain page</title></head><body><h1>Plain page</h1>" + story +
                              "</body></html>";

    std::string fresh_plain, fresh_dated;
    std::thread([&] { fresh_plain = json_of(plain); }).join();
    std::thread([&] { fresh_dated = json_of(dated); }).join();
    CHECK(fresh_dated.find("Ana Ruiz") != std::string::npos);
    CHECK(fresh_dated.find("Rates stay put.") != std::string::npos);
    CHECK(fresh_plain.find("Ana Ruiz") == std::string::npos);

    (void)json_of(dated);
    CHECK(json_of(plain) == fresh_plain);  // after a page with a byline and a date
    const std::string huge_json = json_of(huge);
    CHECK(huge_json.find("Marta Kowalska") != std::string::npos);
    CHECK(json_of(plain) == fresh_plain);  // after a page past the kept buffer sizes
    CHECK(json_of(dated) == fresh_dated);
}
