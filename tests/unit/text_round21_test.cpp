// Text scrapes of the twenty-first round of unseen page shells (study-w: amarujala, hamshahri, segabg): sentence
// ends of non-Latin scripts, relative ages in more languages, fa/ar tails and glued share rows in uncased scripts.
// Every page is handwritten here, with a trap next to each rule.
#include <catch2/catch.hpp>

#include <string>

#include "newsclean/newsclean.hpp"
#include "repost_test_support.hpp"
#include "extract/text_lines.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace {

using namespace newsclean;
using namespace newsclean::test;

// A hi story: every sentence ends in the danda "।", none is long.
const std::string kHiTitle = "रेल मंत्रालय ने नई वंदे भारत ट्रेनों की घोषणा की";
const std::string kHiP1 = "रेल मंत्रालय ने शुक्रवार को देश के पांच नए मार्गों पर वंदे भारत ट्रेनें चलाने की घोषणा की है।";
const std::string kHiP2 = "अधिकारियों ने कहा कि नई ट्रेनें अगले साल मार्च तक पटरी पर उतर जाएंगी और किराया पहले जैसा रहेगा।";
const std::string kHiP3 = "यात्रियों ने इस फैसले का स्वागत किया है, लेकिन कई लोगों ने समय पर चलने की मांग भी की।";
const std::string kHiP4 = "मंत्रालय के अनुसार इन मार्गों पर यात्रा का समय लगभग दो घंटे तक कम हो जाएगा।";

// A fa story of three paragraphs.
const std::string kFaTitle = "قیمت نان در تهران از هفته آینده افزایش می‌یابد";
const std::string kFaP1 = "فرمانداری تهران اعلام کرد قیمت انواع نان از ابتدای هفته آینده به طور متوسط بیست درصد افزایش خواهد یافت.";
const std::string kFaP2 = "به گفته مسئولان، افزایش هزینه آرد و دستمزد کارگران نانوایی دلیل اصلی این تصمیم بوده است.";
const std::string kFaP3 = "نانوایان موظف شده‌اند فهرست قیمت جدید را در محل فروش نصب کنند تا مردم از نرخ مصوب مطلع شوند.";

}  // namespace

TEST_CASE("round 21: the danda and other non-Latin full stops end a sentence (X1)", "[text-round-21]") {
    CHECK(util::ends_sentence(kHiP1));
    CHECK(util::ends_sentence("यह बहुत अच्छा है॥"));
    CHECK(util::ends_sentence("آیا این درست است؟"));
    CHECK(util::ends_sentence("یہ ایک اچھا دن ہے۔"));
    CHECK(util::ends_sentence("ይህ ጥሩ ቀን ነው።"));
    CHECK(util::ends_sentence("ဒီနေ့ ရာသီဥတု ကောင်းတယ်။"));
    // A Hindi scrape of short sentences is an article, not "no article found".
    const Article a = text_article({kHiTitle, "", kHiP1, "", kHiP2, "", kHiP3, "", kHiP4});
    CHECK(a.title == opt(kHiTitle));
    CHECK(has(a.body(), kHiP1));
    CHECK(has(a.body(), kHiP4));
    // Trap: a Devanagari menu row holds no sentence end.
    CHECK_FALSE(util::ends_sentence("होम देश विदेश मनोरंजन खेल"));
    CHECK_FALSE(util::ends_sentence("ताज़ा खबरें"));
}

TEST_CASE("round 21: relative ages of bg, hi, fa, ro, pl, cs/sk, pt, id, vi (T1)", "[text-round-21]") {
    using extract::text::is_relative_time;
    for (const char* age : {"преди 2 часа", "3 घंटे पहले", "۲ ساعت پیش", "2 ساعت پیش", "acum 2 ore", "2 godziny temu",
                            "před 2 hodinami", "pred 5 minútami", "pred 2 hodinami", "há 2 horas", "2 jam yang lalu",
                            "5 menit lalu", "2 giờ trước", "منذ 3 ساعات"})
        CHECK(is_relative_time(util::fold(age)));
    // Traps: a count of hours with no "ago" word, and prose around the words.
    CHECK_FALSE(is_relative_time(util::fold("2 godziny")));
    CHECK_FALSE(is_relative_time(util::fold("3 घंटे")));
    CHECK_FALSE(is_relative_time(util::fold("преди много години")));
    CHECK_FALSE(is_relative_time(util::fold("ده سال پیش در تهران")));
}

