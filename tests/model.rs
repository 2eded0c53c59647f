//! Native tests of the pure core: parsing and validation with JSON paths,
//! the preset, A/B order, answers keyed by response id, the state machine,
//! the event payloads and the Markdown sink.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use pairwise::events::{EventBody, WidgetEvent};
use pairwise::json::Json;
use pairwise::markdown::to_html;
use pairwise::model::answer::{preference_at, Preference};
use pairwise::model::order::is_swapped;
use pairwise::model::state::Outcome;
use pairwise::model::{parse_task_json, Action, ActionError, AnswerValue, Display, Kind, RatingState, Slot, Task};
use serde_json::{json, Value};

fn base_task() -> Value {
    json!({
        "id": "task-0001",
        "prompt": "Write `add(a, b)` in Python.",
        "responses": [
            { "id": "resp-a7", "content": "```python\ndef add(a, b):\n    return a + b\n```" },
            { "id": "resp-c2", "content": "`lambda a, b: a + b`" }
        ],
        "rubric": "code-review-v1",
        "metadata": { "batch": 7 }
    })
}

/// Parses a task given as a serde_json value (through its JSON text).
fn parse_task_value(value: &Value) -> pairwise::model::parse::Parsed {
    parse_task_json(&value.to_string())
}

/// Our JSON value as a serde_json value, to compare with `json!`.
fn sj(value: &Json) -> Value {
    serde_json::from_str(&value.to_json_string()).expect("valid JSON out")
}

fn parse(value: Value) -> Task {
    parse_task_value(&value).expect("valid task")
}

/// Parses `value` and returns the (code, path) of every problem.
fn problems(value: Value) -> Vec<(String, String)> {
    let errors = parse_task_value(&value).expect_err("task should be rejected");
    errors.into_iter().map(|e| (e.code.to_string(), e.path)).collect()
}

fn has(problems: &[(String, String)], code: &str, path: &str) -> bool {
    problems.iter().any(|(c, p)| c == code && p == path)
}

#[test]
fn preset_code_review_v1_matches_the_spec() {
    let task = parse(base_task());
    let rubric = &task.rubric;
    assert_eq!(rubric.id, "code-review-v1");
    let ids: Vec<&str> = rubric.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["correctness", "instruction_following", "ran_code", "issues", "preference", "justification"]);
    for id in ["correctness", "instruction_following"] {
        let q = rubric.question(id).unwrap();
        assert!(q.per_response && q.required);
        assert!(matches!(&q.kind, Kind::Scale { min: 1, max: 5, labels } if labels.len() == 5));
    }
    let ran = rubric.question("ran_code").unwrap();
    assert!(ran.per_response && ran.required);
    match &ran.kind {
        Kind::Choice { options } => {
            let values: Vec<&str> = options.iter().map(|o| o.value.as_str()).collect();
            assert_eq!(values, ["works", "fails", "could_not_run", "did_not_try", "no_code"]);
        }
        other => panic!("ran_code is {other:?}"),
    }
    let issues = rubric.question("issues").unwrap();
    assert!(issues.per_response && !issues.required);
    assert!(matches!(&issues.kind, Kind::Multi { options } if options.len() == 7));
    let preference = rubric.question("preference").unwrap();
    assert!(!preference.per_response && preference.required);
    assert_eq!(preference.kind, Kind::Preference { points: 7, allow_tie: true });
    let justification = rubric.question("justification").unwrap();
    assert!(!justification.per_response && justification.required);
    assert!(matches!(justification.kind, Kind::Text { min_chars: 40, .. }));
}

#[test]
fn missing_rubric_means_the_default_preset_and_extra_fields_are_kept() {
    let mut value = base_task();
    value.as_object_mut().unwrap().remove("rubric");
    value["batch_owner"] = json!("lab-3");
    let task = parse(value);
    assert_eq!(task.rubric.id, "code-review-v1");
    assert_eq!(task.metadata.as_ref().map(sj), Some(json!({ "batch": 7 })));
    assert_eq!(task.extra, vec![("batch_owner".to_string(), Json::from("lab-3"))]);
}

