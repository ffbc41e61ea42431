// Metadata of the seventh round of unseen page shells (study-j): Czech and Thai date forms (B9, B10), the
// cs/th source and byline labels (B3). Each positive case has its trap beside it: the nearest legitimate
// text that must keep its old reading.
#include <catch2/catch.hpp>

#include <string>

#include "extract/dates.hpp"
#include "metadata_test_support.hpp"

namespace {

using newsclean::metatest::iso;

using newsclean::extract::parse_date;
using namespace newsclean::metatest;

}  // namespace

TEST_CASE("round 7: Czech and Slovak dates, numeric with spaces and genitive months", "[dates][round-7]") {
    // czech shell: "Jan Novák 19. 9. 2025 4:20 Aktualizováno 20. 9. 2025 10:05".
    CHECK(iso("19. 9. 2025 4:20") == "2025-09-19T04:20:00");
    CHECK(iso("Jan Novák 19. 9. 2025 4:20 Aktualizováno 20. 9. 2025 10:05") == "2025-09-19T04:20:00");
    CHECK(iso("19. září 2025 4:20") == "2025-09-19T04:20:00");
    CHECK(iso("1. ledna 2025") == "2025-01-01");
    CHECK(iso("5. července 2024") == "2024-07-05");
    CHECK(iso("5. června 2024") == "2024-06-05");
    CHECK(iso("19. septembra 2025") == "2025-09-19");  // sk
    CHECK(iso("3. 12. 2024", "en") == "2024-12-03");   // day first whatever the language
}

TEST_CASE("round 7: spaced numbers that are no Czech date", "[dates][round-7]") {
    CHECK(iso("Kapitola 3 . 4 . 2025") == "none");  // the dots must touch their numbers
    CHECK(iso("19. 13. 2025") == "none");           // no 13th month
    CHECK(iso("Steps 1. 2. 3. and 4.") == "none");  // an enumeration, no year
    CHECK(iso("19.9 2025") == "none");
}

TEST_CASE("round 7: Thai months and Buddhist-era years", "[dates][round-7]") {
    // thai shell: "19 ก.ย. 2568 04:20 น.", "เผยแพร่: 19 กันยายน 2568 04:20".
    CHECK(iso("19 ก.ย. 2568 04:20 น.") == "2025-09-19T04:20:00");
    CHECK(iso("เผยแพร่: 19 กันยายน 2568 04:20") == "2025-09-19T04:20:00");
    CHECK(iso("1 ม.ค. 2567") == "2024-01-01");
    CHECK(iso("วันที่ 19 กันยายน พ.ศ. 2568") == "2025-09-19");
    CHECK(iso("19 ก.ย. 2025") == "2025-09-19");  // a Gregorian year beside a Thai month stays
    CHECK(iso("19/09/2568", "th") == "2025-09-19");
    CHECK(iso("19/09/2568", "th-TH") == "2025-09-19");
}

TEST_CASE("round 7: a Buddhist-era year is read only beside a Thai month or on a Thai page", "[dates][round-7]") {
    CHECK(iso("19 September 2568") == "none");
    CHECK(iso("19/09/2568", "en") == "none");
    CHECK(iso("19/09/2568", "tr") == "none");
    CHECK(iso("19/09/2025", "th") == "2025-09-19");
    CHECK(iso("ราคา 2568 บาท") == "none");  // a plain number in Thai text
}

TEST_CASE("round 7: cs and th source and byline labels", "[byline][round-7]") {
    CHECK(source("Zdroj: Reuters") == "Reuters");
    CHECK(byline("Zdroj: Reuters") == "Reuters");
    CHECK(source("ที่มา: Decrypt") == "Decrypt");
    CHECK(byline("ที่มา: Decrypt") == "Decrypt");
    CHECK(byline("โดย สมชาย ใจดี") == "สมชาย ใจดี");
    CHECK(byline("โดย สมชาย ใจดี 19 ก.ย. 2568 04:20 น.") == "สมชาย ใจดี");
    // Traps: the label word inside a word or a sentence, and "zdroj" without its colon.
    CHECK(source("Zdroje energie rostou") == "none");
    CHECK(source("Zdroj energie je jádro") == "none");
    using newsclean::extract::BylineLabel;
    using newsclean::extract::byline_label;
    CHECK(byline_label("โดย สมชาย ใจดี") == BylineLabel::author);
    CHECK(byline_label("ที่มา: Decrypt") == BylineLabel::source);
    CHECK(byline_label("Zdroj: ČTK") == BylineLabel::source);
    CHECK(byline_label("โดยเฉพาะ ตลาด คริปโต") == BylineLabel::none);  // "especially": the label glued to a word
    CHECK(byline_label("ที่มาของ ราคา") == BylineLabel::none);           // "the origin of"
    CHECK(byline_label("Zdroj energie") == BylineLabel::none);
}

