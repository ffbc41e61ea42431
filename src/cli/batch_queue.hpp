// The small synchronisation pieces of the batch runner.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace newsclean::cli {

// A FIFO shared by threads. pop() blocks until an item arrives or the queue is
// closed and drained. Its size is bounded by the caller (see InFlight).
template <typename T>
class Channel {
public:
    void push(T item) {
        {
            const std::lock_guard lock(mutex_);
            items_.push_back(std::move(item));
        }
        ready_.notify_one();
    }
    void close() {
        {
            const std::lock_guard lock(mutex_);
            closed_ = true;
        }
        ready_.notify_all();
    }
    std::optional<T> pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !items_.empty() || closed_; });
        return take(lock);
    }
    // Closed and drained: nothing will ever come out again.
    bool finished() {
        const std::lock_guard lock(mutex_);
        return closed_ && items_.empty();
    }
    // Like pop() but gives up after `timeout` (nullopt), so the caller can tick.
    std::optional<T> pop_for(std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex_);
        ready_.wait_for(lock, timeout, [&] { return !items_.empty() || closed_; });
        return take(lock);
    }

private:
    std::optional<T> take(std::unique_lock<std::mutex>&) {
        if (items_.empty()) return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        return item;
    }

    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<T> items_;
    bool closed_ = false;
};

// Counts inputs taken from the walk but not yet emitted. The producer waits
// while `limit` are in flight, which bounds the task queue, the pages being
// cleaned and the reorder buffer all at once: memory stays flat whatever the
// number of inputs.
class InFlight {
public:
    explicit InFlight(std::size_t limit) : limit_(limit) {}
    void acquire() {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return count_ < limit_; });
        ++count_;
    }
    void release() {
        {
            const std::lock_guard lock(mutex_);
            --count_;
        }
        room_.notify_one();
    }
    std::size_t limit() const { return limit_; }

private:
    const std::size_t limit_;
    std::mutex mutex_;
    std::condition_variable room_;
    std::size_t count_ = 0;
};

}  // namespace newsclean::cli
