//! Browser tests: mount the widget in headless Chromium, click and type like
//! a rater, and check the DOM and the events the host receives.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use pairwise::model::order::is_swapped;
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// A host page with one widget: its element, and every event it got as a
/// DOM event and through `onEvent`.
struct Host {
    element: HtmlElement,
    handle: pairwise::WidgetHandle,
    dom_events: Rc<RefCell<Vec<(String, Value)>>>,
    callback_events: Rc<RefCell<Vec<Value>>>,
    _closures: Vec<Closure<dyn FnMut(web_sys::Event)>>,
    _callback: Closure<dyn FnMut(JsValue)>,
}

fn to_json(value: &JsValue) -> Value {
    let text: String = js_sys::JSON::stringify(value).unwrap().into();
    serde_json::from_str(&text).unwrap()
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Empties localStorage, as on a fresh browser profile.
fn clear_storage() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
}

/// The widget's draft keys in localStorage.
fn draft_keys() -> Vec<String> {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with("pairwise:"))
        .collect()
}

/// Mounts a widget with `task` (JSON text) and extra options, on a page with
/// no saved drafts.
fn mount_with(task: &str, extra: &[(&str, JsValue)]) -> Host {
    clear_storage();
    mount_again(task, extra)
}

/// Mounts a widget as a reloaded page would: saved drafts stay.
fn mount_again(task: &str, extra: &[(&str, JsValue)]) -> Host {
    let element: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    let dom_events = Rc::new(RefCell::new(Vec::new()));
    let mut closures = Vec::new();
    for kind in ["ready", "change", "submit", "error"] {
        let events = dom_events.clone();
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let detail = event.unchecked_into::<web_sys::CustomEvent>().detail();
            events.borrow_mut().push((kind.to_string(), to_json(&detail)));
        });
        element
            .add_event_listener_with_callback(&format!("pairwise-{kind}"), closure.as_ref().unchecked_ref())
            .unwrap();
        closures.push(closure);
    }
    let callback_events = Rc::new(RefCell::new(Vec::new()));
    let sink = callback_events.clone();
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| sink.borrow_mut().push(to_json(&event)));
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"task".into(), &task.into()).unwrap();
    js_sys::Reflect::set(&options, &"onEvent".into(), callback.as_ref()).unwrap();
    for (key, value) in extra {
        js_sys::Reflect::set(&options, &(*key).into(), value).unwrap();
    }
    let handle = pairwise::mount(element.clone().unchecked_into(), Some(options.unchecked_into())).unwrap();
    Host { element, handle, dom_events, callback_events, _closures: closures, _callback: callback }
}

impl Host {
    fn shadow(&self) -> ShadowRoot {
        self.element.shadow_root().expect("open shadow root")
    }

    fn find(&self, selector: &str) -> Element {
        self.shadow().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn count(&self, selector: &str) -> u32 {
        self.shadow().query_selector_all(selector).unwrap().length()
    }

    fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
    }

    /// Types into a textarea as a rater would: the value changes and an
    /// `input` event fires.
    fn type_into(&self, selector: &str, text: &str) {
        let area: HtmlTextAreaElement = self.find(selector).dyn_into().unwrap();
        area.focus().unwrap();
        area.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        area.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    }

    fn submit_disabled(&self) -> bool {
        self.find("[data-testid=pw-submit]").unchecked_into::<web_sys::HtmlButtonElement>().disabled()
    }

    fn events(&self, kind: &str) -> Vec<Value> {
        self.dom_events.borrow().iter().filter(|(k, _)| k == kind).map(|(_, v)| v.clone()).collect()
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.handle.destroy();
        self.element.remove();
    }
}

