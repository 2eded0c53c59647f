//! A panic hook that reports instead of dying silently: it logs the panic
//! and sends an `error` event (code `internal_error`) from every live widget.

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Once;

use super::Emitter;
use crate::events::EventBody;
use crate::model::TaskError;

thread_local! {
    static LIVE: RefCell<Vec<Weak<Emitter>>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook (once per page).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = format!("Pairwise hit an internal error: {info}");
            web_sys::console::error_1(&message.clone().into());
            let emitters: Vec<Rc<Emitter>> = LIVE
                .try_with(|live| {
                    live.try_borrow().map(|l| l.iter().filter_map(Weak::upgrade).collect()).unwrap_or_default()
                })
                .unwrap_or_default();
            for emitter in emitters {
                let problem = TaskError::new("internal_error", "$", message.clone());
                emitter.emit(None, EventBody::error(vec![problem]));
            }
        }));
    });
}

/// Lets the hook report through `emitter` while it lives.
pub fn register(emitter: &Rc<Emitter>) {
    LIVE.with(|live| {
        let mut live = live.borrow_mut();
        live.retain(|w| w.strong_count() > 0);
        live.push(Rc::downgrade(emitter));
    });
}

/// Stops reporting through `emitter`.
pub fn unregister(emitter: &Rc<Emitter>) {
    LIVE.with(|live| {
        live.borrow_mut().retain(|w| w.strong_count() > 0 && !std::ptr::eq(w.as_ptr(), Rc::as_ptr(emitter)))
    });
}
