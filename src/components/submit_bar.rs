//! The submit button and one live sentence saying what is still missing.

use std::sync::Arc;

use leptos::prelude::*;

use super::node::{el, reactive, Node};
use super::Ctx;
use crate::i18n::{fill, Strings};
use crate::model::answer::AnswerValue;
use crate::model::state::RatingState;
use crate::model::{Kind, Rubric};

/// The status line, in the rater's language; `rubric` is the rubric as
/// shown.
fn status(s: &RatingState, rubric: &Rubric, t: &Strings) -> String {
    if let Some(submission) = s.submission() {
        return fill(t.status_submitted, &[&t.time(&submission.submitted_at), &submission.id]);
    }
    // The missing answers, joined by "; ".
    let (mut missing, mut count) = (String::new(), 0);
    for slot in s.missing() {
        let Some(question) = rubric.question(&slot.question) else { continue };
        if count > 0 {
            missing.push_str("; ");
        }
        count += 1;
        missing.push_str(&question.title);
        if let Some(id) = &slot.response {
            missing.push_str(&format!(" ({} {})", t.response, s.display.letter(id)));
        }
        if let Kind::Text { min_chars, .. } = &question.kind {
            let typed = match s.answer(&slot) {
                Some(AnswerValue::Text(text)) => text.trim().chars().count(),
                _ => 0,
            };
            missing.push_str(&format!(" ({})", fill(t.missing_chars, &[&t.number(typed), &t.number(*min_chars)])));
        }
    }
    if count == 0 {
        t.status_complete.into()
    } else {
        fill(t.plural(t.status_missing, count), &[&t.number(count), &missing])
    }
}

/// Submit button, disabled until the rating is complete, with a status line
/// (announced to screen readers) listing the missing answers.
#[component]
pub fn SubmitBar(
    /// State and dispatch.
    ctx: Ctx,
    /// The rubric as shown (in the rater's language).
    rubric: Arc<Rubric>,
) -> Node {
    let t = ctx.strings;
    // Plain closures, not a memo (a memo type costs more in the wasm than
    // the three checks of a small rubric it would save): each reactive
    // value below is written to the page only when it changes.
    let complete = move || ctx.read().is_some_and(|s| s.is_complete());
    let state = move || match (ctx.review, ctx.submitted(), complete()) {
        (true, _, _) => "review",
        (_, true, _) => "submitted",
        (_, _, true) => "complete",
        _ => "incomplete",
    };
    let text = move || {
        if ctx.review {
            return t.review_status.to_string();
        }
        ctx.read().map_or(String::new(), |s| status(&s, &rubric, t))
    };
    el("div")
        .class("pw-submit")
        .attr("data-state", reactive(state))
        .child(
            el("button")
                .attr("type", "button")
                .class("pw-button pw-button--primary")
                .attr("part", "submit")
                .attr("data-testid", "pw-submit")
                .attr("disabled", reactive(move || state() != "complete"))
                .on("click", move |_| ctx.submit())
                .child(reactive(
                    move || if matches!(state(), "submitted" | "review") { t.submitted } else { t.submit },
                )),
        )
        .child(
            el("p")
                .class("pw-submit__status")
                .attr("data-testid", "pw-status")
                .attr("aria-live", "polite")
                .child(reactive(text)),
        )
        .into()
}
