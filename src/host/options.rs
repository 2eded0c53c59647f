//! Reading the options object a host passes to `mount`.

use wasm_bindgen::{JsCast, JsValue};

use crate::components::{Key, Keys, RaterOptions, Theme};
use crate::model::parse::Parsed;
use crate::model::{parse_task_json, TaskError};

/// The options of one `mount` call.
pub struct HostOptions {
    /// Options the UI uses.
    pub rater: RaterOptions,
    /// The task, if given.
    pub task: Option<JsValue>,
    /// The `onEvent` callback, if given.
    pub on_event: Option<js_sys::Function>,
    /// Problems with the options; the widget still runs with defaults.
    pub problems: Vec<TaskError>,
}

fn get(object: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &key.into()).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// Reads `options`, collecting a problem for each field of the wrong type
/// and keeping its default instead.
pub fn read_options(options: &JsValue) -> HostOptions {
    let mut read = HostOptions { rater: RaterOptions::default(), task: None, on_event: None, problems: Vec::new() };
    if options.is_undefined() || options.is_null() {
        return read;
    }
    if !options.is_object() {
        read.problems.push(TaskError::new("invalid_option", "options", "mount options must be an object"));
        return read;
    }
    let bad = |field: &str, wanted: &str| {
        TaskError::new("invalid_option", format!("options.{field}"), format!("`{field}` must be {wanted}"))
    };
    read.task = get(options, "task");
    if let Some(value) = get(options, "theme") {
        match value.as_string().as_deref().and_then(Theme::parse) {
            Some(theme) => read.rater.theme = theme,
            None => read.problems.push(bad("theme", "\"light\", \"dark\", \"auto\" or \"high-contrast\"")),
        }
    }
    if let Some(value) = get(options, "locale") {
        match value.as_string() {
            Some(locale) => read.rater.locale = locale,
            None => read.problems.push(bad("locale", "a string such as \"en\"")),
        }
    }
    if let Some(value) = get(options, "seed") {
        match (value.as_string(), value.as_f64()) {
            (Some(seed), _) => read.rater.seed = Some(seed),
            (None, Some(number)) => {
                read.rater.seed = js_sys::Number::from(number).to_string_with_radix(10).ok().map(String::from)
            }
            _ => read.problems.push(bad("seed", "a string")),
        }
    }
    if let Some(value) = get(options, "shortcuts") {
        match value.as_bool() {
            Some(on) => read.rater.shortcuts = on,
            None if value.is_object() && !value.is_function() => {
                read.rater.keys = read_keys(&value, &mut read.problems)
            }
            None => read.problems.push(bad("shortcuts", "true, false or an object of keys such as { next: \"j\" }")),
        }
    }
    let rater = &mut read.rater;
    let switches: [(&str, &mut bool); 3] = [
        ("randomize", &mut rater.randomize),
        ("persist", &mut rater.persist),
        ("keepUntilAck", &mut rater.keep_until_ack),
    ];
    for (name, switch) in switches {
        if let Some(value) = get(options, name) {
            match value.as_bool() {
                Some(on) => *switch = on,
                None => read.problems.push(bad(name, "true or false")),
            }
        }
    }
    if let Some(value) = get(options, "onEvent") {
        match value.dyn_into::<js_sys::Function>() {
            Ok(f) => read.on_event = Some(f),
            Err(_) => read.problems.push(bad("onEvent", "a function")),
        }
    }
    match get(options, "mode").map(|mode| mode.as_string()) {
        None => {}
        Some(Some(mode)) if mode == "rate" => {}
        Some(Some(mode)) if mode == "review" => match get(options, "rating").as_ref().and_then(to_json) {
            Some(rating) => read.rater.review = Some(rating),
            None => read.problems.push(TaskError::new(
                "invalid_option",
                "options.rating",
                "review mode needs `rating`: a stored submit event (or an object with its `answers`)",
            )),
        },
        _ => read.problems.push(bad("mode", "\"rate\" or \"review\"")),
    }
    read
}

/// A JavaScript object as JSON, if it can be written as JSON.
fn to_json(value: &JsValue) -> Option<crate::json::Json> {
    let text = js_sys::JSON::stringify(value).ok()?.as_string()?;
    crate::json::parse(&text).ok().filter(|json| matches!(json, crate::json::Json::Object(_)))
}

/// Parses a task given from JavaScript: JSON text, or an object.
pub fn parse_js_task(task: &JsValue) -> Parsed {
    if let Some(text) = task.as_string() {
        return parse_task_json(&text);
    }
    match js_sys::JSON::stringify(task).ok().and_then(|s| s.as_string()) {
        Some(text) => parse_task_json(&text),
        None => Err(vec![TaskError::new(
            "invalid_json",
            "$",
            "the task cannot be turned into JSON (a cycle, a BigInt or a function?)",
        )]),
    }
}

/// The task id in `task` when it has one, even if the task is invalid.
pub fn task_id_hint(task: &JsValue) -> Option<String> {
    if let Some(text) = task.as_string() {
        let value = crate::json::parse(&text).ok()?;
        return value.get("id")?.as_str().map(String::from);
    }
    js_sys::Reflect::get(task, &"id".into()).ok()?.as_string()
}

/// Reads `shortcuts: { next: "j", … }`. A bad or clashing key is reported
/// at `options.shortcuts.<name>` and that shortcut keeps its default.
fn read_keys(object: &JsValue, problems: &mut Vec<TaskError>) -> Keys {
    let defaults = Keys::default();
    let mut keys = defaults;
    let mut remapped = Vec::new();
    let mut bad = |name: &str, message: String| {
        problems.push(TaskError::new("invalid_option", format!("options.shortcuts.{name}"), message))
    };
    let names = js_sys::Object::keys(object.unchecked_ref::<js_sys::Object>());
    for name in names.iter().filter_map(|n| n.as_string()) {
        let Some(index) = Keys::index(&name) else {
            bad(&name, format!("`{name}` is not a shortcut; they are {}", Keys::NAMES.join(", ")));
            continue;
        };
        let Some(text) = get(object, &name).and_then(|v| v.as_string()) else {
            bad(&name, format!("`shortcuts.{name}` must be a key such as \"j\" or \"Ctrl+s\""));
            continue;
        };
        match Key::parse(&text) {
            Ok(key) => {
                keys.0[index] = key;
                remapped.push(index);
            }
            Err(why) => bad(&name, format!("`shortcuts.{name}` is \"{text}\": {why}")),
        }
    }
    // Two shortcuts on one key: the remapped one goes back to its default,
    // until no two clash (the defaults never do).
    while let Some(&index) = remapped.iter().find(|&&i| keys.0.iter().filter(|k| **k == keys.0[i]).count() > 1) {
        let name = Keys::NAMES[index];
        bad(name, format!("`shortcuts.{name}`: {} is already another shortcut's key", keys.0[index].label()));
        keys.0[index] = defaults.0[index];
        remapped.retain(|&i| i != index);
    }
    keys
}