/// Lets the widget's effects and DOM updates run.
async fn settle() {
    for _ in 0..2 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

fn task(rubric: Value) -> String {
    json!({
        "id": "task-0001",
        "prompt": "Write `median(xs)` in Python.\n\n<script>window.__pwed = 1</script>",
        "responses": [
            { "id": "resp-a7", "content": "```python\ndef median(xs):\n    xs = sorted(xs)\n    n = len(xs)\n    return (xs[n // 2] + xs[~(n // 2)]) / 2\n```" },
            { "id": "resp-c2", "content": "Use `statistics.median`. <img src=x onerror=\"window.__pwed = 2\">" }
        ],
        "rubric": rubric,
        "metadata": { "batch": "b-17", "queue": 3 }
    })
    .to_string()
}

/// A seed that gives the wanted A/B order for `task-0001`.
fn seed_for(swapped: bool) -> String {
    (0..).map(|i| format!("seed-{i}")).find(|s| is_swapped(s, "task-0001") == swapped).unwrap()
}

const JUSTIFICATION: &str = "A sorts and handles even lengths; B only names a library call.";

/// Answers all of code-review-v1 by response id, as a rater would.
async fn rate_everything(host: &Host) {
    for (question, response, value) in [
        ("correctness", "resp-a7", "5"),
        ("correctness", "resp-c2", "3"),
        ("instruction_following", "resp-a7", "4"),
        ("instruction_following", "resp-c2", "2"),
        ("ran_code", "resp-a7", "works"),
        ("ran_code", "resp-c2", "no_code"),
        ("issues", "resp-c2", "too_verbose"),
        ("issues", "resp-c2", "invented_api"),
    ] {
        host.click(&format!("input[data-question={question}][data-response={response}][value='{value}']"));
        settle().await;
    }
    host.click("input[data-question=preference][data-preferred=resp-a7][data-strength='2']");
    settle().await;
    host.type_into("textarea[data-question=justification]", JUSTIFICATION);
    settle().await;
}

async fn full_rating(swapped: bool) {
    let seed = seed_for(swapped);
    let host = mount_with(&task(json!("code-review-v1")), &[("seed", seed.clone().into())]);
    settle().await;

    let ready = host.events("ready");
    assert_eq!(ready.len(), 1);
    let order = if swapped { ["resp-c2", "resp-a7"] } else { ["resp-a7", "resp-c2"] };
    assert_eq!(ready[0]["display"], json!({ "order": order, "swapped": swapped, "seed": seed }));
    // The panes appear in the displayed order, lettered A and B.
    let panes = host.shadow().query_selector_all("article.pw-response").unwrap();
    for (i, id) in order.iter().enumerate() {
        let pane: Element = panes.item(i as u32).unwrap().dyn_into().unwrap();
        assert_eq!(pane.get_attribute("data-response").as_deref(), Some(*id));
        let letter = if i == 0 { "Response A" } else { "Response B" };
        assert_eq!(pane.query_selector("h3").unwrap().unwrap().text_content().as_deref(), Some(letter));
    }
    // Preference labels follow the displayed order: resp-a7 is A unless swapped.
    let label = host.find("input[data-preferred=resp-a7][data-strength='3']").parent_element().unwrap();
    let expected = if swapped { "B much better" } else { "A much better" };
    assert_eq!(label.text_content().unwrap().trim(), expected);

    assert!(host.submit_disabled());
    rate_everything(&host).await;
    assert!(!host.submit_disabled(), "every required answer is given");
    host.click("[data-testid=pw-submit]");
    settle().await;

    let submits = host.events("submit");
    assert_eq!(submits.len(), 1);
    let submit = &submits[0];
    assert_eq!(submit["type"], "submit");
    assert_eq!(submit["schema_version"], 1);
    assert_eq!(submit["widget_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(submit["task_id"], "task-0001");
    assert_eq!(submit["session_id"], ready[0]["session_id"]);
    assert_eq!(submit["rubric_id"], "code-review-v1");
    let id = submit["submission_id"].as_str().unwrap();
    assert_eq!(id.len(), 36);
    assert_eq!(id.matches('-').count(), 4);
    assert_eq!(
        submit["answers"],
        json!({
            "correctness": { "resp-a7": 5, "resp-c2": 3 },
            "instruction_following": { "resp-a7": 4, "resp-c2": 2 },
            "ran_code": { "resp-a7": "works", "resp-c2": "no_code" },
            "issues": { "resp-a7": [], "resp-c2": ["invented_api", "too_verbose"] },
            "preference": { "preferred": "resp-a7", "strength": 2 },
            "justification": JUSTIFICATION
        })
    );
    assert_eq!(submit["display"], ready[0]["display"]);
    assert_eq!(submit["metadata"], json!({ "batch": "b-17", "queue": 3 }));
    let timing = &submit["timing"];
    assert!(timing["started_at"].as_str().unwrap().ends_with('Z'));
    assert!(timing["submitted_at"].as_str().unwrap() >= timing["started_at"].as_str().unwrap());
    assert!(timing["active_ms"].as_u64().is_some());
    let correctness = &timing["questions"]["correctness"]["resp-a7"];
    assert_eq!(correctness["changes"], 1);
    assert!(correctness["first_ms"].as_u64().unwrap() <= correctness["last_ms"].as_u64().unwrap());
    assert_eq!(timing["questions"]["issues"]["resp-c2"]["changes"], 2);
    assert!(submit["attention"].is_object());

    // The callback got exactly what the DOM events carried.
    let dom: Vec<Value> = host.dom_events.borrow().iter().map(|(_, v)| v.clone()).collect();
    assert_eq!(*host.callback_events.borrow(), dom);
    // Untrusted HTML in the task was shown, not run.
    assert!(js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwed".into()).unwrap().is_undefined());
    assert_eq!(host.count("script, img, [onerror]"), 0);
    // The rating is locked and says so.
    assert!(host.submit_disabled());
    let status = host.find("[data-testid=pw-status]").text_content().unwrap();
    assert!(status.starts_with("Rating submitted at ") && status.ends_with(&format!(" ({id}).")), "{status}");
    let state = to_json(&host.handle.state());
    assert_eq!(state["submitted"], true);
    assert_eq!(state["submission_id"], id);
}

#[wasm_bindgen_test]
async fn a_full_code_review_rating_reaches_the_host_unswapped() {
    full_rating(false).await;
}

#[wasm_bindgen_test]
async fn a_full_code_review_rating_reaches_the_host_swapped() {
    full_rating(true).await;
}

#[wasm_bindgen_test]
async fn submit_waits_for_every_required_answer_and_fires_once() {
    let host = mount_with(&task(json!("code-review-v1")), &[("seed", "s".into())]);
    settle().await;
    rate_everything(&host).await;
    host.type_into("textarea[data-question=justification]", &"x".repeat(39));
    settle().await;
    assert!(host.submit_disabled());
    let status = host.find("[data-testid=pw-status]").text_content().unwrap();
    assert_eq!(status, "1 answer left: Why? (39 of at least 40 characters).");
    assert_eq!(host.find(".pw-text__count").text_content().unwrap(), "Characters: 39 (at least 40)");
    let changes = host.events("change");
    assert_eq!(changes.last().unwrap()["complete"], false);
    assert_eq!(changes.last().unwrap()["missing"], json!(["justification"]));

    host.type_into("textarea[data-question=justification]", &"x".repeat(40));
    settle().await;
    assert!(!host.submit_disabled());
    assert_eq!(host.events("change").last().unwrap()["complete"], true);

    // A double click gives one rating.
    host.click("[data-testid=pw-submit]");
    host.click("[data-testid=pw-submit]");
    settle().await;
    host.click("[data-testid=pw-submit]");
    assert_eq!(host.events("submit").len(), 1);
}

#[wasm_bindgen_test]
async fn show_if_questions_appear_and_disappear() {
    let rubric = json!({
        "id": "conditional",
        "questions": [
            { "id": "ran", "kind": "choice", "title": "Ran?", "per_response": true,
              "options": [{ "value": "works", "label": "Works" }, { "value": "fails", "label": "Fails" }] },
            { "id": "failure", "kind": "text", "title": "What failed?", "per_response": true,
              "show_if": { "question": "ran", "equals": "fails" } }
        ]
    });
    let host = mount_with(&task(rubric), &[("randomize", false.into())]);
    settle().await;
    let follow_up = "fieldset[data-question=failure][data-response=resp-c2]";
    assert!(host.find(follow_up).has_attribute("hidden"));
    host.click("input[data-question=ran][data-response=resp-a7][value=works]");
    host.click("input[data-question=ran][data-response=resp-c2][value=fails]");
    settle().await;
    assert!(!host.find(follow_up).has_attribute("hidden"));
    assert!(host.find("fieldset[data-question=failure][data-response=resp-a7]").has_attribute("hidden"));
    assert!(host.submit_disabled(), "the shown follow-up is required");
    host.type_into("textarea[data-question=failure][data-response=resp-c2]", "IndexError on []");
    settle().await;
    assert!(!host.submit_disabled());
    host.click("input[data-question=ran][data-response=resp-c2][value=works]");
    settle().await;
    assert!(host.find(follow_up).has_attribute("hidden"));
    let last = host.events("change").last().cloned().unwrap();
    assert!(last["answers"].get("failure").is_none(), "{last}");
}

#[wasm_bindgen_test]
async fn bad_tasks_show_an_error_and_emit_it_with_its_path() {
    let mut one_response: Value = serde_json::from_str(&task(json!("code-review-v1"))).unwrap();
    one_response["responses"].as_array_mut().unwrap().pop();
    let mut duplicate: Value = serde_json::from_str(&task(json!("code-review-v1"))).unwrap();
    duplicate["responses"][1]["id"] = json!("resp-a7");
    let mut missing: Value = serde_json::from_str(&task(json!("code-review-v1"))).unwrap();
    missing.as_object_mut().unwrap().remove("prompt");
    let mut wrong_type: Value = serde_json::from_str(&task(json!("code-review-v1"))).unwrap();
    wrong_type["responses"][0]["content"] = json!(["not", "text"]);
    let nowhere = task(json!({ "id": "r", "questions": [
        { "id": "a", "kind": "text", "title": "A", "show_if": { "question": "zzz", "answered": true } }
    ]}));
    let cases = [
        ("{\"id\": \"task-0001\", \"prompt\": ".to_string(), "invalid_json", "$"),
        (missing.to_string(), "missing_field", "$.prompt"),
        (wrong_type.to_string(), "invalid_type", "$.responses[0].content"),
        (task(json!("no-such-preset")), "unknown_preset", "$.rubric"),
        (one_response.to_string(), "response_count", "$.responses"),
        (duplicate.to_string(), "duplicate_id", "$.responses[1].id"),
        (nowhere, "unknown_question", "$.rubric.questions[0].show_if.question"),
    ];
    for (text, code, path) in cases {
        let host = mount_with(&text, &[]);
        settle().await;
        let errors = host.events("error");
        assert_eq!(errors.len(), 1, "{code}");
        assert_eq!(errors[0]["code"], code);
        assert_eq!(errors[0]["path"], path);
        assert!(!errors[0]["message"].as_str().unwrap().is_empty());
        assert_eq!(host.events("ready").len(), 0);
        let shown = host.find("[data-testid=pw-error]").text_content().unwrap();
        assert!(shown.contains(path), "{shown}");
        assert_eq!(host.count("[data-testid=pw-submit]"), 0);
    }
}

#[wasm_bindgen_test]
async fn bad_options_are_reported_and_the_widget_still_works() {
    let host = mount_with(&task(json!("code-review-v1")), &[("theme", "purple".into()), ("randomize", "yes".into())]);
    settle().await;
    let errors = host.events("error");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["code"], "invalid_option");
    assert_eq!(errors[0]["path"], "options.theme");
    assert_eq!(errors[0]["problems"][1]["path"], "options.randomize");
    assert_eq!(host.events("ready").len(), 1);
    assert_eq!(host.find(".pw-root").get_attribute("data-theme").as_deref(), Some("auto"));
}

#[wasm_bindgen_test]
async fn a_throwing_host_callback_does_not_break_the_widget() {
    let throwing = js_sys::Function::new_no_args("throw new Error('host bug')");
    let host = mount_with(&task(json!("code-review-v1")), &[("onEvent", throwing.into())]);
    settle().await;
    rate_everything(&host).await;
    host.click("[data-testid=pw-submit]");
    settle().await;
    assert_eq!(host.events("submit").len(), 1);
    assert_eq!(host.find(".pw-submit").get_attribute("data-state").as_deref(), Some("submitted"));
}

#[wasm_bindgen_test]
async fn set_task_starts_a_new_rating_and_state_reports_it() {
    let host = mount_with(&task(json!("code-review-v1")), &[]);
    settle().await;
    host.click("input[data-question=correctness][data-response=resp-a7][value='1']");
    settle().await;
    assert_eq!(to_json(&host.handle.state())["answers"]["correctness"], json!({ "resp-a7": 1 }));

    let mut next: Value = serde_json::from_str(&task(json!("code-review-v1"))).unwrap();
    next["id"] = json!("task-0002");
    host.handle.set_task(js_sys::JSON::parse(&next.to_string()).unwrap().unchecked_into());
    settle().await;
    let ready = host.events("ready");
    assert_eq!(ready.len(), 2);
    assert_eq!(ready[1]["task_id"], "task-0002");
    let state = to_json(&host.handle.state());
    assert_eq!(state["task_id"], "task-0002");
    assert_eq!(state["answers"], json!({ "issues": { "resp-a7": [], "resp-c2": [] } }));
    assert_eq!(state["complete"], false);
    assert_eq!(host.count("input[data-question=correctness]:checked"), 0);
}

#[wasm_bindgen_test]
async fn destroy_empties_the_host_element_and_stops_events() {
    let host = mount_with(&task(json!("code-review-v1")), &[]);
    settle().await;
    assert!(host.count("fieldset") > 0);
    let radio: HtmlInputElement =
        host.find("input[data-question=correctness][data-response=resp-a7][value='2']").dyn_into().unwrap();
    host.handle.destroy();
    settle().await;
    assert_eq!(host.element.child_nodes().length(), 0);
    assert_eq!(host.shadow().child_nodes().length(), 0);
    let before = host.dom_events.borrow().len();
    radio.click();
    let window = web_sys::window().unwrap();
    window.dispatch_event(&web_sys::Event::new("focus").unwrap()).unwrap();
    window.dispatch_event(&web_sys::Event::new("blur").unwrap()).unwrap();
    settle().await;
    assert_eq!(host.dom_events.borrow().len(), before);
    assert!(host.handle.state().is_object());
}

#[wasm_bindgen_test]
async fn hosts_theme_through_pw_variables_and_their_css_does_not_leak_in() {
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some("* { font-size: 40px !important; color: rgb(1, 2, 3) } button { display: none }"));
    document().head().unwrap().append_child(&style).unwrap();
    let host = mount_with(&task(json!("code-review-v1")), &[("theme", "dark".into())]);
    host.element.style().set_property("--pw-accent", "rgb(200, 0, 0)").unwrap();
    settle().await;
    let window = web_sys::window().unwrap();
    let root = host.find(".pw-root");
    let computed = window.get_computed_style(&root).unwrap().unwrap();
    assert_eq!(computed.get_property_value("--_pw-accent").unwrap().trim(), "rgb(200, 0, 0)");
    // A theme default the host did not override still applies.
    assert_eq!(computed.get_property_value("background-color").unwrap(), "rgb(15, 20, 25)");
    let button = window.get_computed_style(&host.find("[data-testid=pw-submit]")).unwrap().unwrap();
    assert_ne!(button.get_property_value("display").unwrap(), "none");
    assert_ne!(computed.get_property_value("font-size").unwrap(), "40px");
    style.remove();
}

/// Answers a few questions, "reloads" (destroys and mounts again, with
/// another seed) and checks that everything came back.
#[wasm_bindgen_test]
async fn a_reload_restores_answers_typed_text_order_and_timing() {
    let text = task(json!("code-review-v1"));
    let first = mount_with(&text, &[("seed", seed_for(true).into())]);
    settle().await;
    first.click("input[data-question=correctness][data-response=resp-a7][value='4']");
    first.click("input[data-question=issues][data-response=resp-c2][value=bug]");
    first.click("input[data-question=preference][data-preferred=tie]");
    first.type_into("textarea[data-question=justification]", "Half of my reasoning, typed before the reload");
    settle().await;
    let before = to_json(&first.handle.state());
    let started_at = first.events("ready")[0]["display"].clone();
    assert_eq!(draft_keys().len(), 1);
    drop(first);

    let second = mount_again(&text, &[("seed", seed_for(false).into())]);
    settle().await;
    let ready = second.events("ready");
    assert_eq!(ready[0]["display"], started_at, "the displayed order is the one the rater saw");
    let after = to_json(&second.handle.state());
    assert_eq!(after["answers"], before["answers"]);
    assert_eq!(after["missing"], before["missing"]);
    let radio: HtmlInputElement =
        second.find("input[data-question=correctness][data-response=resp-a7][value='4']").dyn_into().unwrap();
    assert!(radio.checked());
    let area: HtmlTextAreaElement = second.find("textarea[data-question=justification]").dyn_into().unwrap();
    assert_eq!(area.value(), "Half of my reasoning, typed before the reload");

    rate_everything(&second).await;
    second.click("[data-testid=pw-submit]");
    settle().await;
    let submit = &second.events("submit")[0];
    assert_eq!(submit["timing"]["questions"]["correctness"]["resp-a7"]["changes"], 2);
    assert!(draft_keys().is_empty(), "a delivered rating leaves no draft");
}

/// Many random answers with reloads at random points: after each reload
/// the answers are exactly what they were.
#[wasm_bindgen_test]
async fn random_steps_and_reloads_lose_nothing() {
    let text = task(json!("code-review-v1"));
    let mut host = mount_with(&text, &[]);
    settle().await;
    let choices = [
        "input[data-question=correctness][data-response=resp-a7][value='2']",
        "input[data-question=correctness][data-response=resp-c2][value='5']",
        "input[data-question=instruction_following][data-response=resp-a7][value='3']",
        "input[data-question=ran_code][data-response=resp-c2][value=fails]",
        "input[data-question=issues][data-response=resp-a7][value=style]",
        "input[data-question=issues][data-response=resp-a7][value=bug]",
        "input[data-question=preference][data-preferred=resp-c2][data-strength='1']",
    ];
    let mut seed: u32 = 12345;
    for step in 0..40 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let pick = (seed >> 16) as usize;
        if pick.is_multiple_of(5) {
            host.type_into("textarea[data-question=justification]", &format!("step {step}: {}", "x".repeat(pick % 50)));
        } else {
            host.click(choices[pick % choices.len()]);
        }
        settle().await;
        if pick.is_multiple_of(3) {
            let before = to_json(&host.handle.state());
            drop(host);
            host = mount_again(&text, &[]);
            settle().await;
            let after = to_json(&host.handle.state());
            assert_eq!(after["answers"], before["answers"], "step {step}");
            assert_eq!(after["display"], before["display"], "step {step}");
        }
    }
}

#[wasm_bindgen_test]
async fn storage_that_throws_leaves_a_working_widget_and_says_so() {
    clear_storage();
    let block = js_sys::Function::new_no_args(
        "window.__pwStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    );
    block.call0(&JsValue::NULL).unwrap();
    let host = mount_again(&task(json!("code-review-v1")), &[]);
    settle().await;
    let errors = host.events("error");
    js_sys::Function::new_no_args("Object.defineProperty(window, 'localStorage', window.__pwStorage);")
        .call0(&JsValue::NULL)
        .unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["code"], "storage_unavailable");
    assert!(errors[0]["message"].as_str().unwrap().contains("insecure"));
    assert!(host.find("[data-testid=pw-notice]").text_content().unwrap().contains("cannot be saved"));
    rate_everything(&host).await;
    host.click("[data-testid=pw-submit]");
    settle().await;
    assert_eq!(host.events("submit").len(), 1);
    assert_eq!(host.events("error").len(), 1, "the failure is reported once");
}

#[wasm_bindgen_test]
async fn persist_false_stores_nothing() {
    let host = mount_with(&task(json!("code-review-v1")), &[("persist", false.into())]);
    settle().await;
    host.click("input[data-question=correctness][data-response=resp-a7][value='4']");
    settle().await;
    assert_eq!(to_json(&host.handle.state())["answers"]["correctness"], json!({ "resp-a7": 4 }));
    assert!(draft_keys().is_empty());
}

#[wasm_bindgen_test]
async fn a_draft_of_a_changed_task_is_set_aside_not_applied() {
    let first = mount_with(&task(json!("code-review-v1")), &[]);
    settle().await;
    first.click("input[data-question=correctness][data-response=resp-a7][value='4']");
    settle().await;
    drop(first);
    let old_keys = draft_keys();
    assert_eq!(old_keys.len(), 1);

    let mut changed: Value = serde_json::from_str(&task(json!("code-review-v1"))).unwrap();
    changed["prompt"] = json!("Write `mode(xs)` in Python.");
    let second = mount_again(&changed.to_string(), &[]);
    settle().await;
    let errors = second.events("error");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["code"], "draft_mismatch");
    assert!(second.find("[data-testid=pw-notice]").text_content().unwrap().contains("kept aside"));
    assert_eq!(to_json(&second.handle.state())["answers"]["correctness"], Value::Null);
    let keys = draft_keys();
    assert!(old_keys.iter().all(|k| keys.contains(k)), "the old draft is kept");
}

