//! The submit button and one live sentence saying what is still missing.

use leptos::prelude::*;

use super::Ctx;
use crate::model::answer::AnswerValue;
use crate::model::state::RatingState;
use crate::model::Kind;

/// Where the rating stands, for the button and the status line.
fn status(s: &RatingState) -> (&'static str, String) {
    if let Some(submission) = s.submission() {
        return ("submitted", format!("Rating submitted ({}).", submission.id));
    }
    let missing: Vec<String> = s
        .missing()
        .into_iter()
        .filter_map(|slot| {
            let question = s.task.rubric.question(&slot.question)?;
            let mut text = question.title.clone();
            if let Some(id) = &slot.response {
                text.push_str(&format!(" (Response {})", s.display.letter(id)));
            }
            if let Kind::Text { min_chars, .. } = &question.kind {
                let typed = match s.answer(&slot) {
                    Some(AnswerValue::Text(t)) => t.trim().chars().count(),
                    _ => 0,
                };
                text.push_str(&format!(" ({typed} of at least {min_chars} characters)"));
            }
            Some(text)
        })
        .collect();
    if missing.is_empty() {
        ("complete", "Everything is answered.".into())
    } else {
        ("incomplete", format!("Still to answer: {}.", missing.join("; ")))
    }
}

/// Submit button, disabled until the rating is complete, with a status line
/// (announced to screen readers) listing the missing answers.
#[component]
pub fn SubmitBar(
    /// State and dispatch.
    ctx: Ctx,
) -> impl IntoView {
    let current = Memo::new(move |_| {
        if ctx.review {
            return ("review", "A submitted rating, shown for review: nothing can be changed.".to_string());
        }
        ctx.state.with(status)
    });
    let state = move || current.with(|(state, _)| *state);
    view! {
        <div class="pw-submit" data-state=state>
            <button
                type="button"
                class="pw-button pw-button--primary"
                part="submit"
                data-testid="pw-submit"
                disabled=move || state() != "complete"
                on:click=move |_| ctx.submit()
            >
                {move || if matches!(state(), "submitted" | "review") { "Submitted" } else { "Submit rating" }}
            </button>
            <p class="pw-submit__status" data-testid="pw-status" aria-live="polite">
                {move || current.with(|(_, text)| text.clone())}
            </p>
        </div>
    }
}
