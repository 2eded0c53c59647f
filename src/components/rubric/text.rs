//! A `text` question: a textarea with a live character count.

use leptos::prelude::*;

use crate::components::node::{el, reactive, Node};
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
) -> Node {
    let slot = at;
    let t = ctx.strings;
    let count_id = format!("{}-count", ctx.name(&slot));
    let text = {
        let slot = slot.clone();
        move || match ctx.read().as_deref().and_then(|s| s.answer(&slot)) {
            Some(AnswerValue::Text(t)) => t.clone(),
            _ => String::new(),
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
    let area = el("textarea")
        .class("pw-text__input")
        .attr("rows", "4")
        .attr("data-question", slot.question.clone())
        .attr("data-response", slot.response.clone())
        .attr("maxlength", max_chars.map(|m| m.to_string()))
        .attr("placeholder", placeholder)
        .attr("aria-labelledby", labelled_by)
        .attr("aria-describedby", count_id.clone())
        .prop("value", reactive(text))
        .on("input", move |ev| ctx.answer(slot_write.clone(), Some(AnswerValue::Text(event_target_value(&ev)))));
    let count = el("p")
        .class("pw-text__count")
        .class_when("pw-text__count--short", reactive(short))
        .attr("id", count_id)
        .attr("aria-live", "polite")
        .child(reactive(count));
    vec![area.into(), count.into()].into()
}
