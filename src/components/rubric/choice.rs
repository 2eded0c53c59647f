//! `choice` (radios) and `multi` (checkboxes) questions.

use leptos::prelude::*;

use crate::components::Ctx;
use crate::model::{AnswerValue, ChoiceOption, Slot};

/// One native input per option: radios for a single choice, checkboxes for
/// a multiple one.
#[component]
pub fn OptionsInput(
    /// State and dispatch.
    ctx: Ctx,
    /// The answer edited.
    at: Slot,
    /// The options in display order.
    options: Vec<ChoiceOption>,
    /// Checkboxes (any number) instead of radios (exactly one).
    multiple: bool,
) -> impl IntoView {
    let slot = at;
    let name = ctx.name(&slot);
    let items = options
        .into_iter()
        .map(|option| {
            let value = option.value.clone();
            let (slot_read, slot_write) = (slot.clone(), slot.clone());
            let checked = {
                let value = value.clone();
                move || {
                    ctx.state.with(|s| match s.answer(&slot_read) {
                        Some(AnswerValue::Text(chosen)) => chosen == &value,
                        Some(AnswerValue::List(list)) => list.contains(&value),
                        _ => false,
                    })
                }
            };
            let on_change = {
                let value = value.clone();
                move |ev: leptos::ev::Event| {
                    if !multiple {
                        ctx.answer(slot_write.clone(), Some(AnswerValue::Text(value.clone())));
                        return;
                    }
                    let on = event_target_checked(&ev);
                    let mut list = ctx.state.with_untracked(|s| match s.answer(&slot_write) {
                        Some(AnswerValue::List(list)) => list.clone(),
                        _ => Vec::new(),
                    });
                    list.retain(|v| v != &value);
                    if on {
                        list.push(value.clone());
                    }
                    ctx.answer(slot_write.clone(), Some(AnswerValue::List(list)));
                }
            };
            view! {
                <label class="pw-option">
                    <input
                        type=if multiple { "checkbox" } else { "radio" }
                        class="pw-option__input"
                        name=name.clone()
                        value=value
                        data-question=slot.question.clone()
                        data-response=slot.response.clone()
                        prop:checked=checked
                        on:change=on_change
                    />
                    <span class="pw-option__label">{option.label}</span>
                </label>
            }
        })
        .collect_view();
    let role = if multiple { "group" } else { "radiogroup" };
    view! { <div class="pw-options" role=role>{items}</div> }
}
