//! Browser tests of code blocks (highlighting, copy, wrap) and of the code
//! comparison, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use pairwise::model::order::is_swapped;
use serde_json::json;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const CODE: &str = "def greet(name):\n    # say hello\n    return \"Hello, \" + name\n\nprint(greet('x'))";

/// A mounted widget, destroyed when dropped.
struct Host {
    element: HtmlElement,
    handle: pairwise::WidgetHandle,
}

impl Host {
    fn mount(task: &str, seed: &str) -> Host {
        let document = web_sys::window().unwrap().document().unwrap();
        let element: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
        document.body().unwrap().append_child(&element).unwrap();
        let options = js_sys::Object::new();
        for (key, value) in [("task", JsValue::from(task)), ("seed", seed.into()), ("persist", false.into())] {
            js_sys::Reflect::set(&options, &key.into(), &value).unwrap();
        }
        let handle = pairwise::mount(element.clone().unchecked_into(), Some(options.unchecked_into())).unwrap();
        Host { element, handle }
    }

    fn shadow(&self) -> ShadowRoot {
        self.element.shadow_root().unwrap()
    }

    fn find(&self, selector: &str) -> Element {
        self.shadow().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.shadow().query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
    }

    fn texts(&self, selector: &str) -> Vec<String> {
        self.all(selector).iter().map(|e| e.text_content().unwrap_or_default()).collect()
    }

    fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.handle.destroy();
        self.element.remove();
    }
}

fn task(a: &str, b: &str) -> String {
    json!({
        "id": "task-code",
        "prompt": "Write a greeting.",
        "responses": [{ "id": "resp-1", "content": a }, { "id": "resp-2", "content": b }],
    })
    .to_string()
}

fn seed_for(swapped: bool) -> String {
    (0..).map(|i| format!("seed-{i}")).find(|s| is_swapped(s, "task-code") == swapped).unwrap()
}

/// Lets timers, promises and DOM updates run.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

/// Replaces `navigator.clipboard` with one whose `writeText` records the
/// text in `window.__copied` and then resolves, or rejects when `refuse`.
fn stub_clipboard(refuse: bool) {
    let install = js_sys::Function::new_with_args(
        "refuse",
        "window.__copied = undefined;
         Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
           writeText(text) { window.__copied = text; return refuse ? Promise.reject(new Error('denied')) : Promise.resolve(); }
         } });",
    );
    install.call1(&JsValue::NULL, &refuse.into()).unwrap();
}

fn copied() -> JsValue {
    js_sys::Reflect::get(&web_sys::window().unwrap(), &"__copied".into()).unwrap()
}

