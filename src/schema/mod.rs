//! The public contract as JSON Schema (draft 2020-12): the task a host
//! passes in and every event it receives, built from the same names the
//! parser and the emitter use (preset names, question kinds, flag reasons,
//! the schema version). `tests/schema.rs` writes them to `schema/` and fails
//! when the files there differ, so the checked-in schemas and the
//! TypeScript declarations generated from them ([`typescript`]) cannot drift
//! from the Rust types.
//!
//! The builders here run only in tests and tools; nothing in the widget
//! calls them, so they add nothing to the wasm.

pub mod typescript;

use crate::events::SCHEMA_VERSION;
use crate::json::Json;
use crate::model::state::FLAG_REASONS;
use crate::model::{hints, preset};

/// Where the schemas say they live; ids are relative to it.
pub const BASE_ID: &str = "https://pairwise.invalid/schema/v1/";

/// One schema file: its file name and its content.
pub struct SchemaFile {
    /// File name under `schema/`, e.g. `task.schema.json`.
    pub file: String,
    /// The schema.
    pub schema: Json,
}

/// Every schema file: the task, each event, and the union of all events.
pub fn files() -> Vec<SchemaFile> {
    let mut files = vec![document("task", "Task", "A task to rate.", task_defs(), "Task")];
    for (kind, name, _) in EVENTS {
        files.push(document(kind, name, &format!("The `{kind}` event."), event_defs(), name));
    }
    files.push(document("event", "PairwiseEvent", "Any event the widget sends.", event_defs(), "PairwiseEvent"));
    files
}

/// The named types of the task and of the events, for the TypeScript
/// declarations.
pub fn definitions() -> Vec<(&'static str, Json)> {
    let mut defs = task_defs();
    defs.extend(event_defs());
    defs
}

/// Every event: its `type`, its type name, and what it adds to the envelope.
pub const EVENTS: [(&str, &str, &str); 6] = [
    ("ready", "ReadyEvent", "The task is rendered and can be rated."),
    ("change", "ChangeEvent", "An answer changed."),
    ("submit", "SubmitEvent", "The rater submitted a complete rating."),
    ("flag", "FlagEvent", "The rater reports the task as broken instead of rating it."),
    ("dispute", "DisputeEvent", "After the submit, the rater disagrees with a gold answer."),
    (
        "error",
        "ErrorEvent",
        "The task or the options are invalid, storage failed, or the widget hit an internal error.",
    ),
];

