//! Consistency hints shown above the submit button while the rater works:
//! sentences about answers that contradict each other. They never block the
//! submit; the state records which appeared (see `model::hints`).

use leptos::prelude::*;

use super::node::{dynamic_when, el, Node};
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
    // Replaced only when the hints change, so the live region announces
    // a hint once, not at every answer.
    let mut shown: Option<Vec<(&str, String)>> = None;
    el("div")
        .class("pw-hints")
        .attr("data-testid", "pw-hints")
        .attr("role", "status")
        .attr("aria-live", "polite")
        .child(dynamic_when(move || {
            let hints = match ctx.read().filter(|s| s.submission().is_none()) {
                Some(s) => current(&s).iter().map(|hint| (hint.id, sentence(ctx.strings, &s, hint))).collect(),
                None => Vec::new(),
            };
            if shown.as_ref() == Some(&hints) {
                return None;
            }
            let nodes: Vec<Node> = hints
                .iter()
                .map(|(id, text)| el("p").class("pw-hint").attr("data-hint", *id).child(text.clone()).into())
                .collect();
            shown = Some(hints);
            Some(nodes)
        }))
        .into()
}
