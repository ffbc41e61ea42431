#include "cli/progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

namespace newsclean::cli {

namespace {

int terminal_columns() {
    winsize ws{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
    return 80;
}

std::string duration_text(double seconds) {
    const auto s = static_cast<long>(seconds + 0.5);
    if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
    return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}

std::string ProgressBar::render(const BatchCounts& counts, double seconds) const {
    const std::size_t total = total_.load(std::memory_order_relaxed);
    const std::size_t done = counts.done();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    const double mbps = seconds > 0 ? static_cast<double>(counts.bytes) / 1e6 / seconds : 0;
    std::string eta = "?";
    if (total >= done && rate > 0 && total > 0) eta = duration_text(static_cast<double>(total - done) / rate);
    const std::string totals = total > 0 ? fmt::format("{}/{}", done, total) : fmt::format("{}/?", done);
    const std::string tail = fmt::format(" {} files {:.0f} pages/s {:.1f} MB/s ETA {} {} errors", totals, rate, mbps,
                                         eta, counts.failed);
    const int width = std::max(10, terminal_columns() - 3 - static_cast<int>(tail.size()));
    const double fraction = total > 0 ? std::min(1.0, static_cast<double>(done) / static_cast<double>(total)) : 0;
    const int filled = static_cast<int>(fraction * width);
    std::string line(1, '[');
    line.append(static_cast<std::size_t>(filled), '=');
    line.append(static_cast<std::size_t>(width - filled), ' ');
    line += ']';
    return line + tail;
}

void ProgressBar::update(const BatchCounts& counts, bool force) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r\x1b[2K%s", render(counts, seconds).c_str());  // \x1b[2K: erase the line
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressBar::clear() {
    if (!enabled_ || !drawn_) return;
    std::fputs("\r\x1b[2K", stderr);
    drawn_ = false;
}

std::string summary_line(const BatchCounts& counts, double seconds, bool interrupted, std::string_view unit) {
    const double rate = seconds > 0 ? static_cast<double>(counts.done()) / seconds : 0;
    const double mbps = seconds > 0 ? static_cast<double>(counts.bytes) / 1e6 / seconds : 0;
    std::string line = fmt::format("newsclean: {}{} {} in {:.1f} s ({:.0f} pages/s, {:.1f} MB/s): {} ok, {} no article, {} failed",
                                   interrupted ? "interrupted after " : "", counts.done(), unit, seconds, rate, mbps,
                                   counts.ok, counts.no_article, counts.failed);
    if (counts.skipped > 0) line += fmt::format(", {} skipped (already done)", counts.skipped);
    if (counts.loops > 0) line += fmt::format(", {} symbolic link loop{} not followed", counts.loops, counts.loops > 1 ? "s" : "");
    return line;
}

}  // namespace newsclean::cli
