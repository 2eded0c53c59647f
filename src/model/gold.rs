//! Gold answers of calibration tasks, and how a submitted rating compares
//! with them, question by question.
//!
//! A task's `gold` has the shape of a submit's `answers`, plus a Markdown
//! explanation per question:
//! `{ "answers": { questionId: value | { responseId: value } },
//!    "explanations": { questionId: "Markdown" } }`.
//! Gold may cover only some questions; the others get no feedback.

use crate::json::Json;

use super::answer::{AnswerValue, Slot};
use super::parse::TaskError;
use super::rubric::{Kind, Question, Rubric};

/// Expected answers and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gold {
    /// Expected answer per slot, in rubric order.
    pub answers: Vec<(Slot, AnswerValue)>,
    /// Markdown explanation per question id.
    pub explanations: Vec<(String, String)>,
}

/// How a rater's answer compares with the gold one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The same answer.
    Agree,
    /// Nearly: a scale one step away, the same preferred response with
    /// another strength, or overlapping ticks.
    Close,
    /// A different answer.
    Differ,
    /// The rater gave none (an optional or hidden question).
    Unanswered,
}

impl Verdict {
    /// Its name in the DOM (`data-verdict`).
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Close => "close",
            Verdict::Differ => "differ",
            Verdict::Unanswered => "unanswered",
        }
    }
}

impl Gold {
    /// The explanation for a question, if any.
    pub fn explanation(&self, question: &str) -> Option<&str> {
        self.explanations.iter().find(|(id, _)| id == question).map(|(_, text)| text.as_str())
    }

    /// The expected answer in a slot, if any.
    pub fn answer(&self, slot: &Slot) -> Option<&AnswerValue> {
        self.answers.iter().find(|(s, _)| s == slot).map(|(_, value)| value)
    }
}

/// Compares `given` with `expected` for `question`.
pub fn verdict(question: &Question, expected: &AnswerValue, given: Option<&AnswerValue>) -> Verdict {
    let Some(given) = given else {
        return Verdict::Unanswered;
    };
    if given == expected {
        return Verdict::Agree;
    }
    let close = match (&question.kind, expected, given) {
        (Kind::Scale { .. }, AnswerValue::Number(a), AnswerValue::Number(b)) => a.abs_diff(*b) == 1,
        (Kind::Preference { .. }, AnswerValue::Preference(a), AnswerValue::Preference(b)) => {
            let one_tie = a.preferred.is_none() || b.preferred.is_none();
            a.preferred == b.preferred || (one_tie && a.strength.max(b.strength) == 1)
        }
        (Kind::Multi { .. }, AnswerValue::List(a), AnswerValue::List(b)) => a.iter().any(|v| b.contains(v)),
        _ => false,
    };
    if close {
        Verdict::Close
    } else {
        Verdict::Differ
    }
}

/// Reads `gold` for `rubric`; problems go to `errors` with their paths.
/// `null` means no gold.
pub fn read_gold(value: &Json, rubric: &Rubric, response_ids: [&str; 2], errors: &mut Vec<TaskError>) -> Option<Gold> {
    let problem = |errors: &mut Vec<TaskError>, path: String, message: String| {
        errors.push(TaskError::new("invalid_gold", path, message));
    };
    let fields = match value {
        Json::Null => return None,
        Json::Object(fields) => fields,
        _ => {
            problem(errors, "$.gold".into(), "`gold` must be an object with `answers` and `explanations`".into());
            return None;
        }
    };
    let mut gold = Gold::default();
    for (key, value) in fields {
        let path = format!("$.gold.{key}");
        if key != "answers" && key != "explanations" {
            problem(errors, path, format!("unknown field `{key}` in `gold`"));
            continue;
        }
        let Json::Object(entries) = value else {
            problem(errors, path, format!("`gold.{key}` must be an object keyed by question id"));
            continue;
        };
        for (id, value) in entries {
            let path = format!("{path}.{id}");
            let Some(question) = rubric.question(id) else {
                problem(errors, path, format!("there is no question \"{id}\" in the rubric"));
                continue;
            };
            if key == "answers" {
                read_answer(question, value, &path, response_ids, &mut gold, errors);
                continue;
            }
            match value.as_str() {
                Some(text) => gold.explanations.push((id.clone(), text.to_string())),
                None => problem(errors, path, "an explanation must be a string".into()),
            }
        }
    }
    Some(gold)
}

fn read_answer(
    question: &Question,
    value: &Json,
    path: &str,
    response_ids: [&str; 2],
    gold: &mut Gold,
    errors: &mut Vec<TaskError>,
) {
    let mut read = |slot: Slot, value: &Json, path: String, errors: &mut Vec<TaskError>| {
        let answer = AnswerValue::from_json(&question.kind, value).and_then(|a| a.normalized(question, response_ids));
        match answer {
            Some(answer) => gold.answers.push((slot, answer)),
            None => errors.push(TaskError::new(
                "invalid_gold",
                path,
                format!("not an answer that question \"{}\" accepts", question.id),
            )),
        }
    };
    if !question.per_response {
        return read(Slot::overall(&question.id), value, path.to_string(), errors);
    }
    let Json::Object(per_response) = value else {
        let message = format!("question \"{}\" is per response: give `{{ responseId: value }}`", question.id);
        return errors.push(TaskError::new("invalid_gold", path, message));
    };
    for (id, value) in per_response {
        let path = format!("{path}.{id}");
        if response_ids.contains(&id.as_str()) {
            read(Slot::for_response(&question.id, id), value, path, errors);
        } else {
            errors.push(TaskError::new("invalid_gold", path, format!("there is no response \"{id}\"")));
        }
    }
}
