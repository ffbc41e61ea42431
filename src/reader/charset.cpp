#include "reader/charset.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>

#include "lexicon/encoding_labels.hpp"
#include "util/text.hpp"

namespace newsclean::reader {

using util::ascii_lower;
using util::is_ascii_space;

std::optional<std::string_view> encoding_for_label(std::string_view label) {
    std::string key = util::to_lower_ascii(util::trim(label));
    const auto* begin = lexicon::kEncodingLabels;
    const auto* end = begin + lexicon::kEncodingLabelCount;
    const auto* it = std::lower_bound(begin, end, key, [](const lexicon::EncodingLabel& e, const std::string& k) {
        return e.label < std::string_view(k);
    });
    if (it == end || it->label != key) return std::nullopt;
    return it->encoding;
}

std::optional<BomMatch> sniff_bom(std::string_view b) {
    if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") return BomMatch{"UTF-8", 3};
    if (b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF") return BomMatch{"UTF-16BE", 2};
    if (b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE") return BomMatch{"UTF-16LE", 2};
    return std::nullopt;
}

namespace {

// Cursor over the prescan window implementing the standard's "get an attribute".
struct Prescan {
    std::string_view s;
    std::size_t i = 0;

    bool at_end() const { return i >= s.size(); }
    char cur() const { return s[i]; }
    void skip_space_and_slash() {
        while (!at_end() && (is_ascii_space(cur()) || cur() == '/')) ++i;
    }
    void skip_space() {
        while (!at_end() && is_ascii_space(cur())) ++i;
    }
    // Returns false at '>' or the end (no more attributes).
    bool get_attribute(std::string& name, std::string& value) {
        name.clear(), value.clear();
        skip_space_and_slash();
        if (at_end() || cur() == '>') return false;
        while (!at_end()) {
            const char c = cur();
            if (c == '=' && !name.empty()) break;
            if (is_ascii_space(c) || c == '/' || c == '>') return true;
            name.push_back(ascii_lower(c)), ++i;
        }
        if (at_end()) return true;
        ++i;  // '='
        skip_space();
        if (at_end()) return true;
        if (cur() == '"' || cur() == '\'') {
            const char q = cur();
            ++i;
            while (!at_end() && cur() != q) value.push_back(ascii_lower(cur())), ++i;
            if (!at_end()) ++i;
            return true;
        }
        while (!at_end() && !is_ascii_space(cur()) && cur() != '>') value.push_back(ascii_lower(cur())), ++i;
        return true;
    }
};

// "Extract a character encoding from a meta element" of the HTML standard.
std::optional<std::string> charset_from_content(std::string_view content) {
    std::size_t pos = 0;
    while ((pos = content.find("charset", pos)) != std::string_view::npos) {
        std::size_t k = pos + 7;
        while (k < content.size() && is_ascii_space(content[k])) ++k;
        if (k >= content.size() || content[k] != '=') {
            pos = k;
            continue;
        }
        ++k;
        while (k < content.size() && is_ascii_space(content[k])) ++k;
        if (k >= content.size()) return std::nullopt;
        if (content[k] == '"' || content[k] == '\'') {
            const char q = content[k];
            const std::size_t close = content.find(q, k + 1);
            if (close == std::string_view::npos) return std::nullopt;
            return std::string(content.substr(k + 1, close - k - 1));
        }
        std::size_t e = k;
        while (e < content.size() && !is_ascii_space(content[e]) && content[e] != ';') ++e;
        return std::string(content.substr(k, e - k));
    }
    return std::nullopt;
}

std::optional<std::string_view> meta_encoding(Prescan& p) {
    std::string name, value, charset_attr, content;
    bool got_pragma = false, have_charset = false, have_content = false;
    while (p.get_attribute(name, value)) {
        if (name == "http-equiv" && value == "content-type") got_pragma = true;
        if (name == "content" && !have_content) have_content = true, content = value;
        if (name == "charset" && !have_charset) have_charset = true, charset_attr = value;
    }
    std::optional<std::string> label;
    if (have_charset) {
        label = charset_attr;
    } else if (have_content && got_pragma) {
        label = charset_from_content(content);
    }
    if (!label) return std::nullopt;
    auto enc = encoding_for_label(*label);
    if (!enc) return std::nullopt;
    // A page that claims UTF-16 in ASCII-compatible bytes is really UTF-8 (standard).
    if (*enc == "UTF-16LE" || *enc == "UTF-16BE") return std::string_view("UTF-8");
    if (*enc == "x-user-defined") return std::string_view("windows-1252");
    return enc;
}

std::optional<std::string_view> xml_declaration_encoding(std::string_view s) {
    if (!util::istarts_with(s, "<?xml")) return std::nullopt;
    const std::size_t end = s.find("?>");
    const std::string_view decl = s.substr(0, end);
    const std::size_t at = decl.find("encoding");
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t k = decl.find_first_of("\"'", at);
    if (k == std::string_view::npos) return std::nullopt;
    const std::size_t close = decl.find(decl[k], k + 1);
    if (close == std::string_view::npos) return std::nullopt;
    auto enc = encoding_for_label(decl.substr(k + 1, close - k - 1));
    if (enc && (*enc == "UTF-16LE" || *enc == "UTF-16BE")) return std::string_view("UTF-8");
    return enc;
}

void skip_past(Prescan& p, std::string_view marker) {
    const std::size_t at = p.s.find(marker, p.i);
    p.i = at == std::string_view::npos ? p.s.size() : at + marker.size();
}

}  // namespace

std::optional<std::string_view> prescan_meta_charset(std::string_view bytes, std::size_t window) {
    Prescan p{bytes.substr(0, window)};
    if (auto xml = xml_declaration_encoding(p.s)) return xml;
    std::string name, value;
    while (!p.at_end()) {
        const std::string_view rest = p.s.substr(p.i);
        if (rest.substr(0, 4) == "<!--") {
            p.i += 2;  // "<!-->" closes the comment too, as the standard's "-->" search from "<!-" allows
            skip_past(p, "-->");
        } else if (util::istarts_with(rest, "<meta") && rest.size() > 5 &&
                   (is_ascii_space(rest[5]) || rest[5] == '/')) {
            p.i += 6;
            if (auto enc = meta_encoding(p)) return enc;
        } else if (rest.size() > 2 && rest[0] == '<' &&
                   (util::is_ascii_alpha(rest[1]) || (rest[1] == '/' && util::is_ascii_alpha(rest[2])))) {
            p.i += rest[1] == '/' ? 2 : 1;
            while (!p.at_end() && !is_ascii_space(p.cur()) && p.cur() != '>') ++p.i;
            while (p.get_attribute(name, value)) {
            }
        } else if (rest.size() > 1 && rest[0] == '<' && (rest[1] == '!' || rest[1] == '/' || rest[1] == '?')) {
            skip_past(p, ">");
        } else {
            ++p.i;
        }
    }
    return std::nullopt;
}

namespace {

// Index of the first non-ASCII byte at or after i (8 bytes per step: pages are mostly ASCII).
std::size_t skip_ascii(std::string_view s, std::size_t i) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
    while (i + 8 <= s.size()) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        if (word & kHighBits) break;
        i += 8;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while ((i = skip_ascii(s, i)) < s.size()) {
        const std::size_t start = i;
        const char32_t cp = util::next_code_point(s, i);
        // U+FFFD written as bytes EF BF BD is valid; a decoding error is not.
        if (cp == 0xFFFD && s.substr(start, i - start) != util::kReplacementChar) return false;
    }
    return true;
}

std::optional<std::string_view> guess_bomless_utf16(std::string_view b) {
    const std::size_t n = std::min<std::size_t>(b.size(), 4096) & ~std::size_t(1);
    if (n < 16) return std::nullopt;
    std::size_t zero_even = 0, zero_odd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        zero_even += b[i] == '\0';
        zero_odd += b[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    if (zero_odd * 10 >= pairs * 7 && zero_even * 20 < pairs) return std::string_view("UTF-16LE");
    if (zero_even * 10 >= pairs * 7 && zero_odd * 20 < pairs) return std::string_view("UTF-16BE");
    return std::nullopt;
}

namespace {

struct IconvCloser {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};
using IconvHandle = std::unique_ptr<void, IconvCloser>;

std::optional<std::string_view> iconv_name(std::string_view encoding) {
    for (std::size_t k = 0; k < lexicon::kEncodingDecoderCount; ++k)
        if (lexicon::kEncodingDecoders[k].encoding == encoding) return lexicon::kEncodingDecoders[k].iconv;
    return std::nullopt;
}

// windows-1252 bytes that glibc leaves undefined but the WHATWG index maps to C1 controls.
bool is_cp1252_c1_passthrough(unsigned char b) {
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

std::string decode_with_iconv(std::string_view bytes, std::string_view encoding, iconv_t cd) {
    std::string out;
    out.resize(bytes.size() * 2 + 16);
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    std::size_t used = 0;
    const bool cp1252 = encoding == "windows-1252";
    while (in_left > 0) {
        char* dst = out.data() + used;
        std::size_t dst_left = out.size() - used;
        const std::size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
        used = out.size() - dst_left;
        if (rc != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        // EILSEQ (invalid) or EINVAL (truncated at the end): one U+FFFD, skip a byte, go on.
        std::string repl;
        const unsigned char bad = static_cast<unsigned char>(*in);
        if (cp1252 && is_cp1252_c1_passthrough(bad))
            util::append_utf8(repl, bad);
        else
            repl = util::kReplacementChar;
        if (out.size() - used < repl.size()) out.resize(out.size() * 2 + repl.size());
        std::copy(repl.begin(), repl.end(), out.begin() + static_cast<std::ptrdiff_t>(used));
        used += repl.size();
        ++in, --in_left;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset shift state after an error
    }
    out.resize(used);
    return out;
}

}  // namespace

std::optional<std::string> decode_to_utf8(std::string_view bytes, std::string_view encoding) {
    if (encoding == "UTF-8") {
        // Most pages need no repair: copy them as they are.
        if (std::memchr(bytes.data(), 0, bytes.size()) == nullptr && is_valid_utf8(bytes)) return std::string(bytes);
        return util::repair_utf8(bytes);
    }
    if (encoding == "x-user-defined") {
        std::string out;
        for (char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            util::append_utf8(out, b < 0x80 ? char32_t(b) : char32_t(0xF780 + b - 0x80));
        }
        return util::repair_utf8(out);
    }
    const auto name = iconv_name(encoding);
    if (!name) return std::nullopt;
    IconvHandle cd(iconv_open("UTF-8", std::string(*name).c_str()));
    if (cd.get() == reinterpret_cast<void*>(-1)) {
        cd.release();
        return std::nullopt;
    }
    // iconv writes NULs through unchanged; repair_utf8 turns them into U+FFFD.
    return util::repair_utf8(decode_with_iconv(bytes, encoding, static_cast<iconv_t>(cd.get())));
}

}  // namespace newsclean::reader
