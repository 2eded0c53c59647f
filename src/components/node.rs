//! The widget's views as values. An [`El`] is a tag with a list of
//! attributes, listeners and children, and a [`Node`] an element, a text,
//! a part that is built again when the signals it reads change, or any
//! Leptos view. One implementation of Leptos' view traits serves every
//! element, where `view!` compiles a family of them for each distinct
//! element type; reactive values are closures of one type, kept up to date
//! by one kind of render effect.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use pairwise::components::node::{dynamic, el, reactive, Node};
//!
//! let comment = RwSignal::new(String::new());
//! let sent = RwSignal::new(false);
//! let form: Node = el("div")
//!     .class("pw-feedback__form")
//!     .child(el("textarea").on("input", move |ev| comment.set(event_target_value(&ev))))
//!     .child(
//!         el("button")
//!             .attr("type", "button")
//!             .attr("disabled", reactive(move || comment.read().trim().is_empty()))
//!             .on("click", move |_| sent.set(true))
//!             .child("Send"),
//!     )
//!     .child(dynamic(move || sent.get().then(|| el("p").child("Sent"))))
//!     .into();
//! ```
//!
//! Effects and listeners belong to the built state: they stop and are
//! removed when it is dropped (when the view is unmounted or rebuilt).

use std::borrow::Cow;

use leptos::prelude::{Owner, RenderEffect};
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, AnyAttributeState, IntoAnyAttribute};
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::{types, RemoveEventHandler, Rndr};
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::any_view::{AnyView, AnyViewState};
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};

/// Text of an attribute, property or text node.
pub type Text = Cow<'static, str>;

/// The value of an attribute, a property, a class toggle or a text node.
/// `None` is an absent attribute (a boolean attribute that is off, a class
/// that is not set, an empty text).
pub enum Value {
    /// Set once.
    Fixed(Option<Text>),
    /// Read again whenever the signals it read change.
    Reactive(Box<dyn Fn() -> Option<Text>>),
}

/// What a closure given to [`reactive`] may return.
pub trait IntoText {
    /// The text, or `None` for an absent attribute.
    fn into_text(self) -> Option<Text>;
}

impl IntoText for &'static str {
    fn into_text(self) -> Option<Text> {
        Some(Cow::Borrowed(self))
    }
}

impl IntoText for String {
    fn into_text(self) -> Option<Text> {
        Some(Cow::Owned(self))
    }
}

/// A boolean attribute: present (empty) or absent.
impl IntoText for bool {
    fn into_text(self) -> Option<Text> {
        self.then_some(Cow::Borrowed(""))
    }
}

impl<T: IntoText> IntoText for Option<T> {
    fn into_text(self) -> Option<Text> {
        self.and_then(IntoText::into_text)
    }
}

impl<T: IntoText> From<T> for Value {
    fn from(value: T) -> Self {
        Value::Fixed(value.into_text())
    }
}

/// A value read again whenever the signals `f` reads change.
pub fn reactive<T: IntoText>(f: impl Fn() -> T + 'static) -> Value {
    Value::Reactive(Box::new(move || f().into_text()))
}

/// Where a value goes on an element.
#[derive(Clone, Copy)]
enum Slot {
    /// An attribute (`None` removes it).
    Attr,
    /// A string property, set on every change (`value`).
    Prop,
    /// A boolean property, set on every change (`checked`): `None` is
    /// false.
    Flag,
    /// One class in `classList`, added or removed.
    Class,
}

/// An element under construction: its tag, and its attributes, listeners
/// and children in the order they were given.
pub struct El {
    tag: &'static str,
    items: Vec<Item>,
}

