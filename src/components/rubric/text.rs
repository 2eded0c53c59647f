//! A `text` question: a textarea with a live character count.

use leptos::prelude::*;

use crate::components::Ctx;
use crate::i18n::fill;
use crate::model::{AnswerValue, Slot};

/// A textarea whose count says how far the answer is from `min_chars`.
#[component]
pub fn TextInput(
    /// State and dispatch.
    ctx: Ctx,
    /// The answer edited.
    at: Slot,
    /// Characters needed (after trimming).
    min_chars: usize,
    /// Most characters allowed.
    max_chars: Option<usize>,
    /// Placeholder text.
    placeholder: Option<String>,
    /// The id of the question's title, which labels the box.
    labelled_by: String,
) -> impl IntoView {
    let slot = at;
    let t = ctx.strings;
    let count_id = format!("{}-count", ctx.name(&slot));
    let text = {
        let slot = slot.clone();
        move || {
            ctx.state.with(|s| match s.answer(&slot) {
                Some(AnswerValue::Text(t)) => t.clone(),
                _ => String::new(),
            })
        }
    };
    let count = {
        let text = text.clone();
        move || {
            let typed = text().trim().chars().count();
            let n = t.number(typed);
            match (min_chars, max_chars) {
                (min, _) if typed < min => fill(t.chars_min, &[&n, &t.number(min)]),
                (_, Some(max)) => fill(t.chars_max, &[&n, &t.number(max)]),
                _ => fill(t.chars, &[&n]),
            }
        }
    };
    let short = {
        let text = text.clone();
        move || text().trim().chars().count() < min_chars
    };
    let slot_write = slot.clone();
    view! {
        <textarea
            class="pw-text__input"
            rows="4"
            data-question=slot.question.clone()
            data-response=slot.response.clone()
            maxlength=max_chars.map(|m| m.to_string())
            placeholder=placeholder
            aria-labelledby=labelled_by
            aria-describedby=count_id.clone()
            prop:value=text
            on:input=move |ev| ctx.answer(slot_write.clone(), Some(AnswerValue::Text(event_target_value(&ev))))
        ></textarea>
        <p class="pw-text__count" class:pw-text__count--short=short id=count_id aria-live="polite">{count}</p>
    }
}