#[test]
fn malformed_json_is_reported_at_the_root() {
    let errors = parse_task_json("{\"id\": \"t\", ").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].code, errors[0].path.as_str()), ("invalid_json", "$"));
    assert!(errors[0].message.contains("line 1"), "{}", errors[0].message);
    let errors = parse_task_json("[1, 2]").unwrap_err();
    assert_eq!((errors[0].code, errors[0].path.as_str()), ("invalid_type", "$"));
}

#[test]
fn a_missing_field_is_reported_at_its_own_path() {
    let mut value = base_task();
    value.as_object_mut().unwrap().remove("prompt");
    assert_eq!(problems(value), [("missing_field".to_string(), "$.prompt".to_string())]);

    let mut value = base_task();
    value["responses"][1].as_object_mut().unwrap().remove("content");
    assert_eq!(problems(value), [("missing_field".into(), "$.responses[1].content".into())]);
}

#[test]
fn a_wrong_type_is_reported_at_its_path() {
    let mut value = base_task();
    value["responses"][0]["content"] = json!(42);
    let found = problems(value);
    assert!(has(&found, "invalid_type", "$.responses[0].content"), "{found:?}");

    let mut value = base_task();
    value["rubric"] = json!(3);
    assert!(has(&problems(value), "invalid_type", "$.rubric"));
}

#[test]
fn unknown_preset_one_response_and_duplicate_ids_are_rejected() {
    let mut value = base_task();
    value["rubric"] = json!("code-review-v9");
    let errors = parse_task_value(&value).unwrap_err();
    assert_eq!((errors[0].code, errors[0].path.as_str()), ("unknown_preset", "$.rubric"));
    assert!(errors[0].message.contains("code-review-v1"));

    let mut value = base_task();
    value["responses"].as_array_mut().unwrap().pop();
    assert!(has(&problems(value), "response_count", "$.responses"));

    let mut value = base_task();
    value["responses"][1]["id"] = json!("resp-a7");
    assert!(has(&problems(value), "duplicate_id", "$.responses[1].id"));
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let value = json!({
        "id": "t",
        "prompt": "p",
        "responses": [{ "id": "x", "content": "a" }, { "id": "x", "content": "b" }, { "id": "y", "content": "c" }],
        "rubric": {
            "id": "custom",
            "questions": [
                { "id": "q1", "kind": "scale", "title": "Q1", "min": 5, "max": 1 },
                { "id": "q1", "kind": "text", "title": "Dup" },
                { "id": "q3", "kind": "preference", "title": "P", "points": 6 },
                { "id": "q4", "kind": "slider", "title": "S" },
                { "id": "q5", "kind": "choice", "title": "C", "options": [{ "value": "a", "label": "A" }, { "value": "a", "label": "A again" }] },
                { "id": "q6", "kind": "text", "title": "T", "show_if": { "question": "nowhere", "equals": 1 } },
                { "id": "q7", "kind": "scale", "title": "S", "min": 1, "max": 3, "labels": { "9": "nine" } },
                { "id": "q8", "kind": "text", "title": "T", "min_chars": 10, "max_chars": 5 }
            ]
        }
    });
    let found = problems(value);
    for (code, path) in [
        ("response_count", "$.responses"),
        ("duplicate_id", "$.responses[1].id"),
        ("invalid_scale", "$.rubric.questions[0].max"),
        ("duplicate_question", "$.rubric.questions[1].id"),
        ("invalid_points", "$.rubric.questions[2].points"),
        ("unknown_kind", "$.rubric.questions[3].kind"),
        ("invalid_options", "$.rubric.questions[4].options[1].value"),
        ("unknown_question", "$.rubric.questions[5].show_if.question"),
        ("invalid_scale", "$.rubric.questions[6].labels[\"9\"]"),
        ("invalid_text_limits", "$.rubric.questions[7].max_chars"),
    ] {
        assert!(has(&found, code, path), "expected {code} at {path} in {found:?}");
    }
}

