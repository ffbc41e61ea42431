// Plain option structs: the CLI parses argv once into these; the library
// never reads argv or the environment.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace newsclean {

enum class InputFormat { auto_detect, html, text };

struct ReadOptions {
    std::size_t max_bytes = 64u << 20;      // limit on input size, before and after gunzip
    std::optional<std::string> encoding;    // WHATWG label overriding the sniffed charset
    InputFormat format = InputFormat::auto_detect;
    int max_depth = 256;                    // HTML nesting cap applied before parsing (libxml2 allows 256 too)
    std::size_t max_elements = 2'000'000;   // HTML start tags; bounds parse memory (~250 bytes each)
};

struct ExtractOptions {
    std::optional<std::string> url;  // the page's address: output `url`, base for links
    bool explain = false;            // record what was dropped (Article::removed)
};

struct Options {
    ReadOptions read;
    ExtractOptions extract;
};

}  // namespace newsclean
