//! The rubric: one field per question (two, side by side, for per-response
//! questions), each shown or hidden by its `show_if`.

mod choices;
pub(crate) use choices::strength_words;
mod text;

use std::sync::Arc;

use leptos::prelude::*;

use super::{Ctx, Markdown};
use crate::model::{Kind, Question, Rubric, Slot};
use choices::Choices;
use text::TextInput;

/// All questions of the rubric, locked once the rating is submitted.
#[component]
pub fn RubricView(
    /// State and dispatch.
    ctx: Ctx,
    /// The rubric as shown (in the rater's language).
    rubric: Arc<Rubric>,
) -> impl IntoView {
    let questions = rubric.questions.clone();
    let order = ctx.state.with_untracked(|s| s.display.order.clone());
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
            let fields = slots
                .into_iter()
                .map(|slot| view! { <QuestionField ctx question=question.clone() at=slot/> })
                .collect_view();
            view! { <div class=class data-question=question.id.clone()>{fields}</div> }
        })
        .collect_view();
    view! {
        <section class="pw-rubric" part="rubric" aria-label=t.questions>
            <fieldset class="pw-rubric__lock" disabled=move || ctx.submitted()>
                <legend class="pw-visually-hidden">{t.questions}</legend>
                {rows}
            </fieldset>
        </section>
    }
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
) -> impl IntoView {
    let slot = at;
    let t = ctx.strings;
    let suffix = slot.response.as_ref().map(|id| {
        let letter = ctx.state.with_untracked(|s| s.display.letter(id));
        format!(" — {} {letter}", t.response)
    });
    let title_id = format!("{}-title", ctx.name(&slot));
    let visible = {
        let (question, response) = (question.clone(), slot.response.clone());
        move || ctx.state.with(|s| s.is_visible(&question, response.as_deref()))
    };
    let help = question.help.clone().map(|text| view! { <Markdown source=text class="pw-md pw-field__help"/> });
    let (text, choices) = match question.kind.clone() {
        Kind::Text { min_chars, max_chars, placeholder } => (Some((min_chars, max_chars, placeholder)), None),
        kind => (None, Some(kind)),
    };
    let text = text.map(|(min_chars, max_chars, placeholder)| {
        view! { <TextInput ctx at=slot.clone() min_chars max_chars placeholder labelled_by=title_id.clone()/> }
    });
    let choices = choices.map(|kind| view! { <Choices ctx at=slot.clone() kind/> });
    view! {
        <fieldset
            class=format!("pw-field pw-field--{}", question.kind.name())
            data-question=slot.question.clone()
            data-response=slot.response.clone()
            data-optional=(!question.required).then_some("")
            hidden=move || !visible()
        >
            <legend class="pw-field__title" id=title_id>
                {question.title.clone()}
                {suffix}
                {(!question.required).then_some(view! { <span class="pw-field__optional">{" "}{t.optional}</span> })}
            </legend>
            {help}
            {text}
            {choices}
        </fieldset>
    }
}
