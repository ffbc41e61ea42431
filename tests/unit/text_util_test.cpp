// util/text.hpp: the code-point classes that both word counters use
// (Article::word_count and the text extractor's text::count_words).
#include <catch2/catch.hpp>

#include "extract/text_lines.hpp"
#include "newsclean/article.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

using namespace newsclean;

TEST_CASE("is_cjk: kana and ideographs, not Hangul or Latin") {
    CHECK(util::is_cjk(U'\u3042'));   // あ hiragana
    CHECK(util::is_cjk(U'\u30AB'));   // カ katakana
    CHECK(util::is_cjk(U'\u8A18'));   // 記 ideograph
    CHECK(util::is_cjk(U'\U00020000'));  // extension B
    CHECK(!util::is_cjk(U'\uAC00'));  // 가 Hangul: written with spaces
    CHECK(!util::is_cjk(U'a'));
    CHECK(!util::is_cjk(U'\u3002'));  // 。 punctuation
}

TEST_CASE("is_word_char: letters and digits of any script, no punctuation or symbols") {
    CHECK(util::is_word_char(U'a'));
    CHECK(util::is_word_char(U'7'));
    CHECK(util::is_word_char(U'\u00E9'));  // é
    CHECK(util::is_word_char(U'\u0436'));  // ж
    CHECK(!util::is_word_char(U'-'));
    CHECK(!util::is_word_char(U'\u2014'));  // em dash
    CHECK(!util::is_word_char(U'\u00A0'));  // NBSP
    CHECK(!util::is_word_char(U'\u00D7'));  // ×
    CHECK(!util::is_word_char(U'\u3001'));  // 、
    CHECK(!util::is_word_char(U'\uFFFD'));
}

TEST_CASE("both word counters count a CJK character as a word") {
    Article a;
    a.blocks.push_back(Block{});
    a.blocks.back().text = "関連記事 Bitcoin — 5 × 3";
    CHECK(a.word_count() == 4 + 3);
    CHECK(extract::text::count_words("関連記事 Bitcoin — 5 × 3") == 4 + 3);
}

TEST_CASE("count_tokens: runs between white space") {
    CHECK(util::count_tokens("") == 0);
    CHECK(util::count_tokens("  BTC  $115,373.16 -1.91% ") == 3);
    CHECK(util::count_tokens("Published:\t19.09.2025\n04:20") == 3);
}

TEST_CASE("is_collapsed: true only when collapse_whitespace would change nothing") {
    for (std::string_view s : {"", "a", "By Jane Doe", "x y", "caf\xC3\xA9", "AI hasn\xE2\x80\x99" "t changed", "\xE2\x80\x94 x"}) {
        CHECK(util::is_collapsed(s));
        CHECK(util::collapse_whitespace(s) == s);
    }
    // ASCII white space runs, ends, NBSP, em space, zero-width space, BOM.
    for (std::string_view s : {" a", "a ", "a  b", "a\tb", "a\nb", "a\xC2\xA0" "b", "\xE2\x80\x83" "a", "a\xE2\x80\x8B", "\xEF\xBB\xBF" "a"}) {
        CHECK_FALSE(util::is_collapsed(s));
        CHECK(util::collapse_whitespace(s) != s);
    }
}

// is_collapsed reads eight bytes at a time over ASCII: a fault at any offset,
// across a block's start included, must still be seen.
TEST_CASE("is_collapsed: a fault anywhere in a long line") {
    const std::string line = "The quick brown fox jumps over the lazy dog, again and again";
    CHECK(util::is_collapsed(line));
    for (std::string_view fault : {" ", "\t", "\xC2\xA0", "\xE2\x80\x8B", "\n"}) {
        for (std::size_t at = 1; at + 1 < line.size(); ++at) {
            std::string s = line;
            s.insert(at, fault);
            INFO(s);
            CHECK(util::is_collapsed(s) == (util::collapse_whitespace(s) == s));
        }
    }
    // Non-ASCII text that is collapsed: curly quotes and dashes between words.
    CHECK(util::is_collapsed("AI hasn\xE2\x80\x99t meaningfully changed \xE2\x80\x94 anything in cybersecurity so far"));
}

