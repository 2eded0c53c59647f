//! What the rater sees when the task cannot be rated.

use leptos::prelude::*;

use super::node::{el, Node};
use crate::i18n::Strings;
use crate::model::TaskError;

/// Lists every problem found in the task, with its JSON path.
#[component]
pub fn ErrorView(
    /// The problems, as validation reported them.
    problems: Vec<TaskError>,
    /// The words of the UI. The problems themselves are for the task's
    /// author and stay in English.
    strings: &'static Strings,
) -> Node {
    let items = problems.into_iter().map(|p| {
        el("li")
            .class("pw-error__item")
            .attr("data-code", p.code)
            .child(el("code").class("pw-error__path").child(p.path))
            .child(" ")
            .child(el("span").attr("lang", "en").child(p.message))
            .into()
    });
    el("div")
        .class("pw-error")
        .attr("role", "alert")
        .attr("data-testid", "pw-error")
        .child(el("h2").class("pw-error__title").child(strings.error_title))
        .child(el("p").child(strings.error_intro))
        .child(el("ul").class("pw-error__list").children(items))
        .into()
}
