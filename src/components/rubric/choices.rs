//! `scale`, `choice`, `multi` and `preference` questions: a group of native
//! radios or checkboxes with one delegated change listener.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::node::{el, nothing, reactive, Node};
use crate::components::Ctx;
use crate::i18n::Strings;
use crate::model::answer::preference_at;
use crate::model::{AnswerValue, Kind, Slot};

/// One input of a group.
struct Item {
    /// The `value` attribute.
    key: String,
    /// Main label text.
    label: String,
    /// Secondary label text (a scale point's meaning).
    note: Option<String>,
    /// What choosing it answers.
    answer: AnswerValue,
    /// For preference points: the preferred response id (or `tie`) and the
    /// strength, as `data-` attributes.
    preference: Option<(String, String)>,
}

/// The words for a strength out of `half` (the strongest is `half`).
pub(crate) fn strength_words(t: &Strings, strength: u8, half: u8) -> &'static str {
    match strength {
        s if s == half && half >= 3 => t.better[2],
        1 if half >= 2 => t.better[1],
        _ => t.better[0],
    }
}

/// The inputs for a question of this kind, labelled for the displayed order.
fn items(kind: &Kind, order: [&str; 2], letter: impl Fn(&str) -> char, t: &Strings) -> Vec<Item> {
    match kind {
        Kind::Scale { min, max, labels } => (*min..=*max)
            .map(|value| Item {
                key: value.to_string(),
                label: value.to_string(),
                note: labels.iter().find(|(v, _)| *v == value).map(|(_, text)| text.clone()),
                answer: AnswerValue::Number(value),
                preference: None,
            })
            .collect(),
        Kind::Choice { options } | Kind::Multi { options } => options
            .iter()
            .map(|o| Item {
                key: o.value.clone(),
                label: o.label.clone(),
                note: None,
                answer: AnswerValue::Text(o.value.clone()),
                preference: None,
            })
            .collect(),
        Kind::Preference { points, allow_tie } => {
            let half = (points - 1) / 2;
            (0..*points)
                .filter(|&position| *allow_tie || position != half)
                .map(|position| {
                    let p = preference_at(*points, position, order);
                    let label = match &p.preferred {
                        None => t.same.to_string(),
                        Some(id) => format!("{} {}", letter(id), strength_words(t, p.strength, half)),
                    };
                    let data = (p.preferred.clone().unwrap_or_else(|| "tie".into()), p.strength.to_string());
                    Item {
                        key: position.to_string(),
                        label,
                        note: None,
                        answer: AnswerValue::Preference(p),
                        preference: Some(data),
                    }
                })
                .collect()
        }
        Kind::Text { .. } => Vec::new(),
    }
}

/// Whether `item` is the answer in `slot` (or, for a multi, among it).
fn chosen(answer: Option<&AnswerValue>, item: &AnswerValue) -> bool {
    match (answer, item) {
        (Some(AnswerValue::List(list)), AnswerValue::Text(value)) => list.contains(value),
        (Some(answer), item) => answer == item,
        (None, _) => false,
    }
}

/// A radio group (or checkbox group for `multi`) for one answer slot.
#[component]
pub fn Choices(
    /// State and dispatch.
    ctx: Ctx,
    /// The answer edited.
    at: Slot,
    /// The question's kind (not `text`).
    kind: Kind,
) -> Node {
    let slot = at;
    let multiple = matches!(kind, Kind::Multi { .. });
    let Some(display) = ctx.peek().map(|s| s.display.clone()) else { return nothing() };
    let items = items(&kind, display.ids(), |id| display.letter(id), ctx.strings);
    let answers: Vec<AnswerValue> = items.iter().map(|item| item.answer.clone()).collect();
    let name = ctx.name(&slot);
    let inputs = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let checked = {
                let (slot, answer) = (slot.clone(), item.answer.clone());
                reactive(move || ctx.read().is_some_and(|s| chosen(s.answer(&slot), &answer)))
            };
            let (preferred, strength) = item.preference.unzip();
            el("label")
                .class("pw-choice")
                .child(
                    el("input")
                        .attr("type", if multiple { "checkbox" } else { "radio" })
                        .class("pw-choice__input")
                        .attr("name", name.clone())
                        .attr("value", item.key)
                        .attr("data-index", index.to_string())
                        .attr("data-question", slot.question.clone())
                        .attr("data-response", slot.response.clone())
                        .attr("data-preferred", preferred)
                        .attr("data-strength", strength)
                        .flag("checked", checked),
                )
                .child(el("span").class("pw-choice__label").child(item.label))
                .child(item.note.map(|note| el("span").class("pw-choice__note").child(note)))
                .into()
        })
        .collect::<Vec<Node>>();
    let on_change = move |event: web_sys::Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let index = input.get_attribute("data-index").and_then(|i| i.parse::<usize>().ok());
        let Some(answer) = index.and_then(|i| answers.get(i)).cloned() else {
            return;
        };
        let value = match (multiple, answer) {
            (true, AnswerValue::Text(option)) => {
                let mut list = match ctx.peek().as_deref().and_then(|s| s.answer(&slot)) {
                    Some(AnswerValue::List(list)) => list.clone(),
                    _ => Vec::new(),
                };
                list.retain(|v| *v != option);
                if input.checked() {
                    list.push(option);
                }
                AnswerValue::List(list)
            }
            (_, answer) => answer,
        };
        ctx.answer(slot.clone(), Some(value));
    };
    let class = format!("pw-choices pw-choices--{}", kind.name());
    let role = if multiple { "group" } else { "radiogroup" };
    el("div").class(class).attr("role", role).on("change", on_change).children(inputs).into()
}
