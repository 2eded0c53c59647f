//! The one place the widget sets inner HTML, always from
//! [`crate::markdown::to_html`], and the one click listener that works the
//! buttons of the code blocks in that HTML (copy, wrap lines).
//!
//! Pages that require Trusted Types (`require-trusted-types-for 'script'`)
//! refuse plain strings as HTML, so the HTML goes through a Trusted Types
//! policy named `pairwise` when the browser has them. The policy passes the
//! string on unchanged (its rule is the page's `String`): it only ever
//! receives the sink's output.

use std::cell::{OnceCell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::node::{el, Node};
use crate::i18n::CodeWords;

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
            // The page's own `String` returns a string argument as it is:
            // the HTML never crosses back into the wasm to be passed on.
            let pass = js_sys::Reflect::get(&window, &"String".into()).ok()?;
            let rules = js_sys::Object::new();
            js_sys::Reflect::set(&rules, &"createHTML".into(), &pass).ok()?;
            create_policy.call2(&factory, &"pairwise".into(), &rules).ok()
        })
        .clone()
    })
}

/// `html`, which must come from the sink, as the page accepts it: through
/// the policy when the page has Trusted Types, else as a string.
fn trusted(html: &str) -> JsValue {
    policy()
        .and_then(|policy| {
            let create: js_sys::Function = js_sys::Reflect::get(&policy, &"createHTML".into()).ok()?.dyn_into().ok()?;
            create.call1(&policy, &html.into()).ok()
        })
        .unwrap_or_else(|| html.into())
}

/// Sets `element`'s content to `html`, which must come from the sink.
fn set_html(element: &web_sys::Element, html: &str) {
    let _ = js_sys::Reflect::set(element, &"innerHTML".into(), &trusted(html));
    number_chunks(element);
}

/// Starts the line numbers of each chunk of a long code block in `scope`
/// where the previous chunk ended, and sizes it before it is laid out. A
/// chunk is laid out alone, which also confines CSS counters to it, so it
/// resets its own from `--_pw-first-line`; its height is estimated from
/// `--_pw-lines`. The property is set here, through the CSSOM: a
/// `style` attribute in the HTML would be dropped under a strict
/// `style-src`.
fn number_chunks(scope: &web_sys::Element) {
    let selector = format!(".{}[data-first]", crate::markdown::code::CHUNK_CLASS);
    let Ok(chunks) = scope.query_selector_all(&selector) else { return };
    for i in 0..chunks.length() {
        let Some(chunk) = chunks.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        for (attribute, property) in [("data-first", "--_pw-first-line"), ("data-lines", "--_pw-lines")] {
            if let Some(value) = chunk.get_attribute(attribute) {
                let _ = chunk.style().set_property(property, &value);
                let _ = chunk.remove_attribute(attribute);
            }
        }
    }
}

/// Adds `html`, which must come from the sink and hold one element, at the
/// end of `element`; returns that element.
fn append_html(element: &web_sys::Element, html: &str) -> Option<web_sys::Element> {
    let insert = js_sys::Reflect::get(element, &"insertAdjacentHTML".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())?;
    insert.call2(element, &"beforeend".into(), &trusted(html)).ok()?;
    let added = element.last_element_child()?;
    number_chunks(&added);
    Some(added)
}

/// Markdown with more lines than this is long: its top-level blocks are
/// laid out and painted only near the viewport (`pw-md--long` in the CSS),
/// and it is shown a part at a time.
const LONG_LINES: usize = 200;

/// A long document's head, shown at once: whole top-level blocks up to
/// the one that reaches this many lines on screen (about 650 px, the
/// first screen below a prompt). What follows comes in the first idle
/// periods: a head taller than the screen is laid out in the first frame
/// for nothing, and a code block costs most.
const HEAD_LINES: usize = 30;

/// Each later part of a long document: about this many source lines.
const PART_LINES: usize = 200;

/// How long one idle period spends adding parts before it lets the page
/// handle input and paint, when the browser does not say it will stay idle
/// longer (it says at most 50 ms).
const SLICE_MS: f64 = 8.0;

/// The longest a part waits for the page to be idle, in milliseconds.
const IDLE_TIMEOUT_MS: u32 = 200;

/// Shows a document: all of it now, or for a long one its head now and
/// the rest a part at a time in idle periods after the first frame. A
/// huge block's deferred chunks (see [`crate::markdown::fill`]) are filled
/// in idle periods too. Until all is in, the element has `data-pending`
/// (and, for a long document, a minimum height for the rest). Stops when
/// the view is removed.
fn stream(element: web_sys::Element, doc: Rc<Stream>) {
    let rest = doc.source.get(doc.head.end..).unwrap_or("");
    let more = !rest.trim().is_empty();
    let rest_lines = if more { crate::markdown::screen_lines(rest) } else { 0 };
    if more {
        let head = doc.source.get(..doc.head.end).unwrap_or("");
        set_html(&element, &part(&doc.head.html, head));
        if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
            let estimate = format!("calc({rest_lines} * var(--_pw-line, 1.3em))");
            let _ = html.style().set_property("min-block-size", &estimate);
        }
    } else {
        set_html(&element, &doc.head.html);
    }
    let chunks = std::mem::take(&mut *doc.head_chunks.borrow_mut());
    doc.defer(&element, Rc::new(chunks));
    if more || !doc.fills.borrow().is_empty() {
        let _ = element.set_attribute("data-pending", "");
        when_idle_for(Box::new(move |ms| {
            if more {
                calibrate(&element);
            }
            step(element, doc, ms)
        }));
    }
}

