// Body rules of the fifteenth round of unseen page shells (study-r: fandom, docusaurus, hankyoreh, pravda,
// sozcu, schwaebische, transistor), on the shared phrase tables and the text lines. Each rule has a trap next
// to it: the nearest legitimate text stays.
#include <catch2/catch.hpp>

#include <string>

#include "extract/boilerplate_text.hpp"
#include "extract/text_lines.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;
using newsclean::extract::text::LineKind;

bool dropped(const std::string& text) { return !boilerplate_rule(text).empty(); }

}  // namespace

TEST_CASE("round 15 body: a wiki's licence, edit stamp, category row and 'Retrieved from' line go (X3)", "[body-round-15]") {
    CHECK(dropped("Community content is available under CC-BY-SA unless otherwise noted."));
    CHECK(dropped("Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply."));
    CHECK(kind_of("This page was last edited on 28 November 2026, at 14:05.") == LineKind::label);
    CHECK(kind_of("Retrieved from \"https://gardening.example.org/wiki/Blueberry\"") == LineKind::label);
    CHECK(kind_of("Categories: Crops | Spring crops | Shrubs") == LineKind::label);
    // Traps: a story's sentence about an edit, a post row read for its byline and date.
    CHECK(kind_of("This page was last edited by the night desk, who added two paragraphs and a correction.") != LineKind::label);
    CHECK(kind_of("Posted in News by Jane Doe on March 4, 2025") != LineKind::label);
}

TEST_CASE("round 15 body: docs and podcast page tools go (X2, H8)", "[body-round-15]") {
    CHECK(boilerplate_rule("Was this helpful?") == "rating");
    CHECK(kind_of("Show transcript") == LineKind::label);
    CHECK(kind_of("Transkript anzeigen") == LineKind::label);
    CHECK(kind_of("On this page") != LineKind::prose);
    CHECK_FALSE(dropped("Was this helpful to the investigators? The court did not say, and the defence declined to comment."));
}

TEST_CASE("round 15 body: ko and tr ad labels, the spaced ko rights notice (X1, H3)", "[body-round-15]") {
    CHECK(kind_of("Reklam") == LineKind::label);
    CHECK(kind_of("광고") == LineKind::label);
    CHECK(dropped("무단 전재 및 재배포 금지"));
    CHECK(dropped("ⓒ 한겨레신문사 무단 전재 및 재배포 금지"));
    CHECK_FALSE(dropped("Reklam sektörü bu yıl yüzde 12 büyüdü ve dijital harcamalar ilk kez televizyonu geçti."));
}

TEST_CASE("round 15 body: an all-capitals related label glued to its headline (X1)", "[body-round-15]") {
    CHECK(kind_of("İLGİLİ HABERAsgari ücrete ara zam için yeni formül masada") == LineKind::inline_related);
    CHECK(kind_of("Читайте також: Уряд схвалив новий бюджет на 2027 рік") == LineKind::inline_related);
    // Traps: an acronym opening a headline, a sentence with a capitalised name.
    CHECK(kind_of("NATO Zirvesi Lahey'de başladı ve liderler savunma harcamalarını görüştü") != LineKind::inline_related);
    CHECK(kind_of("ABD Başkanı yeni gümrük vergilerini açıkladı") != LineKind::inline_related);
}

TEST_CASE("round 15 body: German paywall teasers and verb-last trial offers (H4)", "[body-round-15]") {
    CHECK(dropped("Weiterlesen mit Plus"));
    CHECK(dropped("Jetzt 1 Monat für 0,99 € testen"));
    CHECK(dropped("Jetzt 30 Tage kostenlos testen"));
    // Trap: a story's sentence that ends in "testen" without an offer's price.
    CHECK_FALSE(dropped("Die Forscher wollen das neue Verfahren im kommenden Jahr an 500 Patienten testen."));
}

TEST_CASE("round 15 body: tr, uk and ru relative times (T2's ages)", "[body-round-15]") {
    CHECK(extract::text::is_relative_time("3 saat önce"));
    CHECK(extract::text::is_relative_time("3 години тому"));
    CHECK(extract::text::is_relative_time("3 часа назад"));
    CHECK_FALSE(extract::text::is_relative_time("3 saat"));
}
