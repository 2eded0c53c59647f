//! The rating view: prompt, guidelines, both responses, the rubric and the
//! submit bar. It also tells the state when the page is active.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::compare::{CompareToggle, CompareToggleProps, ComparisonSlot, ComparisonSlotProps};
use super::feedback::{Feedback, FeedbackProps};
use super::flag_form::{FlagForm, FlagFormProps};
use super::hints_view::{HintsView, HintsViewProps};
use super::markdown_view::MarkdownProps;
use super::node::{dynamic, el, nothing, reactive, Node};
use super::response_pane::{ResponsePane, ResponsePaneProps};
use super::rubric::{RubricView, RubricViewProps};
use super::submit_bar::{SubmitBar, SubmitBarProps};
use super::Toggle;
use super::{Ctx, Markdown};
use crate::model::Action;

/// Tells the state which part of each response is on screen.
fn measure(ctx: Ctx, panes: &OnceCell<web_sys::Element>) {
    let Some(container) = panes.get() else { return };
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
) -> Node {
    let Some((task, display)) = ctx.peek().map(|s| (s.task.clone(), s.display.clone())) else {
        return nothing();
    };
    let t = ctx.strings;
    // The rubric as shown: the preset's texts in the rater's language.
    let rubric = std::sync::Arc::new(t.localize(&task.rubric));
    let listeners = ["visibilitychange", "focus", "blur", "pagehide"].map(|name| {
        super::later::on_window(name, move |event| {
            ctx.dispatch(Action::SetActive(page_active()));
            // Leaving or hiding the page: make sure the draft has the latest
            // active time.
            if matches!(event.type_().as_str(), "visibilitychange" | "pagehide") {
                ctx.save_draft();
            }
        })
    });
    // Attention: measured on scroll and resize, at most once a frame.
    let panes_ref = Rc::new(OnceCell::new());
    let scheduled = Rc::new(Cell::new(false));
    let panes_seen = panes_ref.clone();
    let schedule = Rc::new(move || {
        if !scheduled.replace(true) {
            let (scheduled, panes) = (scheduled.clone(), panes_seen.clone());
            super::later::next_frame(move || {
                scheduled.set(false);
                measure(ctx, &panes);
            });
        }
    });
    let viewers = ["scroll", "resize", "visibilitychange"].map(|name| {
        let schedule = schedule.clone();
        super::later::on_window(name, move |_| schedule())
    });
    // Any key, click, touch or scroll shows the rater is not idle.
    let inputs = ["keydown", "pointerdown", "wheel", "scroll", "touchstart"]
        .map(|name| super::later::on_window(name, move |_| ctx.observe(Action::Input)));
    // The first measurement waits until the page is idle, so it does not
    // force a layout before the first frame.
    super::markdown_view::when_idle(move || schedule());
    on_cleanup(move || listeners.into_iter().chain(viewers).chain(inputs).for_each(|l| l.remove()));

    let guidelines = task.guidelines.clone().map(|source| {
        el("details")
            .class("pw-guidelines")
            .child(el("summary").class("pw-guidelines__summary").child(t.guidelines))
            .child(Markdown(MarkdownProps { source, class: "pw-md pw-guidelines__body", words: t.code }))
    });
    let panes = display.order.iter().filter_map(|id| task.response(id).cloned()).map(|response| {
        let title = format!("{} {}", t.response, display.letter(&response.id));
        ResponsePane(ResponsePaneProps { response, title, words: t.code })
    });
    let comparing = Toggle::off();
    let help = Toggle::off();
    let on_keydown = move |event: web_sys::Event| {
        if ctx.shortcuts {
            super::keyboard::on_keydown(ctx, help, event.unchecked_into());
        }
    };
    let help_list =
        ctx.keys.rows(t).map(|(keys, what)| el("li").child(el("kbd").child(keys)).child(" ").child(what).into());
    let notice = dynamic(move || {
        let text = ctx.notice.get();
        (!text.is_empty())
            .then(|| el("p").class("pw-notice").attr("role", "status").attr("data-testid", "pw-notice").child(text))
    });
    el("div")
        .class("pw-rater")
        .on("keydown", on_keydown)
        .child(
            el("div")
                .class("pw-help")
                .attr("role", "dialog")
                .attr("aria-label", t.keys_title)
                .attr("data-testid", "pw-help")
                .attr("hidden", reactive(move || !help.get()))
                .child(el("p").class("pw-help__title").child(t.keys_title))
                .child(el("ul").class("pw-help__list").children(help_list)),
        )
        .child(notice)
        .child(
            el("section")
                .class("pw-task")
                .attr("part", "prompt")
                .attr("aria-label", t.prompt)
                .child(el("h2").class("pw-task__title").child(t.prompt))
                .child(Markdown(MarkdownProps {
                    source: task.prompt.clone(),
                    class: "pw-md pw-task__prompt",
                    words: t.code,
                }))
                .child(guidelines),
        )
        .child(CompareToggle(CompareToggleProps { comparing, words: t.code }))
        .child(
            el("div")
                .class("pw-responses")
                .with_element(move |panes| {
                    let _ = panes_ref.set(panes.clone());
                })
                .attr("hidden", reactive(move || comparing.get()))
                .children(panes),
        )
        .child(ComparisonSlot(ComparisonSlotProps { ctx, comparing }))
        .child(RubricView(RubricViewProps { ctx, rubric: rubric.clone() }))
        .child(HintsView(HintsViewProps { ctx }))
        .child(SubmitBar(SubmitBarProps { ctx, rubric: rubric.clone() }))
        .child(Feedback(FeedbackProps { ctx, rubric }))
        .child((!ctx.review).then(|| FlagForm(FlagFormProps { ctx })))
        .into()
}
