//! Keyboard shortcuts. One keydown listener on the rating view:
//! - a digit answers the focused question (the scale value itself when
//!   there is one, else the n-th option; in a `multi` it ticks the n-th
//!   option) and moves on to the next question;
//! - `n` / `p` move to the next / previous question;
//! - Ctrl+Enter (⌘+Enter) submits;
//! - `?` shows or hides the list of shortcuts, Escape hides it.
//!
//! Only Ctrl/⌘+Enter works while the focus is in a text field, so typing
//! a justification never answers anything.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent};

use super::Ctx;

/// The shortcuts as shown in the help panel.
pub const SHORTCUTS: [(&str, &str); 5] = [
    ("1 – 9", "answer the focused question and go to the next"),
    ("n / p", "next / previous question"),
    ("Ctrl + Enter", "submit the rating (⌘ + Enter on a Mac)"),
    ("?", "show or hide this list"),
    ("Tab, arrows, Space", "move and choose as in any form"),
];

/// The focusable questions of the rubric, in order: radio and checkbox
/// groups and text boxes of the fields now shown.
fn questions(view: &Element) -> Vec<Element> {
    let Ok(list) = view.query_selector_all(".pw-rubric .pw-field:not([hidden]) :is(.pw-choices, textarea)") else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn inputs(group: &Element) -> Vec<HtmlInputElement> {
    let Ok(list) = group.query_selector_all("input") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok()).collect()
}

/// Puts the focus on a question: its chosen option, its first, or the box.
fn focus(question: &Element) {
    let target: Option<HtmlElement> = match question.tag_name().as_str() {
        "TEXTAREA" => question.clone().dyn_into().ok(),
        _ => {
            let all = inputs(question);
            all.iter().find(|i| i.checked()).or(all.first()).cloned().map(Into::into)
        }
    };
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// Moves the focus `step` questions from the one holding `from`.
fn move_focus(view: &Element, from: &Element, step: isize) {
    let all = questions(view);
    let here = all.iter().position(|q| q.contains(Some(from)));
    let next = match here {
        Some(i) => i as isize + step,
        None if step > 0 => 0,
        None => all.len() as isize - 1,
    };
    if let Some(question) = usize::try_from(next).ok().and_then(|i| all.get(i)) {
        focus(question);
    }
}

/// Handles one keydown on the rating view.
pub fn on_keydown(ctx: Ctx, help: RwSignal<bool>, event: KeyboardEvent) {
    if event.default_prevented() || event.is_composing() {
        return;
    }
    let (Some(view), Some(target)) = (
        event.current_target().and_then(|t| t.dyn_into::<Element>().ok()),
        event.target().and_then(|t| t.dyn_into::<Element>().ok()),
    ) else {
        return;
    };
    let key = event.key();
    let command = event.ctrl_key() || event.meta_key();
    if command && key == "Enter" {
        event.prevent_default();
        ctx.submit();
        return;
    }
    let typing = target.tag_name() == "TEXTAREA"
        || target.dyn_ref::<HtmlInputElement>().is_some_and(|i| !matches!(i.type_().as_str(), "radio" | "checkbox"));
    if typing || command || event.alt_key() {
        return;
    }
    match key.as_str() {
        "?" => help.update(|shown| *shown = !*shown),
        "Escape" if help.get_untracked() => help.set(false),
        "n" | "p" => move_focus(&view, &target, if key == "n" { 1 } else { -1 }),
        digit if digit.len() == 1 && digit.as_bytes()[0].is_ascii_digit() && digit != "0" => {
            let Some(group) = target.closest(".pw-choices").ok().flatten() else { return };
            let all = inputs(&group);
            let chosen = all
                .iter()
                .find(|i| group.class_list().contains("pw-choices--scale") && i.value() == digit)
                .or_else(|| digit.parse::<usize>().ok().and_then(|n| all.get(n - 1)));
            let Some(input) = chosen else { return };
            event.prevent_default();
            input.click();
            let _ = input.focus();
            if input.type_() == "radio" {
                move_focus(&view, &target, 1);
            }
        }
        _ => {}
    }
}
