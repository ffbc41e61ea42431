#include "extract/ticker.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "lexicon/phrases.hpp"
#include "util/fold.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

using util::is_ascii_digit;

// Cursor over one quote: [SYMBOL] [$|€|£] PRICE [space] (+|-)CHANGE %
struct QuoteScanner {
    std::string_view s;
    std::size_t i = 0;

    void skip_spaces() {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    }
    bool symbol() {  // 1-12 upper-case letters/digits, optional
        std::size_t k = i;
        while (k < s.size() && k - i < 12 && ((s[k] >= 'A' && s[k] <= 'Z') || is_ascii_digit(s[k]) || s[k] == '.')) ++k;
        const bool found = k > i;
        i = k;
        return found;
    }
    bool currency() {
        if (i < s.size() && s[i] == '$') return ++i, true;
        for (std::string_view sign : {"\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"})  // € £ ¥
            if (s.substr(i, sign.size()) == sign) return i += sign.size(), true;
        return false;
    }
    bool number() {
        const std::size_t start = i;
        while (i < s.size() && (is_ascii_digit(s[i]) || s[i] == ',' || s[i] == '.')) ++i;
        return i > start && is_ascii_digit(s[i - 1]);
    }
    bool change() {  // +4.49% / -1.91% / (−1.2%)
        if (i >= s.size()) return false;
        if (s[i] == '+' || s[i] == '-') {
            ++i;
        } else if (s.substr(i, 3) == "\xE2\x88\x92") {  // U+2212 minus
            i += 3;
        } else {
            return false;
        }
        if (!number()) return false;
        skip_spaces();
        return i < s.size() && s[i] == '%' && (++i, true);
    }
    bool quote() {
        const std::size_t start = i;
        const bool had_symbol = symbol();
        skip_spaces();
        const bool had_currency = currency();
        if (!had_symbol && !had_currency) return i = start, false;
        if (had_currency && !had_symbol) symbol();  // "$ETH+1.85%"
        skip_spaces();
        if (!number() && !(had_currency && !had_symbol)) return i = start, false;
        skip_spaces();
        if (!change()) return i = start, false;
        return true;
    }
};

}  // namespace

bool is_ticker_text(std::string_view text) {
    QuoteScanner q{util::trim(text)};
    if (q.s.empty()) return false;
    int quotes = 0;
    while (q.i < q.s.size()) {
        if (!q.quote()) return false;
        ++quotes;
        q.skip_spaces();
    }
    return quotes > 0;
}

std::size_t count_price_changes(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool sign = text[i] == '+' || text[i] == '-' || text.substr(i, 3) == "\xE2\x88\x92";
        // "13.4 MB (-81%)": a change in parentheses compares figures in a data
        // table, it is not a quote (readability test page links-in-tables).
        if (!sign || (i > 0 && text[i - 1] == '(')) continue;
        QuoteScanner q{text, i};
        if (q.change()) {
            ++n;
            i = q.i - 1;
        }
    }
    return n;
}

bool is_quote_strip(std::string_view text) {
    constexpr std::size_t kMaxWidget = 1200;  // bytes; a widget, not a paragraph
    constexpr std::size_t kCharsPerQuote = 60;
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kMaxWidget) return false;
    const std::size_t changes = count_price_changes(t);
    if (changes == 0) return false;
    if (changes >= 2) return t.size() / changes < kCharsPerQuote;
    return util::count_tokens(t) <= 6 && t.size() < kCharsPerQuote;
}

bool is_market_stats(std::string_view text) {
    constexpr std::size_t kMaxBar = 600;
    const std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kMaxBar) return false;
    std::size_t pairs = 0, digits = 0, visible = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!util::is_ascii_space(t[i])) ++visible;
        if (util::is_ascii_digit(t[i])) ++digits;
        if (t[i] != ':') continue;
        std::size_t k = i + 1;
        while (k < t.size() && t[k] == ' ') ++k;
        if (k < t.size() && (util::is_ascii_digit(t[k]) || t[k] == '$' || t[k] == '+' || t[k] == '-')) ++pairs;
    }
    return pairs >= 3 && digits * 4 >= visible;
}

}  // namespace newsclean::extract

