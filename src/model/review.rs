//! Review mode: a finished rating shown read-only, for QA reviewers. The
//! rating is a `submit` event as the host stored it (or any object with its
//! `answers`, and optionally `display`, `submission_id` and `timing`); it
//! is replayed into a state that is already submitted, so nothing can be
//! changed and no event but `ready` is sent.

use std::sync::Arc;

use crate::json::{self, Json};

use super::answer::{AnswerValue, Slot};
use super::order::Display;
use super::parse::TaskError;
use super::state::{Action, RatingState};
use super::task::Task;

/// Where problems in the rating are reported.
const PATH: &str = "options.rating";

fn problem(path: String, message: impl Into<String>) -> TaskError {
    TaskError::new("invalid_rating", path, message)
}

/// The display the rating recorded, when it fits the task.
fn display_of(task: &Task, rating: &Json, errors: &mut Vec<TaskError>) -> Option<Display> {
    let display = rating.get("display")?;
    // Every item must be a string: none may be skipped.
    let ids = match display.get("order") {
        Some(Json::Array(items)) => Some(json::strings(items)).filter(|ids| ids.len() == items.len()),
        _ => None,
    };
    let task_ids = task.response_ids();
    match ids.as_deref() {
        Some([a, b]) if task_ids.contains(a) && task_ids.contains(b) && a != b => Some(Display {
            order: [a.to_string(), b.to_string()],
            swapped: *a != task_ids[0],
            seed: display.get("seed").and_then(Json::as_str).unwrap_or_default().to_string(),
        }),
        _ => {
            errors.push(problem(format!("{PATH}.display.order"), "the order must hold the task's two response ids"));
            None
        }
    }
}

/// A submitted, read-only state holding `rating`'s answers for `task`;
/// answers that do not fit the task are reported and left out.
pub fn reviewed(task: Arc<Task>, rating: &Json, now_ms: f64) -> (RatingState, Vec<TaskError>) {
    let mut errors = Vec::new();
    let display = display_of(&task, rating, &mut errors).unwrap_or_else(|| Display::new(&task, "review", false));
    let started_at = rating.get("timing").and_then(|t| t.get("started_at")).and_then(Json::as_str).unwrap_or("");
    let mut state = RatingState::new(task.clone(), display, started_at.to_string(), now_ms, false);
    let mut answer = |slot: Slot, value: &Json, path: String, errors: &mut Vec<TaskError>| {
        let Some(question) = task.rubric.question(&slot.question) else { return };
        let value = AnswerValue::from_json(&question.kind, value);
        let applied =
            value.is_some_and(|value| state.apply(Action::Answer { slot, value: Some(value) }, now_ms).is_ok());
        if !applied {
            errors.push(problem(path, format!("not an answer that question \"{}\" accepts", question.id)));
        }
    };
    match rating.get("answers") {
        Some(Json::Object(answers)) => {
            for (id, value) in answers {
                let path = format!("{PATH}.answers.{id}");
                match (task.rubric.question(id), value) {
                    (None, _) => errors.push(problem(path, format!("there is no question \"{id}\""))),
                    (Some(q), Json::Object(per_response)) if q.per_response => {
                        for (response, value) in per_response {
                            let path = format!("{path}.{response}");
                            answer(Slot::for_response(id, response), value, path, &mut errors);
                        }
                    }
                    (Some(q), value) if !q.per_response => answer(Slot::overall(id), value, path, &mut errors),
                    (Some(_), _) => errors.push(problem(path, "a per-response answer must be keyed by response id")),
                }
            }
        }
        _ => errors.push(problem(format!("{PATH}.answers"), "the rating needs its `answers` object")),
    }
    let text = |key: &str| rating.get(key).and_then(Json::as_str).map(String::from);
    let submitted_at = rating.get("timing").and_then(|t| t.get("submitted_at")).and_then(Json::as_str);
    state.lock(text("submission_id").unwrap_or_else(|| "review".into()), submitted_at.unwrap_or("").into());
    (state, errors)
}
