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

/// Time during which the page was visible and focused.
#[derive(Clone, Debug, PartialEq)]
pub struct ActiveTime {
    since: Option<f64>,
    total: f64,
}

impl ActiveTime {
    /// Starts counting at `now_ms` if `active`.
    pub fn new(active: bool, now_ms: f64) -> Self {
        ActiveTime { since: active.then_some(now_ms), total: 0.0 }
    }

    /// Marks the page active or not from `now_ms` on.
    pub fn set(&mut self, active: bool, now_ms: f64) {
        match (self.since, active) {
            (None, true) => self.since = Some(now_ms),
            (Some(since), false) => {
                self.total += (now_ms - since).max(0.0);
                self.since = None;
            }
            _ => {}
        }
    }

    /// Starts from `total_ms` already counted (a restored draft).
    pub fn resumed(total_ms: u64, active: bool, now_ms: f64) -> Self {
        ActiveTime { since: active.then_some(now_ms), total: total_ms as f64 }
    }

    /// Active milliseconds up to `now_ms`.
    pub fn total_ms(&self, now_ms: f64) -> u64 {
        let running = self.since.map_or(0.0, |since| (now_ms - since).max(0.0));
        (self.total + running).round() as u64
    }
}

/// Whole milliseconds between two clock readings, never negative.
pub fn elapsed(from_ms: f64, to_ms: f64) -> u64 {
    (to_ms - from_ms).max(0.0).round() as u64
}
