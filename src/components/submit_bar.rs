//! The submit button and the list of what is still missing.

use leptos::prelude::*;

use super::Ctx;
use crate::model::answer::AnswerValue;
use crate::model::Kind;

/// Submit button, disabled until the rating is complete, with the list of
/// missing answers beside it.
#[component]
pub fn SubmitBar(
    /// State and dispatch.
    ctx: Ctx,
) -> impl IntoView {
    let missing = move || {
        ctx.state.with(|s| {
            s.missing()
                .into_iter()
                .filter_map(|slot| {
                    let question = s.task.rubric.question(&slot.question)?;
                    let mut text = question.title.clone();
                    if let Some(id) = &slot.response {
                        text.push_str(&format!(" (Response {})", s.display.letter(id)));
                    }
                    if let (Kind::Text { min_chars, .. }, answer) = (&question.kind, s.answer(&slot)) {
                        let typed = match answer {
                            Some(AnswerValue::Text(t)) => t.trim().chars().count(),
                            _ => 0,
                        };
                        text.push_str(&format!(": {typed} of at least {min_chars} characters"));
                    }
                    Some(view! { <li data-question=slot.question.clone() data-response=slot.response.clone()>{text}</li> })
                })
                .collect_view()
        })
    };
    let complete = move || ctx.state.with(|s| s.is_complete());
    let submitted_id = move || ctx.state.with(|s| s.submission().map(|sub| sub.id.clone()));
    view! {
        <div class="pw-submit">
            <button
                type="button"
                class="pw-button pw-button--primary"
                data-testid="pw-submit"
                disabled=move || !complete() || submitted_id().is_some()
                on:click=move |_| ctx.submit()
            >
                {move || if submitted_id().is_some() { "Submitted" } else { "Submit rating" }}
            </button>
            <div class="pw-submit__status" aria-live="polite">
                {move || submitted_id().map(|id| view! {
                    <p class="pw-submit__done" data-testid="pw-submitted">"Rating submitted (" <code>{id}</code> ")."</p>
                })}
                {move || (complete() && submitted_id().is_none()).then(|| view! {
                    <p class="pw-submit__ready">"Everything is answered."</p>
                })}
                {move || (!complete()).then(|| view! {
                    <p class="pw-submit__todo">"Still to answer:"</p>
                    <ul class="pw-submit__missing" data-testid="pw-missing">{missing}</ul>
                })}
            </div>
        </div>
    }
}
