// Helpers shared by the unit tests: fixture files and one-call page loading.
#pragma once

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <variant>

#include "reader/reader.hpp"

namespace newsclean::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open fixture " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string fixture(const std::string& relative) { return read_file(std::string(NEWSCLEAN_FIXTURES) + "/" + relative); }

// Loads a page; a Failure becomes a test exception with its reason.
inline reader::Document load(std::string_view bytes, const ReadOptions& options = {}) {
    auto result = reader::load_document(bytes, "test", options);
    if (auto* f = std::get_if<Failure>(&result)) throw std::runtime_error("load failed: " + f->reason);
    return std::move(std::get<reader::Document>(result));
}

inline std::string first_text(const reader::Document& doc, reader::Tag tag) {
    const reader::NodeId id = doc.dom.find_first(tag);
    return id == reader::kNoNode ? std::string() : doc.dom.text_content(id);
}

}  // namespace newsclean::test
