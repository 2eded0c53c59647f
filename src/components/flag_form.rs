//! "Report a problem with this task": the rater flags a broken task with a
//! reason and a comment instead of rating it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Ctx;
use crate::model::state::FLAG_REASONS;
use crate::model::Action;

/// Labels of [`FLAG_REASONS`], in the same order.
const LABELS: [&str; 6] = [
    "The prompt is unclear",
    "The two responses are identical",
    "Outside my expertise",
    "Unsafe or offensive content",
    "Something does not display correctly",
    "Something else (please explain)",
];

/// A collapsed form that sends a `flag` event.
#[component]
pub fn FlagForm(
    /// State and dispatch.
    ctx: Ctx,
) -> impl IntoView {
    let reason = RwSignal::new(None::<&'static str>);
    let comment = RwSignal::new(String::new());
    let name = format!("pw{}-flag", ctx.instance);
    let options = FLAG_REASONS
        .iter()
        .zip(LABELS)
        .map(|(value, label)| {
            view! {
                <label class="pw-choice">
                    <input type="radio" class="pw-choice__input" name=name.clone() value=*value/>
                    <span class="pw-choice__label">{label}</span>
                </label>
            }
        })
        .collect_view();
    let on_reason = move |event: leptos::ev::Event| {
        let value = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value());
        reason.set(FLAG_REASONS.iter().copied().find(|r| Some(*r) == value.as_deref()));
    };
    let ready = move || reason.get().is_some_and(|r| r != "other" || comment.with(|c| !c.trim().is_empty()));
    let send = move |_| {
        if let Some(reason) = reason.get_untracked() {
            ctx.dispatch(Action::Flag { reason: reason.into(), comment: comment.get_untracked() });
        }
    };
    let status = move || {
        ctx.state.with(|s| {
            s.flag().map(|(reason, _)| format!("Reported ({reason}). You can still rate the task or leave it."))
        })
    };
    view! {
        <details class="pw-flag" data-testid="pw-flag">
            <summary class="pw-flag__summary">{"Report a problem with this task"}</summary>
            <fieldset class="pw-field">
                <legend class="pw-field__title">{"What is wrong with the task?"}</legend>
                <div class="pw-choices pw-choices--choice" role="radiogroup" on:change=on_reason>
                    {options}
                </div>
                <textarea
                    class="pw-text__input"
                    data-testid="pw-flag-comment"
                    aria-label="Comment for the task's owner"
                    placeholder="What should the task's owner know?"
                    maxlength="2000"
                    on:input=move |ev| comment.set(event_target_value(&ev))
                ></textarea>
                <button type="button" class="pw-button" data-testid="pw-flag-send" disabled=move || !ready() on:click=send>
                    "Send report"
                </button>
                <p class="pw-flag__status" aria-live="polite">{status}</p>
            </fieldset>
        </details>
    }
}
