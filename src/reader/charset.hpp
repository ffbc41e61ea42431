// Charset sniffing and transcoding to UTF-8, following the WHATWG Encoding
// standard (labels, BOM, <meta> prescan) so we decode pages as browsers do.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsclean::reader {

// WHATWG encoding name ("UTF-8", "windows-1252", "GBK", ...) for a label, or
// nullopt when the label is unknown. Matching is ASCII case-insensitive after
// trimming whitespace, as the standard's "get an encoding" does.
std::optional<std::string_view> encoding_for_label(std::string_view label);

// Encoding named by a byte-order mark at the start, and the BOM's length.
struct BomMatch {
    std::string_view encoding;
    std::size_t length;
};
std::optional<BomMatch> sniff_bom(std::string_view bytes);

// The WHATWG "prescan a byte stream to determine its encoding" over the first
// 1024 bytes: <meta charset>, <meta http-equiv=content-type content=...>.
// Also honours <?xml encoding="..."?> at the very start. `window` widens the
// scan for pages whose declaration sits after a long preamble.
std::optional<std::string_view> prescan_meta_charset(std::string_view bytes, std::size_t window = 1024);

// True when the bytes are well-formed UTF-8 (NULs allowed; they are replaced later).
bool is_valid_utf8(std::string_view bytes);

// Decode `bytes` (without BOM) from `encoding` (a WHATWG name) to UTF-8.
// Invalid sequences and NUL become U+FFFD; never fails for a supported name.
// Returns nullopt only when the encoding has no decoder here.
std::optional<std::string> decode_to_utf8(std::string_view bytes, std::string_view encoding);

// UTF-16 without a BOM: guessed from the zero bytes of ASCII text.
std::optional<std::string_view> guess_bomless_utf16(std::string_view bytes);

}  // namespace newsclean::reader
