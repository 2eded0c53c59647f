//! Property tests ("fuzzing") of the task parser and validator: random
//! bytes, random JSON, and structure-aware mutations of a valid task. The
//! parser must never panic, and every rejection must carry a code and a
//! JSON path. proptest keeps any failing input in
//! `tests/fuzz.proptest-regressions` and replays it first on every run.
//! `PROPTEST_CASES` sets how many inputs each property gets (256 by
//! default; run with e.g. `PROPTEST_CASES=200000` for a long session).
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use pairwise::json;
use pairwise::model::parse::Parsed;
use pairwise::model::{parse_task_json, Display, RatingState};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Checks the contract of one parse: a usable task, or well-formed errors.
fn check(parsed: Parsed) -> Result<(), TestCaseError> {
    match parsed {
        Ok(task) => {
            // A task that passed validation can be rated without panicking.
            let display = Display::new(&task, "fuzz", true);
            let state = RatingState::new(Arc::new(task), display, "t".into(), 0.0, true);
            let _ = (state.missing_ids(), state.answers_json().to_json_string(), state.to_draft(1.0));
        }
        Err(errors) => {
            prop_assert!(!errors.is_empty(), "a rejection lists at least one problem");
            for e in errors {
                prop_assert!(!e.code.is_empty() && !e.message.is_empty(), "{e:?}");
                prop_assert!(e.path.starts_with('$'), "{e:?}");
            }
        }
    }
    Ok(())
}

fn valid_task() -> Value {
    json!({
        "id": "t-1",
        "prompt": "Write `f`.",
        "responses": [{ "id": "a", "content": "```py\nx\n```" }, { "id": "b", "content": "y" }],
        "rubric": {
            "id": "r",
            "questions": [
                { "id": "s", "kind": "scale", "title": "S", "min": 1, "max": 5, "labels": { "1": "low" }, "per_response": true },
                { "id": "c", "kind": "choice", "title": "C", "options": [{ "value": "x", "label": "X" }, { "value": "y", "label": "Y" }] },
                { "id": "m", "kind": "multi", "title": "M", "required": false, "options": [{ "value": "p", "label": "P" }],
                  "show_if": { "question": "c", "equals": "x" } },
                { "id": "p", "kind": "preference", "title": "P", "points": 5 },
                { "id": "t", "kind": "text", "title": "T", "min_chars": 3, "max_chars": 10, "show_if": { "question": "m", "includes": "p" } }
            ]
        },
        "metadata": { "k": [1, 2.5, null] }
    })
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1.0e9f64..1.0e9).prop_map(|f| json!(f)),
        "[a-z_]{0,8}".prop_map(Value::String),
        prop::sample::select(vec!["scale", "choice", "multi", "preference", "text", "code-review-v1", "$", ""])
            .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "id",
                    "prompt",
                    "responses",
                    "content",
                    "rubric",
                    "questions",
                    "kind",
                    "title",
                    "min",
                    "max",
                    "labels",
                    "options",
                    "value",
                    "label",
                    "points",
                    "allow_tie",
                    "min_chars",
                    "max_chars",
                    "show_if",
                    "question",
                    "equals",
                    "in",
                    "includes",
                    "answered",
                    "per_response",
                    "required",
                    "x",
                ])
                .prop_map(String::from),
                inner,
                0..6,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A mutation at some place in a task.
#[derive(Clone, Debug)]
enum Mutation {
    Remove,
    Replace(Value),
    Duplicate,
    WrapInArray,
}

/// Applies `mutation` to the `pick`-th node (in a depth-first walk).
fn mutate(value: &mut Value, pick: &mut usize, mutation: &Mutation) -> bool {
    if *pick == 0 {
        match mutation {
            Mutation::Replace(v) => *value = v.clone(),
            Mutation::WrapInArray => *value = Value::Array(vec![value.clone()]),
            Mutation::Duplicate => {
                if let Value::Array(items) = value {
                    if let Some(first) = items.first().cloned() {
                        items.push(first);
                    }
                }
            }
            Mutation::Remove => {
                if let Value::Object(map) = value {
                    if let Some(key) = map.keys().next().cloned() {
                        map.remove(&key);
                    }
                } else if let Value::Array(items) = value {
                    items.pop();
                }
            }
        }
        return true;
    }
    *pick -= 1;
    match value {
        Value::Object(map) => map.values_mut().any(|v| mutate(v, pick, mutation)),
        Value::Array(items) => items.iter_mut().any(|v| mutate(v, pick, mutation)),
        _ => false,
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        Just(Mutation::Remove),
        Just(Mutation::Duplicate),
        Just(Mutation::WrapInArray),
        arbitrary_json().prop_map(Mutation::Replace),
    ]
}

proptest! {
    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = json::parse(&text);
        check(parse_task_json(&text))?;
    }

    #[test]
    fn random_json_never_panics(value in arbitrary_json()) {
        check(parse_task_json(&value.to_string()))?;
    }

    #[test]
    fn mutated_valid_tasks_are_accepted_or_rejected_with_paths(
        steps in prop::collection::vec((0usize..80, mutation()), 1..5)
    ) {
        let mut task = valid_task();
        for (pick, mutation) in &steps {
            let mut pick = *pick;
            mutate(&mut task, &mut pick, mutation);
        }
        check(parse_task_json(&task.to_string()))?;
    }
}

#[test]
fn the_unmutated_task_is_valid() {
    assert!(parse_task_json(&valid_task().to_string()).is_ok());
}
