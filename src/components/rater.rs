//! The rating view: prompt, guidelines, both responses, the rubric and the
//! submit bar. It also tells the state when the page is active.

use leptos::prelude::*;

use super::compare::{CompareToggle, ComparisonSlot};
use super::feedback::Feedback;
use super::flag_form::FlagForm;
use super::hints_view::HintsView;
use super::response_pane::ResponsePane;
use super::rubric::RubricView;
use super::submit_bar::SubmitBar;
use super::{Ctx, Markdown};
use crate::model::Action;

/// Tells the state which part of each response is on screen.
fn measure(ctx: Ctx, panes: NodeRef<leptos::html::Div>) {
    let Some(container) = panes.try_get_untracked().flatten() else { return };
    let Some(window) = web_sys::window() else { return };
    let viewport = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let shown = window.document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
    let children = container.children();
    for i in 0..children.length() {
        let Some(pane) = children.item(i) else { continue };
        let Some(response) = pane.get_attribute("data-response") else { continue };
        let rect = pane.get_bounding_client_rect();
        if rect.height() <= 0.0 {
            continue;
        }
        let (from, to) = if shown {
            ((-rect.top() / rect.height()).max(0.0), ((viewport - rect.top()) / rect.height()).min(1.0))
        } else {
            (0.0, 0.0)
        };
        ctx.observe(Action::View { response, from, to });
    }
}

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
    let t = ctx.strings;
    // The rubric as shown: the preset's texts in the rater's language.
    let rubric = std::sync::Arc::new(t.localize(&task.rubric));
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
    // Attention: measured on scroll and resize, at most once a frame.
    let panes_ref = NodeRef::<leptos::html::Div>::new();
    let scheduled = std::rc::Rc::new(std::cell::Cell::new(false));
    let schedule = std::rc::Rc::new(move || {
        if !scheduled.replace(true) {
            let scheduled = scheduled.clone();
            request_animation_frame(move || {
                scheduled.set(false);
                measure(ctx, panes_ref);
            });
        }
    });
    let viewers = ["scroll", "resize", "visibilitychange"].map(|name| {
        let schedule = schedule.clone();
        window_event_listener_untyped(name, move |_| schedule())
    });
    // Any key, click, touch or scroll shows the rater is not idle.
    let inputs = ["keydown", "pointerdown", "wheel", "scroll", "touchstart"]
        .map(|name| window_event_listener_untyped(name, move |_| ctx.observe(Action::Input)));
    // The first measurement waits until the page is idle, so it does not
    // force a layout before the first frame.
    super::markdown_view::when_idle(move || schedule());
    on_cleanup(move || listeners.into_iter().chain(viewers).chain(inputs).for_each(|l| l.remove()));

    let guidelines = task.guidelines.clone().map(|text| {
        view! {
            <details class="pw-guidelines">
                <summary class="pw-guidelines__summary">{t.guidelines}</summary>
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
            view! { <ResponsePane response title=format!("{} {letter}", t.response)/> }
        })
        .collect_view();
    let comparing = RwSignal::new(false);
    let help = RwSignal::new(false);
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if ctx.shortcuts {
            super::keyboard::on_keydown(ctx, help, event);
        }
    };
    let help_list = ctx.keys.rows(t).map(|(keys, what)| view! { <li><kbd>{keys}</kbd>" "{what}</li> }).collect_view();
    view! {
        <div class="pw-rater" on:keydown=on_keydown>
        <div class="pw-help" role="dialog" aria-label=t.keys_title data-testid="pw-help" hidden=move || !help.get()>
            <p class="pw-help__title">{t.keys_title}</p>
            <ul class="pw-help__list">{help_list}</ul>
        </div>
        {move || ctx.notice.get().map(|n| view! { <p class="pw-notice" role="status" data-testid="pw-notice">{n.text(t)}</p> })}
        <section class="pw-task" part="prompt" aria-label=t.prompt>
            <h2 class="pw-task__title">{t.prompt}</h2>
            <Markdown source=task.prompt.clone() class="pw-md pw-task__prompt"/>
            {guidelines}
        </section>
        <CompareToggle comparing/>
        <div class="pw-responses" node_ref=panes_ref hidden=move || comparing.get()>{panes}</div>
        <ComparisonSlot ctx comparing/>
        <RubricView ctx rubric=rubric.clone()/>
        <HintsView ctx/>
        <SubmitBar ctx rubric=rubric.clone()/>
        <Feedback ctx rubric/>
        {(!ctx.review).then(|| view! { <FlagForm ctx/> })}
        </div>
    }
}
