//! `mount(element, options)` and the handle it returns: the API hosts call
//! from JavaScript.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use super::options::{parse_js_task, task_id_hint};
use super::{new_uuid, next_instance, panic, read_options, BrowserClock, BrowserStorage, Emitter, CSS};
use super::{HostElement, MountOptionsJs, TaskJs, WidgetStateJs};
use crate::components::{widget_view, Ctx, DraftStorage, RaterOptions, Services};
use crate::events::EventBody;
use crate::json::Json;
use crate::model::parse::Parsed;
use crate::model::RatingState;
use crate::model::TaskError;

struct Mounted {
    shadow: ShadowRoot,
    container: HtmlElement,
    emitter: Rc<Emitter>,
    options: RaterOptions,
    instance: u32,
    view: Option<Box<dyn Any>>,
    state: Option<RwSignal<RatingState>>,
    ctx: Option<Ctx>,
    destroyed: bool,
}

/// A mounted widget, as returned to JavaScript by `mount`. The widget
/// lives until `destroy()`: a host that drops the handle (a plain
/// `mount(el, options)` whose result is never stored) keeps a working
/// widget, so the handle only refers to it.
#[wasm_bindgen]
pub struct WidgetHandle {
    inner: Rc<RefCell<Mounted>>,
}

thread_local! {
    /// Every widget not yet destroyed, so none depends on its handle.
    static LIVE: RefCell<Vec<Rc<RefCell<Mounted>>>> = const { RefCell::new(Vec::new()) };
    /// Whether a widget has shown a task in this page.
    static RATED: Cell<bool> = const { Cell::new(false) };
}

/// The task [`prepare`] rates nowhere: a prompt and two answers with the
/// Markdown and code (Python, JavaScript, a table, a list) a real task
/// typically has, under the default rubric.
const WARM_UP_TASK: &str = r#"{"id":"pairwise-warm-up","prompt":"Write `total(xs)` in **Python**; see [the docs](https://example.com).","responses":[
{"id":"a","content":"Here:\n\n```python\ndef total(xs: list[int]) -> int:\n    \"\"\"Sum.\"\"\"\n    return sum(x for x in xs)  # all\n```\n\n| n | ok |\n|---|---|\n| 1 | yes |\n\n- one\n- *two*"},
{"id":"b","content":"```js\nconst total = (xs) => xs.reduce((a, b) => a + b, 0); // `${a}`\n```\n\n1. first\n2. second"}]}"#;

/// Gets the widget ready for a first task that has not arrived yet: mounts
/// a small built-in task into a hidden element, lays it out, and
/// destroys it at once. The browser compiles the widget's code lazily, the
/// first time each part runs, and a page's first style and layout of new
/// content (its stylesheet, fonts, text shaping) is slower than later ones;
/// this moves both out of the first real `mount`. Nothing is shown (it is
/// removed before the browser paints), stored or sent. Does nothing once a
/// widget in the page has shown a task. Call it after `init()` while the
/// task is being fetched, in an idle period.
#[wasm_bindgen]
pub fn prepare() {
    if RATED.with(Cell::get) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(element) = document.create_element("div") else { return };
    let element: HtmlElement = element.unchecked_into();
    // Through the CSSOM, which a strict `style-src` allows.
    let style = element.style();
    for (name, value) in [
        ("position", "fixed"),
        ("top", "0"),
        ("left", "0"),
        ("width", "1000px"),
        ("visibility", "hidden"),
        ("pointer-events", "none"),
    ] {
        let _ = style.set_property(name, value);
    }
    let _ = element.set_attribute("aria-hidden", "true");
    let body = document.body();
    if let Some(body) = &body {
        let _ = body.append_child(&element);
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"task".into(), &WARM_UP_TASK.into());
    let _ = js_sys::Reflect::set(&options, &"persist".into(), &false.into());
    if let Ok(widget) = mount(element.clone().unchecked_into(), Some(options.unchecked_into())) {
        // Style and layout, now.
        let _ = element.get_bounding_client_rect();
        widget.destroy();
    }
    element.remove();
}

