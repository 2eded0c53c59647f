//! Native tests of the rater-fairness core: gold answers (reading, paths of
//! bad gold, verdicts), disputes, and consistency hints (when they fire,
//! when they don't, and what the submit records about them).
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use pairwise::events::EventBody;
use pairwise::model::gold::{verdict, Verdict};
use pairwise::model::hints::{current, AGAINST_SCALES, FAILS_BUT_CORRECT, PREFERRED_INSECURE};
use pairwise::model::state::Outcome;
use pairwise::model::{
    parse_task_json, Action, ActionError, AnswerValue, Display, Preference, RatingState, Slot, Task,
};
use serde_json::{json, Value};

fn task_with(gold: Value) -> Value {
    json!({
        "id": "t-gold",
        "prompt": "Write `add`.",
        "responses": [{ "id": "ra", "content": "a" }, { "id": "rb", "content": "b" }],
        "gold": gold
    })
}

fn parse(value: Value) -> Task {
    parse_task_json(&value.to_string()).expect("valid task")
}

fn problems(value: Value) -> Vec<(String, String)> {
    let errors = parse_task_json(&value.to_string()).expect_err("rejected");
    errors.into_iter().map(|e| (e.code.to_string(), e.path)).collect()
}

fn state(task: Task) -> RatingState {
    let display = Display::new(&task, "seed", false);
    RatingState::new(Arc::new(task), display, "2026-11-25T10:00:00.000Z".into(), 0.0, true)
}

fn set(state: &mut RatingState, question: &str, response: Option<&str>, value: AnswerValue) {
    let slot = Slot { question: question.into(), response: response.map(String::from) };
    state.apply(Action::Answer { slot, value: Some(value) }, 10.0).expect("accepted");
}

fn prefer(state: &mut RatingState, id: Option<&str>, strength: u8) {
    let value = AnswerValue::Preference(Preference { preferred: id.map(String::from), strength });
    set(state, "preference", None, value);
}

/// A complete code-review-v1 rating where both responses look alike.
fn rate_evenly(state: &mut RatingState) {
    use AnswerValue::{Number, Text};
    for id in ["ra", "rb"] {
        set(state, "correctness", Some(id), Number(3));
        set(state, "instruction_following", Some(id), Number(3));
        set(state, "ran_code", Some(id), Text("did_not_try".into()));
    }
    prefer(state, None, 0);
    set(state, "justification", None, Text("Both are equally fine for this small question.".into()));
}

fn hint_ids(state: &RatingState) -> Vec<&'static str> {
    current(state).into_iter().map(|h| h.id).collect()
}

#[test]
fn gold_is_read_per_question_and_per_response() {
    let task = parse(task_with(json!({
        "answers": { "correctness": { "ra": 5, "rb": 2 }, "preference": { "preferred": "ra", "strength": 3 } },
        "explanations": { "correctness": "B divides by zero on empty input." }
    })));
    let gold = task.gold.expect("gold");
    assert_eq!(gold.answer(&Slot::for_response("correctness", "rb")), Some(&AnswerValue::Number(2)));
    assert_eq!(gold.explanation("correctness"), Some("B divides by zero on empty input."));
    assert_eq!(gold.explanation("preference"), None);
    assert!(parse(task_with(Value::Null)).gold.is_none());
}

#[test]
fn bad_gold_is_reported_at_its_path() {
    let found = problems(task_with(json!({
        "answers": { "nope": 1, "correctness": { "ra": 9, "rz": 1 }, "justification": 4 },
        "explanations": { "preference": 7 },
        "extra": {}
    })));
    for path in [
        "$.gold.answers.nope",
        "$.gold.answers.correctness.ra",
        "$.gold.answers.correctness.rz",
        "$.gold.answers.justification",
        "$.gold.explanations.preference",
        "$.gold.extra",
    ] {
        assert!(found.iter().any(|(c, p)| c == "invalid_gold" && p == path), "{path}: {found:?}");
    }
    assert!(problems(task_with(json!("ra is right"))).contains(&("invalid_gold".into(), "$.gold".into())));
    let per_response_as_number = problems(task_with(json!({ "answers": { "correctness": 5 } })));
    assert_eq!(per_response_as_number, [("invalid_gold".into(), "$.gold.answers.correctness".into())]);
}

