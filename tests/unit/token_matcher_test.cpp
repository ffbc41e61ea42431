#include <catch2/catch.hpp>

#include <cctype>
#include <span>
#include <string>
#include <vector>

#include "util/fold.hpp"
#include "util/text.hpp"
#include "util/token_matcher.hpp"

using namespace std::string_view_literals;

TEST_CASE("TokenMatcher finds the first of many tokens, case-insensitively", "[util]") {
    static constexpr std::string_view kTokens[] = {"related"sv, "comment"sv, "share"sv};
    const newsclean::util::TokenMatcher m(kTokens);
    CHECK(m.in("post-Related-links"));
    CHECK(m.find("x comments-open share") == 2);
    CHECK_FALSE(m.in("article-body"));
    CHECK(m.find("reshare share", true) == 8);  // word start only
    CHECK(m.find("") == std::string_view::npos);
}

TEST_CASE("TokenMatcher finds a token opening with a non-ASCII letter capitalised too", "[util]") {
    static constexpr std::string_view kTokens[] = {"опубліковано"sv, "źródło"sv, "δημοσίευση"sv, "élu"sv};
    const newsclean::util::TokenMatcher m(kTokens);
    CHECK(m.find("Оновлено: 29.11.2026 Опубліковано: 27.11.2026") == std::string_view("Оновлено: 29.11.2026 ").size());
    CHECK(m.in("Źródło: PAP"));
    CHECK(m.in("Δημοσίευση 28.11.2026"));
    CHECK(m.in("Élu maire"));
    CHECK(m.in("опубліковано 27.11"));
    // A label set in capitals (a CSS upper-case label copied into a text scrape), as ASCII labels match.
    CHECK(m.in("ОПУБЛІКОВАНО: 27.11.2026"));
    CHECK(m.in("ŹRÓDŁO: PAP"));
    // Not Greek set in capitals: it drops the accent ("ΔΗΜΟΣΙΕΥΣΗ"), and the tokens are matched by their bytes.
    CHECK_FALSE(m.in("ΔΗΜΟΣΙΕΥΣΗ 28.11.2026"));
    // Mixed case inside the word is no match.
    CHECK_FALSE(m.in("опубЛіковано"));
    CHECK_FALSE(m.in("ОПУБЛІКОВАНо"));
}

TEST_CASE("TokenMatcher finds an ASCII-led token with non-ASCII letters in capitals", "[util]") {
    static constexpr std::string_view kTokens[] = {"publié"sv, "actualizado"sv};
    const newsclean::util::TokenMatcher m(kTokens);
    CHECK(m.in("PUBLIÉ LE 28/11/2026"));
    CHECK(m.in("Publié le 28/11/2026"));
    CHECK(m.in("ACTUALIZADO: 28.11.2026"));
}

TEST_CASE("capital_of inverts fold_code_point's letter pairs", "[util]") {
    using newsclean::util::capital_of;
    CHECK(capital_of(U'о') == U'О');
    CHECK(capital_of(U'ї') == U'Ї');
    CHECK(capital_of(U'ź') == U'Ź');
    CHECK(capital_of(U'ą') == U'Ą');
    CHECK(capital_of(U'é') == U'É');
    CHECK(capital_of(U'δ') == U'Δ');
    CHECK(capital_of(U'ς') == U'ς');  // final sigma: no capital of its own
    CHECK(capital_of(U'a') == U'A');
    CHECK(capital_of(U'ß') == U'ß');
    CHECK(capital_of(U'中') == U'中');
}

TEST_CASE("TokenMatcher tables: one pass, one bit per table", "[util]") {
    static constexpr std::string_view kNoise[] = {"related"sv, "comment"sv};
    static constexpr std::string_view kByline[] = {"author"sv, "byline"sv};
    static const newsclean::util::TokenMatcher::Table kTables[] = {{kNoise, 1}, {kByline, 2}};
    const newsclean::util::TokenMatcher m(kTables);
    CHECK(m.flags("comment-author") == 3);
    CHECK(m.flags("entry-Byline") == 2);
    CHECK(m.flags("x") == 0);
}

TEST_CASE("TokenMatcher::first_each: each table's first token, as find() of that table alone", "[util]") {
    static constexpr std::string_view kLabels[] = {"updated"sv, "source:"sv};
    static constexpr std::string_view kMarks[] = {"copyright"sv, "(c)"sv};
    static const newsclean::util::TokenMatcher::Table kTables[] = {{kLabels, 1}, {kMarks, 2}};
    const newsclean::util::TokenMatcher both(kTables), labels(kLabels), marks(kMarks);
    for (std::string_view s : {"Outdated, then Updated: (c) 2024"sv, "Copyright 2020 source: X"sv, "nothing"sv, ""sv}) {
        std::size_t first[2];
        both.first_each(s, 1, first);  // labels at a word start only
        CHECK(first[0] == labels.find(s, true));
        CHECK(first[1] == marks.find(s));
    }
}

