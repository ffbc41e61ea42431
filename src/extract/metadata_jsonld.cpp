#include "extract/metadata_jsonld.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "extract/url.hpp"
#include "lexicon/metadata_words.hpp"
#include "util/text.hpp"

namespace newsclean::extract {

namespace {

using json = nlohmann::json;

// Cheap repairs of hand-written JSON-LD: raw newlines/tabs inside strings and
// trailing commas before } or ] (both common on CMS templates).
std::string repair(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\' && i + 1 < text.size()) {
                out.push_back(c);
                out.push_back(text[++i]);
                continue;
            }
            if (c == '"') in_string = false;
            out.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
            continue;
        }
        if (c == '"') in_string = true;
        if (c == ',') {
            std::size_t j = i + 1;
            while (j < text.size() && util::is_ascii_space(text[j])) ++j;
            if (j < text.size() && (text[j] == '}' || text[j] == ']')) continue;
        }
        out.push_back(c);
    }
    return out;
}

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
// metadata never reads and nlohmann would decode byte by byte into a string
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

// One script → its JSON values; "{...}{...}" (several objects) is split at top level.
void parse_script(std::string_view text, std::vector<json>& out) {
    const std::string lean = without_article_body(text);
    if (!lean.empty()) text = lean;
    json j = json::parse(text, nullptr, false);
    if (!j.is_discarded()) {
        out.push_back(std::move(j));
        return;
    }
    const std::string fixed = repair(text);
    j = json::parse(fixed, nullptr, false);
    if (!j.is_discarded()) {
        out.push_back(std::move(j));
        return;
    }
    int depth = 0;
    bool in_string = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < fixed.size(); ++i) {
        const char c = fixed[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{') { if (depth++ == 0) start = i; }
        else if (c == '}' && depth > 0 && --depth == 0) {
            json part = json::parse(std::string_view(fixed).substr(start, i + 1 - start), nullptr, false);
            if (!part.is_discarded()) out.push_back(std::move(part));
        }
    }
}

// A string value, or the first string of (nested) arrays; a loop, not recursion.
std::string str(const json& value) {
    const json* v = &value;
    while (v->is_array() && !v->empty()) v = &v->front();
    if (!v->is_string()) return {};
    // Most values hold no entity and are collapsed already: one copy, not three.
    const std::string& s = v->get_ref<const std::string&>();
    if (s.find('&') != std::string::npos) return util::collapse_whitespace(decode_entities(s));
    return util::is_collapsed(s) ? s : util::collapse_whitespace(s);
}

std::string field(const json& obj, const char* key) {
    if (!obj.is_object()) return {};
    const auto it = obj.find(key);
    return it == obj.end() ? std::string() : str(*it);
}

// Lower-cased @type (the first of an array).
std::string type_of(const json& obj) {
    return util::to_lower_ascii(field(obj, "@type"));
}

bool is_article_type(std::string_view type) {
    const auto& types = lexicon::kJsonLdArticleTypes;
    return std::find(types.begin(), types.end(), type) != types.end();
}

// Rank of an article type: earlier in the lexicon table = better.
std::size_t type_rank(std::string_view type) {
    const auto& types = lexicon::kJsonLdArticleTypes;
    return static_cast<std::size_t>(std::find(types.begin(), types.end(), type) - types.begin());
}

// Every object of the scripts (explicit stack; JSON-LD can nest deeply).
std::vector<const json*> all_objects(const std::vector<json>& roots) {
    std::vector<const json*> objects, stack;
    for (const json& r : roots) stack.push_back(&r);
    while (!stack.empty() && objects.size() < 10000) {
        const json* v = stack.back();
        stack.pop_back();
        if (v->is_object()) objects.push_back(v);
        if (v->is_object() || v->is_array())
            for (const json& child : *v)
                if (child.is_object() || child.is_array()) stack.push_back(&child);
    }
    return objects;
}

struct Index {
    std::vector<const json*> objects;
    const json* by_id(const std::string& id) const {
        for (const json* o : objects)
            if (field(*o, "@id") == id && o->size() > 1) return o;
        return nullptr;
    }
    // An object, or the object its {"@id": ...} reference points at.
    const json& resolve(const json& v) const {
        if (v.is_object() && v.size() == 1 && v.contains("@id"))
            if (const json* o = by_id(field(v, "@id"))) return *o;
        return v;
    }
};

void add_person(const Index& idx, const json& raw, JsonLdArticle& a, int& orgs) {
    const json& v = idx.resolve(raw);
    std::string name = v.is_string() ? str(v) : field(v, "name");
    if (name.empty() || name.find("://") != std::string::npos) return;
    const std::string t = type_of(v);
    if (t.find("organization") != std::string::npos || t == "corporation") ++orgs;
    if (std::find(a.authors.begin(), a.authors.end(), name) == a.authors.end()) a.authors.push_back(std::move(name));
}

void read_authors(const Index& idx, const json& obj, JsonLdArticle& a) {
    const auto it = obj.find("author");
    if (it == obj.end()) return;
    int orgs = 0;
    if (it->is_array()) {
        for (const json& p : *it) add_person(idx, p, a, orgs);
    } else {
        add_person(idx, *it, a, orgs);
    }
    a.authors_are_organizations = !a.authors.empty() && orgs == static_cast<int>(a.authors.size());
}

// isBasedOn / sourceOrganization: a name, an object with a publisher or name, or a URL.
std::string original_publisher(const Index& idx, const json& obj) {
    for (const char* key : {"sourceOrganization", "isBasedOn", "isBasedOnUrl"}) {
        const auto it = obj.find(key);
        if (it == obj.end()) continue;
        const json& v = idx.resolve(it->is_array() && !it->empty() ? it->front() : *it);
        if (v.is_string()) {
            std::string s = str(v);
            if (s.find("://") != std::string::npos) {
                s = url_host(s);
                if (util::istarts_with(s, "www.")) s.erase(0, 4);
            }
            if (!s.empty()) return s;
            continue;
        }
        for (const char* sub : {"publisher", "sourceOrganization", "author"})
            if (v.contains(sub))
                if (std::string n = field(idx.resolve(v[sub]), "name"); !n.empty()) return n;
        if (std::string n = field(v, "name"); !n.empty()) return n;
    }
    return {};
}

std::vector<std::string> read_keywords(const json& obj) {
    std::vector<std::string> out;
    const auto it = obj.find("keywords");
    if (it == obj.end()) return out;
    auto add = [&out](std::string_view s) {
        for (std::size_t p = 0; p <= s.size();) {
            std::size_t q = s.find(',', p);
            if (q == std::string_view::npos) q = s.size();
            std::string k = util::collapse_whitespace(decode_entities(s.substr(p, q - p)));
            if (!k.empty() && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(std::move(k));
            p = q + 1;
        }
    };
    if (it->is_string()) add(it->get_ref<const std::string&>());
    if (it->is_array())
        for (const json& k : *it)
            if (k.is_string()) add(k.get_ref<const std::string&>());
    return out;
}

std::string image_of(const Index& idx, const json& obj) {
    const auto it = obj.find("image");
    if (it == obj.end()) return {};
    const json& v = idx.resolve(it->is_array() && !it->empty() ? it->front() : *it);
    return v.is_string() ? str(v) : field(v, "url");
}

JsonLdArticle read_article(const Index& idx, const json& obj) {
    JsonLdArticle a;
    a.found = true;
    a.type = type_of(obj);
    a.headline = field(obj, "headline");
    if (a.headline.empty()) a.headline = field(obj, "name");
    a.date_published = field(obj, "datePublished");
    if (a.date_published.empty()) a.date_published = field(obj, "dateCreated");
    a.date_modified = field(obj, "dateModified");
    read_authors(idx, obj, a);
    if (obj.contains("publisher")) a.publisher = field(idx.resolve(obj["publisher"]), "name");
    a.based_on = original_publisher(idx, obj);
    a.keywords = read_keywords(obj);
    a.image = image_of(idx, obj);
    a.description = field(obj, "description");
    a.lang = field(obj, "inLanguage");
    a.url = field(obj, "url");
    return a;
}

}  // namespace

JsonLdArticle parse_jsonld(const std::vector<std::string_view>& scripts) {
    if (scripts.empty()) return {};  // most small pages: no index to build (issue #3)
    std::vector<json> roots;
    for (std::string_view s : scripts) parse_script(s, roots);
    Index idx{all_objects(roots)};
    const json* best = nullptr;
    std::size_t best_rank = lexicon::kJsonLdArticleTypes.size();
    std::vector<const json*> articles;  // objects of an article type, in order
    for (const json* o : idx.objects) {
        const std::string t = type_of(*o);
        if (!is_article_type(t)) continue;
        articles.push_back(o);
        std::size_t rank = type_rank(t);
        if (!o->contains("headline") && !o->contains("datePublished")) rank += 100;  // a bare WebPage/ItemList
        if (rank < best_rank || best == nullptr) best = o, best_rank = rank;
    }
    if (best == nullptr) return {};
    JsonLdArticle a = read_article(idx, *best);
    // A WebPage wrapper often carries the dates while its mainEntity/nested article has the author.
    for (const json* o : articles) {
        if (o == best) continue;
        if (a.date_published.empty()) a.date_published = field(*o, "datePublished");
        if (a.date_modified.empty()) a.date_modified = field(*o, "dateModified");
        if (a.authors.empty()) read_authors(idx, *o, a);
        if (a.publisher.empty() && o->contains("publisher")) a.publisher = field(idx.resolve((*o)["publisher"]), "name");
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
