// A text scrape's byline or date row with an "Updated" clause: the update is `date_modified`, never `date`
// (issue #3: "updated" dates reported as published are a trap; the HTML path and a bare "Updated: …" line
// already read it so). A published date before the clause or after a published label stays the date, and
// the clause's date fills `date_modified`. A stop glued to the name's end ("ET BureauLast Updated:") ends it.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kGuideTitle = "How to Make a Graduation Centerpiece";

Article row_page(const std::string& row) { return text_article({kGuideTitle, "", row, "", kParagraph, "", kStudyLast}); }

std::string modified_day(const Article& a) { return a.date_modified.value_or("").substr(0, 10); }

}  // namespace

TEST_CASE("a byline row whose only date follows 'Updated' gives the modified date", "[text][update-clause]") {
    const Article a = row_page("By Megan Torres Updated on Nov 26, 2026");
    CHECK(a.title == std::optional<std::string>(kGuideTitle));
    CHECK(a.byline == std::optional<std::string>("Megan Torres"));
    CHECK_FALSE(a.date.has_value());
    CHECK(modified_day(a) == "2026-11-26");
}

TEST_CASE("a row with a published date and an update clause gives both", "[text][update-clause]") {
    const Article a = row_page("By Megan Torres | Published Nov 25, 2026 | Updated Nov 26, 2026");
    CHECK(day_of(a) == "2026-11-25");
    CHECK(modified_day(a) == "2026-11-26");
    const Article b = row_page("Nov 25, 2026 Updated Nov 26, 2026 3:15 PM");
    CHECK(day_of(b) == "2026-11-25");
    CHECK(b.date_modified == std::optional<std::string>("2026-11-26T15:15:00"));
    const Article c = row_page("Veröffentlicht am 25.11.2026, aktualisiert am 26.11.2026");
    CHECK(day_of(c) == "2026-11-25");
    CHECK(modified_day(c) == "2026-11-26");
}

TEST_CASE("a stop glued to the name's end ends the name", "[text][update-clause]") {
    // The Economic Times' byline and date spans, run together by a scrape.
    const Article a = row_page("By Rajesh Mascarenhas, ET BureauLast Updated: Nov 28, 2026, 02:05:00 PM IST");
    CHECK(a.byline == std::optional<std::string>("Rajesh Mascarenhas"));
    CHECK_FALSE(a.date.has_value());
    CHECK(a.date_modified == std::optional<std::string>("2026-11-28T14:05:00+05:30"));
    // Trap: a name's own inner capital.
    CHECK(row_page("By Ronald McDonald Nov 25, 2026").byline == std::optional<std::string>("Ronald McDonald"));
}