#[test]
fn show_if_cycles_and_bad_conditions_are_rejected() {
    let mut value = base_task();
    value["rubric"] = json!({
        "id": "loop",
        "questions": [
            { "id": "a", "kind": "text", "title": "A", "show_if": { "question": "b", "answered": true } },
            { "id": "b", "kind": "text", "title": "B", "show_if": { "question": "a", "answered": true } },
            { "id": "c", "kind": "text", "title": "C", "show_if": { "question": "c", "answered": true } },
            { "id": "d", "kind": "text", "title": "D", "show_if": { "question": "a" } },
            { "id": "e", "kind": "text", "title": "E", "show_if": { "question": "a", "includes": "x" } }
        ]
    });
    let found = problems(value);
    assert!(has(&found, "show_if_cycle", "$.rubric.questions[0].show_if.question"), "{found:?}");
    assert!(has(&found, "show_if_cycle", "$.rubric.questions[2].show_if.question"), "{found:?}");
    assert!(has(&found, "invalid_condition", "$.rubric.questions[3].show_if"), "{found:?}");
    assert!(has(&found, "invalid_condition", "$.rubric.questions[4].show_if.includes"), "{found:?}");
}

#[test]
fn a_preference_cannot_be_per_response() {
    let mut value = base_task();
    value["rubric"] = json!({ "id": "r", "questions": [
        { "id": "p", "kind": "preference", "title": "P", "per_response": true }
    ]});
    assert!(has(&problems(value), "invalid_value", "$.rubric.questions[0].per_response"));
}

#[test]
fn ab_order_is_seeded_reproducible_and_balanced() {
    let task = parse(base_task());
    let first = Display::new(&task, "rater-42", true);
    assert_eq!(first, Display::new(&task, "rater-42", true));
    assert_eq!(first.seed, "rater-42");
    let mut ids = first.order.to_vec();
    ids.sort();
    assert_eq!(ids, ["resp-a7", "resp-c2"]);
    assert_eq!(first.swapped, first.order[0] == "resp-c2");

    let fixed = Display::new(&task, "rater-42", false);
    assert!(!fixed.swapped);
    assert_eq!(fixed.order, ["resp-a7".to_string(), "resp-c2".to_string()]);

    let swapped = (0..2000).filter(|i| is_swapped("rater-42", &format!("task-{i:04}"))).count();
    assert!((900..1100).contains(&swapped), "{swapped} of 2000 swapped");
    let by_seed = (0..2000).filter(|i| is_swapped(&format!("seed-{i}"), "task-0001")).count();
    assert!((900..1100).contains(&by_seed), "{by_seed} of 2000 swapped");
}

fn state_for(task: &Task, swapped: bool) -> RatingState {
    let seed = (0..).map(|i| format!("seed-{i}")).find(|s| is_swapped(s, &task.id) == swapped).unwrap();
    let display = Display::new(task, &seed, true);
    assert_eq!(display.swapped, swapped);
    RatingState::new(Arc::new(task.clone()), display, "2026-11-25T10:00:00.000Z".into(), 1000.0, true)
}

fn answer(state: &mut RatingState, question: &str, response: Option<&str>, value: AnswerValue, now: f64) {
    let slot = Slot { question: question.into(), response: response.map(String::from) };
    let outcome = state.apply(Action::Answer { slot, value: Some(value) }, now).expect("accepted");
    assert_eq!(outcome, Outcome::Changed);
}

/// Answers every question of code-review-v1, by response id.
fn rate_fully(state: &mut RatingState) {
    use AnswerValue::{List, Number, Text};
    answer(state, "correctness", Some("resp-a7"), Number(5), 1100.0);
    answer(state, "correctness", Some("resp-c2"), Number(2), 1200.0);
    answer(state, "instruction_following", Some("resp-a7"), Number(4), 1300.0);
    answer(state, "instruction_following", Some("resp-c2"), Number(3), 1400.0);
    answer(state, "ran_code", Some("resp-a7"), Text("works".into()), 1500.0);
    answer(state, "ran_code", Some("resp-c2"), Text("no_code".into()), 1600.0);
    answer(state, "issues", Some("resp-c2"), List(vec!["too_verbose".into(), "bug".into()]), 1700.0);
    let pref = Preference { preferred: Some("resp-a7".into()), strength: 2 };
    answer(state, "preference", None, AnswerValue::Preference(pref), 1800.0);
    answer(state, "justification", None, Text("A handles every case and is tested; B is not code.".into()), 1900.0);
}