#[wasm_bindgen_test]
async fn a_python_block_is_highlighted_and_numbered_outside_its_text() {
    let host = Host::mount(&task(&format!("Here:\n\n```python\n{CODE}\n```\n"), "No code."), "s");
    settle().await;
    let figure = host.find("article.pw-response .pw-code");
    assert_eq!(figure.get_attribute("data-lang").as_deref(), Some("python"));
    assert_eq!(host.find(".pw-code__lang").text_content().as_deref(), Some("Python"));
    assert!(host.texts(".pw-code .pw-tk-kw").contains(&"def".to_string()));
    assert!(host.texts(".pw-code .pw-tk-str").contains(&"\"Hello, \"".to_string()));
    assert_eq!(host.texts(".pw-code .pw-tk-com"), ["# say hello"]);
    // One element per line; the text of <code> is the code itself, so the
    // line numbers (CSS counters) are not in it.
    assert_eq!(host.all(".pw-code__line").len(), 5);
    let code = host.find(".pw-code pre > code.language-python");
    assert_eq!(code.text_content().unwrap(), format!("{CODE}\n"));
    let number = web_sys::window()
        .unwrap()
        .get_computed_style_with_pseudo_elt(&host.find(".pw-code__line"), "::before")
        .unwrap()
        .unwrap();
    assert_eq!(number.get_property_value("content").unwrap(), "counter(pw-line)");
    assert_eq!(number.get_property_value("user-select").unwrap(), "none");
    // The scroll area is reachable by keyboard and named.
    let pre = host.find(".pw-code pre");
    assert_eq!(pre.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(pre.get_attribute("aria-label").as_deref(), Some("Python code, scrollable"));
}

#[wasm_bindgen_test]
async fn copy_puts_exactly_the_code_on_the_clipboard_and_says_so() {
    stub_clipboard(false);
    let host = Host::mount(&task(&format!("```python\n{CODE}\n```\n\n```\nsecond\n```"), "x"), "s");
    settle().await;
    host.click(".pw-code [data-action=copy]");
    settle().await;
    assert_eq!(copied().as_string().as_deref(), Some(CODE));
    assert_eq!(host.texts(".pw-code__status")[0], "Copied");
    assert_eq!(host.texts(".pw-code__status")[1], "");
}

#[wasm_bindgen_test]
async fn a_refused_copy_selects_the_code_and_asks_for_ctrl_c() {
    stub_clipboard(true);
    let host = Host::mount(&task(&format!("```python\n{CODE}\n```"), "x"), "s");
    settle().await;
    host.click(".pw-code [data-action=copy]");
    settle().await;
    assert_eq!(copied().as_string().as_deref(), Some(CODE));
    assert_eq!(host.find(".pw-code__status").text_content().as_deref(), Some("Press Ctrl+C to copy"));
    let selection = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    let selected: String = selection.to_string().into();
    assert!(selected.contains("def greet(name):") && selected.contains("print(greet('x'))"), "{selected}");
    selection.remove_all_ranges().unwrap();
}

#[wasm_bindgen_test]
async fn the_wrap_toggle_flips_the_block_and_its_pressed_state() {
    let host = Host::mount(&task(&format!("```python\n{CODE}\n```"), "x"), "s");
    settle().await;
    let figure = host.find(".pw-code");
    let button = host.find(".pw-code [data-action=wrap]");
    assert_eq!(figure.get_attribute("data-wrap").as_deref(), Some("false"));
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("false"));
    let pre = host.find(".pw-code pre");
    let style = |e: &Element| web_sys::window().unwrap().get_computed_style(e).unwrap().unwrap();
    assert_eq!(style(&pre).get_property_value("white-space").unwrap(), "pre");
    host.click(".pw-code [data-action=wrap]");
    assert_eq!(figure.get_attribute("data-wrap").as_deref(), Some("true"));
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(style(&pre).get_property_value("white-space").unwrap(), "pre-wrap");
    host.click(".pw-code [data-action=wrap]");
    assert_eq!(figure.get_attribute("data-wrap").as_deref(), Some("false"));
}

/// Response 1 and 2 of the comparison tests: one line removed, one added,
/// one changed.
const FIRST: &str = "Mine:\n\n```python\nimport os\ndef total(xs):\n    return sum(xs)\n```\n";
const SECOND: &str = "Better:\n\n```python\ndef total(xs):\n    return sum(xs, 0)\nprint(total([1]))\n```\n";

