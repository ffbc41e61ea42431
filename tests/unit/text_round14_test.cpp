// Text scrapes of the fourteenth round of unseen page shells (study-q: bingx, biglobe, metropoles,
// buttondown, xataka, marketscreener): the header of a plain-text page, its headline, byline and date.
// Every page is handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

// A ja story of three paragraphs, its source credited at the end.
const std::string kJaP1 =
    "気象庁は27日、12月から2月までの3か月予報を発表した。全国的に気温はほぼ平年並みとなる見込みだが、日本海側では"
    "冬型の気圧配置が強まる時期があり、大雪に注意が必要だとしている。";
const std::string kJaP2 =
    "予報によると、ラニーニャ現象に近い状態が続く影響で、北日本と東日本の日本海側では降雪量が平年並みか多くなる可能性が"
    "ある。";
const std::string kJaP3 = "一方、太平洋側では晴れの日が多く、空気の乾燥が続く見通し。気象庁は火の取り扱いにも注意するよう呼びかけている。";
const std::string kJaTitle = "気象庁、今冬は平年並みの寒さと予想 日本海側は大雪に注意";

Article ja_page(std::vector<std::string> header, const std::string& last = "出典：ITmedia NEWS") {
    std::vector<std::string> lines{kJaTitle, ""};
    for (std::string& h : header) lines.push_back(std::move(h));
    for (const std::string& t : {std::string(), kJaP1, std::string(), kJaP2, std::string(), kJaP3, std::string(), last})
        lines.push_back(t);
    return text_article(std::move(lines));
}

}  // namespace

TEST_CASE("round 14 text: an age beside the absolute date, glued or on its own line (T3)", "[text-round-14]") {
    const std::string en = "Deficit Soars as Economy Booms, and the Stimulus Is Pro-Cyclical";
    // An exchange's news feed: the age and the date in two spans, run together by innerText.
    const Article a = text_article({en, "", "2 hours agoNov 28, 2026", "", kParagraph, "", kStudyLast});
    CHECK(a.title == opt(en));
    CHECK(day_of(a) == "2026-11-28");
    // The same on two lines: the date line is the header's, no story text.
    const Article b = text_article({en, "", "2 hours ago", "Nov 28, 2026", "", kParagraph, "", kStudyLast});
    CHECK(day_of(b) == "2026-11-28");
    CHECK_FALSE(has(b.body(), "Nov 28, 2026"));
    // German: "vor 3 Stunden" over the date.
    const std::string de = "Bundesbank erwartet für 2027 ein schwaches Wachstum der Wirtschaft";
    const Article c = text_article({de, "", "vor 3 Stunden", "28.11.2026", "", kParagraph, "", kStudyLast});
    CHECK(c.title == opt(de));
    CHECK(day_of(c) == "2026-11-28");
    // Trap: a headline opening with an age is no age row; it stays the headline over the date.
    const std::string trap = "3 hours ago Nvidia was worth more than Apple and Microsoft";
    const Article d = text_article({"Home News Markets", "", trap, "", "Nov 28, 2026", "", kParagraph, "", kStudyLast});
    CHECK(d.title == opt(trap));
    CHECK(day_of(d) == "2026-11-28");
}

TEST_CASE("round 14 text: a ja/zh/ko age is no byline and no story text (T2)", "[text-round-14]") {
    // The clock time and the age in two spans: "09:41" + "3時間前".
    const Article a = ja_page({"2026/11/27 09:413時間前"});
    CHECK(a.byline == opt("ITmedia NEWS"));
    CHECK(day_of(a) == "2026-11-27");
    CHECK(a.title == opt(kJaTitle));
    // The age on its own line under the date.
    const Article b = ja_page({"2026/11/27 09:41", "5分前"});
    CHECK_FALSE(has(b.body(), "5分前"));
    CHECK(b.byline == opt("ITmedia NEWS"));
    // zh, spaced: "2小时前" after the time is no outlet's name.
    const Article c = ja_page({"2026年11月27日 09:41 2小时前"});
    CHECK(c.byline == opt("ITmedia NEWS"));
    // Trap: a headline ending in "…の3日前" over the date stays the headline.
    const std::string trap = "年末商戦、ブラックフライデーの3日前";
    const Article d = text_article({trap, "", "2026/11/27 09:41", "", kJaP1, "", kJaP2, "", kJaP3});
    CHECK(d.title == opt(trap));
}

TEST_CASE("round 14 text: a ja date row glued to a provider label (T1)", "[text-round-14]") {
    const Article a = ja_page({"2026年11月28日 14時05分提供：CNET Japan", "", "ポスト"}, kJaP3);
    CHECK(a.title == opt(kJaTitle));
    CHECK(a.byline == opt("CNET Japan"));
    CHECK(day_of(a) == "2026-11-28");
    // "配信元" glued to the kanji time.
    const Article b = ja_page({"2026年11月28日 9時41分配信元：共同通信"}, kJaP3);
    CHECK(b.byline == opt("共同通信"));
    CHECK(day_of(b) == "2026-11-28");
    // Trap: a ja date row with no label keeps its date and names no one.
    const Article c = ja_page({"2026年11月28日 14時05分"}, kJaP3);
    CHECK(day_of(c) == "2026-11-28");
    CHECK_FALSE(c.byline.has_value());
}

