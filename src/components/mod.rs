//! The Leptos UI. The state lives in one [`RwSignal`] of [`RatingState`];
//! components read it through [`Ctx`] and change it only by dispatching
//! [`Action`]s, which also send the matching events to the host.

mod error_view;
mod markdown_view;
mod rater;
mod response_pane;
pub mod rubric;
mod submit_bar;
mod widget;

use std::rc::Rc;

use leptos::prelude::*;

use crate::events::EventBody;
use crate::model::state::Outcome;
use crate::model::timing::Clock;
use crate::model::{Action, AnswerValue, RatingState, Slot};

pub use error_view::ErrorView;
pub use markdown_view::Markdown;
pub use rater::Rater;
pub use widget::{widget_view, Pairwise, RaterOptions, Theme};

/// Where the widget's events go. The JavaScript host turns them into DOM
/// events and callback calls; a Rust host can pass any closure.
pub type EventSink = Rc<dyn Fn(EventBody)>;

/// What the UI needs from the outside world.
pub struct Services {
    /// Time source.
    pub clock: Rc<dyn Clock>,
    /// Event destination.
    pub sink: EventSink,
    /// Makes a fresh unique id (a UUID in the browser).
    pub new_id: fn() -> String,
}

/// The handle every component gets: the state and the way to change it.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The rating state.
    pub state: RwSignal<RatingState>,
    services: StoredValue<Rc<Services>, LocalStorage>,
    /// Distinguishes this widget's form control names from another's on the
    /// same page.
    pub instance: u32,
}

impl Ctx {
    /// A context over `state`.
    pub fn new(state: RwSignal<RatingState>, services: Rc<Services>, instance: u32) -> Self {
        Ctx { state, services: StoredValue::new_local(services), instance }
    }

    /// Applies an action and sends the event it causes.
    pub fn dispatch(&self, action: Action) {
        let Some(services) = self.services.try_get_value() else {
            return;
        };
        let now = services.clock.now_ms();
        let result = self.state.try_update(|state| state.apply(action, now));
        let event = match result {
            Some(Ok(Outcome::Changed)) => self.state.try_with_untracked(EventBody::change),
            Some(Ok(Outcome::Submitted)) => self.state.try_with_untracked(EventBody::submit).flatten(),
            _ => None,
        };
        if let Some(event) = event {
            (services.sink)(event);
        }
    }

    /// Sets or clears the answer in `slot`.
    pub fn answer(&self, slot: Slot, value: Option<AnswerValue>) {
        self.dispatch(Action::Answer { slot, value });
    }

    /// Submits the rating (a no-op once submitted or while incomplete).
    pub fn submit(&self) {
        let Some(services) = self.services.try_get_value() else {
            return;
        };
        self.dispatch(Action::Submit { submission_id: (services.new_id)(), at: services.clock.now_iso() });
    }

    /// Whether the answer in `slot` is `value` (reactive).
    pub fn is(&self, slot: &Slot, value: &AnswerValue) -> bool {
        self.state.with(|s| s.answer(slot) == Some(value))
    }

    /// Whether the rating was submitted (reactive).
    pub fn submitted(&self) -> bool {
        self.state.with(|s| s.submission().is_some())
    }

    /// A form control name unique to this widget and slot.
    pub fn name(&self, slot: &Slot) -> String {
        format!("pw{}-{}-{}", self.instance, slot.question, slot.response.as_deref().unwrap_or(""))
    }
}
