// JSON-LD (schema.org) → the fields of the article it describes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsclean::extract {

struct JsonLdArticle {
    bool found = false;
    std::string type;  // lower case @type of the chosen object ("newsarticle")
    std::string headline;
    std::string date_published, date_modified;
    std::vector<std::string> authors;
    bool authors_are_organizations = false;  // every author is an Organization
    std::string publisher;                   // publisher.name
    std::string based_on;                    // isBasedOn / sourceOrganization: the original publisher
    std::vector<std::string> keywords;
    std::string image, description, lang, url;
};

// The best article object among the page's <script type="application/ld+json">
// texts (@graph, arrays, nested objects, @id references). Slips of
// hand-written JSON are read through (trailing commas, raw control
// characters, several objects in one script: util::JsonDoc); other broken
// JSON is skipped.
JsonLdArticle parse_jsonld(const std::vector<std::string_view>& scripts);

// HTML character references (&amp; &quot; &#39; &#x2019; ...) decoded; used on
// JSON-LD strings, which HTML parsers leave encoded inside <script>.
std::string decode_entities(std::string_view s);

}  // namespace newsclean::extract