TEST_CASE("round 21: a bg date row closing with its age in brackets gives the date and the byline (T1)",
          "[text-round-21]") {
    const std::string bg = "Парламентът прие бюджета за 2027 година на първо четене";
    const std::string p1 = "Народното събрание прие на първо четене проектобюджета за следващата година след "
                           "дълъг дебат, който продължи повече от десет часа.";
    const std::string p2 = "Опозицията обяви, че ще внесе множество предложения между първо и второ четене на "
                           "бюджета, особено за разходите за заплати.";
    const std::string p3 = "Финансовият министър заяви, че дефицитът ще остане под три процента от брутния вътрешен "
                           "продукт въпреки по-високите разходи.";
    const Article a = text_article({bg, "", "Мария Иванова 28 ноември 2026, 14:05 (преди 2 часа)", "", p1, "", p2, "", p3});
    CHECK(a.title == opt(bg));
    CHECK(a.byline == opt("Мария Иванова"));
    CHECK(day_of(a) == "2026-11-28");
    CHECK_FALSE(has(a.body(), "преди 2 часа"));
    // Hindi and Persian rows of the same shape.
    const Article b = text_article({kHiTitle, "", "नेहा मिश्रा 28 Nov 2026, 02:05 PM (3 घंटे पहले)", "", kHiP1, "",
                                    kHiP2, "", kHiP3, "", kHiP4});
    CHECK(day_of(b) == "2026-11-28");
    CHECK_FALSE(has(b.body(), "घंटे पहले"));
}

TEST_CASE("round 21: a glued share row of an uncased script is no headline (T2)", "[text-round-21]") {
    // No date line read: the headline is not the share row (Share|Telegram|WhatsApp|Copy link, glued) nor the
    // story id row under it.
    const Article a = text_article({"اقتصاد", "", kFaTitle, "", "کد خبر ۸۹۱۲۳۴", "", "اشتراک‌گذاریتلگرامواتساپکپی لینک",
                                    "", kFaP1, "", kFaP2, "", kFaP3});
    CHECK(a.title == opt(kFaTitle));
    CHECK_FALSE(has(a.body(), "تلگرام"));
    const Article b = text_article({kFaTitle, "", "کد خبر ۸۹۱۲۳۴", "", kFaP1, "", kFaP2, "", kFaP3});
    CHECK(b.title == opt(kFaTitle));
    CHECK_FALSE(has(b.body(), "کد خبر"));
    // Trap: a sentence naming the networks, spaced, stays story text.
    const std::string net = "وزارت ارتباطات اعلام کرد دسترسی به تلگرام و واتساپ از هفته آینده برای همه کاربران آزاد می‌شود.";
    const Article c = text_article({kFaTitle, "", kFaP1, "", net, "", kFaP2, "", kFaP3});
    CHECK(has(c.body(), net));
    // Traps: a short headline holding a year or a count is no story id row.
    const Article d = text_article({"Bundestag beschließt Haushalt 2027", "", kParagraph, "", kStudyLast});
    CHECK(d.title == opt("Bundestag beschließt Haushalt 2027"));
    const Article e = text_article({"Lottery jackpot hits 250000", "", kParagraph, "", kStudyLast});
    CHECK(e.title == opt("Lottery jackpot hits 250000"));
}

