//! Consistency hints shown above the submit button while the rater works:
//! sentences about answers that contradict each other. They never block the
//! submit; the state records which appeared (see `model::hints`).

use leptos::prelude::*;

use super::node::{dynamic, el, Node};
use super::Ctx;
use crate::i18n::{fill, Strings};
use crate::model::hints::{current, Hint, IDS};
use crate::model::state::RatingState;

/// The sentence for a hint, naming responses by their displayed letter.
fn sentence(t: &Strings, state: &RatingState, hint: &Hint) -> String {
    let this = state.display.letter(&hint.response);
    let other = if this == 'A' { 'B' } else { 'A' };
    let template = IDS.iter().position(|id| *id == hint.id).map_or("", |i| t.hints[i]);
    fill(template, &[&this.to_string(), &other.to_string()])
}

/// The hints that apply now, if any, until the rating is submitted.
#[component]
pub fn HintsView(
    /// State and dispatch.
    ctx: Ctx,
) -> Node {
    let hints = Memo::new(move |_| {
        let Some(s) = ctx.read().filter(|s| s.submission().is_none()) else { return Vec::new() };
        current(&s).iter().map(|hint| (hint.id, sentence(ctx.strings, &s, hint))).collect::<Vec<_>>()
    });
    el("div")
        .class("pw-hints")
        .attr("data-testid", "pw-hints")
        .attr("role", "status")
        .attr("aria-live", "polite")
        .child(dynamic(move || {
            hints
                .get()
                .into_iter()
                .map(|(id, text)| el("p").class("pw-hint").attr("data-hint", id).child(text).into())
                .collect::<Vec<Node>>()
        }))
        .into()
}