TEST_CASE("round 7: a Czech dateline beats a JSON-LD date re-stamped with the update", "[metadata][round-7]") {
    const auto a = page(
        "<h1>Fed holds rates steady</h1><div class=\"meta\"><span class=\"source\">Zdroj: Reuters</span> "
        "<span class=\"date\">19. září 2025 4:20</span> <span class=\"upd\">Aktualizováno 20. září 2025 10:05</span></div>",
        "<title>Fed holds rates steady</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"datePublished\":\"2025-09-20T10:05:00+02:00\"}</script>");
    CHECK(day(a.date) == "2025-09-19");
    CHECK(by(a) == "Reuters");
    CHECK(a.source.value_or("none") == "Reuters");
}

TEST_CASE("round 7: Thai published and updated labels", "[metadata][round-7]") {
    const auto a = page(
        "<h1>Fed holds rates steady</h1><div class=\"meta\"><span>อัปเดต: 20 กันยายน 2568 10:05</span> "
        "<span>เผยแพร่: 19 กันยายน 2568 04:20</span></div>",
        "<title>Fed holds rates steady</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"datePublished\":\"2025-09-20T10:05:00+07:00\"}</script>");
    CHECK(day(a.date) == "2025-09-19");
    CHECK(day(a.date_modified) == "2025-09-20");
}

TEST_CASE("round 7: a Thai byline row in a text scrape", "[metadata][round-7]") {
    const auto a = scrape("Fed holds rates steady\n\nโดย สมชาย ใจดี 19 ก.ย. 2568 04:20 น.");
    CHECK(by(a) == "สมชาย ใจดี");
    CHECK(day(a.date) == "2025-09-19");
}

namespace {

bool body_has(const newsclean::Article& a, std::string_view text) { return a.body().find(text) != std::string::npos; }

// An <article> with the headline, `meta` (the rows under it) and the short story in div.content.
newsclean::Article article(const std::string& meta, const std::string& lang = "en") {
    return clean("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>Fed holds rates "
                 "steady</title></head><body><article><h1>Fed holds rates steady</h1>" + meta +
                 "<div class=\"content\"><p>" + kStory + "</p><p>" + kStoryEnd + "</p></div></article></body></html>",
                 "test.html");
}

}  // namespace

TEST_CASE("round 7: a dateline closed by an AP-style a.m. time leaves the body", "[metadata][round-7]") {
    // coindesk shell: "Updated Sep 20, 2025, 10:05 a.m. Published Sep 19, 2025, 4:20 a.m." under the byline.
    const auto a = article("<div class=\"byline\">By <a href=\"/author/x\">Omkar Godbole</a></div><div class=\"at-created\">"
                           "<span>Updated Sep 20, 2025, 10:05 a.m.</span> <span>Published Sep 19, 2025, 4:20 a.m.</span></div>");
    CHECK(day(a.date) == "2025-09-19");
    CHECK_FALSE(body_has(a, "Published Sep 19"));
}

TEST_CASE("round 7: a story sentence ending in an a.m. time stays", "[metadata][round-7]") {
    const auto a = article("<div class=\"at-created\"><span>The vote on Sep 19, 2025 closed at 4:20 a.m.</span></div>"
                           "<div class=\"lead\">Published in 2025, the report was released at 4:20 a.m.</div>");
    CHECK(body_has(a, "The vote on Sep 19, 2025 closed at 4:20 a.m."));
    CHECK(body_has(a, "Published in 2025, the report was released at 4:20 a.m."));
}

TEST_CASE("round 7: a Thai dateline with a Buddhist-era year leaves the body", "[metadata][round-7]") {
    const auto a = article("<div class=\"entry-meta\"><span class=\"date\">19 ก.ย. 2568 04:20 น.</span></div>", "th");
    CHECK(day(a.date) == "2025-09-19");
    CHECK_FALSE(body_has(a, "2568"));
}

