#include "reader/html_prepare.hpp"

#include <algorithm>
#include <array>

#include "util/text.hpp"

namespace newsclean::reader {

namespace {

using util::ascii_lower;
using util::is_ascii_space;

// Elements whose end tag is implied or that have none: they do not deepen the
// tree gumbo builds in the way a <div> does, so they are not counted.
constexpr std::array<std::string_view, 34> kUncountedTags = {
    "area", "base", "body", "br", "caption", "col", "colgroup", "dd", "dt", "embed", "head", "hr", "html",
    "img", "input", "keygen", "li", "link", "meta", "optgroup", "option", "p", "param", "rb", "rp", "rt",
    "source", "tbody", "td", "tfoot", "th", "thead", "tr", "wbr"};

// Elements whose content is raw text: copied verbatim up to their end tag so
// that '<' inside them is never taken for markup.
constexpr std::array<std::string_view, 8> kRawTextTags = {"iframe", "noembed", "noframes", "noscript",
                                                          "plaintext", "textarea", "title", "xmp"};

// Elements dropped with their content.
constexpr std::array<std::string_view, 4> kDroppedTags = {"script", "style", "svg", "template"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view name) {
    return std::find(table.begin(), table.end(), name) != table.end();
}

struct Tag {
    std::string name;  // lower case
    bool end = false;
    bool self_closing = false;
    std::size_t begin = 0, finish = 0;  // [begin, finish) in the input, finish past '>'
    std::string_view attributes;
};

// Parses the tag at `at` (s[at] == '<', followed by a letter or '/'+letter).
Tag read_tag(std::string_view s, std::size_t at) {
    Tag t;
    t.begin = at;
    std::size_t i = at + 1;
    if (s[i] == '/') t.end = true, ++i;
    while (i < s.size() && !is_ascii_space(s[i]) && s[i] != '>' && s[i] != '/') t.name.push_back(ascii_lower(s[i++]));
    const std::size_t attr_begin = i;
    char quote = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            // Quotes open a value only after '='; elsewhere they are just characters.
            std::size_t k = i;
            while (k > attr_begin && is_ascii_space(s[k - 1])) --k;
            if (k > attr_begin && s[k - 1] == '=') quote = c;
        } else if (c == '>') {
            break;
        }
    }
    t.attributes = s.substr(attr_begin, std::min(i, s.size()) - attr_begin);
    t.self_closing = !t.attributes.empty() && t.attributes.back() == '/';
    t.finish = std::min(i + 1, s.size());
    return t;
}

// Position just past the end tag `</name ...>` at or after `from`, or s.size().
std::size_t skip_past_end_tag(std::string_view s, std::size_t from, std::string_view name) {
    for (std::size_t at = s.find("</", from); at != std::string_view::npos; at = s.find("</", at + 2)) {
        if (!util::iequals(s.substr(at + 2, name.size()), name)) continue;
        const std::size_t after = at + 2 + name.size();
        if (after >= s.size() || is_ascii_space(s[after]) || s[after] == '>' || s[after] == '/') {
            const std::size_t gt = s.find('>', after);
            return gt == std::string_view::npos ? s.size() : gt + 1;
        }
    }
    return s.size();
}

bool is_preformatted(std::string_view name) { return name == "pre" || name == "listing"; }

bool is_json_ld(std::string_view attributes) {
    return util::ifind(attributes, "ld+json") != std::string_view::npos;
}

class Preparer {
public:
    Preparer(std::string_view in, int max_depth, std::size_t max_elements)
        : in_(in), max_depth_(max_depth), max_elements_(max_elements) {
        out_.html.reserve(in.size());
    }

