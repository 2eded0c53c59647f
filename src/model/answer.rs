//! Answer values and where they are stored.

use crate::json::{self, Json};

use super::rubric::{Kind, Question};

/// Where an answer lives: a question, and for per-response questions the
/// response id it is about (never a screen position).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    /// Question id.
    pub question: String,
    /// Response id for per-response questions, `None` for overall ones.
    pub response: Option<String>,
}

impl Slot {
    /// The slot of an overall question.
    pub fn overall(question: &str) -> Self {
        Slot { question: question.into(), response: None }
    }

    /// The slot of a per-response question for one response.
    pub fn for_response(question: &str, response: &str) -> Self {
        Slot { question: question.into(), response: Some(response.into()) }
    }
}

/// A preference answer: which response is better (`None` for a tie) and by
/// how much (0 for a tie, up to `(points - 1) / 2`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preference {
    /// Id of the better response, or `None` for a tie.
    pub preferred: Option<String>,
    /// 0 for a tie, then 1 (slightly) up to the strongest.
    pub strength: u8,
}

/// The value of one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    /// A `scale` answer.
    Number(i64),
    /// A `choice` option value or a `text` answer.
    Text(String),
    /// The option values of a `multi` answer, in option order.
    List(Vec<String>),
    /// A `preference` answer.
    Preference(Preference),
}

impl AnswerValue {
    /// The answer as JSON, as hosts receive it.
    pub fn to_json(&self) -> Json {
        match self {
            AnswerValue::Number(n) => Json::from(*n),
            AnswerValue::Text(text) => Json::from(text.as_str()),
            AnswerValue::List(list) => Json::from(list.clone()),
            AnswerValue::Preference(p) => Json::object([
                ("preferred", Json::from(p.preferred.clone())),
                ("strength", Json::from(u64::from(p.strength))),
            ]),
        }
    }

    /// Reads an answer of a question of this kind from JSON (unchecked;
    /// see [`Self::normalized`]).
    pub fn from_json(kind: &Kind, json: &Json) -> Option<AnswerValue> {
        Some(match (kind, json) {
            (Kind::Scale { .. }, value) => AnswerValue::Number(value.as_i64()?),
            (Kind::Choice { .. } | Kind::Text { .. }, Json::String(text)) => AnswerValue::Text(text.clone()),
            (Kind::Multi { .. }, Json::Array(items)) => {
                let strings = json::strings(items);
                if strings.len() != items.len() {
                    return None;
                }
                let mut list = Vec::with_capacity(strings.len());
                for value in strings {
                    list.push(value.to_string());
                }
                AnswerValue::List(list)
            }
            (Kind::Preference { .. }, value) => AnswerValue::Preference(Preference {
                preferred: match value.get("preferred")? {
                    Json::Null => None,
                    other => Some(other.as_str()?.to_string()),
                },
                strength: u8::try_from(value.get("strength")?.as_i64()?).ok()?,
            }),
            _ => return None,
        })
    }

    /// Checks that the value is one this question accepts, and puts it in
    /// canonical form (multi options in option order, without repeats).
    pub fn normalized(self, question: &Question, response_ids: [&str; 2]) -> Option<Self> {
        // Checked by reference and returned as it came (but for `multi`),
        // rather than taken apart and built again in every arm.
        let accepted = match (&question.kind, &self) {
            (Kind::Scale { min, max, .. }, AnswerValue::Number(n)) => (*min..=*max).contains(n),
            (Kind::Choice { options }, AnswerValue::Text(value)) => options.iter().any(|o| o.value == *value),
            (Kind::Multi { options }, AnswerValue::List(values)) => {
                if values.iter().any(|v| !options.iter().any(|o| &o.value == v)) {
                    return None;
                }
                let mut list = Vec::new();
                for option in options {
                    if values.contains(&option.value) {
                        list.push(option.value.clone());
                    }
                }
                return Some(AnswerValue::List(list));
            }
            (Kind::Preference { points, allow_tie }, AnswerValue::Preference(p)) => {
                let half = (points - 1) / 2;
                match &p.preferred {
                    None => *allow_tie && p.strength == 0,
                    Some(id) => response_ids.contains(&id.as_str()) && (1..=half).contains(&p.strength),
                }
            }
            (Kind::Text { max_chars, .. }, AnswerValue::Text(text)) => {
                max_chars.is_none_or(|max| text.chars().count() <= max)
            }
            _ => false,
        };
        accepted.then_some(self)
    }
}

/// Whether `value` completes `question`. Optional questions are complete
/// when unanswered, but a text shorter than its `min_chars` is not.
pub fn completes(question: &Question, value: Option<&AnswerValue>) -> bool {
    match (&question.kind, value) {
        (Kind::Text { min_chars, .. }, Some(AnswerValue::Text(text))) => {
            let len = text.trim().chars().count();
            len >= (*min_chars).max(usize::from(question.required)) || (!question.required && len == 0)
        }
        (Kind::Multi { .. }, Some(AnswerValue::List(list))) => !question.required || !list.is_empty(),
        (_, Some(_)) => true,
        (_, None) => !question.required,
    }
}

/// The preference for a point of the control, counted from the left
/// (0..points), given the displayed order of the responses.
pub fn preference_at(points: u8, position: u8, order: [&str; 2]) -> Preference {
    let half = (points - 1) / 2;
    match position.cmp(&half) {
        std::cmp::Ordering::Less => Preference { preferred: Some(order[0].into()), strength: half - position },
        std::cmp::Ordering::Equal => Preference { preferred: None, strength: 0 },
        std::cmp::Ordering::Greater => Preference { preferred: Some(order[1].into()), strength: position - half },
    }
}
