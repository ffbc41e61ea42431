#include "extract/metadata_jsonld.hpp"

#include <algorithm>

#include "extract/url.hpp"
#include "lexicon/metadata_words.hpp"
#include "util/json_doc.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

using util::JsonDoc;

// The end of the JSON string opening at text[open] (the index after its
// closing quote), or npos when it does not close.
std::size_t string_end(std::string_view text, std::size_t open) {
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        if (text[i] == '\\') ++i;  // the escaped byte
        else if (text[i] == '"') return i + 1;
    }
    return std::string_view::npos;
}

// `text` with the values of "articleBody" emptied: the whole story again, which
// metadata never reads and the parser would copy into its text
// (repost pages carry it; their metadata budget is issue #3's tightest).
// Empty when there is nothing to drop.
std::string without_article_body(std::string_view text) {
    constexpr std::string_view kKey = "\"articleBody\"";
    std::string out;
    std::size_t copied = 0;
    for (std::size_t k = text.find(kKey); k != std::string_view::npos; k = text.find(kKey, k + kKey.size())) {
        std::size_t v = k + kKey.size();
        while (v < text.size() && util::is_ascii_space(text[v])) ++v;
        if (v == text.size() || text[v] != ':') continue;
        for (++v; v < text.size() && util::is_ascii_space(text[v]);) ++v;
        if (v == text.size() || text[v] != '"') continue;
        const std::size_t end = string_end(text, v);
        if (end == std::string_view::npos) break;
        out.append(text.substr(copied, v - copied)).append("\"\"");
        copied = end;
        k = end - kKey.size();
    }
    if (copied == 0) return {};
    out.append(text.substr(copied));
    return out;
}

// One script → its JSON values, added to `doc`; "{...}{...}" (several objects) is split at top level.
void parse_script(std::string_view text, JsonDoc& doc) {
    const std::string lean = without_article_body(text);
    if (!lean.empty()) text = lean;
    if (doc.parse(text)) return;
    int depth = 0;
    bool in_string = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{') { if (depth++ == 0) start = i; }
        else if (c == '}' && depth > 0 && --depth == 0) doc.parse(text.substr(start, i + 1 - start));
    }
}

// A JSON-LD value of the page's scripts.
using Value = JsonDoc::Id;
constexpr Value kNone = JsonDoc::kNone;

// A string value, or the first string of (nested) arrays; a loop, not recursion.
std::string str(const JsonDoc& doc, Value v) {
    while (doc.is_array(v) && doc.first_child(v) != kNone) v = doc.first_child(v);
    if (!doc.is_string(v)) return {};
    // Most values hold no entity and are collapsed already: one copy, not three.
    const std::string_view s = doc.string(v);
    if (s.find('&') != std::string_view::npos) return util::collapse_whitespace(decode_entities(s));
    return util::is_collapsed(s) ? std::string(s) : util::collapse_whitespace(s);
}

struct Index {
    const JsonDoc& doc;
    std::vector<Value> objects;

    Value find(Value obj, std::string_view key) const { return doc.find(obj, key); }
    bool has(Value obj, std::string_view key) const { return find(obj, key) != kNone; }
    std::string field(Value obj, std::string_view key) const {
        const Value v = find(obj, key);
        return v == kNone ? std::string() : str(doc, v);
    }
    // Lower-cased @type (the first of an array).
    std::string type_of(Value obj) const { return util::to_lower_ascii(field(obj, "@type")); }
    // {"@id": ...} and nothing else: a reference to the object defined elsewhere.
    bool is_reference(Value v) const {
        if (!doc.is_object(v) || doc.first_child(v) == kNone) return false;
        for (Value m = doc.first_child(v); m != kNone; m = doc.next_sibling(m))
            if (doc.key(m) != "@id") return false;
        return true;
    }
    Value by_id(const std::string& id) const {
        for (const Value o : objects)
            if (field(o, "@id") == id && !is_reference(o)) return o;
        return kNone;
    }
    // An object, or the object its reference points at.
    Value resolve(Value v) const {
        if (is_reference(v))
            if (const Value o = by_id(field(v, "@id")); o != kNone) return o;
        return v;
    }
    // The first element of an array, or the value itself.
    Value first_of(Value v) const {
        return doc.is_array(v) && doc.first_child(v) != kNone ? doc.first_child(v) : v;
    }
};

