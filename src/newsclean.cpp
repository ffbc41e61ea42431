#include "newsclean/newsclean.hpp"

#include "extract/extract.hpp"
#include "reader/reader.hpp"

#ifndef NEWSCLEAN_VERSION
#define NEWSCLEAN_VERSION "0.0.0"
#endif

namespace newsclean {

std::string_view version() { return NEWSCLEAN_VERSION; }

Result clean_bytes(std::string_view bytes, std::string label, const Options& options) {
    auto doc = reader::load_document(bytes, std::move(label), options.read);
    if (auto* f = std::get_if<Failure>(&doc)) return *f;
    return extract::extract(std::get<reader::Document>(doc), options.extract);
}

Result clean_file(const std::string& path, const Options& options) {
    auto bytes = reader::read_input(path, options.read);
    if (auto* f = std::get_if<Failure>(&bytes)) return *f;
    return clean_bytes(std::get<std::string>(bytes), path, options);
}

}  // namespace newsclean
