//! The A/B display order: seeded, reproducible, independent of answers.

use super::parse::{fnv1a, FNV_BASIS};
use super::task::Task;
use crate::json::Json;

/// What was shown on the left (or top): reported as `display` in events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Display {
    /// Response ids in displayed order: `[left, right]`.
    pub order: [String; 2],
    /// Whether the task's second response is shown first.
    pub swapped: bool,
    /// The seed the order was drawn from.
    pub seed: String,
}

impl Display {
    /// The order for `task` under `seed`; with `randomize` off the task's own
    /// order is kept.
    pub fn new(task: &Task, seed: &str, randomize: bool) -> Self {
        let swapped = randomize && is_swapped(seed, &task.id);
        let [a, b] = task.response_ids();
        let order = if swapped { [b, a] } else { [a, b] };
        Display { order: order.map(String::from), swapped, seed: seed.into() }
    }

    /// `{ order, swapped, seed }`, as in events.
    pub fn to_json(&self) -> Json {
        Json::object([
            ("order", Json::from(self.order.to_vec())),
            ("swapped", self.swapped.into()),
            ("seed", self.seed.as_str().into()),
        ])
    }

    /// The displayed order as string slices.
    pub fn ids(&self) -> [&str; 2] {
        [&self.order[0], &self.order[1]]
    }

    /// The letter shown for a response: `A` for the left one, `B` for the right.
    pub fn letter(&self, response_id: &str) -> char {
        if self.order[0] == response_id {
            'A'
        } else {
            'B'
        }
    }
}

/// Whether the pair is swapped for this seed and task: one bit of a 64-bit
/// FNV-1a hash of both, mixed with the SplitMix64 finalizer so that similar
/// task ids give independent bits.
pub fn is_swapped(seed: &str, task_id: &str) -> bool {
    let mut hash = fnv1a(fnv1a(fnv1a(FNV_BASIS, seed.as_bytes()), &[0xff]), task_id.as_bytes());
    hash ^= hash >> 30;
    hash = hash.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash ^= hash >> 27;
    hash = hash.wrapping_mul(0x94d0_49bb_1331_11eb);
    hash ^= hash >> 31;
    hash >> 63 == 1
}
