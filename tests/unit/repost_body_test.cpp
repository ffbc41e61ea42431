// Body cleaning and text headers on repost shells the dev pages do not have
// (study-b: WordPress autoblogs, Medium and news-app copies, Reuters
// syndication, French/German portals, press-release reposts). Every page is
// handwritten here, with a trap paragraph next to each rule: text that merely
// mentions the rule's words is story text (corpus/repost/README.md traps).
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "extract/boilerplate_text.hpp"
#include "extract/text_scrape.hpp"
#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using extract::text::LineKind;
using namespace newsclean::test;

std::string page(const std::string& inside) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fed holds rates steady</title>"
           "</head><body><article><h1>Fed holds rates steady</h1>" + inside + "</article></body></html>";
}

}  // namespace

TEST_CASE("repost body: a WordPress feed footer and its source link go", "[repost-body]") {
    const std::string body = html_body(page(
        "<div class=\"entry-content\">" + kStory +
        "<p>The post was quickly deleted, but a copy appeared first on Reddit, where users shared it widely.</p>"
        "<p>The post <a href=\"https://bitcoinist.com/x/\">Fed holds rates steady</a> appeared first on "
        "<a href=\"https://bitcoinist.com\">Bitcoinist</a>.</p><p><a href=\"https://bitcoinist.com/x/\">Source link</a></p>"
        "</div>"));
    CHECK_FALSE(has(body, "appeared first on Bitcoinist"));
    CHECK_FALSE(has(body, "Source link"));
    CHECK(has(body, "a copy appeared first on Reddit, where users shared it widely."));
    CHECK(extract::boilerplate_text_rule("Der Beitrag Fed hält still erschien zuerst auf BTC-Echo.", 0) == "repost-credit");
}

TEST_CASE("repost body: a French source line with a space before the colon goes", "[repost-body]") {
    const std::string body = html_body(page(kStory + "<p>Source code for the tool was published on GitHub the same week, "
                                                     "according to the developers.</p><p class=\"source\">Source : AFP</p>"));
    CHECK_FALSE(has(body, "Source : AFP"));
    CHECK(has(body, "Source code for the tool was published"));
    CHECK(extract::fold_label_text("Par : Jean Dupont") == "par: jean dupont");
}

TEST_CASE("repost body: a clap counter and Medium's responses label above the story go", "[repost-body]") {
    const std::string body = html_body(page(
        "<div class=\"author-line\"><a rel=\"author\" href=\"/@x\">Elena Varga</a> \xC2\xB7 <button>Follow</button></div>"
        "<div><span>6 min read</span> \xC2\xB7 <span>Sep 22, 2025</span></div><div><span>215</span></div>"
        "<div><span>Responses (3)</span></div>" + kStory));
    CHECK(body.rfind("The central bank", 0) == 0);
    // A number alone opening the story is its chapter number (readability royal-road: "102").
    const std::string chapter = html_body(page("<div class=\"chapter\"><p>102</p>" + kStory + "</div>"));
    CHECK(chapter.rfind("102", 0) == 0);
}

TEST_CASE("repost body: Reuters' trust principles line goes, a sentence about standards stays", "[repost-body]") {
    const std::string body = html_body(page(kStory + "<p>Our standards are slipping, the editor said in a memo to staff.</p>"
                                                     "<p class=\"trust\">Our Standards: The Thomson Reuters Trust Principles.</p>"));
    CHECK_FALSE(has(body, "Trust Principles"));
    CHECK(has(body, "Our standards are slipping"));
}

TEST_CASE("repost body: a disclaimer phrase inside a long paragraph is the story's advice", "[repost-body]") {
    // readability lifehacker-*, repost finsyn-051: "Keep your mind open, do your own research, and …".
    const std::string advice =
        "For example, confirmation bias makes you only believe the information that conforms to your prior beliefs, "
        "while you discount everything else. Advertisers appeal to this bias directly by convincing you one item is "
        "better than another with imagery and other tricks, regardless of what hard facts might say. Keep your mind "
        "open, do your own research, and accept when you're wrong about a product. The Decoy effect is also a "
        "commonly used tactic: you think one product is a deal because it sits next to a similar one priced higher.";
    CHECK(extract::boilerplate_text_rule(advice, 0).empty());
    CHECK(extract::boilerplate_text_rule("Hinweis: Dieser Artikel stellt keine Anlageberatung dar.", 0) == "disclaimer");
}

