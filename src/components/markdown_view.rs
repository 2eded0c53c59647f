//! The one place the widget sets inner HTML, always from
//! [`crate::markdown::to_html`].
//!
//! Pages that require Trusted Types (`require-trusted-types-for 'script'`)
//! refuse plain strings as HTML, so the HTML goes through a Trusted Types
//! policy named `pairwise` when the browser has them. The policy passes the
//! string on unchanged: it only ever receives the sink's output.

use std::cell::OnceCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static POLICY: OnceCell<Option<JsValue>> = const { OnceCell::new() };
}

/// The `pairwise` Trusted Types policy, if the browser has Trusted Types.
fn policy() -> Option<JsValue> {
    POLICY.with(|cell| {
        cell.get_or_init(|| {
            let window = web_sys::window()?;
            let factory = js_sys::Reflect::get(&window, &"trustedTypes".into()).ok().filter(|f| f.is_object())?;
            let create_policy: js_sys::Function =
                js_sys::Reflect::get(&factory, &"createPolicy".into()).ok()?.dyn_into().ok()?;
            let pass = Closure::<dyn Fn(String) -> String>::new(|html: String| html).into_js_value();
            let rules = js_sys::Object::new();
            js_sys::Reflect::set(&rules, &"createHTML".into(), &pass).ok()?;
            create_policy.call2(&factory, &"pairwise".into(), &rules).ok()
        })
        .clone()
    })
}

/// Sets `element`'s content to `html`, which must come from the sink.
fn set_html(element: web_sys::Element, html: String) {
    let value = policy()
        .and_then(|policy| {
            let create: js_sys::Function = js_sys::Reflect::get(&policy, &"createHTML".into()).ok()?.dyn_into().ok()?;
            create.call1(&policy, &html.as_str().into()).ok()
        })
        .unwrap_or_else(|| html.into());
    let _ = js_sys::Reflect::set(&element, &"innerHTML".into(), &value);
}

/// Untrusted Markdown, rendered safely.
#[component]
pub fn Markdown(
    /// The Markdown source.
    #[prop(into)]
    source: String,
    /// Class names for the wrapper (`pw-md` and its own).
    class: &'static str,
) -> impl IntoView {
    let html = crate::markdown::to_html(&source);
    // Task content keeps its own direction whatever the UI's language.
    view! { <div class=class dir="auto" use:set_html=html></div> }
}
