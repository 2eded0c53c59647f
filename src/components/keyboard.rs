//! Keyboard shortcuts. One keydown listener on the rating view:
//! - a digit answers the focused question (the scale value itself when
//!   there is one, else the n-th option; in a `multi` it ticks the n-th
//!   option) and, for a single answer, moves on to the next required
//!   question;
//! - `next` / `previous` (`n` / `p`) move to the next / previous question;
//! - `submit` (Ctrl+Enter, also ⌘+Enter) submits;
//! - `help` (`?`) shows or hides the list of shortcuts, Escape hides it.
//!
//! The four named keys can be remapped by the host (`super::Keys`). Only keys
//! that type nothing (with Ctrl or ⌘, or F1–F12) work while the focus is in
//! a text field, so typing a justification never answers anything.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent};

use super::keys::Key;
use super::Ctx;
use super::Toggle;

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

/// After a digit answered the question holding `from`: the focus goes to
/// the next required question (an optional one, such as `issues`, is
/// reached with the next key or Tab), or the next one when none is left.
fn advance(view: &Element, from: &Element) {
    let all = questions(view);
    let Some(here) = all.iter().position(|q| q.contains(Some(from))) else { return };
    let required =
        |q: &&Element| q.closest(".pw-field").ok().flatten().is_some_and(|f| !f.has_attribute("data-optional"));
    if let Some(question) = all[here + 1..].iter().find(required).or(all.get(here + 1)) {
        focus(question);
    }
}

/// Handles one keydown on the rating view.
pub fn on_keydown(ctx: Ctx, help: Toggle, event: KeyboardEvent) {
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
    let [next, previous, submit, show_help] = ctx.keys.0;
    let typing = target.tag_name() == "TEXTAREA"
        || target.dyn_ref::<HtmlInputElement>().is_some_and(|i| !matches!(i.type_().as_str(), "radio" | "checkbox"));
    if event.alt_key() {
        return;
    }
    // In a text field, only keys that type nothing are shortcuts.
    let pressed = |shortcut: Key| shortcut.matches(&key, command) && (!typing || shortcut.types_nothing());
    if pressed(submit) {
        event.prevent_default();
        ctx.submit();
    } else if pressed(show_help) {
        event.prevent_default();
        help.set(!help.get_untracked());
    } else if pressed(next) || pressed(previous) {
        event.prevent_default();
        move_focus(&view, &target, if pressed(next) { 1 } else { -1 });
    } else if !command && !typing {
        answer(&view, &target, help, &key, &event);
    }
}

/// A key with no shortcut: Escape hides the help, a digit answers.
fn answer(view: &Element, target: &Element, help: Toggle, key: &str, event: &KeyboardEvent) {
    match key {
        "Escape" if help.get_untracked() => help.set(false),
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
                advance(view, target);
            }
        }
        _ => {}
    }
}