/// A schema document whose root refers to `$defs/root`.
fn document(stem: &str, title: &str, description: &str, defs: Vec<(&'static str, Json)>, root: &str) -> SchemaFile {
    let schema = Json::object([
        ("$schema", "https://json-schema.org/draft/2020-12/schema".into()),
        ("$id", format!("{BASE_ID}{stem}.schema.json").into()),
        ("title", title.into()),
        ("description", description.into()),
        ("$ref", reference(root)),
        ("$defs", Json::Object(defs.into_iter().map(|(name, schema)| (name.to_string(), schema)).collect())),
    ]);
    SchemaFile { file: format!("{stem}.schema.json"), schema }
}

fn reference(name: &str) -> Json {
    format!("#/$defs/{name}").into()
}

fn r(name: &str) -> Json {
    Json::object([("$ref", reference(name))])
}

fn typed(name: &str) -> Json {
    Json::object([("type", name.into())])
}

fn string() -> Json {
    typed("string")
}

fn id_string() -> Json {
    Json::object([("type", "string".into()), ("minLength", 1u64.into())])
}

fn described(mut schema: Json, description: &str) -> Json {
    schema.insert("description", description.into());
    schema
}

fn constant(value: Json) -> Json {
    Json::object([("const", value)])
}

fn one_of_strings(values: &[&str]) -> Json {
    Json::object([("enum", Json::Array(values.iter().map(|v| (*v).into()).collect()))])
}

fn array(items: Json) -> Json {
    Json::object([("type", "array".into()), ("items", items)])
}

fn any_of(schemas: Vec<Json>) -> Json {
    Json::object([("anyOf", Json::Array(schemas))])
}

fn map_of(values: Json) -> Json {
    Json::object([("type", "object".into()), ("additionalProperties", values)])
}

/// An object with `fields` (name, schema, required); `open` allows others.
fn object(fields: Vec<(&str, Json, bool)>, open: bool) -> Json {
    let required: Vec<Json> = fields.iter().filter(|f| f.2).map(|f| f.0.into()).collect();
    let mut schema = Json::object([
        ("type", "object".into()),
        ("properties", Json::Object(fields.into_iter().map(|(name, s, _)| (name.to_string(), s)).collect())),
    ]);
    if !required.is_empty() {
        schema.insert("required", Json::Array(required));
    }
    if !open {
        schema.insert("additionalProperties", false.into());
    }
    schema
}

/// The task, the rubric and its questions.
fn task_defs() -> Vec<(&'static str, Json)> {
    let presets = described(one_of_strings(&preset::NAMES), "A preset rubric, by name.");
    let mut defs = vec![
        (
            "Task",
            described(
                object(
                    vec![
                        ("id", described(id_string(), "Unique id of the task."), true),
                        ("prompt", described(string(), "The coding question, as Markdown."), true),
                        (
                            "responses",
                            described(
                                Json::object([
                                    ("type", "array".into()),
                                    ("prefixItems", Json::Array(vec![r("Response"), r("Response")])),
                                    ("items", false.into()),
                                    ("minItems", 2u64.into()),
                                ]),
                                "Exactly two responses with distinct ids.",
                            ),
                            true,
                        ),
                        (
                            "rubric",
                            described(
                                any_of(vec![presets, r("Rubric")]),
                                "A preset name or a rubric (default code-review-v1).",
                            ),
                            false,
                        ),
                        ("guidelines", described(string(), "Markdown shown to the rater beside the task."), false),
                        ("gold", r("Gold"), false),
                        ("metadata", described(Json::object([]), "Anything; echoed in the submit event."), false),
                    ],
                    true,
                ),
                "Fields not listed here are kept and ignored.",
            ),
        ),
        (
            "Response",
            object(
                vec![
                    ("id", described(id_string(), "Id the answers are keyed by."), true),
                    ("content", described(string(), "The model's answer, as Markdown."), true),
                ],
                true,
            ),
        ),
        (
            "Rubric",
            object(
                vec![
                    ("id", described(id_string(), "Echoed as `rubric_id` in the submit event."), true),
                    (
                        "questions",
                        Json::object([("type", "array".into()), ("items", r("Question")), ("minItems", 1u64.into())]),
                        true,
                    ),
                ],
                true,
            ),
        ),
        ("Question", Json::object([("allOf", Json::Array(vec![r("QuestionCommon"), r("QuestionKind")]))])),
        ("QuestionCommon", question_common()),
        (
            "QuestionKind",
            Json::object([(
                "oneOf",
                Json::Array(vec![r("ScaleQuestion"), r("ChoiceQuestion"), r("PreferenceQuestion"), r("TextQuestion")]),
            )]),
        ),
        (
            "ScaleQuestion",
            object(
                vec![
                    ("kind", constant("scale".into()), true),
                    ("min", typed("integer"), true),
                    ("max", described(typed("integer"), "Greater than `min`."), true),
                    ("labels", described(map_of(string()), "Text for some values, keyed by the value."), false),
                ],
                true,
            ),
        ),
        (
            "ChoiceQuestion",
            object(
                vec![
                    ("kind", one_of_strings(&["choice", "multi"]), true),
                    (
                        "options",
                        Json::object([
                            ("type", "array".into()),
                            ("items", r("ChoiceOption")),
                            ("minItems", 1u64.into()),
                        ]),
                        true,
                    ),
                ],
                true,
            ),
        ),
        (
            "ChoiceOption",
            object(vec![("value", id_string(), true), ("label", described(string(), "Markdown."), true)], true),
        ),
        (
            "PreferenceQuestion",
            object(
                vec![
                    ("kind", constant("preference".into()), true),
                    ("points", described(typed("integer"), "Odd, at least 3; default 7."), false),
                    ("allow_tie", described(typed("boolean"), "Default true."), false),
                ],
                true,
            ),
        ),
        (
            "TextQuestion",
            object(
                vec![
                    ("kind", constant("text".into()), true),
                    ("min_chars", typed("integer"), false),
                    ("max_chars", typed("integer"), false),
                    ("placeholder", string(), false),
                ],
                true,
            ),
        ),
        ("Condition", condition()),
        (
            "Gold",
            described(
                any_of(vec![
                    object(
                        vec![
                            (
                                "answers",
                                described(
                                    map_of(Json::object([])),
                                    "Expected answers, shaped like a submit's `answers`.",
                                ),
                                false,
                            ),
                            ("explanations", described(map_of(string()), "Markdown, keyed by question id."), false),
                        ],
                        false,
                    ),
                    typed("null"),
                ]),
                "Expected answers for calibration tasks; feedback is shown after the submit.",
            ),
        ),
    ];
    // Other fields of a task are kept (and `metadata` echoed), so say so.
    defs[0].1.insert("additionalProperties", true.into());
    defs
}

fn question_common() -> Json {
    object(
        vec![
            ("id", described(id_string(), "Unique within the rubric."), true),
            ("kind", one_of_strings(&["scale", "choice", "multi", "preference", "text"]), true),
            ("title", described(string(), "Markdown."), true),
            ("help", described(string(), "Markdown shown on request."), false),
            ("required", described(typed("boolean"), "Default true."), false),
            ("per_response", described(typed("boolean"), "Asked once per response; default false."), false),
            ("show_if", r("Condition"), false),
        ],
        true,
    )
}

/// `show_if`: a question id and one test of its answer.
fn condition() -> Json {
    let test = |name: &str, schema: Json| object(vec![(name, schema, true)], true);
    Json::object([(
        "allOf",
        Json::Array(vec![
            object(vec![("question", described(id_string(), "Id of an earlier question."), true)], true),
            Json::object([(
                "oneOf",
                Json::Array(vec![
                    test("equals", described(Json::object([]), "Shown when the answer equals this.")),
                    test("in", described(array(Json::object([])), "Shown when the answer is one of these.")),
                    test("includes", described(string(), "Shown when a multi answer includes this option.")),
                    test("answered", described(typed("boolean"), "Shown when the question is (or is not) answered.")),
                ]),
            )]),
        ]),
    )])
}

/// The envelope, each event body and the values they carry.
fn event_defs() -> Vec<(&'static str, Json)> {
    let mut defs = vec![(
        "PairwiseEvent",
        Json::object([("oneOf", Json::Array(EVENTS.iter().map(|(_, name, _)| r(name)).collect()))]),
    )];
    for (kind, name, description) in EVENTS {
        let mut fields = vec![("type", constant(kind.into()), true)];
        fields.extend(event_fields(kind));
        fields.extend(envelope());
        defs.push((name, described(object(fields, false), description)));
    }
    defs.extend(values());
    defs
}

fn envelope() -> Vec<(&'static str, Json, bool)> {
    vec![
        ("schema_version", constant(u64::from(SCHEMA_VERSION).into()), true),
        ("widget_version", string(), true),
        ("task_id", described(any_of(vec![string(), typed("null")]), "Null before a task was read."), true),
        ("session_id", described(string(), "Id of this widget instance."), true),
        ("at", described(date_time(), "When the event was sent."), true),
    ]
}

fn date_time() -> Json {
    Json::object([("type", "string".into()), ("format", "date-time".into())])
}

fn count() -> Json {
    Json::object([("type", "integer".into()), ("minimum", 0u64.into())])
}

fn event_fields(kind: &str) -> Vec<(&'static str, Json, bool)> {
    match kind {
        "ready" => vec![("display", r("Display"), true)],
        "change" => vec![
            ("answers", r("Answers"), true),
            ("complete", described(typed("boolean"), "Whether the rating can be submitted."), true),
            ("missing", described(array(string()), "Ids of the questions still to answer."), true),
        ],
        "submit" => vec![
            ("submission_id", described(string(), "Unique per rating, the same on every retry."), true),
            ("rubric_id", string(), true),
            ("answers", r("Answers"), true),
            ("display", r("Display"), true),
            ("timing", r("Timing"), true),
            ("attention", described(map_of(r("Attention")), "Keyed by response id."), true),
            ("metadata", described(Json::object([]), "The task's `metadata`, or null."), true),
            ("hints", described(array(r("FiredHint")), "Consistency hints shown before the submit."), true),
        ],
        "dispute" => vec![
            ("question_id", string(), true),
            (
                "response_id",
                described(any_of(vec![string(), typed("null")]), "For a per-response question; else null."),
                true,
            ),
            ("comment", described(string(), "Why the rater disagrees."), true),
            ("submission_id", described(string(), "The rating the feedback was about."), true),
        ],
        "flag" => vec![
            ("reason", one_of_strings(&FLAG_REASONS), true),
            ("comment", described(string(), "The rater's explanation."), true),
        ],
        "error" => {
            let mut fields = problem_fields();
            fields.push((
                "problems",
                described(array(r("Problem")), "Every problem; the first is the headline."),
                true,
            ));
            fields
        }
        _ => Vec::new(),
    }
}

fn problem_fields() -> Vec<(&'static str, Json, bool)> {
    vec![
        ("code", described(string(), "Machine-readable, e.g. `missing_field`."), true),
        ("message", described(string(), "A sentence for people."), true),
        ("path", described(string(), "JSON path of the bad field, e.g. `$.responses[1].id`."), true),
    ]
}

/// The values events carry.
fn values() -> Vec<(&'static str, Json)> {
    let answer = any_of(vec![typed("integer"), string(), array(string()), r("PreferenceAnswer")]);
    let timing = object(
        vec![
            ("first_ms", described(count(), "Milliseconds from the start to the first answer."), true),
            ("last_ms", described(count(), "… to the last change."), true),
            ("changes", count(), true),
        ],
        false,
    );
    vec![
        (
            "Display",
            described(
                object(
                    vec![
                        (
                            "order",
                            described(
                                Json::object([
                                    ("type", "array".into()),
                                    ("prefixItems", Json::Array(vec![string(), string()])),
                                    ("items", false.into()),
                                    ("minItems", 2u64.into()),
                                ]),
                                "Response ids, left (or top) first.",
                            ),
                            true,
                        ),
                        ("swapped", described(typed("boolean"), "Whether the order differs from the task's."), true),
                        ("seed", described(string(), "The seed the order was drawn from."), true),
                    ],
                    false,
                ),
                "What was shown on which side.",
            ),
        ),
        (
            "Answers",
            described(
                map_of(any_of(vec![r("AnswerValue"), map_of(r("AnswerValue"))])),
                "Keyed by question id; per-response questions by question id, then response id.",
            ),
        ),
        ("AnswerValue", answer),
        (
            "PreferenceAnswer",
            object(
                vec![
                    (
                        "preferred",
                        described(any_of(vec![string(), typed("null")]), "A response id, or null for a tie."),
                        true,
                    ),
                    (
                        "strength",
                        Json::object([("type", "integer".into()), ("minimum", 0u64.into()), ("maximum", 3u64.into())]),
                        true,
                    ),
                ],
                false,
            ),
        ),
        (
            "Timing",
            object(
                vec![
                    ("started_at", date_time(), true),
                    ("submitted_at", date_time(), true),
                    ("active_ms", described(count(), "Time the page was visible and in use."), true),
                    ("questions", map_of(any_of(vec![r("QuestionTiming"), map_of(r("QuestionTiming"))])), true),
                ],
                false,
            ),
        ),
        ("QuestionTiming", timing),
        (
            "Attention",
            object(
                vec![
                    (
                        "viewed_fraction",
                        described(
                            Json::object([
                                ("type", "number".into()),
                                ("minimum", 0u64.into()),
                                ("maximum", 1u64.into()),
                            ]),
                            "Share of the response's height that was on screen.",
                        ),
                        true,
                    ),
                    ("dwell_ms", described(count(), "Time any of it was on screen."), true),
                ],
                false,
            ),
        ),
        ("Problem", object(problem_fields(), false)),
        (
            "FiredHint",
            object(
                vec![
                    ("id", one_of_strings(&hints::IDS), true),
                    ("changed_after", described(typed("boolean"), "An answer changed after it appeared."), true),
                    ("applies", described(typed("boolean"), "It still applied at the submit."), true),
                ],
                false,
            ),
        ),
    ]
}

/// `value` as indented JSON text, two spaces per level, ending in a newline.
pub fn pretty(value: &Json) -> String {
    let mut out = String::new();
    write_pretty(value, 0, &mut out);
    out.push('\n');
    out
}

fn write_pretty(value: &Json, depth: usize, out: &mut String) {
    let indent = |out: &mut String, depth: usize| out.extend(std::iter::repeat_n("  ", depth));
    match value {
        Json::Array(items) if !items.is_empty() && !items.iter().all(is_scalar) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                indent(out, depth + 1);
                write_pretty(item, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            indent(out, depth);
            out.push(']');
        }
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i > 0 { ", " } else { "" });
                out.push_str(&item.to_json_string());
            }
            out.push(']');
        }
        Json::Object(pairs) if !pairs.is_empty() => {
            out.push_str("{\n");
            for (i, (key, item)) in pairs.iter().enumerate() {
                indent(out, depth + 1);
                out.push_str(&Json::from(key.as_str()).to_json_string());
                out.push_str(": ");
                write_pretty(item, depth + 1, out);
                out.push_str(if i + 1 < pairs.len() { ",\n" } else { "\n" });
            }
            indent(out, depth);
            out.push('}');
        }
        other => out.push_str(&other.to_json_string()),
    }
}

fn is_scalar(value: &Json) -> bool {
    !matches!(value, Json::Array(_) | Json::Object(_))
}
