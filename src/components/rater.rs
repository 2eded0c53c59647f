//! The rating view: prompt, guidelines, both responses, the rubric and the
//! submit bar. It also tells the state when the page is active.

use leptos::prelude::*;

use super::response_pane::ResponsePane;
use super::rubric::RubricView;
use super::submit_bar::SubmitBar;
use super::{Ctx, Markdown};
use crate::model::Action;

/// Whether the page is visible and focused.
pub fn page_active() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    document.visibility_state() == web_sys::VisibilityState::Visible && document.has_focus().unwrap_or(false)
}

/// The whole rating view for a valid task.
#[component]
pub fn Rater(
    /// State and dispatch.
    ctx: Ctx,
) -> impl IntoView {
    let (task, display) = ctx.state.with_untracked(|s| (s.task.clone(), s.display.clone()));
    let listeners = ["visibilitychange", "focus", "blur", "pagehide"].map(|name| {
        window_event_listener_untyped(name, move |event| {
            ctx.dispatch(Action::SetActive(page_active()));
            // Leaving or hiding the page: make sure the draft has the latest
            // active time.
            if matches!(event.type_().as_str(), "visibilitychange" | "pagehide") {
                ctx.save_draft();
            }
        })
    });
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));

    let guidelines = task.guidelines.clone().map(|text| {
        view! {
            <details class="pw-guidelines">
                <summary class="pw-guidelines__summary">"Guidelines"</summary>
                <Markdown source=text class="pw-md pw-guidelines__body"/>
            </details>
        }
    });
    let panes = display
        .order
        .iter()
        .filter_map(|id| task.response(id).cloned())
        .map(|response| {
            let letter = display.letter(&response.id);
            view! { <ResponsePane response letter/> }
        })
        .collect_view();
    view! {
        {move || ctx.notice.get().map(|text| view! { <p class="pw-notice" role="status" data-testid="pw-notice">{text}</p> })}
        <section class="pw-task" aria-label="Prompt">
            <h2 class="pw-task__title">"Prompt"</h2>
            <Markdown source=task.prompt.clone() class="pw-md pw-task__prompt"/>
            {guidelines}
        </section>
        <div class="pw-responses">{panes}</div>
        <RubricView ctx/>
        <SubmitBar ctx/>
    }
}
