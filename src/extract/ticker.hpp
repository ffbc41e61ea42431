// Price-ticker text: "DEEPSEEK$0.000302+4.49%", "$ETH+1.85%", "AAPL 226.78 +1.2%",
// "BTC$115,373.16-1.91%". Shared by the HTML and plain-text extractors.
#pragma once

#include <string_view>

namespace newsclean::extract {

// True when the whole (trimmed) text is one or more ticker quotes and nothing else.
bool is_ticker_text(std::string_view text);

}  // namespace newsclean::extract