bool is_article_type(std::string_view type) {
    const auto& types = lexicon::kJsonLdArticleTypes;
    return std::find(types.begin(), types.end(), type) != types.end();
}

// Rank of an article type: earlier in the lexicon table = better.
std::size_t type_rank(std::string_view type) {
    const auto& types = lexicon::kJsonLdArticleTypes;
    return static_cast<std::size_t>(std::find(types.begin(), types.end(), type) - types.begin());
}

// Every object of the scripts in document order (JsonDoc numbers values in
// pre-order), up to a bound for adversarial pages.
std::vector<Value> all_objects(const JsonDoc& doc) {
    std::vector<Value> objects;
    for (Value v = 0; v < doc.values() && objects.size() < 10000; ++v)
        if (doc.is_object(v)) objects.push_back(v);
    return objects;
}

void add_person(const Index& idx, Value raw, JsonLdArticle& a, int& orgs) {
    const Value v = idx.resolve(raw);
    std::string name = idx.doc.is_string(v) ? str(idx.doc, v) : idx.field(v, "name");
    if (name.empty() || name.find("://") != std::string::npos) return;
    const std::string t = idx.type_of(v);
    if (t.find("organization") != std::string::npos || t == "corporation") ++orgs;
    if (std::find(a.authors.begin(), a.authors.end(), name) == a.authors.end()) a.authors.push_back(std::move(name));
}

void read_authors(const Index& idx, Value obj, JsonLdArticle& a) {
    const Value author = idx.find(obj, "author");
    if (author == kNone) return;
    int orgs = 0;
    if (idx.doc.is_array(author)) {
        for (Value p = idx.doc.first_child(author); p != kNone; p = idx.doc.next_sibling(p)) add_person(idx, p, a, orgs);
    } else {
        add_person(idx, author, a, orgs);
    }
    a.authors_are_organizations = !a.authors.empty() && orgs == static_cast<int>(a.authors.size());
}

// isBasedOn / sourceOrganization: a name, an object with a publisher or name, or a URL.
std::string original_publisher(const Index& idx, Value obj) {
    for (const char* key : {"sourceOrganization", "isBasedOn", "isBasedOnUrl"}) {
        const Value found = idx.find(obj, key);
        if (found == kNone) continue;
        const Value v = idx.resolve(idx.first_of(found));
        if (idx.doc.is_string(v)) {
            std::string s = str(idx.doc, v);
            if (s.find("://") != std::string::npos) {
                s = url_host(s);
                if (util::istarts_with(s, "www.")) s.erase(0, 4);
            }
            if (!s.empty()) return s;
            continue;
        }
        for (const char* sub : {"publisher", "sourceOrganization", "author"})
            if (const Value o = idx.find(v, sub); o != kNone)
                if (std::string n = idx.field(idx.resolve(o), "name"); !n.empty()) return n;
        if (std::string n = idx.field(v, "name"); !n.empty()) return n;
    }
    return {};
}

