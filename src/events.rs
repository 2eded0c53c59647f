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
        // No body has an envelope field, so they are pushed after its own.
        let mut out = self.body.fields();
        put(&mut out, "schema_version", Json::from(u64::from(SCHEMA_VERSION)));
        put(&mut out, "widget_version", WIDGET_VERSION.into());
        put(&mut out, "task_id", self.task_id.clone().into());
        put(&mut out, "session_id", self.session_id.as_str().into());
        put(&mut out, "at", self.at.as_str().into());
        Json::Object(out)
    }
}

/// Appends the field `key: value` to an object's pairs: one small function
/// for every field of every event.
fn put(pairs: &mut Vec<(String, Json)>, key: &str, value: Json) {
    pairs.push((key.to_string(), value));
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
        Json::Object(self.fields())
    }

    /// The body's fields as key-value pairs, `type` first. The keys are
    /// distinct, so each is pushed rather than inserted (which would search
    /// the pairs first).
    fn fields(&self) -> Vec<(String, Json)> {
        let mut out = Vec::new();
        put(&mut out, "type", self.kind().into());
        match self {
            EventBody::Ready { display } => put(&mut out, "display", display.to_json()),
            EventBody::Change { answers, complete, missing } => {
                put(&mut out, "answers", answers.clone());
                put(&mut out, "complete", (*complete).into());
                put(&mut out, "missing", missing.clone().into());
            }
            EventBody::Submit { submission_id, rubric_id, answers, display, timing, attention, metadata, hints } => {
                put(&mut out, "submission_id", submission_id.as_str().into());
                put(&mut out, "rubric_id", rubric_id.as_str().into());
                put(&mut out, "answers", answers.clone());
                put(&mut out, "display", display.to_json());
                let timing = Json::object([
                    ("started_at", timing.started_at.as_str().into()),
                    ("submitted_at", timing.submitted_at.as_str().into()),
                    ("active_ms", timing.active_ms.into()),
                    ("questions", timing.questions.clone()),
                ]);
                put(&mut out, "timing", timing);
                put(&mut out, "attention", attention.clone());
                put(&mut out, "metadata", metadata.clone());
                put(&mut out, "hints", hints.clone());
            }
            EventBody::Flag { reason, comment } => {
                put(&mut out, "reason", reason.as_str().into());
                put(&mut out, "comment", comment.as_str().into());
            }
            EventBody::Dispute { question_id, response_id, comment, submission_id } => {
                put(&mut out, "question_id", question_id.as_str().into());
                put(&mut out, "response_id", response_id.clone().into());
                put(&mut out, "comment", comment.as_str().into());
                put(&mut out, "submission_id", submission_id.as_str().into());
            }
            EventBody::Error { problems } => {
                // The first problem's fields, or nulls when there is none.
                let first = problems.first();
                put(&mut out, "code", first.map(|p| p.code).into());
                put(&mut out, "message", first.map(|p| p.message.as_str()).into());
                put(&mut out, "path", first.map(|p| p.path.as_str()).into());
                let mut all = Vec::with_capacity(problems.len());
                for problem in problems {
                    all.push(problem.to_json());
                }
                put(&mut out, "problems", Json::Array(all));
            }
        }
        out
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
