//! The one emitter: every event leaves as a `pairwise-<type>` CustomEvent
//! on the host element and as a call to the host's `onEvent` callback.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::BrowserClock;
use crate::events::{EventBody, WidgetEvent};
use crate::json::Json;
use crate::model::timing::Clock;

thread_local! {
    static EMITTING: Cell<u32> = const { Cell::new(0) };
}

/// Sends events to one host element and callback.
pub struct Emitter {
    target: web_sys::HtmlElement,
    callback: Option<js_sys::Function>,
    session_id: String,
}

impl Emitter {
    /// An emitter for `target`, calling `callback` too when given.
    pub fn new(target: web_sys::HtmlElement, callback: Option<js_sys::Function>, session_id: String) -> Rc<Self> {
        Rc::new(Emitter { target, callback, session_id })
    }

    /// Whether an event is being delivered right now (host code is running
    /// inside one of our calls).
    pub fn is_emitting() -> bool {
        EMITTING.with(|n| n.get() > 0)
    }

    /// Sends `body` for the task `task_id`.
    pub fn emit(&self, task_id: Option<String>, body: EventBody) {
        EMITTING.with(|n| n.set(n.get() + 1));
        self.deliver(task_id, body);
        EMITTING.with(|n| n.set(n.get().saturating_sub(1)));
    }

    fn deliver(&self, task_id: Option<String>, body: EventBody) {
        let kind = body.kind();
        let event = WidgetEvent::new(body, task_id, self.session_id.clone(), BrowserClock.now_iso());
        let Some(detail) = to_js(&event.to_json()) else {
            web_sys::console::error_1(&"Pairwise: could not serialize an event".into());
            return;
        };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(dom_event) = web_sys::CustomEvent::new_with_event_init_dict(&format!("pairwise-{kind}"), &init) {
            // Exceptions in host listeners are reported by the browser and
            // never reach us.
            let _ = self.target.dispatch_event(&dom_event);
        }
        if let Some(callback) = &self.callback {
            if let Err(e) = callback.call1(&JsValue::NULL, &detail) {
                web_sys::console::error_2(&"Pairwise: the onEvent callback threw; the widget goes on.".into(), &e);
            }
        }
    }
}

/// `value` as a plain JavaScript value (objects arrive as plain objects).
pub fn to_js(value: &Json) -> Option<JsValue> {
    js_sys::JSON::parse(&value.to_json_string()).ok()
}
