// Sample rating tasks for the demo page: a human rater compares two LLM
// answers to the same coding question. Generated content; each response id
// is opaque on purpose so the rater can't infer which answer is "A" or "B".
//
// Note: several responses are deliberately flawed (off-by-one, tie handling,
// word splitting, goroutine leaks, panics, XSS) so raters have something to find.

export const TASKS = [
  {
    id: "demo-python-bsearch",
    title: "Python: first index in a sorted list (binary search)",
    prompt: `I need a function for a hot path in our pricing service. Given a list of integers sorted in ascending order (it may contain duplicates), return the index of the **first** occurrence of \`target\`, or \`-1\` if it isn't present.

Requirements:

- Must run in O(log n) — the lists can have a few million elements.
- Don't use the \`bisect\` module (our reviewers want to see the loop written out).
- Please include a few quick tests.

\`\`\`python
def first_index(items: list[int], target: int) -> int:
    ...
\`\`\``,
    responses: [
      {
        id: "resp-7f3a",
        content: `Here's a clean, idiomatic binary search:

\`\`\`python
def first_index(items: list[int], target: int) -> int:
    lo, hi = 0, len(items) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(items) - 1 and items[lo] == target:
        return lo
    return -1
\`\`\`

How it works:

1. \`lo\` and \`hi\` bracket the candidate range.
2. If the middle element is smaller than \`target\`, the first occurrence must be to the right, so we move \`lo\` past \`mid\`.
3. Otherwise \`mid\` could itself be the first occurrence, so we keep it by setting \`hi = mid\`.
4. When the loop ends, \`lo == hi\` points at the first element \`>= target\`, and we just check whether it equals \`target\`.

Quick tests:

\`\`\`python
assert first_index([1, 2, 2, 2, 3], 2) == 1
assert first_index([1, 3, 5, 7], 4) == -1
assert first_index([], 1) == -1
assert first_index([5, 5, 5], 5) == 0
\`\`\`

This is O(log n) time and O(1) extra space.`,
      },
      {
        id: "resp-c21e",
        content: `Below is a version that searches over the half-open interval \`[lo, hi)\`. Using a half-open range avoids most of the usual off-by-one traps: \`hi\` always starts at \`len(items)\`, so the last element is part of the search space, and an empty list needs no special case.

\`\`\`python
def first_index(items: list[int], target: int) -> int:
    """Return the index of the first occurrence of \`\`target\`\` in \`\`items\`\`.

    \`\`items\`\` must be sorted in ascending order. Returns -1 if \`\`target\`\`
    is not present. Runs in O(log n) time and O(1) extra space.
    """
    lo = 0
    hi = len(items)  # half-open interval [lo, hi)

    # Invariant:
    #   every index < lo holds a value  < target
    #   every index >= hi holds a value >= target
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if items[mid] < target:
            # items[mid] is too small, so the answer is strictly right of mid
            lo = mid + 1
        else:
            # items[mid] >= target, so mid might be the first occurrence;
            # keep it inside the upper part of the range
            hi = mid

    # Loop ends with lo == hi == the first index whose value is >= target
    # (or len(items) if every value is smaller than target).
    if lo < len(items) and items[lo] == target:
        return lo
    return -1
\`\`\`

A few notes:

- \`mid = lo + (hi - lo) // 2\` is equivalent to \`(lo + hi) // 2\` in Python, since ints don't overflow; I kept the overflow-safe form out of habit, and because this code sometimes gets ported to other languages.
- The loop always shrinks the range (\`lo\` increases or \`hi\` decreases), so it can't spin forever, including on 1- and 2-element lists.
- Because we never stop early on equality, we always land on the *first* duplicate, not an arbitrary one.

Tests, including the edge cases that usually break binary searches:

\`\`\`python
def test_first_index():
    # basic hits
    assert first_index([1, 2, 3, 4, 5], 1) == 0
    assert first_index([1, 2, 3, 4, 5], 3) == 2
    assert first_index([1, 2, 3, 4, 5], 5) == 4      # target is the last element

    # duplicates: must return the first one
    assert first_index([1, 2, 2, 2, 3], 2) == 1
    assert first_index([7, 7, 7, 7], 7) == 0
    assert first_index([1, 9, 9], 9) == 1

    # misses: below, between, above the range
    assert first_index([10, 20, 30], 5) == -1
    assert first_index([10, 20, 30], 25) == -1
    assert first_index([10, 20, 30], 35) == -1

    # tiny inputs
    assert first_index([], 1) == -1
    assert first_index([4], 4) == 0
    assert first_index([4], 3) == -1
    assert first_index([3, 4], 4) == 1


def test_against_linear_scan():
    import random

    for _ in range(2_000):
        items = sorted(random.choices(range(20), k=random.randint(0, 30)))
        target = random.randint(-2, 22)
        expected = items.index(target) if target in items else -1
        assert first_index(items, target) == expected, (items, target)


if __name__ == "__main__":
    test_first_index()
    test_against_linear_scan()
    print("all tests passed")
\`\`\`

The randomized test compares against \`list.index\`, which is the simplest possible reference implementation; it's a cheap way to catch boundary bugs that hand-picked cases miss.`,
      },
    ],
    rubric: "code-review-v1",
    guidelines: `Check correctness **before** style:

- Trace both solutions on the edge cases: empty list, one element, target equal to the **last** element, target absent, duplicates.
- A solution that is shorter but wrong on an edge case should lose to a correct, more verbose one.
- Tests that only cover easy cases are not evidence of correctness.`,
    metadata: { source: "demo", language: "python" },
  },
  {
    id: "demo-js-debounce",
    title: "JavaScript: debounce with leading/trailing options",
    prompt: `Write a \`debounce(fn, wait, options)\` utility in plain JavaScript (no lodash) for a search box in our frontend.

- \`options.leading\` (default \`false\`): invoke on the leading edge of the wait interval.
- \`options.trailing\` (default \`true\`): invoke on the trailing edge.
- If both are \`true\`, a single call should invoke \`fn\` only **once** (on the leading edge); the trailing call only happens if the debounced function was called again during the wait.
- \`fn\` must receive the latest arguments and the correct \`this\`.
- The returned function should have \`.cancel()\` and \`.flush()\` methods.`,
    responses: [
      {
        id: "resp-4b90",
        content: `Here's an implementation that handles both edges, preserves \`this\`, and supports \`cancel()\` / \`flush()\`:

\`\`\`js
export function debounce(fn, wait, { leading = false, trailing = true } = {}) {
  let timerId = null;
  let lastArgs = null;
  let lastThis = null;
  let result;

  function invoke() {
    const args = lastArgs;
    const ctx = lastThis;
    lastArgs = lastThis = null;
    result = fn.apply(ctx, args);
    return result;
  }

  function onTimerEnd() {
    timerId = null;
    // Only fire on the trailing edge if there was a call we haven't
    // delivered yet (i.e. a call made after the leading invocation).
    if (trailing && lastArgs) {
      invoke();
    }
    lastArgs = lastThis = null;
  }

  function debounced(...args) {
    const isIdle = timerId === null;
    lastArgs = args;
    lastThis = this;

    if (!isIdle) {
      clearTimeout(timerId);
    }
    timerId = setTimeout(onTimerEnd, wait);

    if (isIdle && leading) {
      return invoke(); // clears lastArgs, so no duplicate trailing call
    }
    return result;
  }

  debounced.cancel = function cancel() {
    if (timerId !== null) clearTimeout(timerId);
    timerId = null;
    lastArgs = lastThis = null;
  };

  debounced.flush = function flush() {
    if (timerId === null) return result;
    clearTimeout(timerId);
    timerId = null;
    if (lastArgs) invoke();
    return result;
  };

  return debounced;
}
\`\`\`

Usage for the search box:

\`\`\`js
const search = debounce(function (query) {
  // \`this\` is the input element because we call it as a method below
  fetchResults(query, this.dataset.endpoint);
}, 300);

input.addEventListener("input", function (e) {
  search.call(this, e.target.value);
});

// e.g. when the user presses Enter, don't wait for the timer:
form.addEventListener("submit", () => search.flush());
\`\`\`

Key points:

- \`lastArgs\` doubles as the "pending call" flag. The leading invocation consumes it, so with \`{ leading: true, trailing: true }\` a single call fires once; a burst of calls fires at the start and once more at the end.
- Each call restarts the timer, so the trailing call happens \`wait\` ms after the **last** call.
- \`cancel()\` drops any pending trailing call; \`flush()\` runs it immediately if there is one.`,
      },
      {
        id: "resp-e18d",
        content: `Sure! Here's a compact debounce using arrow functions:

\`\`\`js
const debounce = (fn, wait, options = {}) => {
  const { leading = false, trailing = true } = options;
  let timer;

  const debounced = (...args) => {
    if (!timer && leading) {
      fn.apply(this, args);
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (trailing) {
        fn.apply(this, args);
      }
      timer = undefined;
    }, wait);
  };

  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  debounced.flush = () => {
    clearTimeout(timer);
    timer = undefined;
    fn();
  };

  return debounced;
};

export default debounce;
\`\`\`

Example:

\`\`\`js
const onSearch = debounce((q) => console.log("searching", q), 300, { leading: true });
onSearch("a");
onSearch("ab");
onSearch("abc"); // logs "searching a" immediately and "searching abc" after 300ms
\`\`\`

Using arrow functions keeps \`this\` bound correctly, and \`clearTimeout\` makes sure only the latest call survives.`,
      },
    ],
    rubric: "code-review-v1",
    guidelines: `The prompt lists five requirements; check each one against each response:

1. \`leading\` / \`trailing\` options with the right defaults
2. a single call with both edges enabled fires **once**
3. latest arguments **and** the caller's \`this\`
4. \`cancel()\`
5. \`flush()\`

Remember that arrow functions do not get their own \`this\`.`,
    metadata: { source: "demo", language: "javascript" },
  },
  {
    id: "demo-cpp-lru-cache",
    title: "C++: thread-safe LRU cache with tests",
    prompt: `I need an LRU cache in C++17 for a service that caches parsed templates by name.

- \`get(key)\` returns the value if present (and marks it most-recently used), \`put(key, value)\` inserts or updates.
- Fixed capacity; when full, evict the least-recently-used entry.
- \`get\`/\`put\` should be O(1) on average.
- It will be shared by several request-handler threads, so I need a thread-safe way to use it.
- We can't pull in GoogleTest for this, so please include some tests with a tiny hand-rolled harness and a \`main\` I can compile with \`g++ -std=c++17 -pthread\`.`,
    responses: [
      {
        id: "resp-9a62",
        content: `Below is a complete, single-file solution. It's split into three layers so each piece is easy to test on its own:

1. **\`cache::LruCache\`**: the single-threaded core (\`std::list\` + \`std::unordered_map\`, O(1) average \`get\`/\`put\`).
2. **\`cache::ThreadSafeLruCache\`**: a wrapper that serializes access with a \`std::mutex\` and adds \`get_or_compute()\`, which is what you usually want for a "parse once, reuse many times" template cache.
3. A tiny test harness (\`TEST_CASE\`, \`CHECK\`, \`CHECK_EQ\`, \`CHECK_THROWS\`), 15 tests (including two multi-threaded ones), and a \`main\` that runs either the tests or a demo.

\`\`\`cpp
// lru_cache.cpp
// Build: g++ -std=c++17 -O2 -Wall -Wextra -pthread lru_cache.cpp -o lru_cache
// Run tests: ./lru_cache --test
// Run demo:  ./lru_cache

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <iostream>
#include <list>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cache {

// Counters exposed for monitoring / tests.
struct CacheStats {
    std::size_t hits = 0;
    std::size_t misses = 0;
    std::size_t insertions = 0;
    std::size_t updates = 0;
    std::size_t evictions = 0;
};

// ---------------------------------------------------------------------------
// LruCache: single-threaded core.
//
// Entries live in a std::list ordered from most-recently used (front) to
// least-recently used (back). The unordered_map stores list iterators, which
// stay valid when nodes are moved with splice(), so every operation is O(1)
// on average.
// ---------------------------------------------------------------------------
template <typename Key, typename Value,
          typename Hash = std::hash<Key>,
          typename KeyEqual = std::equal_to<Key>>
class LruCache {
public:
    using Entry = std::pair<Key, Value>;
    using EvictionCallback = std::function<void(const Key&, const Value&)>;

    explicit LruCache(std::size_t capacity, EvictionCallback on_evict = nullptr)
        : capacity_(capacity), on_evict_(std::move(on_evict)) {
        if (capacity_ == 0) {
            throw std::invalid_argument("LruCache capacity must be > 0");
        }
        index_.reserve(capacity_);
    }

    // Returns a copy of the value and marks the entry most-recently used.
    std::optional<Value> get(const Key& key) {
        auto it = index_.find(key);
        if (it == index_.end()) {
            ++stats_.misses;
            return std::nullopt;
        }
        ++stats_.hits;
        touch(it->second);
        return it->second->second;
    }

    // Looks at a value without changing recency or stats.
    std::optional<Value> peek(const Key& key) const {
        auto it = index_.find(key);
        if (it == index_.end()) return std::nullopt;
        return it->second->second;
    }

    bool contains(const Key& key) const { return index_.count(key) != 0; }

    // Inserts or updates. Returns true if a new entry was inserted,
    // false if an existing entry was updated.
    bool put(const Key& key, Value value) {
        auto it = index_.find(key);
        if (it != index_.end()) {
            it->second->second = std::move(value);
            touch(it->second);
            ++stats_.updates;
            return false;
        }
        if (items_.size() >= capacity_) {
            evict_one();
        }
        items_.emplace_front(key, std::move(value));
        index_.emplace(items_.front().first, items_.begin());
        ++stats_.insertions;
        return true;
    }

    bool erase(const Key& key) {
        auto it = index_.find(key);
        if (it == index_.end()) return false;
        items_.erase(it->second);
        index_.erase(it);
        return true;
    }

    void clear() {
        items_.clear();
        index_.clear();
    }

    // Shrinking the capacity evicts LRU entries immediately.
    void set_capacity(std::size_t capacity) {
        if (capacity == 0) {
            throw std::invalid_argument("LruCache capacity must be > 0");
        }
        capacity_ = capacity;
        while (items_.size() > capacity_) {
            evict_one();
        }
    }

    std::size_t size() const { return items_.size(); }
    std::size_t capacity() const { return capacity_; }
    bool empty() const { return items_.empty(); }
    const CacheStats& stats() const { return stats_; }

    // Keys from most- to least-recently used (handy for tests and debugging).
    std::vector<Key> keys_mru_to_lru() const {
        std::vector<Key> out;
        out.reserve(items_.size());
        for (const auto& entry : items_) out.push_back(entry.first);
        return out;
    }

private:
    using ListIt = typename std::list<Entry>::iterator;

    void touch(ListIt node) {
        // splice() relinks the node without invalidating iterators.
        items_.splice(items_.begin(), items_, node);
    }

    void evict_one() {
        Entry& victim = items_.back();
        if (on_evict_) on_evict_(victim.first, victim.second);
        index_.erase(victim.first);
        items_.pop_back();
        ++stats_.evictions;
    }

    std::size_t capacity_;
    EvictionCallback on_evict_;
    std::list<Entry> items_;
    std::unordered_map<Key, ListIt, Hash, KeyEqual> index_;
    CacheStats stats_;
};

// ---------------------------------------------------------------------------
// ThreadSafeLruCache: wraps LruCache with a mutex.
//
// Note that get() mutates the recency list, so a shared_mutex with shared
// locks for readers would NOT be correct here: every operation needs the
// exclusive lock. Values are returned by copy so that no reference escapes
// the critical section.
// ---------------------------------------------------------------------------
template <typename Key, typename Value,
          typename Hash = std::hash<Key>,
          typename KeyEqual = std::equal_to<Key>>
class ThreadSafeLruCache {
public:
    using Inner = LruCache<Key, Value, Hash, KeyEqual>;

    explicit ThreadSafeLruCache(std::size_t capacity,
                                typename Inner::EvictionCallback on_evict = nullptr)
        : cache_(capacity, std::move(on_evict)) {}

    std::optional<Value> get(const Key& key) {
        std::lock_guard<std::mutex> lock(mu_);
        return cache_.get(key);
    }

    bool put(const Key& key, Value value) {
        std::lock_guard<std::mutex> lock(mu_);
        return cache_.put(key, std::move(value));
    }

    bool erase(const Key& key) {
        std::lock_guard<std::mutex> lock(mu_);
        return cache_.erase(key);
    }

    // Returns the cached value, or computes it with \`make\` and caches it.
    // \`make\` runs WITHOUT the lock held, so a slow computation doesn't block
    // other threads. Two threads missing on the same key may both compute;
    // the first result to be stored wins and both callers return that one.
    template <typename Factory>
    Value get_or_compute(const Key& key, Factory&& make) {
        {
            std::lock_guard<std::mutex> lock(mu_);
            if (auto hit = cache_.get(key)) return *hit;
        }
        Value fresh = make(key);
        std::lock_guard<std::mutex> lock(mu_);
        if (auto existing = cache_.peek(key)) return *existing;
        cache_.put(key, fresh);
        return fresh;
    }

    std::size_t size() const {
        std::lock_guard<std::mutex> lock(mu_);
        return cache_.size();
    }

    CacheStats stats() const {
        std::lock_guard<std::mutex> lock(mu_);
        return cache_.stats();  // copy taken under the lock
    }

private:
    mutable std::mutex mu_;
    Inner cache_;
};

}  // namespace cache

// ---------------------------------------------------------------------------
// Minimal test harness
// ---------------------------------------------------------------------------
namespace testing {

struct TestCase {
    const char* name;
    void (*fn)();
};

inline std::vector<TestCase>& registry() {
    static std::vector<TestCase> tests;
    return tests;
}

struct Registrar {
    Registrar(const char* name, void (*fn)()) { registry().push_back({name, fn}); }
};

struct AssertionFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

inline void fail(const char* file, int line, const std::string& msg) {
    std::ostringstream os;
    os << file << ":" << line << ": " << msg;
    throw AssertionFailure(os.str());
}

inline int run_all() {
    int failed = 0;
    for (const auto& t : registry()) {
        try {
            t.fn();
            std::cout << "[ PASS ] " << t.name << "\\n";
        } catch (const AssertionFailure& e) {
            ++failed;
            std::cout << "[ FAIL ] " << t.name << "\\n         " << e.what() << "\\n";
        } catch (const std::exception& e) {
            ++failed;
            std::cout << "[ FAIL ] " << t.name << " (exception: " << e.what() << ")\\n";
        }
    }
    std::cout << (registry().size() - failed) << "/" << registry().size()
              << " tests passed\\n";
    return failed == 0 ? 0 : 1;
}

}  // namespace testing

#define TEST_CASE(name)                                              \\
    static void name();                                              \\
    static const testing::Registrar name##_registrar(#name, &name);  \\
    static void name()

#define CHECK(cond)                                                  \\
    do {                                                             \\
        if (!(cond)) testing::fail(__FILE__, __LINE__, "CHECK(" #cond ") failed"); \\
    } while (0)

#define CHECK_EQ(a, b)                                               \\
    do {                                                             \\
        const auto va_ = (a); /* copy: (a) may be a temporary */     \\
        const auto vb_ = (b);                                        \\
        if (!(va_ == vb_)) {                                         \\
            std::ostringstream os_;                                  \\
            os_ << "CHECK_EQ(" #a ", " #b ") failed: " << va_ << " vs " << vb_; \\
            testing::fail(__FILE__, __LINE__, os_.str());            \\
        }                                                            \\
    } while (0)

#define CHECK_THROWS(expr)                                           \\
    do {                                                             \\
        bool threw_ = false;                                         \\
        try { (void)(expr); } catch (...) { threw_ = true; }         \\
        if (!threw_) testing::fail(__FILE__, __LINE__, "expected exception: " #expr); \\
    } while (0)

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------
using cache::LruCache;
using cache::ThreadSafeLruCache;

TEST_CASE(get_on_empty_cache_misses) {
    LruCache<int, std::string> c(2);
    CHECK(!c.get(1).has_value());
    CHECK_EQ(c.stats().misses, 1u);
}

TEST_CASE(put_then_get_returns_value) {
    LruCache<std::string, int> c(2);
    CHECK(c.put("a", 1));
    CHECK_EQ(c.get("a").value(), 1);
    CHECK_EQ(c.size(), 1u);
}

TEST_CASE(update_existing_key_does_not_grow) {
    LruCache<std::string, int> c(2);
    c.put("a", 1);
    CHECK(!c.put("a", 42));
    CHECK_EQ(c.size(), 1u);
    CHECK_EQ(c.get("a").value(), 42);
    CHECK_EQ(c.stats().updates, 1u);
}

TEST_CASE(evicts_least_recently_used) {
    LruCache<int, int> c(2);
    c.put(1, 10);
    c.put(2, 20);
    c.get(1);      // 1 is now MRU, 2 is LRU
    c.put(3, 30);  // evicts 2
    CHECK(c.contains(1));
    CHECK(!c.contains(2));
    CHECK(c.contains(3));
    CHECK_EQ(c.stats().evictions, 1u);
}

TEST_CASE(update_refreshes_recency) {
    LruCache<int, int> c(2);
    c.put(1, 10);
    c.put(2, 20);
    c.put(1, 11);  // update makes 1 MRU
    c.put(3, 30);  // evicts 2, not 1
    CHECK(c.contains(1));
    CHECK(!c.contains(2));
}

TEST_CASE(peek_does_not_change_order) {
    LruCache<int, int> c(2);
    c.put(1, 10);
    c.put(2, 20);
    CHECK_EQ(c.peek(1).value(), 10);  // 1 stays LRU
    c.put(3, 30);
    CHECK(!c.contains(1));
    CHECK_EQ(c.stats().hits, 0u);
}

TEST_CASE(keys_are_ordered_mru_first) {
    LruCache<int, int> c(3);
    c.put(1, 1);
    c.put(2, 2);
    c.put(3, 3);
    c.get(1);
    const std::vector<int> expected{1, 3, 2};
    CHECK(c.keys_mru_to_lru() == expected);
}

TEST_CASE(eviction_callback_sees_victim) {
    std::vector<std::pair<int, std::string>> evicted;
    LruCache<int, std::string> c(1, [&](const int& k, const std::string& v) {
        evicted.emplace_back(k, v);
    });
    c.put(1, "one");
    c.put(2, "two");
    CHECK_EQ(evicted.size(), 1u);
    CHECK_EQ(evicted[0].first, 1);
    CHECK_EQ(evicted[0].second, std::string("one"));
}

TEST_CASE(erase_and_clear) {
    LruCache<int, int> c(3);
    c.put(1, 1);
    c.put(2, 2);
    CHECK(c.erase(1));
    CHECK(!c.erase(1));
    CHECK_EQ(c.size(), 1u);
    c.clear();
    CHECK(c.empty());
    c.put(3, 3);  // still usable after clear
    CHECK_EQ(c.get(3).value(), 3);
}

TEST_CASE(shrinking_capacity_evicts_lru_entries) {
    LruCache<int, int> c(4);
    for (int i = 0; i < 4; ++i) c.put(i, i);
    c.set_capacity(2);
    CHECK_EQ(c.size(), 2u);
    CHECK(c.contains(2));
    CHECK(c.contains(3));
    CHECK_EQ(c.stats().evictions, 2u);
}

TEST_CASE(zero_capacity_is_rejected) {
    CHECK_THROWS((LruCache<int, int>(0)));
    LruCache<int, int> c(1);
    CHECK_THROWS(c.set_capacity(0));
}

TEST_CASE(capacity_one_always_keeps_latest) {
    LruCache<int, int> c(1);
    for (int i = 0; i < 100; ++i) {
        c.put(i, i * i);
        CHECK_EQ(c.size(), 1u);
        CHECK_EQ(c.get(i).value(), i * i);
    }
    CHECK_EQ(c.stats().evictions, 99u);
}

TEST_CASE(thread_safe_concurrent_puts_and_gets) {
    constexpr int kThreads = 8;
    constexpr int kOpsPerThread = 20000;
    constexpr std::size_t kCapacity = 64;
    ThreadSafeLruCache<int, int> c(kCapacity);

    std::atomic<int> wrong_values{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kOpsPerThread; ++i) {
                int key = (i * 31 + t) % 256;
                if (i % 3 == 0) {
                    c.put(key, key * 2);
                } else if (auto v = c.get(key)) {
                    if (*v != key * 2) ++wrong_values;
                }
            }
        });
    }
    for (auto& th : threads) th.join();

    CHECK_EQ(wrong_values.load(), 0);
    CHECK(c.size() <= kCapacity);
    auto s = c.stats();
    CHECK_EQ(s.hits + s.misses,
             static_cast<std::size_t>(kThreads * kOpsPerThread) -
                 (s.insertions + s.updates));
}

TEST_CASE(get_or_compute_caches_result) {
    ThreadSafeLruCache<std::string, std::size_t> c(4);
    std::atomic<int> computations{0};
    auto len = [&](const std::string& s) {
        ++computations;
        return s.size();
    };
    CHECK_EQ(c.get_or_compute("hello", len), 5u);
    CHECK_EQ(c.get_or_compute("hello", len), 5u);
    CHECK_EQ(computations.load(), 1);
}

TEST_CASE(get_or_compute_concurrent_callers_agree) {
    ThreadSafeLruCache<int, int> c(16);
    std::atomic<int> counter{0};
    std::vector<int> results(8, -1);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            // Each computation produces a different value; all callers must
            // still observe the single value that ended up in the cache.
            results[t] = c.get_or_compute(7, [&](int) { return ++counter; });
        });
    }
    for (auto& th : threads) th.join();
    for (int r : results) CHECK_EQ(r, results[0]);
    CHECK_EQ(c.get(7).value(), results[0]);
}

// ---------------------------------------------------------------------------
// Demo
// ---------------------------------------------------------------------------
struct Template {
    std::string name;
    std::string body;
};

static Template parse_template(const std::string& name) {
    // Stand-in for an expensive parse.
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return Template{name, "<compiled " + name + ">"};
}

static void run_demo() {
    ThreadSafeLruCache<std::string, Template> templates(
        3, [](const std::string& name, const Template&) {
            std::cout << "  evicted " << name << "\\n";
        });

    const std::vector<std::string> requests{
        "home", "profile", "home", "search", "settings", "home", "profile"};

    for (const auto& name : requests) {
        Template t = templates.get_or_compute(name, parse_template);
        std::cout << "render " << t.name << " -> " << t.body << "\\n";
    }

    auto s = templates.stats();
    std::cout << "hits=" << s.hits << " misses=" << s.misses
              << " evictions=" << s.evictions << " size=" << templates.size()
              << "\\n";
}

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--test") {
        return testing::run_all();
    }
    run_demo();
    return 0;
}
\`\`\`

### Design notes

- **Why \`std::list\` + \`std::unordered_map\`?** The list keeps recency order, and \`splice()\` moves a node to the front in O(1) without invalidating the iterators stored in the map. That's what makes both \`get\` and \`put\` O(1) on average.
- **Why not \`std::shared_mutex\`?** It's tempting to give readers a shared lock, but \`get()\` *modifies* the recency list, so two concurrent \`get()\` calls would race on the list. Every operation takes the exclusive lock.
- **Values are returned by copy.** Returning a reference or pointer into the cache would let callers read an entry after another thread evicted it. For large values, store \`std::shared_ptr<const Template>\` as \`Value\`: copies are then just refcount bumps, and an evicted template stays alive while a request is still rendering it.
- **\`get_or_compute()\` runs the factory outside the lock**, so one slow parse doesn't stall every other request. The trade-off is that two threads missing on the same key at the same moment may both parse it; the second one then throws its result away and returns the cached one, so callers always agree on a single value. If duplicate work is unacceptable, you'd add per-key in-flight tracking (e.g. a map of \`std::shared_future\`).
- **The eviction callback runs while the lock is held**, so keep it cheap and never call back into the cache from it (that would deadlock).
- **Contention:** with a single mutex, every request serializes on the cache. If profiling shows that's a bottleneck, shard it: keep N \`ThreadSafeLruCache\` instances and pick one with \`hash(key) % N\`. Note that LRU order is then per shard, not global.

### Building and running

\`\`\`bash
g++ -std=c++17 -O2 -Wall -Wextra -pthread lru_cache.cpp -o lru_cache
./lru_cache --test     # runs the test suite, exit code 1 on failure
./lru_cache            # runs the demo

# Recommended: run the tests under ThreadSanitizer too
g++ -std=c++17 -g -fsanitize=thread -pthread lru_cache.cpp -o lru_cache_tsan
./lru_cache_tsan --test
\`\`\`

Expected demo output with capacity 3:

\`\`\`
render home -> <compiled home>
render profile -> <compiled profile>
render home -> <compiled home>
render search -> <compiled search>
  evicted profile
render settings -> <compiled settings>
render home -> <compiled home>
  evicted search
render profile -> <compiled profile>
hits=2 misses=5 evictions=2 size=3
\`\`\``,
      },
      {
        id: "resp-03fd",
        content: `A simpler approach: instead of a linked list, give every entry a "last used" tick from a monotonically increasing counter, and keep a \`std::map\` from tick to key. The smallest tick in the map is always the least-recently used entry. The mutex lives inside the class, so it's thread-safe without a separate wrapper.

\`\`\`cpp
#include <cassert>
#include <cstdint>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

template <typename K, typename V>
class LruCache {
public:
    explicit LruCache(std::size_t capacity) : capacity_(capacity) {}

    std::optional<V> get(const K& key) {
        std::lock_guard<std::mutex> lock(mu_);
        auto it = entries_.find(key);
        if (it == entries_.end()) return std::nullopt;
        bump(it->second);
        return it->second.value;
    }

    void put(const K& key, V value) {
        std::lock_guard<std::mutex> lock(mu_);
        auto it = entries_.find(key);
        if (it != entries_.end()) {
            it->second.value = std::move(value);
            bump(it->second);
            return;
        }
        if (entries_.size() >= capacity_) {
            auto oldest = by_tick_.begin();  // smallest tick = least recently used
            entries_.erase(oldest->second);
            by_tick_.erase(oldest);
        }
        std::uint64_t t = ++clock_;
        entries_.emplace(key, Entry{std::move(value), t});
        by_tick_.emplace(t, key);
    }

    std::size_t size() const {
        std::lock_guard<std::mutex> lock(mu_);
        return entries_.size();
    }

private:
    struct Entry {
        V value;
        std::uint64_t tick;
    };

    void bump(Entry& e) {
        auto node = by_tick_.extract(e.tick);  // reuse the node, no realloc
        e.tick = ++clock_;
        node.key() = e.tick;
        by_tick_.insert(std::move(node));
    }

    std::size_t capacity_;
    std::uint64_t clock_ = 0;
    std::unordered_map<K, Entry> entries_;
    std::map<std::uint64_t, K> by_tick_;
    mutable std::mutex mu_;
};

int main() {
    LruCache<std::string, int> c(2);
    c.put("a", 1);
    c.put("b", 2);
    assert(c.get("a") == 1);  // "b" is now LRU
    c.put("c", 3);            // evicts "b"
    assert(!c.get("b"));
    assert(c.get("a") == 1 && c.get("c") == 3);
    c.put("a", 10);           // update in place
    assert(c.get("a") == 10 && c.size() == 2);

    LruCache<int, int> shared(100);
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t)
        workers.emplace_back([&shared, t] {
            for (int i = 0; i < 10000; ++i) {
                shared.put(i % 150, t);
                shared.get((i * 7) % 150);
            }
        });
    for (auto& w : workers) w.join();
    assert(shared.size() <= 100);

    std::cout << "all tests passed\\n";
}
\`\`\`

Notes (compile with \`g++ -std=c++17 -pthread lru.cpp && ./a.out\`):
- \`bump()\` uses C++17 node handles (\`extract\` / \`insert\`), so updating recency doesn't allocate.
- Eviction is just \`by_tick_.begin()\`.
- \`get\`/\`put\` are O(log n) because of the \`std::map\`. For a template cache with a few hundred entries that's effectively the same as O(1), and the code is much easier to get right than juggling list iterators.`,
      },
    ],
    rubric: "code-review-v1",
    guidelines: `Length is not quality. Judge each answer on:

- **Correctness**: eviction order, updates refreshing recency, thread safety (look for data races and dangling references).
- **Requirements**: the prompt asks for O(1) average \`get\`/\`put\` and a hand-rolled test harness.
- **Fit**: is the extra code in the longer answer useful for the stated use case, or padding?

Skimming is fine for the long answer, but spot-check the core \`get\`/\`put\` paths and the locking.`,
    metadata: { source: "demo", language: "cpp" },
  },
  {
    id: "demo-sql-top3-salaries",
    title: "SQL: top 3 distinct salaries per department",
    prompt: `PostgreSQL 15. For each department, I need every employee whose salary is among the **top 3 distinct salaries** in that department. If several people share a salary, all of them should be returned (so a department can return more than 3 rows).

Schema: \`employees(id, name, department_id, salary)\` and \`departments(id, name)\`.

Sample data:

| id | name  | department  | salary |
|----|-------|-------------|-------:|
| 1  | Ana   | Engineering | 185000 |
| 2  | Bo    | Engineering | 185000 |
| 3  | Chen  | Engineering | 160000 |
| 4  | Dara  | Engineering | 142000 |
| 5  | Eli   | Engineering | 120000 |
| 6  | Farah | Sales       |  98000 |
| 7  | Gus   | Sales       |  91000 |

For this data I expect Ana, Bo, Chen and Dara for Engineering (Eli is 4th distinct salary), and both Farah and Gus for Sales. Output columns: department name, employee name, salary, ordered by department then salary descending.`,
    responses: [
      {
        id: "resp-d5c7",
        content: `You can do this without window functions using a correlated subquery: for each employee, count how many colleagues in the same department earn more. If fewer than 3 people earn more, the employee is in the top 3.

\`\`\`sql
SELECT
    d.name   AS department,
    e.name   AS employee,
    e.salary
FROM employees e
JOIN departments d ON d.id = e.department_id
WHERE (
    SELECT COUNT(*)
    FROM employees e2
    WHERE e2.department_id = e.department_id
      AND e2.salary > e.salary
) < 3
ORDER BY d.name, e.salary DESC;
\`\`\`

This handles ties naturally: Ana and Bo both have 0 people earning more than them, so both are included. It's also portable to databases that don't support window functions (e.g. old MySQL versions).

Performance-wise, add an index on \`(department_id, salary)\` so the subquery can be answered from the index.`,
      },
      {
        id: "resp-2e84",
        content: `Use \`DENSE_RANK()\`. Unlike \`ROW_NUMBER()\` (which breaks ties arbitrarily) and \`RANK()\` (which leaves gaps after ties), \`DENSE_RANK()\` gives equal salaries the same rank and then continues with the next integer, which is exactly "top 3 *distinct* salaries".

\`\`\`sql
WITH ranked AS (
    SELECT
        e.id,
        e.name,
        e.department_id,
        e.salary,
        DENSE_RANK() OVER (
            PARTITION BY e.department_id
            ORDER BY e.salary DESC
        ) AS salary_rank
    FROM employees AS e
)
SELECT
    d.name  AS department,
    r.name  AS employee,
    r.salary
FROM ranked AS r
JOIN departments AS d ON d.id = r.department_id
WHERE r.salary_rank <= 3
ORDER BY d.name, r.salary DESC, r.name;
\`\`\`

For your sample data the ranks in Engineering are:

| employee | salary | \`ROW_NUMBER\` | \`RANK\` | \`DENSE_RANK\` |
|----------|-------:|:---:|:---:|:---:|
| Ana      | 185000 | 1 | 1 | 1 |
| Bo       | 185000 | 2 | 1 | 1 |
| Chen     | 160000 | 3 | 3 | 2 |
| Dara     | 142000 | 4 | 4 | 3 |
| Eli      | 120000 | 5 | 5 | 4 |

So filtering on \`DENSE_RANK() <= 3\` returns Ana, Bo, Chen and Dara, while \`RANK() <= 3\` would silently drop Dara and \`ROW_NUMBER() <= 3\` would drop her too (and pick the tie order arbitrarily).

A few practical notes:

- The window function can't be used directly in \`WHERE\` (it's evaluated after \`WHERE\`), which is why the rank is computed in a CTE and filtered outside it.
- Employees with a \`NULL\` salary sort **first** under \`ORDER BY salary DESC\` in PostgreSQL. If that column is nullable, add \`NULLS LAST\` to the window's \`ORDER BY\` or filter with \`WHERE e.salary IS NOT NULL\` inside the CTE.
- An index on \`employees (department_id, salary DESC)\` lets PostgreSQL feed the window from an index scan instead of sorting the whole table.
- \`r.name\` in the final \`ORDER BY\` is just a deterministic tie-breaker so the output is stable between runs.

Reference: [PostgreSQL docs: Window Functions](https://www.postgresql.org/docs/current/functions-window.html) and the [window function tutorial](https://www.postgresql.org/docs/current/tutorial-window.html).`,
      },
    ],
    rubric: "code-review-v1",
    guidelines: `Run each query in your head against the sample table in the prompt, and compare with the expected output the user gave. Pay special attention to how **ties** are handled.`,
    metadata: { source: "demo", language: "sql" },
  },
  {
    id: "demo-bash-archive-logs",
    title: "Bash: archive and delete old logs safely",
    prompt: `I need a bash script for a cron job: \`archive-logs.sh LOG_DIR DAYS\`.

It should find all \`*.log\` files under \`LOG_DIR\` (recursively) that were last modified more than \`DAYS\` days ago, put them into a single compressed archive \`/backup/logs-YYYYmmdd-HHMMSS.tar.gz\`, and delete the originals **only if** the archive was written successfully.

Careful: some of the files come from a Windows share and have spaces in their names, e.g. \`batch run 2024-03-01.log\`. The box is Ubuntu 22.04 with GNU find/tar.`,
    responses: [
      {
        id: "resp-61bf",
        content: `Here's a simple script that does it:

\`\`\`bash
#!/bin/bash
LOG_DIR=$1
DAYS=$2
ARCHIVE=/backup/logs-$(date +%Y%m%d-%H%M%S).tar

for f in $(find $LOG_DIR -name "*.log" -mtime +$DAYS); do
    tar -rf $ARCHIVE $f && rm $f
done

gzip $ARCHIVE
echo "Done: $ARCHIVE.gz"
\`\`\`

How it works:

1. \`find\` lists all \`.log\` files older than \`$DAYS\` days.
2. Each file is appended to the tar archive with \`tar -rf\`, and removed only if \`tar\` succeeded (\`&&\`), so you never lose a log that wasn't archived.
3. At the end the archive is compressed with \`gzip\`.

Make it executable with \`chmod +x archive-logs.sh\` and add it to cron:

\`\`\`bash
0 3 * * * /usr/local/bin/archive-logs.sh /var/log/myapp 30
\`\`\``,
      },
      {
        id: "resp-a7c3",
        content: `Here's a version that is safe for any file name (spaces, quotes, even newlines) because the file list never goes through word splitting: \`find -print0\` writes NUL-separated names to a temp file, and both \`tar\` and \`rm\` read that same list.

\`\`\`bash
#!/usr/bin/env bash
# archive-logs.sh LOG_DIR DAYS
# Archives *.log files older than DAYS days into one .tar.gz, then deletes them.
set -euo pipefail

usage() {
    echo "usage: $(basename "$0") LOG_DIR DAYS" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
log_dir=$1
days=$2
backup_dir=\${BACKUP_DIR:-/backup}

[[ -d $log_dir ]] || { echo "error: '$log_dir' is not a directory" >&2; exit 1; }
[[ $days =~ ^[0-9]+$ ]] || { echo "error: DAYS must be a non-negative integer" >&2; exit 1; }
mkdir -p -- "$backup_dir"

archive="$backup_dir/logs-$(date +%Y%m%d-%H%M%S).tar.gz"

# NUL-separated file list: safe for spaces, quotes and even newlines in names.
list=$(mktemp)
trap 'rm -f -- "$list"' EXIT

find "$log_dir" -type f -name '*.log' -mtime +"$days" -print0 > "$list"

if [[ ! -s $list ]]; then
    echo "nothing to archive"
    exit 0
fi

count=$(tr -cd '\\0' < "$list" | wc -c)

# Write to a temp name first so a half-written archive never looks complete.
tmp_archive="$archive.partial"
if ! tar --create --gzip --file "$tmp_archive" --null --files-from "$list"; then
    echo "error: tar failed, originals left in place" >&2
    rm -f -- "$tmp_archive"
    exit 1
fi

# Verify the archive is readable before deleting anything.
if ! gzip --test -- "$tmp_archive" || ! tar --list --file "$tmp_archive" > /dev/null; then
    echo "error: archive verification failed, originals left in place" >&2
    rm -f -- "$tmp_archive"
    exit 1
fi

mv -- "$tmp_archive" "$archive"

# Delete exactly the files that went into the archive.
xargs --null --no-run-if-empty rm -f -- < "$list"

echo "archived $count file(s) to $archive"
\`\`\`

What makes it safe:

- **No \`for f in $(find ...)\`.** Command substitution splits on whitespace, so \`batch run 2024-03-01.log\` would become three "files". \`-print0\` + \`tar --null --files-from\` + \`xargs --null\` passes names through untouched.
- **Delete only after verification.** The archive is written to \`*.partial\`, checked with \`gzip --test\` and \`tar --list\`, and only then renamed and the originals removed. With \`set -e\`, any unexpected failure stops the script before the \`rm\`.
- **Same list for archive and delete.** A file that becomes old enough *while* the script runs is not deleted without being archived, because we never re-run \`find\`.
- \`-mtime +30\` means "more than 30 full 24-hour periods ago", which matches "older than N days".

Cron entry (daily at 02:30, log output to syslog):

\`\`\`bash
30 2 * * * /usr/local/bin/archive-logs.sh /var/log/myapp 30 2>&1 | logger -t archive-logs
\`\`\`

For testing you can point \`BACKUP_DIR\` somewhere else: \`BACKUP_DIR=/tmp/bk ./archive-logs.sh ./logs 30\`.`,
      },
    ],
    rubric: "code-review-v1",
    guidelines: `The user explicitly mentioned file names with spaces. Check:

- quoting and word splitting (\`$(find ...)\` in a \`for\` loop, unquoted variables)
- whether originals can be deleted when archiving failed
- behaviour when there is nothing to archive`,
    metadata: { source: "demo", language: "bash" },
  },
  {
    id: "demo-go-worker-pool",
    title: "Go: worker pool with context cancellation",
    prompt: `Go 1.22. I need a bounded worker pool for a long-running server:

\`\`\`go
type FetchFunc func(ctx context.Context, url string) (Result, error)

func ProcessAll(ctx context.Context, urls []string, workers int, fetch FetchFunc) ([]Result, error)
\`\`\`

- At most \`workers\` calls to \`fetch\` in flight at once.
- Return results in the same order as \`urls\`.
- On the first error, or if \`ctx\` is cancelled, stop handing out work and return the error.
- It must not leak goroutines: this runs thousands of times a day and our tests use \`goleak\`. Standard library only, please.`,
    responses: [
      {
        id: "resp-8e15",
        content: `Here's a classic worker-pool implementation with channels:

\`\`\`go
package pool

import "context"

type Result struct {
	URL    string
	Status int
	Body   []byte
}

type FetchFunc func(ctx context.Context, url string) (Result, error)

type indexed struct {
	idx int
	res Result
}

func ProcessAll(ctx context.Context, urls []string, workers int, fetch FetchFunc) ([]Result, error) {
	jobs := make(chan int)
	results := make(chan indexed)
	errs := make(chan error)

	// Start the workers.
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				r, err := fetch(ctx, urls[i])
				if err != nil {
					errs <- err
					return
				}
				results <- indexed{i, r}
			}
		}()
	}

	// Feed the jobs.
	go func() {
		for i := range urls {
			jobs <- i
		}
		close(jobs)
	}()

	// Collect exactly len(urls) results.
	out := make([]Result, len(urls))
	for range urls {
		select {
		case r := <-results:
			out[r.idx] = r.res
		case err := <-errs:
			return nil, err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return out, nil
}
\`\`\`

How it works:

- \`workers\` goroutines read indices from \`jobs\`, so at most \`workers\` fetches run at once.
- Results carry their index, so the output keeps the order of \`urls\`.
- The \`select\` in the collector returns immediately on the first error or when the context is cancelled.

Since the workers pass \`ctx\` to \`fetch\`, cancellation propagates to in-flight requests too.`,
      },
      {
        id: "resp-f04b",
        content: `The usual "workers + results channel + errors channel" pattern has a trap: if the collector returns early (first error or cancellation), any worker blocked on \`results <- r\` or \`errs <- err\`, and the producer blocked on \`jobs <- i\`, stay blocked **forever**. That's a goroutine leak per failed call, which is exactly what \`goleak\` will flag.

The version below avoids that with three rules:

1. **Every send that might not be received watches \`ctx.Done()\`.** Only the producer sends, and it uses \`select\`.
2. **No results channel at all.** Each job carries its index, and workers write directly into \`out[idx]\`; distinct indices mean no data race.
3. **\`ProcessAll\` waits for its goroutines before returning.** \`wg.Wait()\` only returns once \`jobs\` is closed (so the producer has exited) and every worker has drained it.

\`\`\`go
package pool

import (
	"context"
	"sync"
)

type Result struct {
	URL    string
	Status int
	Body   []byte
}

type FetchFunc func(ctx context.Context, url string) (Result, error)

// ProcessAll calls fetch for every url using at most \`workers\` goroutines and
// returns the results in input order. On the first error, or when ctx is
// cancelled, it stops handing out work and returns the error. Every goroutine
// it starts has exited by the time it returns.
func ProcessAll(ctx context.Context, urls []string, workers int, fetch FetchFunc) ([]Result, error) {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		idx int
		url string
	}
	jobs := make(chan job)
	out := make([]Result, len(urls))

	var (
		wg       sync.WaitGroup
		errOnce  sync.Once
		firstErr error
	)
	fail := func(err error) {
		errOnce.Do(func() {
			firstErr = err
			cancel() // stops the producer and makes in-flight fetches return early
		})
	}

	// Producer. It must never block forever, so every send also watches ctx.
	go func() {
		defer close(jobs)
		for i, u := range urls {
			select {
			case jobs <- job{i, u}:
			case <-ctx.Done():
				return
			}
		}
	}()

	// Workers. They write straight into \`out\` (each index is owned by exactly
	// one job), so there is no results channel that could block on send.
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					continue // cancelled: skip work; the producer is about to close jobs
				}
				r, err := fetch(ctx, j.url)
				if err != nil {
					fail(err)
					continue
				}
				out[j.idx] = r
			}
		}()
	}

	// Workers only exit after jobs is closed, and jobs is only closed when the
	// producer returns, so after Wait() no goroutine from this call is alive.
	wg.Wait()

	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil { // parent context was cancelled
		return nil, err
	}
	return out, nil
}
\`\`\`

Tests using [\`goleak\`](https://pkg.go.dev/go.uber.org/goleak):

\`\`\`go
package pool

import (
	"context"
	"errors"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func slowFetch(ctx context.Context, u string) (Result, error) {
	select {
	case <-time.After(20 * time.Millisecond):
		return Result{URL: u, Status: 200}, nil
	case <-ctx.Done():
		return Result{}, ctx.Err()
	}
}

func TestProcessAllKeepsOrder(t *testing.T) {
	defer goleak.VerifyNone(t)
	urls := []string{"a", "b", "c", "d", "e"}
	got, err := ProcessAll(context.Background(), urls, 2, slowFetch)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range got {
		if r.URL != urls[i] {
			t.Fatalf("result %d: got %q, want %q", i, r.URL, urls[i])
		}
	}
}

func TestProcessAllNoLeakOnError(t *testing.T) {
	defer goleak.VerifyNone(t)
	boom := errors.New("boom")
	fetch := func(ctx context.Context, u string) (Result, error) {
		if u == "bad" {
			return Result{}, boom
		}
		return slowFetch(ctx, u)
	}
	urls := []string{"a", "bad", "c", "d", "e", "f", "g", "h"}
	if _, err := ProcessAll(context.Background(), urls, 3, fetch); !errors.Is(err, boom) {
		t.Fatalf("got %v, want boom", err)
	}
}

func TestProcessAllNoLeakOnCancel(t *testing.T) {
	defer goleak.VerifyNone(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	urls := make([]string, 100)
	if _, err := ProcessAll(ctx, urls, 4, slowFetch); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want DeadlineExceeded", err)
	}
}
\`\`\`

Notes:

- The first error wins. Fetches that fail *because* we cancelled them return \`context.Canceled\`, but \`sync.Once\` makes sure those don't overwrite the real error.
- \`fetch\` must respect \`ctx\` (e.g. build requests with \`http.NewRequestWithContext\`); otherwise cancellation can't interrupt an in-flight call and \`ProcessAll\` will wait for it to finish. That's deliberate: returning while a worker is still running would be a leak.
- If you can take a dependency later, [\`errgroup.Group\` with \`SetLimit\`](https://pkg.go.dev/golang.org/x/sync/errgroup#Group.SetLimit) implements the same pattern in a few lines.
- Run the tests with \`go test -race ./...\` to also check the \`out[j.idx]\` writes.`,
      },
    ],
    rubric: "code-review-v1",
    guidelines: `For each goroutine a response starts, ask: *what guarantees it exits when \`ProcessAll\` returns early* (first error, or \`ctx\` cancelled)? An unbuffered send that nobody will ever receive blocks forever. The prompt says leaks are unacceptable.`,
    metadata: { source: "demo", language: "go" },
  },
  {
    id: "demo-rust-config-parser",
    title: "Rust: parse a config file with good errors",
    prompt: `Rust (stable, no external crates: we can't add \`serde\`/\`toml\` to this tool). I need to load a small config file like this:

\`\`\`
# proxy.conf
listen_addr = 0.0.0.0:8080
workers     = 8
log_level   = info   # one of: error, warn, info, debug
tls         = true
\`\`\`

into

\`\`\`rust
pub struct Config {
    pub listen_addr: std::net::SocketAddr,
    pub workers: usize,      // must be 1..=256
    pub log_level: LogLevel,
    pub tls: bool,           // optional, default false
}
\`\`\`

Errors should be reported to the user with the line number (bad syntax, invalid value, unknown key, duplicate key), plus an error for missing required keys. It must never panic on bad input.`,
    responses: [
      {
        id: "resp-b3d9",
        content: `Here's a dependency-free parser. The main ideas:

- A \`ConfigError\` enum that carries the **line number** and implements \`Display\` and \`std::error::Error\`, so it works with \`?\` and \`Box<dyn Error>\` in \`main\`.
- Each field is collected into an \`Option<(value, line)>\` while scanning, which makes duplicate detection and "missing key" errors straightforward.
- Parsing is done with \`FromStr\` (\`SocketAddr\`, \`usize\`, \`bool\` from std, plus a small impl for \`LogLevel\`), so you get std's error messages for free.
- No \`unwrap()\` / indexing on untrusted input anywhere outside tests.

\`\`\`rust
use std::fmt;
use std::net::SocketAddr;
use std::path::Path;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
}

impl FromStr for LogLevel {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "error" => Ok(LogLevel::Error),
            "warn" => Ok(LogLevel::Warn),
            "info" => Ok(LogLevel::Info),
            "debug" => Ok(LogLevel::Debug),
            _ => Err("expected one of: error, warn, info, debug".to_string()),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub listen_addr: SocketAddr,
    pub workers: usize,
    pub log_level: LogLevel,
    pub tls: bool,
}

#[derive(Debug)]
pub enum ConfigError {
    Io(std::io::Error),
    Syntax { line: usize, msg: String },
    InvalidValue { line: usize, key: String, msg: String },
    UnknownKey { line: usize, key: String },
    DuplicateKey { line: usize, key: String, first_line: usize },
    MissingKey(&'static str),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Io(e) => write!(f, "cannot read config: {e}"),
            ConfigError::Syntax { line, msg } => write!(f, "line {line}: {msg}"),
            ConfigError::InvalidValue { line, key, msg } => {
                write!(f, "line {line}: invalid value for \`{key}\`: {msg}")
            }
            ConfigError::UnknownKey { line, key } => write!(f, "line {line}: unknown key \`{key}\`"),
            ConfigError::DuplicateKey { line, key, first_line } => write!(
                f,
                "line {line}: duplicate key \`{key}\` (first set on line {first_line})"
            ),
            ConfigError::MissingKey(key) => write!(f, "missing required key \`{key}\`"),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for ConfigError {
    fn from(e: std::io::Error) -> Self {
        ConfigError::Io(e)
    }
}

/// A value together with the line it was set on (for duplicate-key errors).
type Slot<T> = Option<(T, usize)>;

fn set<T>(slot: &mut Slot<T>, value: T, key: &str, line: usize) -> Result<(), ConfigError> {
    if let Some((_, first_line)) = slot {
        return Err(ConfigError::DuplicateKey { line, key: key.to_string(), first_line: *first_line });
    }
    *slot = Some((value, line));
    Ok(())
}

fn invalid(line: usize, key: &str, msg: impl fmt::Display) -> ConfigError {
    ConfigError::InvalidValue { line, key: key.to_string(), msg: msg.to_string() }
}

impl Config {
    pub fn load(path: impl AsRef<Path>) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path)?;
        text.parse()
    }
}

impl FromStr for Config {
    type Err = ConfigError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut listen_addr: Slot<SocketAddr> = None;
        let mut workers: Slot<usize> = None;
        let mut log_level: Slot<LogLevel> = None;
        let mut tls: Slot<bool> = None;

        for (idx, raw) in text.lines().enumerate() {
            let line = idx + 1;
            // Strip trailing comments, then surrounding whitespace.
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let (key, value) = content.split_once('=').ok_or_else(|| ConfigError::Syntax {
                line,
                msg: format!("expected \`key = value\`, found \`{content}\`"),
            })?;
            let (key, value) = (key.trim(), value.trim());
            if key.is_empty() {
                return Err(ConfigError::Syntax { line, msg: "missing key before \`=\`".into() });
            }

            match key {
                "listen_addr" => {
                    let v = value.parse().map_err(|e| invalid(line, key, e))?;
                    set(&mut listen_addr, v, key, line)?;
                }
                "workers" => {
                    let v: usize = value.parse().map_err(|e| invalid(line, key, e))?;
                    if !(1..=256).contains(&v) {
                        return Err(invalid(line, key, format!("{v} is not in 1..=256")));
                    }
                    set(&mut workers, v, key, line)?;
                }
                "log_level" => {
                    let v = value.parse().map_err(|e| invalid(line, key, e))?;
                    set(&mut log_level, v, key, line)?;
                }
                "tls" => {
                    let v = value.parse().map_err(|_| invalid(line, key, "expected \`true\` or \`false\`"))?;
                    set(&mut tls, v, key, line)?;
                }
                _ => return Err(ConfigError::UnknownKey { line, key: key.to_string() }),
            }
        }

        Ok(Config {
            listen_addr: listen_addr.ok_or(ConfigError::MissingKey("listen_addr"))?.0,
            workers: workers.ok_or(ConfigError::MissingKey("workers"))?.0,
            log_level: log_level.ok_or(ConfigError::MissingKey("log_level"))?.0,
            tls: tls.map_or(false, |(v, _)| v),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "\\
# proxy.conf
listen_addr = 0.0.0.0:8080
workers     = 8
log_level   = info   # one of: error, warn, info, debug
tls         = true
";

    #[test]
    fn parses_valid_file() {
        let cfg: Config = GOOD.parse().unwrap();
        assert_eq!(cfg.listen_addr, "0.0.0.0:8080".parse().unwrap());
        assert_eq!(cfg.workers, 8);
        assert_eq!(cfg.log_level, LogLevel::Info);
        assert!(cfg.tls);
    }

    #[test]
    fn tls_defaults_to_false() {
        let cfg: Config = "listen_addr=127.0.0.1:1\\nworkers=1\\nlog_level=warn".parse().unwrap();
        assert!(!cfg.tls);
    }

    #[test]
    fn reports_line_numbers() {
        let err = "listen_addr = 0.0.0.0:80\\n\\nworkers = 0\\n".parse::<Config>().unwrap_err();
        assert_eq!(err.to_string(), "line 3: invalid value for \`workers\`: 0 is not in 1..=256");

        let err = "listen_addr 0.0.0.0:80".parse::<Config>().unwrap_err();
        assert!(matches!(err, ConfigError::Syntax { line: 1, .. }));
    }

    #[test]
    fn rejects_unknown_and_duplicate_keys() {
        let err = "wokers = 4".parse::<Config>().unwrap_err();
        assert!(matches!(err, ConfigError::UnknownKey { line: 1, .. }));

        let err = "workers = 4\\nworkers = 5".parse::<Config>().unwrap_err();
        assert_eq!(err.to_string(), "line 2: duplicate key \`workers\` (first set on line 1)");
    }

    #[test]
    fn reports_missing_keys() {
        let err = "workers = 4\\nlog_level = debug".parse::<Config>().unwrap_err();
        assert!(matches!(err, ConfigError::MissingKey("listen_addr")));
    }

    #[test]
    fn never_panics_on_garbage() {
        for input in ["=", "= =", "workers = -1", "workers = 99999999999999999999999", "tls = yes", "\\u{feff}x"] {
            assert!(input.parse::<Config>().is_err(), "{input:?} should be rejected");
        }
    }
}
\`\`\`

Using it from \`main\`:

\`\`\`rust
fn main() {
    let cfg = match Config::load("proxy.conf") {
        Ok(cfg) => cfg,
        Err(e) => {
            eprintln!("proxy.conf: {e}");
            std::process::exit(2);
        }
    };
    println!("listening on {} with {} workers", cfg.listen_addr, cfg.workers);
}
\`\`\`

Example messages a user would see:

\`\`\`
proxy.conf: line 3: invalid value for \`workers\`: 0 is not in 1..=256
proxy.conf: line 7: unknown key \`wokers\`
proxy.conf: line 9: duplicate key \`tls\` (first set on line 5)
proxy.conf: line 2: invalid value for \`listen_addr\`: invalid socket address syntax
proxy.conf: missing required key \`log_level\`
\`\`\`

Limitations worth knowing: \`#\` always starts a comment, so values can't contain \`#\`; and keys are case-sensitive. Both are easy to change in the loop if you need to.`,
      },
      {
        id: "resp-5c72",
        content: `You can parse this easily with a \`HashMap\`:

\`\`\`rust
use std::collections::HashMap;
use std::fs;
use std::net::SocketAddr;

#[derive(Debug, PartialEq)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
}

#[derive(Debug)]
pub struct Config {
    pub listen_addr: SocketAddr,
    pub workers: usize,
    pub log_level: LogLevel,
    pub tls: bool,
}

pub fn load_config(path: &str) -> Result<Config, String> {
    let text = fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut map = HashMap::new();

    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split('=').collect();
        map.insert(parts[0].trim().to_string(), parts[1].trim().to_string());
    }

    let log_level = match map["log_level"].as_str() {
        "error" => LogLevel::Error,
        "warn" => LogLevel::Warn,
        "info" => LogLevel::Info,
        "debug" => LogLevel::Debug,
        other => return Err(format!("bad log level: {}", other)),
    };

    Ok(Config {
        listen_addr: map["listen_addr"].parse().unwrap(),
        workers: map["workers"].parse().expect("workers must be a number"),
        log_level,
        tls: map.get("tls").map(|v| v == "true").unwrap_or(false),
    })
}

fn main() {
    match load_config("proxy.conf") {
        Ok(cfg) => println!("{:?}", cfg),
        Err(e) => eprintln!("config error: {}", e),
    }
}
\`\`\`

This reads the file, skips comments and blank lines, splits each line on \`=\`, and then builds the \`Config\` from the map. \`tls\` is optional and defaults to \`false\`. Errors reading the file or an invalid log level are returned as a \`String\` error.`,
      },
    ],
    rubric: "code-review-v1",
    guidelines: `Requirements to verify: line numbers in errors; unknown / duplicate / missing keys reported; \`workers\` range check; **no panics on bad input** (look for \`unwrap()\`, \`expect()\`, and indexing such as \`map["key"]\` or \`parts[1]\`). Also try the sample file from the prompt, including its trailing comment.`,
    metadata: { source: "demo", language: "rust" },
  },
  {
    id: "demo-java-xss-review",
    title: "Java: popup on product page (Thymeleaf XSS)",
    prompt: `Spring Boot 3 + Thymeleaf. QA says that opening some product pages shows a JavaScript popup. We render user reviews like this:

\`\`\`java
@GetMapping("/products/{id}")
public String product(@PathVariable long id, Model model) {
    model.addAttribute("product", productService.get(id));
    model.addAttribute("reviews", reviewRepository.findByProductId(id));
    return "product";
}
\`\`\`

\`\`\`html
<div class="review" th:each="r : \${reviews}">
  <strong th:text="\${r.author}">author</strong>
  <p th:utext="\${r.body}">body</p>
</div>
\`\`\`

We used \`th:utext\` because some reviews contain bold/italic formatting from our old editor. What's going on and how do we fix it without breaking the formatting?`,
    responses: [
      {
        id: "resp-0e4a",
        content: `This is a stored XSS bug. \`th:utext\` means "unescaped text": Thymeleaf inserts \`r.body\` into the page as raw HTML. So if someone submits a review whose body is <script>alert(1)</script>, every visitor's browser runs that script. Stripping \`<script>\` tags is not enough, because a review like <img src=x onerror=alert(1)> or <a href="javascript:alert(1)">click</a> runs code through an event handler or a URL, with no script tag at all.

The popup QA saw is the harmless version. A real attacker would use the same hole to steal session cookies, or to make requests as the logged-in user.

**Fix 1 (if you don't need formatting):** switch to \`th:text\`, which HTML-escapes everything:

\`\`\`html
<p th:text="\${r.body}">body</p>
\`\`\`

**Fix 2 (keep bold/italic):** sanitize with an allow-list so only known-safe tags survive. Use the [OWASP Java HTML Sanitizer](https://github.com/OWASP/java-html-sanitizer) rather than writing regexes:

\`\`\`java
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

public final class ReviewHtml {
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("b", "strong", "i", "em", "p", "br", "ul", "ol", "li")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https")
            .requireRelNofollowOnLinks()
            .toFactory();

    private ReviewHtml() {}

    public static String sanitize(String untrusted) {
        return untrusted == null ? "" : POLICY.sanitize(untrusted);
    }
}
\`\`\`

Sanitize **when the review is saved** (so the database only ever holds clean HTML), and also once over the existing rows with a one-off migration, because the current table may already contain payloads. After that, \`th:utext\` on the sanitized field is fine.

Defense in depth:

- Add a \`Content-Security-Policy\` header without \`'unsafe-inline'\` for scripts (Spring Security: \`http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("script-src 'self'")))\`). That blocks inline handlers such as \`onerror\` even if something slips through.
- Keep the session cookie \`HttpOnly\` so injected scripts can't read it.
- Add a regression test that saves a review containing \`<img src=x onerror=alert(1)>\` and asserts the rendered page contains no \`onerror\` attribute.

See the [OWASP XSS Prevention Cheat Sheet](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html) for the general rules.`,
      },
      {
        id: "resp-c6f1",
        content: `The popup happens because a user posted a review containing a script tag, e.g. <script>alert('hacked')</script>, and \`th:utext\` renders it as HTML.

You can keep \`th:utext\` and just remove script tags before saving the review:

\`\`\`java
public class ReviewSanitizer {
    private static final Pattern SCRIPT =
            Pattern.compile("<script.*?>.*?</script>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public static String sanitize(String body) {
        return SCRIPT.matcher(body).replaceAll("");
    }
}
\`\`\`

And call it in your service:

\`\`\`java
review.setBody(ReviewSanitizer.sanitize(form.getBody()));
reviewRepository.save(review);
\`\`\`

Formatting tags like <b>great</b> and <i>fast shipping</i> will keep working, because only \`<script>\` blocks are removed.`,
      },
    ],
    rubric: "code-review-v1",
    guidelines: `Both responses quote HTML payloads in their prose. They should appear **as literal text**, never as rendered HTML. If you see a popup or a broken image while rating, report it as a widget bug.

Judge whether the proposed fix actually prevents script execution, not just \`<script>\` tags.`,
    metadata: { source: "demo", language: "java" },
  },
];

// A calibration copy of the first task, with gold answers: after the submit
// the rater sees how their answers compare, and may dispute them.
TASKS.push({
  ...TASKS[0],
  id: "demo-python-bsearch-gold",
  title: "Calibration (with gold answers): Python binary search",
  gold: {
    answers: {
      correctness: { "resp-7f3a": 2, "resp-c21e": 5 },
      instruction_following: { "resp-7f3a": 3, "resp-c21e": 5 },
      preference: { preferred: "resp-c21e", strength: 3 },
    },
    explanations: {
      correctness:
        "`resp-7f3a` returns -1 when the target is the **last** element (`lo < len(items) - 1` excludes it), " +
        "e.g. `first_index([3, 4], 4)`. `resp-c21e` handles every edge case in its tests.",
      instruction_following: "`resp-7f3a` gives no tests, which the prompt asked for.",
      preference: "A correct answer beats a shorter one that fails an edge case.",
    },
  },
});