TEST_CASE("round 7: a type tag after the name leaves the byline", "[byline][round-7]") {
    // forbes shell: the tag is its own element, no comma; cointelegraph: "<Outlet> By <Name>".
    CHECK(byline("Sarah Hansen Contributor") == "Sarah Hansen");
    CHECK(byline("Sarah Hansen Senior Contributor") == "Sarah Hansen");
    CHECK(byline("Nina Bambysheva Forbes Staff") == "Nina Bambysheva");
    CHECK(byline("Ana Paula Pereira Staff Writer") == "Ana Paula Pereira");
    CHECK(byline("Cointelegraph By Helen Partz") == "Helen Partz");
    const auto a = article("<div class=\"contrib-byline-author\"><a class=\"contrib-link--name\" href=\"/sites/x/\">"
                           "Sarah Hansen</a> <span class=\"contrib-byline-type\">Contributor</span></div>");
    CHECK(by(a) == "Sarah Hansen");
    const auto t = scrape("Fed holds rates steady\n\nNina Bambysheva Forbes Staff\nSep 19, 2025, 04:20am EDT");
    CHECK(by(t) == "Nina Bambysheva");
}

TEST_CASE("round 7: surnames that are role words stay", "[byline][round-7]") {
    CHECK(byline("Jane Staff") == "Jane Staff");
    CHECK(byline("Jennifer Senior") == "Jennifer Senior");
    CHECK(byline("Jennifer Senior Contributor") == "Jennifer Senior");
    CHECK(byline("Reuters Staff") == "Reuters Staff");
    CHECK(byline("The Daily Ledger Staff") == "The Daily Ledger Staff");  // a team credit
    CHECK(byline("By Jane Doe Staff") == "Jane Doe");
    CHECK(byline("Stand By Me") != "Me");  // no full name after the outlet word
    CHECK(byline("Written By Lena Hartmann") == "Lena Hartmann");
    CHECK(byline("Photo By Lena Hartmann") == "none");  // another role
}

TEST_CASE("round 7: a label word before another field's name labels nothing", "[byline][round-7]") {
    // mirror shell: the verification box's "Author Address" heading over a wallet address.
    using newsclean::extract::BylineLabel;
    using newsclean::extract::byline_label;
    CHECK(byline_label("Author Address") == BylineLabel::none);
    CHECK(byline_label("Author Bio") == BylineLabel::none);
    CHECK(byline("Author Address") != "Address");
    CHECK(byline_label("Author Jane Doe") == BylineLabel::author);
    CHECK(byline("Author: Jane Doe") == "Jane Doe");
    CHECK(byline("Author Jane Doe") == "Jane Doe");
    CHECK(byline("By Addison Rae") == "Addison Rae");  // a name that opens like a field noun
}

TEST_CASE("round 7: an ENS name is a byline", "[byline][round-7]") {
    CHECK(byline("alice.eth") == "alice.eth");
    CHECK(byline("By vitalik.eth") == "vitalik.eth");
    CHECK(byline("alice.eth September 19th, 2025") == "alice.eth");
    CHECK(byline("send it to .eth") == "none");
    CHECK(byline("ab.eth") == "none");  // ENS names have three characters or more
    using newsclean::extract::is_ens_name;
    CHECK_FALSE(is_ens_name("Alice.eth"));
    CHECK_FALSE(is_ens_name("example.com"));
    const auto a = article("<div class=\"_2gpt0b2\"><a class=\"_2gpt0b3\"><span>alice.eth</span></a> "
                           "<span>September 19th, 2025</span></div>");
    CHECK(by(a) == "alice.eth");
    CHECK(day(a.date) == "2025-09-19");
    const auto t = scrape("Fed holds rates steady\n\nalice.eth September 19th, 2025");
    CHECK(by(t) == "alice.eth");
}

TEST_CASE("round 7: Mirror's verification box names no author", "[metadata][round-7]") {
    const std::string box = "<div class=\"_1f8h9x0\"><div><div>Arweave TX</div><a>kX9d2QvR7mZs4Lw0pTfB3nYc8uEj1HaGo6iKxV5rWqM</a>"
                            "</div><div><div>Author Address</div><a>0x4f3A8b2C9d1E6f7A0b5C4d3E2f1A9b8C7d6E9c21</a></div></div>";
    const auto a = clean("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fed holds rates steady"
                         "</title></head><body><article><h1>Fed holds rates steady</h1><div class=\"content\"><p>" +
                             std::string(kStory) + "</p><p>" + kStoryEnd + "</p></div></article>" + box + "</body></html>",
                         "test.html");
    CHECK(by(a) == "none");
}

