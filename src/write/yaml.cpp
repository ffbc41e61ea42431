#include "write/yaml.hpp"

#include <cstdio>

#include "util/text.hpp"

namespace newsclean::write {

namespace {

// Code points a YAML stream may not carry raw, or that a double-quoted
// scalar would fold: C0/C1 controls, DEL, the line breaks NEL, LS and PS
// (YAML 1.1 §5.4), the BOM and the non-characters (YAML 1.2 §5.1 "printable").
bool needs_escape(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
           cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string yaml_quote(std::string_view text) {
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = util::next_code_point(text, i);
        if (cp == '"' || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (needs_escape(cp)) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
            out += buf;
        } else if (cp == 0xFFFD && text.substr(start, i - start) != util::kReplacementChar) {
            out += util::kReplacementChar;  // an invalid byte: write what it decodes to, never the raw byte
        } else {
            out.append(text.substr(start, i - start));
        }
    }
    out += '"';
    return out;
}

}  // namespace newsclean::write
