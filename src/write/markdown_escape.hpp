// Plain text → Markdown source that a CommonMark/GFM parser (cmark-gfm, pandoc)
// reads back as the same text. A metacharacter gets a backslash only where it
// would change the meaning (issue 6: "2 * 3", "snake_case", "[1]" and "C#" stay
// as typed); when a rule cannot tell, it escapes, because a stray backslash is
// harmless and a lost character is not.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace newsclean::write::md {

// Where the text goes; decides which block-level rules apply and what a '\n'
// in the text becomes.
enum class Context {
    block,      // paragraph, list item, quote: line starts can open blocks; '\n' → hard break ("\\\n")
    heading,    // ATX heading content: one line ('\n' → space); a closing "#" run matters
    cell,       // GFM table cell: one line ('\n' → "<br>"); '|' ends the cell
    link_text,  // inside [...] of an image: one line ('\n' → space); brackets matter
};

// A link inside the text: byte offsets [begin, end) into the text, sorted and
// non-overlapping; rendered as [text](href).
struct LinkSpan {
    std::size_t begin = 0, end = 0;
    std::string_view href;
};

// `text` as Markdown inline content for `context`. For Context::block the
// lines of the result are separated by "\\\n" (a hard break); the caller adds
// the indentation or "> " that the enclosing block needs after each '\n'.
std::string escape_inline(std::string_view text, Context context, std::span<const LinkSpan> links = {});

// A link or image destination: the URL as the parser will read it back.
std::string link_destination(std::string_view url);

// The backtick fence for a code block holding `code`: longer than any backtick
// run inside it, at least three.
std::string code_fence(std::string_view code);

}  // namespace newsclean::write::md
