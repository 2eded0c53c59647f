//! The validated task: what the widget renders and rates.

use crate::json::Json;

use super::gold::Gold;
use super::rubric::Rubric;

/// One model answer, identified by an id that stays the same whatever side it
/// is shown on.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// Stable id; answers are keyed by it.
    pub id: String,
    /// Markdown content.
    pub content: String,
}

/// A task that passed validation. Build one with [`super::parse_task_json`]
/// or [`super::parse_task_value`].
#[derive(Clone, Debug, PartialEq)]
pub struct Task {
    /// Task id, echoed in every event.
    pub id: String,
    /// Markdown text of the coding question.
    pub prompt: String,
    /// Exactly two responses with distinct ids.
    pub responses: [Response; 2],
    /// The resolved rubric (a preset is expanded here).
    pub rubric: Rubric,
    /// Optional Markdown guidelines for the rater.
    pub guidelines: Option<String>,
    /// Expected answers for calibration tasks.
    pub gold: Option<Gold>,
    /// Host data echoed in `submit` as `metadata`.
    pub metadata: Option<Json>,
    /// Any other top-level field, kept as given.
    pub extra: Vec<(String, Json)>,
    /// Hash of the task's content (its JSON, written compactly), so a draft
    /// saved for another version of the task is recognised.
    pub hash: String,
}

impl Task {
    /// The ids of both responses, in task order.
    pub fn response_ids(&self) -> [&str; 2] {
        [&self.responses[0].id, &self.responses[1].id]
    }

    /// The response with this id.
    pub fn response(&self, id: &str) -> Option<&Response> {
        self.responses.iter().find(|r| r.id == id)
    }
}