#[test]
fn answers_are_keyed_by_response_id_whatever_the_order() {
    let task = parse(base_task());
    let (mut plain, mut swapped) = (state_for(&task, false), state_for(&task, true));
    rate_fully(&mut plain);
    rate_fully(&mut swapped);
    let expected = json!({
        "correctness": { "resp-a7": 5, "resp-c2": 2 },
        "instruction_following": { "resp-a7": 4, "resp-c2": 3 },
        "ran_code": { "resp-a7": "works", "resp-c2": "no_code" },
        "issues": { "resp-a7": [], "resp-c2": ["bug", "too_verbose"] },
        "preference": { "preferred": "resp-a7", "strength": 2 },
        "justification": "A handles every case and is tested; B is not code."
    });
    assert_eq!(sj(&plain.answers_json()), expected);
    assert_eq!(sj(&swapped.answers_json()), expected);
    assert!(plain.is_complete() && swapped.is_complete());
}

#[test]
fn preference_points_follow_the_displayed_order() {
    let order = ["resp-c2", "resp-a7"];
    assert_eq!(preference_at(7, 0, order), Preference { preferred: Some("resp-c2".into()), strength: 3 });
    assert_eq!(preference_at(7, 2, order), Preference { preferred: Some("resp-c2".into()), strength: 1 });
    assert_eq!(preference_at(7, 3, order), Preference { preferred: None, strength: 0 });
    assert_eq!(preference_at(7, 6, order), Preference { preferred: Some("resp-a7".into()), strength: 3 });
    assert_eq!(preference_at(5, 4, order), Preference { preferred: Some("resp-a7".into()), strength: 2 });
}

#[test]
fn completeness_lists_what_is_missing_and_submit_waits_for_it() {
    let task = parse(base_task());
    let mut state = state_for(&task, false);
    assert_eq!(
        state.missing_ids(),
        ["correctness", "instruction_following", "ran_code", "preference", "justification"]
    );
    let submit = Action::Submit { submission_id: "id-1".into(), at: "2026-11-25T10:01:00.000Z".into() };
    assert!(matches!(state.apply(submit.clone(), 1050.0), Err(ActionError::Incomplete(m)) if m.len() == 5));

    rate_fully(&mut state);
    // A justification under 40 characters is not enough.
    answer(&mut state, "justification", None, AnswerValue::Text("  too short  ".into()), 1950.0);
    assert_eq!(state.missing_ids(), ["justification"]);
    answer(&mut state, "justification", None, AnswerValue::Text("x".repeat(40)), 1960.0);
    assert!(state.is_complete());

    assert_eq!(state.apply(submit, 2000.0), Ok(Outcome::Submitted));
    let again = Action::Submit { submission_id: "id-2".into(), at: "later".into() };
    assert_eq!(state.apply(again, 2100.0), Ok(Outcome::Unchanged));
    assert_eq!(state.submission().unwrap().id, "id-1");
    let late = Action::Answer { slot: Slot::overall("preference"), value: None };
    assert_eq!(state.apply(late, 2200.0), Err(ActionError::Locked));
}

#[test]
fn values_the_question_does_not_accept_are_refused() {
    let task = parse(base_task());
    let mut state = state_for(&task, false);
    let cases = [
        (Slot::for_response("correctness", "resp-a7"), AnswerValue::Number(6)),
        (Slot::for_response("ran_code", "resp-a7"), AnswerValue::Text("maybe".into())),
        (Slot::for_response("issues", "resp-a7"), AnswerValue::List(vec!["nope".into()])),
        (
            Slot::overall("preference"),
            AnswerValue::Preference(Preference { preferred: Some("resp-zz".into()), strength: 1 }),
        ),
        (Slot::overall("preference"), AnswerValue::Preference(Preference { preferred: None, strength: 2 })),
        (Slot::overall("justification"), AnswerValue::Text("x".repeat(5001))),
    ];
    for (slot, value) in cases {
        let result = state.apply(Action::Answer { slot: slot.clone(), value: Some(value) }, 1.0);
        assert!(matches!(result, Err(ActionError::InvalidValue(_))), "{slot:?} gave {result:?}");
    }
    let wrong_slot = Slot::overall("correctness");
    let result = state.apply(Action::Answer { slot: wrong_slot, value: Some(AnswerValue::Number(3)) }, 1.0);
    assert!(matches!(result, Err(ActionError::UnknownSlot(_))));
    let unknown_response = Slot::for_response("correctness", "resp-zz");
    let result = state.apply(Action::Answer { slot: unknown_response, value: Some(AnswerValue::Number(3)) }, 1.0);
    assert!(matches!(result, Err(ActionError::UnknownSlot(_))));
}

