//! A `scale` question: one radio per value.

use leptos::prelude::*;

use crate::components::Ctx;
use crate::model::{AnswerValue, Slot};

/// Radios from `min` to `max`, each with its label.
#[component]
pub fn ScaleInput(
    /// State and dispatch.
    ctx: Ctx,
    /// The answer edited.
    at: Slot,
    /// Lowest value.
    min: i64,
    /// Highest value.
    max: i64,
    /// Labels of some or all values.
    labels: Vec<(i64, String)>,
) -> impl IntoView {
    let slot = at;
    let name = ctx.name(&slot);
    let options = (min..=max)
        .map(|value| {
            let answer = AnswerValue::Number(value);
            let (slot_read, slot_write, answer_read) = (slot.clone(), slot.clone(), answer.clone());
            view! {
                <label class="pw-scale__option">
                    <input
                        type="radio"
                        class="pw-scale__input"
                        name=name.clone()
                        value=value.to_string()
                        data-question=slot.question.clone()
                        data-response=slot.response.clone()
                        prop:checked=move || ctx.is(&slot_read, &answer_read)
                        on:change=move |_| ctx.answer(slot_write.clone(), Some(answer.clone()))
                    />
                    <span class="pw-scale__value">{value}</span>
                    <span class="pw-scale__label">{labels.iter().find(|(v, _)| *v == value).map(|(_, text)| text.clone())}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="pw-scale" role="radiogroup">{options}</div> }
}
