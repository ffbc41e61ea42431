// Metadata extraction cost against gumbo's own parse time, per page and summed
// (issue #3: metadata must cost < 15% of gumbo's parse of the same page).
// Build: cmake --build build --target newsclean_metadata_bench; run: build/newsclean_metadata_bench PAGE.html...
// Each page is parsed by gumbo (raw bytes, max_errors = 0) and its metadata
// extracted from newsclean's DOM, 5 times each; the minimum of each is kept.
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "extract/metadata.hpp"
#include "reader/reader.hpp"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRounds = 5;

template <class F>
double min_seconds(F&& f) {
    double best = 1e9;
    for (int r = 0; r < kRounds; ++r) {
        const auto t0 = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace newsclean;
    double gumbo_total = 0, meta_total = 0;
    int pages = 0, over = 0;
    for (int a = 1; a < argc; ++a) {
        std::ifstream in(argv[a], std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string bytes = ss.str();
        auto loaded = reader::load_document(bytes, argv[a], ReadOptions{});
        if (loaded.index() != 0 || std::get<reader::Document>(loaded).kind != reader::DocumentKind::html) continue;
        const reader::Dom& dom = std::get<reader::Document>(loaded).dom;
        GumboOptions options = kGumboDefaultOptions;
        options.max_errors = 0;
        const double g = min_seconds([&] {
            GumboOutput* out = gumbo_parse_with_options(&options, bytes.data(), bytes.size());
            gumbo_destroy_output(&options, out);
        });
        const double m = min_seconds([&] {
            Article article;
            extract::extract_metadata(dom, ExtractOptions{}, article);
        });
        gumbo_total += g;
        meta_total += m;
        ++pages;
        if (m > 0.15 * g) ++over;
        std::fprintf(stderr, "%6.1f%%  %s\n", 100 * m / g, argv[a]);
    }
    std::printf("%d pages: gumbo %.1f ms, metadata %.1f ms, %.1f%% of gumbo; %d pages over 15%%\n", pages,
                gumbo_total * 1e3, meta_total * 1e3, pages ? 100 * meta_total / gumbo_total : 0.0, over);
}
