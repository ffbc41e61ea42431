// DOM subtree → structured body blocks (paragraphs, headings, list items,
// quotes, code, tables, captions, images) in reading order. Shared by every
// content-selection strategy: they decide *which* nodes, this decides *how*
// those nodes become text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "newsclean/article.hpp"
#include "reader/dom.hpp"

namespace newsclean::extract {

struct BlockOptions {
    // Node ids (with their subtrees) left out of the output; empty = none.
    const std::vector<bool>* excluded = nullptr;
    // Base URL for resolving link and image targets.
    std::optional<std::string> base_url;
};

std::vector<Block> build_blocks(const reader::Dom& dom, reader::NodeId root, const BlockOptions& options);

// Tags that never carry article text (scripts, form controls, embedded
// objects...). Not <form> itself: a form may wrap the story (old reddit's
// selftext, ASP.NET WebForms pages); the content selector hides the forms
// that hold no prose (content_facts.cpp).
bool is_non_content_tag(reader::Tag tag);
// Tags that start a new block of text.
bool is_block_tag(reader::Tag tag);
// 1..6 for <h1>..<h6>, 0 for any other tag.
int heading_level(reader::Tag tag);

}  // namespace newsclean::extract