// collapse_whitespace copies ASCII prose eight bytes at a time: against a plain
// split-and-join over lines with a fault (double space, tab, newline, NBSP,
// non-ASCII letter, trailing space) at every offset, with and without a limit.
TEST_CASE("collapse_whitespace: long ASCII lines with a fault anywhere") {
    auto reference = [](std::string_view s) {
        std::string out, word;
        auto flush = [&] {
            if (!word.empty()) out += (out.empty() ? "" : " ") + word;
            word.clear();
        };
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') flush();
            else if (s.substr(i, 2) == "\xC2\xA0") flush(), ++i;
            else word += s[i];
        }
        flush();
        return out;
    };
    const std::string line = "The quick brown fox jumps over the lazy dog, again and again and again";
    for (std::string_view fault : {"  ", "\t", "\n", "\xC2\xA0", "\xC3\xA9", " "}) {
        for (std::size_t at = 0; at <= line.size(); ++at) {
            std::string s = line;
            s.insert(at, fault);
            INFO(s);
            CHECK(util::collapse_whitespace(s) == reference(s));
            // A limit keeps a prefix of the whole result, at least `limit` bytes of it when there are.
            for (std::size_t limit : {std::size_t{10}, std::size_t{33}}) {
                const std::string cut = util::collapse_whitespace(s, limit);
                CHECK(reference(s).compare(0, cut.size(), cut) == 0);
                CHECK(cut.size() >= std::min(limit, reference(s).size()));
            }
        }
    }
}

// has_digit reads eight bytes at a time: every position of a word, and a
// two-byte Arabic-Indic digit across two words, must count as a byte loop does.
TEST_CASE("util::has_digit: ASCII and Arabic-Indic digits at every position", "[util]") {
    using newsclean::util::has_digit;
    for (std::size_t at = 0; at < 20; ++at) {
        std::string s(20, 'x');
        s[at] = '7';
        CHECK(has_digit(s));
        std::string arabic(21, 'x');
        arabic.replace(at, 2, "\xD9\xA3");  // ٣
        CHECK(has_digit(arabic));
        std::string persian(21, 'x');
        persian.replace(at, 2, "\xDB\xB5");  // ۵
        CHECK(has_digit(persian));
    }
    CHECK_FALSE(has_digit(""));
    CHECK_FALSE(has_digit("no digits in this line, only words and / : ? @"));
    CHECK_FALSE(has_digit("caf\xC3\xA9 \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xE2\x80\x99"));  // non-digit UTF-8, D9 lead included
    CHECK_FALSE(has_digit("xxxxxxx\xD9"));  // a lead byte ending the text
    CHECK(has_digit("\xEF\xBC\x91 and 2"));  // a full-width one is no digit here, the 2 is
}

// util::is_capital decides where a scrape ran words together ("FacebookTwitter", "AjánlottÚjabb", "Xem thêmĐiều"):
// capitals of every cased script folding knows, Vietnamese's Latin Extended Additional pairs, and no punctuation
// that folding rewrites.
TEST_CASE("util::is_capital: cased letters only", "[util]") {
    using newsclean::util::is_capital;
    for (char32_t c : {U'A', U'Z', U'\u00DA', U'\u0110', U'\u0395', U'\u041D', U'\u1EB6'}) CHECK(is_capital(c));  // Ú Đ Ε Н Ặ
    for (char32_t c : {U'a', U'\u00FA', U'\u0111', U'\u03B5', U'\u043D', U'\u1EB7', U'7', U'\u6587'}) CHECK_FALSE(is_capital(c));
    for (char32_t c : {U'\u2019', U'\u201C', U'\u2014', U'\u00AB'}) CHECK_FALSE(is_capital(c));  // ’ “ — «: folded, no letters
}