#[test]
fn verdicts_say_agree_close_differ_or_unanswered() {
    let task = parse(task_with(Value::Null));
    let q = |id: &str| task.rubric.question(id).unwrap();
    let n = AnswerValue::Number;
    assert_eq!(verdict(q("correctness"), &n(4), Some(&n(4))), Verdict::Agree);
    assert_eq!(verdict(q("correctness"), &n(4), Some(&n(5))), Verdict::Close);
    assert_eq!(verdict(q("correctness"), &n(4), Some(&n(2))), Verdict::Differ);
    assert_eq!(verdict(q("correctness"), &n(4), None), Verdict::Unanswered);
    let p =
        |id: Option<&str>, strength| AnswerValue::Preference(Preference { preferred: id.map(String::from), strength });
    assert_eq!(verdict(q("preference"), &p(Some("ra"), 3), Some(&p(Some("ra"), 1))), Verdict::Close);
    assert_eq!(verdict(q("preference"), &p(None, 0), Some(&p(Some("rb"), 1))), Verdict::Close);
    assert_eq!(verdict(q("preference"), &p(None, 0), Some(&p(Some("rb"), 2))), Verdict::Differ);
    assert_eq!(verdict(q("preference"), &p(Some("ra"), 1), Some(&p(Some("rb"), 1))), Verdict::Differ);
    let l = |v: &[&str]| AnswerValue::List(v.iter().map(|s| s.to_string()).collect());
    assert_eq!(verdict(q("issues"), &l(&["bug", "security"]), Some(&l(&["bug"]))), Verdict::Close);
    assert_eq!(verdict(q("issues"), &l(&["bug"]), Some(&l(&["style"]))), Verdict::Differ);
}

#[test]
fn a_dispute_needs_a_submit_a_gold_answer_and_a_comment() {
    let task = parse(task_with(json!({ "answers": { "correctness": { "ra": 5 } } })));
    let mut state = state(task);
    let dispute = |slot: Slot, comment: &str| Action::Dispute { slot, comment: comment.into() };
    let gold_slot = Slot::for_response("correctness", "ra");
    assert_eq!(state.apply(dispute(gold_slot.clone(), "A fails on []"), 1.0), Err(ActionError::InvalidDispute));
    rate_evenly(&mut state);
    state.apply(Action::Submit { submission_id: "s-1".into(), at: "now".into() }, 20.0).unwrap();
    assert_eq!(state.apply(dispute(gold_slot.clone(), "  "), 21.0), Err(ActionError::InvalidDispute));
    let no_gold = Slot::for_response("correctness", "rb");
    assert_eq!(state.apply(dispute(no_gold, "why"), 21.0), Err(ActionError::InvalidDispute));
    assert_eq!(state.apply(dispute(gold_slot.clone(), " A fails on [] "), 22.0), Ok(Outcome::Disputed));
    assert_eq!(state.apply(dispute(gold_slot.clone(), "A fails on [] and None"), 23.0), Ok(Outcome::Disputed));
    assert_eq!(state.disputes(), [(gold_slot, "A fails on [] and None".to_string())]);
}

#[test]
fn a_consistent_rating_fires_no_hint() {
    let mut state = state(parse(task_with(Value::Null)));
    rate_evenly(&mut state);
    prefer(&mut state, Some("ra"), 1);
    set(&mut state, "correctness", Some("ra"), AnswerValue::Number(4));
    assert_eq!(hint_ids(&state), Vec::<&str>::new());
    state.apply(Action::Submit { submission_id: "s".into(), at: "now".into() }, 30.0).unwrap();
    let Some(EventBody::Submit { hints, .. }) = EventBody::submit(&state) else { panic!("submitted") };
    assert_eq!(hints.to_json_string(), "[]");
}

