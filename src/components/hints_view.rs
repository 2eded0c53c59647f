//! Consistency hints shown above the submit button while the rater works:
//! sentences about answers that contradict each other. They never block the
//! submit; the state records which appeared (see `model::hints`).

use leptos::prelude::*;

use super::Ctx;
use crate::model::hints::{current, Hint, AGAINST_SCALES, FAILS_BUT_CORRECT, PREFERRED_INSECURE};
use crate::model::state::RatingState;

/// The sentence for a hint, naming responses by their displayed letter.
fn sentence(state: &RatingState, hint: &Hint) -> String {
    let this = state.display.letter(&hint.response);
    let other = if this == 'A' { 'B' } else { 'A' };
    match hint.id {
        AGAINST_SCALES => {
            format!("You rated Response {other} higher on every scale, but preferred Response {this}. Is that what you meant?")
        }
        FAILS_BUT_CORRECT => {
            format!(
                "Response {this}: you ran it and it fails, yet gave it the top correctness. Is that what you meant?"
            )
        }
        PREFERRED_INSECURE => {
            format!("You preferred Response {this}, the only one you marked with a security problem. Is that what you meant?")
        }
        _ => String::new(),
    }
}

/// The hints that apply now, if any, until the rating is submitted.
#[component]
pub fn HintsView(
    /// State and dispatch.
    ctx: Ctx,
) -> impl IntoView {
    let hints = Memo::new(move |_| {
        ctx.state.with(|s| {
            if s.submission().is_some() {
                return Vec::new();
            }
            current(s).iter().map(|hint| (hint.id, sentence(s, hint))).collect::<Vec<_>>()
        })
    });
    view! {
        <div class="pw-hints" data-testid="pw-hints" role="status" aria-live="polite">
            {move || {
                hints
                    .get()
                    .into_iter()
                    .map(|(id, text)| view! { <p class="pw-hint" data-hint=id>{text}</p> })
                    .collect_view()
            }}
        </div>
    }
}