/// Fits the estimated height of a long document's rest to the document:
/// once its head is laid out, the head's height per line on screen (in
/// the column it has, with its block spacing) replaces the stylesheet's
/// 1.3 em as `--_pw-line`, which the reservation for the rest and each
/// part not yet laid out are reckoned in. A head not laid out (far from the
/// viewport) measures as its own estimate: no change.
fn calibrate(element: &web_sys::Element) {
    let Some(head) = element.first_element_child() else { return };
    let Some(lines) = head.get_attribute("data-lines").and_then(|n| n.parse::<usize>().ok()) else { return };
    // Hundredths of a pixel per line: formatting a float would add its
    // code to the wasm.
    let per_line = (head.get_bounding_client_rect().height() * 100.0) as usize / lines.max(1);
    let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() else { return };
    if per_line == 0 {
        return;
    }
    let _ = html.style().set_property("--_pw-line", &format!("calc({per_line}px / 100)"));
}

/// A part of a long document in its wrapper, which is what the stylesheet
/// lays out only near the viewport (`content-visibility`, with an
/// estimated height from `data-lines`, the lines it takes on screen). One
/// wrapper per part rather than per block: the browser tracks each such
/// element on every frame.
fn part(html: &str, source: &str) -> String {
    let lines = crate::markdown::screen_lines(source);
    format!("<div class=\"pw-part\" data-lines=\"{lines}\">{html}</div>")
}

/// A document being shown.
struct Stream {
    source: String,
    words: &'static CodeWords,
    head: crate::markdown::Head,
    /// The head's deferred chunks, until the head is shown.
    head_chunks: RefCell<Vec<String>>,
    /// The parts of the rest still to show, once cut.
    parts: RefCell<Option<VecDeque<std::ops::Range<usize>>>>,
    /// Deferred chunks in the DOM still to fill.
    fills: RefCell<VecDeque<Fill>>,
    stopped: Arc<AtomicBool>,
}

/// A deferred chunk in the DOM: its element, and its content among the
/// chunks of the render it came from.
struct Fill {
    element: web_sys::Element,
    chunks: Rc<Vec<String>>,
    index: usize,
}

impl Stream {
    /// Queues the deferred chunks inside `scope`, whose content is in
    /// `chunks`, to be filled before anything after them.
    fn defer(&self, scope: &web_sys::Element, chunks: Rc<Vec<String>>) {
        if chunks.is_empty() {
            return;
        }
        let Ok(found) = scope.query_selector_all("[data-chunk]") else { return };
        let mut fills = self.fills.borrow_mut();
        for i in (0..found.length()).rev() {
            let Some(element) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            if let Some(k) = element.get_attribute("data-chunk").and_then(|k| k.parse().ok()) {
                fills.push_front(Fill { element, chunks: chunks.clone(), index: k });
            }
        }
    }

    /// Fills the next deferred chunk; whether there was one.
    fn fill_one(&self) -> bool {
        let next = self.fills.borrow_mut().pop_front();
        let Some(Fill { element, chunks, index }) = next else { return false };
        set_html(&element, chunks.get(index).map_or("", String::as_str));
        let _ = element.remove_attribute("data-chunk");
        // A chunk of a list may hold deferred chunks of its own.
        self.defer(&element, chunks);
        true
    }
}

/// Runs `f` when the page is idle: after pending input, tasks and the next
/// frame (`requestIdleCallback`, or at the latest after [`IDLE_TIMEOUT_MS`]),
/// or in a new task where the browser has no idle callbacks.
pub(super) fn when_idle(f: impl FnOnce() + 'static) {
    when_idle_for(Box::new(move |_| f()));
}

/// [`when_idle`], telling `f` how many milliseconds the browser expects to
/// stay idle (0 when the timeout ran out or it cannot tell). `f` is boxed:
/// one JS closure type for every caller, not one each.
fn when_idle_for(f: Box<dyn FnOnce(f64)>) {
    let Some(window) = web_sys::window() else { return };
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(idle) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &IDLE_TIMEOUT_MS.into());
            let run = move |deadline: JsValue| {
                let remaining = js_sys::Reflect::get(&deadline, &"timeRemaining".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                    .and_then(|f| f.call0(&deadline).ok())
                    .and_then(|ms| ms.as_f64())
                    .unwrap_or(0.0);
                f(remaining);
            };
            let _ = idle.call2(&window, &Closure::once_into_js(run), &options);
        }
        None => super::later::after(Duration::ZERO, move || f(0.0)),
    }
}

