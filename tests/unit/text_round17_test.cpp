// Text scrapes of the seventeenth round of unseen page shells (study-t: berlingske, aftenposten, digi24,
// jetbrains, nationalmuseum, brondby): the header of a plain-text page when the author's name and the date
// sit in inline elements that the scrape runs together. Every page is handwritten here, with a trap.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

const std::string kDa = "Inflationen falder til 1,9 procent i november";
const std::string kEn = "IntelliJ IDEA 2026.3 Is Out!";

}  // namespace

TEST_CASE("round 17 text: a name glued to the date of its row is the byline (T3)", "[text-round-17]") {
    // Berlingske: the wire and the time stamps, three spans run together.
    const Article a = header_text_page({"Økonomi", kDa, "Ritzau28.11.2026 kl. 14.05Opdateret 28.11.2026 kl. 16.40"});
    CHECK(a.title == opt(kDa));
    CHECK(a.byline == opt(std::string("Ritzau")));
    CHECK(a.date == opt(std::string("2026-11-28T14:05:00")));
    // The reporter, her role and a date without a time.
    const Article b = header_text_page({"Økonomi", kDa, "Mette HolmØkonomisk redaktør27. november 2026"});
    CHECK(b.byline == opt(std::string("Mette Holm")));
    CHECK(b.date == opt(std::string("2026-11-27")));
    // A blog's author row: the name runs into the month; two authors, one with a handle.
    const Article c = header_text_page({"ReleasesEarly Access Program", kEn, "Ekaterina RyabukhaNovember 24, 2026", "4 min read"});
    CHECK(c.title == opt(kEn));
    CHECK(c.byline == opt(std::string("Ekaterina Ryabukha")));
    CHECK(c.date == opt(std::string("2026-11-24")));
    const Article d = header_text_page({kEn, "Maria Kosukhina @mkosukhina and Dmitry JemerovNovember 18, 2026", "4 min read"});
    CHECK(d.authors == std::vector<std::string>{"Maria Kosukhina", "Dmitry Jemerov"});
    CHECK(d.title == opt(kEn));
    // Traps: a section's name glued to the date is no byline; a headline's glued brand and year stays one.
    const Article e = header_text_page({"Førsteholdet28. nov. 2026", kDa});
    CHECK_FALSE(e.byline);
    CHECK(e.title == opt(kDa));
    const std::string headline = "Windows11 adoption doubles in a year";
    const Article f = header_text_page({headline, "Nadia Petrova", "Sep 19, 2025"});
    CHECK(f.title == opt(headline));
}

TEST_CASE("round 17 text: a dialogue dash opening a quote paragraph is kept (X4)", "[text-round-17]") {
    const std::string quote =
        "\xE2\x80\x93 Det føles fantastisk at være tilbage på banen med drengene. Jeg har arbejdet hårdt, siger Daniel Wass.";
    const Article a = text_article({"Daniel Wass tilbage i fuld træning", "", kParagraph, "", quote, "", kStudyLast});
    CHECK(has(a.body(), quote));
    // Trap: a run of dashed items is a list, its bullets stripped as before.
    const std::string item1 = "\xE2\x80\x93 Forbrugerpriserne steg i november med 1,9 procent i forhold til sidste år.";
    const std::string item2 = "\xE2\x80\x93 Fødevarepriserne steg derimod med 3,4 procent i samme periode i år.";
    const Article b = text_article({"Inflationen falder til 1,9 procent i november", "", kParagraph, "", item1, item2, "", kStudyLast});
    CHECK_FALSE(has(b.body(), "\xE2\x80\x93 Forbrugerpriserne"));
    CHECK(has(b.body(), "Forbrugerpriserne steg i november"));
}
