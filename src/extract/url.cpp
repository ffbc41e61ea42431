#include "extract/url.hpp"

#include <algorithm>
#include <vector>

#include "util/text.hpp"

namespace newsclean::extract {

namespace {

struct Parts {
    std::string_view scheme, authority, path, query, fragment;
    bool has_scheme = false, has_authority = false, has_query = false, has_fragment = false;
};

Parts split(std::string_view u) {
    Parts p;
    if (const std::size_t hash = u.find('#'); hash != std::string_view::npos) {
        p.fragment = u.substr(hash + 1), p.has_fragment = true;
        u = u.substr(0, hash);
    }
    if (const std::size_t q = u.find('?'); q != std::string_view::npos) {
        p.query = u.substr(q + 1), p.has_query = true;
        u = u.substr(0, q);
    }
    const std::size_t colon = u.find(':');
    if (colon != std::string_view::npos && colon > 0 && util::is_ascii_alpha(u[0]) &&
        u.substr(0, colon).find_first_of("/.") == std::string_view::npos) {
        p.scheme = u.substr(0, colon), p.has_scheme = true;
        u = u.substr(colon + 1);
    }
    if (u.substr(0, 2) == "//") {
        u = u.substr(2);
        const std::size_t slash = u.find('/');
        p.authority = u.substr(0, slash), p.has_authority = true;
        u = slash == std::string_view::npos ? std::string_view() : u.substr(slash);
    }
    p.path = u;
    return p;
}

std::string remove_dot_segments(std::string_view path) {
    std::vector<std::string_view> out;
    const bool absolute = !path.empty() && path[0] == '/';
    std::size_t i = absolute ? 1 : 0;
    bool trailing_slash = false;
    while (i <= path.size()) {
        std::size_t slash = path.find('/', i);
        if (slash == std::string_view::npos) slash = path.size();
        const std::string_view seg = path.substr(i, slash - i);
        trailing_slash = slash < path.size() || seg == "." || seg == "..";
        if (seg == "..") {
            if (!out.empty()) out.pop_back();
        } else if (seg != ".") {
            out.push_back(seg);
        }
        i = slash + 1;
    }
    std::string result = absolute ? "/" : "";
    for (std::size_t k = 0; k < out.size(); ++k) {
        if (k) result.push_back('/');
        result.append(out[k]);
    }
    if (trailing_slash && !out.empty() && !out.back().empty() && (result.empty() || result.back() != '/'))
        result.push_back('/');
    return result;
}

std::string merge(const Parts& base, std::string_view ref_path) {
    std::string merged;
    if (base.has_authority && base.path.empty()) {
        merged.push_back('/');
    } else if (const std::size_t last = base.path.rfind('/'); last != std::string_view::npos) {
        merged.append(base.path.substr(0, last + 1));
    }
    merged.append(ref_path);
    return merged;
}

std::string compose(std::string_view scheme, bool has_authority, std::string_view authority, std::string_view path,
                    bool has_query, std::string_view query, bool has_fragment, std::string_view fragment) {
    std::string s;
    if (!scheme.empty()) s.append(scheme).push_back(':');
    if (has_authority) s.append("//").append(authority);
    s.append(path);
    if (has_query) s.append("?").append(query);
    if (has_fragment) s.append("#").append(fragment);
    return s;
}

}  // namespace

std::string resolve_url(const std::optional<std::string>& base, std::string_view href) {
    href = util::trim(href);
    const Parts r = split(href);
    if (r.has_scheme || !base || base->empty()) return std::string(href);
    const Parts b = split(*base);
    if (!b.has_scheme) return std::string(href);
    if (r.has_authority)
        return compose(b.scheme, true, r.authority, remove_dot_segments(r.path), r.has_query, r.query,
                       r.has_fragment, r.fragment);
    if (r.path.empty()) {
        return compose(b.scheme, b.has_authority, b.authority, b.path, r.has_query || b.has_query,
                       r.has_query ? r.query : b.query, r.has_fragment, r.fragment);
    }
    const std::string path = r.path[0] == '/' ? remove_dot_segments(r.path) : remove_dot_segments(merge(b, r.path));
    return compose(b.scheme, b.has_authority, b.authority, path, r.has_query, r.query, r.has_fragment, r.fragment);
}

std::string url_host(std::string_view url) {
    const Parts p = split(util::trim(url));
    if (!p.has_authority) return {};
    std::string_view host = p.authority;
    if (const std::size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
    if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos && host.find(']') == std::string_view::npos)
        host = host.substr(0, colon);
    return util::to_lower_ascii(host);
}

std::optional<std::string> site_name_from_url(std::string_view url) {
    std::string host = url_host(url);
    if (util::istarts_with(host, "www.")) host.erase(0, 4);
    if (host.empty()) return std::nullopt;
    return host;
}

bool is_home_url(std::string_view href) {
    const Parts p = split(util::trim(href));
    if (p.has_query || (p.has_scheme && !p.has_authority)) return false;  // "?page=2", "mailto:"
    if (!p.has_authority && p.path.empty()) return false;                // "" or "#top": this page
    return p.path.empty() || p.path == "/" || p.path == "./";
}

bool is_domain_name(std::string_view t) {
    const std::size_t dot = t.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || t.size() - dot <= 2) return false;
    const auto domain_byte = [](char c) { return util::is_ascii_alpha(c) || util::is_ascii_digit(c) || c == '-' || c == '.'; };
    return std::all_of(t.begin(), t.end(), domain_byte) &&
           std::all_of(t.begin() + long(dot) + 1, t.end(), [](char c) { return util::is_ascii_alpha(c); });
}

}  // namespace newsclean::extract
