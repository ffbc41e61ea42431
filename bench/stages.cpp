// In-process stage timing over a corpus: gumbo's own parse of the raw bytes
// (the floor any gumbo-based extractor pays; max_errors = 0 as our reader sets)
// against newsclean's reader (decode + prepare + parse into our DOM), the
// metadata stage, the content stage and the whole extractor. Medians per page
// over several samples, the stages taking turns and each sample at least
// 1 ms of the thread's CPU time; machines are noisy, so compare ratios,
// not seconds.
// Issue #3 budget: metadata < 15% of gumbo's parse of the same page; the
// per-page medians and the share of pages over 15% are printed per directory.
//
// --worst N also lists (on stdout, after the table) the N pages with the
// highest metadata/gumbo ratio: the pages to profile when the budget slips.
//
// usage: newsclean_bench [--repeat N] [--worst N] DIR_OR_FILE...
#include <gumbo.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "extract/content.hpp"
#include "extract/extract.hpp"
#include "extract/metadata.hpp"
#include "reader/reader.hpp"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
constexpr double kMetadataBudget = 0.15;  // issue #3: metadata < 15% of gumbo's parse

// The pages under `roots`; false (after a one-line message on stderr) when a
// root is neither a file nor a directory: a typo or "--help" must not end in
// an uncaught filesystem_error.
bool collect(const std::vector<std::string>& roots, std::vector<fs::path>& files) {
    for (const auto& root : roots) {
        std::error_code ec;
        if (!fs::is_regular_file(root, ec) && !fs::is_directory(root, ec)) {
            std::fprintf(stderr, "newsclean_bench: %s: no such file or directory\n", root.c_str());
            return false;
        }
        if (fs::is_regular_file(root)) {
            files.emplace_back(root);
            continue;
        }
        for (const auto& e : fs::recursive_directory_iterator(root)) {
            const auto ext = e.path().extension();
            if (e.is_regular_file() && (ext == ".html" || ext == ".htm" || ext == ".txt")) files.push_back(e.path());
        }
    }
    std::sort(files.begin(), files.end());
    return true;
}

// A timed sample runs a stage this long at least (as many calls as that takes,
// from a warm call's time): a small page parses in microseconds, where the
// clock reads (~0.8 us each for the thread's CPU time on this VM: a system
// call) would weigh as much as the page itself.
constexpr double kMinSampleSeconds = 1e-3;
constexpr int kMaxCallsPerSample = 10000;

// This thread's CPU time: a sample preempted by another process on a shared
// machine is not charged for the time it waited (wall time charged it, and a
// page's long gumbo samples were preempted more often than its short
// metadata samples, which skewed their ratio).
double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

template <class F>
double seconds_per_call(int calls, F& run) {
    const double start = thread_cpu_seconds();
    for (int i = 0; i < calls; ++i) run();
    return (thread_cpu_seconds() - start) / calls;
}

// Calls per sample for a stage, from the time of a call after an untimed one
// (a cold first call would ask for too few).
template <class F>
int calls_per_sample(F& run) {
    run();
    const double once = seconds_per_call(1, run);
    if (once <= 0) return kMaxCallsPerSample;
    return std::clamp(static_cast<int>(kMinSampleSeconds / once) + 1, 1, kMaxCallsPerSample);
}

double median(std::vector<double> v);

