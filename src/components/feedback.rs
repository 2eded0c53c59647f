//! Gold feedback after the submit: question by question, the rater's
//! answer beside the expected one, whether they agree, and the task
//! author's explanation. Any gold answer can be disputed with a comment,
//! which sends a `dispute` event.

use leptos::prelude::*;

use std::sync::Arc;

use super::flag_form::comment_input;
use super::markdown_view::MarkdownProps;
use super::node::{dynamic_when, el, nothing, reactive, Node};
use super::rubric::strength_words;
use super::{Ctx, Markdown, Toggle};
use crate::i18n::{fill, Strings};
use crate::model::answer::{AnswerValue, Slot};
use crate::model::gold::{verdict, Verdict};
use crate::model::state::RatingState;
use crate::model::{Action, Kind, Question, Rubric};

/// An answer in words, as the rater saw the options.
fn describe(t: &Strings, state: &RatingState, question: &Question, value: Option<&AnswerValue>) -> String {
    fn label<'a>(options: &'a [crate::model::ChoiceOption], value: &'a str) -> &'a str {
        options.iter().find(|o| o.value == value).map_or(value, |o| o.label.as_str())
    }
    match (&question.kind, value) {
        (_, None) => t.no_answer.into(),
        (Kind::Scale { labels, .. }, Some(AnswerValue::Number(n))) => match labels.iter().find(|(v, _)| v == n) {
            Some((_, text)) => format!("{n} – {text}"),
            None => n.to_string(),
        },
        (Kind::Choice { options }, Some(AnswerValue::Text(value))) => label(options, value).into(),
        (Kind::Multi { options }, Some(AnswerValue::List(values))) if !values.is_empty() => {
            values.iter().map(|v| label(options, v)).collect::<Vec<_>>().join(", ")
        }
        (Kind::Multi { .. }, Some(_)) => t.none_ticked.into(),
        (Kind::Preference { points, .. }, Some(AnswerValue::Preference(p))) => match &p.preferred {
            None => t.tie.into(),
            Some(id) => {
                let words = strength_words(t, p.strength, (points - 1) / 2);
                format!("{} {} {words}", t.response, state.display.letter(id))
            }
        },
        (_, Some(AnswerValue::Text(text))) => text.clone(),
        (_, Some(other)) => other.to_json().to_json_string(),
    }
}

/// A verdict's mark and words (the words say it; the mark only repeats it).
fn verdict_words(t: &Strings, verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Agree => ("✓", t.verdicts[0]),
        Verdict::Close => ("≈", t.verdicts[1]),
        Verdict::Differ => ("✗", t.verdicts[2]),
        Verdict::Unanswered => ("–", t.verdicts[3]),
    }
}

