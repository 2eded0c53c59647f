//! Task parsing and validation. The task is read from a JSON value field by
//! field; every problem is reported with a code, a readable message and the
//! JSON path of the bad field, and all of them are collected rather than
//! stopping at the first.

use crate::json::{self, Json};

use super::gold::read_gold;
use super::preset;
use super::rubric::{ChoiceOption, Condition, Kind, Question, Rubric, Test};
use super::task::{Response, Task};

/// One problem with a task, as reported in the `error` event.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
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
        TaskError { code, message: message.into(), path: path.into() }
    }
}

/// The result of parsing: a valid task, or every problem found.
pub type Parsed = Result<Task, Vec<TaskError>>;

/// Largest number of points a scale or preference control may have.
const MAX_POINTS: i64 = 11;

/// Parses and validates a task given as JSON text.
pub fn parse_task_json(text: &str) -> Parsed {
    match json::parse(text) {
        Ok(value) => parse_task_value(&value),
        Err(e) => Err(vec![TaskError::new("invalid_json", "$", format!("the task is not valid JSON: {e}"))]),
    }
}

/// Reads fields of one JSON object, recording a problem for each missing or
/// mistyped one.
struct Fields<'v, 'e> {
    object: &'v Vec<(String, Json)>,
    path: String,
    errors: &'e mut Vec<TaskError>,
}

/// The object at `path`, or a problem.
fn object<'v, 'e>(value: &'v Json, path: String, errors: &'e mut Vec<TaskError>) -> Option<Fields<'v, 'e>> {
    match value {
        Json::Object(object) => Some(Fields { object, path, errors }),
        other => {
            let message = format!("expected an object, found {}", other.type_name());
            errors.push(TaskError::new("invalid_type", path, message));
            None
        }
    }
}

impl<'v> Fields<'v, '_> {
    fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    fn problem(&mut self, code: &'static str, key: &str, message: String) {
        let path = self.at(key);
        self.errors.push(TaskError::new(code, path, message));
    }

    /// The field's value when present and not null.
    fn get(&self, key: &str) -> Option<&'v Json> {
        self.object.iter().find(|(k, _)| k == key).map(|(_, v)| v).filter(|v| !v.is_null())
    }

    fn wrong_type(&mut self, key: &str, wanted: &str, found: &Json) {
        self.problem("invalid_type", key, format!("`{key}` must be {wanted}, not {}", found.type_name()));
    }

    fn missing(&mut self, key: &str) {
        self.problem("missing_field", key, format!("`{key}` is required"));
    }

    fn string(&mut self, key: &str) -> Option<String> {
        match self.get(key)? {
            Json::String(s) => Some(s.clone()),
            other => {
                self.wrong_type(key, "a string", other);
                None
            }
        }
    }

    fn required_string(&mut self, key: &str) -> Option<String> {
        if self.get(key).is_none() {
            self.missing(key);
        }
        self.string(key)
    }

    fn boolean(&mut self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Json::Bool(b) => Some(*b),
            other => {
                self.wrong_type(key, "true or false", other);
                None
            }
        }
    }

    fn integer(&mut self, key: &str) -> Option<i64> {
        let value = self.get(key)?;
        let int = value.as_i64();
        if int.is_none() {
            self.wrong_type(key, "a whole number", value);
        }
        int
    }

    fn array(&mut self, key: &str, required: bool) -> Option<&'v Vec<Json>> {
        match self.get(key) {
            Some(Json::Array(items)) => Some(items),
            Some(other) => {
                self.wrong_type(key, "an array", other);
                None
            }
            None => {
                if required {
                    self.missing(key);
                }
                None
            }
        }
    }
}

