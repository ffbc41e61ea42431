// The language guess for pages that declare none (HTML without lang, text scrapes).
#include <catch2/catch.hpp>

#include <string>

#include "extract/lang.hpp"

using newsclean::extract::LanguageGuess;

namespace {

std::string guess(std::initializer_list<std::string_view> texts) {
    LanguageGuess g;
    for (std::string_view t : texts) g.add(t);
    return g.result();
}

}  // namespace

TEST_CASE("language guess: function words of the Latin and Cyrillic script languages", "[lang]") {
    CHECK(guess({"The council said that the plan for the new bridge is not ready and that the vote on it will "
                 "wait until the end of the year, to the dismay of the residents who live with the traffic."}) == "en");
    CHECK(guess({"Der Rat sagte, dass die Pläne für die neue Brücke nicht fertig sind und die Abstimmung auch "
                 "bis zum Ende des Jahres warten muss, was die Anwohner mit dem Verkehr nicht freut."}) == "de");
    CHECK(guess({"Le conseil a dit que les plans pour le nouveau pont ne sont pas prêts et que le vote est "
                 "reporté à la fin de l'année, dans une ville où les habitants attendent."}) == "fr");
    // A short text: fewer hits, but no other language comes close.
    CHECK(guess({"Центральный банк сохранил ставку на прежнем уровне, сообщила пресс-служба в пятницу, и это "
                 "совпало с ожиданиями."}) == "ru");
}

TEST_CASE("language guess: Japanese, Chinese and Korean by script", "[lang]") {
    CHECK(guess({"日本銀行は十九日の金融政策決定会合で、短期金利の誘導目標を据え置くことを決めた。"}) == "ja");
    CHECK(guess({"中国人民银行十九日宣布维持贷款市场报价利率不变，市场普遍预期央行将在年内进一步降息。"}) == "zh");
    CHECK(guess({"한국은행은 기준금리를 현 수준으로 동결했다고 밝혔다. 시장에서는 추가 인하 시점에 관심이 쏠리고 있다."}) == "ko");
}

TEST_CASE("language guess: unsure stays empty, a quoted name does not make a page Chinese", "[lang]") {
    CHECK(guess({}).empty());
    CHECK(guess({"Price 42.50 USD, volume 1.2M, change +3.4%"}).empty());
    std::string english;
    for (int i = 0; i < 20; ++i)
        english += "The visit of the delegation led by 王毅 was the first of its kind for the city and the region. ";
    CHECK(guess({english}) == "en");
}

TEST_CASE("language guess: upper-case, spaced and non-ASCII words count like plain ones", "[lang]") {
    // Upper-case words, tabs and newlines around words, and words with
    // accents take different paths through the word loop; all count.
    CHECK(guess({"THE PLAN FOR THE BRIDGE IS NOT READY AND THAT IS WHY THE VOTE WAITS"}) == "en");
    CHECK(guess({"the\tplan for\nthe bridge is \tnot ready and\n that is the vote of the year"}) == "en");
    CHECK(guess({"Il sindaco ha detto che il progetto della città non è pronto e che il voto è rinviato per "
                 "ora, e il consiglio della regione non ha deciso"}) == "it");
    CHECK(guess({"Ele disse que não há uma solução e que o governo não tem os recursos da cidade com o plano"}) == "pt");
    // Fewer words than a language needs hits: no guess, whatever they are.
    CHECK(guess({"the and of"}).empty());
}

TEST_CASE("language guess: CJK characters among ASCII runs and broken UTF-8", "[lang]") {
    // Kana after a long ASCII run (skipped eight bytes at a time) still counts.
    CHECK(guess({"ID-2024-0001-ABCDEFGH 日本銀行は十九日の金融政策決定会合で、短期金利の誘導目標を据え置くことを決めた。"}) == "ja");
    // A truncated sequence and a stray lead byte are no CJK characters.
    CHECK(guess({std::string("\xE4\xB8", 2), std::string("abc\xE4", 4)}).empty());
}