TEST_CASE("round 21: a fa scrape's story id, glued tag row and related tail are cut (X2, T2)", "[text-round-21]") {
    const Article a = text_article({kFaTitle, "", "2026/11/28 - 14:05", "کد خبر ۸۹۱۲۳۴", "", kFaP1, "", kFaP2, "", kFaP3, "",
                                    "کلمات کلیدیبانک مرکزیتورم", "", "خبرهای مرتبط", "", "افزایش قیمت خودرو در بازار",
                                    "نرخ سود بانکی تغییر نمی‌کند", "", "کلیه حقوق این سایت متعلق به همشهری آنلاین است."});
    CHECK(day_of(a) == "2026-11-28");
    CHECK(has(a.body(), kFaP3));
    CHECK_FALSE(has(a.body(), "کد خبر"));
    CHECK_FALSE(has(a.body(), "کلمات کلیدی"));
    CHECK_FALSE(has(a.body(), "خبرهای مرتبط"));
    CHECK_FALSE(has(a.body(), "افزایش قیمت خودرو"));
    // An inline read-also line between paragraphs is dropped.
    const Article b = text_article({kFaTitle, "", kFaP1, "", "بیشتر بخوانید: قیمت دلار امروز در بازار آزاد", "", kFaP2,
                                    "", kFaP3});
    CHECK_FALSE(has(b.body(), "بیشتر بخوانید"));
    CHECK(has(b.body(), kFaP2));
    // Trap: the words of a related heading inside a sentence stay story text.
    const std::string rel = "خبرهای مرتبط با افزایش قیمت نان در شبکه‌های اجتماعی بیش از یک میلیون بار دیده شده است.";
    const Article c = text_article({kFaTitle, "", kFaP1, "", rel, "", kFaP2, "", kFaP3});
    CHECK(has(c.body(), rel));
}

TEST_CASE("round 21: bg read-also and hi ad-slot lines between paragraphs are dropped (H2, X1)", "[text-round-21]") {
    const std::string bg = "Парламентът прие бюджета за 2027 година на първо четене";
    const std::string p1 = "Народното събрание прие на първо четене проектобюджета за следващата година след "
                           "дълъг дебат, който продължи повече от десет часа.";
    const std::string p2 = "Опозицията обяви, че ще внесе множество предложения между първо и второ четене на "
                           "бюджета, особено за разходите за заплати.";
    const Article a = text_article({bg, "", p1, "", "Прочетете още: Инфлацията в България се забавя през октомври", "",
                                    p2, "", kStudyLast});
    CHECK_FALSE(has(a.body(), "Прочетете още"));
    CHECK(has(a.body(), p2));
    const Article b = text_article({kHiTitle, "", kHiP1, "", kHiP2, "", "विज्ञापन", "", kHiP3, "", kHiP4});
    CHECK_FALSE(has(b.body(), "विज्ञापन"));
    CHECK(has(b.body(), kHiP3));
    // Trap: a sentence opening with the words stays.
    const std::string p3 = "Прочетете още веднъж условията на договора, преди да го подпишете, съветват експертите.";
    const Article c = text_article({bg, "", p1, "", p3, "", p2, "", kStudyLast});
    CHECK(has(c.body(), p3));
}


TEST_CASE("text: an author's credit row naming the picture's credit after a separator (T4)", "[text-round-21]") {
    const Article a = study_text_page({"Text: Peter Horváth | Foto: archív FMFI"});
    CHECK(a.byline == opt("Peter Horváth"));
    const Article b = study_text_page({"By Jane Doe | Photo: Getty Images"});
    CHECK(b.byline == opt("Jane Doe"));
    // Trap: a caption whose photo credit closes a sentence opening with "By" stays no byline.
    const Article c = study_text_page({"By the river a fisherman mends his nets. Photo: Reuters"});
    CHECK_FALSE(c.byline.has_value());
}

TEST_CASE("text: a forum's username in parentheses after the author's name (T3)", "[text-round-21]") {
    const Article a = study_text_page({"Jakob Borg (calmh) November 12, 2026, 8:30am #1"});
    CHECK(a.byline == opt("Jakob Borg"));
    CHECK(day_of(a) == "2026-11-12");
    // Discourse, GitHub, Reddit: "edited <date>" after the post's date is the modified date, never the date.
    const Article e = study_text_page({"Jakob Borg (calmh) November 12, 2026, 8:30am edited Nov 13, 2026 #1"});
    CHECK(e.byline == opt("Jakob Borg"));
    CHECK(day_of(e) == "2026-11-12");
    CHECK(e.date_modified.value_or("").substr(0, 10) == "2026-11-13");
    // Trap: "edited by" credits an editor, no update stamp.
    const Article f = study_text_page({"By Jakob Borg, edited by Jane Doe", "November 12, 2026"});
    CHECK(day_of(f) == "2026-11-12");
    CHECK_FALSE(f.date_modified.has_value());
    // Trap: a capitalised word in parentheses is a place or an outlet, no account: the row is no name row.
    const Article b = study_text_page({"Jakob Borg (Berlin) November 12, 2026, 8:30am"});
    CHECK_FALSE(b.byline == opt("Jakob Borg"));
}
