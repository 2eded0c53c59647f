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
    uuid_text(&bytes)
}

/// The 16 bytes of a UUID as text: hex digits in groups of 8-4-4-4-12.
fn uuid_text(bytes: &[u8; 16]) -> String {
    let mut text = String::with_capacity(36);
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            text.push('-');
        }
        crate::json::push_hex(&mut text, u64::from(b), 2);
    }
    text
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

#[cfg(test)]
mod tests {
    use super::uuid_text;

    #[test]
    fn uuid_text_is_lower_case_hex_in_groups_of_8_4_4_4_12() {
        let bytes: [u8; 16] = core::array::from_fn(|i| (i as u8) * 17);
        assert_eq!(uuid_text(&bytes), "00112233-4455-6677-8899-aabbccddeeff");
        assert_eq!(uuid_text(&[0; 16]), "00000000-0000-0000-0000-000000000000");
    }
}