/// Waits for the next animation frame (attention is measured once a frame).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn attention_records_how_much_of_each_response_was_scrolled_into_view() {
    let mut long: Value = serde_json::from_str(&task(json!("code-review-v1"))).unwrap();
    let lines: String = (0..600).map(|i| format!("    line_{i} = compute({i})\n")).collect();
    long["responses"][0]["content"] = json!(format!("```python\n{lines}```"));
    let host = mount_with(&long.to_string(), &[("randomize", false.into())]);
    settle().await;
    let window = web_sys::window().unwrap();
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let pane: HtmlElement = host.find("article[data-response=resp-a7]").dyn_into().unwrap();
    // Scroll through the whole long response, a screen at a time.
    let top = pane.get_bounding_client_rect().top() + window.scroll_y().unwrap();
    let height = pane.get_bounding_client_rect().height();
    let viewport = window.inner_height().unwrap().as_f64().unwrap();
    assert!(height > 3.0 * viewport, "the response is taller than the screen");
    let mut y = top - viewport / 2.0;
    while y < top + height {
        window.scroll_to_with_x_and_y(0.0, y);
        next_frame().await;
        next_frame().await;
        y += viewport / 2.0;
    }
    rate_everything(&host).await;
    host.click("[data-testid=pw-submit]");
    settle().await;
    let submit = &host.events("submit")[0];
    assert_eq!(submit["attention"]["resp-a7"]["viewed_fraction"], json!(1), "{}", submit["attention"]);
    assert!(submit["attention"]["resp-a7"]["dwell_ms"].as_u64().unwrap() > 0);
    assert!(submit["attention"]["resp-c2"].is_object());
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

