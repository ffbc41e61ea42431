// URL resolution (RFC 3986 §5.2) for links, images and canonical URLs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsclean::extract {

// `href` resolved against `base`; returned unchanged when there is no base or
// it is already absolute. Whitespace around `href` is trimmed.
std::string resolve_url(const std::optional<std::string>& base, std::string_view href);

// "https://www.example.com/a" → "www.example.com"; empty when there is none.
std::string url_host(std::string_view url);

// The site a page was saved from, named by its address: the host without
// "www." ("https://www.example.com/a" → "example.com"); nullopt when none.
std::optional<std::string> site_name_from_url(std::string_view url);

// One token that reads as a domain name: letters, digits, '-' and '.', ending
// in a dot and at least two letters ("decrypt.co", "finanzen.net").
bool is_domain_name(std::string_view token);

// A link to a site's home page: "/", "./", "https://example.com" or
// "https://example.com/" (no path, query or fragment page).
bool is_home_url(std::string_view href);

}  // namespace newsclean::extract
