// Price-ticker text: "DEEPSEEK$0.000302+4.49%", "$ETH+1.85%", "AAPL 226.78 +1.2%",
// "BTC$115,373.16-1.91%". Shared by the HTML and plain-text extractors.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsclean::extract {

// True when the whole (trimmed) text is one or more ticker quotes and nothing else.
bool is_ticker_text(std::string_view text);

// Number of signed percentage changes ("+4.49%", "-1.91 %", "−0.3%") in the text.
std::size_t count_price_changes(std::string_view text);

// A strip or card of quotes in name/symbol/price/change cells, read as one
// text: "Verwandte Coins WLD Worldcoin $1.8162 -8.54% ETH Ethereum ...".
// True when signed changes are dense (one per < 60 characters, at least two,
// or one in a text of at most 6 words) and the text is no longer than a widget.
bool is_quote_strip(std::string_view text);

// A market-data bar read as one text: "Cryptos: 12,470 Exchanges: 812 Market
// Cap: $4.10T +0.38% 24h Vol: $94.3B Dominance: BTC: 59.1%": at least three
// "Label: value" pairs and more digits than a sentence ever has.
bool is_market_stats(std::string_view text);

}  // namespace newsclean::extract

namespace newsclean::extract {

// True for a line of market data that is_ticker_text does not parse as quotes
// but that is no sentence either: quote strips and market-stat bars
// ("S&P 500 5,608.62 -1.95%", "In this article: FLOKI-USD +8.87% TON-USD +1.12%",
// "WLD$1.86939.20%", "Cryptos: 29,053 ... Dominance: BTC: 55.9%"), seen in plain-text
// scrapes where the widget's spans run together (issue #5). At least one
// signed (or priced) percentage, no sentence end, and at least a third of the
// tokens numbers or upper-case symbols.
bool is_quote_line(std::string_view text);

// A newswire's quote line, "Label: number" fields and nothing else, the labels
// from lexicon::kQuoteFieldLabels: "Price: 228.15, Change: +2.77, Percent
// Change: +1.23" (MT Newswires; study-k round 8 B12). At least two fields.
bool is_quote_fields(std::string_view text);

// An asset card set inside a story (study-n round 11 H1: CoinMarketCap's "Ethereum ETH$3,402.55 0.8%Buy
// ETH"; Binance Square, Bitget and Yahoo Finance embed the same): a few capitalised name words, a ticker
// symbol, its price in a currency and its change (signed or not: the widget shows the sign as an arrow),
// then optionally a "Buy/Sell/Trade <SYMBOL>" button, and nothing else. The card's other forms (study-o
// round 12 H1): a trade call on a pair ("Trade BTC/USDT Perpetual with up to 100x leverage") or its button
// alone ("Trade Now"), and a symbol's price with the button and no change ("BTC$97,412.1Trade"); a pair's quote
// with its contract type and button ("BTC/USDT Perpetual 97,398.2 +1.19%Trade now": study-q round 14 X5); a
// stock's quote chip ("Yahoo Japan Corporation -2.10% 512.3 JPY Real-time Tokyo": study-q round 14 H2).
bool is_asset_card(std::string_view text);

}  // namespace newsclean::extract
