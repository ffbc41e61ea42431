// A meta row's name and date on one line with no separator between them
// (study-g round 4 B5): "PR Newswire Fri, Sep 19, 2025, 8:30 AM" in a text
// scrape, a feed reader's "<a>The Block</a> <span>Fri, Sep 19, 2025 04:20</span>"
// row in HTML. The name reads as "PR Newswire · Fri, …" already did; each
// trap (a date label, a badge, a headline ending in a date, a place) keeps
// its old reading.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "extract/byline.hpp"
#include "extract/dates.hpp"
#include "metadata_test_support.hpp"
#include "repost_test_support.hpp"

namespace {

using newsclean::test::kStudyLast;
using newsclean::test::kStudyTitle;

using namespace newsclean;
using extract::text::LineKind;


// The name name_before_date finds in `line`, or "none".
std::string name_of(const std::string& line) {
    const auto date = extract::parse_date(line);
    if (!date) return "none";
    const auto parts = extract::name_before_date(line, *date);
    return parts ? parts->byline : "none";
}

// A text scrape: nav, headline, the meta row under test, the story.
Article scrape_with(const std::string& row) {
    return test::text_article({"Home News Markets", "", kStudyTitle, "", row, "", test::kParagraph, "",
                               "Overall, about 3% of kids who ate peanut butter before their first birthday got an "
                               "allergy by age 5, compared with 17% of kids who avoided it."});
}

std::string or_none(const std::optional<std::string>& s) { return s ? *s : "none"; }

// An HTML page: the headline, then `row` in a meta div, then the story.
Article page_with(const std::string& row) {
    return metatest::page("<article><h1>" + kStudyTitle + "</h1><div class=\"article_sub_title\">" + row + "</div>",
                          "<title>" + kStudyTitle + "</title>");
}

}  // namespace

TEST_CASE("name_before_date: the name right before a dated row's date", "[byline][dated-row]") {
    CHECK(name_of("PR Newswire Fri, Sep 19, 2025, 8:30 AM") == "PR Newswire");
    CHECK(name_of("The Block Fri, Sep 19, 2025 04:20") == "The Block");
    CHECK(name_of("Reuters 19.09.2025 14:00") == "Reuters");
    // Traps: date and update labels, a badge, a section kicker, a weekday, a place, a date alone.
    CHECK(name_of("Updated Fri, Sep 19, 2025 10:00") == "none");
    CHECK(name_of("Published Sep 19, 2025 10:00") == "none");
    CHECK(name_of("Posted on Sep 19, 2025 10:00") == "none");
    CHECK(name_of("Last modified Sep 19, 2025 10:00") == "none");
    CHECK(name_of("Zuletzt aktualisiert 19.09.2025 14:00") == "none");
    CHECK(name_of("Stand: 19.09.2025 14:00 Uhr") == "none");
    CHECK(name_of("Stand 19.09.2025 14:00 Uhr") == "none");
    CHECK(name_of("Berlin, 19.09.2025 14:00") == "none");
    CHECK(name_of("LIVE Markets Close 19 September 2025 16:30") == "none");
    CHECK(name_of("Markets Sep 19, 2025 04:20") == "none");
    CHECK(name_of("Friday Sep 19, 2025 04:20") == "none");
    CHECK(name_of("Today Sep 19, 2025 10:00") == "none");
    CHECK(name_of("Fri, Sep 19, 2025 04:20") == "none");
    CHECK(name_of("the block Sep 19, 2025 10:00") == "none");
    // A caseless script shows no Title Case: a source credit beside the date (readability qq).
    CHECK(name_of("TNWä¸­æç« 2016å¹´" "10æ" "14æ¥" "07:17") == "none");
    // A headline ending in a date shows no clock time: no name.
    CHECK(name_of("Fed Holds Rates Sep 19, 2025") == "none");
    CHECK(name_of("Markets Close 19 September 2025") == "none");
}

