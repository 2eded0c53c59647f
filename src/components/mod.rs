//! The Leptos UI. The state lives in one [`RwSignal`] of [`RatingState`];
//! components read it through [`Ctx`] and change it only by dispatching
//! [`Action`]s, which also send the matching events to the host.

mod compare;
mod error_view;
mod feedback;
mod flag_form;
mod hints_view;
mod keyboard;
mod keys;
pub(crate) mod later;
mod markdown_view;
pub mod node;
mod rater;
mod response_pane;
pub mod rubric;
mod submit_bar;
mod widget;

use std::cell::Cell;
use std::ops::Deref;
use std::rc::Rc;

use leptos::prelude::*;

use crate::events::EventBody;
use crate::i18n::Strings;
use crate::model::state::Outcome;
use crate::model::timing::Clock;
use crate::model::{Action, AnswerValue, RatingState, Slot, TaskError};

/// An on/off state of the view (a form or list shown, the comparison on):
/// a `String` signal underneath, empty for off, so that the widget's
/// toggles share the code of its text signals instead of bringing a
/// `bool` signal's own copy of it (0.9 KB of the gzipped transfer).
#[derive(Clone, Copy)]
pub struct Toggle(RwSignal<String>);

impl Toggle {
    /// A toggle that is off.
    pub fn off() -> Self {
        Toggle(RwSignal::new(String::new()))
    }

    /// Whether it is on, tracked.
    pub fn get(self) -> bool {
        self.0.with(|on| !on.is_empty())
    }

    /// Whether it is on, untracked.
    pub fn get_untracked(self) -> bool {
        self.0.with_untracked(|on| !on.is_empty())
    }

    /// Turns it on or off.
    pub fn set(self, on: bool) {
        self.0.set(if on { "on" } else { "" }.to_string());
    }
}

pub use error_view::ErrorView;
pub use keys::{Key, Keys};
pub use markdown_view::Markdown;
pub use rater::Rater;
pub use widget::{widget_view, Pairwise, RaterOptions, Theme};

/// Where the widget's events go. The JavaScript host turns them into DOM
/// events and callback calls; a Rust host can pass any closure.
pub type EventSink = Rc<dyn Fn(EventBody)>;

/// Key-value storage for drafts (`localStorage` in the browser). Every
/// call may fail: storage can be blocked, full or missing.
pub trait DraftStorage {
    /// The value under `key`.
    fn get(&self, key: &str) -> Result<Option<String>, String>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), String>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), String>;
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, String>;
}

/// What the UI needs from the outside world.
pub struct Services {
    /// Time source.
    pub clock: Rc<dyn Clock>,
    /// Event destination.
    pub sink: EventSink,
    /// Makes a fresh unique id (a UUID in the browser).
    pub new_id: fn() -> String,
    /// Where drafts go; `None` when the host turned drafts off.
    pub storage: Option<Box<dyn DraftStorage>>,
    /// Set once storage failed; the widget then keeps drafts in memory only.
    pub storage_failed: Cell<bool>,
}

/// Something the rater should know about their draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Drafts cannot be stored.
    StorageUnavailable,
    /// A draft of an earlier version of the task was set aside.
    DraftSetAside,
}

impl Notice {
    /// The sentence, in the rater's language.
    pub fn text(self, t: &Strings) -> &'static str {
        match self {
            Notice::StorageUnavailable => t.notice_storage,
            Notice::DraftSetAside => t.notice_set_aside,
        }
    }
}

impl Services {
    /// Runs `f` on the storage unless drafts are off or storage already
    /// failed. The first failure sends a `storage_unavailable` error and
    /// returns `Err` with the notice to show.
    pub fn with_storage<T>(&self, f: impl FnOnce(&dyn DraftStorage) -> Result<T, String>) -> Result<Option<T>, Notice> {
        let Some(storage) = self.storage.as_deref() else { return Ok(None) };
        if self.storage_failed.get() {
            return Ok(None);
        }
        match f(storage) {
            Ok(value) => Ok(Some(value)),
            Err(message) => {
                self.storage_failed.set(true);
                let message = format!("drafts cannot be stored: {message}");
                (self.sink)(EventBody::error(vec![TaskError::new("storage_unavailable", "$", message)]));
                Err(Notice::StorageUnavailable)
            }
        }
    }
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
    /// The words of the UI, in the rater's language.
    pub strings: &'static Strings,
    /// The shortcuts' keys.
    pub keys: Keys,
    /// A notice for the rater (storage trouble, a draft set aside), in
    /// their language; empty when there is none.
    pub notice: RwSignal<String>,
    /// Whether keyboard shortcuts are on.
    pub shortcuts: bool,
    /// Keep a submitted rating's draft until [`Ctx::acknowledge`].
    pub keep_until_ack: bool,
    /// Review mode: a finished rating shown read-only; nothing is saved
    /// and nothing can be sent.
    pub review: bool,
}

