// Text scrapes of the eighteenth round of unseen page shells (study-u: jutarnji, 15min, ynet, economictimes): with
// no header row read, the rows between the headline and the body that are clearly none (a date row no table reads,
// a "Name role" author row) give way to the headline above them. A trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

Article page(const std::string& title, std::vector<std::string> header) {
    std::vector<std::string> lines{"Vijesti", "Sport", "Biznis", "", title, ""};
    for (std::string& h : header) lines.push_back(std::move(h));
    for (const std::string& t : {std::string(), kParagraph, std::string(), kStudyLast}) lines.push_back(t);
    return text_article(std::move(lines));
}

}  // namespace

TEST_CASE("round 18 text: a date row no table reads is no headline (T1)", "[text-round-18]") {
    const std::string hr = "Inflacija u studenome usporila na 3,6 posto";
    // Croatian labels and the ordinal dot after the year: dates.cpp reads none of it.
    const Article a = page(hr, {"Hina", "Objavljeno: 28.11.2026. u 14:05 Ažurirano: 28.11.2026. u 16:40"});
    CHECK(a.title == opt(hr));
    CHECK(a.body().find("Objavljeno") == std::string::npos);
    CHECK(a.body().find("Hina") == std::string::npos);
    // Lithuanian "2026 m. <month> 27 d." with a clock time.
    const std::string lt = "Vilniuje brangs atliekų surinkimas";
    const Article b = page(lt, {"2026 m. lapkričio 27 d. 10:15"});
    CHECK(b.title == opt(lt));
    CHECK(b.body().find("10:15") == std::string::npos);
}

TEST_CASE("round 18 text: a one-line headline with a year or a time above the body stays the title (T1 trap)", "[text-round-18]") {
    for (const std::string& h : {std::string("Inflation hits 4.2% in 2026"), std::string("Markets close early at 14:30 on Friday"),
                                 std::string("Fed to meet on 12.12.2026 amid rate cut hopes")}) {
        const Article a = page("Economy", {h});
        CHECK(a.title == opt(h));
    }
}

TEST_CASE("round 18 text: a one-credit 'Name role' row is no headline (T1)", "[text-round-18]") {
    const std::string en = "Oslo raises waste collection fees from January";
    const Article a = page(en, {"Kari Nordmann journalist"});
    CHECK(a.title == opt(en));
    // Trap: a name and a verb is a headline's.
    const Article b = page("Economy", {"Taylor Swift performs"});
    CHECK(b.title == opt("Taylor Swift performs"));
}
