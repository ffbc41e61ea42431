#include "util/json_doc.hpp"

#include <array>
#include <utility>

#include "util/text.hpp"

namespace newsclean::util {

namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Bytes that end a run of plain string text: the closing quote, a backslash,
// a control character. One table load per byte in the loop that reads most
// of a script's bytes.
constexpr std::array<bool, 256> kStringStop = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = true;
    t['"'] = t['\\'] = true;
    return t;
}();

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

// One pass over the text with an explicit stack of open containers (JSON-LD
// can nest deeply; no recursion). Nodes and string bytes are appended to the
// document and dropped again when the text turns out not to be JSON.
class JsonDoc::Parser {
public:
    Parser(JsonDoc& doc, std::string_view text) : doc_(doc), s_(text) {}

    bool value_tree() {
        while (true) {
            const std::size_t depth = open_.size();
            if (!value()) return false;
            if (open_.size() > depth) continue;  // a container opened: its first value is next
            if (!close_containers()) return false;
            if (open_.empty()) return true;
        }
    }
    void skip_space() {
        while (pos_ < s_.size() && is_json_space(s_[pos_])) ++pos_;
    }
    bool at_end() const { return pos_ == s_.size(); }
    void skip_bom() {
        if (s_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    }

private:
    // One value at pos_ (after any space): a scalar, or the opening of a
    // container, which is then open_'s top (or already closed when empty).
    bool value() {
        skip_space();
        if (at_end()) return false;
        switch (s_[pos_]) {
        case '{': return open(Kind::object, '}');
        case '[': return open(Kind::array, ']');
        case '"': {
            const Id v = add(Kind::string);
            return string_into(doc_.nodes_[v].text_at, doc_.nodes_[v].text_size);
        }
        case 't': return literal("true", Kind::boolean);
        case 'f': return literal("false", Kind::boolean);
        case 'n': return literal("null", Kind::null);
        default: return number();
        }
    }

    bool open(Kind kind, char closer) {
        const Id v = add(kind);
        ++pos_;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == closer) {
            ++pos_;
            return true;
        }
        open_.push_back(v);
        return kind == Kind::object ? member_key() : true;
    }

    // After a value: commas lead to the next value (with its key in an
    // object), closers end containers. True when the next value may be read
    // or the outermost container closed.
    bool close_containers() {
        while (!open_.empty()) {
            skip_space();
            if (at_end()) return false;
            const bool in_object = doc_.nodes_[open_.back()].kind == Kind::object;
            const char closer = in_object ? '}' : ']';
            if (s_[pos_] == ',') {
                ++pos_;
                std::size_t after = pos_;
                while (after < s_.size() && is_ascii_space(s_[after])) ++after;
                if (after == s_.size() || (s_[after] != '}' && s_[after] != ']'))
                    return in_object ? member_key() : true;
                pos_ = after;  // a trailing comma, read as absent
            }
            if (s_[pos_] != closer) return false;
            ++pos_;
            open_.pop_back();
        }
        return true;
    }

    // `"key" :` before a member's value; the key waits in key_at_/key_size_.
    bool member_key() {
        skip_space();
        if (at_end() || s_[pos_] != '"' || !string_into(key_at_, key_size_)) return false;
        skip_space();
        if (at_end() || s_[pos_] != ':') return false;
        ++pos_;
        has_key_ = true;
        return true;
    }

    Id add(Kind kind) {
        const Id v = static_cast<Id>(doc_.nodes_.size());
        doc_.nodes_.push_back({kind});
        if (open_.empty()) return v;
        Node& parent = doc_.nodes_[open_.back()];
        if (has_key_) {
            doc_.nodes_[v].key_at = key_at_;
            doc_.nodes_[v].key_size = key_size_;
            has_key_ = false;
        }
        if (parent.last_child == kNone) parent.first_child = v;
        else doc_.nodes_[parent.last_child].next_sibling = v;
        parent.last_child = v;
        return v;
    }

