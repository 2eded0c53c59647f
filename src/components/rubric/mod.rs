//! The rubric: one field per question (two, side by side, for per-response
//! questions), each shown or hidden by its `show_if`.

mod choices;
pub(crate) use choices::strength_words;
mod text;

use std::sync::Arc;

use leptos::prelude::*;

use super::markdown_view::MarkdownProps;
use super::node::{el, reactive, Node};
use super::{Ctx, Markdown};
use crate::model::{Kind, Question, Rubric, Slot};
use choices::{Choices, ChoicesProps};
use text::{TextInput, TextInputProps};

/// All questions of the rubric, locked once the rating is submitted.
#[component]
pub fn RubricView(
    /// State and dispatch.
    ctx: Ctx,
    /// The rubric as shown (in the rater's language).
    rubric: Arc<Rubric>,
) -> Node {
    let questions = rubric.questions.clone();
    let order = ctx.peek().map(|s| s.display.order.clone()).unwrap_or_default();
    let t = ctx.strings;
    let rows = questions
        .into_iter()
        .map(|question| {
            let slots: Vec<Slot> = if question.per_response {
                order.iter().map(|id| Slot::for_response(&question.id, id)).collect()
            } else {
                vec![Slot::overall(&question.id)]
            };
            let class = if question.per_response { "pw-row" } else { "pw-row pw-row--overall" };
            let fields =
                slots.into_iter().map(|at| QuestionField(QuestionFieldProps { ctx, question: question.clone(), at }));
            el("div").class(class).attr("data-question", question.id.clone()).children(fields).into()
        })
        .collect::<Vec<Node>>();
    el("section")
        .class("pw-rubric")
        .attr("part", "rubric")
        .attr("aria-label", t.questions)
        .child(
            el("fieldset")
                .class("pw-rubric__lock")
                .attr("disabled", reactive(move || ctx.submitted()))
                .child(el("legend").class("pw-visually-hidden").child(t.questions))
                .children(rows),
        )
        .into()
}

/// One question for one slot: its legend, help and control.
#[component]
fn QuestionField(
    /// State and dispatch.
    ctx: Ctx,
    /// The question.
    question: Question,
    /// Which answer this field edits.
    at: Slot,
) -> Node {
    let slot = at;
    let t = ctx.strings;
    let suffix = slot.response.as_ref().map(|id| {
        let letter = ctx.peek().map(|s| s.display.letter(id)).unwrap_or_default();
        format!(" — {} {letter}", t.response)
    });
    let title_id = format!("{}-title", ctx.name(&slot));
    let visible = {
        let (question, response) = (question.clone(), slot.response.clone());
        move || ctx.read().is_some_and(|s| s.is_visible(&question, response.as_deref()))
    };
    let help = question
        .help
        .clone()
        .map(|source| Markdown(MarkdownProps { source, class: "pw-md pw-field__help", words: t.code }));
    let (text, choices) = match question.kind.clone() {
        Kind::Text { min_chars, max_chars, placeholder } => (Some((min_chars, max_chars, placeholder)), None),
        kind => (None, Some(kind)),
    };
    let text = text.map(|(min_chars, max_chars, placeholder)| {
        let labelled_by = title_id.clone();
        TextInput(TextInputProps { ctx, at: slot.clone(), min_chars, max_chars, placeholder, labelled_by })
    });
    let choices = choices.map(|kind| Choices(ChoicesProps { ctx, at: slot.clone(), kind }));
    let optional = (!question.required).then(|| el("span").class("pw-field__optional").child(" ").child(t.optional));
    el("fieldset")
        .class(format!("pw-field pw-field--{}", question.kind.name()))
        .attr("data-question", slot.question.clone())
        .attr("data-response", slot.response.clone())
        .attr("data-optional", !question.required)
        .attr("hidden", reactive(move || !visible()))
        .child(
            el("legend")
                .class("pw-field__title")
                .attr("id", title_id)
                .child(question.title.clone())
                .child(suffix)
                .child(optional),
        )
        .child(help)
        .child(text)
        .child(choices)
        .into()
}