// Median seconds per call of each stage, the stages taking turns sample by
// sample: a burst of load on a shared machine then slows every stage's
// samples alike instead of one stage's, which would skew their ratio.
// Each sample follows an untimed call of its own stage, so no stage pays for
// the caches another one left.
template <class... F>
std::array<double, sizeof...(F)> interleaved_medians(int repeat, F&... stages) {
    constexpr std::size_t n = sizeof...(F);
    const std::array<int, n> calls{calls_per_sample(stages)...};
    std::array<std::vector<double>, n> samples;
    for (int r = 0; r < repeat; ++r) {
        std::size_t k = 0;
        ((seconds_per_call(1, stages), samples[k].push_back(seconds_per_call(calls[k], stages)), ++k), ...);
    }
    std::array<double, n> out{};
    for (std::size_t k = 0; k < n; ++k) out[k] = median(samples[k]);
    return out;
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

struct PageTiming {
    double gumbo = 0, read = 0, metadata = 0, content = 0, extract = 0;
    std::size_t bytes = 0;
    bool html = false;
};

PageTiming time_page(const std::string& bytes, int repeat) {
    PageTiming t;
    t.bytes = bytes.size();
    t.html = newsclean::reader::looks_like_html(bytes);
    const newsclean::ReadOptions read_options;
    auto doc = newsclean::reader::load_document(bytes, "bench", read_options);
    auto read = [&] { (void)newsclean::reader::load_document(bytes, "bench", read_options); };
    auto* d = std::get_if<newsclean::reader::Document>(&doc);
    const newsclean::ExtractOptions extract_options;
    auto extract = [&] { (void)newsclean::extract::extract(*d, extract_options); };
    if (!d) {
        t.read = interleaved_medians(repeat, read)[0];
        return t;
    }
    if (!t.html || d->kind != newsclean::reader::DocumentKind::html) {
        const auto m = interleaved_medians(repeat, read, extract);
        t.read = m[0], t.extract = m[1];
        return t;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    auto gumbo = [&] {
        GumboOutput* out = gumbo_parse_with_options(&options, bytes.data(), bytes.size());
        gumbo_destroy_output(&options, out);
    };
    newsclean::Article article;
    auto metadata = [&] {
        article = {};
        newsclean::extract::extract_metadata(d->dom, extract_options, article);
    };
    metadata();  // the title the content stage is given
    auto content = [&] { (void)newsclean::extract::select_content(d->dom, {article.title, std::nullopt, false, article.byline, article.source}); };
    const auto m = interleaved_medians(repeat, gumbo, read, metadata, content, extract);
    t.gumbo = m[0], t.read = m[1], t.metadata = m[2], t.content = m[3], t.extract = m[4];
    return t;
}

// Per-page stage costs relative to gumbo's parse of the same page.
struct Ratios {
    std::vector<double> read, metadata, content, extract;
    std::size_t metadata_over = 0;  // pages over the issue #3 metadata budget
    void add(const PageTiming& t) {
        read.push_back(t.read / t.gumbo);
        metadata.push_back(t.metadata / t.gumbo);
        content.push_back(t.content / t.gumbo);
        extract.push_back(t.extract / t.gumbo);
        if (t.metadata > kMetadataBudget * t.gumbo) ++metadata_over;
    }
};

void print_ratios(const std::map<std::string, Ratios>& by_dir, const Ratios& all) {
    std::printf("per page vs gumbo (median): %-14s %7s %8s %8s %8s %s\n", "set", "reader", "metadata", "content",
                "extract", "metadata>15%");
    auto row = [](const std::string& name, const Ratios& r) {
        std::printf("                            %-14s %7.2f %8.3f %8.3f %8.2f %zu/%zu\n", name.c_str(),
                    median(r.read), median(r.metadata), median(r.content), median(r.extract), r.metadata_over,
                    r.metadata.size());
    };
    for (const auto& [name, r] : by_dir) row(name, r);
    if (by_dir.size() > 1) row("all", all);
}

struct PageRatio {
    double metadata_ratio;
    std::string path;
    std::size_t bytes;
};

void print_worst(std::vector<PageRatio> pages, std::size_t n) {
    n = std::min(n, pages.size());
    std::partial_sort(pages.begin(), pages.begin() + static_cast<std::ptrdiff_t>(n), pages.end(),
                      [](const PageRatio& a, const PageRatio& b) { return a.metadata_ratio > b.metadata_ratio; });
    std::printf("worst %zu pages, metadata / gumbo:\n", n);
    for (std::size_t i = 0; i < n; ++i)
        std::printf("  %6.3f %9zu B  %s\n", pages[i].metadata_ratio, pages[i].bytes, pages[i].path.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    int repeat = 5;
    std::size_t worst = 0;
    std::vector<std::string> roots;
    bool bad_option = false;  // --help or an unknown option: print the usage
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
        else if (a == "--worst" && i + 1 < argc) worst = static_cast<std::size_t>(std::max(0, std::atoi(argv[++i])));
        else if (a.starts_with("-")) bad_option = true;
        else roots.push_back(a);
    }
    if (roots.empty() || bad_option) {
        std::fprintf(stderr, "usage: newsclean_bench [--repeat N] [--worst N] DIR_OR_FILE...\n");
        return 2;
    }
    std::vector<fs::path> files;
    if (!collect(roots, files)) return 2;
    std::map<std::string, Ratios> by_dir;
    Ratios all;
    std::vector<PageRatio> page_ratios;
    double gumbo_total = 0, read_total = 0, metadata_total = 0, content_total = 0, extract_total = 0;
    std::size_t bytes_total = 0, pages = 0;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const PageTiming t = time_page(bytes, repeat);
        ++pages;
        bytes_total += t.bytes;
        read_total += t.read;
        extract_total += t.extract;
        if (!t.html || t.gumbo <= 0) continue;
        gumbo_total += t.gumbo;
        metadata_total += t.metadata;
        content_total += t.content;
        all.add(t);
        by_dir[path.parent_path().filename().string()].add(t);
        page_ratios.push_back({t.metadata / t.gumbo, path.string(), t.bytes});
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const double mb = double(bytes_total) / 1e6, pipeline = read_total + extract_total;
    std::printf("pages %zu, %.1f MB, median of %d samples per stage and page (stages in turn, >= %.0f us of CPU time each), one core\n",
                pages, mb, repeat, kMinSampleSeconds * 1e6);
    std::printf("gumbo floor (raw bytes, HTML pages): %.1f MB/s\n", gumbo_total > 0 ? mb / gumbo_total : 0.0);
    std::printf("newsclean read+extract: %.1f pages/s, %.1f MB/s (read %.1f%%, extract %.1f%% of the time)\n",
                pages / pipeline, mb / pipeline, 100 * read_total / pipeline, 100 * extract_total / pipeline);
    if (gumbo_total > 0)
        std::printf("summed over HTML pages, %% of gumbo: metadata %.1f%%, content %.1f%%\n",
                    100 * metadata_total / gumbo_total, 100 * content_total / gumbo_total);
    print_ratios(by_dir, all);
    std::printf("peak RSS %.1f MB\n", ru.ru_maxrss / 1024.0);
    if (worst > 0) print_worst(std::move(page_ratios), worst);
    return 0;
}