TEST_CASE("text: a name and a date on one line read like the dotted row", "[text][dated-row]") {
    // study-g prwire shell: the one-line row gives what "PR Newswire · Fri, …" gives.
    const Article dotted = scrape_with("PR Newswire \xC2\xB7 Fri, Sep 19, 2025, 8:30 AM");
    const Article plain = scrape_with("PR Newswire Fri, Sep 19, 2025, 8:30 AM");
    CHECK(plain.byline == std::optional<std::string>("PR Newswire"));
    CHECK(plain.byline == dotted.byline);
    CHECK(plain.source == dotted.source);
    CHECK(plain.title == std::optional<std::string>(kStudyTitle));
    CHECK(plain.date == dotted.date);
    // study-g feedreader shell, text copy.
    const Article feed = scrape_with("The Block Fri, Sep 19, 2025 04:20");
    CHECK(feed.byline == std::optional<std::string>("The Block"));
    CHECK(test::kind_of("The Block Fri, Sep 19, 2025 04:20") == LineKind::byline);
}

TEST_CASE("text: date labels, places and headlines before a date name no one", "[text][dated-row]") {
    for (const char* row : {"Updated Fri, Sep 19, 2025 10:00", "Published Sep 19, 2025 10:00",
                            "Posted on Sep 19, 2025 10:00", "Last modified Sep 19, 2025 10:00",
                            "Stand: 19.09.2025 14:00", "Berlin, 19.09.2025 14:00", "Fri, Sep 19, 2025 04:20"}) {
        INFO(row);
        const Article a = scrape_with(row);
        CHECK_FALSE(a.byline);
        CHECK(a.title == std::optional<std::string>(kStudyTitle));
    }
    // "Markets Close 19 September 2025" under a LIVE badge is a headline, no name.
    const Article live = test::text_article({"Home News Markets", "", "LIVE", "Markets Close 19 September 2025", "",
                                             test::kParagraph});
    CHECK(live.byline != std::optional<std::string>("Markets Close"));
    // A headline ending in a date.
    const Article headline = test::text_article({"Home News Markets", "", "Fed Holds Rates Sep 19, 2025", "",
                                                 test::kParagraph});
    CHECK(headline.byline != std::optional<std::string>("Fed Holds Rates"));
    // The badged author row keeps its reading (study-f liveblog shell).
    const Article badged = scrape_with("LIVE Tom\xC3\xA1s Ferreira 19 September 2025 Updated 11:02");
    CHECK(badged.byline == std::optional<std::string>("Tom\xC3\xA1s Ferreira"));
}

TEST_CASE("html: a feed row's name before its date is the byline", "[metadata][dated-row]") {
    // study-g feedreader shell.
    const Article a = page_with("<a class=\"feed_title_link\" href=\"/feed/theblock\">The Block</a> "
                                "<span class=\"article_date\">Fri, Sep 19, 2025 04:20</span>");
    CHECK(or_none(a.byline) == "The Block");
    CHECK(metatest::day(a.date) == "2025-09-19");
    // A byline element beats it.
    const Article b = page_with("<a href=\"/feed/theblock\">The Block</a> <span>Fri, Sep 19, 2025 04:20</span>"
                                "<p class=\"byline\">By Jane Doe</p>");
    CHECK(or_none(b.byline) == "Jane Doe");
}

TEST_CASE("html: date labels, places and headlines before a date name no one", "[metadata][dated-row]") {
    for (const char* row : {"<span>Updated</span> <span>Fri, Sep 19, 2025 10:00</span>",
                            "<span>Published</span> <span>Sep 19, 2025 10:00</span>", "Posted on Sep 19, 2025 10:00",
                            "Last modified Sep 19, 2025 10:00", "Stand: 19.09.2025 14:00",
                            "Berlin, 19.09.2025 14:00", "<span>Fri, Sep 19, 2025 04:20</span>",
                            "<span class=\"badge\">LIVE</span> Markets Close 19 September 2025"}) {
        INFO(row);
        CHECK(or_none(page_with(row).byline) == "none");
    }
    // A headline in a title div, not a heading, ending in a date and a time.
    const Article h = metatest::page("<article><div class=\"title\">Fed Holds Rates Sep 19, 2025 10:00</div>",
                                     "<title>Fed Holds Rates Sep 19, 2025 10:00</title>");
    CHECK(or_none(h.byline) == "none");
}