TEST_CASE("round 7: CNBC's author row names the byline over a JSON-LD Organization", "[metadata][round-7]") {
    const std::string ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":"
                           "\"Organization\",\"name\":\"CNBC\"}}</script>";
    const std::string row = "<div class=\"Author-authorNameAndSocial\"><a class=\"Author-authorName\" "
                            "href=\"https://www.reuters.com/\">Reuters</a></div>";
    auto html = [&](const std::string& head, const std::string& meta) {
        return clean("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fed holds rates steady"
                     "</title>" + head + "</head><body><article><h1>Fed holds rates steady</h1>" + meta +
                         "<div class=\"content\"><p>" + kStory + "</p><p>" + kStoryEnd + "</p></div></article></body></html>",
                     "test.html");
    };
    CHECK(by(html(ld, row)) == "Reuters");
    CHECK(by(html("", row)) == "Reuters");
    // Traps: a social row and a related card with author links name no one.
    CHECK(by(html("", "<div class=\"author-social\"><a class=\"author-link\">Follow on Twitter</a></div>")) == "none");
    CHECK(by(html("", "")) == "none");
    CHECK(by(html("", "<div class=\"related-stories\"><a class=\"author-name\" href=\"/x\">John Roe</a> "
                      "<a href=\"/y\">Bitcoin slips below $60,000</a></div>")) == "none");
}

TEST_CASE("round 7: a text scrape's date row closed by an a.m. time", "[metadata][round-7]") {
    // coindesk shell (text twin): the row was read as a sentence and stayed in the body, date null.
    const auto a = scrape("Fed holds rates steady\n\nBy Omkar Godbole\nPublished Sep 19, 2025, 4:20 a.m.");
    CHECK(day(a.date) == "2025-09-19");
    CHECK_FALSE(body_has(a, "Published Sep 19"));
    const auto b = scrape("Fed holds rates steady\n\nBy Omkar Godbole\nUpdated Sep 20, 2025, 10:05 a.m. Published Sep 19, 2025, 4:20 a.m.");
    CHECK(day(b.date) == "2025-09-19");
    CHECK_FALSE(body_has(b, "Published Sep 19"));
}

TEST_CASE("round 7: story sentences with a.m. times stay in a text scrape", "[metadata][round-7]") {
    const std::string p1 = "The session opened at 9:30 a.m. Traders said the market was calm and the vote passed later in the day.";
    const std::string p2 = "The vote on Sep 19, 2025 closed at 4:20 a.m.";
    const auto a = scrape("Fed holds rates steady\n\nBy Omkar Godbole\nSep 19, 2025\n\n" + p1 + "\n\n" + p2);
    CHECK(body_has(a, p1));
    CHECK(body_has(a, p2));
}

TEST_CASE("round 7: a Reddit poster is an account, the post's Source: names the origin", "[metadata][round-7]") {
    using newsclean::extract::is_account_name;
    CHECK(is_account_name("u/coinwatcher"));
    CHECK(is_account_name("/u/coinwatcher"));
    CHECK_FALSE(is_account_name("U2"));
    CHECK_FALSE(is_account_name("Jane Doe"));
    CHECK_FALSE(is_account_name("u/"));
    CHECK(byline("Posted by u/coinwatcher") == "none");
    const auto a = article("<div class=\"credit-bar\"><a href=\"/r/entertainment/\">r/entertainment</a> • <span>Posted by "
                           "<a href=\"/user/coinwatcher/\">u/coinwatcher</a></span></div>"
                           "<p class=\"src\">Source: <a href=\"https://www.tmz.example/x\">TMZ</a></p>");
    CHECK(by(a) == "TMZ");
    // Trap: a real author row stays.
    const auto b = article("<div class=\"byline\">By <a href=\"/author/jane-doe\">Jane Doe</a></div>");
    CHECK(by(b) == "Jane Doe");
}

TEST_CASE("round 7: a name row before a date and an update clause", "[metadata][round-7]") {
    // czech shell (text twin): "Jan Novák 19. 9. 2025 4:20 Aktualizováno 20. 9. 2025 10:05".
    const auto a = scrape("Fed holds rates steady\n\nJan Novák 19. 9. 2025 4:20 Aktualizováno 20. 9. 2025 10:05");
    CHECK(by(a) == "Jan Novák");
    CHECK(day(a.date) == "2025-09-19");
    const auto b = scrape("Fed holds rates steady\n\nJane Doe Sep 19, 2025 04:20 Updated Sep 20, 2025 10:05");
    CHECK(by(b) == "Jane Doe");
    CHECK(day(b.date) == "2025-09-19");
    // Traps: a section kicker and a date label before the date name no one.
    CHECK(by(scrape("Fed holds rates steady\n\nMarkets 19.09.2025 14:00 Updated 20.09.2025 10:05")) == "none");
    CHECK(by(scrape("Fed holds rates steady\n\nPublished Sep 19, 2025 04:20 Updated Sep 20, 2025 10:05")) == "none");
}
