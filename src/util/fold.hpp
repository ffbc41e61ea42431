// Text folding for phrase matching: lower case (ASCII, Latin-1/Latin
// Extended-A, Greek, Cyrillic), typographic quotes/dashes to ASCII, white
// space collapsed and trimmed. "You May Also Like:" and "you may also like"
// fold to the same key.
#pragma once

#include <string>
#include <string_view>

namespace newsclean::util {

std::string fold(std::string_view text);

// The fold of one code point (fold() maps each code point to one).
char32_t fold_code_point(char32_t cp);

// A capital letter: one fold_code_point lowers (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic), or an even
// code point of Latin Extended Additional (Vietnamese "Ặ" / "ặ" pairs, which folding leaves alone). Where a
// scrape runs words together, a lower-case letter then a capital is a join ("FacebookTwitter", "AjánlottÚjabb").
bool is_capital(char32_t cp);

// The capital whose fold is `cp` (a lower-case letter of Latin-1, Latin Extended-A, Greek or Cyrillic: "о" → "О"),
// or `cp` itself when no such capital exists.
char32_t capital_of(char32_t cp);

// `fold(text)` with punctuation and symbols also stripped from both ends
// ("Trending News »" → "trending news").
std::string fold_key(std::string_view text);

// Letters and digits only, folded: "The Verge" / "theverge" / "THE-VERGE" agree
// (every other ASCII byte dropped, non-ASCII letters kept as fold() leaves them).
std::string squash(std::string_view text);

}  // namespace newsclean::util