    PreparedHtml run() {
        std::size_t i = 0;
        while (i < in_.size() && !out_.too_many_elements) {
            const std::size_t lt = in_.find('<', i);
            if (lt == std::string_view::npos) {
                append_text(in_.substr(i));
                break;
            }
            append_text(in_.substr(i, lt - i));
            i = markup_at(lt);
        }
        return std::move(out_);
    }

private:
    // Text between tags. Outside <pre>, a run of white space renders as one
    // space, so runs are shortened to one character (a newline if the run had
    // one): indentation is ~16% of a stripped page and gumbo pays per byte.
    void append_text(std::string_view text) {
        if (pre_depth_ > 0) {
            out_.html.append(text);
            return;
        }
        std::size_t copied = 0, i = 0;
        while (i < text.size()) {
            if (!is_ascii_space(text[i])) {
                ++i;
                continue;
            }
            std::size_t k = i + 1;
            bool newline = text[i] == '\n';
            for (; k < text.size() && is_ascii_space(text[k]); ++k) newline = newline || text[k] == '\n';
            if (k - i > 1 || text[i] != ' ') {  // a lone space is kept as it is, in bulk
                out_.html.append(text.substr(copied, i - copied));
                out_.html.push_back(newline ? '\n' : ' ');
                copied = k;
            }
            i = k;
        }
        out_.html.append(text.substr(copied));
    }

    // Handles the markup starting at `lt`; returns where scanning resumes.
    std::size_t markup_at(std::size_t lt) {
        const std::string_view rest = in_.substr(lt);
        if (rest.substr(0, 4) == "<!--") {
            const std::size_t close = in_.find("-->", lt + 2);  // "<!-->" is an empty comment
            return close == std::string_view::npos ? in_.size() : close + 3;
        }
        const bool starts_tag = rest.size() > 1 && (util::is_ascii_alpha(rest[1]) ||
                                                    (rest[1] == '/' && rest.size() > 2 && util::is_ascii_alpha(rest[2])));
        if (!starts_tag) {  // "<!doctype", "<?xml", or a lone '<' in text
            out_.html.push_back('<');
            return lt + 1;
        }
        const Tag tag = read_tag(in_, lt);
        return tag.end ? end_tag(tag) : start_tag(tag);
    }

    std::size_t start_tag(const Tag& tag) {
        if (++elements_ > max_elements_) {
            out_.too_many_elements = true;
            return in_.size();
        }
        if (contains(kDroppedTags, tag.name) && !(tag.name == "script" && is_json_ld(tag.attributes))) {
            return tag.self_closing && tag.name == "svg" ? tag.finish : skip_past_end_tag(in_, tag.finish, tag.name);
        }
        if (tag.name == "script" || contains(kRawTextTags, tag.name)) {
            const std::size_t end = skip_past_end_tag(in_, tag.finish, tag.name);
            out_.html.append(in_.substr(tag.begin, end - tag.begin));
            return end;
        }
        if (!tag.self_closing && !contains(kUncountedTags, tag.name)) {
            if (is_preformatted(tag.name)) ++pre_depth_;
            if (depth_ >= max_depth_) {
                ++suppressed_;
                ++out_.dropped_tags;
                return tag.finish;
            }
            ++depth_;
        }
        out_.html.append(in_.substr(tag.begin, tag.finish - tag.begin));
        return tag.finish;
    }

    std::size_t end_tag(const Tag& tag) {
        if (!contains(kUncountedTags, tag.name)) {
            if (is_preformatted(tag.name) && pre_depth_ > 0) --pre_depth_;
            if (suppressed_ > 0) {
                --suppressed_;
                return tag.finish;
            }
            if (depth_ > 0) --depth_;
        }
        out_.html.append(in_.substr(tag.begin, tag.finish - tag.begin));
        return tag.finish;
    }

    std::string_view in_;
    int max_depth_;
    std::size_t max_elements_;
    std::size_t elements_ = 0;
    int depth_ = 0;
    int pre_depth_ = 0;  // open <pre>/<listing> elements: white space is content there
    std::size_t suppressed_ = 0;
    PreparedHtml out_;
};

}  // namespace

PreparedHtml prepare_html(std::string_view html, int max_depth, std::size_t max_elements) {
    return Preparer(html, max_depth, max_elements).run();
}

}  // namespace newsclean::reader