impl Ctx {
    /// A context over `state`, in the language of `strings`, with the
    /// default keys.
    pub fn new(
        state: RwSignal<RatingState>,
        services: Rc<Services>,
        instance: u32,
        strings: &'static Strings,
        notice: Option<Notice>,
        shortcuts: bool,
    ) -> Self {
        Ctx {
            state,
            services: StoredValue::new_local(services),
            instance,
            strings,
            keys: Keys::default(),
            notice: RwSignal::new(notice.map_or_else(String::new, |n| n.text(strings).into())),
            shortcuts,
            keep_until_ack: false,
            review: false,
        }
    }

    /// The state, subscribing the running reactive closure to it; `None`
    /// once the widget is gone. Every reader goes through this one function:
    /// a `with` closure each would be a copy of Leptos' read path each.
    pub fn read(&self) -> Option<impl Deref<Target = RatingState>> {
        self.state.try_read()
    }

    /// The state, without subscribing to it.
    pub fn peek(&self) -> Option<impl Deref<Target = RatingState>> {
        self.state.try_read_untracked()
    }

    /// Applies an action and sends the event it causes.
    pub fn dispatch(&self, action: Action) {
        let Some(services) = self.services.try_get_value().filter(|_| !self.review) else {
            return;
        };
        let now = services.clock.now_ms();
        let result = self.state.try_update(|state| state.apply(action, now));
        let event = match result {
            Some(Ok(outcome)) => self.peek().and_then(|s| event_of(&s, outcome)),
            _ => None,
        };
        let Some(event) = event else { return };
        let submitted = matches!(event, EventBody::Submit { .. });
        self.save_draft();
        (services.sink)(event);
        if submitted && !self.keep_until_ack {
            // Delivered: the draft has done its work.
            self.clear_draft();
        }
    }

    /// The host acknowledged the rating `submission_id`: its draft goes.
    pub fn acknowledge(&self, submission_id: &str) {
        let ours = self.peek().is_some_and(|s| s.submission().is_some_and(|sub| sub.id == submission_id));
        if ours {
            self.clear_draft();
        }
    }

    /// Writes the draft through to storage.
    pub fn save_draft(&self) {
        if self.review {
            return;
        }
        let Some(services) = self.services.try_get_value() else { return };
        let now = services.clock.now_ms();
        let Some((key, text)) =
            self.peek().map(|s| (crate::model::draft::key(&s.task), s.to_draft(now).to_json_string()))
        else {
            return;
        };
        if let Err(notice) = services.with_storage(|storage| storage.set(&key, &text)) {
            let _ = self.notice.try_set(notice.text(self.strings).into());
        }
    }

    /// Removes the draft from storage.
    pub fn clear_draft(&self) {
        let Some(services) = self.services.try_get_value() else { return };
        let Some(key) = self.peek().map(|s| crate::model::draft::key(&s.task)) else { return };
        if let Err(notice) = services.with_storage(|storage| storage.remove(&key)) {
            let _ = self.notice.try_set(notice.text(self.strings).into());
        }
    }

    /// Applies an action that changes nothing on screen (attention), without
    /// waking the view.
    pub fn observe(&self, action: Action) {
        let Some(services) = self.services.try_get_value() else { return };
        let now = services.clock.now_ms();
        self.state.try_update_untracked(|state| state.apply(action, now));
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
        self.read().is_some_and(|s| s.answer(slot) == Some(value))
    }

    /// Whether the rating was submitted (reactive).
    pub fn submitted(&self) -> bool {
        self.read().is_some_and(|s| s.submission().is_some())
    }

    /// A form control name unique to this widget and slot.
    pub fn name(&self, slot: &Slot) -> String {
        format!("pw{}-{}-{}", self.instance, slot.question, slot.response.as_deref().unwrap_or(""))
    }
}

/// The event an applied action sends, read from the state after it.
fn event_of(s: &RatingState, outcome: Outcome) -> Option<EventBody> {
    match outcome {
        Outcome::Changed => Some(EventBody::change(s)),
        Outcome::Submitted => EventBody::submit(s),
        Outcome::Flagged => {
            s.flag().map(|(reason, comment)| EventBody::Flag { reason: reason.clone(), comment: comment.clone() })
        }
        Outcome::Disputed => {
            let (slot, comment) = s.disputes().last()?;
            Some(EventBody::Dispute {
                question_id: slot.question.clone(),
                response_id: slot.response.clone(),
                comment: comment.clone(),
                submission_id: s.submission()?.id.clone(),
            })
        }
        _ => None,
    }
}
