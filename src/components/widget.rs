//! The top of the widget: picks the rating view, the error view or the
//! empty view for what the host gave, restores a saved draft, and says
//! `ready` or `error`.

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use super::error_view::ErrorViewProps;
use super::node::{el, Node};
use super::rater::RaterProps;
use super::{Ctx, ErrorView, Keys, Notice, Rater, Services};
use crate::events::{EventBody, WidgetEvent};
use crate::i18n::Locale;
use crate::model::draft;
use crate::model::parse::Parsed;
use crate::model::{Display, RatingState, Task, TaskError};

/// Colour theme of the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
    /// Follows the operating system's setting.
    #[default]
    Auto,
    /// White and yellow on black, thick borders.
    HighContrast,
}

impl Theme {
    /// The theme with this name (`light`, `dark`, `auto`, `high-contrast`).
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            "high-contrast" => Some(Theme::HighContrast),
            _ => None,
        }
    }

    /// The theme's name, as set in `data-theme`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
            Theme::HighContrast => "high-contrast",
        }
    }
}

/// How the widget behaves, as given by the host.
#[derive(Clone, Debug, PartialEq)]
pub struct RaterOptions {
    /// Colour theme.
    pub theme: Theme,
    /// Randomise which response is shown first.
    pub randomize: bool,
    /// Seed of the A/B randomisation; a fresh random one when `None`.
    pub seed: Option<String>,
    /// UI language, a BCP 47 tag (see [`Locale::resolve`]).
    pub locale: String,
    /// Keep a draft in `localStorage`, restored after a reload.
    pub persist: bool,
    /// Keyboard shortcuts on (see the README's Keyboard section).
    pub shortcuts: bool,
    /// The keys of the remappable shortcuts.
    pub keys: Keys,
    /// Keep the draft of a submitted rating until the host acknowledges it
    /// (iframe mode) instead of clearing it once the event is sent.
    pub keep_until_ack: bool,
    /// Review mode: this finished rating (a stored `submit` event) is shown
    /// read-only instead of a new rating.
    pub review: Option<crate::json::Json>,
}

impl Default for RaterOptions {
    fn default() -> Self {
        RaterOptions {
            theme: Theme::Auto,
            randomize: true,
            seed: None,
            locale: "en".into(),
            persist: true,
            shortcuts: true,
            keys: Keys::default(),
            keep_until_ack: false,
            review: None,
        }
    }
}

/// The rating state for `task`: its draft when one was saved, else a fresh
/// one. Also returns a notice for the rater, and an event to send when a
/// draft of another version of the task was set aside.
fn start(task: Task, options: &RaterOptions, services: &Services) -> (RatingState, Option<Notice>, Option<EventBody>) {
    let task = Arc::new(task);
    let (now, active) = (services.clock.now_ms(), super::rater::page_active());
    let key = draft::key(&task);
    let mut notice = None;
    let mut set_aside = None;
    let restored = match services.with_storage(|storage| storage.get(&key)) {
        Ok(Some(Some(text))) => crate::json::parse(&text)
            .ok()
            .and_then(|saved| RatingState::from_draft(task.clone(), &saved, now, active).ok()),
        Ok(_) => None,
        Err(failure) => {
            notice = Some(failure);
            None
        }
    };
    if restored.is_none() && notice.is_none() {
        let prefix = draft::prefix(&task.id);
        match services.with_storage(|storage| storage.keys()) {
            Ok(Some(keys)) if keys.iter().any(|k| k.starts_with(&prefix) && *k != key) => {
                notice = Some(Notice::DraftSetAside);
                let message = "a draft saved for an earlier version of this task was set aside";
                set_aside = Some(EventBody::error(vec![TaskError::new("draft_mismatch", "$", message)]));
            }
            Err(failure) => notice = Some(failure),
            _ => {}
        }
    }
    let state = restored.unwrap_or_else(|| {
        let seed = options.seed.clone().unwrap_or_else(services.new_id);
        let display = Display::new(&task, &seed, options.randomize);
        RatingState::new(task, display, services.clock.now_iso(), now, active)
    });
    (state, notice, set_aside)
}

