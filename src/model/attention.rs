//! Attention: how much of each response the rater has had on screen, and
//! for how long. Fed by the browser with the visible part of each response
//! (as fractions of its height) and the time; reported in `submit`.

use crate::json::Json;

/// What is known of one response's viewing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Viewing {
    /// Disjoint, sorted ranges of the response's height (0..1) seen so far.
    seen: Vec<(f64, f64)>,
    /// Since when (ms) some of it has been on screen, if it is now.
    visible_since: Option<f64>,
    /// Milliseconds on screen before `visible_since`.
    dwell_ms: f64,
}

impl Viewing {
    /// Records that `from..to` (fractions of the height) is on screen at
    /// `now_ms`; an empty range means the response is off screen.
    pub fn observe(&mut self, from: f64, to: f64, now_ms: f64) {
        let (from, to) = (from.clamp(0.0, 1.0), to.clamp(0.0, 1.0));
        if to > from {
            self.add(from, to);
            self.visible_since.get_or_insert(now_ms);
        } else {
            self.hide(now_ms);
        }
    }

    /// The response is not on screen from `now_ms` (or the page is hidden).
    pub fn hide(&mut self, now_ms: f64) {
        if let Some(since) = self.visible_since.take() {
            self.dwell_ms += (now_ms - since).max(0.0);
        }
    }

    fn add(&mut self, from: f64, to: f64) {
        let (mut from, mut to) = (from, to);
        let mut merged = Vec::with_capacity(self.seen.len() + 1);
        for &(a, b) in &self.seen {
            if b < from || a > to {
                merged.push((a, b));
            } else {
                from = from.min(a);
                to = to.max(b);
            }
        }
        // The ranges kept are sorted and none starts where the new one
        // does, so inserting it in place keeps the list sorted; a sort
        // would link in about 0.7 KB of merge sort.
        let index = merged.iter().position(|&(a, _)| a > from).unwrap_or(merged.len());
        merged.insert(index, (from, to));
        self.seen = merged;
    }

    /// The share of the height seen so far, 0 to 1.
    pub fn viewed_fraction(&self) -> f64 {
        self.seen.iter().map(|(a, b)| b - a).sum::<f64>().min(1.0)
    }

    /// Milliseconds on screen up to `now_ms`.
    pub fn dwell_ms(&self, now_ms: f64) -> u64 {
        let running = self.visible_since.map_or(0.0, |since| (now_ms - since).max(0.0));
        (self.dwell_ms + running).round() as u64
    }

    /// `{ viewed_fraction, dwell_ms }`, the fraction to three decimals.
    pub fn to_json(&self, now_ms: f64) -> Json {
        let thousandths = (self.viewed_fraction() * 1000.0).round() as u64;
        let fraction = match thousandths {
            1000 => "1".to_string(),
            n => format!("0.{n:03}").trim_end_matches('0').trim_end_matches('.').to_string(),
        };
        let fraction = if fraction.is_empty() { "0".to_string() } else { fraction };
        Json::object([("viewed_fraction", Json::Number(fraction)), ("dwell_ms", self.dwell_ms(now_ms).into())])
    }
}
