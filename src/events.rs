//! Every event the widget sends to its host, in one typed enum. The host
//! receives each one as JSON: the body's fields (`type` first) and the
//! envelope (`schema_version`, `widget_version`, `task_id`, `session_id`,
//! `at`).

use serde::Serialize;
use serde_json::Value;

use crate::model::state::RatingState;
use crate::model::{Display, TaskError};

/// Version of the event and task schema.
pub const SCHEMA_VERSION: u32 = 1;
/// Version of this widget.
pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The body of an event, tagged by `type`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum EventBody {
    /// The task is rendered and can be rated.
    Ready {
        /// What is shown on which side.
        display: Display,
    },
    /// An answer changed.
    Change {
        /// The answers so far.
        answers: Value,
        /// Whether the rating can be submitted.
        complete: bool,
        /// Ids of the questions still to answer.
        missing: Vec<String>,
    },
    /// The rater submitted a complete rating.
    Submit {
        /// Unique per rating, the same on every retry.
        submission_id: String,
        /// Id of the rubric that was answered.
        rubric_id: String,
        /// The answers, keyed by question id and response id.
        answers: Value,
        /// What was shown on which side.
        display: Display,
        /// When things happened.
        timing: Timing,
        /// What the rater looked at, per response id.
        attention: Value,
        /// The task's `metadata`, echoed (null when it has none).
        metadata: Value,
    },
    /// The task or the options are invalid, storage failed, or the widget
    /// hit an internal error.
    Error {
        /// Machine-readable code of the first problem.
        code: String,
        /// Readable message of the first problem.
        message: String,
        /// JSON path of the first problem.
        path: String,
        /// Every problem found, the first one included.
        problems: Vec<TaskError>,
    },
}

/// The `timing` of a submit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timing {
    /// ISO 8601 time the task was shown.
    pub started_at: String,
    /// ISO 8601 time of the submit.
    pub submitted_at: String,
    /// Milliseconds the page was visible and focused.
    pub active_ms: u64,
    /// Per question (and response): `first_ms`, `last_ms`, `changes`.
    pub questions: Value,
}

/// One event with its envelope.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WidgetEvent {
    /// The event itself.
    #[serde(flatten)]
    pub body: EventBody,
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Always [`WIDGET_VERSION`].
    pub widget_version: &'static str,
    /// The task's id, when a task was read.
    pub task_id: Option<String>,
    /// Id of this widget instance.
    pub session_id: String,
    /// ISO 8601 time the event was sent.
    pub at: String,
}

impl WidgetEvent {
    /// Wraps `body` in its envelope.
    pub fn new(body: EventBody, task_id: Option<String>, session_id: String, at: String) -> Self {
        WidgetEvent {
            body,
            schema_version: SCHEMA_VERSION,
            widget_version: WIDGET_VERSION,
            task_id,
            session_id,
            at,
        }
    }
}

impl EventBody {
    /// The event's `type`.
    pub fn kind(&self) -> &'static str {
        match self {
            EventBody::Ready { .. } => "ready",
            EventBody::Change { .. } => "change",
            EventBody::Submit { .. } => "submit",
            EventBody::Error { .. } => "error",
        }
    }

    /// A `change` for the current state.
    pub fn change(state: &RatingState) -> Self {
        let missing = state.missing_ids();
        EventBody::Change {
            answers: state.answers_json(),
            complete: missing.is_empty(),
            missing,
        }
    }

    /// The `submit` for a submitted state; `None` before the submit.
    pub fn submit(state: &RatingState) -> Option<Self> {
        let submission = state.submission()?;
        Some(EventBody::Submit {
            submission_id: submission.id.clone(),
            rubric_id: state.task.rubric.id.clone(),
            answers: state.answers_json(),
            display: state.display.clone(),
            timing: Timing {
                started_at: state.started_at.clone(),
                submitted_at: submission.submitted_at.clone(),
                active_ms: submission.active_ms,
                questions: state.question_timings_json(),
            },
            attention: Value::Object(Default::default()),
            metadata: state.task.metadata.clone().unwrap_or(Value::Null),
        })
    }

    /// An `error` listing `problems` (the first one is the headline).
    pub fn error(problems: Vec<TaskError>) -> Self {
        let first = problems
            .first()
            .cloned()
            .unwrap_or_else(|| TaskError::new("internal_error", "$", "unknown error"));
        EventBody::Error {
            code: first.code.into(),
            message: first.message,
            path: first.path,
            problems,
        }
    }
}