fn show_if_task() -> Task {
    let mut value = base_task();
    value["rubric"] = json!({
        "id": "conditional",
        "questions": [
            { "id": "ran", "kind": "choice", "title": "Ran?", "per_response": true,
              "options": [{ "value": "works", "label": "Works" }, { "value": "fails", "label": "Fails" }] },
            { "id": "failure", "kind": "text", "title": "What failed?", "per_response": true,
              "show_if": { "question": "ran", "equals": "fails" } },
            { "id": "any_failure", "kind": "scale", "title": "How bad?", "min": 1, "max": 3,
              "show_if": { "question": "ran", "in": ["fails"] } }
        ]
    });
    parse(value)
}

#[test]
fn show_if_shows_per_response_and_overall_questions_and_hides_their_answers() {
    let task = show_if_task();
    let mut state = state_for(&task, false);
    let failure = task.rubric.question("failure").unwrap().clone();
    let overall = task.rubric.question("any_failure").unwrap().clone();
    assert!(!state.is_visible(&failure, Some("resp-a7")) && !state.is_visible(&overall, None));
    assert_eq!(state.missing_ids(), ["ran"]);

    answer(&mut state, "ran", Some("resp-a7"), AnswerValue::Text("works".into()), 1.0);
    answer(&mut state, "ran", Some("resp-c2"), AnswerValue::Text("fails".into()), 2.0);
    assert!(!state.is_visible(&failure, Some("resp-a7")));
    assert!(state.is_visible(&failure, Some("resp-c2")));
    assert!(state.is_visible(&overall, None));
    assert_eq!(state.missing_ids(), ["failure", "any_failure"]);

    answer(&mut state, "failure", Some("resp-c2"), AnswerValue::Text("panics on empty input".into()), 3.0);
    answer(&mut state, "any_failure", None, AnswerValue::Number(2), 4.0);
    assert!(state.is_complete());
    assert_eq!(sj(&state.answers_json())["failure"], json!({ "resp-c2": "panics on empty input" }));

    // Changing the answer back hides the follow-ups and drops them from the
    // answers, but keeps what was typed should they come back.
    answer(&mut state, "ran", Some("resp-c2"), AnswerValue::Text("works".into()), 5.0);
    assert!(state.is_complete());
    let answers = sj(&state.answers_json());
    assert!(answers.get("failure").is_none() && answers.get("any_failure").is_none(), "{answers}");
    answer(&mut state, "ran", Some("resp-c2"), AnswerValue::Text("fails".into()), 6.0);
    assert_eq!(sj(&state.answers_json())["failure"], json!({ "resp-c2": "panics on empty input" }));
}

#[test]
fn timing_records_first_last_and_changes_per_slot() {
    let task = parse(base_task());
    let mut state = state_for(&task, false);
    answer(&mut state, "correctness", Some("resp-a7"), AnswerValue::Number(3), 1250.0);
    answer(&mut state, "correctness", Some("resp-a7"), AnswerValue::Number(4), 4000.0);
    // The same value again is no change.
    let same =
        Action::Answer { slot: Slot::for_response("correctness", "resp-a7"), value: Some(AnswerValue::Number(4)) };
    assert_eq!(state.apply(same, 5000.0), Ok(Outcome::Unchanged));
    answer(
        &mut state,
        "preference",
        None,
        AnswerValue::Preference(Preference { preferred: None, strength: 0 }),
        2000.0,
    );
    assert_eq!(
        sj(&state.question_timings_json()),
        json!({
            "correctness": { "resp-a7": { "first_ms": 250, "last_ms": 3000, "changes": 2 } },
            "preference": { "first_ms": 1000, "last_ms": 1000, "changes": 1 }
        })
    );
}

