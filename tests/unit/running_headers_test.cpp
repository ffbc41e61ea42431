// Page furniture of documents converted from PDF or Word (study-f B4, pdfpr
// shell): page markers, running headers repeated on every page, and
// press-release marks are dropped from the body, in the HTML path and in the
// text-scrape path; repeated short lines of a body without pages stay.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <variant>

#include "extract/running_headers.hpp"
#include "lexicon/page_furniture.hpp"
#include "newsclean/newsclean.hpp"

namespace {

using namespace newsclean;

const std::string kPara1 =
    "Life-threatening peanut allergies have been on the rise in the past decade, with little hope for a cure, "
    "researchers said on Thursday.";
const std::string kPara2 =
    "But a groundbreaking new study may offer a way to stem that rise, while another may offer some hope for "
    "those who are already allergic to peanuts.";
const std::string kPara3 =
    "Overall, about 3% of kids who ate peanut butter or peanut snacks before their first birthday got an allergy "
    "by age 5, compared with 17% of kids who avoided it.";

Article clean(const std::string& bytes, const char* name) {
    Result result = clean_bytes(bytes, name, Options{});
    if (const auto* f = std::get_if<Failure>(&result)) FAIL(f->reason);
    return std::get<Article>(std::move(result));
}

std::string body_of(const Article& a) {
    std::string out;
    for (const Block& b : a.blocks) out += b.text + "\n";
    return out;
}

// pdf2htmlEX-like markup: one div.pf per page, one div.t per line or paragraph.
std::string pdf_page_html() {
    const std::string hdr = "<div class=\"t\">Nimbus Labs Inc. \xE2\x80\x94 Press Release</div>";
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Babies Who Eat Peanuts Early "
           "May Avoid Allergy</title></head><body><article><h1>Babies Who Eat Peanuts Early May Avoid "
           "Allergy</h1><div class=\"content\"><div class=\"pf\"><div class=\"t\">FOR IMMEDIATE RELEASE</div>" +
           hdr + "<div class=\"t\">" + kPara1 + "</div><div class=\"t\">" + kPara2 +
           "</div><div class=\"t\">Page 1 of 2</div></div><div class=\"pf\">" + hdr + "<div class=\"t\">" + kPara3 +
           "</div><div class=\"t\">Page 2 of 2</div></div></div></article></body></html>";
}

}  // namespace

TEST_CASE("running headers: page markers in several languages and shapes", "[running-headers]") {
    using extract::is_page_marker;
    CHECK(is_page_marker("Page 1 of 2"));
    CHECK(is_page_marker("Seite 2 von 3"));
    CHECK(is_page_marker("Page 3 sur 4"));
    CHECK(is_page_marker("P\xC3\xA1gina 2 de 5"));  // Página
    CHECK(is_page_marker("Page 2 / 3"));
    CHECK(is_page_marker("[Page 7]"));
    CHECK(is_page_marker("PAGE 12"));
    CHECK(is_page_marker("2 | Page"));
    CHECK(is_page_marker("- 2 -"));
    CHECK(is_page_marker("\xE2\x80\x93 14 \xE2\x80\x93"));  // en dashes
    // A slideshow's count, a score, a heading that names a page, a sentence: not markers.
    CHECK_FALSE(is_page_marker("1 / 5"));
    CHECK_FALSE(is_page_marker("1 of 2"));
    CHECK_FALSE(is_page_marker("3-1"));
    CHECK_FALSE(is_page_marker("Page Six"));
    CHECK_FALSE(is_page_marker("See page 2 of the filing."));
    CHECK_FALSE(is_page_marker("Page 2 of 3 of the report was redacted"));
    CHECK_FALSE(is_page_marker("Page 123456"));
}

TEST_CASE("running headers: footer lines ending or opening with a page marker", "[running-headers]") {
    using extract::is_page_footer;
    CHECK(is_page_footer("Nimbus Labs Inc. | Page 1 of 2"));
    CHECK(is_page_footer("Page 2 \xC2\xB7 Confidential"));                  // ·
    CHECK(is_page_footer("Annual Report 2025 \xE2\x80\x94 Seite 3 von 9"));  // —
    CHECK_FALSE(is_page_footer("Nimbus Labs Inc. | Press Release"));
    CHECK_FALSE(is_page_footer("Results 1 - 2"));
    CHECK_FALSE(is_page_footer("The filing runs to 40 pages | see page 2 of the appendix for the figures"));
    const std::vector<std::string_view> texts = {kPara1, "Acme Research | Page 1 of 2", kPara2};
    CHECK(extract::page_furniture(texts)[1] == "page-marker");
}

