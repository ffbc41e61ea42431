// A read-only JSON forest for JSON-LD: values parsed in one pass into a flat
// node array, strings copied (decoded where escaped) into one buffer.
//
// Why not nlohmann::json (the writer's library): its parser builds a std::map
// DOM and keeps every byte of every token twice; on repost finsyn-026 its
// parse of an 855-byte JSON-LD script was ~97K instructions (114 per byte),
// 13% of that page's whole metadata stage (issue #3: metadata < 15% of gumbo).
// This one reads what metadata needs (kinds, strings, members) at a few
// instructions per byte.
//
// Accepted: RFC 8259 JSON, plus the two slips of hand-written JSON-LD that
// were repaired before (a comma before } or ], and raw control characters in
// strings, read as spaces). Of duplicate keys in an object, find() answers
// the last (as a map filled in document order would).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsclean::util {

class JsonDoc {
public:
    using Id = std::uint32_t;
    static constexpr Id kNone = UINT32_MAX;
    enum class Kind : std::uint8_t { null, boolean, number, string, array, object };

    // Parses `text` as one JSON value (whitespace and a UTF-8 BOM around it) and
    // adds it as a root; returns false, adding nothing, when it is not JSON.
    bool parse(std::string_view text);

    const std::vector<Id>& roots() const { return roots_; }
    // Values are numbered 0..values()-1 in document order (roots in the order
    // parsed, each before its members and elements).
    std::size_t values() const { return nodes_.size(); }
    Kind kind(Id v) const { return nodes_[v].kind; }
    bool is_object(Id v) const { return kind(v) == Kind::object; }
    bool is_array(Id v) const { return kind(v) == Kind::array; }
    bool is_string(Id v) const { return kind(v) == Kind::string; }
    // Decoded text of a string (empty for other kinds).
    std::string_view string(Id v) const { return is_string(v) ? slice(nodes_[v].text_at, nodes_[v].text_size) : std::string_view(); }
    // Elements of an array or values of an object, in document order.
    Id first_child(Id v) const { return nodes_[v].first_child; }
    Id next_sibling(Id v) const { return nodes_[v].next_sibling; }
    // The key of a member of an object.
    std::string_view key(Id member) const { return slice(nodes_[member].key_at, nodes_[member].key_size); }
    // The value of `key` in object `v` (the last one of duplicates), else kNone.
    Id find(Id v, std::string_view key) const;

private:
    struct Node {
        Kind kind;
        std::uint32_t key_at = 0, key_size = 0;    // in text_, for members of an object
        std::uint32_t text_at = 0, text_size = 0;  // in text_, for strings
        Id first_child = kNone, last_child = kNone, next_sibling = kNone;
    };
    class Parser;

    std::string_view slice(std::uint32_t at, std::uint32_t size) const { return std::string_view(text_).substr(at, size); }

    std::vector<Node> nodes_;
    std::string text_;  // every string and key, decoded, one after another
    std::vector<Id> roots_;
};

}  // namespace newsclean::util
