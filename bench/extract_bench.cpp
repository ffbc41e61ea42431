// Extraction cost against gumbo's own parse time, page by page (issue #4:
// "extraction costs at most 50% of gumbo's parse time of the same pages,
// median over the corpus"). A benchmark, not a test: it needs real pages.
//
//   build/newsclean_bench PAGE.html...        (e.g. ../shared/corpus/*/*.html)
//
// Per page: gumbo = gumbo_parse + gumbo_destroy_output of the raw bytes with
// default options but max_errors = 0 (the floor in bench/PEERS.md);
// read = newsclean's reader (decode, prepare, parse, flat DOM); extract =
// everything after that. Each is the best of 3 runs. Prints medians and the
// median of extract/gumbo.
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <variant>
#include <vector>

#include "extract/extract.hpp"
#include "reader/reader.hpp"

namespace {

using Clock = std::chrono::steady_clock;

template <class F>
double best_of_3(F&& f) {
    double best = 1e30;
    for (int i = 0; i < 3; ++i) {
        const auto t0 = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return best;
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<double> gumbo_ms, read_ms, extract_ms, ratio;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const double g = best_of_3([&] {
            GumboOptions options = kGumboDefaultOptions;
            options.max_errors = 0;
            GumboOutput* out = gumbo_parse_with_options(&options, bytes.data(), bytes.size());
            gumbo_destroy_output(&options, out);
        });
        auto loaded = newsclean::reader::load_document(bytes, argv[i], {});
        if (!std::holds_alternative<newsclean::reader::Document>(loaded)) continue;
        const auto& doc = std::get<newsclean::reader::Document>(loaded);
        if (doc.kind != newsclean::reader::DocumentKind::html) continue;
        const double r = best_of_3([&] { (void)newsclean::reader::load_document(bytes, argv[i], {}); });
        const double e = best_of_3([&] { (void)newsclean::extract::extract(doc, {}); });
        gumbo_ms.push_back(g), read_ms.push_back(r), extract_ms.push_back(e), ratio.push_back(e / g);
    }
    std::printf("pages %zu\nmedian gumbo %.3f ms, newsclean read %.3f ms, extract %.3f ms\n", ratio.size(),
                median(gumbo_ms), median(read_ms), median(extract_ms));
    std::printf("median extract/gumbo %.3f (target <= 0.5); max %.3f\n", median(ratio),
                ratio.empty() ? 0 : *std::max_element(ratio.begin(), ratio.end()));
    return 0;
}
