//! Consistency hints: answers that contradict each other, shown to the
//! rater before the submit and never blocking it. Each hint reads only the
//! rater's own answers:
//! - `preference_against_scales`: one response is rated higher on every
//!   per-response scale, yet the other is preferred;
//! - `fails_but_correct`: "ran it and it fails" (`ran_code` = `fails`) with
//!   the top `correctness`;
//! - `preferred_security_problem`: the preferred response is the only one
//!   ticked with a security problem (`issues` includes `security`).
//!
//! The last two apply to rubrics with those question ids (such as
//! `code-review-v1`). The state records which hints fired and whether an
//! answer changed after each; the submit carries that record.

use super::answer::AnswerValue;
use super::rubric::{Kind, Question};
use super::state::RatingState;

/// One response rated higher on every scale, the other preferred.
pub const AGAINST_SCALES: &str = "preference_against_scales";
/// "Ran it and it fails" with the top correctness.
pub const FAILS_BUT_CORRECT: &str = "fails_but_correct";
/// The preferred response alone has a security problem ticked.
pub const PREFERRED_INSECURE: &str = "preferred_security_problem";
/// Every hint id.
pub const IDS: [&str; 3] = [AGAINST_SCALES, FAILS_BUT_CORRECT, PREFERRED_INSECURE];

/// A hint that applies now, and the response it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    /// Which hint (see the module documentation).
    pub id: &'static str,
    /// The response it is about: the preferred one, or the one whose
    /// answers contradict.
    pub response: String,
}

/// A hint that fired during this rating.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fired {
    /// Which hint.
    pub id: &'static str,
    /// Whether any answer changed after it first appeared.
    pub changed_after: bool,
}

/// The hints that apply to the answers now.
pub fn current(state: &RatingState) -> Vec<Hint> {
    let mut hints = Vec::new();
    let ids = state.task.response_ids();
    let answer = |question: &str, response: &str| state.answer_at(question, Some(response));
    if let Some(preferred) = preferred(state) {
        let other = if ids[0] == preferred { ids[1] } else { ids[0] };
        let number = |q: &Question, id: &str| match answer(&q.id, id) {
            Some(AnswerValue::Number(n)) => Some(*n),
            _ => None,
        };
        // Over the per-response scales: whether there is one, and whether
        // the preferred response is lower on each.
        let (mut any_scale, mut all_lower) = (false, true);
        for q in &state.task.rubric.questions {
            if q.per_response && matches!(q.kind, Kind::Scale { .. }) {
                any_scale = true;
                all_lower &= matches!((number(q, &preferred), number(q, other)), (Some(p), Some(o)) if o > p);
            }
        }
        if any_scale && all_lower {
            hints.push(Hint { id: AGAINST_SCALES, response: preferred.clone() });
        }
        let security = |id: &str| matches!(answer("issues", id), Some(AnswerValue::List(list)) if list.iter().any(|v| v == "security"));
        if security(&preferred) && !security(other) {
            hints.push(Hint { id: PREFERRED_INSECURE, response: preferred.clone() });
        }
    }
    for id in ids {
        let fails = matches!(answer("ran_code", id), Some(AnswerValue::Text(v)) if v == "fails");
        let top = match (state.task.rubric.question("correctness").map(|q| &q.kind), answer("correctness", id)) {
            (Some(Kind::Scale { max, .. }), Some(AnswerValue::Number(n))) => n == max,
            _ => false,
        };
        if fails && top {
            hints.push(Hint { id: FAILS_BUT_CORRECT, response: id.to_string() });
        }
    }
    hints
}

/// The preferred response of the first preference question, if one is.
fn preferred(state: &RatingState) -> Option<String> {
    let question = state.task.rubric.questions.iter().find(|q| matches!(q.kind, Kind::Preference { .. }))?;
    match state.answer_at(&question.id, None)? {
        AnswerValue::Preference(p) => p.preferred.clone(),
        _ => None,
    }
}
