//! Task parsing and validation. Every problem is reported with a code, a
//! readable message and the JSON path of the bad field, and validation
//! collects all of them rather than stopping at the first.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::preset;
use super::rubric::{ChoiceOption, Condition, Kind, Question, Rubric, Test};
use super::task::{Response, Task};

/// One problem with a task, as reported in the `error` event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{path}: {message}")]
pub struct TaskError {
    /// Stable machine-readable code, e.g. `duplicate_id`.
    pub code: &'static str,
    /// What is wrong, for a person.
    pub message: String,
    /// JSON path of the bad field, e.g. `$.responses[1].id`.
    pub path: String,
}

impl TaskError {
    /// A problem at `path`.
    pub fn new(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        TaskError {
            code,
            message: message.into(),
            path: path.into(),
        }
    }
}

/// The result of parsing: a valid task, or every problem found.
pub type Parsed = Result<Task, Vec<TaskError>>;

/// Largest number of points a scale or preference control may have.
const MAX_POINTS: i64 = 11;

/// Parses and validates a task given as JSON text.
pub fn parse_task_json(text: &str) -> Parsed {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => parse_task_value(&value),
        Err(e) => Err(vec![TaskError::new(
            "invalid_json",
            "$",
            format!("the task is not valid JSON: {e}"),
        )]),
    }
}

/// Parses and validates a task given as a JSON value.
pub fn parse_task_value(value: &Value) -> Parsed {
    let Some(object) = value.as_object() else {
        return Err(vec![TaskError::new(
            "invalid_type",
            "$",
            format!("the task must be a JSON object, not {}", type_name(value)),
        )]);
    };
    let raw: RawTask = deserialize(value, "$")?;
    let mut errors = Vec::new();

    if raw.id.trim().is_empty() {
        errors.push(TaskError::new("empty_id", "$.id", "the task id is empty"));
    }
    let responses = check_responses(raw.responses, &mut errors);
    let rubric = match raw.rubric {
        None | Some(Value::Null) => Some(preset::code_review_v1()),
        Some(Value::String(name)) => match preset::by_name(&name) {
            Some(rubric) => Some(rubric),
            None => {
                errors.push(TaskError::new(
                    "unknown_preset",
                    "$.rubric",
                    format!(
                        "unknown rubric preset \"{name}\"; known presets: {}",
                        preset::NAMES.join(", ")
                    ),
                ));
                None
            }
        },
        Some(other @ Value::Object(_)) => match deserialize::<RawRubric>(&other, "$.rubric") {
            Ok(raw) => Some(check_rubric(raw, &mut errors)),
            Err(mut e) => {
                errors.append(&mut e);
                None
            }
        },
        Some(other) => {
            errors.push(TaskError::new(
                "invalid_type",
                "$.rubric",
                format!(
                    "the rubric must be a preset name or an object, not {}",
                    type_name(&other)
                ),
            ));
            None
        }
    };

    match (responses, rubric) {
        (Some(responses), Some(rubric)) if errors.is_empty() => {
            let extra: Map<String, Value> = object
                .iter()
                .filter(|(key, _)| !KNOWN_FIELDS.contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            Ok(Task {
                id: raw.id,
                prompt: raw.prompt,
                responses,
                rubric,
                guidelines: raw.guidelines,
                gold: raw.gold.filter(|g| !g.is_null()),
                metadata: raw.metadata,
                extra,
            })
        }
        _ => Err(errors),
    }
}

const KNOWN_FIELDS: [&str; 7] = [
    "id",
    "prompt",
    "responses",
    "rubric",
    "guidelines",
    "gold",
    "metadata",
];

#[derive(Deserialize)]
struct RawTask {
    id: String,
    prompt: String,
    responses: Vec<RawResponse>,
    #[serde(default)]
    rubric: Option<Value>,
    #[serde(default)]
    guidelines: Option<String>,
    #[serde(default)]
    gold: Option<Value>,
    #[serde(default)]
    metadata: Option<Value>,
}

#[derive(Deserialize)]
struct RawResponse {
    id: String,
    content: String,
}

#[derive(Deserialize)]
struct RawRubric {
    id: String,
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
struct RawQuestion {
    id: String,
    kind: String,
    title: String,
    #[serde(default)]
    help: Option<String>,
    #[serde(default)]
    required: Option<bool>,
    #[serde(default)]
    per_response: Option<bool>,
    #[serde(default)]
    show_if: Option<RawCondition>,
    #[serde(default)]
    min: Option<i64>,
    #[serde(default)]
    max: Option<i64>,
    #[serde(default)]
    labels: Option<BTreeMap<String, String>>,
    #[serde(default)]
    options: Option<Vec<ChoiceOption>>,
    #[serde(default)]
    points: Option<i64>,
    #[serde(default)]
    allow_tie: Option<bool>,
    #[serde(default)]
    min_chars: Option<i64>,
    #[serde(default)]
    max_chars: Option<i64>,
    #[serde(default)]
    placeholder: Option<String>,
}

#[derive(Deserialize)]
struct RawCondition {
    question: String,
    #[serde(default)]
    equals: Option<Value>,
    #[serde(default, rename = "in")]
    any_of: Option<Vec<Value>>,
    #[serde(default)]
    includes: Option<String>,
    #[serde(default)]
    answered: Option<bool>,
}

/// Deserializes `value` into `T`, turning a serde error into a [`TaskError`]
/// whose path is rooted at `root`.
fn deserialize<T: for<'de> Deserialize<'de>>(
    value: &Value,
    root: &str,
) -> Result<T, Vec<TaskError>> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.inner().to_string();
        let mut path = join_path(root, &e.path().to_string());
        let code = if let Some(field) = inner
            .strip_prefix("missing field `")
            .and_then(|rest| rest.strip_suffix('`'))
        {
            path = join_path(&path, field);
            "missing_field"
        } else {
            "invalid_type"
        };
        vec![TaskError::new(code, path, inner)]
    })
}