enum Item {
    Set(Slot, &'static str, Value),
    Listen(&'static str, Box<dyn FnMut(web_sys::Event)>),
    Hook(Box<dyn FnOnce(&web_sys::Element)>),
    Spread(AnyAttribute),
    Child(Part),
}

/// A new `<tag>` element.
pub fn el(tag: &'static str) -> El {
    El { tag, items: Vec::new() }
}

impl El {
    fn push(mut self, item: Item) -> Self {
        self.items.push(item);
        self
    }

    /// Sets an attribute (absent when the value is `None`).
    pub fn attr(self, name: &'static str, value: impl Into<Value>) -> Self {
        self.push(Item::Set(Slot::Attr, name, value.into()))
    }

    /// Sets the `class` attribute.
    pub fn class(self, value: impl Into<Value>) -> Self {
        self.attr("class", value)
    }

    /// Adds the class `name` while the value is `Some`, on top of the
    /// `class` attribute.
    pub fn class_when(self, name: &'static str, value: Value) -> Self {
        self.push(Item::Set(Slot::Class, name, value))
    }

    /// Sets a string property (such as `value`) whenever the value changes.
    pub fn prop(self, name: &'static str, value: Value) -> Self {
        self.push(Item::Set(Slot::Prop, name, value))
    }

    /// Sets a boolean property (such as `checked`) whenever the value
    /// changes: true while it is `Some`.
    pub fn flag(self, name: &'static str, value: Value) -> Self {
        self.push(Item::Set(Slot::Flag, name, value))
    }

    /// Listens to `event` on the element, until the view is dropped.
    pub fn on(self, event: &'static str, handler: impl FnMut(web_sys::Event) + 'static) -> Self {
        self.push(Item::Listen(event, Box::new(handler)))
    }

    /// Runs `f` on the element once it is created (what a Leptos directive
    /// or node reference does).
    pub fn with_element(self, f: impl FnOnce(&web_sys::Element) + 'static) -> Self {
        self.push(Item::Hook(Box::new(f)))
    }

    /// Appends a child.
    pub fn child(self, child: impl Into<Node>) -> Self {
        self.push(Item::Child(child.into().0.take()))
    }

    /// Appends children.
    pub fn children(mut self, children: impl IntoIterator<Item = Node>) -> Self {
        self.items.extend(children.into_iter().map(|child| Item::Child(child.0.take())));
        self
    }
}

/// What a [`Node`] holds.
enum Part {
    El(Box<El>),
    Text(Value),
    /// Built again when the signals it read change; `None` keeps what is
    /// shown.
    Dynamic(Box<dyn FnMut() -> Option<Node>>),
    View(AnyView),
    List(Vec<Part>),
}

/// A piece of view: an element, a text, a dynamic part, a Leptos view or
/// a list of them (empty for nothing). Built and rendered only on the
/// browser's thread; the wrapper makes it `Send`, as Leptos' views must be.
pub struct Node(SendWrapper<Part>);

impl Node {
    fn new(part: Part) -> Self {
        Node(SendWrapper::new(part))
    }
}

impl From<El> for Node {
    fn from(el: El) -> Self {
        Node::new(Part::El(Box::new(el)))
    }
}

/// A text node; reactive when the value is.
impl From<Value> for Node {
    fn from(value: Value) -> Self {
        Node::new(Part::Text(value))
    }
}

impl From<&'static str> for Node {
    fn from(text: &'static str) -> Self {
        Node::new(Part::Text(text.into()))
    }
}

impl From<String> for Node {
    fn from(text: String) -> Self {
        Node::new(Part::Text(text.into()))
    }
}

impl From<AnyView> for Node {
    fn from(view: AnyView) -> Self {
        Node::new(Part::View(view))
    }
}

impl<T: Into<Node>> From<Option<T>> for Node {
    fn from(node: Option<T>) -> Self {
        node.map_or_else(|| Node::new(Part::List(Vec::new())), Into::into)
    }
}

impl From<Vec<Node>> for Node {
    fn from(nodes: Vec<Node>) -> Self {
        Node::new(Part::List(nodes.into_iter().map(|node| node.0.take()).collect()))
    }
}

/// A node that shows nothing.
pub fn nothing() -> Node {
    Node::from(None::<El>)
}

/// A part built by `f`, and built again in its place whenever the signals
/// `f` read change.
pub fn dynamic<N: Into<Node>>(mut f: impl FnMut() -> N + 'static) -> Node {
    Node::new(Part::Dynamic(Box::new(move || Some(f().into()))))
}

/// A part like [`dynamic`], where `f` may return `None` to keep what it
/// showed last (nothing, the first time): for a part that should be
/// replaced only when what it shows changes, not whenever the signals it
/// read do.
pub fn dynamic_when<N: Into<Node>>(mut f: impl FnMut() -> Option<N> + 'static) -> Node {
    Node::new(Part::Dynamic(Box::new(move || f().map(Into::into))))
}

/// The built state of a [`Node`]: its DOM nodes, effects and listeners.
pub struct NodeState(Built);

enum Built {
    El(Box<ElState>),
    Text { node: types::Text, _effect: Option<RenderEffect<Option<Text>>> },
    Dynamic(RenderEffect<DynamicState>),
    View(AnyViewState),
    List(Vec<Built>),
}

struct ElState {
    el: types::Element,
    _kept: Vec<Kept>,
}

/// What an element's state keeps alive: it stops or is removed when
/// dropped.
#[allow(dead_code, reason = "held for what dropping them does")]
enum Kept {
    Effect(RenderEffect<Option<Text>>),
    Listener(RemoveEventHandler<types::Element>),
    Spread(AnyAttributeState),
    Child(Built),
}

/// A dynamic part: what it shows now, before a marker that stays, and the
/// owner of the signals and effects made for it (see [`build`]).
struct DynamicState {
    content: Built,
    marker: types::Placeholder,
    owner: Owner,
}

/// Puts `value` where `slot` says on `el`.
fn apply(el: &types::Element, slot: Slot, name: &str, value: Option<&str>) {
    match (slot, value) {
        (Slot::Attr, Some(value)) => Rndr::set_attribute(el, name, value),
        (Slot::Attr, None) => Rndr::remove_attribute(el, name),
        (Slot::Prop, value) => Rndr::set_property_or_value(el, name, &JsValue::from_str(value.unwrap_or(""))),
        (Slot::Flag, value) => Rndr::set_property_or_value(el, name, &JsValue::from_bool(value.is_some())),
        (Slot::Class, Some(_)) => Rndr::add_class(&Rndr::class_list(el), name),
        (Slot::Class, None) => Rndr::remove_class(&Rndr::class_list(el), name),
    }
}

/// Where a reactive value is written.
enum Target {
    Text(types::Text),
    Element(types::Element, Slot, &'static str),
}

/// Keeps one value up to date: writes it to `target` now and whenever it
/// changes (properties: whenever the signals it read change).
fn bind(read: Box<dyn Fn() -> Option<Text>>, target: Target) -> RenderEffect<Option<Text>> {
    RenderEffect::new(move |previous: Option<Option<Text>>| {
        let value = read();
        match &target {
            Target::Text(node) if previous.as_ref() != Some(&value) => {
                Rndr::set_text(node, value.as_deref().unwrap_or(""))
            }
            Target::Element(el, slot, name)
                if matches!(slot, Slot::Prop | Slot::Flag) || previous.as_ref() != Some(&value) =>
            {
                apply(el, *slot, name, value.as_deref())
            }
            _ => {}
        }
        value
    })
}

fn build(part: Part) -> Built {
    match part {
        Part::El(el) => Built::El(Box::new(build_el(*el))),
        Part::Text(Value::Fixed(text)) => {
            Built::Text { node: Rndr::create_text_node(text.as_deref().unwrap_or("")), _effect: None }
        }
        Part::Text(Value::Reactive(read)) => {
            let node = Rndr::create_text_node("");
            let effect = bind(read, Target::Text(node.clone()));
            Built::Text { node, _effect: Some(effect) }
        }
        // The content is made in an owner of its own, not in the render
        // effect's, whose every run disposes what its last run made: a part
        // kept as it is (`dynamic_when`) keeps its signals. Two owners,
        // children of the part's, take turns: the shown content's, and the
        // one the next content is made in; a replaced content's owner is
        // cleaned up and becomes the next one.
        Part::Dynamic(mut f) => {
            let parent = Owner::current().unwrap_or_default();
            let mut spare = parent.child();
            Built::Dynamic(RenderEffect::new(move |previous: Option<DynamicState>| {
                let next = spare.with(|| f().map(|node| build(node.0.take())));
                match (previous, next) {
                    (Some(state), None) => {
                        spare.cleanup();
                        state
                    }
                    (None, content) => DynamicState {
                        content: content.unwrap_or(Built::List(Vec::new())),
                        marker: Rndr::create_placeholder(),
                        owner: std::mem::replace(&mut spare, parent.child()),
                    },
                    (Some(DynamicState { content: mut old, marker, owner }), Some(mut content)) => {
                        if let Some(parent) = marker.parent_node() {
                            mount(&mut content, parent.unchecked_ref(), Some(marker.as_ref()));
                        }
                        unmount(&mut old);
                        drop(old);
                        owner.cleanup();
                        DynamicState { content, marker, owner: std::mem::replace(&mut spare, owner) }
                    }
                }
            }))
        }
        Part::View(view) => Built::View(view.build()),
        Part::List(parts) => Built::List(parts.into_iter().map(build).collect()),
    }
}

fn build_el(el: El) -> ElState {
    let element = Rndr::create_element(el.tag, None);
    let owner = Owner::current();
    let mut kept = Vec::new();
    for item in el.items {
        match item {
            Item::Set(slot, name, Value::Fixed(value)) => apply(&element, slot, name, value.as_deref()),
            Item::Set(slot, name, Value::Reactive(read)) => {
                kept.push(Kept::Effect(bind(read, Target::Element(element.clone(), slot, name))));
            }
            Item::Listen(event, mut handler) => {
                let owner = owner.clone();
                let handler = move |event: types::Event| {
                    let event: web_sys::Event = event.unchecked_into();
                    match &owner {
                        Some(owner) => owner.with(|| handler(event)),
                        None => handler(event),
                    }
                };
                kept.push(Kept::Listener(Rndr::add_event_listener(&element, event, Box::new(handler))));
            }
            Item::Hook(hook) => hook(&element),
            Item::Spread(attr) => kept.push(Kept::Spread(attr.build(&element))),
            Item::Child(part) => {
                let mut child = build(part);
                mount(&mut child, &element, None);
                kept.push(Kept::Child(child));
            }
        }
    }
    ElState { el: element, _kept: kept }
}

fn mount(built: &mut Built, parent: &types::Element, marker: Option<&types::Node>) {
    match built {
        Built::El(state) => Rndr::insert_node(parent, &state.el, marker),
        Built::Text { node, .. } => Rndr::insert_node(parent, node, marker),
        Built::Dynamic(effect) => {
            effect.with_value_mut(|state| {
                mount(&mut state.content, parent, marker);
                Rndr::insert_node(parent, &state.marker, marker);
            });
        }
        Built::View(state) => state.mount(parent, marker),
        Built::List(items) => items.iter_mut().for_each(|item| mount(item, parent, marker)),
    }
}

fn unmount(built: &mut Built) {
    match built {
        Built::El(state) => Rndr::remove(&state.el),
        Built::Text { node, .. } => Rndr::remove(node),
        Built::Dynamic(effect) => {
            effect.with_value_mut(|state| {
                unmount(&mut state.content);
                Rndr::remove(&state.marker);
            });
        }
        Built::View(state) => state.unmount(),
        Built::List(items) => items.iter_mut().for_each(unmount),
    }
}

/// Mounts `child` before `node`, if `node` is in a parent.
fn insert_before(node: &types::Node, child: &mut dyn Mountable) -> bool {
    let Some(parent) = node.parent_node() else { return false };
    child.mount(parent.unchecked_ref(), Some(node));
    true
}

fn insert_before_this(built: &Built, child: &mut dyn Mountable) -> bool {
    match built {
        Built::El(state) => insert_before(&state.el, child),
        Built::Text { node, .. } => insert_before(node, child),
        Built::Dynamic(effect) => effect
            .with_value_mut(|state| insert_before_this(&state.content, child) || insert_before(&state.marker, child))
            .unwrap_or(false),
        Built::View(state) => state.insert_before_this(child),
        Built::List(items) => items.iter().any(|item| insert_before_this(item, child)),
    }
}

fn elements(built: &Built, out: &mut Vec<types::Element>) {
    match built {
        Built::El(state) => out.push(state.el.clone()),
        Built::Text { .. } => {}
        Built::Dynamic(effect) => {
            effect.with_value_mut(|state| elements(&state.content, out));
        }
        Built::View(state) => out.extend(state.elements()),
        Built::List(items) => items.iter().for_each(|item| elements(item, out)),
    }
}

impl Mountable for NodeState {
    fn unmount(&mut self) {
        unmount(&mut self.0);
    }

