//! "Report a problem with this task": the rater flags a broken task with a
//! reason and a comment instead of rating it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Ctx;
use crate::i18n::fill;
use crate::model::state::FLAG_REASONS;
use crate::model::Action;

/// A collapsed form that sends a `flag` event.
#[component]
pub fn FlagForm(
    /// State and dispatch.
    ctx: Ctx,
) -> impl IntoView {
    let reason = RwSignal::new(None::<&'static str>);
    let comment = RwSignal::new(String::new());
    let t = ctx.strings;
    let name = format!("pw{}-flag", ctx.instance);
    let options = FLAG_REASONS
        .iter()
        .zip(t.flag_reasons)
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
            s.flag().map(|(reason, _)| {
                let label = FLAG_REASONS.iter().zip(t.flag_reasons).find(|(r, _)| *r == reason).map(|(_, l)| l);
                fill(t.flag_sent, &[label.unwrap_or(reason)])
            })
        })
    };
    view! {
        <details class="pw-flag" data-testid="pw-flag">
            <summary class="pw-flag__summary">{t.flag_open}</summary>
            <fieldset class="pw-field">
                <legend class="pw-field__title">{t.flag_question}</legend>
                <div class="pw-choices pw-choices--choice" role="radiogroup" on:change=on_reason>
                    {options}
                </div>
                <textarea
                    class="pw-text__input"
                    data-testid="pw-flag-comment"
                    aria-label=t.flag_comment
                    placeholder=t.flag_placeholder
                    maxlength="2000"
                    on:input=move |ev| comment.set(event_target_value(&ev))
                ></textarea>
                <button type="button" class="pw-button" data-testid="pw-flag-send" disabled=move || !ready() on:click=send>
                    {t.flag_send}
                </button>
                <p class="pw-flag__status" aria-live="polite">{status}</p>
            </fieldset>
        </details>
    }
}