#[test]
fn active_time_stops_while_the_page_is_hidden() {
    let task = parse(base_task());
    let mut state = state_for(&task, false); // active from 1000
    state.apply(Action::SetActive(false), 3000.0).unwrap();
    state.apply(Action::SetActive(true), 10_000.0).unwrap();
    assert_eq!(state.active_ms(10_500.0), 2500);
}

#[test]
fn active_time_stops_while_the_rater_is_idle_and_resumes_at_the_next_input() {
    let task = parse(base_task());
    let mut state = state_for(&task, false); // active from 1000, input at 1000
    assert_eq!(state.active_ms(31_000.0), 30_000);
    // A minute after the last input, time stops counting.
    assert_eq!(state.active_ms(61_000.0), 60_000);
    assert_eq!(state.active_ms(500_000.0), 60_000);
    // The next input starts it again, without the idle gap.
    state.apply(Action::Input, 500_000.0).unwrap();
    assert_eq!(state.active_ms(510_000.0), 70_000);
    // An answer is an input too.
    answer(&mut state, "correctness", Some("resp-a7"), AnswerValue::Number(4), 560_000.0);
    assert_eq!(state.active_ms(600_000.0), 160_000);
    // Hidden pages count nothing, and coming back counts as an input.
    state.apply(Action::SetActive(false), 600_000.0).unwrap();
    state.apply(Action::SetActive(true), 900_000.0).unwrap();
    assert_eq!(state.active_ms(905_000.0), 165_000);
    assert_eq!(state.active_ms(2_000_000.0), 220_000);
}

