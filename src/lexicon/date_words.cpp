#include "lexicon/date_words.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <iterator>
#include <vector>

namespace newsclean::lexicon {

using namespace std::string_view_literals;

namespace {

// Month names of the languages the metadata issue (#3) asks for, and Turkish; abbreviations
// as news CMSs print them ("Sep.", "Sept.", "Mär.", "févr.", "dic.", "сент.").
// Genitive forms for pl/ru/uk ("19 września 2025", "19 сентября 2025"); es/pt/it
// forms share spellings with each other where they agree.
constexpr MonthName kMonths[] = {
    // en
    {"january"sv, 1}, {"february"sv, 2}, {"march"sv, 3}, {"april"sv, 4}, {"may"sv, 5}, {"june"sv, 6},
    {"july"sv, 7}, {"august"sv, 8}, {"september"sv, 9}, {"october"sv, 10}, {"november"sv, 11},
    {"december"sv, 12}, {"jan"sv, 1}, {"feb"sv, 2}, {"mar"sv, 3}, {"apr"sv, 4}, {"jun"sv, 6}, {"jul"sv, 7},
    {"aug"sv, 8}, {"sep"sv, 9}, {"sept"sv, 9}, {"oct"sv, 10}, {"nov"sv, 11}, {"dec"sv, 12},
    // de
    {"januar"sv, 1}, {"jänner"sv, 1}, {"februar"sv, 2}, {"märz"sv, 3}, {"mär"sv, 3}, {"mrz"sv, 3},
    {"mai"sv, 5}, {"juni"sv, 6}, {"juli"sv, 7}, {"oktober"sv, 10}, {"okt"sv, 10}, {"dezember"sv, 12},
    {"dez"sv, 12},
    // fr
    {"janvier"sv, 1}, {"janv"sv, 1}, {"février"sv, 2}, {"fevrier"sv, 2}, {"févr"sv, 2}, {"fév"sv, 2},
    {"mars"sv, 3}, {"avril"sv, 4}, {"avr"sv, 4}, {"juin"sv, 6}, {"juillet"sv, 7}, {"juil"sv, 7},
    {"août"sv, 8}, {"aout"sv, 8}, {"septembre"sv, 9}, {"octobre"sv, 10}, {"novembre"sv, 11},
    {"décembre"sv, 12}, {"decembre"sv, 12}, {"déc"sv, 12},
    // es
    {"enero"sv, 1}, {"ene"sv, 1}, {"febrero"sv, 2}, {"marzo"sv, 3}, {"abril"sv, 4}, {"abr"sv, 4},
    {"mayo"sv, 5}, {"junio"sv, 6}, {"julio"sv, 7}, {"agosto"sv, 8}, {"ago"sv, 8}, {"septiembre"sv, 9},
    {"setiembre"sv, 9}, {"octubre"sv, 10}, {"noviembre"sv, 11}, {"diciembre"sv, 12}, {"dic"sv, 12},
    // it
    {"gennaio"sv, 1}, {"gen"sv, 1}, {"febbraio"sv, 2}, {"aprile"sv, 4}, {"maggio"sv, 5}, {"mag"sv, 5},
    {"giugno"sv, 6}, {"giu"sv, 6}, {"luglio"sv, 7}, {"lug"sv, 7}, {"settembre"sv, 9}, {"set"sv, 9},
    {"ottobre"sv, 10}, {"ott"sv, 10}, {"dicembre"sv, 12},
    // pt
    {"janeiro"sv, 1}, {"fevereiro"sv, 2}, {"fev"sv, 2}, {"março"sv, 3}, {"maio"sv, 5}, {"junho"sv, 6},
    {"julho"sv, 7}, {"setembro"sv, 9}, {"outubro"sv, 10}, {"out"sv, 10}, {"novembro"sv, 11},
    {"dezembro"sv, 12},
    // nl
    {"januari"sv, 1}, {"februari"sv, 2}, {"maart"sv, 3}, {"mrt"sv, 3}, {"mei"sv, 5}, {"augustus"sv, 8},
    {"oktober"sv, 10},
    // pl (nominative, genitive)
    {"styczeń"sv, 1}, {"stycznia"sv, 1}, {"luty"sv, 2}, {"lutego"sv, 2}, {"marzec"sv, 3}, {"marca"sv, 3},
    {"kwiecień"sv, 4}, {"kwietnia"sv, 4}, {"maj"sv, 5}, {"maja"sv, 5}, {"czerwiec"sv, 6}, {"czerwca"sv, 6},
    {"lipiec"sv, 7}, {"lipca"sv, 7}, {"sierpień"sv, 8}, {"sierpnia"sv, 8}, {"wrzesień"sv, 9},
    {"września"sv, 9}, {"październik"sv, 10}, {"października"sv, 10}, {"listopad"sv, 11},
    {"listopada"sv, 11}, {"grudzień"sv, 12}, {"grudnia"sv, 12}, {"sty"sv, 1}, {"lut"sv, 2}, {"kwi"sv, 4},
    {"cze"sv, 6}, {"lip"sv, 7}, {"sie"sv, 8}, {"wrz"sv, 9}, {"paź"sv, 10}, {"lis"sv, 11}, {"gru"sv, 12},
    // ru (nominative, genitive, abbreviations)
    {"январь"sv, 1}, {"января"sv, 1}, {"февраль"sv, 2}, {"февраля"sv, 2}, {"март"sv, 3}, {"марта"sv, 3},
    {"апрель"sv, 4}, {"апреля"sv, 4}, {"май"sv, 5}, {"мая"sv, 5}, {"июнь"sv, 6}, {"июня"sv, 6},
    {"июль"sv, 7}, {"июля"sv, 7}, {"август"sv, 8}, {"августа"sv, 8}, {"сентябрь"sv, 9}, {"сентября"sv, 9},
    {"октябрь"sv, 10}, {"октября"sv, 10}, {"ноябрь"sv, 11}, {"ноября"sv, 11}, {"декабрь"sv, 12},
    {"декабря"sv, 12}, {"янв"sv, 1}, {"фев"sv, 2}, {"мар"sv, 3}, {"апр"sv, 4}, {"июн"sv, 6}, {"июл"sv, 7},
    {"авг"sv, 8}, {"сен"sv, 9}, {"сент"sv, 9}, {"окт"sv, 10}, {"ноя"sv, 11}, {"дек"sv, 12},
    // uk (nominative, genitive): Ukrainian portals print "28 листопада 2026, 14:05" (study-r round 15 T1, pravda
    // shell: Ukrainska Pravda, UNIAN, RBC-Ukraine, LB.ua); the names share no spelling with ru.
    {"січень"sv, 1}, {"січня"sv, 1}, {"лютий"sv, 2}, {"лютого"sv, 2}, {"березень"sv, 3}, {"березня"sv, 3},
    {"квітень"sv, 4}, {"квітня"sv, 4}, {"травень"sv, 5}, {"травня"sv, 5}, {"червень"sv, 6}, {"червня"sv, 6},
    {"липень"sv, 7}, {"липня"sv, 7}, {"серпень"sv, 8}, {"серпня"sv, 8}, {"вересень"sv, 9}, {"вересня"sv, 9},
    {"жовтень"sv, 10}, {"жовтня"sv, 10}, {"листопад"sv, 11}, {"листопада"sv, 11}, {"грудень"sv, 12},
    {"грудня"sv, 12},
    // tr (study round 3: Turkish portals, "19 Eylül 2025 04:20")
    {"ocak"sv, 1}, {"şubat"sv, 2}, {"mart"sv, 3}, {"nisan"sv, 4}, {"mayıs"sv, 5}, {"haziran"sv, 6},
    {"temmuz"sv, 7}, {"ağustos"sv, 8}, {"eylül"sv, 9}, {"ekim"sv, 10}, {"kasım"sv, 11}, {"aralık"sv, 12},
    // ar, Modern Standard (Egypt, Gulf: "19 سبتمبر 2025", study-f round 3 arabic shell), with the
    // spellings without hamza and the Egyptian ones portals also print (ابريل, إبريل, يونية, يولية).
    {"يناير"sv, 1}, {"فبراير"sv, 2}, {"مارس"sv, 3}, {"أبريل"sv, 4}, {"ابريل"sv, 4}, {"إبريل"sv, 4},
    {"مايو"sv, 5}, {"يونيو"sv, 6}, {"يونية"sv, 6}, {"يوليو"sv, 7}, {"يولية"sv, 7}, {"أغسطس"sv, 8},
    {"اغسطس"sv, 8}, {"سبتمبر"sv, 9}, {"أكتوبر"sv, 10}, {"اكتوبر"sv, 10}, {"نوفمبر"sv, 11}, {"ديسمبر"sv, 12},
    // ar, Levantine/Iraqi (Syriac) names ("19 أيلول 2025"); the two-word ones are in kMonthPairs.
    {"شباط"sv, 2}, {"آذار"sv, 3}, {"اذار"sv, 3}, {"نيسان"sv, 4}, {"أيار"sv, 5}, {"ايار"sv, 5},
    {"حزيران"sv, 6}, {"تموز"sv, 7}, {"آب"sv, 8}, {"أيلول"sv, 9}, {"ايلول"sv, 9},
    // ar, Maghreb (French-derived): Algeria/Tunisia (جانفي, فيفري, أفريل, ماي, جوان, جويلية, أوت) and
    // Morocco (يوليوز, غشت, شتنبر, نونبر, دجنبر), as El Khabar, Hespress and their peers print them.
    {"جانفي"sv, 1}, {"فيفري"sv, 2}, {"أفريل"sv, 4}, {"افريل"sv, 4}, {"ماي"sv, 5}, {"جوان"sv, 6},
    {"جويلية"sv, 7}, {"يوليوز"sv, 7}, {"أوت"sv, 8}, {"اوت"sv, 8}, {"غشت"sv, 8}, {"شتنبر"sv, 9},
    {"نونبر"sv, 11}, {"دجنبر"sv, 12},
    // cs (nominative, genitive): Czech portals print "19. září 2025 4:20" (study-j round 7 B9, czech shell:
    // Aktuálně.cz, iDNES, Seznam Zprávy, ČTK copy). "září" is both; "listopad(u)" agrees with pl.
    {"leden"sv, 1}, {"ledna"sv, 1}, {"únor"sv, 2}, {"února"sv, 2}, {"březen"sv, 3}, {"března"sv, 3},
    {"duben"sv, 4}, {"dubna"sv, 4}, {"květen"sv, 5}, {"května"sv, 5}, {"červen"sv, 6}, {"června"sv, 6},
    {"červenec"sv, 7}, {"července"sv, 7}, {"srpen"sv, 8}, {"srpna"sv, 8}, {"září"sv, 9}, {"říjen"sv, 10},
    {"října"sv, 10}, {"listopadu"sv, 11}, {"prosinec"sv, 12}, {"prosince"sv, 12},
    // sk (nominative, genitive), the same portals' Slovak twins (SME, Aktuality.sk, TASR copy): "19. septembra
    // 2025"; the forms shared with en/pl ("august", "marca", "november") are listed once above.
    {"január"sv, 1}, {"januára"sv, 1}, {"február"sv, 2}, {"februára"sv, 2}, {"marec"sv, 3}, {"apríl"sv, 4},
    {"apríla"sv, 4}, {"máj"sv, 5}, {"mája"sv, 5}, {"jún"sv, 6}, {"júna"sv, 6}, {"júl"sv, 7}, {"júla"sv, 7},
    {"augusta"sv, 8}, {"septembra"sv, 9}, {"október"sv, 10}, {"októbra"sv, 10}, {"novembra"sv, 11},
    {"decembra"sv, 12},
    // hu (study-s round 16 B4, telex shell: "2026. november 28. – 14:05", the year-first order of Telex, Index,
    // HVG, 444 and MTI copy), with the abbreviations they print ("2026. nov. 28."); the forms shared with en/sk
    // ("november", "január", "máj", "okt") are listed once above.
    {"március"sv, 3}, {"április"sv, 4}, {"május"sv, 5}, {"június"sv, 6}, {"július"sv, 7}, {"augusztus"sv, 8},
    {"szeptember"sv, 9}, {"febr"sv, 2}, {"márc"sv, 3}, {"ápr"sv, 4}, {"szept"sv, 9},
    // fi, partitive after the day ("28. marraskuuta 2026": Yle, HS, Iltalehti; study-s round 16) and nominative.
    {"tammikuuta"sv, 1}, {"helmikuuta"sv, 2}, {"maaliskuuta"sv, 3}, {"huhtikuuta"sv, 4}, {"toukokuuta"sv, 5},
    {"kesäkuuta"sv, 6}, {"heinäkuuta"sv, 7}, {"elokuuta"sv, 8}, {"syyskuuta"sv, 9}, {"lokakuuta"sv, 10},
    {"marraskuuta"sv, 11}, {"joulukuuta"sv, 12}, {"tammikuu"sv, 1}, {"helmikuu"sv, 2}, {"maaliskuu"sv, 3},
    {"huhtikuu"sv, 4}, {"toukokuu"sv, 5}, {"kesäkuu"sv, 6}, {"heinäkuu"sv, 7}, {"elokuu"sv, 8}, {"syyskuu"sv, 9},
    {"lokakuu"sv, 10}, {"marraskuu"sv, 11}, {"joulukuu"sv, 12},
    // el: Greek portals print the genitive after the day ("27 Νοεμβρίου 2026, 09:41": Kathimerini, in.gr,
    // Proto Thema; study-s round 16 T3); the nominative heads archive pages. util::fold lower-cases capitals
    // without their accents ("ΝΟΕΜΒΡΙΟΥ" → "νοεμβριου"), so the genitive is listed both ways; abbreviations
    // as "27 Νοε 2026".
    {"ιανουαρίου"sv, 1}, {"φεβρουαρίου"sv, 2}, {"μαρτίου"sv, 3}, {"απριλίου"sv, 4}, {"μαΐου"sv, 5},
    {"ιουνίου"sv, 6}, {"ιουλίου"sv, 7}, {"αυγούστου"sv, 8}, {"σεπτεμβρίου"sv, 9}, {"οκτωβρίου"sv, 10},
    {"νοεμβρίου"sv, 11}, {"δεκεμβρίου"sv, 12}, {"ιανουαριου"sv, 1}, {"φεβρουαριου"sv, 2}, {"μαρτιου"sv, 3},
    {"απριλιου"sv, 4}, {"μαϊου"sv, 5}, {"ιουνιου"sv, 6}, {"ιουλιου"sv, 7}, {"αυγουστου"sv, 8},
    {"σεπτεμβριου"sv, 9}, {"οκτωβριου"sv, 10}, {"νοεμβριου"sv, 11}, {"δεκεμβριου"sv, 12},
    {"ιανουάριος"sv, 1}, {"φεβρουάριος"sv, 2}, {"μάρτιος"sv, 3}, {"απρίλιος"sv, 4}, {"μάιος"sv, 5},
    {"ιούνιος"sv, 6}, {"ιούλιος"sv, 7}, {"αύγουστος"sv, 8}, {"σεπτέμβριος"sv, 9}, {"οκτώβριος"sv, 10},
    {"νοέμβριος"sv, 11}, {"δεκέμβριος"sv, 12}, {"ιαν"sv, 1}, {"φεβ"sv, 2}, {"μαρ"sv, 3}, {"απρ"sv, 4},
    {"ιουν"sv, 6}, {"ιουλ"sv, 7}, {"αυγ"sv, 8}, {"σεπ"sv, 9}, {"οκτ"sv, 10}, {"νοε"sv, 11}, {"δεκ"sv, 12},
    // ro: Romanian portals print "28 noiembrie 2026, 09:41" (study-t round 17 B2, digi24 shell; HotNews, Adevărul,
    // Agerpres) and "28 nov. 2026"; the abbreviations shared with en ("feb", "oct", "nov") are listed once above.
    // Not "ian": the name Ian.
    {"ianuarie"sv, 1}, {"februarie"sv, 2}, {"martie"sv, 3}, {"aprilie"sv, 4}, {"iunie"sv, 6}, {"iulie"sv, 7},
    {"septembrie"sv, 9}, {"octombrie"sv, 10}, {"noiembrie"sv, 11}, {"decembrie"sv, 12}, {"iun"sv, 6},
    {"iul"sv, 7},
    // bg: "28 ноември 2026" (BTA, Dnevnik, Mediapool); "март", "май", "август" agree with ru above.
    {"януари"sv, 1}, {"февруари"sv, 2}, {"април"sv, 4}, {"юни"sv, 6}, {"юли"sv, 7}, {"септември"sv, 9},
    {"октомври"sv, 10}, {"ноември"sv, 11}, {"декември"sv, 12},
    // da/no/sv forms the en/de/nl rows above lack: da "marts", no "desember", sv "augusti" (study-t round 17:
    // Berlingske, Aftenposten, Nationalmuseum print "27. november 2026", "26. nov. 2026"). Not no "des": French.
    {"marts"sv, 3}, {"desember"sv, 12}, {"augusti"sv, 8},
    // hr (nominative, genitive): Croatian portals print "27. studenoga 2026." / "27. studenog 2026." (study-u round
    // 18 T2, jutarnji shell; Jutarnji, Večernji, Index, HRT). "listopad(a)" (October in hr) is November in pl/cs
    // above: kLangMonths reads it by the page's language.
    {"siječanj"sv, 1}, {"siječnja"sv, 1}, {"veljača"sv, 2}, {"veljače"sv, 2}, {"ožujak"sv, 3}, {"ožujka"sv, 3},
    {"travanj"sv, 4}, {"travnja"sv, 4}, {"svibanj"sv, 5}, {"svibnja"sv, 5}, {"lipanj"sv, 6}, {"lipnja"sv, 6},
    {"srpanj"sv, 7}, {"srpnja"sv, 7}, {"kolovoz"sv, 8}, {"kolovoza"sv, 8}, {"rujan"sv, 9}, {"rujna"sv, 9},
    {"studeni"sv, 11}, {"studenoga"sv, 11}, {"studenog"sv, 11}, {"prosinac"sv, 12}, {"prosinca"sv, 12},
    // sl (nominative, genitive): "28. novembra 2026" (study-u round 18, okusno shell; 24ur, Delo, RTV SLO); the
    // forms shared with de/sk/pl above ("januar", "marec", "marca", "maj", "maja", "septembra", "novembra") once.
    {"januarja"sv, 1}, {"februarja"sv, 2}, {"aprila"sv, 4}, {"junij"sv, 6}, {"junija"sv, 6}, {"julij"sv, 7},
    {"julija"sv, 7}, {"avgust"sv, 8}, {"avgusta"sv, 8}, {"oktobra"sv, 10},
    // lt, genitive after the year: "2026 m. lapkričio 27 d." (study-u round 18 T2, min15 shell; 15min, Delfi, LRT,
    // ELTA). The nominatives are common nouns too ("liepa": linden, "kovas": struggle): not listed.
    {"sausio"sv, 1}, {"vasario"sv, 2}, {"kovo"sv, 3}, {"balandžio"sv, 4}, {"gegužės"sv, 5}, {"birželio"sv, 6},
    {"liepos"sv, 7}, {"rugpjūčio"sv, 8}, {"rugsėjo"sv, 9}, {"spalio"sv, 10}, {"lapkričio"sv, 11},
    {"gruodžio"sv, 12},
    // th, full and abbreviated ("19 กันยายน 2568", "19 ก.ย. 2568": study-j round 7 B10, thai shell; every Thai
    // portal, Siam Blockchain, Thairath, Matichon). The abbreviations keep their inner "." (dates.cpp
    // tokenize joins a Thai letter run across it); the final one is dropped as for "Sept.".
    {"มกราคม"sv, 1}, {"กุมภาพันธ์"sv, 2}, {"มีนาคม"sv, 3}, {"เมษายน"sv, 4}, {"พฤษภาคม"sv, 5},
    {"มิถุนายน"sv, 6}, {"กรกฎาคม"sv, 7}, {"สิงหาคม"sv, 8}, {"กันยายน"sv, 9}, {"ตุลาคม"sv, 10},
    {"พฤศจิกายน"sv, 11}, {"ธันวาคม"sv, 12}, {"ม.ค"sv, 1}, {"ก.พ"sv, 2}, {"มี.ค"sv, 3}, {"เม.ย"sv, 4},
    {"พ.ค"sv, 5}, {"มิ.ย"sv, 6}, {"ก.ค"sv, 7}, {"ส.ค"sv, 8}, {"ก.ย"sv, 9}, {"ต.ค"sv, 10}, {"พ.ย"sv, 11},
    {"ธ.ค"sv, 12},
    // hi (Devanagari; also mr, ne for most): "27 नवंबर 2026, 09:30 AM" (study-w round 21, amarujala shell; Amar Ujala,
    // Dainik Bhaskar, Dainik Jagran, NDTV India). Both spellings of the nasal ("नवंबर"/"नवम्बर") and of the nukta.
    {"जनवरी"sv, 1}, {"फ़रवरी"sv, 2}, {"फरवरी"sv, 2}, {"मार्च"sv, 3}, {"अप्रैल"sv, 4}, {"अप्रेल"sv, 4}, {"मई"sv, 5},
    {"जून"sv, 6}, {"जुलाई"sv, 7}, {"अगस्त"sv, 8}, {"सितंबर"sv, 9}, {"सितम्बर"sv, 9}, {"अक्टूबर"sv, 10},
    {"अक्तूबर"sv, 10}, {"नवंबर"sv, 11}, {"नवम्बर"sv, 11}, {"दिसंबर"sv, 12}, {"दिसम्बर"sv, 12},
    // fa, Solar Hijri (kSolarHijriMonthBase + month): Iranian portals print "۶ آذر ۱۴۰۵ - ۰۹:۳۰" (study-w round 20
    // B1, hamshahri shell; Hamshahri, ISNA, IRNA, Tasnim), often with no machine date. The three names holding
    // Persian yeh (ی) are also listed with the Arabic yeh (ي) some CMSs type. Not the Arabic "آذار" (March) above.
    {"فروردین"sv, 13}, {"فروردين"sv, 13}, {"اردیبهشت"sv, 14}, {"ارديبهشت"sv, 14}, {"خرداد"sv, 15}, {"تیر"sv, 16},
    {"تير"sv, 16}, {"مرداد"sv, 17}, {"شهریور"sv, 18}, {"شهريور"sv, 18}, {"مهر"sv, 19}, {"آبان"sv, 20},
    {"آذر"sv, 21}, {"دی"sv, 22}, {"دي"sv, 22}, {"بهمن"sv, 23}, {"اسفند"sv, 24},
};

// Month names that name another month in one language than in the table above: hr/bs "listopad" is October,
// pl/cs November (study-u round 18 T2). Language subtag, folded word, month.
struct LangMonth {
    std::string_view lang, word;
    int month;
};
constexpr LangMonth kLangMonths[] = {
    {"hr"sv, "listopad"sv, 10}, {"hr"sv, "listopada"sv, 10}, {"bs"sv, "listopad"sv, 10}, {"bs"sv, "listopada"sv, 10},
};

// Month names of two words: the Levantine كانون الثاني (January), تشرين الأول
// (October), تشرين الثاني (November), كانون الأول (December) (study-f round 3:
// Syrian, Lebanese, Jordanian and Iraqi portals; الاول without hamza as typed too).
constexpr MonthPair kPairs[] = {
    {"كانون"sv, "الثاني"sv, 1}, {"تشرين"sv, "الأول"sv, 10}, {"تشرين"sv, "الاول"sv, 10},
    {"تشرين"sv, "الثاني"sv, 11}, {"كانون"sv, "الأول"sv, 12}, {"كانون"sv, "الاول"sv, 12},
};

// RFC 2822 §4.3 obsolete zones plus the abbreviations news sites print most
// (US, European, Asian markets; repost corpus "4:20 am UTC").
constexpr ZoneName kZones[] = {
    {"utc"sv, 0}, {"gmt"sv, 0}, {"z"sv, 0}, {"ut"sv, 0}, {"est"sv, -300}, {"edt"sv, -240},
    {"cst"sv, -360}, {"cdt"sv, -300}, {"mst"sv, -420}, {"mdt"sv, -360}, {"pst"sv, -480}, {"pdt"sv, -420},
    {"bst"sv, 60}, {"cet"sv, 60}, {"cest"sv, 120}, {"mez"sv, 60}, {"mesz"sv, 120}, {"eet"sv, 120},
    {"eest"sv, 180}, {"msk"sv, 180}, {"ist"sv, 330}, {"sgt"sv, 480}, {"hkt"sv, 480}, {"jst"sv, 540},
    {"kst"sv, 540}, {"aest"sv, 600}, {"aedt"sv, 660},
};

constexpr ZoneName kUsZones[] = {{"et"sv, -300}, {"ct"sv, -360}, {"mt"sv, -420}, {"pt"sv, -480}};

// "at" (en), "um" (de), "à" (fr), "a las"/"a la" (es), "alle"/"ore" (it),
// "às" (pt), "om" (nl), "o"/"godz" (pl), "в" (ru), "u" (hr), plus separators.
constexpr std::string_view kConnectors[] = {
    "at"sv, "um"sv, "à"sv, "a"sv, "las"sv, "la"sv, "alle"sv, "ore"sv, "às"sv, "as"sv, "om"sv, "o"sv,
    "godz"sv, "kl"sv, "в"sv, "de"sv, "-"sv, ","sv, "|"sv, "·"sv, "•"sv, "/"sv, "–"sv, "—"sv,
    "u"sv,  // hr/bs/sr "28.11.2026. u 14:05" (study-u round 18 T2, jutarnji shell)
    "เวลา"sv,  // th "time": "27 พฤศจิกายน 2569 เวลา 09:30 น." (study-v round 19, khaosod shell)
};

// en, de, fr, es, it, pt, nl, pl: the field names of a date cell and the relative days a feed shows.
constexpr std::string_view kDateRowLabel[] = {
    "date"sv, "time"sv, "today"sv, "yesterday"sv, "datum"sv, "zeit"sv, "heute"sv, "gestern"sv, "aujourd'hui"sv,
    "hier"sv, "fecha"sv, "hoy"sv, "ayer"sv, "data"sv, "oggi"sv, "ieri"sv, "hoje"sv, "ontem"sv, "vandaag"sv,
    "gisteren"sv, "dzisiaj"sv, "wczoraj"sv,
    // The first word of a two-word date label, which the byline parser cuts at its second word ("published",
    // "updated": byline stops): "First Published: Sep 19 2025 | 4:20 AM IST" (Business Standard, Outlook
    // India, Moneycontrol), ABC's "First posted Fri 19 Sep 2025 at 4:20am", "Last Edited Sep 20, 2025 10:05"
    // (study-i round 6 B12: the byline was "First").
    "first"sv, "last"sv, "originally"sv,
};

// Era names written between a month and its year: Thai "พ.ศ." (Buddhist Era: "19 กันยายน พ.ศ. 2568",
// study-j round 7 B10, thai shell), folded, without the final ".".
constexpr std::string_view kEras[] = {"พ.ศ"sv};

// "04:20 Uhr", "04h20", "10 hs", "04:20 ч", Thai "04:20 น." (นาฬิกา, "o'clock": study-j round 7 B10).
constexpr std::string_view kSuffixes[] = {"uhr"sv, "h"sv, "hs"sv, "hrs"sv, "ч"sv, "น"sv};

// The marks after the hour, minute and second numbers of a CJK clock time: ja "14時05分", zh "14时05分" /
// "14点05分" (traditional 點), ko "14시 05분" (study-n round 11 T2, excite shell: "2026年11月26日 10時30分").
constexpr std::string_view kHourMarks[] = {"時"sv, "时"sv, "点"sv, "點"sv, "시"sv};
constexpr std::string_view kMinuteMarks[] = {"分"sv, "분"sv};
constexpr std::string_view kSecondMarks[] = {"秒"sv, "초"sv};

// The separators German finance portals print between the dateline and its
// source (finanzen.net, onvista, ariva, boerse.de: "19.09.25 06:20 Uhr | Quelle:
// dpa-AFX"; study-h round 5 B6, dpa shell), and the dashes and dots other
// header rows use; spaced on both sides in every sample.
constexpr std::string_view kDatelineSeps[] = {"|"sv, "·"sv, "•"sv, "-"sv, "–"sv, "—"sv};

// CLDR short date patterns with the month first: en-US (and bare "en"), en-PH,
// plus fil; everything else is d/m/y or y/m/d.
constexpr std::string_view kMonthFirst[] = {"en"sv, "en-us"sv, "en-ph"sv, "fil"sv, "en-ca"sv};

}  // namespace

const std::span<const MonthName> kMonthNames{kMonths};
const std::span<const MonthPair> kMonthPairs{kPairs};
const std::span<const ZoneName> kZoneNames{kZones};
const std::span<const ZoneName> kUsGenericZones{kUsZones};
const std::span<const std::string_view> kDateTimeConnectors{kConnectors};
const std::span<const std::string_view> kTimeSuffixes{kSuffixes};
const std::span<const std::string_view> kCjkHourMarks{kHourMarks};
const std::span<const std::string_view> kCjkMinuteMarks{kMinuteMarks};
const std::span<const std::string_view> kCjkSecondMarks{kSecondMarks};
const std::span<const std::string_view> kDateRowLabels{kDateRowLabel};
const std::span<const std::string_view> kDatelineSeparators{kDatelineSeps};
const std::span<const std::string_view> kMonthFirstLocales{kMonthFirst};


namespace {

// kMonths sorted by word, with the range of words opening with each byte: a
// lookup compares with the few names sharing the word's first byte, not with
// all of them (every word of every date candidate and byline segment start is
// looked up: issue #3, metadata time of small pages).
struct MonthIndex {
    std::vector<MonthName> sorted;
    std::array<std::pair<std::size_t, std::size_t>, 256> by_first{};  // [begin, end) in `sorted`
    std::size_t longest = 0;
};

const MonthIndex& month_index() {
    static const MonthIndex index = [] {
        MonthIndex out;
        out.sorted.assign(std::begin(kMonths), std::end(kMonths));
        std::sort(out.sorted.begin(), out.sorted.end(), [](const MonthName& a, const MonthName& b) { return a.word < b.word; });
        for (std::size_t b = 0; b < out.by_first.size(); ++b) out.by_first[b] = {out.sorted.size(), out.sorted.size()};
        for (std::size_t k = out.sorted.size(); k-- > 0;) {
            auto& range = out.by_first[static_cast<unsigned char>(out.sorted[k].word.front())];
            range.first = k;
            if (range.second == out.sorted.size()) range.second = k + 1;
            out.longest = std::max(out.longest, out.sorted[k].word.size());
        }
        return out;
    }();
    return index;
}

}  // namespace

int month_from_word(std::string_view w) {
    const MonthIndex& index = month_index();
    if (w.empty() || w.size() > index.longest) return 0;
    const auto [begin, end] = index.by_first[static_cast<unsigned char>(w.front())];
    const auto first = index.sorted.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = index.sorted.begin() + static_cast<std::ptrdiff_t>(end);
    const auto it = std::lower_bound(first, last, w, [](const MonthName& m, std::string_view key) { return m.word < key; });
    return it != last && it->word == w ? it->month : 0;
}

int month_in_lang(std::string_view lang, std::string_view folded_word) {
    const std::string_view primary = lang.substr(0, std::min(lang.find_first_of("-_"), lang.size()));
    bool listed = false;
    for (const LangMonth& m : kLangMonths) {
        if (m.word != folded_word) continue;
        listed = true;
        if (primary.size() == m.lang.size() &&
            std::equal(primary.begin(), primary.end(), m.lang.begin(), [](char a, char b) { return (a | 0x20) == b; }))
            return m.month;
    }
    return listed ? month_from_word(folded_word) : 0;
}

bool is_era_word(std::string_view folded_word) {
    return std::find(std::begin(kEras), std::end(kEras), folded_word) != std::end(kEras);
}

int month_from_words(std::string_view first, std::string_view second) {
    for (const MonthPair& p : kPairs)
        if (p.first == first && p.second == second) return p.month;
    return 0;
}

}  // namespace newsclean::lexicon