namespace newsclean::extract {

namespace {

// "29,053", "$2.65T", "-0.70%", "33/100", "FLOKI-USD", "BTC:", "S&P": a token
// with a digit, or one without lower-case letters that has a capital.
bool is_market_token(std::string_view token) {
    bool digit = false, lower = false, upper = false;
    for (char c : token) {
        digit |= util::is_ascii_digit(c);
        lower |= (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
        upper |= (c >= 'A' && c <= 'Z');
    }
    return digit || (upper && !lower);
}

bool is_percent_token(std::string_view token) {
    return token.size() >= 2 && token.back() == '%' && util::is_ascii_digit(token[token.size() - 2]);
}

// A price change carries a sign ("-1.95%", "+8.87%"); an unsigned share ("70.2% European",
// "Herbert Dürr 63 16.6%" in a body table) is no quote unless a price in a currency is glued on.
bool is_change_token(std::string_view token) {
    if (!is_percent_token(token)) return false;
    if (token.find_first_of("+-$") != std::string_view::npos) return true;
    return token.find("\xE2\x88\x92") != std::string_view::npos || token.find("\xE2\x82\xAC") != std::string_view::npos;
}

}  // namespace

namespace {

// "228.15", "+2.77", "-0.4%", "1,204,300": a field's value, a number with its sign.
bool is_field_number(std::string_view v) {
    if (!v.empty() && v.back() == '%') v.remove_suffix(1);
    if (!v.empty() && (v.front() == '+' || v.front() == '-')) v.remove_prefix(1);
    if (v.empty() || !is_ascii_digit(v.front()) || !is_ascii_digit(v.back())) return false;
    for (char c : v)
        if (!is_ascii_digit(c) && c != '.' && c != ',') return false;
    return true;
}

}  // namespace

bool is_quote_fields(std::string_view text) {
    constexpr std::size_t kMaxLine = 200;
    constexpr std::size_t kLabelEnd = 20;  // "Percent Change"
    text = util::trim(text);
    // Cheap gate first (this runs on every block): short, a letter first, a colon near it.
    if (text.empty() || text.size() > kMaxLine || !(util::is_ascii_alpha(text[0]) || text[0] == '%')) return false;
    const std::size_t first_colon = text.find(':');
    if (first_colon == std::string_view::npos || first_colon > kLabelEnd) return false;
    std::size_t fields = 0;
    for (std::size_t at = 0; at < text.size(); ++fields) {
        // Fields end at ", " or ";" or "|": a value may hold commas ("Volume: 1,204,300").
        const std::size_t value = std::min(text.find(':', at), text.size());
        const std::size_t end = std::min({text.find(", ", value), text.find_first_of(";|", value), text.size()});
        const std::string_view field = util::trim(text.substr(at, end - at));
        const std::size_t colon = field.find(':');
        if (colon == std::string_view::npos || colon > kLabelEnd ||
            !lexicon::equals_any(lexicon::kQuoteFieldLabels, util::fold_key(field.substr(0, colon))) ||
            !is_field_number(util::trim(field.substr(colon + 1))))
            return false;
        at = end + 1;
    }
    return fields >= 2;
}

namespace {

// "ETH", "BTC", "AAPL": a ticker symbol, 2-6 upper-case letters or digits.
bool is_symbol(std::string_view t) {
    constexpr std::size_t kMinSymbol = 2, kMaxSymbol = 6;
    return t.size() >= kMinSymbol && t.size() <= kMaxSymbol &&
           std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'A' && c <= 'Z') || is_ascii_digit(c); });
}

// "Buy ETH", "Trade BTC" closing an asset card, glued to its change or spaced: its length, 0 when none.
std::size_t trade_button_length(std::string_view t) {
    for (std::string_view verb : {"Buy ", "Sell ", "Trade "}) {
        const std::size_t at = t.rfind(verb);
        if (at != std::string_view::npos && is_symbol(t.substr(at + verb.size()))) return t.size() - at;
    }
    return 0;
}

// "$3,402.55", "ETH$3,402.55": a price in a currency, the symbol glued before it (`glued`) or none.
bool is_price_token(std::string_view token, bool& glued) {
    QuoteScanner q{token};
    glued = q.symbol();
    if (glued && !is_symbol(token.substr(0, q.i))) return false;
    return q.currency() && q.number() && q.i == token.size();
}

// "BTC/USDT", "ETH/USD": a trading pair, two symbols around a slash.
bool is_pair(std::string_view t) {
    const std::size_t slash = t.find('/');
    return slash != std::string_view::npos && is_symbol(t.substr(0, slash)) && is_symbol(t.substr(slash + 1));
}

// study-o round 12 H1 (bybit shell: "Trade BTC/USDT Perpetual with up to 100x leverage" over a "Trade Now"
// button inside the story; Binance Square, OKX and Bitget embed the same card): a trade verb and a pair
// opening a short line with no sentence end, or the card's button alone.
bool is_trade_cta(std::string_view t) {
    for (std::string_view verb : {"Trade ", "Buy ", "Sell "})
        if (t.starts_with(verb)) {
            const std::string_view rest = t.substr(verb.size());
            const char last = t.back();
            if (last != '.' && last != '!' && last != '?' && is_pair(rest.substr(0, rest.find(' ')))) return true;
        }
    // Folded only when short enough to be one (most lines opening with these letters are not).
    constexpr std::size_t kMaxButtonBytes = 16;
    if (t.size() > kMaxButtonBytes) return false;
    const std::string key = util::fold_key(t);
    return key == "trade now" || key == "buy now" || key == "start trading";
}

