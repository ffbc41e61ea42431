// Progress of a batch run on stderr: a one-line bar redrawn in place when
// stderr is a terminal, and the closing one-line summary.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsclean::cli {

struct BatchCounts {
    std::size_t ok = 0;
    std::size_t no_article = 0;  // read fine, nothing to extract (junk, empty, not a page)
    std::size_t failed = 0;      // unreadable, too large, walk problem, write error
    std::size_t skipped = 0;     // --skip-existing: output already there
    std::size_t loops = 0;       // symbolic link loops not followed (their files were reached another way)
    std::uint64_t bytes = 0;     // input bytes read
    std::size_t done() const { return ok + no_article + failed + skipped + loops; }
};

class ProgressBar {
public:
    explicit ProgressBar(bool enabled);
    // Total number of inputs, once a counting walk has found it (until then: "?").
    void set_total(std::size_t total) { total_.store(total, std::memory_order_relaxed); }
    // Redraws at most ten times a second unless forced.
    void update(const BatchCounts& counts, bool force = false);
    // Erases the bar so that a diagnostic line can be printed; the next update redraws.
    void clear();

private:
    std::string render(const BatchCounts& counts, double seconds) const;

    bool enabled_;
    bool drawn_ = false;
    std::atomic<std::size_t> total_{0};
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_{};
};

// "newsclean: 637 files in 2.1 s (303 pages/s, 14.2 MB/s): 610 ok, 20 no article, 7 failed"
std::string summary_line(const BatchCounts& counts, double seconds, bool interrupted, std::string_view unit = "files");

}  // namespace newsclean::cli