/// Mounts a widget into `element` (in an open shadow root) with `options`
/// (`task`, `locale`, `theme`, `randomize`, `seed`, `persist`, `onEvent`).
/// A bad task or option is reported in the widget and as an `error` event;
/// only an `element` that cannot hold a widget makes this throw.
#[wasm_bindgen]
pub fn mount(element: HostElement, options: Option<MountOptionsJs>) -> Result<WidgetHandle, JsError> {
    let (element, options): (JsValue, JsValue) = (element.into(), options.map_or(JsValue::UNDEFINED, Into::into));
    panic::install();
    let element: HtmlElement =
        element.dyn_into().map_err(|_| JsError::new("Pairwise.mount: the first argument must be an HTML element"))?;
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).map_err(|_| {
            JsError::new(&format!(
                "Pairwise.mount: <{}> cannot hold a shadow root",
                element.tag_name().to_ascii_lowercase()
            ))
        })?,
    };
    let document = element.owner_document().ok_or_else(|| JsError::new("Pairwise.mount: element has no document"))?;
    let style = document.create_element("style").map_err(|_| JsError::new("Pairwise.mount: cannot create <style>"))?;
    style.set_text_content(Some(CSS));
    let container: HtmlElement = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| JsError::new("Pairwise.mount: cannot create the container"))?;
    container.set_class_name("pw-host");
    clear(&shadow);
    let appended = shadow.append_child(&style).and_then(|_| shadow.append_child(&container));
    appended.map_err(|_| JsError::new("Pairwise.mount: cannot fill the shadow root"))?;

    let read = read_options(&options);
    let emitter = Emitter::new(element, read.on_event, new_uuid());
    panic::register(&emitter);
    if !read.problems.is_empty() {
        emitter.emit(None, EventBody::error(read.problems));
    }
    let handle = WidgetHandle {
        inner: Rc::new(RefCell::new(Mounted {
            shadow,
            container,
            emitter,
            options: read.rater,
            instance: next_instance(),
            view: None,
            state: None,
            ctx: None,
            destroyed: false,
        })),
    };
    LIVE.with(|live| live.borrow_mut().push(handle.inner.clone()));
    render(&handle.inner, read.task);
    Ok(handle)
}

/// Removes everything from the shadow root (without `innerHTML`, which
/// Trusted Types would refuse).
fn clear(shadow: &ShadowRoot) {
    while let Some(child) = shadow.first_child() {
        let _ = shadow.remove_child(&child);
    }
}

/// Replaces whatever the widget shows with `task`.
fn render(inner: &Rc<RefCell<Mounted>>, task: Option<JsValue>) {
    let parsed = task.as_ref().map(parse_js_task);
    let task_id = match &parsed {
        Some(Ok(task)) => {
            RATED.with(|r| r.set(true));
            Some(task.id.clone())
        }
        _ => task.as_ref().and_then(task_id_hint),
    };
    show(inner, parsed, task_id);
}

/// Replaces whatever the widget shows with a parsed task or its problems.
fn show(inner: &Rc<RefCell<Mounted>>, parsed: Option<Parsed>, task_id: Option<String>) {
    let Ok(mut mounted) = inner.try_borrow_mut() else {
        return;
    };
    if mounted.destroyed {
        return;
    }
    mounted.view = None;
    mounted.state = None;
    mounted.ctx = None;
    let emitter = mounted.emitter.clone();
    let sink = Rc::new(move |body| emitter.emit(task_id.clone(), body));
    let storage: Option<Box<dyn DraftStorage>> = mounted.options.persist.then(|| Box::new(BrowserStorage) as _);
    let services = Rc::new(Services {
        clock: Rc::new(BrowserClock),
        sink,
        new_id: new_uuid,
        storage,
        storage_failed: Default::default(),
    });
    let (options, instance) = (mounted.options.clone(), mounted.instance);
    let state_out = Rc::new(Cell::new(None));
    let state_in = state_out.clone();
    let view = leptos::mount::mount_to(mounted.container.clone(), move || {
        let (view, state) = widget_view(parsed, &options, services, instance);
        state_in.set(state);
        view
    });
    mounted.view = Some(Box::new(view));
    mounted.ctx = state_out.get();
    mounted.state = mounted.ctx.map(|ctx| ctx.state);
}

