// Charset sniffing and transcoding: each fixture is a page written in a legacy
// charset by tests/fixtures/charset (generated once with Python's codecs).
#include <catch2/catch.hpp>

#include "reader/charset.hpp"
#include "test_support.hpp"

using namespace newsclean;
using newsclean::reader::Tag;

namespace {

struct Case {
    const char* file;
    const char* charset;
    const char* title;
    const char* paragraph;
};

}  // namespace

TEST_CASE("legacy charsets decode to the right UTF-8 text") {
    const Case cases[] = {
        {"windows-1252.html", "windows-1252", "Café crème", "Prix : 5 € — « déjà vu » naïveté"},
        {"iso-8859-2.html", "ISO-8859-2", "Zażółć gęślą jaźń", "Příliš žluťoučký kůň úpěl ďábelské ódy"},
        {"shift_jis.html", "Shift_JIS", "日本語のニュース", "東京都は本日、新しい計画を発表した。"},
        {"gbk.html", "GBK", "中文新闻标题", "北京时间今天上午，有关部门发布了新的数据。"},
        {"windows-1251.html", "windows-1251", "Новости дня", "Съешь же ещё этих мягких французских булок, да выпей чаю."},
        {"koi8-r.html", "KOI8-R", "Новости дня", "Съешь же ещё этих мягких французских булок."},
        {"euc-kr.html", "EUC-KR", "한국어 뉴스", "서울시는 오늘 새로운 계획을 발표했다."},
        {"http-equiv-1251.html", "windows-1251", "Привет", "Привет, мир! Это тест."},
        {"utf-16le-bom.html", "UTF-16LE", "Grüße aus Köln", "Überall schöne Grüße — 😀"},
        {"utf-16be-bom.html", "UTF-16BE", "Grüße", "Schöne Grüße aus Köln"},
        {"mislabeled-utf8.html", "UTF-8", "Crème brûlée", "Ein schöner Tag — 東京"},
        {"undeclared-1252.html", "windows-1252", "Résumé", "Señor Müller’s café"},
        {"xml-decl-latin2.html", "ISO-8859-2", "Łódź", "Miasto Łódź leży w centrum Polski."},
        {"utf8-bom-meta-1252.html", "UTF-8", "Naïve", "Zoë’s café"},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const auto doc = test::load(test::fixture(std::string("charset/") + c.file));
        CHECK(doc.input.charset == c.charset);
        CHECK(doc.input.kind == "html");
        CHECK(test::first_text(doc, Tag::title) == c.title);
        CHECK(test::first_text(doc, Tag::p) == c.paragraph);
    }
}

TEST_CASE("invalid UTF-8 bytes and NUL become U+FFFD") {
    const auto doc = test::load(test::fixture("charset/invalid-utf8.html"));
    CHECK(doc.input.charset == "UTF-8");
    CHECK(test::first_text(doc, Tag::p) == "ok \xEF\xBF\xBD\xEF\xBF\xBD bytes and a NUL \xEF\xBF\xBD here");
}

TEST_CASE("an encoding override (--encoding) beats the sniffed charset") {
    ReadOptions options;
    options.encoding = "windows-1251";
    const auto doc = test::load(test::fixture("charset/koi8-r.html"), options);
    CHECK(doc.input.charset == "windows-1251");
    CHECK(test::first_text(doc, Tag::title) != "Новости дня");  // deliberately decoded wrong
}

TEST_CASE("WHATWG labels map to their encodings") {
    using reader::encoding_for_label;
    CHECK(encoding_for_label("latin1") == "windows-1252");
    CHECK(encoding_for_label("ISO-8859-1") == "windows-1252");
    CHECK(encoding_for_label("  US-ASCII ") == "windows-1252");
    CHECK(encoding_for_label("gb2312") == "GBK");
    CHECK(encoding_for_label("x-sjis") == "Shift_JIS");
    CHECK(encoding_for_label("ks_c_5601-1987") == "EUC-KR");
    CHECK(encoding_for_label("utf8") == "UTF-8");
    CHECK(encoding_for_label("koi8_r") == "KOI8-R");
    CHECK(encoding_for_label("iso-2022-kr") == "replacement");
    CHECK_FALSE(encoding_for_label("klingon").has_value());
}

TEST_CASE("meta prescan follows the WHATWG algorithm") {
    using reader::prescan_meta_charset;
    CHECK(prescan_meta_charset("<meta charset=utf-8>") == "UTF-8");
    CHECK(prescan_meta_charset("<!-- <meta charset=koi8-r> --><meta charset='gbk'>") == "GBK");
    CHECK(prescan_meta_charset("<meta http-equiv=\"content-type\" content=\"text/html;charset=Shift_JIS\">") == "Shift_JIS");
    CHECK_FALSE(prescan_meta_charset("<meta content=\"text/html;charset=Shift_JIS\">").has_value());  // no pragma
    CHECK(prescan_meta_charset("<meta charset=utf-16le>") == "UTF-8");  // ASCII bytes can't be UTF-16
    CHECK(prescan_meta_charset("<div title='<meta charset=gbk>'><meta charset=latin2>") == "ISO-8859-2");
    const std::string late = std::string(1100, ' ') + "<meta charset=gbk>";
    CHECK_FALSE(prescan_meta_charset(late).has_value());  // only the first 1024 bytes count
}

TEST_CASE("a charset declared after the first 1024 bytes is used when the bytes are not UTF-8") {
    const std::string preamble = "<html><head>" + std::string(2000, ' ') + "<script src=a.js></script>";
    const std::string gbk_title = "\xD6\xD0\xCE\xC4";  // 中文 in GBK
    const auto doc = test::load(preamble + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                "<title>" + gbk_title + "</title></head><body><p>x</p></body></html>");
    CHECK(doc.input.charset == "GBK");
    CHECK(test::first_text(doc, Tag::title) == "中文");
    // Valid UTF-8 keeps the standard's window: a late <meta> cannot override it.
    const auto utf8 = test::load(preamble + "<meta charset=gbk><title>中文</title></head><body><p>x</p></body></html>");
    CHECK(utf8.input.charset == "UTF-8");
}

TEST_CASE("UTF-16 without BOM is recognised from its zero bytes") {
    std::u16string text = u"<html><body><p>Hello world, this is UTF-16 text.</p></body></html>";
    std::string le;
    for (char16_t c : text) le.push_back(char(c & 0xFF)), le.push_back(char(c >> 8));
    const auto doc = test::load(le);
    CHECK(doc.input.charset == "UTF-16LE");
    CHECK(test::first_text(doc, Tag::p) == "Hello world, this is UTF-16 text.");
}