    fn mount(&mut self, parent: &types::Element, marker: Option<&types::Node>) {
        mount(&mut self.0, parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        insert_before_this(&self.0, child)
    }

    fn elements(&self) -> Vec<types::Element> {
        let mut out = Vec::new();
        elements(&self.0, &mut out);
        out
    }
}

impl Render for Node {
    type State = NodeState;

    fn build(self) -> NodeState {
        NodeState(build(self.0.take()))
    }

    fn rebuild(self, state: &mut NodeState) {
        let mut new = self.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

/// Attributes spread onto a node (`<Pairwise attr:class="…"/>`) go on its
/// top elements.
impl AddAnyAttr for Node {
    type Output<SomeNewAttr: Attribute> = Node;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Node {
        fn spread(part: &mut Part, attr: &AnyAttribute) {
            match part {
                Part::El(el) => el.items.push(Item::Spread(attr.clone())),
                Part::List(parts) => parts.iter_mut().for_each(|part| spread(part, attr)),
                _ => {}
            }
        }
        let mut part = self.0.take();
        spread(&mut part, &attr.into_cloneable_owned().into_any_attr());
        Node::new(part)
    }
}

/// `s` with the characters HTML gives a meaning to escaped.
fn escape(s: &str, buf: &mut String) {
    for c in s.chars() {
        match c {
            '&' => buf.push_str("&amp;"),
            '<' => buf.push_str("&lt;"),
            '>' => buf.push_str("&gt;"),
            '"' => buf.push_str("&quot;"),
            c => buf.push(c),
        }
    }
}

fn read(value: &Value) -> Option<Text> {
    match value {
        Value::Fixed(text) => text.clone(),
        Value::Reactive(read) => read(),
    }
}

/// Writes the HTML of `part` as it is now (the widget renders in the
/// browser; this is for completeness).
fn to_html(part: Part, buf: &mut String) {
    match part {
        Part::El(el) => {
            buf.push('<');
            buf.push_str(el.tag);
            for item in &el.items {
                if let Item::Set(Slot::Attr, name, value) = item {
                    let Some(text) = read(value) else { continue };
                    buf.push(' ');
                    buf.push_str(name);
                    buf.push_str("=\"");
                    escape(&text, buf);
                    buf.push('"');
                }
            }
            buf.push('>');
            if matches!(el.tag, "input" | "br" | "hr" | "img" | "meta" | "link" | "wbr") {
                return;
            }
            for item in el.items {
                if let Item::Child(child) = item {
                    to_html(child, buf);
                }
            }
            buf.push_str("</");
            buf.push_str(el.tag);
            buf.push('>');
        }
        Part::Text(value) => escape(read(&value).as_deref().unwrap_or(""), buf),
        Part::Dynamic(mut f) => {
            if let Some(node) = f() {
                to_html(node.0.take(), buf);
            }
        }
        Part::View(view) => view.to_html_with_buf(buf, &mut Position::NextChild, true, false, Vec::new()),
        Part::List(parts) => parts.into_iter().for_each(|part| to_html(part, buf)),
    }
}

impl RenderHtml for Node {
    type AsyncOutput = Node;
    type Owned = Node;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Node {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        to_html(self.0.take(), buf);
    }

    /// The widget renders in the browser only: there is no server HTML to
    /// take over, so this builds the view afresh.
    fn hydrate<const FROM_SERVER: bool>(self, _cursor: &Cursor, _position: &PositionState) -> NodeState {
        self.build()
    }

    fn into_owned(self) -> Node {
        self
    }
}