TEST_CASE("repost body: tables of the shared rules", "[repost-body]") {
    CHECK(extract::is_related_opener("trending now"));
    CHECK(extract::is_related_opener("most read today"));
    CHECK_FALSE(extract::is_related_opener("trending topics of the week"));
    CHECK(extract::is_action_bar("sharexfacebooktelegramcopy link"));
    CHECK(extract::is_action_bar("partagerfacebookxcopier le lien"));
    CHECK(extract::is_action_bar("1.2klike84commentsshare"));
    CHECK_FALSE(extract::is_action_bar("facebook"));
    CHECK_FALSE(extract::is_action_bar("share prices fell on facebook"));
    CHECK(extract::is_ui_count("12.4K"));
    CHECK_FALSE(extract::is_ui_count("12 reads"));
    CHECK(extract::boilerplate_text_rule("Media contact: press@example.com", 0) == "contact-line");
    CHECK(extract::boilerplate_text_rule("This is a paid press release. Readers should do their own due diligence "
                                         "before taking any actions related to the promoted company.", 0) == "disclaimer");
}

TEST_CASE("repost text: boilerplate lines the HTML path drops through the DOM", "[repost-text]") {
    CHECK(kind_of("ShareXFacebookTelegramCopy link") == LineKind::share);
    CHECK(kind_of("PartagerFacebookXCopier le lien") == LineKind::share);
    CHECK(kind_of("1.2KLike84CommentsShare") == LineKind::share);
    CHECK(kind_of("Trending now") == LineKind::related_opener);
    CHECK(kind_of("Hinweis: Dieser Artikel stellt keine Anlageberatung dar. F\xC3\xBCr Verluste wird keine Haftung "
                  "\xC3\xBC" "bernommen.") == LineKind::disclaimer);
    CHECK(kind_of("Our Standards: The Thomson Reuters Trust Principles.") == LineKind::disclaimer);
    CHECK(kind_of("Editorial integrity: CoinInsider adheres to strict editorial standards.") == LineKind::disclaimer);
    CHECK(kind_of("Media contact: press@example.com") == LineKind::label);
    CHECK(kind_of("Get breaking news alerts on your phone. Download Newsly for iOS and Android.") == LineKind::newsletter);
    // Traps: a quoted disclaimer and a sentence about sharing are story text.
    CHECK(kind_of("\xE2\x80\x9C" "Disclaimer: the company is not liable for losses,\xE2\x80\x9D the court wrote in its ruling.") ==
          LineKind::prose);
    CHECK(kind_of("Share prices of Facebook and Telegram rivals fell.") != LineKind::share);
}

TEST_CASE("repost text: an author box with a bio goes, a credit above a name stays", "[repost-text]") {
    const Article a = text_article({"Fed holds rates steady after two-day meeting", "", "By Daniel Okafor",
                                    "September 19, 2025", "", kParagraph, "", kParagraph, "", "About the author", "",
                                    "Lena Hartmann is a crypto journalist with a decade of experience covering markets.",
                                    "", "You may also like", "", "Gold Retreats From Record High"});
    CHECK_FALSE(has(a.body(), "About the author"));
    CHECK_FALSE(has(a.body(), "crypto journalist"));
    // repost-text livewire-013: the reposted story's own closing credit.
    const auto lines = extract::text::classify_lines({"About the author", "", "Scott Cunningham", "",
                                                      "Senior Vice President of Technology at IAB"});
    CHECK(lines[0].kind == LineKind::short_text);
}

TEST_CASE("repost text: a counter next to header UI goes, a chapter number stays", "[repost-text]") {
    const auto lines = extract::text::classify_lines({"6 min read \xC2\xB7 Sep 22, 2025", "215", "Responses (3)", "",
                                                      kParagraph, "", "102", "", kParagraph});
    CHECK(lines[1].kind == LineKind::label);
    CHECK(lines[2].kind == LineKind::comments);
    CHECK(lines[6].kind == LineKind::short_text);
}

TEST_CASE("repost text: a dateline with an updated clause is a dateline", "[repost-text]") {
    CHECK(kind_of("Publi\xC3\xA9 le 19 septembre 2025 \xC3\xA0 04h20, mis \xC3\xA0 jour le 20 septembre 2025 \xC3\xA0 10h00") ==
          LineKind::dateline);
    CHECK(kind_of("September 19, 2025 4:20 PM GMT+8 Updated 2 hours ago") == LineKind::dateline);
    CHECK(kind_of("Bitcoin update: prices fall March 4, 2025") != LineKind::dateline);
    CHECK(kind_of("Last updated: Sep 21, 2025 Published: Sep 19, 2025") == LineKind::dateline);
    const Article a = text_article({"Fed holds rates steady after two-day meeting", "", "By Jane Smith and Tom Lee", "",
                                    "September 19, 2025 4:20 PM GMT+8 Updated 2 hours ago", "", kParagraph, "", kParagraph});
    REQUIRE(a.date);
    CHECK(a.date->rfind("2025-09-19", 0) == 0);
    CHECK_FALSE(has(a.body(), "Updated"));
}

