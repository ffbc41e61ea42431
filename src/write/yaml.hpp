// The little YAML the Markdown front matter needs: double-quoted scalars that
// every YAML parser (1.1 like PyYAML, 1.2 like yaml-cpp) reads back as exactly
// the same string, never as a date, number, boolean or null.
#pragma once

#include <string>
#include <string_view>

namespace newsclean::write {

// `text` (UTF-8) as a YAML double-quoted scalar, quotes included.
std::string yaml_quote(std::string_view text);

}  // namespace newsclean::write