/// Parses and validates a task given as a JSON value.
pub fn parse_task_value(value: &Json) -> Parsed {
    let mut errors = Vec::new();
    let Some(mut task) = object(value, "$".into(), &mut errors) else {
        return Err(errors);
    };
    let id = task.required_string("id");
    let prompt = task.required_string("prompt");
    let guidelines = task.string("guidelines");
    let gold_value = task.get("gold");
    let metadata = value.get("metadata").cloned();
    let mut extra = Vec::new();
    for (key, value) in task.object {
        if !KNOWN_FIELDS.contains(&key.as_str()) {
            extra.push((key.clone(), value.clone()));
        }
    }
    let responses = task.array("responses", true).and_then(|items| read_responses(items, task.errors));
    let rubric = match task.get("rubric") {
        None => Some(preset::code_review_v1()),
        Some(Json::String(name)) => preset::by_name(name).or_else(|| {
            let known = preset::NAMES.join(", ");
            task.problem(
                "unknown_preset",
                "rubric",
                format!("unknown rubric preset \"{name}\"; known presets: {known}"),
            );
            None
        }),
        Some(value @ Json::Object(_)) => read_rubric(value, task.errors),
        Some(other) => {
            task.wrong_type("rubric", "a preset name or an object", other);
            None
        }
    };
    if id.as_deref().is_some_and(|id| id.trim().is_empty()) {
        errors.push(TaskError::new("empty_id", "$.id", "the task id is empty"));
    }
    let gold = match (gold_value, &responses, &rubric) {
        (Some(value), Some([a, b]), Some(rubric)) => read_gold(value, rubric, [&a.id, &b.id], &mut errors),
        _ => None,
    };
    match (id, prompt, responses, rubric) {
        (Some(id), Some(prompt), Some(responses), Some(rubric)) if errors.is_empty() => {
            let hash = content_hash(&value.to_json_string());
            Ok(Task { id, prompt, responses, rubric, guidelines, gold, metadata, extra, hash })
        }
        _ => Err(errors),
    }
}

/// A 64-bit FNV-1a hash of `text`, as 16 hex digits.
pub fn content_hash(text: &str) -> String {
    let mut hash = String::with_capacity(16);
    crate::json::push_hex(&mut hash, fnv1a(FNV_BASIS, text.as_bytes()), 16);
    hash
}

/// The FNV-1a offset basis: the hash of no bytes.
pub(super) const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

/// Continues a 64-bit FNV-1a hash over `bytes` (shared with the display
/// order's hash, so the loop is in the wasm once).
pub(super) fn fnv1a(mut hash: u64, bytes: &[u8]) -> u64 {
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

const KNOWN_FIELDS: [&str; 7] = ["id", "prompt", "responses", "rubric", "guidelines", "gold", "metadata"];

fn read_responses(items: &[Json], errors: &mut Vec<TaskError>) -> Option<[Response; 2]> {
    if items.len() != 2 {
        let message = format!("a task needs exactly two responses, found {}", items.len());
        errors.push(TaskError::new("response_count", "$.responses", message));
    }
    let mut responses = Vec::with_capacity(2);
    for (i, item) in items.iter().enumerate() {
        let Some(mut fields) = object(item, format!("$.responses[{i}]"), errors) else {
            continue;
        };
        let (id, content) = (fields.required_string("id"), fields.required_string("content"));
        let Some(id) = id else { continue };
        if id.trim().is_empty() {
            fields.problem("empty_id", "id", "the response id is empty".into());
        } else if responses.iter().any(|r: &Response| r.id == id) {
            let message = format!("response id \"{id}\" is used twice; the two responses need distinct ids");
            fields.problem("duplicate_id", "id", message);
        }
        if let Some(content) = content {
            responses.push(Response { id, content });
        }
    }
    if responses.len() != 2 {
        return None;
    }
    let b = responses.pop()?;
    let a = responses.pop()?;
    Some([a, b])
}

/// Reads and validates a rubric object (at `$.rubric`).
pub(super) fn read_rubric(value: &Json, errors: &mut Vec<TaskError>) -> Option<Rubric> {
    let mut rubric = object(value, "$.rubric".into(), errors)?;
    let id = rubric.required_string("id");
    if id.as_deref().is_some_and(|id| id.trim().is_empty()) {
        rubric.problem("empty_id", "id", "the rubric id is empty".into());
    }
    let items = rubric.array("questions", true)?;
    if items.is_empty() {
        rubric.problem("empty_rubric", "questions", "the rubric has no questions".into());
    }
    let before = errors.len();
    // The valid questions, and beside them their indices in the task.
    let mut questions: Vec<Question> = Vec::with_capacity(items.len());
    let mut at: Vec<usize> = Vec::with_capacity(items.len());
    let mut seen: Vec<&str> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Some(id) = item.get("id").and_then(Json::as_str) {
            if seen.contains(&id) {
                let message = format!("question id \"{id}\" is used twice");
                errors.push(TaskError::new("duplicate_question", format!("$.rubric.questions[{i}].id"), message));
            }
            seen.push(id);
        }
        if let Some(question) = read_question(item, format!("$.rubric.questions[{i}]"), errors) {
            questions.push(question);
            at.push(i);
        }
    }
    check_conditions(&questions, &at, errors);
    (errors.len() == before).then_some(Rubric { id: id?, questions })
}

