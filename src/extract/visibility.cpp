#include "extract/visibility.hpp"

#include <string>

#include "util/text.hpp"

namespace newsclean::extract {

bool is_hidden(const reader::Dom& dom, reader::NodeId id) {
    if (dom.attr(id, "hidden")) return true;
    const std::string style = util::to_lower_ascii(dom.attr_or_empty(id, "style"));
    if (!style.empty()) {
        std::string compact;
        for (char c : style)
            if (!util::is_ascii_space(c)) compact.push_back(c);
        if (compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos)
            return true;
    }
    // MediaWiki's math "fallback-image" is aria-hidden yet shown (Readability.js).
    return dom.attr_or_empty(id, "aria-hidden") == "true" &&
           util::ifind(dom.attr_or_empty(id, "class"), "fallback-image") == std::string_view::npos;
}

}  // namespace newsclean::extract
