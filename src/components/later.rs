//! Running code later: in a microtask, after a delay, in the next frame, on
//! a window event. Each helper boxes its closure, so every caller shares one
//! JavaScript closure type (with its adapter and descriptor in the wasm)
//! instead of getting one of its own.

use std::time::Duration;

use leptos::prelude::{
    queue_microtask, request_animation_frame, set_timeout, window_event_listener_untyped, WindowListenerHandle,
};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// A promise, seen only for its `then`.
    type Thenable;
    /// `promise.then(fulfilled, rejected)`.
    #[wasm_bindgen(method, js_name = then)]
    fn then_either(this: &Thenable, fulfilled: &JsValue, rejected: &JsValue);
}

/// Runs `f` in a microtask.
pub fn microtask(f: impl FnOnce() + 'static) {
    queue_microtask(Box::new(f) as Box<dyn FnOnce()>);
}

/// Runs `f` after `delay`.
pub fn after(delay: Duration, f: impl FnOnce() + 'static) {
    set_timeout(Box::new(f) as Box<dyn FnOnce()>, delay);
}

/// Runs `f` before the next repaint.
pub fn next_frame(f: impl FnOnce() + 'static) {
    request_animation_frame(Box::new(f) as Box<dyn FnOnce()>);
}

/// Calls `f` on every `name` event of the window until the handle is
/// removed.
pub fn on_window(name: &str, f: impl Fn(web_sys::Event) + 'static) -> WindowListenerHandle {
    window_event_listener_untyped(name, Box::new(f) as Box<dyn Fn(web_sys::Event)>)
}

/// A JavaScript function that runs `f` the first time it is called.
pub fn once_js(f: impl FnOnce() + 'static) -> JsValue {
    Closure::once_into_js(Box::new(f) as Box<dyn FnOnce()>)
}

/// Runs `fulfilled` or `rejected` once `promise` settles, without a Rust
/// future: the two one-shot functions of [`once_js`] (the one not called
/// is freed with it when JavaScript collects the promise).
pub fn settle(promise: &js_sys::Promise, fulfilled: impl FnOnce() + 'static, rejected: impl FnOnce() + 'static) {
    promise.unchecked_ref::<Thenable>().then_either(&once_js(fulfilled), &once_js(rejected));
}
