//! The browser edge: the JavaScript API (`mount` and its handle), the event
//! emitter, the browser clock and ids, and the panic hook.

mod emitter;
mod mount;
mod options;
mod panic;
mod types;

pub use types::{HostElement, MountOptionsJs, TaskJs, WidgetStateJs};

use std::cell::Cell;

use crate::model::timing::Clock;

pub use emitter::Emitter;
pub use mount::{mount, prepare, WidgetHandle};
pub use options::{read_options, HostOptions};

/// The widget's stylesheet, placed in each widget's shadow root.
pub const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/pairwise.css"));

/// Drafts in `window.localStorage`. Reaching it can throw (blocked
/// third-party storage, private modes) and writing can fail (quota); each
/// failure comes back as the browser's message.
pub struct BrowserStorage;

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("localStorage is not available".into()),
        Err(e) => Err(js_message(&e)),
    }
}

fn js_message(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "storage refused the operation".into())
}

impl crate::components::DraftStorage for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        storage()?.get_item(key).map_err(|e| js_message(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), String> {
        storage()?.set_item(key, value).map_err(|e| js_message(&e))
    }

    fn remove(&self, key: &str) -> Result<(), String> {
        storage()?.remove_item(key).map_err(|e| js_message(&e))
    }

    fn keys(&self) -> Result<Vec<String>, String> {
        let storage = storage()?;
        let length = storage.length().map_err(|e| js_message(&e))?;
        Ok((0..length).filter_map(|i| storage.key(i).ok().flatten()).collect())
    }
}

/// `performance.now()` and `Date`.
pub struct BrowserClock;

impl Clock for BrowserClock {
    fn now_ms(&self) -> f64 {
        web_sys::window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now())
    }

    fn now_iso(&self) -> String {
        js_sys::Date::new_0().to_iso_string().into()
    }
}

/// A random UUID (v4) from `crypto.randomUUID()`, falling back to
/// `crypto.getRandomValues()` where only that exists (non-secure contexts).
pub fn new_uuid() -> String {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    if let Some(crypto) = &crypto {
        if let Ok(f) = js_sys::Reflect::get(crypto, &"randomUUID".into()) {
            if f.is_function() {
                return crypto.random_uuid();
            }
        }
    }
    let mut bytes = [0u8; 16];
    let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = (js_sys::Math::random() * 256.0) as u8 ^ (i as u8);
        }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// A number no other widget on this page has.
pub fn next_instance() -> u32 {
    INSTANCES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}