std::vector<std::string> read_keywords(const Index& idx, Value obj) {
    std::vector<std::string> out;
    const Value keywords = idx.find(obj, "keywords");
    if (keywords == kNone) return out;
    auto add = [&out](std::string_view s) {
        for (std::size_t p = 0; p <= s.size();) {
            std::size_t q = s.find(',', p);
            if (q == std::string_view::npos) q = s.size();
            std::string k = util::collapse_whitespace(decode_entities(s.substr(p, q - p)));
            if (!k.empty() && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(std::move(k));
            p = q + 1;
        }
    };
    const JsonDoc& doc = idx.doc;
    if (doc.is_string(keywords)) add(doc.string(keywords));
    if (doc.is_array(keywords))
        for (Value k = doc.first_child(keywords); k != kNone; k = doc.next_sibling(k))
            if (doc.is_string(k)) add(doc.string(k));
    return out;
}

std::string image_of(const Index& idx, Value obj) {
    const Value image = idx.find(obj, "image");
    if (image == kNone) return {};
    const Value v = idx.resolve(idx.first_of(image));
    return idx.doc.is_string(v) ? str(idx.doc, v) : idx.field(v, "url");
}

std::string publisher_name(const Index& idx, Value obj) {
    const Value publisher = idx.find(obj, "publisher");
    return publisher == kNone ? std::string() : idx.field(idx.resolve(publisher), "name");
}

JsonLdArticle read_article(const Index& idx, Value obj) {
    JsonLdArticle a;
    a.found = true;
    a.type = idx.type_of(obj);
    a.headline = idx.field(obj, "headline");
    if (a.headline.empty()) a.headline = idx.field(obj, "name");
    a.date_published = idx.field(obj, "datePublished");
    if (a.date_published.empty()) a.date_published = idx.field(obj, "dateCreated");
    a.date_modified = idx.field(obj, "dateModified");
    read_authors(idx, obj, a);
    a.publisher = publisher_name(idx, obj);
    a.based_on = original_publisher(idx, obj);
    a.keywords = read_keywords(idx, obj);
    a.image = image_of(idx, obj);
    a.description = idx.field(obj, "description");
    a.lang = idx.field(obj, "inLanguage");
    a.url = idx.field(obj, "url");
    return a;
}

}  // namespace

JsonLdArticle parse_jsonld(const std::vector<std::string_view>& scripts) {
    if (scripts.empty()) return {};  // most small pages: no index to build (issue #3)
    JsonDoc doc;
    for (std::string_view s : scripts) parse_script(s, doc);
    const Index idx{doc, all_objects(doc)};
    Value best = kNone;
    std::size_t best_rank = lexicon::kJsonLdArticleTypes.size();
    std::vector<Value> articles;  // objects of an article type, in order
    for (const Value o : idx.objects) {
        const std::string t = idx.type_of(o);
        if (!is_article_type(t)) continue;
        articles.push_back(o);
        std::size_t rank = type_rank(t);
        if (!idx.has(o, "headline") && !idx.has(o, "datePublished")) rank += 100;  // a bare WebPage/ItemList
        if (rank < best_rank || best == kNone) best = o, best_rank = rank;
    }
    if (best == kNone) return {};
    JsonLdArticle a = read_article(idx, best);
    // A WebPage wrapper often carries the dates while its mainEntity/nested article has the author.
    for (const Value o : articles) {
        if (o == best) continue;
        if (a.date_published.empty()) a.date_published = idx.field(o, "datePublished");
        if (a.date_modified.empty()) a.date_modified = idx.field(o, "dateModified");
        if (a.authors.empty()) read_authors(idx, o, a);
        if (a.publisher.empty()) a.publisher = publisher_name(idx, o);
    }
    return a;
}

std::string decode_entities(std::string_view s) {
    if (s.find('&') == std::string_view::npos) return std::string(s);
    static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
        {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"lt", "<"}, {"gt", ">"}, {"nbsp", "\xC2\xA0"},
        {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}, {"rdquo", "\xE2\x80\x9D"},
        {"ldquo", "\xE2\x80\x9C"}, {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"},
        {"hellip", "\xE2\x80\xA6"},
    };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
        if (semi == std::string_view::npos || semi - i > 10) {
            out.push_back(s[i]);
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        bool done = false;
        if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            const std::string digits(name.substr(hex ? 2 : 1));
            char* end = nullptr;
            const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
            if (!digits.empty() && end && *end == '\0' && cp > 0 && cp < 0x110000) {
                util::append_utf8(out, static_cast<char32_t>(cp));
                done = true;
            }
        } else {
            for (const auto& [n, v] : kNamed)
                if (n == name) { out += v; done = true; break; }
        }
        if (done) i = semi;
        else out.push_back(s[i]);
    }
    return out;
}

}  // namespace newsclean::extract
