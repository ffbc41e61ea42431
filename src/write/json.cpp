#include "write/json.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace newsclean::write {

namespace {

using Json = nlohmann::ordered_json;

Json optional_string(const std::optional<std::string>& v) { return v ? Json(*v) : Json(nullptr); }

Json removed_list(const std::vector<Removal>& removed) {
    Json list = Json::array();
    for (const Removal& r : removed) list.push_back({{"rule", r.rule}, {"text", r.excerpt}});
    return list;
}

Json full_record(const Article& a, const JsonOptions& options) {
    Json j;
    j["schema"] = kSchemaVersion;
    j["url"] = optional_string(a.url);
    j["canonical_url"] = optional_string(a.canonical_url);
    j["title"] = optional_string(a.title);
    j["byline"] = optional_string(a.byline);
    j["authors"] = a.authors;
    j["source"] = optional_string(a.source);
    j["site_name"] = optional_string(a.site_name);
    j["date"] = optional_string(a.date);
    j["date_modified"] = optional_string(a.date_modified);
    j["description"] = optional_string(a.description);
    j["lang"] = optional_string(a.lang);
    j["image"] = optional_string(a.image);
    j["tags"] = a.tags;
    j["body"] = a.body();
    j["word_count"] = a.word_count();
    j["input"] = {{"path", a.input.path}, {"kind", a.input.kind}, {"charset", a.input.charset}, {"bytes", a.input.bytes}};
    if (options.explain) j["removed"] = removed_list(a.removed);
    if (options.markdown) j["markdown"] = *options.markdown;
    return j;
}

// --fields a,b,c: those keys, in the order asked; a key the record does not
// carry (e.g. "removed" without --explain) is left out.
Json select_fields(Json&& full, const std::vector<std::string>& fields) {
    if (fields.empty()) return std::move(full);
    Json j = Json::object();
    for (const std::string& f : fields)
        if (auto it = full.find(f); it != full.end() && !j.contains(f)) j[f] = std::move(*it);
    return j;
}

}  // namespace

bool is_json_key(std::string_view key) {
    return std::find(kJsonKeys.begin(), kJsonKeys.end(), key) != kJsonKeys.end();
}

std::string to_json(const Article& a, const JsonOptions& options) {
    const Json j = select_fields(full_record(a, options), options.fields);
    // Text is valid UTF-8 by construction (the reader repairs it); `replace` is a
    // second guard so a stray byte can never abort a batch.
    return j.dump(options.pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace newsclean::write
