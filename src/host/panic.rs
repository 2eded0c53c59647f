//! Reports an internal failure instead of dying silently: every live widget
//! sends an `error` event (code `internal_error`) and the console gets the
//! message.
//!
//! The release bundle is built with panics as bare traps (no messages, no
//! hook: see `scripts/build`), so the failure is caught where it lands: an
//! exception thrown out of this module's code reaches the page's `error` or
//! `unhandledrejection` event, and the listeners here report the ones whose
//! stack runs through this module's functions. Exceptions of the host's own
//! code, or of another wasm module, are left alone. In builds with panic
//! messages (tests, `PAIRWISE_PANIC_MESSAGES=1`) a panic hook reports first,
//! with the message, and the trap that follows is not reported again.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::Once;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::Emitter;
use crate::events::EventBody;
use crate::model::TaskError;

thread_local! {
    static LIVE: RefCell<Vec<Weak<Emitter>>> = const { RefCell::new(Vec::new()) };
    /// A panic was just reported by the hook; its trap is not reported again.
    static REPORTED: Cell<bool> = const { Cell::new(false) };
}

/// Installs the reporting (once per page).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        #[cfg(not(panic = "immediate-abort"))]
        std::panic::set_hook(Box::new(|info| {
            REPORTED.with(|r| r.set(true));
            report(&format!("{info}"));
        }));
        let Some(window) = web_sys::window() else { return };
        let Some(frame) = own_frame() else { return };
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            // An `ErrorEvent` carries `error`, a `PromiseRejectionEvent` `reason`.
            let thrown = ["error", "reason"]
                .iter()
                .find_map(|key| js_sys::Reflect::get(&event, &(*key).into()).ok().filter(|v| !v.is_undefined()));
            let Some(thrown) = thrown else { return };
            let stack =
                js_sys::Reflect::get(&thrown, &"stack".into()).ok().and_then(|s| s.as_string()).unwrap_or_default();
            if position(&stack, &frame).is_none() || REPORTED.with(|r| r.replace(false)) {
                return;
            }
            report(&String::from(thrown.unchecked_ref::<js_sys::Object>().to_string()));
        });
        for kind in ["error", "unhandledrejection"] {
            let _ = window.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        }
        // Listens for the page's lifetime, like the hook it stands in for.
        listener.forget();
    });
}

/// How a stack trace names a function of this module: the text before
/// `:wasm-function[` in a frame ("…/pairwise_bg.wasm" or "wasm://wasm/1a2b3c4d"),
/// read off an `Error` created from here. `None` where the browser does not
/// name wasm frames so, or names them without saying which module.
fn own_frame() -> Option<String> {
    const MARK: &str = ":wasm-function[";
    let stack = js_sys::Reflect::get(&js_sys::Error::new(""), &"stack".into()).ok()?.as_string()?;
    let at = position(&stack, MARK)?;
    let start = stack.as_bytes()[..at].iter().rposition(|b| b"( @\n".contains(b)).map_or(0, |i| i + 1);
    (at > start).then(|| format!("{}{MARK}", &stack[start..at]))
}

/// Where `needle` first occurs in `hay`: a plain scan, which is all a stack
/// trace needs (`str::find` links in the standard library's two-way
/// searcher, about 1.5 KB of wasm).
fn position(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// Logs `what` and sends it as an `internal_error` from every live widget.
fn report(what: &str) {
    let message = format!("Pairwise hit an internal error: {what}");
    web_sys::console::error_1(&message.as_str().into());
    let emitters: Vec<Rc<Emitter>> = LIVE
        .try_with(|live| live.try_borrow().map(|l| l.iter().filter_map(Weak::upgrade).collect()).unwrap_or_default())
        .unwrap_or_default();
    for emitter in emitters {
        emitter.emit(None, EventBody::error(vec![TaskError::new("internal_error", "$", message.clone())]));
    }
}

/// Lets the reporting go through `emitter` while it lives.
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

#[cfg(test)]
mod tests {
    use super::position;

    #[test]
    fn position_finds_the_first_occurrence_like_str_find() {
        let stack = "Error\n    at f (https://x/pairwise_bg.wasm:wasm-function[12]:0x1)\n    at g (a:wasm-function[3])";
        for needle in [":wasm-function[", "pairwise_bg.wasm:wasm-function[", "at g", "", "Error", "missing"] {
            assert_eq!(position(stack, needle), stack.find(needle), "{needle:?}");
        }
        assert_eq!(position("ab", "abc"), None);
    }
}