// The card's trade button at the end of `t`, glued or spaced, in any case ("Trade Now", "Trade now", "BUY"):
// `t` without it.
std::string_view without_trade_button(std::string_view t) {
    for (std::string_view button : {"trade now", "buy now", "trade", "buy"})
        if (t.size() > button.size() && util::iequals(t.substr(t.size() - button.size()), button))
            return util::trim(t.substr(0, t.size() - button.size()));
    return t;
}

// Gate's coin card, "BTC$97,412.1Trade" / "BTC $97,412.1 Trade": a symbol, its price and a trade button
// with no change shown.
bool is_priced_trade_button(std::string_view t) {
    const std::string_view card = without_trade_button(t);
    if (card.size() == t.size() || card.empty()) return false;
    const std::size_t space = card.find(' ');
    bool glued = false;
    if (space == std::string_view::npos) return is_price_token(card, glued) && glued;
    return card.find(' ', space + 1) == std::string_view::npos && is_symbol(card.substr(0, space)) &&
           is_price_token(card.substr(space + 1), glued) && !glued;
}

// The contract a pair's card names after the pair, "BTC/USDT Perpetual", "ETH/USDT Futures", "SOL/USDT Spot":
// exchanges (BingX, Bybit, OKX, Bitget, Binance) list a pair once per market.
bool is_contract_type(std::string_view token) {
    for (std::string_view type : {"perpetual", "perp", "futures", "future", "spot", "swap", "margin"})
        if (util::iequals(token, type)) return true;
    return false;
}

// study-p round 13 X1 (htx shell: "BTC/USDT 97,412.10 +1.20%Trade Now", the pair widget of exchange news feeds
// as a scrape glues it; the HTML shows the same card in separate elements): a pair, its price with no currency,
// its change, and a trade button glued or spaced at the end, or none. study-q round 14 X5 (bingx shell: "BTC/USDT
// Perpetual 97,398.2 +1.19%Trade now"): the pair's contract type may follow it, and the button is written in
// any case (the lower-case "now" had let every such card through).
bool is_pair_quote(std::string_view t) {
    t = without_trade_button(t);
    const std::size_t first = t.find(' ');
    if (first == std::string_view::npos || !is_pair(t.substr(0, first))) return false;
    std::string_view rest = t.substr(first + 1);
    if (const std::size_t sp = rest.find(' '); sp != std::string_view::npos && is_contract_type(rest.substr(0, sp)))
        rest = rest.substr(sp + 1);
    const std::size_t second = rest.find(' ');
    if (second == std::string_view::npos || rest.find(' ', second + 1) != std::string_view::npos) return false;
    return util::is_grouped_number(rest.substr(0, second)) && is_change_token(rest.substr(second + 1));
}

// "JPY", "USD", "EUR": an ISO currency code, three upper-case letters.
bool is_currency_code(std::string_view t) {
    return t.size() == 3 && std::all_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A word of a company's or an exchange's name, or of a feed's status: "Yahoo", "S.A.", "(AAPL)", "Real-time",
// "Société": a capital (or a non-ASCII letter) first, no digit.
bool is_chip_word(std::string_view t) {
    if (!t.empty() && t.front() == '(') t.remove_prefix(1);
    if (t.empty() || !((t.front() >= 'A' && t.front() <= 'Z') || static_cast<unsigned char>(t.front()) >= 0x80)) return false;
    return std::none_of(t.begin(), t.end(), [](char c) { return is_ascii_digit(c); });
}

constexpr std::size_t kMaxChipTokens = 12;
using ChipTokens = std::array<std::string_view, kMaxChipTokens>;

// The space-separated tokens of `t` in `tok`: how many, 0 when more than a chip has.
std::size_t chip_tokens(std::string_view t, ChipTokens& tok) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.size();) {
        const std::size_t end = std::min(t.find(' ', i), t.size());
        if (end > i) {
            if (n == kMaxChipTokens) return 0;
            tok[n++] = t.substr(i, end - i);
        }
        i = end + 1;
    }
    return n;
}