async fn comparison_follows_the_displayed_order(swapped: bool) {
    let host = Host::mount(&task(FIRST, SECOND), &seed_for(swapped));
    settle().await;
    let toggle = host.find("[data-testid=pw-compare]");
    assert_eq!(toggle.tag_name(), "BUTTON");
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(host.all("[data-testid=pw-diff]").len(), 0, "built only when asked for");
    host.click("[data-testid=pw-compare]");
    settle().await;
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(host.find(".pw-responses").has_attribute("hidden"));
    assert_eq!(host.find("[data-testid=pw-diff]").get_attribute("data-compared").as_deref(), Some("code"));
    assert_eq!(host.texts(".pw-diff__title"), ["Response A", "Response B"]);

    let rows = host.all(".pw-diff__row");
    let kinds: Vec<String> = rows.iter().map(|r| r.get_attribute("data-kind").unwrap()).collect();
    let side = |row: &Element, which: &str| {
        row.query_selector(&format!(".pw-diff__line[data-side={which}] .pw-diff__text"))
            .unwrap()
            .map(|e| e.text_content().unwrap())
    };
    let words = |row: &Element, which: &str| -> Vec<String> {
        let list = row.query_selector_all(&format!("[data-side={which}] .pw-diff__word")).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
    };
    if !swapped {
        // A = response 1 on the left.
        assert_eq!(kinds, ["removed", "same", "changed", "added"]);
        assert_eq!(side(&rows[0], "left").as_deref(), Some("import os"));
        assert_eq!(side(&rows[0], "right"), None);
        assert_eq!(side(&rows[2], "left").as_deref(), Some("    return sum(xs)"));
        assert_eq!(side(&rows[2], "right").as_deref(), Some("    return sum(xs, 0)"));
        assert_eq!(words(&rows[2], "right"), [", 0"]);
        assert_eq!(side(&rows[3], "right").as_deref(), Some("print(total([1]))"));
        assert_eq!(
            host.find("[data-testid=pw-diff-summary]").text_content().unwrap(),
            "1 changed, 1 only in A, 1 only in B"
        );
    } else {
        // A = response 2 on the left: the mirror image.
        assert_eq!(kinds, ["added", "same", "changed", "removed"]);
        assert_eq!(side(&rows[0], "right").as_deref(), Some("import os"));
        assert_eq!(side(&rows[2], "left").as_deref(), Some("    return sum(xs, 0)"));
        assert_eq!(words(&rows[2], "left"), [", 0"]);
        assert_eq!(side(&rows[3], "left").as_deref(), Some("print(total([1]))"));
    }
    // Not colour only: a visible −/+ and a spoken "removed"/"added", inside <del>/<ins>.
    let changed = &rows[2];
    let left = changed.query_selector("[data-side=left]").unwrap().unwrap();
    let right = changed.query_selector("[data-side=right]").unwrap().unwrap();
    assert_eq!(left.query_selector(".pw-diff__mark").unwrap().unwrap().text_content().as_deref(), Some("\u{2212}"));
    assert_eq!(right.query_selector(".pw-diff__mark").unwrap().unwrap().text_content().as_deref(), Some("+"));
    assert_eq!(
        left.query_selector(".pw-visually-hidden").unwrap().unwrap().text_content().as_deref(),
        Some("removed: ")
    );
    assert_eq!(
        right.query_selector(".pw-visually-hidden").unwrap().unwrap().text_content().as_deref(),
        Some("added: ")
    );
    assert!(left.query_selector("del.pw-diff__text").unwrap().is_some());
    assert!(right.query_selector("ins.pw-diff__text").unwrap().is_some());
    // Line numbers of each side.
    let list = rows[3].query_selector_all(".pw-diff__num").unwrap();
    let numbers: Vec<String> = (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(numbers, if swapped { ["3", ""] } else { ["", "3"] });

    // Back to the answers; the comparison is kept, hidden.
    host.click("[data-testid=pw-compare]");
    settle().await;
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert!(!host.find(".pw-responses").has_attribute("hidden"));
    assert!(host.find(".pw-diff-slot").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn the_comparison_marks_lines_in_the_displayed_order_unswapped() {
    comparison_follows_the_displayed_order(false).await;
}

#[wasm_bindgen_test]
async fn the_comparison_marks_lines_in_the_displayed_order_swapped() {
    comparison_follows_the_displayed_order(true).await;
}

#[wasm_bindgen_test]
async fn without_code_in_a_response_the_full_texts_are_compared() {
    let host = Host::mount(&task("Just use `sum`.", "```python\nsum(xs)\n```"), "s");
    settle().await;
    host.click("[data-testid=pw-compare]");
    settle().await;
    assert_eq!(host.find("[data-testid=pw-diff]").get_attribute("data-compared").as_deref(), Some("text"));
}
