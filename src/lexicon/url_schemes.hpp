// URL schemes whose links a writer must not turn into clickable Markdown links:
// they run code or embed data rather than point at a page (the schemes the
// WHATWG HTML sanitizer guidance and Readability's link cleaner drop).
// Lower case, without the ':'.
#pragma once

#include <array>
#include <string_view>

namespace newsclean::lexicon {

inline constexpr std::array<std::string_view, 3> kUnsafeLinkSchemes = {"javascript", "vbscript", "data"};

}  // namespace newsclean::lexicon
