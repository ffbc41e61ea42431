// bytes in → Document out: size limits, gunzip, charset, HTML vs text, parse.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "newsclean/newsclean.hpp"
#include "reader/document.hpp"

namespace newsclean::reader {

// Reads a whole file ("-" = stdin) up to options.max_bytes.
std::variant<std::string, Failure> read_input(const std::string& path, const ReadOptions& options);

// True when the bytes start with the gzip magic (1f 8b).
bool is_gzip(std::string_view bytes);
// Decompresses gzip data (all members), failing past max_bytes of output.
std::variant<std::string, Failure> gunzip(std::string_view bytes, std::size_t max_bytes);

// Turns raw page bytes into a Document. `label` becomes input.path.
std::variant<Document, Failure> load_document(std::string_view bytes, std::string label, const ReadOptions& options);

// Exposed for tests: the charset decision and the HTML/text decision.
struct Decoded {
    std::string text;      // UTF-8
    std::string charset;   // WHATWG name
};
std::variant<Decoded, Failure> decode(std::string_view bytes, bool html, const ReadOptions& options);
bool looks_like_html(std::string_view bytes);

}  // namespace newsclean::reader
