#include "cli/batch.hpp"

#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <thread>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/batch_queue.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "newsclean/newsclean.hpp"

namespace newsclean::cli {

namespace {

// Set by SIGINT/SIGTERM; the collector polls it and winds the batch down so
// that no temp file or half-written output is left behind.
volatile std::sig_atomic_t g_interrupted = 0;

void on_interrupt(int) { g_interrupted = 1; }

// Installs the handler for the run; SA_RESETHAND: a second Ctrl-C kills at once.
// A signal ignored by the parent (nohup, background jobs) stays ignored.
class InterruptGuard {
public:
    InterruptGuard() {
        g_interrupted = 0;
        struct sigaction action {};
        action.sa_handler = &on_interrupt;
        action.sa_flags = SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        for (auto [signal, old] : {std::pair{SIGINT, &old_int_}, std::pair{SIGTERM, &old_term_}}) {
            ::sigaction(signal, nullptr, old);
            if (old->sa_handler != SIG_IGN) ::sigaction(signal, &action, nullptr);
        }
    }
    ~InterruptGuard() {
        ::sigaction(SIGINT, &old_int_, nullptr);
        ::sigaction(SIGTERM, &old_term_, nullptr);
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction old_int_ {};
    struct sigaction old_term_ {};
};

enum class Status { ok, no_article, failed, skipped, loop, cancelled };

struct Task {
    std::size_t seq = 0;
    std::string path;      // the input path, or a record's label ("-:12": line 12 of stdin)
    std::string error;     // set: fails without being read (walk problem, output name taken)
    std::string out_name;  // mirror: output name relative to the root
    std::string record;    // records mode: the input line
    bool loop = false;     // the error is a symlink loop (not a failure)
};

struct Done {
    std::size_t seq = 0;
    Status status = Status::ok;
    std::string path;
    std::string message;  // why not ok
    std::string output;   // stream modes: the bytes to write
    std::uint64_t bytes = 0;
    std::vector<Removal> removed;  // --explain with a format that has no `removed` key: for stderr
};

// Junk and pages without a story are counted apart from failures: --fail-fast
// does not stop on them, though they still make the exit code 1.
Status status_of(Failure::Kind kind) {
    return kind == Failure::Kind::unreadable || kind == Failure::Kind::too_large ? Status::failed : Status::no_article;
}

std::uint64_t file_size(const std::string& path) {
    struct stat st {};
    return path != "-" && ::stat(path.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

std::string display(const std::string& path) { return path == "-" ? "<stdin>" : path; }

// A page of megabytes leaves megabytes of freed buffers in the worker's malloc
// arena, and glibc keeps them (fragmented) for the rest of the run: peak RSS
// then creeps up with the number of pages read. Handing them back after such a
// page (5 of the 1,276 files of ../shared/corpus, the largest 1.6 MB) kept a
// 20,000-file run at 26-28 MB peak against 29-36 MB without (500 files: 22-24
// MB), total CPU unchanged within noise.
void release_memory_after(std::uint64_t input_bytes) {
#ifdef __GLIBC__
    if (input_bytes >= (1u << 20)) ::malloc_trim(0);
#else
    (void)input_bytes;
#endif
}

class Runner {
public:
    explicit Runner(const BatchConfig& config)
        : config_(config), spec_(config.inputs), in_flight_(std::max<std::size_t>(16, 8u * config.jobs)),
          ring_(in_flight_.limit()), progress_(config.progress) {}
    int run();
    bool feeder_detached() const { return feeder_detached_; }

private:
    bool open_output();
    void start_threads();
    void spawn_threads();
    void join_threads();
    void feed_files();
    void feed_records();
    bool admit(Task task);
    void name_output(Task& task);
    void work();
    Done process(const Task& task) const;
    Done process_record(const Task& task, Done done) const;
    Done finish(Result result, const Task& task, Done done) const;
    Done fail(Done done, std::string message) const;
    void collect();
    void accept(Done done);
    void emit(Done done);
    int exit_code() const;

    const BatchConfig config_;  // a copy: a detached feeder may outlive the caller's (see join_threads)
    InputSpec spec_;  // the walk's, with the output directory excluded
    std::optional<OutputTree> tree_;
    std::optional<Output> stream_;
    Channel<Task> tasks_;
    Channel<Done> done_;
    InFlight in_flight_;
    std::vector<std::optional<Done>> ring_;  // ordered mode: results waiting for an earlier one
    std::size_t next_ = 0;                   // ordered mode: next sequence number to emit
    std::unordered_set<std::size_t> claimed_;  // hashes of mirror output names handed out
    std::atomic<bool> stop_{false};
    std::atomic<bool> counting_stop_{false};
    std::atomic<bool> feeding_done_{false};
    std::atomic<unsigned> live_workers_{0};
    bool interrupted_ = false;
    bool feeder_detached_ = false;
    bool failed_fast_ = false;
    bool stream_failed_ = false;
    ProgressBar progress_;
    BatchCounts counts_;
    std::thread feeder_, counter_;
    std::vector<std::thread> workers_;
};

bool Runner::open_output() {
    if (config_.mirror) {
        tree_.emplace(*config_.output);
        if (!tree_->ok()) {
            std::fprintf(stderr, "newsclean: %s: %s\n", config_.output->c_str(), tree_->error().c_str());
            return false;
        }
        spec_.skip_dir = tree_->identity();  // -o DIR inside an input folder: never read our own outputs
        return true;
    }
    stream_.emplace(config_.output);
    if (stream_->ok()) return true;
    std::fprintf(stderr, "newsclean: %s: %s\n", config_.output->c_str(), stream_->error().c_str());
    return false;
}

// The producer waits for room (InFlight) before queueing: memory stays flat.
bool Runner::admit(Task task) {
    in_flight_.acquire();
    if (stop_) {
        in_flight_.release();
        return false;
    }
    tasks_.push(std::move(task));
    return true;
}

// page.html → page.json. Two inputs that would share a name (page.html and
// page.txt) must not overwrite each other: the later one in walk order keeps
// its full name (page.txt.json); names are handed out in walk order, so a
// resumed run gets the same ones.
void Runner::name_output(Task& task) {
    const std::string relative = task.path == "-" ? std::string("stdin") : mirror_relative_name(task.path);
    const std::string ext(write::file_extension(config_.writer.format));
    const std::string preferred = replace_extension(relative, ext);
    for (const std::string& candidate : {preferred, relative + ext}) {
        if (claimed_.insert(std::hash<std::string>{}(candidate)).second) {
            task.out_name = candidate;
            return;
        }
    }
    task.error = "output name " + preferred + " is already taken by another input";
}

void Runner::feed_files() {
    InputWalker walker(spec_);
    std::size_t seq = 0;
    while (!stop_) {
        auto entry = walker.next();
        if (!entry) break;
        Task task{seq, std::move(entry->path), std::move(entry->error), {}, {}, entry->loop};
        if (config_.mirror && task.error.empty()) name_output(task);
        if (!admit(std::move(task))) break;
        ++seq;
    }
    tasks_.close();
}

void Runner::feed_records() {
    std::size_t seq = 0;
    for (const std::string& source : spec_.paths) {
        std::FILE* file = source == "-" ? stdin : std::fopen(source.c_str(), "rb");
        if (!file) {
            if (!admit(Task{seq++, source, std::strerror(errno), {}, {}})) break;
            continue;
        }
        const std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(file == stdin ? nullptr : file, &std::fclose);
        char* line = nullptr;
        std::size_t capacity = 0;
        ssize_t n = 0;
        for (std::size_t number = 1; !stop_ && (n = ::getline(&line, &capacity, file)) >= 0; ++number) {
            std::string record(line, static_cast<std::size_t>(n));
            while (!record.empty() && (record.back() == '\n' || record.back() == '\r')) record.pop_back();
            if (!admit(Task{seq++, source + ":" + std::to_string(number), {}, {}, std::move(record)})) break;
        }
        std::free(line);
    }
    tasks_.close();
}

void Runner::work() {
    while (auto task = tasks_.pop()) {
        if (stop_) {
            done_.push(Done{task->seq, Status::cancelled, {}, {}, {}, 0, {}});
            continue;
        }
        try {
            Done done = process(*task);
            release_memory_after(done.bytes);
            done_.push(std::move(done));
        } catch (const std::exception& e) {  // e.g. bad_alloc on a huge page: that input fails, the batch goes on
            done_.push(fail(Done{task->seq, Status::ok, task->path, {}, {}, 0, {}}, std::string("internal error: ") + e.what()));
        }
    }
    if (--live_workers_ == 0) done_.close();
}

Done Runner::fail(Done done, std::string message) const {
    done.status = Status::failed;
    if (config_.error_records && !config_.mirror) done.output = write::render_error(done.path, message, config_.writer);
    done.message = std::move(message);
    return done;
}

Done Runner::process(const Task& task) const {
    Done done{task.seq, Status::ok, task.path, {}, {}, 0, {}};
    if (!task.error.empty()) {
        Done out = fail(std::move(done), task.error);
        if (task.loop) out.status = Status::loop;
        return out;
    }
    if (config_.records_in) return process_record(task, std::move(done));
    if (config_.mirror && config_.skip_existing && tree_->exists(task.out_name)) {
        done.status = Status::skipped;
        return done;
    }
    return finish(clean_file(task.path, config_.library), task, std::move(done));
}

// One {"url":…, "html":…} or {"url":…, "text":…} line → one cleaned record.
Done Runner::process_record(const Task& task, Done done) const {
    done.bytes = task.record.size();
    const auto record = nlohmann::json::parse(task.record, nullptr, false);
    if (record.is_discarded() || !record.is_object()) return fail(std::move(done), "not a JSON object");
    Options options = config_.library;
    const auto url = record.find("url");
    if (url != record.end() && url->is_string()) options.extract.url = url->get<std::string>();
    const bool is_html = record.contains("html") && record["html"].is_string();
    if (!is_html && !(record.contains("text") && record["text"].is_string()))
        return fail(std::move(done), "record has no \"html\" or \"text\" string");
    options.read.format = is_html ? InputFormat::html : InputFormat::text;
    const std::string& bytes = record[is_html ? "html" : "text"].get_ref<const std::string&>();
    return finish(clean_bytes(bytes, task.path, options), task, std::move(done));
}

Done Runner::finish(Result result, const Task& task, Done done) const {
    if (const auto* failure = std::get_if<Failure>(&result)) {
        if (!done.bytes) done.bytes = file_size(task.path);
        Done out = fail(std::move(done), failure->reason);
        out.status = status_of(failure->kind);
        return out;
    }
    const Article& article = std::get<Article>(result);
    if (!done.bytes) done.bytes = article.input.bytes;
    std::string text = write::render(article, config_.writer);
    // JSON carries a `removed` key; other formats report the drops on stderr.
    if (config_.writer.explain && config_.writer.format != write::Format::json &&
        config_.writer.format != write::Format::jsonl)
        done.removed = article.removed;
    if (!config_.mirror) {
        done.output = std::move(text);
        return done;
    }
    if (std::string error = tree_->write(task.out_name, text); !error.empty()) return fail(std::move(done), error);
    return done;
}

// Ordered: park a result until every earlier one has been emitted. The ring
// holds at most in_flight_.limit() results, as many as can be in flight.
void Runner::accept(Done done) {
    if (!config_.ordered) return emit(std::move(done));
    ring_[done.seq % ring_.size()] = std::move(done);
    for (;;) {
        std::optional<Done>& slot = ring_[next_ % ring_.size()];
        if (!slot || slot->seq != next_) return;
        Done ready = std::move(*slot);
        slot.reset();
        ++next_;
        emit(std::move(ready));
    }
}

void Runner::emit(Done done) {
    in_flight_.release();
    // --fail-fast: results after the failure (in emission order) are dropped,
    // so what is written does not depend on thread timing.
    if (failed_fast_) return;
    switch (done.status) {
        case Status::ok: ++counts_.ok; break;
        case Status::no_article: ++counts_.no_article; break;
        case Status::failed: ++counts_.failed; break;
        case Status::skipped: ++counts_.skipped; break;
        case Status::loop: ++counts_.loops; break;
        case Status::cancelled: return;
    }
    counts_.bytes += done.bytes;
    if (done.status == Status::failed || done.status == Status::no_article || done.status == Status::loop) {
        progress_.clear();
        std::fprintf(stderr, "newsclean: %s: %s\n", display(done.path).c_str(), done.message.c_str());
    }
    for (const Removal& r : done.removed)
        std::fprintf(stderr, "newsclean: %s: removed [%s] %s\n", display(done.path).c_str(), r.rule.c_str(), r.excerpt.c_str());
    // Record mode flushes every line: a co-process caller (one line in, wait
    // for one line out) would otherwise wait forever on our buffer.
    if (stream_ && !stream_failed_ && !done.output.empty() &&
        (!stream_->write(done.output) || (config_.records_in && !stream_->flush()))) {
        stream_failed_ = true;
        stop_ = true;
    }
    if (done.status == Status::failed && config_.fail_fast) failed_fast_ = true, stop_ = true;
}

void Runner::collect() {
    for (;;) {
        auto done = done_.pop_for(std::chrono::milliseconds(100));
        if (g_interrupted && !interrupted_) interrupted_ = true, stop_ = true;
        if (stop_) tasks_.close();  // workers drain what is queued (cancelled) and end
        if (done) {
            accept(std::move(*done));
        } else if (done_.finished()) {
            break;
        }
        progress_.update(counts_);
    }
}

void Runner::start_threads() {
    // Threads inherit this mask: SIGINT/SIGTERM reach the collector (this
    // thread) only, and never interrupt a worker's read or write.
    sigset_t blocked, previous;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGINT);
    sigaddset(&blocked, SIGTERM);
    ::pthread_sigmask(SIG_BLOCK, &blocked, &previous);
    spawn_threads();
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

void Runner::spawn_threads() {
    live_workers_ = config_.jobs;
    for (unsigned k = 0; k < config_.jobs; ++k) workers_.emplace_back([this] { work(); });
    feeder_ = std::thread([this] {
        config_.records_in ? feed_records() : feed_files();
        feeding_done_ = true;
    });
    const bool reads_stdin = std::find(spec_.paths.begin(), spec_.paths.end(), "-") != spec_.paths.end() ||
                             (spec_.files_from && *spec_.files_from == "-");
    if (!config_.progress || config_.records_in || reads_stdin) return;
    // A second, count-only walk gives the bar its total and ETA (file names only: cheap).
    counter_ = std::thread([this] {
        InputWalker walker(spec_);
        std::size_t total = 0;
        while (!counting_stop_ && walker.next()) ++total;
        if (!counting_stop_) progress_.set_total(total);
    });
}

void Runner::join_threads() {
    counting_stop_ = true;
    // Stopped (interrupt, --fail-fast) while the feeder waits on a list or
    // records from a pipe that the writer keeps open: do not hang on it, the
    // process is about to exit (run_batch then leaks the Runner it uses).
    for (int k = 0; k < 20 && stop_ && !feeding_done_; ++k) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (stop_ && !feeding_done_) {
        feeder_.detach();
        feeder_detached_ = true;
    } else {
        feeder_.join();
    }
    for (std::thread& worker : workers_) worker.join();
    if (counter_.joinable()) counter_.join();
}

int Runner::exit_code() const {
    if (interrupted_) return 130;
    // Folders named on the command line that hold no file at all (an empty
    // folder, globs matching nothing) are a mistake worth an exit code. An
    // empty --files-from list or record stream is a normal empty partition.
    if (counts_.done() == 0 && !config_.records_in && !config_.inputs.files_from) return 1;
    if (stream_failed_ || counts_.failed > 0) return 1;
    // The exit-code contract is the same for one page and for a folder: an
    // input without an article makes it 1 (the summary line tells how many).
    return counts_.no_article > 0 ? 1 : 0;
}

int Runner::run() {
    if (!open_output()) return 1;
    const auto start = std::chrono::steady_clock::now();
    const InterruptGuard guard;
    start_threads();
    collect();
    join_threads();
    progress_.clear();
    if (stream_failed_) {
        std::fprintf(stderr, "newsclean: %s: %s\n", config_.output.value_or("<stdout>").c_str(), stream_->error().c_str());
    } else if (stream_ && !interrupted_ && !stream_->commit()) {
        std::fprintf(stderr, "newsclean: %s: %s\n", config_.output.value_or("<stdout>").c_str(), stream_->error().c_str());
        stream_failed_ = true;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (counts_.done() == 0 && !config_.records_in && !config_.inputs.files_from && !interrupted_)
        std::fprintf(stderr, "newsclean: no input files found\n");
    if (config_.summary) std::fprintf(stderr, "%s\n", summary_line(counts_, seconds, interrupted_, config_.records_in ? "records" : "files").c_str());
    return exit_code();
}

}  // namespace

int run_batch(const BatchConfig& config) {
    auto runner = std::make_unique<Runner>(config);
    const int code = runner->run();
    if (runner->feeder_detached()) (void)runner.release();  // still referenced by the blocked feeder
    return code;
}

}  // namespace newsclean::cli
