//! Time, injected: the [`Clock`] trait and the timing records built on it.

use crate::json::Json;

/// A source of time. The browser uses `performance.now()` and `Date`; tests
/// use a clock they move by hand.
pub trait Clock {
    /// Milliseconds on a monotonic clock.
    fn now_ms(&self) -> f64;
    /// The current wall-clock time as an ISO 8601 string.
    fn now_iso(&self) -> String;
}

/// When a question was first and last answered, relative to the start of
/// the task, and how many times its answer changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionTiming {
    /// Milliseconds from the start to the first answer.
    pub first_ms: u64,
    /// Milliseconds from the start to the latest change.
    pub last_ms: u64,
    /// Number of changes.
    pub changes: u32,
}

impl QuestionTiming {
    /// `{ first_ms, last_ms, changes }`.
    pub fn to_json(&self) -> Json {
        Json::object([
            ("first_ms", self.first_ms.into()),
            ("last_ms", self.last_ms.into()),
            ("changes", u64::from(self.changes).into()),
        ])
    }

    /// Records a change at `elapsed_ms` since the start.
    pub fn record(&mut self, elapsed_ms: u64) {
        if self.changes == 0 {
            self.first_ms = elapsed_ms;
        }
        self.last_ms = elapsed_ms;
        self.changes += 1;
    }
}

/// After this long without any input from the rater, time stops counting
/// as active until the next input.
pub const IDLE_MS: f64 = 60_000.0;

/// Time during which the page was visible and focused and the rater not
/// idle: each input (and each return to the page) keeps the time counting
/// for up to [`IDLE_MS`] more.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveTime {
    /// Counting from here while the page is active.
    since: Option<f64>,
    /// Counted so far, up to `since`.
    total: f64,
    /// The rater's latest input.
    last_input: f64,
}

impl ActiveTime {
    /// Starts counting at `now_ms` if `active`.
    pub fn new(active: bool, now_ms: f64) -> Self {
        ActiveTime { since: active.then_some(now_ms), total: 0.0, last_input: now_ms }
    }

    /// Starts from `total_ms` already counted (a restored draft).
    pub fn resumed(total_ms: u64, active: bool, now_ms: f64) -> Self {
        ActiveTime { total: total_ms as f64, ..ActiveTime::new(active, now_ms) }
    }

    /// The time counted between `since` and `now_ms`: up to [`IDLE_MS`]
    /// after the last input.
    fn running(&self, now_ms: f64) -> f64 {
        self.since.map_or(0.0, |since| (now_ms.min(self.last_input + IDLE_MS) - since).max(0.0))
    }

    /// Adds what ran up to `now_ms` to the total and counts on from there.
    fn settle(&mut self, now_ms: f64) {
        self.total += self.running(now_ms);
        if self.since.is_some() {
            self.since = Some(now_ms);
        }
    }

    /// Marks the page active or not from `now_ms` on. Coming back to the
    /// page counts as an input.
    pub fn set(&mut self, active: bool, now_ms: f64) {
        self.settle(now_ms);
        self.since = active.then(|| self.since.unwrap_or(now_ms));
        if active {
            self.input(now_ms);
        }
    }

    /// The rater did something (a key, a click, a scroll) at `now_ms`.
    pub fn input(&mut self, now_ms: f64) {
        self.settle(now_ms);
        self.last_input = self.last_input.max(now_ms);
    }

    /// Active milliseconds up to `now_ms`.
    pub fn total_ms(&self, now_ms: f64) -> u64 {
        (self.total + self.running(now_ms)).round() as u64
    }
}

/// Whole milliseconds between two clock readings, never negative.
pub fn elapsed(from_ms: f64, to_ms: f64) -> u64 {
    (to_ms - from_ms).max(0.0).round() as u64
}