#[wasm_bindgen_test]
async fn a_rater_can_flag_a_broken_task_with_a_reason_and_comment() {
    let host = mount_with(&task(json!("code-review-v1")), &[]);
    settle().await;
    let flags = Rc::new(RefCell::new(Vec::new()));
    let sink = flags.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        sink.borrow_mut().push(to_json(&event.unchecked_into::<web_sys::CustomEvent>().detail()));
    });
    host.element.add_event_listener_with_callback("pairwise-flag", listener.as_ref().unchecked_ref()).unwrap();
    host.click("[data-testid=pw-flag] summary");
    let send: web_sys::HtmlButtonElement = host.find("[data-testid=pw-flag-send]").dyn_into().unwrap();
    assert!(send.disabled(), "a reason is needed first");
    host.click("[data-testid=pw-flag] input[value=other]");
    settle().await;
    assert!(send.disabled(), "\"other\" needs a comment");
    host.type_into("[data-testid=pw-flag-comment]", "Both answers are cut off after line 40.");
    settle().await;
    assert!(!send.disabled());
    send.click();
    settle().await;
    let flags = flags.borrow();
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0]["type"], "flag");
    assert_eq!(flags[0]["reason"], "other");
    assert_eq!(flags[0]["comment"], "Both answers are cut off after line 40.");
    assert_eq!(flags[0]["task_id"], "task-0001");
    assert!(host.find(".pw-flag__status").text_content().unwrap().contains("Reported: Something else"));
    // The typed comment did not count as an answer.
    assert_eq!(host.events("change").len(), 0);
}

