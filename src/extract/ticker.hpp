// Price-ticker text: "DEEPSEEK$0.000302+4.49%", "$ETH+1.85%", "AAPL 226.78 +1.2%",
// "BTC$115,373.16-1.91%". Shared by the HTML and plain-text extractors.
#pragma once

#include <string_view>

namespace newsclean::extract {

// True when the whole (trimmed) text is one or more ticker quotes and nothing else.
bool is_ticker_text(std::string_view text);

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

}  // namespace newsclean::extract