fn read_question(value: &Json, path: String, errors: &mut Vec<TaskError>) -> Option<Question> {
    let before = errors.len();
    let mut q = object(value, path, errors)?;
    let id = q.required_string("id");
    if id.as_deref().is_some_and(|id| id.trim().is_empty()) {
        q.problem("empty_id", "id", "the question id is empty".into());
    }
    let title = q.required_string("title");
    let help = q.string("help");
    let required = q.boolean("required").unwrap_or(true);
    let per_response = q.boolean("per_response").unwrap_or(false);
    let show_if = match q.get("show_if") {
        Some(value) => read_condition(value, q.at("show_if"), q.errors),
        None => None,
    };
    let kind_name = q.required_string("kind");
    let kind = match kind_name.as_deref() {
        Some("scale") => read_scale(&mut q),
        Some(name @ ("choice" | "multi")) => {
            let options = read_options(&mut q, name == "choice");
            if name == "choice" {
                Kind::Choice { options }
            } else {
                Kind::Multi { options }
            }
        }
        Some("preference") => {
            let points = q.integer("points").unwrap_or(7);
            if points % 2 == 0 || !(3..=MAX_POINTS).contains(&points) {
                let message =
                    format!("a preference needs an odd number of points from 3 to {MAX_POINTS}, not {points}");
                q.problem("invalid_points", "points", message);
            }
            if per_response {
                let message = "a preference compares both responses and cannot be asked per response";
                q.problem("invalid_value", "per_response", message.into());
            }
            Kind::Preference {
                points: points.clamp(3, MAX_POINTS) as u8,
                allow_tie: q.boolean("allow_tie").unwrap_or(true),
            }
        }
        Some("text") => {
            let min_chars = q.integer("min_chars").unwrap_or(0);
            let max_chars = q.integer("max_chars");
            if min_chars < 0 {
                q.problem("invalid_text_limits", "min_chars", "min_chars cannot be negative".into());
            }
            if let Some(max) = max_chars.filter(|&max| max < 1 || max < min_chars) {
                let message = format!("max_chars ({max}) must be at least 1 and at least min_chars ({min_chars})");
                q.problem("invalid_text_limits", "max_chars", message);
            }
            Kind::Text {
                min_chars: min_chars.max(0) as usize,
                max_chars: max_chars.map(|m| m.max(0) as usize),
                placeholder: q.string("placeholder"),
            }
        }
        Some(other) => {
            let message = format!("unknown question kind \"{other}\"; use scale, choice, multi, preference or text");
            q.problem("unknown_kind", "kind", message);
            return None;
        }
        None => return None,
    };
    let question = Question { id: id?, title: title?, help, required, per_response, show_if, kind };
    (errors.len() == before).then_some(question)
}

fn read_scale(q: &mut Fields) -> Kind {
    let (min, max) = (q.integer("min"), q.integer("max"));
    let (Some(min), Some(max)) = (min, max) else {
        for key in ["min", "max"] {
            if q.get(key).is_none() {
                q.problem("missing_field", key, format!("a scale needs `{key}`"));
            }
        }
        return Kind::Scale { min: 0, max: 0, labels: Vec::new() };
    };
    if max <= min || max - min + 1 > MAX_POINTS {
        let message = format!("a scale needs min < max and at most {MAX_POINTS} points, got {min}..{max}");
        q.problem("invalid_scale", "max", message);
    }
    let mut labels: Vec<(i64, String)> = Vec::new();
    match q.get("labels") {
        None => {}
        Some(Json::Object(map)) => {
            for (key, text) in map {
                let value = json::parse_i64(key.trim()).filter(|v| (min..=max).contains(v));
                match (value, text) {
                    (Some(value), Json::String(text)) => insert_label(&mut labels, value, text),
                    (None, _) => {
                        let message = format!("label key \"{key}\" is not a whole number from {min} to {max}");
                        q.problem("invalid_scale", &format!("labels[\"{key}\"]"), message);
                    }
                    (Some(_), other) => q.wrong_type(&format!("labels[\"{key}\"]"), "a string", other),
                }
            }
        }
        Some(other) => q.wrong_type("labels", "an object", other),
    }
    Kind::Scale { min, max, labels }
}

