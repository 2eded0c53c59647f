//! The one place the widget sets inner HTML, always from
//! [`crate::markdown::to_html`], and the one click listener that works the
//! buttons of the code blocks in that HTML (copy, wrap lines).
//!
//! Pages that require Trusted Types (`require-trusted-types-for 'script'`)
//! refuse plain strings as HTML, so the HTML goes through a Trusted Types
//! policy named `pairwise` when the browser has them. The policy passes the
//! string on unchanged: it only ever receives the sink's output.

use std::cell::OnceCell;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{CodeWords, Strings};

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

/// Markdown with more lines than this is long: its top-level blocks are
/// laid out and painted only near the viewport (`pw-md--long` in the CSS).
const LONG_LINES: usize = 200;

/// How long "Copied" stays next to a code block's copy button.
const STATUS_MS: u64 = 2000;

/// The text of a code block's `<code>`, line by line: without line numbers
/// (they are CSS) and without a final newline.
fn code_text(figure: &web_sys::Element) -> String {
    let selector = format!(".{}", crate::markdown::code::LINE_CLASS);
    let Ok(lines) = figure.query_selector_all(&selector) else { return String::new() };
    let mut text = String::new();
    for i in 0..lines.length() {
        if i > 0 {
            text.push('\n');
        }
        let line = lines.item(i).and_then(|n| n.text_content()).unwrap_or_default();
        text.push_str(line.strip_suffix('\n').unwrap_or(&line));
    }
    text
}

/// Shows `text` in the figure's status for a moment.
fn show_status(figure: &web_sys::Element, text: &'static str) {
    let Ok(Some(status)) = figure.query_selector(".pw-code__status") else { return };
    status.set_text_content(Some(text));
    set_timeout(
        move || {
            if status.text_content().as_deref() == Some(text) {
                status.set_text_content(None);
            }
        },
        Duration::from_millis(STATUS_MS),
    );
}

/// Selects the code so the rater can copy it by hand.
fn select_code(figure: &web_sys::Element, words: &'static CodeWords) {
    let selection = web_sys::window().and_then(|w| w.get_selection().ok().flatten());
    if let (Some(selection), Ok(Some(code))) = (selection, figure.query_selector("code")) {
        let _ = selection.remove_all_ranges();
        let _ = selection.select_all_children(&code);
    }
    show_status(figure, words.press_to_copy);
}

/// Puts the code block's text on the clipboard; when the browser has no
/// clipboard or refuses, selects the code instead.
fn copy(figure: web_sys::Element, words: &'static CodeWords) {
    let text = code_text(&figure);
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return };
    // `navigator.clipboard` is missing outside secure contexts.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| c.is_object());
    if !has_clipboard {
        select_code(&figure, words);
        return;
    }
    let written = wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(&text));
    leptos::task::spawn_local(async move {
        match written.await {
            Ok(_) => show_status(&figure, words.copied),
            Err(_) => select_code(&figure, words),
        }
    });
}

/// Flips a code block between scrolling and wrapped lines.
fn toggle_wrap(figure: &web_sys::Element, button: &web_sys::Element) {
    let wrap = figure.get_attribute("data-wrap").as_deref() != Some("true");
    let value = if wrap { "true" } else { "false" };
    let _ = figure.set_attribute("data-wrap", value);
    let _ = button.set_attribute("aria-pressed", value);
}

/// The delegated click listener: acts on `button[data-action]` inside a
/// code block, saying what happened in `words`.
fn on_click(event: leptos::ev::MouseEvent, words: &'static CodeWords) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(Some(button)) = target.closest("button[data-action]") else { return };
    let Ok(Some(figure)) = button.closest(&format!(".{}", crate::markdown::code::FIGURE_CLASS)) else { return };
    match button.get_attribute("data-action").as_deref() {
        Some("copy") => copy(figure, words),
        Some("wrap") => toggle_wrap(&figure, &button),
        _ => {}
    }
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
    let long = source.lines().nth(LONG_LINES).is_some();
    // The widget's language, when the widget provides one.
    let words = use_context::<&'static Strings>().unwrap_or(&crate::i18n::EN).code;
    let html = crate::markdown::render(&source, words);
    let on_click = move |event| on_click(event, words);
    // Task content keeps its own direction whatever the UI's language.
    view! { <div class=class dir="auto" class:pw-md--long=long on:click=on_click use:set_html=html></div> }
}