/// Builds the widget for `task` (`None` while the host has given none).
/// Returns the view and, when the task is valid, its context (state and
/// dispatch).
pub fn widget_view(
    task: Option<Parsed>,
    options: &RaterOptions,
    services: Rc<Services>,
    instance: u32,
) -> (impl IntoView, Option<Ctx>) {
    let theme = options.theme.name();
    let locale = Locale::resolve(&options.locale);
    let t = locale.strings;
    let (mut problems, mut rater, mut events) = (None, None, Vec::new());
    match task {
        None => {}
        Some(Err(found)) => {
            events.push(EventBody::error(found.clone()));
            problems = Some(found);
        }
        Some(Ok(task)) if options.review.is_some() => {
            let rating = options.review.as_ref().unwrap_or(&crate::json::Json::Null);
            let (state, found) = crate::model::review::reviewed(Arc::new(task), rating, services.clock.now_ms());
            events.push(EventBody::Ready { display: state.display.clone() });
            if !found.is_empty() {
                events.push(EventBody::error(found));
            }
            let mut ctx = Ctx::new(RwSignal::new(state), services.clone(), instance, t, None, false);
            ctx.review = true;
            ctx.keys = options.keys;
            rater = Some(ctx);
        }
        Some(Ok(task)) => {
            let (state, notice, set_aside) = start(task, options, &services);
            events.push(EventBody::Ready { display: state.display.clone() });
            events.extend(set_aside);
            // A rating submitted before a reload but maybe never delivered
            // is sent again, with its submission id.
            events.extend(EventBody::submit(&state));
            let mut ctx = Ctx::new(RwSignal::new(state), services.clone(), instance, t, notice, options.shortcuts);
            ctx.keep_until_ack = options.keep_until_ack;
            ctx.keys = options.keys;
            rater = Some(ctx);
        }
    }
    let waiting = events.is_empty();
    let resent = events.iter().any(|e| matches!(e, EventBody::Submit { .. }));
    let keep_until_ack = options.keep_until_ack;
    // Sent once the view is in the document, unless it was unmounted first.
    let sink = services.sink.clone();
    let gone = Arc::new(AtomicBool::new(false));
    let unmounted = gone.clone();
    on_cleanup(move || unmounted.store(true, Ordering::Relaxed));
    super::later::microtask(move || {
        if gone.load(Ordering::Relaxed) {
            return;
        }
        for event in events {
            sink(event);
        }
        if let (true, false, Some(ctx)) = (resent, keep_until_ack, rater) {
            ctx.clear_draft();
        }
    });
    let view = el("div")
        .class("pw-root")
        .attr("part", "root")
        .attr("data-theme", theme)
        .attr("lang", t.tag)
        .attr("dir", locale.dir())
        .child(waiting.then(|| el("p").class("pw-empty").child(t.no_task)))
        .child(problems.map(|problems| ErrorView(ErrorViewProps { problems, strings: t })))
        .child(rater.map(|ctx| Rater(RaterProps { ctx })));
    (Node::from(view), rater)
}

/// The widget as a Leptos component, for Rust hosts. Include
/// `style/pairwise.css` in the page (or in the shadow root you render into).
#[component]
pub fn Pairwise(
    /// The task as JSON text.
    #[prop(into)]
    task: String,
    /// How the widget behaves.
    #[prop(optional)]
    options: RaterOptions,
    /// Receives every event the widget sends.
    #[prop(optional)]
    on_event: Option<Rc<dyn Fn(WidgetEvent)>>,
) -> impl IntoView {
    let parsed = crate::model::parse_task_json(&task);
    let task_id = parsed.as_ref().ok().map(|t| t.id.clone());
    let clock: Rc<dyn crate::model::timing::Clock> = Rc::new(crate::host::BrowserClock);
    let session_id = crate::host::new_uuid();
    let sink_clock = clock.clone();
    let sink = Rc::new(move |body| {
        if let Some(on_event) = &on_event {
            on_event(WidgetEvent::new(body, task_id.clone(), session_id.clone(), sink_clock.now_iso()));
        }
    });
    let storage: Option<Box<dyn super::DraftStorage>> =
        options.persist.then(|| Box::new(crate::host::BrowserStorage) as Box<dyn super::DraftStorage>);
    let services =
        Rc::new(Services { clock, sink, new_id: crate::host::new_uuid, storage, storage_failed: Default::default() });
    widget_view(Some(parsed), &options, services, crate::host::next_instance()).0
}
