// Realistic code for the benchmark document's fenced blocks: one or two
// programs per language, 30–80 lines each. `@@name@@`, `@@Name@@`,
// `@@NAME@@` and `@@N@@` are filled in by doc.mjs (a noun in three cases and
// a number), so repeated snippets still differ.

export const SNIPPETS = [
  {
    lang: "python",
    code: `import dataclasses
import heapq
import logging
from collections import defaultdict
from typing import Iterable, Iterator

log = logging.getLogger(__name__)

MAX_@@NAME@@S = @@N@@


@dataclasses.dataclass(order=True)
class @@Name@@:
    priority: int
    key: str = dataclasses.field(compare=False)
    payload: dict = dataclasses.field(default_factory=dict, compare=False)


class @@Name@@Queue:
    """A bounded priority queue that drops the lowest priority first."""

    def __init__(self, limit: int = MAX_@@NAME@@S) -> None:
        self._heap: list[@@Name@@] = []
        self._by_key: dict[str, @@Name@@] = {}
        self._limit = limit

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, item: @@Name@@) -> bool:
        if item.key in self._by_key:
            log.debug("replacing %s", item.key)
            self.remove(item.key)
        if len(self._heap) >= self._limit:
            if self._heap[0].priority >= item.priority:
                return False
            dropped = heapq.heappop(self._heap)
            del self._by_key[dropped.key]
        heapq.heappush(self._heap, item)
        self._by_key[item.key] = item
        return True

    def remove(self, key: str) -> None:
        item = self._by_key.pop(key)
        self._heap.remove(item)
        heapq.heapify(self._heap)

    def drain(self) -> Iterator[@@Name@@]:
        while self._heap:
            item = heapq.heappop(self._heap)
            self._by_key.pop(item.key, None)
            yield item


def group_by_priority(items: Iterable[@@Name@@]) -> dict[int, list[str]]:
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for item in items:
        groups[item.priority].append(item.key)
    return {p: sorted(keys) for p, keys in sorted(groups.items())}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    queue = @@Name@@Queue(limit=3)
    for i, p in enumerate([5, 1, 9, 3, 7]):
        queue.push(@@Name@@(p, f"@@name@@-{i}"))
    print(group_by_priority(queue.drain()))
`,
  },
  {
    lang: "python",
    code: `import argparse
import csv
import statistics
import sys
from pathlib import Path


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def summarize(rows: list[dict[str, str]], column: str) -> dict[str, float]:
    values = []
    for line, row in enumerate(rows, start=2):
        raw = row.get(column, "").strip()
        if not raw:
            continue
        try:
            values.append(float(raw))
        except ValueError:
            print(f"line {line}: not a number: {raw!r}", file=sys.stderr)
    if not values:
        raise SystemExit(f"no values in column {column!r}")
    return {
        "count": len(values),
        "mean": statistics.fmean(values),
        "median": statistics.median(values),
        "stdev": statistics.pstdev(values),
        "p95": sorted(values)[int(0.95 * (len(values) - 1))],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Summarize one CSV column")
    parser.add_argument("csv", type=Path)
    parser.add_argument("--column", default="@@name@@_ms")
    parser.add_argument("--limit", type=int, default=@@N@@)
    args = parser.parse_args(argv)
    rows = read_rows(args.csv)[: args.limit]
    for key, value in summarize(rows, args.column).items():
        print(f"{key:>8}: {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
`,
  },
  {
    lang: "javascript",
    code: `// Fetches @@name@@ records page by page, retrying transient failures.
const BASE_URL = "https://api.example.com/v1/@@name@@s";
const PAGE_SIZE = @@N@@;

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function fetchWithRetry(url, { retries = 3, backoff = 250 } = {}) {
  let lastError;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const response = await fetch(url, { headers: { accept: "application/json" } });
      if (response.status === 429 || response.status >= 500) {
        throw new Error(\`HTTP \${response.status}\`);
      }
      if (!response.ok) {
        return { ok: false, status: response.status };
      }
      return { ok: true, data: await response.json() };
    } catch (error) {
      lastError = error;
      await sleep(backoff * 2 ** attempt + Math.floor(backoff * 0.1));
    }
  }
  throw new Error(\`giving up on \${url}: \${lastError?.message}\`);
}

export async function* all@@Name@@s(filter = {}) {
  let cursor = null;
  do {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), ...filter });
    if (cursor) params.set("cursor", cursor);
    const result = await fetchWithRetry(\`\${BASE_URL}?\${params}\`);
    if (!result.ok) break;
    yield* result.data.items;
    cursor = result.data.next_cursor;
  } while (cursor);
}

export async function count@@Name@@sByStatus(filter) {
  const counts = new Map();
  for await (const item of all@@Name@@s(filter)) {
    counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
`,
  },
  {
    lang: "typescript",
    code: `export type @@Name@@Id = string & { readonly __brand: "@@Name@@Id" };

export interface @@Name@@ {
  id: @@Name@@Id;
  title: string;
  tags: readonly string[];
  createdAt: Date;
  archived?: boolean;
}

type Listener<T> = (value: T, previous: T | undefined) => void;

export class Store<T extends { id: string }> {
  private readonly items = new Map<string, T>();
  private readonly listeners = new Set<Listener<T>>();

  constructor(private readonly limit = @@N@@) {}

  get size(): number {
    return this.items.size;
  }

  upsert(item: T): void {
    const previous = this.items.get(item.id);
    if (!previous && this.items.size >= this.limit) {
      const oldest = this.items.keys().next().value;
      if (oldest !== undefined) this.items.delete(oldest);
    }
    this.items.set(item.id, item);
    for (const listener of this.listeners) listener(item, previous);
  }

  find(predicate: (item: T) => boolean): T[] {
    return [...this.items.values()].filter(predicate);
  }

  subscribe(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function by@@Name@@Tag(store: Store<@@Name@@>, tag: string): @@Name@@[] {
  return store
    .find((item) => !item.archived && item.tags.includes(tag))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

const store = new Store<@@Name@@>();
const unsubscribe = store.subscribe((item, previous) => {
  console.log(previous ? "updated" : "added", item.id);
});
store.upsert({ id: "n1" as @@Name@@Id, title: "First", tags: ["a"], createdAt: new Date() });
unsubscribe();
`,
  },
  {
    lang: "cpp",
    code: `#include <algorithm>
#include <cstddef>
#include <iostream>
#include <list>
#include <optional>
#include <string>
#include <unordered_map>

// A least-recently-used cache of @@name@@ entries.
template <typename Key, typename Value>
class LruCache {
public:
    explicit LruCache(std::size_t capacity) : capacity_(capacity) {}

    std::optional<Value> get(const Key& key) {
        auto it = index_.find(key);
        if (it == index_.end()) {
            return std::nullopt;
        }
        order_.splice(order_.begin(), order_, it->second);
        return it->second->second;
    }

    void put(const Key& key, Value value) {
        if (auto it = index_.find(key); it != index_.end()) {
            it->second->second = std::move(value);
            order_.splice(order_.begin(), order_, it->second);
            return;
        }
        if (order_.size() == capacity_) {
            index_.erase(order_.back().first);
            order_.pop_back();
        }
        order_.emplace_front(key, std::move(value));
        index_[key] = order_.begin();
    }

    std::size_t size() const { return order_.size(); }

private:
    using Entry = std::pair<Key, Value>;
    std::size_t capacity_;
    std::list<Entry> order_;
    std::unordered_map<Key, typename std::list<Entry>::iterator> index_;
};

struct @@Name@@ {
    std::string name;
    int weight = 0;
};

int main() {
    LruCache<std::string, @@Name@@> cache(@@N@@);
    for (int i = 0; i < 10; ++i) {
        const std::string key = "@@name@@-" + std::to_string(i % 4);
        if (auto hit = cache.get(key)) {
            std::cout << "hit " << hit->name << " weight " << hit->weight << '\\n';
        } else {
            cache.put(key, @@Name@@{key, i * 3});
            std::cout << "miss " << key << '\\n';
        }
    }
    std::cout << "size " << cache.size() << std::endl;
    return 0;
}
`,
  },
  {
    lang: "sql",
    code: `-- Monthly @@name@@ revenue per region, with the running total and the
-- change against the previous month.
WITH monthly AS (
    SELECT
        r.name AS region,
        date_trunc('month', o.created_at) AS month,
        SUM(oi.quantity * oi.unit_price) AS revenue,
        COUNT(DISTINCT o.customer_id) AS customers
    FROM orders AS o
    JOIN order_items AS oi ON oi.order_id = o.id
    JOIN customers AS c ON c.id = o.customer_id
    JOIN regions AS r ON r.id = c.region_id
    WHERE o.status = 'paid'
      AND o.created_at >= now() - INTERVAL '@@N@@ months'
    GROUP BY r.name, date_trunc('month', o.created_at)
),
ranked AS (
    SELECT
        region,
        month,
        revenue,
        customers,
        SUM(revenue) OVER (PARTITION BY region ORDER BY month) AS running_total,
        LAG(revenue) OVER (PARTITION BY region ORDER BY month) AS previous,
        RANK() OVER (PARTITION BY month ORDER BY revenue DESC) AS rank_in_month
    FROM monthly
)
SELECT
    region,
    to_char(month, 'YYYY-MM') AS month,
    round(revenue, 2) AS revenue,
    customers,
    round(running_total, 2) AS running_total,
    CASE
        WHEN previous IS NULL OR previous = 0 THEN NULL
        ELSE round(100.0 * (revenue - previous) / previous, 1)
    END AS change_pct,
    rank_in_month
FROM ranked
WHERE rank_in_month <= 5
ORDER BY month DESC, rank_in_month;

CREATE INDEX IF NOT EXISTS orders_status_created_idx
    ON orders (status, created_at)
    INCLUDE (customer_id);
`,
  },
  {
    lang: "bash",
    code: `#!/usr/bin/env bash
# Backs up the @@name@@ database, keeps the newest @@N@@ dumps and
# uploads the new one.
set -euo pipefail

readonly BACKUP_DIR="\${BACKUP_DIR:-/var/backups/@@name@@}"
readonly KEEP="\${KEEP:-@@N@@}"
readonly STAMP="$(date -u +%Y%m%dT%H%M%SZ)"

log() { printf '%s %s\\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
  local status=$?
  [[ -n "\${tmp:-}" && -f "$tmp" ]] && rm -f "$tmp"
  (( status == 0 )) || log "backup failed with status $status"
  exit "$status"
}
trap cleanup EXIT

mkdir -p "$BACKUP_DIR"
tmp="$(mktemp "$BACKUP_DIR/.partial.XXXXXX")"

log "dumping database"
pg_dump --format=custom --no-owner "\${DATABASE_URL:?DATABASE_URL is not set}" > "$tmp"

target="$BACKUP_DIR/@@name@@-$STAMP.dump"
mv "$tmp" "$target"
log "wrote $target ($(du -h "$target" | cut -f1))"

mapfile -t old < <(ls -1t "$BACKUP_DIR"/@@name@@-*.dump | tail -n +"$((KEEP + 1))")
for file in "\${old[@]}"; do
  log "removing $file"
  rm -f -- "$file"
done

if command -v aws >/dev/null 2>&1 && [[ -n "\${BUCKET:-}" ]]; then
  aws s3 cp --only-show-errors "$target" "s3://$BUCKET/$(basename "$target")"
  log "uploaded to s3://$BUCKET"
else
  log "no upload: aws CLI or BUCKET missing"
fi
`,
  },
  {
    lang: "go",
    code: `package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type @@Name@@ struct {
	ID    int
	Label string
}

type result struct {
	item @@Name@@
	err  error
	took time.Duration
}

func process(ctx context.Context, item @@Name@@) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Duration(item.ID%5) * time.Millisecond):
	}
	if item.ID%7 == 0 {
		return fmt.Errorf("@@name@@ %d: %w", item.ID, errors.ErrUnsupported)
	}
	return nil
}

// runAll processes items with at most workers goroutines at once.
func runAll(ctx context.Context, items []@@Name@@, workers int) []result {
	jobs := make(chan @@Name@@)
	results := make(chan result, len(items))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for item := range jobs {
				start := time.Now()
				err := process(ctx, item)
				results <- result{item: item, err: err, took: time.Since(start)}
			}
		}()
	}
	for _, item := range items {
		jobs <- item
	}
	close(jobs)
	wg.Wait()
	close(results)
	out := make([]result, 0, len(items))
	for r := range results {
		out = append(out, r)
	}
	return out
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	items := make([]@@Name@@, @@N@@)
	for i := range items {
		items[i] = @@Name@@{ID: i + 1, Label: fmt.Sprintf("@@name@@-%d", i+1)}
	}
	failed := 0
	for _, r := range runAll(ctx, items, 4) {
		if r.err != nil {
			failed++
			fmt.Println("error:", r.err)
		}
	}
	fmt.Printf("%d of %d failed\\n", failed, len(items))
}
`,
  },
  {
    lang: "rust",
    code: `use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

/// One line of a @@name@@ log: \`LEVEL target: message\`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub level: Level,
    pub target: String,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError(String);

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot parse entry: {}", self.0)
    }
}

impl std::error::Error for ParseError {}

impl FromStr for Entry {
    type Err = ParseError;

    fn from_str(line: &str) -> Result<Self, Self::Err> {
        let (level, rest) = line.split_once(' ').ok_or_else(|| ParseError(line.into()))?;
        let level = match level {
            "DEBUG" => Level::Debug,
            "INFO" => Level::Info,
            "WARN" => Level::Warn,
            "ERROR" => Level::Error,
            other => return Err(ParseError(format!("unknown level {other}"))),
        };
        let (target, message) = rest.split_once(": ").ok_or_else(|| ParseError(rest.into()))?;
        Ok(Entry { level, target: target.to_owned(), message: message.trim().to_owned() })
    }
}

/// Counts entries per level at or above \`min\`, skipping lines that do not parse.
pub fn count_levels<'a>(lines: impl IntoIterator<Item = &'a str>, min: Level) -> HashMap<Level, usize> {
    let mut counts = HashMap::new();
    for entry in lines.into_iter().filter_map(|l| l.parse::<Entry>().ok()) {
        if entry.level >= min {
            *counts.entry(entry.level).or_insert(0) += 1;
        }
    }
    counts
}

fn main() {
    let log = "INFO @@name@@: started\\nWARN @@name@@: slow response\\nnot a line\\nERROR db: timeout";
    let counts = count_levels(log.lines().take(@@N@@), Level::Info);
    let mut levels: Vec<_> = counts.into_iter().collect();
    levels.sort();
    for (level, n) in levels {
        println!("{level:?}: {n}");
    }
}
`,
  },
  {
    lang: "java",
    code: `package com.example.@@name@@;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A sliding-window rate limiter: at most {@code limit} @@name@@ requests
 * per window, per instance. Thread-safe.
 */
public final class RateLimiter {
    private final int limit;
    private final Duration window;
    private final Deque<Instant> stamps = new ArrayDeque<>();

    public RateLimiter(int limit, Duration window) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.window = Objects.requireNonNull(window, "window");
    }

    public synchronized boolean tryAcquire(Instant now) {
        Instant oldestAllowed = now.minus(window);
        while (!stamps.isEmpty() && stamps.peekFirst().isBefore(oldestAllowed)) {
            stamps.pollFirst();
        }
        if (stamps.size() >= limit) {
            return false;
        }
        stamps.addLast(now);
        return true;
    }

    public synchronized Duration retryAfter(Instant now) {
        if (stamps.size() < limit) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, stamps.peekFirst().plus(window));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    public static void main(String[] args) {
        RateLimiter limiter = new RateLimiter(@@N@@, Duration.ofSeconds(1));
        Instant start = Instant.now();
        int accepted = 0;
        for (int i = 0; i < 50; i++) {
            Instant now = start.plusMillis(i * 15L);
            if (limiter.tryAcquire(now)) {
                accepted++;
            } else {
                System.out.printf("rejected %d, retry after %s%n", i, limiter.retryAfter(now));
            }
        }
        System.out.println("accepted " + accepted);
    }
}
`,
  },
  {
    lang: "json",
    code: `{
  "name": "@@name@@-service",
  "version": "2.@@N@@.0",
  "environment": "staging",
  "server": {
    "host": "0.0.0.0",
    "port": 8080,
    "timeouts": { "read_ms": 5000, "write_ms": 10000, "idle_ms": 60000 },
    "tls": { "enabled": true, "cert": "/etc/@@name@@/tls.crt", "key": "/etc/@@name@@/tls.key" }
  },
  "database": {
    "url": "postgres://@@name@@@db.internal:5432/@@name@@",
    "pool": { "min": 2, "max": @@N@@, "acquire_timeout_ms": 3000 },
    "migrations": ["0001_init.sql", "0002_@@name@@s.sql", "0003_indexes.sql"]
  },
  "cache": {
    "backend": "redis",
    "url": "redis://cache.internal:6379/0",
    "ttl_seconds": 300,
    "prefixes": { "session": "s:", "@@name@@": "n:" }
  },
  "features": {
    "beta_dashboard": false,
    "bulk_import": true,
    "rate_limit": { "enabled": true, "per_minute": 600, "burst": 50 }
  },
  "logging": {
    "level": "info",
    "format": "json",
    "fields": ["request_id", "user_id", "route", "status", "duration_ms"],
    "redact": ["authorization", "cookie", "password"]
  },
  "workers": [
    { "queue": "emails", "concurrency": 4, "retry": { "max": 5, "backoff": "exponential" } },
    { "queue": "@@name@@-exports", "concurrency": 2, "retry": { "max": 3, "backoff": "linear" } },
    { "queue": "webhooks", "concurrency": 8, "retry": { "max": 10, "backoff": "exponential" } }
  ],
  "owners": [
    { "team": "platform", "contact": "platform@example.com" },
    { "team": "@@name@@s", "contact": "@@name@@s@example.com" }
  ]
}
`,
  },
  {
    lang: "c",
    code: `#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growable buffer of @@name@@ lines read from a stream. */
typedef struct {
    char **lines;
    size_t len;
    size_t cap;
} line_buf;

static int push_line(line_buf *buf, const char *text, size_t n) {
    if (buf->len == buf->cap) {
        size_t cap = buf->cap ? buf->cap * 2 : @@N@@;
        char **grown = realloc(buf->lines, cap * sizeof *grown);
        if (!grown) return -1;
        buf->lines = grown;
        buf->cap = cap;
    }
    char *copy = malloc(n + 1);
    if (!copy) return -1;
    memcpy(copy, text, n);
    copy[n] = '\\0';
    buf->lines[buf->len++] = copy;
    return 0;
}

static void free_lines(line_buf *buf) {
    for (size_t i = 0; i < buf->len; i++) free(buf->lines[i]);
    free(buf->lines);
    buf->lines = NULL;
    buf->len = buf->cap = 0;
}

static int compare(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
    line_buf buf = {0};
    char *line = NULL;
    size_t size = 0;
    ssize_t n;
    while ((n = getline(&line, &size, stdin)) != -1) {
        if (n > 0 && line[n - 1] == '\\n') n--;
        if (push_line(&buf, line, (size_t)n) != 0) {
            fprintf(stderr, "out of memory: %s\\n", strerror(errno));
            free(line);
            free_lines(&buf);
            return EXIT_FAILURE;
        }
    }
    free(line);
    qsort(buf.lines, buf.len, sizeof *buf.lines, compare);
    for (size_t i = 0; i < buf.len; i++) {
        if (i == 0 || strcmp(buf.lines[i], buf.lines[i - 1]) != 0) puts(buf.lines[i]);
    }
    free_lines(&buf);
    return EXIT_SUCCESS;
}
`,
  },
  {
    lang: "yaml",
    code: `# Deployment of the @@name@@ API: three replicas behind a service.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: @@name@@-api
  labels:
    app: @@name@@-api
    tier: backend
spec:
  replicas: 3
  revisionHistoryLimit: @@N@@
  selector:
    matchLabels:
      app: @@name@@-api
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app: @@name@@-api
    spec:
      containers:
        - name: api
          image: registry.example.com/@@name@@-api:2.4.1
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: @@name@@-db
                  key: url
            - name: LOG_LEVEL
              value: info
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { cpu: "1", memory: 512Mi }
          readinessProbe:
            httpGet: { path: /healthz, port: http }
            periodSeconds: 5
          livenessProbe:
            httpGet: { path: /livez, port: http }
            initialDelaySeconds: 10
---
apiVersion: v1
kind: Service
metadata:
  name: @@name@@-api
spec:
  selector:
    app: @@name@@-api
  ports:
    - port: 80
      targetPort: http
`,
  },
];
