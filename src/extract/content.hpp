// Main-content selection (issue #4): find the article body of an HTML page
// and drop everything that is not the story (navigation, tickers, related
// blocks, plugs, share bars, cookie banners, comments, disclaimers...).
//
// Pipeline, each stage a pure function of the const Dom:
//   page facts (class weights, hidden/boilerplate marks; content_facts.cpp)
//   → attempt: readability-style scoring picks the top candidate and its
//     coherent siblings (content_select.cpp)
//   → boilerplate rules inside the chosen content (content_clean.cpp)
//   → blocks (blocks.cpp) → block-level phrase sweep (content_sweep.cpp).
// A retry ladder relaxes the filters when too little text survived; every
// attempt starts again from the same const facts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsclean/article.hpp"
#include "reader/dom.hpp"

namespace newsclean::extract {

struct ContentOptions {
    std::optional<std::string> title;     // headline hint: a heading repeating it is not body text
    std::optional<std::string> base_url;  // for links and images
    bool explain = false;                 // collect Removal records
    std::optional<std::string> byline;    // the page's byline: a closing "<label>: <byline>" line is its credit
    std::optional<std::string> source;    // the story's source (metadata): a "<label>: <source>" header row credits it
};

struct ContentResult {
    std::vector<Block> blocks;
    std::vector<Removal> removed;  // only when explaining
    reader::NodeId root = reader::kNoNode;  // the chosen content root (kNoNode: none)
};

ContentResult select_content(const reader::Dom& dom, const ContentOptions& options);

// Final pass over the rendered blocks: wording rules on each block (tickers,
// disclaimers, plugs, labels, credits...), a related heading with the link
// blocks after it, a leading heading that repeats the title, and the page
// furniture of a converted PDF (running_headers.hpp). Removals
// are appended to `removed` when it is given.
std::vector<Block> sweep_blocks(std::vector<Block> blocks, const ContentOptions& options,
                                std::vector<Removal>* removed);

// Appends a removal (the rule and the first ~80 bytes of the text) when
// `removed` is given: the --explain record of a dropped block.
void record_removal(std::vector<Removal>* removed, std::string_view rule, const std::string& text);

}  // namespace newsclean::extract