TEST_CASE("repost text: relative times", "[repost-text]") {
    using extract::text::is_relative_time;
    CHECK(is_relative_time("3 hours ago"));
    CHECK(is_relative_time("3h"));
    CHECK(is_relative_time("vor 3 stunden"));
    CHECK(is_relative_time("il y a 3 heures"));
    CHECK(is_relative_time("hace 2 días"));
    CHECK_FALSE(is_relative_time("3 hours"));
    CHECK_FALSE(is_relative_time("3 min read"));
    CHECK_FALSE(is_relative_time("hace falta"));
    CHECK(kind_of("3h \xC2\xB7 12.4K reads") == LineKind::dateline);
    CHECK(kind_of("24h") != LineKind::dateline);  // a quote table's column label
}

TEST_CASE("repost text: app and Medium author rows", "[repost-text]") {
    const Article app = text_article({"Newsly", "", "Fed holds rates steady after two-day meeting", "", "Marcus Feldman",
                                      "3 hours ago \xC2\xB7 12.4K reads", "Follow", "", kParagraph, "", kParagraph});
    CHECK(app.title == std::optional<std::string>("Fed holds rates steady after two-day meeting"));
    CHECK(app.byline == std::optional<std::string>("Marcus Feldman"));
    CHECK_FALSE(has(app.body(), "reads"));
    const Article medium = text_article({"MediumWriteSign upSign in", "", "Fed holds rates steady after two-day meeting", "",
                                         "Elena Varga \xC2\xB7", "Follow", "6 min read \xC2\xB7 Sep 22, 2025", "215",
                                         "Responses (3)", "", kParagraph, "", kParagraph});
    CHECK(medium.title == std::optional<std::string>("Fed holds rates steady after two-day meeting"));
    CHECK(medium.byline == std::optional<std::string>("Elena Varga"));
    CHECK(medium.body().rfind("The regulator", 0) == 0);
}

TEST_CASE("repost text: a section kicker is no byline, the source line names the origin", "[repost-text]") {
    CHECK(kind_of("Press Release \xC2\xB7 September 20, 2025") == LineKind::dateline);
    CHECK(kind_of("Zeynep Aydin \xC2\xB7 2 min read") == LineKind::byline);
    const Article a = text_article({"CryptoNewsroom", "", "Fed holds rates steady after two-day meeting", "",
                                    "Press Release \xC2\xB7 September 20, 2025", "", kParagraph, "", kParagraph, "",
                                    "Media contact: press@example.com", "", "Source: Acme Digital Assets Inc.", "",
                                    "This is a paid press release. Readers should do their own due diligence before "
                                    "taking any actions related to the promoted company."});
    CHECK(a.byline == std::optional<std::string>("Acme Digital Assets Inc."));  // legal form keeps its "." (study-b truth)
    CHECK_FALSE(has(a.body(), "Media contact"));
    CHECK_FALSE(has(a.body(), "paid press release"));
}

TEST_CASE("repost text: a published date after an updated one on the same line", "[repost-text]") {
    for (const char* meta : {"Updated Sep 20, 2025 9:02 am EDT \xC2\xB7 Published Sep 19, 2025 4:20 am EDT",
                             "Last updated: Sep 21, 2025 Published: Sep 19, 2025"}) {
        INFO(meta);
        const Article a = text_article({"Fed holds rates steady after two-day meeting", "Provided by Benzinga", meta, "",
                                        kParagraph, "", kParagraph});
        REQUIRE(a.date);
        CHECK(a.date->rfind("2025-09-19", 0) == 0);
    }
    // An update alone is no publication date: the modified date.
    const Article b = text_article({"Fed holds rates steady after two-day meeting", "Updated: Sep 20, 2025", "",
                                    kParagraph, "", kParagraph});
    CHECK_FALSE(b.date);
    CHECK(b.date_modified.value_or("").substr(0, 10) == "2025-09-20");
}

TEST_CASE("repost text: a short closing line above the source line is the story's", "[repost-text]") {
    // study-b exnews: the reposted column's tagline, then the exchange's "Source:" line and share bar.
    const Article a = text_article({"Fed holds rates steady after two-day meeting", "", "By Jane Smith", "Sep 19, 2025", "",
                                    kParagraph, "", kParagraph, "", "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR", "",
                                    "Source: Decrypt", "", "Share toXFacebookTelegramCopy link"});
    CHECK(a.body().size() > 10);
    CHECK(a.body().substr(a.body().size() - 9) == "AL EDITOR");
}

TEST_CASE("repost text: the origin named by a feed footer is the byline of a bot post", "[repost-text]") {
    const Article a = text_article({"Fed holds rates steady after two-day meeting", "",
                                    "Posted on September 19, 2025 by admin", "", kParagraph, "", kParagraph, "",
                                    "The post Fed holds rates steady after two-day meeting appeared first on Bitcoinist.",
                                    "", "Source link"});
    CHECK(a.byline == std::optional<std::string>("Bitcoinist"));
    CHECK_FALSE(has(a.body(), "Source link"));
}
