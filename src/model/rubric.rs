//! Rubric and question types after validation.

use crate::json::Json;

/// A rubric: an id and its questions, in the order they are asked.
#[derive(Clone, Debug, PartialEq)]
pub struct Rubric {
    /// Rubric id, echoed in `submit` as `rubric_id`.
    pub id: String,
    /// Questions in display order.
    pub questions: Vec<Question>,
}

impl Rubric {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// One rubric question.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Unique id within the rubric; the key of its answer.
    pub id: String,
    /// Short title shown as the legend.
    pub title: String,
    /// Optional Markdown help text.
    pub help: Option<String>,
    /// Whether the rating is incomplete without an answer.
    pub required: bool,
    /// Asked once per response and answered for each response id.
    pub per_response: bool,
    /// Shown only when this condition on another answer holds.
    pub show_if: Option<Condition>,
    /// What kind of answer the question takes.
    pub kind: Kind,
}

/// The kinds of question, with their kind-specific settings.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// An integer from `min` to `max`, each value optionally labelled.
    Scale {
        /// Lowest value.
        min: i64,
        /// Highest value.
        max: i64,
        /// Text for some or all values, by value.
        labels: Vec<(i64, String)>,
    },
    /// Exactly one option.
    Choice {
        /// The options, in display order.
        options: Vec<ChoiceOption>,
    },
    /// Any number of options.
    Multi {
        /// The options, in display order.
        options: Vec<ChoiceOption>,
    },
    /// Which response is better and by how much.
    Preference {
        /// Number of points on the control (odd).
        points: u8,
        /// Whether the middle point (tie) can be chosen.
        allow_tie: bool,
    },
    /// Free text.
    Text {
        /// Minimum characters (after trimming) for a complete answer.
        min_chars: usize,
        /// Maximum characters, if any.
        max_chars: Option<usize>,
        /// Placeholder text.
        placeholder: Option<String>,
    },
}

impl Kind {
    /// The kind's name as written in the task format.
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Scale { .. } => "scale",
            Kind::Choice { .. } => "choice",
            Kind::Multi { .. } => "multi",
            Kind::Preference { .. } => "preference",
            Kind::Text { .. } => "text",
        }
    }
}

/// One option of a `choice` or `multi` question.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceOption {
    /// Value recorded in the answer.
    pub value: String,
    /// Text shown to the rater.
    pub label: String,
}

/// A `show_if` condition: the question is shown only while another
/// question's answer satisfies the test.
///
/// For a per-response question that depends on another per-response
/// question, the test is made on the same response's answer; an overall
/// question that depends on a per-response one is shown when either
/// response's answer satisfies it.
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    /// The question whose answer is tested.
    pub question: String,
    /// The test.
    pub test: Test,
}

/// The test of a [`Condition`].
#[derive(Clone, Debug, PartialEq)]
pub enum Test {
    /// The answer equals this value.
    Equals(Json),
    /// The answer is one of these values.
    In(Vec<Json>),
    /// The `multi` answer contains this option value.
    Includes(String),
    /// The question is answered (`true`) or not (`false`).
    Answered(bool),
}