/// Presses `key` on whatever has the focus inside the widget.
fn press(host: &Host, key: &str, ctrl: bool) {
    let target: Element = host.shadow().active_element().expect("something has the focus");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_ctrl_key(ctrl);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_whole_rating_by_keyboard_in_nine_keystrokes_and_digits_in_text_answer_nothing() {
    let host = mount_with(&task(json!("code-review-v1")), &[("randomize", false.into())]);
    settle().await;
    let mut keystrokes = 1; // the Tab that brings the focus into the widget
    host.find("input[data-question=correctness][data-response=resp-a7]")
        .unchecked_into::<HtmlElement>()
        .focus()
        .unwrap();
    // Digits answer and move on to the next required question, past the
    // optional `issues` (reached with `n` or Tab when there are some).
    for key in ["5", "3", "4", "2", "1", "5", "6"] {
        press(&host, key, false);
        keystrokes += 1;
        settle().await;
    }
    let focused = host.shadow().active_element().unwrap();
    assert_eq!(focused.get_attribute("data-question").as_deref(), Some("justification"));
    // Digits typed in the justification are text, not answers.
    let before = to_json(&host.handle.state())["answers"].clone();
    press(&host, "3", false);
    press(&host, "n", false);
    settle().await;
    assert_eq!(to_json(&host.handle.state())["answers"], before);
    host.type_into("textarea[data-question=justification]", JUSTIFICATION);
    settle().await;
    press(&host, "Enter", true);
    keystrokes += 1;
    settle().await;
    let submits = host.events("submit");
    assert_eq!(submits.len(), 1, "Ctrl+Enter submitted");
    let answers = &submits[0]["answers"];
    assert_eq!(answers["correctness"], json!({ "resp-a7": 5, "resp-c2": 3 }));
    assert_eq!(answers["instruction_following"], json!({ "resp-a7": 4, "resp-c2": 2 }));
    assert_eq!(answers["ran_code"], json!({ "resp-a7": "works", "resp-c2": "no_code" }));
    assert_eq!(answers["preference"], json!({ "preferred": "resp-c2", "strength": 2 }));
    assert_eq!(keystrokes, 9, "Tab, seven digits and Ctrl+Enter");
}

#[wasm_bindgen_test]
async fn shortcuts_can_be_turned_off_and_question_mark_shows_them() {
    let host = mount_with(&task(json!("code-review-v1")), &[]);
    settle().await;
    let first: HtmlElement = host.find("input[data-question=correctness]").dyn_into().unwrap();
    first.focus().unwrap();
    assert!(host.find("[data-testid=pw-help]").has_attribute("hidden"));
    press(&host, "?", false);
    settle().await;
    assert!(!host.find("[data-testid=pw-help]").has_attribute("hidden"));
    drop(host);

    let quiet = mount_with(&task(json!("code-review-v1")), &[("shortcuts", false.into())]);
    settle().await;
    quiet.find("input[data-question=correctness]").unchecked_into::<HtmlElement>().focus().unwrap();
    press(&quiet, "4", false);
    settle().await;
    assert_eq!(to_json(&quiet.handle.state())["answers"].get("correctness"), None);
}

#[wasm_bindgen_test]
async fn destroying_right_after_mount_leaves_nothing_running() {
    let errors = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = errors.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let message = js_sys::Reflect::get(&event, &"message".into()).ok().and_then(|m| m.as_string());
        sink.borrow_mut().push(message.unwrap_or_default());
    });
    let window = web_sys::window().unwrap();
    window.add_event_listener_with_callback("error", on_error.as_ref().unchecked_ref()).unwrap();
    for _ in 0..3 {
        let host = mount_with(&task(json!("code-review-v1")), &[]);
        host.handle.destroy();
        drop(host);
    }
    settle().await;
    next_frame().await;
    next_frame().await;
    window.remove_event_listener_with_callback("error", on_error.as_ref().unchecked_ref()).unwrap();
    assert_eq!(*errors.borrow(), Vec::<String>::new());
}