TEST_CASE("running headers: repeated short lines go only in a paged body", "[running-headers]") {
    const std::vector<std::string_view> paged = {"Acme Research \xE2\x80\x94 Weekly Note", kPara1, "Page 1 of 2",
                                                 "Acme Research \xE2\x80\x94 Weekly Note", kPara2, "Page 2 of 2"};
    const auto rules = extract::page_furniture(paged);
    CHECK(rules[0] == "running-header");
    CHECK(rules[1].empty());
    CHECK(rules[2] == "page-marker");
    CHECK(rules[3] == "running-header");
    CHECK(rules[4].empty());
    CHECK(rules[5] == "page-marker");

    // A listicle repeats its "Pros" / "Cons" headings; without a page marker they stay.
    const std::vector<std::string_view> listicle = {"Pros", kPara1, "Cons", kPara2, "Pros", kPara3, "Cons"};
    for (std::string_view r : extract::page_furniture(listicle)) CHECK(r.empty());

    // In a paged body, a repeated sentence or speaker label stays: only title-like lines repeat as headers.
    const std::vector<std::string_view> transcript = {"Q:", kPara1, "Q:", "He said no.", "He said no.", "Page 1"};
    const auto kept = extract::page_furniture(transcript);
    CHECK(kept[0].empty());
    CHECK(kept[3].empty());
    CHECK(kept[5] == "page-marker");
}

TEST_CASE("running headers: press-release marks, whole lines only", "[running-headers]") {
    const std::vector<std::string_view> texts = {"FOR IMMEDIATE RELEASE", "Pressemitteilung",
                                                 "The company issued a press release on Monday."};
    const auto rules = extract::page_furniture(texts);
    CHECK(rules[0] == "release-mark");
    CHECK(rules[1] == "release-mark");
    CHECK(rules[2].empty());
}

TEST_CASE("running headers: a PDF-converted press release (HTML)", "[running-headers]") {
    const Article a = clean(pdf_page_html(), "test.html");
    CHECK(body_of(a) == kPara1 + "\n" + kPara2 + "\n" + kPara3 + "\n");
}

TEST_CASE("running headers: the text scrape of a PDF-converted press release", "[running-headers]") {
    const std::string hdr = "Nimbus Labs Inc. \xE2\x80\x94 Press Release\n";
    const std::string text = "Babies Who Eat Peanuts Early May Avoid Allergy\n\nSource: Nimbus Labs Inc.\n" + hdr +
                             kPara1 + "\n" + kPara2 + "\nPage 1 of 2\n" + hdr + kPara3 + "\nPage 2 of 2\n";
    const Article a = clean(text, "test.txt");
    CHECK(body_of(a) == kPara1 + "\n" + kPara2 + "\n" + kPara3 + "\n");
}

TEST_CASE("running headers: lexicon tables are non-empty", "[running-headers][lexicon]") {
    for (const lexicon::PhraseTable* t : {&lexicon::kPageWords, &lexicon::kPageOfWords, &lexicon::kReleaseMarks,
                                              &lexicon::kFooterSeparators}) {
        INFO(t->name);
        CHECK_FALSE(t->phrases.empty());
    }
}

TEST_CASE("running headers: a release's PDF button and release mark are neither headline nor body (text)",
          "[running-headers]") {
    // study-f pdfpr shell, text twin: the wire page's button and the release's
    // dateline block sit between the source line and the first paragraph.
    const std::string text =
        "Babies Who Eat Peanuts Early May Avoid Allergy\n\nSource: Nimbus Labs Inc.\nDownload PDF\n"
        "FOR IMMEDIATE RELEASE\nZURICH, September 19, 2025\n" +
        kPara1 + "\n" + kPara2 + "\n" + kPara3 + "\n";
    const Article a = clean(text, "test.txt");
    CHECK(a.title == std::optional<std::string>("Babies Who Eat Peanuts Early May Avoid Allergy"));
    CHECK(body_of(a) == kPara1 + "\n" + kPara2 + "\n" + kPara3 + "\n");
}

TEST_CASE("running headers: a release's PDF button inside the HTML body goes", "[running-headers]") {
    const std::string html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Babies Who Eat Peanuts</title></head>"
        "<body><article><h1>Babies Who Eat Peanuts</h1><div><p>Download PDF</p><p>" + kPara1 + "</p><p>" + kPara2 +
        "</p><p>" + kPara3 + "</p></div></article></body></html>";
    CHECK(body_of(clean(html, "test.html")) == kPara1 + "\n" + kPara2 + "\n" + kPara3 + "\n");
}
