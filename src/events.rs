//! Every event the widget sends to its host, in one typed enum. The host
//! receives each one as a JSON object: the body's fields (`type` first) and
//! the envelope (`schema_version`, `widget_version`, `task_id`,
//! `session_id`, `at`).

use crate::json::Json;
use crate::model::state::RatingState;
use crate::model::{Display, TaskError};

/// Version of the event and task schema.
pub const SCHEMA_VERSION: u32 = 1;
/// Version of this widget.
pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The body of an event, by `type`.
// A submit is much larger than the other bodies, but events are built one
// at a time and sent at once, so boxing it would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum EventBody {
    /// `ready`: the task is rendered and can be rated.
    Ready {
        /// What is shown on which side.
        display: Display,
    },
    /// `change`: an answer changed.
    Change {
        /// The answers so far.
        answers: Json,
        /// Whether the rating can be submitted.
        complete: bool,
        /// Ids of the questions still to answer.
        missing: Vec<String>,
    },
    /// `submit`: the rater submitted a complete rating.
    Submit {
        /// Unique per rating, the same on every retry.
        submission_id: String,
        /// Id of the rubric that was answered.
        rubric_id: String,
        /// The answers, keyed by question id and response id.
        answers: Json,
        /// What was shown on which side.
        display: Display,
        /// When things happened.
        timing: Timing,
        /// What the rater looked at, per response id.
        attention: Json,
        /// The task's `metadata`, echoed (null when it has none).
        metadata: Json,
        /// Consistency hints that fired: `[{ id, changed_after, applies }]`.
        hints: Json,
    },
    /// `flag`: the rater reports the task as broken.
    Flag {
        /// One of the known reasons.
        reason: String,
        /// The rater's explanation.
        comment: String,
    },
    /// `dispute`: after a submit, the rater disagrees with a gold answer.
    Dispute {
        /// The question whose gold answer is disputed.
        question_id: String,
        /// The response, for a per-response question.
        response_id: Option<String>,
        /// Why the rater disagrees.
        comment: String,
        /// The rating the feedback was about.
        submission_id: String,
    },
    /// `error`: the task or the options are invalid, storage failed, or the
    /// widget hit an internal error.
    Error {
        /// Every problem found; the first one is the headline.
        problems: Vec<TaskError>,
    },
}

/// The `timing` of a submit.
#[derive(Clone, Debug, PartialEq)]
pub struct Timing {
    /// ISO 8601 time the task was shown.
    pub started_at: String,
    /// ISO 8601 time of the submit.
    pub submitted_at: String,
    /// Milliseconds the page was visible and focused.
    pub active_ms: u64,
    /// Per question (and response): `first_ms`, `last_ms`, `changes`.
    pub questions: Json,
}

/// One event with its envelope.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetEvent {
    /// The event itself.
    pub body: EventBody,
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
        WidgetEvent { body, task_id, session_id, at }
    }

    /// The event as the JSON object hosts receive.
    pub fn to_json(&self) -> Json {
        let mut json = self.body.to_json();
        json.insert("schema_version", Json::from(u64::from(SCHEMA_VERSION)));
        json.insert("widget_version", WIDGET_VERSION.into());
        json.insert("task_id", self.task_id.clone().into());
        json.insert("session_id", self.session_id.as_str().into());
        json.insert("at", self.at.as_str().into());
        json
    }
}

impl TaskError {
    /// `{ code, message, path }`.
    pub fn to_json(&self) -> Json {
        Json::object([
            ("code", self.code.into()),
            ("message", self.message.as_str().into()),
            ("path", self.path.as_str().into()),
        ])
    }
}

impl EventBody {
    /// The event's `type`.
    pub fn kind(&self) -> &'static str {
        match self {
            EventBody::Ready { .. } => "ready",
            EventBody::Change { .. } => "change",
            EventBody::Submit { .. } => "submit",
            EventBody::Flag { .. } => "flag",
            EventBody::Dispute { .. } => "dispute",
            EventBody::Error { .. } => "error",
        }
    }

    /// The body's fields, `type` first.
    pub fn to_json(&self) -> Json {
        let mut json = Json::object([("type", self.kind().into())]);
        match self {
            EventBody::Ready { display } => json.insert("display", display.to_json()),
            EventBody::Change { answers, complete, missing } => {
                json.insert("answers", answers.clone());
                json.insert("complete", (*complete).into());
                json.insert("missing", missing.clone().into());
            }
            EventBody::Submit { submission_id, rubric_id, answers, display, timing, attention, metadata, hints } => {
                json.insert("submission_id", submission_id.as_str().into());
                json.insert("rubric_id", rubric_id.as_str().into());
                json.insert("answers", answers.clone());
                json.insert("display", display.to_json());
                let timing = Json::object([
                    ("started_at", timing.started_at.as_str().into()),
                    ("submitted_at", timing.submitted_at.as_str().into()),
                    ("active_ms", timing.active_ms.into()),
                    ("questions", timing.questions.clone()),
                ]);
                json.insert("timing", timing);
                json.insert("attention", attention.clone());
                json.insert("metadata", metadata.clone());
                json.insert("hints", hints.clone());
            }
            EventBody::Flag { reason, comment } => {
                json.insert("reason", reason.as_str().into());
                json.insert("comment", comment.as_str().into());
            }
            EventBody::Dispute { question_id, response_id, comment, submission_id } => {
                json.insert("question_id", question_id.as_str().into());
                json.insert("response_id", response_id.clone().into());
                json.insert("comment", comment.as_str().into());
                json.insert("submission_id", submission_id.as_str().into());
            }
            EventBody::Error { problems } => {
                let first = problems.first().map(TaskError::to_json).unwrap_or(Json::Object(Vec::new()));
                for key in ["code", "message", "path"] {
                    json.insert(key, first.get(key).cloned().unwrap_or(Json::Null));
                }
                let mut all = Vec::with_capacity(problems.len());
                for problem in problems {
                    all.push(problem.to_json());
                }
                json.insert("problems", Json::Array(all));
            }
        }
        json
    }

    /// A `change` for the current state.
    pub fn change(state: &RatingState) -> Self {
        let missing = state.missing_ids();
        EventBody::Change { answers: state.answers_json(), complete: missing.is_empty(), missing }
    }

    /// The `submit` for a submitted state; `None` before the submit.
    /// Attention stopped counting at the submit, so any time reads it.
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
            attention: state.attention_json(0.0),
            metadata: state.task.metadata.clone().unwrap_or(Json::Null),
            hints: state.hints_json(),
        })
    }

    /// An `error` listing `problems` (the first one is the headline).
    pub fn error(problems: Vec<TaskError>) -> Self {
        EventBody::Error { problems }
    }
}