    bool literal(std::string_view word, Kind kind) {
        if (s_.substr(pos_, word.size()) != word) return false;
        pos_ += word.size();
        add(kind);
        return true;
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? as RFC 8259 has it.
    bool number() {
        const std::size_t start = pos_;
        if (s_[pos_] == '-') ++pos_;
        if (pos_ < s_.size() && s_[pos_] == '0') ++pos_;
        else if (!digits()) return false;
        if (pos_ < s_.size() && s_[pos_] == '.' && (++pos_, !digits())) return false;
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            if (!digits()) return false;
        }
        if (pos_ == start) return false;
        add(Kind::number);
        return true;
    }

    bool digits() {
        const std::size_t start = pos_;
        while (pos_ < s_.size() && is_ascii_digit(s_[pos_])) ++pos_;
        return pos_ > start;
    }

    // The string opening at pos_, decoded onto the document's text; its place
    // there in `at`/`size` (not a view: the buffer grows).
    bool string_into(std::uint32_t& at, std::uint32_t& size) {
        std::string& out = doc_.text_;
        const std::size_t begin = out.size();
        ++pos_;
        while (true) {
            std::size_t run = pos_;
            while (run < s_.size() && !kStringStop[static_cast<unsigned char>(s_[run])]) ++run;
            out.append(s_.substr(pos_, run - pos_));
            pos_ = run;
            if (at_end()) return false;
            const char c = s_[pos_++];
            if (c == '"') break;
            if (c != '\\') out.push_back(' ');  // a raw control character: hand-written JSON-LD
            else if (!escape(out)) return false;
        }
        at = static_cast<std::uint32_t>(begin);
        size = static_cast<std::uint32_t>(out.size() - begin);
        return true;
    }

    bool escape(std::string& out) {
        if (at_end()) return false;
        const char c = s_[pos_++];
        switch (c) {
        case '"': case '\\': case '/': out.push_back(c); return true;
        case 'b': out.push_back('\b'); return true;
        case 'f': out.push_back('\f'); return true;
        case 'n': out.push_back('\n'); return true;
        case 'r': out.push_back('\r'); return true;
        case 't': out.push_back('\t'); return true;
        case 'u': break;
        default: return false;
        }
        const long high = hex4();
        if (high < 0 || (high >= 0xDC00 && high <= 0xDFFF)) return false;
        char32_t cp = static_cast<char32_t>(high);
        if (high >= 0xD800 && high <= 0xDBFF) {  // a surrogate pair: \uD83D\uDE00
            if (s_.substr(pos_, 2) != "\\u") return false;
            pos_ += 2;
            const long low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((static_cast<char32_t>(high) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
        }
        append_utf8(out, cp);
        return true;
    }

    long hex4() {
        if (s_.size() - pos_ < 4) return -1;
        long v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex_value(s_[pos_++]);
            if (h < 0) return -1;
            v = v * 16 + h;
        }
        return v;
    }

    JsonDoc& doc_;
    std::string_view s_;
    std::size_t pos_ = 0;
    std::vector<Id> open_;
    std::uint32_t key_at_ = 0, key_size_ = 0;
    bool has_key_ = false;
};

bool JsonDoc::parse(std::string_view text) {
    if (text.size() >= UINT32_MAX / 2 - text_.size()) return false;  // offsets are 32-bit
    const std::size_t nodes = nodes_.size(), bytes = text_.size();
    text_.reserve(bytes + text.size());  // decoded strings are never longer than their source
    Parser p(*this, text);
    p.skip_bom();
    bool ok = p.value_tree();
    if (ok) {
        p.skip_space();
        ok = p.at_end();
    }
    if (!ok) {
        nodes_.resize(nodes);
        text_.resize(bytes);
        return false;
    }
    roots_.push_back(static_cast<Id>(nodes));
    return true;
}

JsonDoc::Id JsonDoc::find(Id v, std::string_view k) const {
    Id found = kNone;
    if (!is_object(v)) return found;
    for (Id c = first_child(v); c != kNone; c = next_sibling(c))
        if (key(c) == k) found = c;
    return found;
}

}  // namespace newsclean::util
