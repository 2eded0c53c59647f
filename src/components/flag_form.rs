//! "Report a problem with this task": the rater flags a broken task with a
//! reason and a comment instead of rating it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::node::{el, reactive, El, Node};
use super::Ctx;
use crate::i18n::fill;
use crate::model::state::FLAG_REASONS;
use crate::model::Action;

/// A collapsed form that sends a `flag` event.
#[component]
pub fn FlagForm(
    /// State and dispatch.
    ctx: Ctx,
) -> Node {
    // The chosen reason, empty while none is (a `String` like the comment:
    // each type of signal is its own copy of Leptos' signal code).
    let reason = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let t = ctx.strings;
    let name = format!("pw{}-flag", ctx.instance);
    let options = FLAG_REASONS.iter().zip(t.flag_reasons).map(|(value, label)| {
        el("label")
            .class("pw-choice")
            .child(
                el("input")
                    .attr("type", "radio")
                    .class("pw-choice__input")
                    .attr("name", name.clone())
                    .attr("value", *value),
            )
            .child(el("span").class("pw-choice__label").child(label))
            .into()
    });
    let on_reason = move |event: web_sys::Event| {
        let value = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value());
        reason.set(value.filter(|v| FLAG_REASONS.contains(&v.as_str())).unwrap_or_default());
    };
    let ready = move || {
        let reason = reason.read();
        !reason.is_empty() && (*reason != "other" || !comment.read().trim().is_empty())
    };
    let send = move |_| {
        let reason = reason.get_untracked();
        if !reason.is_empty() {
            ctx.dispatch(Action::Flag { reason, comment: comment.get_untracked() });
        }
    };
    let status = move || {
        let s = ctx.read()?;
        let (reason, _) = s.flag()?;
        let label = FLAG_REASONS.iter().zip(t.flag_reasons).find(|(r, _)| *r == reason).map(|(_, l)| l);
        Some(fill(t.flag_sent, &[label.unwrap_or(reason)]))
    };
    el("details")
        .class("pw-flag")
        .attr("data-testid", "pw-flag")
        .child(el("summary").class("pw-flag__summary").child(t.flag_open))
        .child(
            el("fieldset")
                .class("pw-field")
                .child(el("legend").class("pw-field__title").child(t.flag_question))
                .child(
                    el("div")
                        .class("pw-choices pw-choices--choice")
                        .attr("role", "radiogroup")
                        .on("change", on_reason)
                        .children(options),
                )
                .child(
                    comment_input(comment, t.flag_comment, t.flag_placeholder).attr("data-testid", "pw-flag-comment"),
                )
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("pw-button")
                        .attr("data-testid", "pw-flag-send")
                        .attr("disabled", reactive(move || !ready()))
                        .on("click", send)
                        .child(t.flag_send),
                )
                .child(el("p").class("pw-flag__status").attr("aria-live", "polite").child(reactive(status))),
        )
        .into()
}

/// A comment box of at most 2,000 characters, labelled `label`, that
/// writes what is typed to `comment` (the flag form's and a dispute's).
pub(super) fn comment_input(comment: RwSignal<String>, label: &'static str, placeholder: &'static str) -> El {
    el("textarea")
        .class("pw-text__input")
        .attr("aria-label", label)
        .attr("placeholder", placeholder)
        .attr("maxlength", "2000")
        .on("input", move |ev| comment.set(event_target_value(&ev)))
}