#[wasm_bindgen_test]
async fn enter_held_down_on_submit_gives_one_rating() {
    let host = mount_with(&task(json!("code-review-v1")), &[]);
    settle().await;
    rate_everything(&host).await;
    // Auto-repeat: the key keeps firing while held, on the button and
    // through the Ctrl+Enter shortcut.
    let button: HtmlElement = host.find("[data-testid=pw-submit]").dyn_into().unwrap();
    button.focus().unwrap();
    for _ in 0..10 {
        button.click();
        press(&host, "Enter", true);
    }
    settle().await;
    assert_eq!(host.events("submit").len(), 1);
}

fn text_of(host: &Host, selector: &str) -> String {
    host.find(selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_locale_picks_the_words_lang_direction_and_number_format() {
    let options = [("locale", JsValue::from("fr-CA")), ("randomize", false.into())];
    let host = mount_with(&task(json!("code-review-v1")), &options);
    settle().await;
    let root = host.find(".pw-root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(text_of(&host, "[data-testid=pw-submit]"), "Envoyer l’évaluation");
    assert_eq!(text_of(&host, "article[data-response=resp-a7] h3"), "Réponse A");
    // The preset is ours, so it is translated; its values are not.
    assert_eq!(
        text_of(&host, "fieldset[data-question=correctness][data-response=resp-a7] legend"),
        "Exactitude — Réponse A"
    );
    let works = host.find("input[data-question=ran_code][data-response=resp-a7][value=works]");
    assert_eq!(works.parent_element().unwrap().text_content().unwrap().trim(), "Exécuté, il fonctionne");
    let status = text_of(&host, "[data-testid=pw-status]");
    assert!(status.starts_with("Il reste 8\u{a0}réponses à donner\u{a0}: Exactitude (Réponse A); "), "{status}");
    // Numbers are written as a French reader writes them.
    host.type_into("textarea[data-question=justification]", &"x".repeat(1200));
    settle().await;
    let count = text_of(&host, ".pw-text__count");
    assert_eq!(count.replace(['\u{202f}', '\u{a0}'], " "), "Caractères : 1 200 / 5 000", "{count:?}");
    rate_everything(&host).await;
    host.click("[data-testid=pw-submit]");
    settle().await;
    assert!(text_of(&host, "[data-testid=pw-status]").starts_with("Évaluation envoyée à "));
    // Events carry ids and values, whatever the language.
    let submit = &host.events("submit")[0];
    assert_eq!(submit["answers"]["ran_code"], json!({ "resp-a7": "works", "resp-c2": "no_code" }));
    assert_eq!(submit["answers"]["justification"], JUSTIFICATION);
    drop(host);

    for (locale, lang, submit) in [
        ("ar", "en", "Submit rating"),
        ("en-XB", "en-XB", "\u{202E}Submit rating\u{202C}"),
        ("es", "es", "Enviar evaluación"),
    ] {
        let host = mount_with(&task(json!("code-review-v1")), &[("locale", locale.into())]);
        settle().await;
        let root = host.find(".pw-root");
        assert_eq!(root.get_attribute("lang").as_deref(), Some(lang), "{locale}");
        let dir = if locale == "es" { "ltr" } else { "rtl" };
        assert_eq!(root.get_attribute("dir").as_deref(), Some(dir), "{locale}");
        assert_eq!(text_of(&host, "[data-testid=pw-submit]"), submit);
        // Code reads left to right, and task content keeps its own direction.
        assert_eq!(host.find(".pw-response .pw-code").get_attribute("dir").as_deref(), Some("ltr"));
        // Code block chrome speaks the widget's language too.
        let copy = if locale == "es" { "Copiar" } else { &submit.replace("Submit rating", "Copy") };
        assert_eq!(text_of(&host, ".pw-code__button[data-action=copy]"), copy, "{locale}");
        assert_eq!(host.find(".pw-response__body").get_attribute("dir").as_deref(), Some("auto"));
    }
}

#[wasm_bindgen_test]
async fn the_high_contrast_theme_is_white_on_black_with_thick_borders() {
    let host = mount_with(&task(json!("code-review-v1")), &[("theme", "high-contrast".into())]);
    settle().await;
    let window = web_sys::window().unwrap();
    let root = host.find(".pw-root");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("high-contrast"));
    let style = window.get_computed_style(&root).unwrap().unwrap();
    assert_eq!(style.get_property_value("background-color").unwrap(), "rgb(0, 0, 0)");
    assert_eq!(style.get_property_value("color").unwrap(), "rgb(255, 255, 255)");
    let field = window.get_computed_style(&host.find("fieldset.pw-field")).unwrap().unwrap();
    assert_eq!(field.get_property_value("border-top-width").unwrap(), "2px");
    assert_eq!(field.get_property_value("border-top-color").unwrap(), "rgb(255, 255, 255)");
    assert!(host.events("error").is_empty());
}

/// Where the focus is: the question and response of the focused control.
fn focused(host: &Host) -> (Option<String>, Option<String>) {
    let element = host.shadow().active_element().expect("something has the focus");
    (element.get_attribute("data-question"), element.get_attribute("data-response"))
}

fn at(question: &str, response: Option<&str>) -> (Option<String>, Option<String>) {
    (Some(question.to_string()), response.map(String::from))
}

#[wasm_bindgen_test]
async fn remapped_shortcuts_move_the_focus_and_the_old_keys_do_nothing() {
    let keys = js_sys::JSON::parse(r#"{ "next": "j", "previous": "k", "submit": "Ctrl+s", "help": "h" }"#).unwrap();
    let host = mount_with(&task(json!("code-review-v1")), &[("shortcuts", keys), ("randomize", false.into())]);
    settle().await;
    assert!(host.events("error").is_empty());
    host.find("input[data-question=correctness][data-response=resp-a7]")
        .unchecked_into::<HtmlElement>()
        .focus()
        .unwrap();
    press(&host, "j", false);
    assert_eq!(focused(&host), at("correctness", Some("resp-c2")));
    for old in ["n", "p"] {
        press(&host, old, false);
        assert_eq!(focused(&host), at("correctness", Some("resp-c2")), "{old} does nothing now");
    }
    press(&host, "k", false);
    assert_eq!(focused(&host), at("correctness", Some("resp-a7")));
    // Digits still answer and move on.
    press(&host, "4", false);
    settle().await;
    assert_eq!(focused(&host), at("correctness", Some("resp-c2")));
    assert_eq!(to_json(&host.handle.state())["answers"]["correctness"], json!({ "resp-a7": 4 }));
    // The list of shortcuts shows the keys in use.
    press(&host, "?", false);
    settle().await;
    assert!(host.find("[data-testid=pw-help]").has_attribute("hidden"));
    press(&host, "h", false);
    settle().await;
    assert!(!host.find("[data-testid=pw-help]").has_attribute("hidden"));
    let help = text_of(&host, "[data-testid=pw-help]");
    assert!(help.contains("j / k") && help.contains("Ctrl + s") && !help.contains("n / p"), "{help}");
    // Letters typed in a text box are text.
    host.find("textarea[data-question=justification]").unchecked_into::<HtmlElement>().focus().unwrap();
    press(&host, "j", false);
    press(&host, "k", false);
    assert_eq!(focused(&host), at("justification", None));
    rate_everything(&host).await;
    press(&host, "Enter", true);
    settle().await;
    assert!(host.events("submit").is_empty(), "Ctrl+Enter no longer submits");
    press(&host, "s", true);
    settle().await;
    assert_eq!(host.events("submit").len(), 1);
}

#[wasm_bindgen_test]
async fn bad_shortcut_options_are_reported_and_their_defaults_kept() {
    let keys =
        js_sys::JSON::parse(r#"{ "next": "5", "previous": "n", "help": 3, "jump": "x", "submit": "F2" }"#).unwrap();
    let host = mount_with(&task(json!("code-review-v1")), &[("shortcuts", keys), ("randomize", false.into())]);
    settle().await;
    let errors = host.events("error");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["code"], "invalid_option");
    let mut paths: Vec<&str> =
        errors[0]["problems"].as_array().unwrap().iter().map(|p| p["path"].as_str().unwrap()).collect();
    paths.sort();
    assert_eq!(
        paths,
        ["options.shortcuts.help", "options.shortcuts.jump", "options.shortcuts.next", "options.shortcuts.previous"]
    );
    // The bad ones keep their defaults; the good remap works.
    host.find("input[data-question=correctness][data-response=resp-a7]")
        .unchecked_into::<HtmlElement>()
        .focus()
        .unwrap();
    press(&host, "n", false);
    assert_eq!(focused(&host), at("correctness", Some("resp-c2")));
    press(&host, "p", false);
    assert_eq!(focused(&host), at("correctness", Some("resp-a7")));
    rate_everything(&host).await;
    press(&host, "F2", false);
    settle().await;
    assert_eq!(host.events("submit").len(), 1);
    drop(host);

    let host = mount_with(&task(json!("code-review-v1")), &[("shortcuts", "yes".into())]);
    settle().await;
    assert_eq!(host.events("error")[0]["path"], "options.shortcuts");
}

/// A Leptos host using the component directly, as the README shows.
#[wasm_bindgen_test]
async fn a_leptos_host_renders_the_component_and_gets_typed_events() {
    use leptos::prelude::*;
    use pairwise::events::{EventBody, WidgetEvent};
    use pairwise::{Pairwise, RaterOptions, Theme};

    clear_storage();
    let received: Rc<RefCell<Vec<WidgetEvent>>> = Rc::new(RefCell::new(Vec::new()));
    let sink = received.clone();
    let element: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    let text = task(json!("code-review-v1"));
    let handle = leptos::mount::mount_to(element.clone(), move || {
        view! {
            <Pairwise
                task=text
                options=RaterOptions { theme: Theme::Dark, seed: Some("leptos".into()), ..Default::default() }
                on_event=Rc::new(move |event: WidgetEvent| sink.borrow_mut().push(event))
            />
        }
    });
    settle().await;
    assert!(matches!(received.borrow().first().map(|e| &e.body), Some(EventBody::Ready { .. })));
    assert_eq!(received.borrow()[0].task_id.as_deref(), Some("task-0001"));
    let radio: HtmlElement = element
        .query_selector("input[data-question=correctness][data-response=resp-a7][value='4']")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    radio.click();
    settle().await;
    let last = received.borrow().last().map(|e| e.to_json().to_json_string()).unwrap();
    assert!(last.contains(r#""type":"change""#) && last.contains(r#""correctness":{"resp-a7":4}"#), "{last}");
    assert_eq!(
        element.query_selector(".pw-root").unwrap().unwrap().get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    drop(handle);
    element.remove();
}

/// A clock the test moves by hand.
struct FakeClock(Rc<std::cell::Cell<f64>>);

impl pairwise::model::timing::Clock for FakeClock {
    fn now_ms(&self) -> f64 {
        self.0.get()
    }
    fn now_iso(&self) -> String {
        format!("2026-11-25T10:00:{:06.3}Z", self.0.get() / 1000.0)
    }
}

/// Makes `document.visibilityState` and `document.hasFocus()` answer what
/// `window.__pwVisible` says, so the test decides when the page is shown.
fn control_visibility(visible: bool) {
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"__pwVisible".into(), &visible.into()).unwrap();
    let state = js_sys::Function::new_no_args("return window.__pwVisible ? 'visible' : 'hidden'");
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &state).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&document(), &"visibilityState".into(), &descriptor);
    let focus = js_sys::Function::new_no_args("return !!window.__pwVisible");
    js_sys::Reflect::set(&document(), &"hasFocus".into(), &focus).unwrap();
}

fn set_visible(visible: bool) {
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"__pwVisible".into(), &visible.into()).unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("visibilitychange", &init).unwrap();
    document().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn timing_follows_a_fake_clock_and_visibility_changes_exactly() {
    use pairwise::components::{widget_view, RaterOptions, Services};
    use pairwise::events::EventBody;

    control_visibility(true);
    let now = Rc::new(std::cell::Cell::new(0.0));
    let events: Rc<RefCell<Vec<EventBody>>> = Rc::default();
    let sink = events.clone();
    let services = Rc::new(Services {
        clock: Rc::new(FakeClock(now.clone())),
        sink: Rc::new(move |event| sink.borrow_mut().push(event)),
        new_id: || "fixed-id".to_string(),
        storage: None,
        storage_failed: Default::default(),
    });
    let element: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    let options = RaterOptions { randomize: false, persist: false, ..Default::default() };
    let parsed = pairwise::model::parse_task_json(&task(json!("code-review-v1")));
    let mount = leptos::mount::mount_to(element.clone(), move || widget_view(Some(parsed), &options, services, 99).0);
    settle().await;
    let click = |selector: &str| {
        element.query_selector(selector).unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    };
    // Answered 1.2 s after the start, changed at 4 s.
    now.set(1200.0);
    click("input[data-question=correctness][data-response=resp-a7][value='4']");
    now.set(4000.0);
    click("input[data-question=correctness][data-response=resp-a7][value='5']");
    // Hidden from 5 s to 65 s: none of it counts.
    now.set(5000.0);
    set_visible(false);
    now.set(65_000.0);
    set_visible(true);
    for (question, response, value) in [
        ("correctness", "resp-c2", "3"),
        ("instruction_following", "resp-a7", "4"),
        ("instruction_following", "resp-c2", "2"),
        ("ran_code", "resp-a7", "works"),
        ("ran_code", "resp-c2", "no_code"),
    ] {
        now.set(now.get() + 1000.0);
        click(&format!("input[data-question={question}][data-response={response}][value='{value}']"));
    }
    click("input[data-question=preference][data-preferred=resp-a7][data-strength='2']");
    let text: HtmlTextAreaElement =
        element.query_selector("textarea[data-question=justification]").unwrap().unwrap().dyn_into().unwrap();
    text.set_value(JUSTIFICATION);
    text.dispatch_event(
        &web_sys::Event::new_with_event_init_dict("input", &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        })
        .unwrap(),
    )
    .unwrap();
    now.set(75_000.0);
    settle().await;
    click("[data-testid=pw-submit]");
    settle().await;
    let submit = events.borrow().iter().find_map(|e| match e {
        EventBody::Submit { timing, .. } => Some(timing.clone()),
        _ => None,
    });
    let timing = submit.expect("submitted");
    // Visible 0–5 s and 65–75 s.
    assert_eq!(timing.active_ms, 15_000);
    let questions: Value = serde_json::from_str(&timing.questions.to_json_string()).unwrap();
    assert_eq!(questions["correctness"]["resp-a7"], json!({ "first_ms": 1200, "last_ms": 4000, "changes": 2 }));
    assert_eq!(questions["correctness"]["resp-c2"], json!({ "first_ms": 66_000, "last_ms": 66_000, "changes": 1 }));
    assert_eq!(timing.started_at, "2026-11-25T10:00:00.000Z");
    assert_eq!(timing.submitted_at, "2026-11-25T10:00:75.000Z");
    drop(mount);
    element.remove();
}