/// One idle period of [`stream`]: fills deferred chunks, then renders and
/// adds parts, for as long as the browser expects to stay idle (at least
/// [`SLICE_MS`]); then comes back.
fn step(element: web_sys::Element, doc: Rc<Stream>, idle_ms: f64) {
    if doc.stopped.load(Ordering::Relaxed) {
        return;
    }
    let now = || web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now());
    let start = now();
    let done = loop {
        if !doc.fill_one() {
            // The first time, cut up the rest: one parse, no rendering.
            let next = {
                let mut parts = doc.parts.borrow_mut();
                let parts = parts.get_or_insert_with(|| {
                    crate::markdown::parts(&doc.source, doc.head.end, PART_LINES, &doc.head.links).into()
                });
                parts.pop_front()
            };
            let Some(part) = next else { break true };
            let text = doc.source.get(part).unwrap_or("");
            let (html, chunks) = crate::markdown::render_part(text, doc.words, &doc.head.links);
            if let Some(added) = append_html(&element, &self::part(&html, text)) {
                doc.defer(&added, Rc::new(chunks));
            }
        }
        if now() - start >= idle_ms.max(SLICE_MS) {
            break false;
        }
    };
    if done {
        // The reservation goes while the element is still pending, which
        // keeps the answers out of scroll anchoring (see the stylesheet),
        // so the browser makes up for this last change of height too; the
        // mark goes once that is laid out.
        if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.style().remove_property("min-block-size");
        }
        when_idle(move || {
            let _ = element.remove_attribute("data-pending");
        });
    } else {
        when_idle_for(Box::new(move |ms| step(element, doc, ms)));
    }
}

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
fn show_status(figure: &web_sys::Element, text: String) {
    let Ok(Some(status)) = figure.query_selector(".pw-code__status") else { return };
    status.set_text_content(Some(&text));
    super::later::after(Duration::from_millis(STATUS_MS), move || {
        if status.text_content().as_deref() == Some(text.as_str()) {
            status.set_text_content(None);
        }
    });
}

/// Selects the code so the rater can copy it by hand.
fn select_code(figure: &web_sys::Element, words: &'static CodeWords) {
    let selection = web_sys::window().and_then(|w| w.get_selection().ok().flatten());
    if let (Some(selection), Ok(Some(code))) = (selection, figure.query_selector("code")) {
        let _ = selection.remove_all_ranges();
        let _ = selection.select_all_children(&code);
    }
    show_status(figure, crate::i18n::fill(words.press_to_copy, &[copy_keys()]));
}

/// The copy shortcut as the rater's keyboard says it.
fn copy_keys() -> &'static str {
    let platform = web_sys::window().and_then(|w| w.navigator().platform().ok()).unwrap_or_default();
    if ["Mac", "iPhone", "iPad", "iPod"].iter().any(|apple| platform.starts_with(apple)) {
        "\u{2318}C"
    } else {
        "Ctrl+C"
    }
}

/// Puts the code block's text on the clipboard; when the browser has no
/// clipboard or refuses, selects the code instead.
fn copy(figure: web_sys::Element, words: &'static CodeWords) {
    // A long block's later lines may still be coming: copy once they are in.
    if figure.query_selector("[data-chunk]").ok().flatten().is_some() {
        if figure.is_connected() {
            when_idle(move || copy(figure, words));
        }
        return;
    }
    let text = code_text(&figure);
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return };
    // `navigator.clipboard` is missing outside secure contexts.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| c.is_object());
    if !has_clipboard {
        select_code(&figure, words);
        return;
    }
    let other = figure.clone();
    super::later::settle(
        &navigator.clipboard().write_text(&text),
        move || show_status(&figure, words.copied.to_string()),
        move || select_code(&other, words),
    );
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
    /// The code blocks' words, in the widget's language.
    words: &'static CodeWords,
) -> Node {
    let long = source.lines().nth(LONG_LINES).is_some();
    let mut head = crate::markdown::head(&source, words, if long { HEAD_LINES } else { usize::MAX });
    let stopped = Arc::new(AtomicBool::new(false));
    let stop = stopped.clone();
    on_cleanup(move || stop.store(true, Ordering::Relaxed));
    let head_chunks = RefCell::new(std::mem::take(&mut head.chunks));
    let doc = Rc::new(Stream {
        source,
        words,
        head,
        head_chunks,
        parts: RefCell::default(),
        fills: RefCell::default(),
        stopped,
    });
    let on_click = move |event| on_click(event, words);
    // Task content keeps its own direction whatever the UI's language.
    el("div")
        .class(class)
        .attr("dir", "auto")
        .class_when("pw-md--long", long.into())
        .on("click", move |event| on_click(event.unchecked_into()))
        .with_element(move |element| stream(element.clone(), doc))
        .into()
}
