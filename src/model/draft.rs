//! Drafts: everything a rater has done on a task, as JSON that survives a
//! reload, and the way back to a [`RatingState`].
//!
//! A draft is stored under [`key`] (schema version, task id and the task's
//! content hash). Restoring checks the hash again and re-validates every
//! answer against the task, so a draft can never put the widget in a state
//! the rater could not have reached.

use std::sync::Arc;

use super::answer::{AnswerValue, Slot};
use super::hints::{self, Fired};
use super::order::Display;
use super::state::{RatingState, Submission};
use super::task::Task;
use super::timing::{elapsed, ActiveTime, QuestionTiming};
use crate::json::{self, Json};

/// Version of the draft format.
pub const VERSION: u64 = 1;

/// The storage key prefix of every draft of `task_id`.
pub fn prefix(task_id: &str) -> String {
    format!("pairwise:v{VERSION}:{task_id}:")
}

/// The storage key of the draft of this task.
pub fn key(task: &Task) -> String {
    format!("{}{}", prefix(&task.id), task.hash)
}

/// Why a stored draft was not restored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Not a draft of this version.
    Unreadable,
    /// A draft of another version of the task.
    TaskChanged,
}

fn slot_json(slot: &Slot) -> [Json; 2] {
    [slot.question.as_str().into(), slot.response.clone().into()]
}

fn slot_from(items: &[Json]) -> Option<Slot> {
    let question = items.first()?.as_str()?.to_string();
    let response = match items.get(1)? {
        Json::Null => None,
        other => Some(other.as_str()?.to_string()),
    };
    Some(Slot { question, response })
}

fn u64_of(json: Option<&Json>) -> Option<u64> {
    json?.as_i64().and_then(|n| u64::try_from(n).ok())
}

impl RatingState {
    /// The state as a draft, at `now_ms`.
    pub fn to_draft(&self, now_ms: f64) -> Json {
        // Plain loops rather than `map(…).collect()`: each chain would be
        // its own copy of the collecting code in the wasm.
        let mut answers = Vec::new();
        for (slot, value) in &self.answers.0 {
            let [q, r] = slot_json(slot);
            answers.push(Json::Array(vec![q, r, value.to_json()]));
        }
        let mut timings = Vec::new();
        for (slot, t) in &self.timings.0 {
            let [q, r] = slot_json(slot);
            timings.push(Json::Array(vec![q, r, t.first_ms.into(), t.last_ms.into(), u64::from(t.changes).into()]));
        }
        let mut hints = Vec::new();
        for h in &self.hints {
            hints.push(Json::Array(vec![h.id.into(), h.changed_after.into()]));
        }
        let submission = self.submission.as_ref().map(|s| {
            Json::object([
                ("id", s.id.as_str().into()),
                ("submitted_at", s.submitted_at.as_str().into()),
                ("active_ms", s.active_ms.into()),
            ])
        });
        Json::object([
            ("version", VERSION.into()),
            ("task_id", self.task.id.as_str().into()),
            ("task_hash", self.task.hash.as_str().into()),
            ("display", self.display.to_json()),
            ("started_at", self.started_at.as_str().into()),
            ("elapsed_ms", elapsed(self.started_ms, now_ms).into()),
            ("active_ms", self.active.total_ms(now_ms).into()),
            ("answers", Json::Array(answers)),
            ("timings", Json::Array(timings)),
            ("submission", submission.unwrap_or(Json::Null)),
            ("hints", Json::Array(hints)),
        ])
    }

    /// Rebuilds the state of `task` from a draft read at `now_ms`. Answers
    /// that do not fit the task are dropped; the clock resumes where the
    /// draft left it.
    pub fn from_draft(task: Arc<Task>, draft: &Json, now_ms: f64, active: bool) -> Result<Self, RestoreError> {
        use RestoreError::Unreadable;
        if u64_of(draft.get("version")) != Some(VERSION)
            || draft.get("task_id").and_then(Json::as_str) != Some(&task.id)
        {
            return Err(Unreadable);
        }
        if draft.get("task_hash").and_then(Json::as_str) != Some(&task.hash) {
            return Err(RestoreError::TaskChanged);
        }
        let display = draft.get("display").ok_or(Unreadable)?;
        let order = match display.get("order") {
            Some(Json::Array(ids)) => json::strings(ids),
            _ => return Err(Unreadable),
        };
        let ids = task.response_ids();
        let swapped = match order.as_slice() {
            [a, b] if [*a, *b] == ids => false,
            [a, b] if [*b, *a] == ids => true,
            _ => return Err(Unreadable),
        };
        let seed = display.get("seed").and_then(Json::as_str).ok_or(Unreadable)?.to_string();
        let display = Display { order: [order[0].to_string(), order[1].to_string()], swapped, seed };
        let started_at = draft.get("started_at").and_then(Json::as_str).ok_or(Unreadable)?.to_string();
        let elapsed_ms = u64_of(draft.get("elapsed_ms")).ok_or(Unreadable)?;

        let mut state = RatingState::new(task, display, started_at, now_ms - elapsed_ms as f64, active);
        state.active = ActiveTime::resumed(u64_of(draft.get("active_ms")).unwrap_or(0), active, now_ms);
        let ids = state.task.response_ids();
        if let Some(Json::Array(entries)) = draft.get("answers") {
            for entry in entries {
                let Json::Array(items) = entry else { continue };
                let Some(slot) = slot_from(items) else { continue };
                let Some(question) = state.question_of(&slot) else { continue };
                let value = items.get(2).and_then(|v| AnswerValue::from_json(&question.kind, v));
                if let Some(value) = value.and_then(|v| v.normalized(question, ids)) {
                    state.answers.set(slot, Some(value));
                }
            }
        }
        if let Some(Json::Array(entries)) = draft.get("timings") {
            for entry in entries {
                let Json::Array(items) = entry else { continue };
                let Some(slot) = slot_from(items).filter(|s| state.question_of(s).is_some()) else { continue };
                // Exactly three numbers must follow the slot (other values
                // are skipped); counted into an array, not collected.
                let (mut numbers, mut count) = ([0; 3], 0);
                for n in items.iter().skip(2) {
                    let Some(n) = u64_of(Some(n)) else { continue };
                    if let Some(slot) = numbers.get_mut(count) {
                        *slot = n;
                    }
                    count += 1;
                }
                if let (3, [first_ms, last_ms, changes]) = (count, numbers) {
                    let changes = u32::try_from(changes).unwrap_or(u32::MAX);
                    state.timings.0.push((slot, QuestionTiming { first_ms, last_ms, changes }));
                }
            }
        }
        // Which consistency hints fired, so the submit still says so.
        if let Some(Json::Array(entries)) = draft.get("hints") {
            for entry in entries {
                let Json::Array(items) = entry else { continue };
                let id = items.first().and_then(Json::as_str).and_then(|id| hints::IDS.iter().find(|k| **k == id));
                if let (Some(id), Some(changed_after)) = (id, items.get(1).and_then(Json::as_bool)) {
                    state.hints.push(Fired { id, changed_after });
                }
            }
        }
        state.submission = draft.get("submission").and_then(|s| {
            Some(Submission {
                id: s.get("id")?.as_str()?.to_string(),
                submitted_at: s.get("submitted_at")?.as_str()?.to_string(),
                active_ms: u64_of(s.get("active_ms"))?,
            })
        });
        Ok(state)
    }
}