#[test]
fn preferring_the_response_rated_lower_on_every_scale_fires_a_hint() {
    use AnswerValue::Number;
    let mut state = state(parse(task_with(Value::Null)));
    rate_evenly(&mut state);
    set(&mut state, "correctness", Some("rb"), Number(5));
    // Equal on one scale: not "every scale".
    prefer(&mut state, Some("ra"), 2);
    assert_eq!(hint_ids(&state), Vec::<&str>::new());
    set(&mut state, "instruction_following", Some("rb"), Number(4));
    assert_eq!(hint_ids(&state), [AGAINST_SCALES]);
    assert_eq!(current(&state)[0].response, "ra");
    // The rater reconsiders: preferring B resolves it.
    prefer(&mut state, Some("rb"), 2);
    assert_eq!(hint_ids(&state), Vec::<&str>::new());
    state.apply(Action::Submit { submission_id: "s".into(), at: "now".into() }, 30.0).unwrap();
    let Some(EventBody::Submit { hints, .. }) = EventBody::submit(&state) else { panic!("submitted") };
    assert_eq!(hints.to_json_string(), r#"[{"id":"preference_against_scales","changed_after":true,"applies":false}]"#);
}

#[test]
fn fails_with_top_correctness_and_insecure_preference_fire_hints() {
    use AnswerValue::{List, Number, Text};
    let mut state = state(parse(task_with(Value::Null)));
    rate_evenly(&mut state);
    set(&mut state, "ran_code", Some("rb"), Text("fails".into()));
    assert_eq!(hint_ids(&state), Vec::<&str>::new());
    set(&mut state, "correctness", Some("rb"), Number(5));
    assert_eq!(hint_ids(&state), [FAILS_BUT_CORRECT]);
    set(&mut state, "issues", Some("rb"), List(vec!["security".into()]));
    prefer(&mut state, Some("rb"), 1);
    assert_eq!(hint_ids(&state), [PREFERRED_INSECURE, FAILS_BUT_CORRECT]);
    // Both responses insecure: no longer a reason to hint.
    set(&mut state, "issues", Some("ra"), List(vec!["security".into(), "bug".into()]));
    assert_eq!(hint_ids(&state), [FAILS_BUT_CORRECT]);
    state.apply(Action::Submit { submission_id: "s".into(), at: "now".into() }, 30.0).unwrap();
    let Some(EventBody::Submit { hints, .. }) = EventBody::submit(&state) else { panic!("submitted") };
    let hints: Value = serde_json::from_str(&hints.to_json_string()).unwrap();
    assert_eq!(
        hints,
        json!([
            { "id": "fails_but_correct", "changed_after": true, "applies": true },
            { "id": "preferred_security_problem", "changed_after": true, "applies": false }
        ])
    );
}

#[test]
fn review_mode_replays_a_stored_rating_read_only() {
    use pairwise::json::parse as json;
    use pairwise::model::review::reviewed;
    let task = Arc::new(parse(task_with(json!({ "answers": { "correctness": { "ra": 4 } } }))));
    let rating = json(
        r#"{ "type": "submit", "submission_id": "s-9",
             "display": { "order": ["rb", "ra"], "swapped": true, "seed": "x" },
             "timing": { "started_at": "2026-11-25T10:00:00.000Z", "submitted_at": "2026-11-25T10:04:00.000Z" },
             "answers": { "correctness": { "ra": 4, "rb": 2 }, "preference": { "preferred": "ra", "strength": 2 },
                          "justification": "A is right.", "ran_code": { "ra": "exploded" }, "bogus": 1 } }"#,
    )
    .unwrap();
    let (mut state, errors) = reviewed(task, &rating, 5.0);
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["options.rating.answers.ran_code.ra", "options.rating.answers.bogus"]);
    assert_eq!(state.display.order, ["rb".to_string(), "ra".to_string()]);
    assert_eq!(state.submission().map(|s| s.id.as_str()), Some("s-9"));
    assert_eq!(state.answer(&Slot::for_response("correctness", "rb")), Some(&AnswerValue::Number(2)));
    let change = Action::Answer { slot: Slot::for_response("correctness", "rb"), value: Some(AnswerValue::Number(5)) };
    assert_eq!(state.apply(change, 6.0), Err(ActionError::Locked));
    let bad_order = json(r#"{ "display": { "order": ["ra", "ra"] }, "answers": {} }"#).unwrap();
    let task = Arc::new(parse_task_json(&task_with(Value::Null).to_string()).unwrap());
    let (_, errors) = reviewed(task, &bad_order, 0.0);
    assert_eq!(errors[0].path, "options.rating.display.order");
}

#[test]
fn the_record_of_fired_hints_survives_a_reload() {
    let task = parse(task_with(Value::Null));
    let mut before = state(task.clone());
    rate_evenly(&mut before);
    set(&mut before, "ran_code", Some("rb"), AnswerValue::Text("fails".into()));
    set(&mut before, "correctness", Some("rb"), AnswerValue::Number(5));
    let draft = before.to_draft(50.0);
    let mut after = RatingState::from_draft(Arc::new(task), &draft, 1000.0, true).expect("restored");
    assert_eq!(after.fired_hints(), before.fired_hints());
    set(&mut after, "correctness", Some("rb"), AnswerValue::Number(3));
    after.apply(Action::Submit { submission_id: "s".into(), at: "now".into() }, 1100.0).unwrap();
    let Some(EventBody::Submit { hints, .. }) = EventBody::submit(&after) else { panic!("submitted") };
    assert_eq!(hints.to_json_string(), r#"[{"id":"fails_but_correct","changed_after":true,"applies":false}]"#);
}