#[test]
fn submit_event_carries_the_whole_rating() {
    let task = parse(base_task());
    let mut state = state_for(&task, true);
    assert!(EventBody::submit(&state).is_none());
    rate_fully(&mut state);
    let submit = Action::Submit { submission_id: "0b6c".into(), at: "2026-11-25T10:05:00.000Z".into() };
    state.apply(submit, 4000.0).unwrap();
    let event = WidgetEvent::new(EventBody::submit(&state).unwrap(), Some(task.id.clone()), "s-1".into(), "now".into());
    let json = sj(&event.to_json());
    assert_eq!(json["type"], "submit");
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["widget_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(json["task_id"], "task-0001");
    assert_eq!(json["session_id"], "s-1");
    assert_eq!(json["submission_id"], "0b6c");
    assert_eq!(json["rubric_id"], "code-review-v1");
    assert_eq!(
        json["display"],
        json!({ "order": ["resp-c2", "resp-a7"], "swapped": true, "seed": state.display.seed })
    );
    assert_eq!(json["answers"]["correctness"], json!({ "resp-a7": 5, "resp-c2": 2 }));
    assert_eq!(json["timing"]["started_at"], "2026-11-25T10:00:00.000Z");
    assert_eq!(json["timing"]["submitted_at"], "2026-11-25T10:05:00.000Z");
    assert_eq!(json["timing"]["active_ms"], 3000);
    assert_eq!(json["timing"]["questions"]["justification"], json!({ "first_ms": 900, "last_ms": 900, "changes": 1 }));
    assert_eq!(json["metadata"], json!({ "batch": 7 }));
    assert!(json["attention"].is_object());
}

#[test]
fn change_and_error_events_have_their_fields() {
    let task = parse(base_task());
    let mut state = state_for(&task, false);
    answer(&mut state, "correctness", Some("resp-c2"), AnswerValue::Number(1), 1.0);
    let change = sj(&EventBody::change(&state).to_json());
    assert_eq!(change["type"], "change");
    assert_eq!(change["complete"], false);
    assert_eq!(change["answers"]["correctness"], json!({ "resp-c2": 1 }));
    assert_eq!(change["missing"][0], "correctness");

    let errors = parse_task_json("{}").unwrap_err();
    let error = sj(&EventBody::error(errors).to_json());
    assert_eq!(error["type"], "error");
    assert_eq!(error["code"], "missing_field");
    assert_eq!(error["path"], "$.id");
    assert!(error["problems"].is_array());
}

#[test]
fn markdown_shows_raw_html_as_text_and_keeps_only_safe_links() {
    let html = to_html("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there");
    assert!(!html.contains("<script") && !html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");

    let html = to_html(
        "[bad](javascript:alert(1)) [tab](java\tscript:x) [ok](https://example.com/a?b=1&c=2) [mail](mailto:a@b.c)",
    );
    assert!(!html.contains("javascript") && !html.contains("script:x\""), "{html}");
    assert!(html.contains("<a href=\"https://example.com/a?b=1&amp;c=2\""), "{html}");
    assert!(html.contains("rel=\"noopener noreferrer nofollow ugc\""), "{html}");
    assert!(html.contains("href=\"mailto:a@b.c\""), "{html}");
    assert!(html.contains(">bad<") || html.contains("bad "), "{html}");

    let html = to_html("![a *fancy* \"diagram\"](https://example.com/d.png) ![x](data:image/png;base64,AAAA)");
    assert!(
        html.contains(r#"<img src="https://example.com/d.png" alt="a fancy &quot;diagram&quot;" loading="lazy" referrerpolicy="no-referrer" />"#),
        "{html}"
    );
    assert!(!html.contains("data:") && html.matches("<img").count() == 1, "{html}");
    let html =
        to_html("[![inner](javascript:alert(1))](https://ok.example) [![x](https://i.example/p.png)](javascript:x)");
    assert!(!html.contains("javascript") && html.contains("<a href=\"https://ok.example\""), "{html}");
    assert!(html.contains("<img src=\"https://i.example/p.png\" alt=\"x\""), "{html}");
    assert_eq!(
        to_html("[rel](/docs/a?b#c)"),
        "<p><a href=\"/docs/a?b#c\" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\">rel</a></p>\n"
    );
    assert!(!to_html("[x](vbscript:msgbox) [y](data:text/html,hi) [z](JaVaScRiPt:alert(1))").contains("<a"));

    let html = to_html("```rust\nfn main() { println!(\"<b>\"); }\n```");
    assert!(html.contains("<code class=\"language-rust\">"), "{html}");
    assert!(html.contains("<span class=\"pw-tk-kw\">fn</span>"), "{html}");
    assert!(html.contains("&lt;b&gt;"), "{html}");

    let html = to_html("```\"><script>x</script>\ncode\n```");
    assert!(!html.contains("<script"), "{html}");
}

#[test]
fn a_draft_restores_answers_order_and_timing() {
    use pairwise::model::draft::RestoreError;
    let task = parse(base_task());
    let mut state = state_for(&task, true); // started at 1000
    answer(&mut state, "correctness", Some("resp-a7"), AnswerValue::Number(4), 1500.0);
    answer(&mut state, "correctness", Some("resp-a7"), AnswerValue::Number(5), 1700.0);
    answer(&mut state, "issues", Some("resp-c2"), AnswerValue::List(vec!["bug".into()]), 1800.0);
    let pref = Preference { preferred: None, strength: 0 };
    answer(&mut state, "preference", None, AnswerValue::Preference(pref), 1900.0);
    answer(&mut state, "justification", None, AnswerValue::Text("half a thought, \"quoted\"\n".into()), 2000.0);
    let saved = state.to_draft(3000.0).to_json_string();

    // A reload much later: the gap does not count.
    let draft = pairwise::json::parse(&saved).unwrap();
    let mut restored = RatingState::from_draft(Arc::new(task.clone()), &draft, 90_000.0, true).unwrap();
    assert_eq!(restored.display, state.display);
    assert_eq!(restored.started_at, state.started_at);
    assert_eq!(sj(&restored.answers_json()), sj(&state.answers_json()));
    assert_eq!(sj(&restored.question_timings_json()), sj(&state.question_timings_json()));
    assert_eq!(restored.missing_ids(), state.missing_ids());
    assert_eq!(restored.active_ms(90_500.0), 2500);
    answer(&mut restored, "correctness", Some("resp-c2"), AnswerValue::Number(1), 90_100.0);
    assert_eq!(sj(&restored.question_timings_json())["correctness"]["resp-c2"]["first_ms"], 2100);

    // Another version of the task is not restored.
    let mut changed = base_task();
    changed["prompt"] = json!("Write `add(a, b)` in Rust.");
    let other = parse(changed);
    assert_ne!(other.hash, task.hash);
    assert_eq!(RatingState::from_draft(Arc::new(other), &draft, 1.0, true), Err(RestoreError::TaskChanged));
    let garbage = pairwise::json::parse("{\"version\": 7}").unwrap();
    assert_eq!(RatingState::from_draft(Arc::new(task), &garbage, 1.0, true), Err(RestoreError::Unreadable));
}

#[test]
fn a_draft_drops_answers_the_task_would_refuse() {
    let task = parse(base_task());
    let state = state_for(&task, false);
    let mut draft = pairwise::json::parse(&state.to_draft(1000.0).to_json_string()).unwrap();
    let answers = pairwise::json::parse(
        r#"[["correctness", "resp-a7", 9], ["correctness", "resp-zz", 3], ["nope", null, 1],
            ["ran_code", "resp-c2", "fails"], ["issues", "resp-a7", ["bug", 3]], "junk"]"#,
    )
    .unwrap();
    draft.insert("answers", answers);
    let restored = RatingState::from_draft(Arc::new(task), &draft, 1000.0, true).unwrap();
    assert_eq!(sj(&restored.answers_json())["ran_code"], json!({ "resp-c2": "fails" }));
    assert!(sj(&restored.answers_json()).get("correctness").is_none());
}

#[test]
fn attention_follows_what_was_on_screen_and_for_how_long() {
    let task = parse(base_task());
    let mut state = state_for(&task, false);
    let view = |response: &str, from: f64, to: f64| Action::View { response: response.into(), from, to };
    state.apply(view("resp-a7", 0.0, 0.3), 1000.0).unwrap();
    state.apply(view("resp-c2", 0.0, 1.0), 1000.0).unwrap();
    state.apply(view("resp-a7", 0.2, 0.6), 2000.0).unwrap();
    state.apply(view("resp-a7", 0.0, 0.0), 3000.0).unwrap(); // scrolled away
    state.apply(view("resp-a7", 0.9, 1.0), 4000.0).unwrap();
    state.apply(Action::SetActive(false), 4500.0).unwrap(); // page hidden
    state.apply(view("resp-a7", 0.9, 1.0), 9000.0).unwrap(); // back
    assert_eq!(
        sj(&state.attention_json(9250.0)),
        json!({
            "resp-a7": { "viewed_fraction": 0.7, "dwell_ms": 2750 },
            "resp-c2": { "viewed_fraction": 1, "dwell_ms": 3500 }
        })
    );
    rate_fully(&mut state);
    let submit = Action::Submit { submission_id: "s".into(), at: "t".into() };
    state.apply(submit, 10_000.0).unwrap();
    // Counting stops at the submit.
    state.apply(view("resp-c2", 0.0, 1.0), 11_000.0).unwrap();
    let event = sj(&EventBody::submit(&state).unwrap().to_json());
    assert_eq!(event["attention"]["resp-a7"]["dwell_ms"], 3500);
    assert_eq!(event["attention"]["resp-c2"]["dwell_ms"], 3500);
}

#[test]
fn a_flag_needs_a_known_reason_and_a_comment_for_other() {
    let task = parse(base_task());
    let mut state = state_for(&task, false);
    let flag = |reason: &str, comment: &str| Action::Flag { reason: reason.into(), comment: comment.into() };
    assert_eq!(state.apply(flag("boring", "x"), 1.0), Err(ActionError::InvalidFlag));
    assert_eq!(state.apply(flag("other", "   "), 1.0), Err(ActionError::InvalidFlag));
    assert_eq!(state.apply(flag("identical_responses", ""), 1.0), Ok(Outcome::Flagged));
    assert_eq!(state.apply(flag("other", " the tests are missing "), 2.0), Ok(Outcome::Flagged));
    assert_eq!(state.flag(), Some(&("other".to_string(), "the tests are missing".to_string())));
    let event = EventBody::Flag { reason: "other".into(), comment: "c".into() };
    assert_eq!(sj(&event.to_json()), json!({ "type": "flag", "reason": "other", "comment": "c" }));
}