/// Appends a serde_path_to_error path (`a.b[0]`, or `.` for the root) to a
/// JSON path.
fn join_path(root: &str, rest: &str) -> String {
    match rest {
        "" | "." => root.to_string(),
        _ if rest.starts_with('[') => format!("{root}{rest}"),
        _ => format!("{root}.{rest}"),
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn check_responses(raw: Vec<RawResponse>, errors: &mut Vec<TaskError>) -> Option<[Response; 2]> {
    if raw.len() != 2 {
        errors.push(TaskError::new(
            "response_count",
            "$.responses",
            format!("a task needs exactly two responses, found {}", raw.len()),
        ));
    }
    for (i, response) in raw.iter().enumerate() {
        if response.id.trim().is_empty() {
            errors.push(TaskError::new(
                "empty_id",
                format!("$.responses[{i}].id"),
                "the response id is empty",
            ));
        } else if raw[..i].iter().any(|earlier| earlier.id == response.id) {
            errors.push(TaskError::new(
                "duplicate_id",
                format!("$.responses[{i}].id"),
                format!(
                    "response id \"{}\" is used twice; the two responses need distinct ids",
                    response.id
                ),
            ));
        }
    }
    let mut responses = raw.into_iter().map(|r| Response {
        id: r.id,
        content: r.content,
    });
    match (responses.next(), responses.next(), responses.next()) {
        (Some(a), Some(b), None) => Some([a, b]),
        _ => None,
    }
}

fn check_rubric(raw: RawRubric, errors: &mut Vec<TaskError>) -> Rubric {
    if raw.id.trim().is_empty() {
        errors.push(TaskError::new(
            "empty_id",
            "$.rubric.id",
            "the rubric id is empty",
        ));
    }
    if raw.questions.is_empty() {
        errors.push(TaskError::new(
            "empty_rubric",
            "$.rubric.questions",
            "the rubric has no questions",
        ));
    }
    let mut seen = BTreeSet::new();
    let mut questions = Vec::with_capacity(raw.questions.len());
    for (i, q) in raw.questions.into_iter().enumerate() {
        let path = format!("$.rubric.questions[{i}]");
        if q.id.trim().is_empty() {
            errors.push(TaskError::new(
                "empty_id",
                format!("{path}.id"),
                "the question id is empty",
            ));
        } else if !seen.insert(q.id.clone()) {
            errors.push(TaskError::new(
                "duplicate_question",
                format!("{path}.id"),
                format!("question id \"{}\" is used twice", q.id),
            ));
        }
        if let Some(question) = check_question(q, &path, errors) {
            questions.push((i, question));
        }
    }
    check_conditions(&questions, errors);
    Rubric {
        id: raw.id,
        questions: questions.into_iter().map(|(_, q)| q).collect(),
    }
}

fn check_question(q: RawQuestion, path: &str, errors: &mut Vec<TaskError>) -> Option<Question> {
    let before = errors.len();
    let kind = match q.kind.as_str() {
        "scale" => check_scale(&q, path, errors),
        "choice" | "multi" => {
            let options = check_options(q.options.as_deref(), q.kind == "choice", path, errors);
            if q.kind == "choice" {
                Kind::Choice { options }
            } else {
                Kind::Multi { options }
            }
        }
        "preference" => {
            let points = q.points.unwrap_or(7);
            if points % 2 == 0 || !(3..=MAX_POINTS).contains(&points) {
                errors.push(TaskError::new(
                    "invalid_points",
                    format!("{path}.points"),
                    format!("a preference needs an odd number of points from 3 to {MAX_POINTS}, not {points}"),
                ));
            }
            if q.per_response == Some(true) {
                errors.push(TaskError::new(
                    "invalid_value",
                    format!("{path}.per_response"),
                    "a preference compares both responses and cannot be asked per response",
                ));
            }
            Kind::Preference {
                points: points.clamp(3, MAX_POINTS) as u8,
                allow_tie: q.allow_tie.unwrap_or(true),
            }
        }
        "text" => {
            let min_chars = q.min_chars.unwrap_or(0);
            if min_chars < 0 {
                errors.push(TaskError::new(
                    "invalid_text_limits",
                    format!("{path}.min_chars"),
                    "min_chars cannot be negative",
                ));
            }
            if let Some(max) = q.max_chars {
                if max < 1 || max < min_chars {
                    errors.push(TaskError::new(
                        "invalid_text_limits",
                        format!("{path}.max_chars"),
                        format!("max_chars ({max}) must be at least 1 and at least min_chars ({min_chars})"),
                    ));
                }
            }
            Kind::Text {
                min_chars: min_chars.max(0) as usize,
                max_chars: q.max_chars.map(|m| m.max(0) as usize),
                placeholder: q.placeholder.clone(),
            }
        }
        other => {
            errors.push(TaskError::new(
                "unknown_kind",
                format!("{path}.kind"),
                format!("unknown question kind \"{other}\"; use scale, choice, multi, preference or text"),
            ));
            return None;
        }
    };
    let show_if = q
        .show_if
        .map(|c| check_condition(c, &format!("{path}.show_if"), errors));
    (errors.len() == before).then(|| Question {
        id: q.id,
        title: q.title,
        help: q.help,
        required: q.required.unwrap_or(true),
        per_response: q.per_response.unwrap_or(false),
        show_if: show_if.flatten(),
        kind,
    })
}

fn check_scale(q: &RawQuestion, path: &str, errors: &mut Vec<TaskError>) -> Kind {
    let (min, max) = match (q.min, q.max) {
        (Some(min), Some(max)) => (min, max),
        (min, _) => {
            let field = if min.is_none() { "min" } else { "max" };
            errors.push(TaskError::new(
                "missing_field",
                format!("{path}.{field}"),
                format!("a scale needs `{field}`"),
            ));
            return Kind::Scale {
                min: 0,
                max: 0,
                labels: BTreeMap::new(),
            };
        }
    };
    if max <= min || max - min + 1 > MAX_POINTS {
        errors.push(TaskError::new(
            "invalid_scale",
            format!("{path}.max"),
            format!("a scale needs min < max and at most {MAX_POINTS} points, got {min}..{max}"),
        ));
    }
    let mut labels = BTreeMap::new();
    for (key, text) in q.labels.iter().flatten() {
        match key.trim().parse::<i64>() {
            Ok(value) if (min..=max).contains(&value) => {
                labels.insert(value, text.clone());
            }
            _ => errors.push(TaskError::new(
                "invalid_scale",
                format!("{path}.labels[\"{key}\"]"),
                format!("label key \"{key}\" is not a whole number from {min} to {max}"),
            )),
        }
    }
    Kind::Scale { min, max, labels }
}

fn check_options(
    options: Option<&[ChoiceOption]>,
    single: bool,
    path: &str,
    errors: &mut Vec<TaskError>,
) -> Vec<ChoiceOption> {
    let options = options.unwrap_or_default();
    let least = if single { 2 } else { 1 };
    if options.len() < least {
        errors.push(TaskError::new(
            "invalid_options",
            format!("{path}.options"),
            format!("this question needs at least {least} options"),
        ));
    }
    for (j, option) in options.iter().enumerate() {
        if option.value.is_empty() {
            errors.push(TaskError::new(
                "invalid_options",
                format!("{path}.options[{j}].value"),
                "an option value is empty",
            ));
        } else if options[..j].iter().any(|o| o.value == option.value) {
            errors.push(TaskError::new(
                "invalid_options",
                format!("{path}.options[{j}].value"),
                format!("option value \"{}\" is used twice", option.value),
            ));
        }
    }
    options.to_vec()
}

fn check_condition(
    raw: RawCondition,
    path: &str,
    errors: &mut Vec<TaskError>,
) -> Option<Condition> {
    let mut tests = Vec::new();
    if let Some(value) = raw.equals {
        tests.push(Test::Equals(value));
    }
    if let Some(values) = raw.any_of {
        tests.push(Test::In(values));
    }
    if let Some(value) = raw.includes {
        tests.push(Test::Includes(value));
    }
    if let Some(answered) = raw.answered {
        tests.push(Test::Answered(answered));
    }
    if tests.len() != 1 {
        errors.push(TaskError::new(
            "invalid_condition",
            path,
            "show_if needs exactly one of `equals`, `in`, `includes` or `answered`",
        ));
        return None;
    }
    tests.pop().map(|test| Condition {
        question: raw.question,
        test,
    })
}

/// Checks that every `show_if` names another existing question, that
/// `includes` is used on `multi` questions, and that no chain of conditions
/// loops back on itself. Each question comes with its index in the task.
fn check_conditions(indexed: &[(usize, Question)], errors: &mut Vec<TaskError>) {
    let questions: Vec<&Question> = indexed.iter().map(|(_, q)| q).collect();
    let index: BTreeMap<&str, usize> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    for (i, q) in questions.iter().enumerate() {
        let Some(condition) = &q.show_if else {
            continue;
        };
        let at = indexed[i].0;
        let path = format!("$.rubric.questions[{at}].show_if.question");
        let Some(&target) = index.get(condition.question.as_str()) else {
            errors.push(TaskError::new(
                "unknown_question",
                path,
                format!(
                    "show_if refers to \"{}\", which is not a question of this rubric",
                    condition.question
                ),
            ));
            continue;
        };
        if matches!(condition.test, Test::Includes(_))
            && !matches!(questions[target].kind, Kind::Multi { .. })
        {
            errors.push(TaskError::new(
                "invalid_condition",
                format!("$.rubric.questions[{at}].show_if.includes"),
                "`includes` can only test a multi question",
            ));
        }
        // Follow the chain; in a graph where each node has at most one
        // outgoing edge, a loop shows up within `questions.len()` steps.
        let mut at = target;
        for _ in 0..questions.len() {
            if at == i {
                errors.push(TaskError::new(
                    "show_if_cycle",
                    path.clone(),
                    format!(
                        "show_if conditions starting at \"{}\" loop back to it",
                        q.id
                    ),
                ));
                break;
            }
            match questions[at]
                .show_if
                .as_ref()
                .and_then(|c| index.get(c.question.as_str()))
            {
                Some(&next) => at = next,
                None => break,
            }
        }
    }
}
