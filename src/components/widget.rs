//! The top of the widget: picks the rating view, the error view or the
//! empty view for what the host gave, and says `ready` or `error`.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use super::{ErrorView, Rater, Services};
use crate::events::{EventBody, WidgetEvent};
use crate::model::parse::Parsed;
use crate::model::{Display, RatingState};

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
}

impl Theme {
    /// The theme with this name (`light`, `dark`, `auto`).
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The theme's name, as set in `data-theme`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
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
    /// UI language.
    pub locale: String,
}

impl Default for RaterOptions {
    fn default() -> Self {
        RaterOptions { theme: Theme::Auto, randomize: true, seed: None, locale: "en".into() }
    }
}

/// Builds the widget for `task` (`None` while the host has given none).
/// Returns the view and, when the task is valid, its state signal.
pub fn widget_view(
    task: Option<Parsed>,
    options: &RaterOptions,
    services: Rc<Services>,
    instance: u32,
) -> (impl IntoView, Option<RwSignal<RatingState>>) {
    let theme = options.theme.name();
    let (mut problems, mut rater, mut state, mut first_event) = (None, None, None, None);
    match task {
        None => {}
        Some(Err(found)) => {
            first_event = Some(EventBody::error(found.clone()));
            problems = Some(found);
        }
        Some(Ok(task)) => {
            let seed = options.seed.clone().unwrap_or_else(services.new_id);
            let display = Display::new(&task, &seed, options.randomize);
            let clock = &services.clock;
            let signal = RwSignal::new(RatingState::new(
                Arc::new(task),
                display.clone(),
                clock.now_iso(),
                clock.now_ms(),
                super::rater::page_active(),
            ));
            rater = Some(super::Ctx::new(signal, services.clone(), instance));
            state = Some(signal);
            first_event = Some(EventBody::Ready { display });
        }
    }
    let waiting = first_event.is_none();
    if let Some(event) = first_event {
        // Sent once the view is in the document.
        let sink = services.sink.clone();
        queue_microtask(move || sink(event));
    }
    let view = view! {
        <div class="pw-root" data-theme=theme>
            {waiting.then(|| view! { <p class="pw-empty">"No task loaded yet."</p> })}
            {problems.map(|problems| view! { <ErrorView problems/> })}
            {rater.map(|ctx| view! { <Rater ctx/> })}
        </div>
    };
    (view, state)
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
    let services = Rc::new(Services { clock, sink, new_id: crate::host::new_uuid });
    widget_view(Some(parsed), &options, services, crate::host::next_instance()).0
}
