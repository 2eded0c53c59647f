//! The `preference` question: a row of points from "A much better" through
//! "tie" to "B much better", where A and B are the displayed sides.

use leptos::prelude::*;

use crate::components::Ctx;
use crate::model::answer::preference_at;
use crate::model::{AnswerValue, Slot};

/// The words for a strength out of `half` (the strongest is `half`).
fn strength_words(strength: u8, half: u8) -> &'static str {
    match strength {
        s if s == half && half >= 3 => "much better",
        1 if half >= 2 => "slightly better",
        _ => "better",
    }
}

/// One radio per point, labelled with the displayed letters.
#[component]
pub fn PreferenceInput(
    /// State and dispatch.
    ctx: Ctx,
    /// The answer edited.
    at: Slot,
    /// Number of points (odd).
    points: u8,
    /// Whether the middle point can be chosen.
    allow_tie: bool,
) -> impl IntoView {
    let slot = at;
    let name = ctx.name(&slot);
    let display = ctx.state.with_untracked(|s| s.display.clone());
    let half = (points - 1) / 2;
    let items = (0..points)
        .filter(|&position| allow_tie || position != half)
        .map(|position| {
            let preference = preference_at(points, position, display.ids());
            let label = match &preference.preferred {
                None => "About the same".to_string(),
                Some(id) => format!(
                    "{} {}",
                    display.letter(id),
                    strength_words(preference.strength, half)
                ),
            };
            let preferred = preference.preferred.clone().unwrap_or_else(|| "tie".into());
            let strength = preference.strength.to_string();
            let answer = AnswerValue::Preference(preference);
            let (slot_read, slot_write, answer_read) = (slot.clone(), slot.clone(), answer.clone());
            view! {
                <label class="pw-preference__option">
                    <input
                        type="radio"
                        class="pw-preference__input"
                        name=name.clone()
                        value=position.to_string()
                        data-question=slot.question.clone()
                        data-preferred=preferred
                        data-strength=strength
                        prop:checked=move || ctx.is(&slot_read, &answer_read)
                        on:change=move |_| ctx.answer(slot_write.clone(), Some(answer.clone()))
                    />
                    <span class="pw-preference__label">{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="pw-preference" role="radiogroup" style=format!("--pw-points: {}", points)>
            {items}
        </div>
    }
}