/// One gold answer compared with the rater's, with its dispute form.
#[component]
fn FeedbackItem(
    /// State and dispatch.
    ctx: Ctx,
    /// The slot with a gold answer.
    at: Slot,
    /// The rubric as shown (in the rater's language).
    rubric: Arc<Rubric>,
) -> Node {
    let (slot, t) = (at, ctx.strings);
    let Some(state) = ctx.peek() else { return nothing() };
    let s = &*state;
    let (title, yours, expected, verdict, explanation) = {
        let question = rubric.question(&slot.question).cloned();
        let gold = s.task.gold.as_ref();
        let expected = gold.and_then(|g| g.answer(&slot)).cloned();
        let explanation = gold.and_then(|g| g.explanation(&slot.question)).map(String::from);
        let Some(question) = question else {
            return nothing();
        };
        let mut title = question.title.clone();
        if let Some(id) = &slot.response {
            title.push_str(&format!(" ({} {})", t.response, s.display.letter(id)));
        }
        let given = s.answer(&slot);
        let verdict = expected.as_ref().map_or(Verdict::Unanswered, |e| verdict(&question, e, given));
        let (yours, expected) = (describe(t, s, &question, given), describe(t, s, &question, expected.as_ref()));
        (title, yours, expected, verdict, explanation)
    };
    drop(state);
    let (mark, words) = verdict_words(t, verdict);
    let open = Toggle::off();
    let comment = RwSignal::new(String::new());
    let sent = {
        let slot = slot.clone();
        move || ctx.read().is_some_and(|s| s.disputes().iter().any(|(disputed, _)| *disputed == slot))
    };
    let sent_again = sent.clone();
    let send = {
        let slot = slot.clone();
        move |_| {
            ctx.dispatch(Action::Dispute { slot: slot.clone(), comment: comment.get_untracked() });
            open.set(false);
        }
    };
    let response = slot.response.clone().unwrap_or_default();
    let explanation =
        explanation.map(|source| Markdown(MarkdownProps { source, class: "pw-md pw-feedback__why", words: t.code }));
    el("li")
        .class("pw-feedback__item")
        .attr("data-question", slot.question.clone())
        .attr("data-response", response)
        .attr("data-verdict", verdict.name())
        .child(
            el("p")
                .class("pw-feedback__title")
                .child(el("span").class("pw-feedback__mark").attr("aria-hidden", "true").child(mark))
                .child(" ")
                .child(title)
                .child(": ")
                .child(el("strong").child(words)),
        )
        .child(
            el("dl")
                .class("pw-feedback__answers")
                .child(el("dt").child(t.feedback_yours))
                .child(el("dd").attr("data-testid", "pw-feedback-yours").child(yours))
                .child(el("dt").child(t.feedback_expected))
                .child(el("dd").attr("data-testid", "pw-feedback-expected").child(expected)),
        )
        .child(explanation)
        .child(
            el("div")
                .class("pw-feedback__dispute-area")
                .attr("hidden", ctx.review)
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("pw-button pw-feedback__dispute")
                        .attr("aria-expanded", reactive(move || open.get().to_string()))
                        .on("click", move |_| open.set(!open.get_untracked()))
                        .child(reactive(move || t.dispute[usize::from(sent())])),
                )
                .child(
                    el("div")
                        .class("pw-feedback__form")
                        .attr("hidden", reactive(move || !open.get()))
                        .child(comment_input(comment, t.dispute_label, t.dispute_label))
                        .child(
                            el("button")
                                .attr("type", "button")
                                .class("pw-button")
                                .attr("data-testid", "pw-dispute-send")
                                .attr("disabled", reactive(move || comment.read().trim().is_empty()))
                                .on("click", send)
                                .child(t.dispute_send),
                        ),
                )
                .child(
                    el("p")
                        .class("pw-feedback__status")
                        .attr("aria-live", "polite")
                        .child(reactive(move || sent_again().then_some(t.dispute_sent))),
                ),
        )
        .into()
}

/// After the submit of a task with gold: the comparison, question by
/// question, in rubric order.
#[component]
pub fn Feedback(
    /// State and dispatch.
    ctx: Ctx,
    /// The rubric as shown (in the rater's language).
    rubric: Arc<Rubric>,
) -> Node {
    let t = ctx.strings;
    // Built once, when the rating is submitted (not again on each later
    // change, such as a dispute).
    let mut built = false;
    dynamic_when(move || {
        if built || !ctx.submitted() {
            return None;
        }
        built = true;
        let (slots, agreed) = {
            let s = ctx.peek()?;
            let gold = s.task.gold.as_ref()?;
            let mut slots: Vec<Slot> = Vec::new();
            let mut agreed = 0;
            for question in &s.task.rubric.questions {
                for (slot, expected) in gold.answers.iter().filter(|(slot, _)| slot.question == question.id) {
                    agreed += usize::from(verdict(question, expected, s.answer(slot)) == Verdict::Agree);
                    slots.push(slot.clone());
                }
            }
            (!slots.is_empty()).then_some((slots, agreed))?
        };
        let summary = fill(t.feedback_summary, &[&t.number(agreed), &t.number(slots.len())]);
        let items = slots.into_iter().map(|at| FeedbackItem(FeedbackItemProps { ctx, at, rubric: rubric.clone() }));
        Some(
            el("section")
                .class("pw-feedback")
                .attr("aria-label", t.feedback_heading)
                .attr("data-testid", "pw-feedback")
                .child(el("h2").class("pw-feedback__heading").child(t.feedback_heading))
                .child(el("p").class("pw-feedback__summary").child(summary))
                .child(el("ul").class("pw-feedback__list").children(items)),
        )
    })
}