TEST_CASE("round 14 text: a headline over a deck without a period (T4)", "[text-round-14]") {
    // Folha's header: kicker / headline / deck / "Por X e Y — Folhapress" / date.
    const std::string pt = "Tite diz que errou ao levar taça da Libertadores a Lula em 2012";
    const Article a = text_article({"Futebol", "", pt, "", "Técnico da seleção fala sobre visita ao Instituto Lula com o Corinthians", "",
                                    "Por Guilherme Seto e Camila Mattoso — Folhapress", "", "28/11/2026 14h05", "", kParagraph, "",
                                    kStudyLast});
    CHECK(a.title == opt(pt));
    // es: a deck as long as the headline.
    const std::string es = "El Gobierno aprueba la subida del salario mínimo para 2027";
    const Article b = text_article({"Economía", "", es, "", "La medida beneficiará a dos millones de trabajadores en enero",
                                    "", "Por Ana García Ruiz", "28 de noviembre de 2026", "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(es));
    // Trap: a nav bar (capitalised words) over the headline is no headline.
    const std::string en = "Regulators name the exchanges that must publish their reserves";
    const Article c = text_article({"Markets Crypto Policy Technology Opinion Video", "", en, "", "By Karen Mills", "Nov 28, 2026", "",
                                    kParagraph, "", kStudyLast});
    CHECK(c.title == opt(en));
    // Trap: the scrape's first line (a site's tagline) over the headline is no headline.
    const std::string tagline = "das unabhängige magazin für politik und wirtschaft seit 1946";
    const std::string de = "Die Regierung plant eine neue Steuer auf digitale Dienste ab 2027";
    const Article d = text_article({tagline, "", de, "", "Von Anna Schmidt", "28.11.2026", "", kParagraph, "", kStudyLast});
    CHECK(d.title == opt(de));
}

TEST_CASE("round 14 text: an author row with a handle and age, a subheading under the share bar (T5)", "[text-round-14]") {
    const std::string title = "Breaking the “Literally” Habit";
    const Article a = text_article({title, "", "Courtney Kirchoff @ckirchoff 3 days ago", "", "Share", "", "Hard Habit to Break?", "",
                                    kParagraph, "", kStudyLast});
    CHECK(a.title == opt(title));
    CHECK(a.byline == opt("Courtney Kirchoff"));
    CHECK(has(a.body(), "Hard Habit to Break?"));
    // A scrape starting at the headline, a subheading right over the story.
    const Article b = text_article({title, "", "A Hard Habit", "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(title));
    CHECK(has(b.body(), "A Hard Habit"));
    // Trap: a social post's row heads its post: the line under the row is the headline.
    const std::string post = "Why I moved my savings into short-term bonds";
    const Article c = text_article({"Lucas Meyer @lucas_onchain 2 hours ago", "", post, "", kParagraph, "", kStudyLast});
    CHECK(c.title == opt(post));
    CHECK(c.byline == opt("Lucas Meyer"));
    // Trap: a site's name over the headline is shorter than it: the headline stays.
    const std::string head = "Apple delays its mixed reality headset to next year";
    const Article d = text_article({"The Verge", "", head, "", kParagraph, "", kStudyLast});
    CHECK(d.title == opt(head));
}

TEST_CASE("round 14 text: a role line under the author's name, noun first (T6)", "[text-round-14]") {
    const std::string es = "Kobo Libra Colour, análisis: el lector de libros electrónicos en color que por fin convence";
    const Article a = text_article({es, "", "Jorge Lamas", "Editor senior", "28 Noviembre 2026, 14:05", "", kParagraph, "", kStudyLast});
    CHECK(a.title == opt(es));
    CHECK(a.byline == opt("Jorge Lamas"));
    // fr: "Rédactrice en chef".
    const std::string fr = "La BCE maintient ses taux directeurs malgré le ralentissement";
    const Article b = text_article({fr, "", "Claire Morvan", "Rédactrice en chef", "28 novembre 2026 à 14h05", "", kParagraph, "", kStudyLast});
    CHECK(b.title == opt(fr));
    CHECK(b.byline == opt("Claire Morvan"));
    // Glued by innerText: name, role and date in one row.
    const Article c = text_article({es, "", "Jorge LamasEditor senior28 Noviembre 2026, 14:05Actualizado 29 Noviembre 2026, 10:00", "",
                                    kParagraph, "", kStudyLast});
    CHECK(c.byline == opt("Jorge Lamas"));
    CHECK(day_of(c) == "2026-11-28");
    // Trap: under a name, a headline opening with a job noun is longer than a role: it stays the headline.
    const std::string news = "Periodista asesinada en México: la fiscalía abre una investigación";
    const Article d = text_article({"Noticias", "", "Ana Ruiz", "", news, "", "28 Noviembre 2026", "", kParagraph, "", kStudyLast});
    CHECK(d.title == opt(news));
}

TEST_CASE("round 14 text: a wire agency after a date row's time words (T7)", "[text-round-14]") {
    const std::string en = "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say";
    const Article a = text_article({en, "", "Published on 11/28/2026 at 09:05 am EST Updated 11/28/2026 at 11:40 am EST Reuters", "",
                                    kParagraph, "", kStudyLast});
    CHECK(a.byline == opt("Reuters"));
    CHECK(day_of(a) == "2026-11-28");
    const Article b = text_article({en, "", "November 28, 2026 at 2:05 pm GMT AFP", "", kParagraph, "", kStudyLast});
    CHECK(b.byline == opt("AFP"));
    // Trap: a section's name after the time words names no one.
    const Article c = text_article({en, "", "November 28, 2026 at 2:05 pm GMT Markets", "", kParagraph, "", kStudyLast});
    CHECK_FALSE(c.byline.has_value());
}