/// A deferred call of a handle method on the widget's state.
type HandleCall = Box<dyn FnOnce(&Rc<RefCell<Mounted>>)>;

/// Runs `f` now, or right after the current event delivery when a host
/// callback calls the handle while the widget is sending an event.
/// `f` is boxed: one JS closure type for every caller, not one each.
fn soon(inner: &Rc<RefCell<Mounted>>, f: HandleCall) {
    if inner.try_borrow_mut().is_ok() && !Emitter::is_emitting() {
        f(inner);
    } else {
        let inner = inner.clone();
        crate::components::later::microtask(move || f(&inner));
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Shows another task (a task object or JSON text), starting a new rating.
    #[wasm_bindgen(js_name = setTask)]
    pub fn set_task(&self, task: TaskJs) {
        let task: JsValue = task.into();
        soon(&self.inner, Box::new(move |inner| render(inner, Some(task))));
    }

    /// Shows that the task could not be loaded (for example a fetch that
    /// failed), in place of any task, and sends it as an `error` event with
    /// code `task_unavailable` and the given `path` (such as `task-src`).
    #[wasm_bindgen(js_name = showLoadError)]
    pub fn show_load_error(&self, message: String, path: String) {
        let problem = TaskError::new("task_unavailable", path, message);
        soon(&self.inner, Box::new(move |inner| show(inner, Some(Err(vec![problem])), None)));
    }

    /// The current answers and completeness.
    pub fn state(&self) -> WidgetStateJs {
        self.snapshot().unchecked_into()
    }

    fn snapshot(&self) -> JsValue {
        let Ok(mounted) = self.inner.try_borrow() else {
            return JsValue::NULL;
        };
        let snapshot = mounted.state.and_then(|state| {
            state.try_with_untracked(|s| {
                Json::object([
                    ("task_id", s.task.id.as_str().into()),
                    ("answers", s.answers_json()),
                    ("complete", s.is_complete().into()),
                    ("missing", s.missing_ids().into()),
                    ("display", s.display.to_json()),
                    ("submitted", s.submission().is_some().into()),
                    ("submission_id", s.submission().map(|sub| sub.id.clone()).into()),
                ])
            })
        });
        let snapshot = snapshot.unwrap_or_else(|| {
            Json::object([
                ("task_id", Json::Null),
                ("answers", Json::Object(Vec::new())),
                ("complete", false.into()),
                ("missing", Json::Array(Vec::new())),
                ("display", Json::Null),
                ("submitted", false.into()),
                ("submission_id", Json::Null),
            ])
        });
        super::emitter::to_js(&snapshot).unwrap_or(JsValue::NULL)
    }

    /// Tells the widget the host has stored the rating `submissionId` (used
    /// with the `keepUntilAck` option): its draft is removed.
    pub fn acknowledge(&self, submission_id: String) {
        if let Some(ctx) = self.inner.try_borrow().ok().and_then(|m| m.ctx) {
            ctx.acknowledge(&submission_id);
        }
    }

    /// Unmounts the widget, removes its listeners and empties the element.
    pub fn destroy(&self) {
        soon(
            &self.inner,
            Box::new(|inner| {
                let Ok(mut mounted) = inner.try_borrow_mut() else {
                    return;
                };
                mounted.view = None;
                mounted.state = None;
                mounted.ctx = None;
                mounted.destroyed = true;
                LIVE.with(|live| live.borrow_mut().retain(|other| !Rc::ptr_eq(other, inner)));
                clear(&mounted.shadow);
                panic::unregister(&mounted.emitter);
            }),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::WARM_UP_TASK;
    use crate::model::parse::parse_task_json;

    #[test]
    fn the_warm_up_task_is_a_valid_task_with_code() {
        let task = parse_task_json(WARM_UP_TASK).unwrap_or_else(|e| panic!("the warm-up task is refused: {e:?}"));
        assert_eq!(task.responses.len(), 2);
        let code = crate::markdown::code_blocks(&task.responses[0].content);
        assert!(code[0].contains("def total"), "{code:?}");
    }
}
