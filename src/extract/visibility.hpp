// Whether an element is shown to readers at all.
#pragma once

#include "reader/dom.hpp"

namespace newsclean::extract {

// Readability.js _isProbablyVisible: display:none, visibility:hidden, the
// hidden attribute, aria-hidden="true". The element alone, not its ancestors.
bool is_hidden(const reader::Dom& dom, reader::NodeId id);

}  // namespace newsclean::extract