// The quote around the change `tok[change]`, as the tokens [first, last]: the price and its currency code after
// the change or before it ("-2.10% 512.3 JPY", "512.3 JPY -2.10%"), or a price in a currency sign next to it
// ("€61.32 -0.40%"). False when the change stands apart from any price.
bool quote_cluster(const ChipTokens& tok, std::size_t n, std::size_t change, std::size_t& first, std::size_t& last) {
    const auto price = [&](std::size_t k) { return k < n && util::is_grouped_number(tok[k]); };
    const auto code = [&](std::size_t k) { return k < n && is_currency_code(tok[k]); };
    const auto signed_price = [&](std::size_t k) {
        bool glued = false;
        return k < n && is_price_token(tok[k], glued) && !glued;
    };
    first = last = change;
    if (price(change + 1) && code(change + 2)) return last = change + 2, true;
    if (change >= 2 && price(change - 2) && code(change - 1)) return first = change - 2, true;
    if (signed_price(change + 1)) return last = change + 1, true;
    if (change >= 1 && signed_price(change - 1)) return first = change - 1, true;
    return false;
}

// study-q round 14 H2 (marketscreener shell: "<div class=article-quote-inline">Yahoo Japan Corporation -2.10%
// 512.3 JPY Real-time Tokyo</div>" between a story's paragraphs; Investing, Yahoo Finance and finanzen.net set
// the same chip: "Apple Inc. 226.78 USD +1.20% Delayed Nasdaq"): a company's capitalised name, then its quote
// as one cluster (quote_cluster), then at most a few capitalised words of status and exchange. One change (more
// make a strip, is_quote_strip's), no lower-case word, no sentence: "Nikkei Drops -2.1% As Yen Hits 150 JPY"
// splits the change from the price.
bool is_quote_chip(std::string_view t) {
    constexpr std::size_t kMaxNameWords = 5, kMaxTailWords = 3;
    ChipTokens tok;
    const std::size_t n = chip_tokens(t, tok);
    std::size_t change = n;
    for (std::size_t k = 0; k < n; ++k)
        if (is_change_token(tok[k])) {
            if (change != n) return false;
            change = k;
        }
    std::size_t first = 0, last = 0;
    if (change == n || !quote_cluster(tok, n, change, first, last)) return false;
    if (first == 0 || first > kMaxNameWords || n - 1 - last > kMaxTailWords) return false;
    for (std::size_t k = 0; k < n; ++k)
        if ((k < first || k > last) && !is_chip_word(tok[k])) return false;
    return true;
}

}  // namespace

bool is_asset_card(std::string_view text) {
    constexpr std::size_t kMaxCardBytes = 80, kMaxNameWords = 3;
    std::string_view t = util::trim(text);
    if (t.empty() || t.size() > kMaxCardBytes) return false;
    // Every short line of a page is asked: one byte test before splitting it into words (a "/" of a pair,
    // a "$" of a price, the card button's "T" or "B").
    if ((t[0] == 'T' || t[0] == 'B' || t[0] == 'S' || t[0] == 't' || t[0] == 'b' || t[0] == 's') && is_trade_cta(t)) return true;
    if (t.find('$') != std::string_view::npos && is_priced_trade_button(t)) return true;
    if (t.find('%') == std::string_view::npos) return false;
    if (t.find('/') != std::string_view::npos && is_pair_quote(t)) return true;
    if (const char last = t.back(); last != '.' && last != '!' && last != '?' && is_quote_chip(t)) return true;
    t = util::trim(t.substr(0, t.size() - trade_button_length(t)));
    std::vector<std::string_view> tokens;
    for (std::size_t i = 0; i < t.size();) {
        const std::size_t end = std::min(t.find(' ', i), t.size());
        if (end > i) tokens.push_back(t.substr(i, end - i));
        i = end + 1;
    }
    // Name words, the symbol, the price, the change: the last two close the card.
    if (tokens.size() < 2 || !is_percent_token(tokens.back())) return false;
    bool glued = false;
    if (!is_price_token(tokens[tokens.size() - 2], glued)) return false;
    std::size_t names = tokens.size() - 2;
    if (!glued && (names == 0 || !is_symbol(tokens[--names]))) return false;
    if (names > kMaxNameWords) return false;
    for (std::size_t k = 0; k < names; ++k)
        if (!(tokens[k][0] >= 'A' && tokens[k][0] <= 'Z')) return false;
    return true;
}

bool is_quote_line(std::string_view text) {
    text = util::trim(text);
    if (text.empty()) return false;
    if (is_quote_fields(text)) return true;
    const char last = text.back();
    if (last == '.' || last == '!' || last == '?') return false;
    std::size_t tokens = 0, market = 0, percents = 0;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && util::is_ascii_space(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !util::is_ascii_space(text[i])) ++i;
        if (i == start) break;
        const std::string_view token = text.substr(start, i - start);
        ++tokens;
        market += is_market_token(token) ? 1 : 0;
        percents += is_change_token(token) ? 1 : 0;
    }
    return percents > 0 && tokens <= 60 && market * 3 >= tokens;
}

}  // namespace newsclean::extract