TEST_CASE("TokenMatcher::find_before looks only at the first positions", "[util]") {
    static constexpr std::string_view kTokens[] = {"first published on"sv, "by"sv};
    const newsclean::util::TokenMatcher m(kTokens);
    CHECK(m.find_before("This story first published on X", 12, true) == 11);  // positions 0..11
    CHECK(m.find_before("This story first published on X", 11, true) == std::string_view::npos);
    CHECK(m.find_before("By Jane", 1) == 0);
    CHECK(m.find_before("Story by Jane", 1) == std::string_view::npos);
    CHECK(m.find_before("x", 5) == std::string_view::npos);
}

TEST_CASE("TokenMatcher: two-byte tokens and tokens ending the text", "[util]") {
    static constexpr std::string_view kTokens[] = {"(c"sv, "abc"sv, "abd"sv};
    const newsclean::util::TokenMatcher m(kTokens);
    CHECK(m.find("x (C) 2024") == 2);  // a whole two-byte token
    CHECK(m.find("xxABD") == 2);       // three bytes, the last ones of the text
    CHECK(m.find("xxab") == std::string_view::npos);
    CHECK(m.find("abe abc") == 4);
    CHECK(m.flags("(c") == 1);
}

// The word-start scans skip the inside of words (find with word_start, and
// first_each when every table counts word starts only): what they return must
// be what a test at every position returns. Checked against a brute-force scan
// over texts with words, punctuation, non-ASCII bytes and a `from` inside a word.
TEST_CASE("TokenMatcher word-start scans agree with a test at every position", "[util]") {
    static constexpr std::string_view kLabels[] = {"by"sv, "source"sv, "via"sv, "\xC3\xA9t\xC3\xA9"sv};
    static constexpr std::string_view kMarks[] = {"updated"sv, "(c)"sv};
    static const newsclean::util::TokenMatcher::Table kTables[] = {{kLabels, 1}, {kMarks, 2}};
    const newsclean::util::TokenMatcher both(kTables), labels(kLabels), marks(kMarks);
    // Each token as written, with its first letter capitalised ("Été") and in capitals ("ÉTÉ"); ASCII capitals
    // by tolower.
    auto forms = [](std::string_view t) {
        std::size_t after = 0;
        std::string capital, upper;
        newsclean::util::append_utf8(capital, newsclean::util::capital_of(newsclean::util::next_code_point(t, after)));
        for (std::size_t i = 0; i < t.size();) {
            const char32_t cp = newsclean::util::next_code_point(t, i);
            newsclean::util::append_utf8(upper, cp < 0x80 ? cp : newsclean::util::capital_of(cp));
        }
        return std::vector<std::string>{std::string(t), capital + std::string(t.substr(after)), upper};
    };
    auto brute = [&forms](std::string_view s, std::span<const std::string_view> tokens, std::size_t from) {
        for (std::size_t i = from; i < s.size(); ++i) {
            if (i > 0 && (std::isalnum(static_cast<unsigned char>(s[i - 1])) && static_cast<unsigned char>(s[i - 1]) < 0x80))
                continue;
            for (std::string_view token : tokens)
                for (const std::string& t : forms(token))
                    if (s.size() - i >= t.size()) {
                        bool same = true;
                        for (std::size_t k = 0; k < t.size() && same; ++k)
                            same = std::tolower(static_cast<unsigned char>(s[i + k])) == static_cast<unsigned char>(t[k]);
                        if (same) return i;
                    }
        }
        return std::string_view::npos;
    };
    for (std::string_view s : {"Trivia via X"sv, "nearby, By Jane"sv, "resourced source"sv, "été·Été été"sv, "ÉTÉ·ÉTé ÉtÉ"sv,
                               "x(c) (C) 2024"sv, "Outdated.Updated"sv, "by"sv, "b"sv, ""sv, "2024by by"sv}) {
        for (std::size_t from : {std::size_t{0}, std::size_t{1}, std::size_t{3}}) {
            if (from > s.size()) continue;
            CHECK(labels.find(s, true, from) == brute(s, kLabels, from));
            CHECK(marks.find(s, true, from) == brute(s, kMarks, from));
        }
        std::size_t first[2];
        both.first_each(s, 3, first);
        CHECK(first[0] == brute(s, kLabels, 0));
        CHECK(first[1] == brute(s, kMarks, 0));
    }
}

// A text shorter than every token is told at once (menu words, one-word lines):
// the answers are those of a scan.
TEST_CASE("TokenMatcher: a text or a rest shorter than every token holds none", "[util]") {
    static constexpr std::string_view kTokens[] = {"source"sv, "updated"sv};
    static const newsclean::util::TokenMatcher::Table kTables[] = {{kTokens, 1}};
    const newsclean::util::TokenMatcher m(kTokens), table(kTables);
    CHECK(m.find("sourc") == std::string_view::npos);
    CHECK(m.find("Source") == 0);
    CHECK(m.find("x Source", false, 2) == 2);
    CHECK(m.find("x Source", false, 3) == std::string_view::npos);  // "ource" is left
    CHECK(m.find("Source", false, 9) == std::string_view::npos);    // `from` past the end
    CHECK(m.find_before("Updated", 1) == 0);
    CHECK(table.flags("src") == 0);
    CHECK(table.flags("UPDATED") == 1);
    std::size_t first[1];
    table.first_each("upd", 1, first);
    CHECK(first[0] == std::string_view::npos);
    table.first_each("updated", 1, first);
    CHECK(first[0] == 0);
}