/// Inserts a label in value order, after any with the same value (so the
/// list reads as a stable sort of the labels would). A few lines instead of
/// `sort_by_key`, whose merge sort costs about 0.7 KB of wasm.
fn insert_label(labels: &mut Vec<(i64, String)>, value: i64, text: &str) {
    let index = labels.iter().position(|(v, _)| *v > value).unwrap_or(labels.len());
    labels.insert(index, (value, text.to_string()));
}

fn read_options(q: &mut Fields, single: bool) -> Vec<ChoiceOption> {
    let items = q.array("options", true).map(Vec::as_slice).unwrap_or_default();
    let least = if single { 2 } else { 1 };
    if items.len() < least {
        q.problem("invalid_options", "options", format!("this question needs at least {least} options"));
    }
    let mut options: Vec<ChoiceOption> = Vec::with_capacity(items.len());
    for (j, item) in items.iter().enumerate() {
        let Some(mut option) = object(item, q.at(&format!("options[{j}]")), q.errors) else {
            continue;
        };
        let (Some(value), Some(label)) = (option.required_string("value"), option.required_string("label")) else {
            continue;
        };
        if value.is_empty() {
            option.problem("invalid_options", "value", "an option value is empty".into());
        } else if options.iter().any(|o| o.value == value) {
            option.problem("invalid_options", "value", format!("option value \"{value}\" is used twice"));
        }
        options.push(ChoiceOption { value, label });
    }
    options
}

fn read_condition(value: &Json, path: String, errors: &mut Vec<TaskError>) -> Option<Condition> {
    let mut c = object(value, path, errors)?;
    let question = c.required_string("question");
    // The last test found and how many there were (a count, not a vector
    // of tests, as only one may be given).
    let (mut test, mut tests) = (None, 0);
    if let Some(value) = c.get("equals") {
        (test, tests) = (Some(Test::Equals(value.clone())), tests + 1);
    }
    match c.get("in") {
        Some(Json::Array(values)) => (test, tests) = (Some(Test::In(values.clone())), tests + 1),
        Some(other) => c.wrong_type("in", "an array", other),
        None => {}
    }
    if let Some(option) = c.string("includes") {
        (test, tests) = (Some(Test::Includes(option)), tests + 1);
    }
    if let Some(answered) = c.boolean("answered") {
        (test, tests) = (Some(Test::Answered(answered)), tests + 1);
    }
    if tests != 1 {
        let message = "show_if needs exactly one of `equals`, `in`, `includes` or `answered`";
        let path = c.path.clone();
        c.errors.push(TaskError::new("invalid_condition", path, message));
        return None;
    }
    Some(Condition { question: question?, test: test? })
}

/// Checks that every `show_if` names another existing question, that
/// `includes` is used on `multi` questions, and that no chain of conditions
/// loops back on itself. `at` holds each question's index in the task.
fn check_conditions(questions: &[Question], at: &[usize], errors: &mut Vec<TaskError>) {
    let position = |id: &str| questions.iter().position(|q| q.id == id);
    for (i, (q, at)) in questions.iter().zip(at).enumerate() {
        let Some(condition) = &q.show_if else {
            continue;
        };
        let path = format!("$.rubric.questions[{at}].show_if.question");
        let Some(target) = position(&condition.question) else {
            let message =
                format!("show_if refers to \"{}\", which is not a question of this rubric", condition.question);
            errors.push(TaskError::new("unknown_question", path, message));
            continue;
        };
        if matches!(condition.test, Test::Includes(_)) && !matches!(questions[target].kind, Kind::Multi { .. }) {
            let path = format!("$.rubric.questions[{at}].show_if.includes");
            errors.push(TaskError::new("invalid_condition", path, "`includes` can only test a multi question"));
        }
        // Each question has at most one condition, so a loop through this
        // one shows up within `questions.len()` steps.
        let mut next = Some(target);
        for _ in 0..questions.len() {
            match next {
                Some(step) if step == i => {
                    let message = format!("show_if conditions starting at \"{}\" loop back to it", q.id);
                    errors.push(TaskError::new("show_if_cycle", path.clone(), message));
                    break;
                }
                Some(step) => next = questions[step].show_if.as_ref().and_then(|c| position(&c.question)),
                None => break,
            }
        }
    }
}
