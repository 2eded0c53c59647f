//! The view nodes' dynamic parts in headless Chromium: a part built again
//! replaces what it showed and disposes the signals made for it; a part
//! kept by `dynamic_when` keeps both its DOM and its signals working.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use pairwise::components::node::{dynamic, dynamic_when, el, reactive, Node};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets render effects and DOM updates run.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

/// Mounts `view` into a fresh element of the page; returns the element and
/// the mounted view (unmounted when dropped).
fn mount(view: impl FnOnce() -> Node + 'static) -> (HtmlElement, impl Sized) {
    let document = web_sys::window().unwrap().document().unwrap();
    let element: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    let handle = leptos::mount::mount_to(element.clone(), view);
    (element, handle)
}

fn paragraphs(element: &HtmlElement) -> Vec<String> {
    let list = element.query_selector_all("p").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

/// What `dynamic_when` made on each build: the signal its paragraph shows.
type Made = Rc<RefCell<Vec<RwSignal<String>>>>;

#[wasm_bindgen_test]
async fn a_kept_part_keeps_its_signals_and_a_rebuilt_one_disposes_the_old() {
    let outer = RwSignal::new(0);
    let made: Made = Rc::default();
    let record = made.clone();
    let (element, handle) = mount(move || {
        el("div")
            .child(dynamic_when(move || {
                let n = outer.get();
                // Odd numbers keep what is shown.
                if n % 2 == 1 {
                    return None;
                }
                let text = RwSignal::new(format!("built at {n}"));
                record.borrow_mut().push(text);
                Some(el("p").child(reactive(move || text.get())))
            }))
            .into()
    });
    assert_eq!(paragraphs(&element), ["built at 0"]);

    outer.set(1);
    settle().await;
    assert_eq!(paragraphs(&element), ["built at 0"], "kept");
    assert_eq!(made.borrow().len(), 1, "nothing new was made");
    let first = made.borrow()[0];
    first.set("changed after it was kept".into());
    settle().await;
    assert_eq!(paragraphs(&element), ["changed after it was kept"], "its signal still drives its text");

    outer.set(2);
    settle().await;
    assert_eq!(paragraphs(&element), ["built at 2"], "replaced, not added to");
    assert_eq!(first.try_get_untracked(), None, "the replaced part's signal is disposed");
    assert_eq!(made.borrow()[1].try_get_untracked().as_deref(), Some("built at 2"));

    // Kept, then replaced again: the part's owners take turns, and the one
    // cleaned up for the replaced content serves the next.
    outer.set(3);
    settle().await;
    outer.set(4);
    settle().await;
    assert_eq!(paragraphs(&element), ["built at 4"]);
    assert_eq!(made.borrow().len(), 3);
    assert_eq!(made.borrow()[1].try_get_untracked(), None, "the second content's signal is disposed");
    let third = made.borrow()[2];
    third.set("the third content is live".into());
    settle().await;
    assert_eq!(paragraphs(&element), ["the third content is live"]);

    drop(handle);
    assert_eq!(paragraphs(&element), Vec::<String>::new(), "unmounted");
    // The render effect stops in its next turn, and what it kept goes then.
    settle().await;
    assert_eq!(made.borrow()[2].try_get_untracked(), None, "unmounting disposes the part's signals");
    element.remove();
}

#[wasm_bindgen_test]
async fn a_dynamic_part_is_built_again_in_place_whenever_what_it_read_changes() {
    let count = RwSignal::new(1usize);
    let (element, handle) = mount(move || {
        el("div")
            .child(el("p").child("before"))
            .child(dynamic(move || {
                (0..count.get()).map(|i| el("p").child(format!("item {i}")).into()).collect::<Vec<Node>>()
            }))
            .child(el("p").child("after"))
            .into()
    });
    assert_eq!(paragraphs(&element), ["before", "item 0", "after"]);
    count.set(3);
    settle().await;
    assert_eq!(paragraphs(&element), ["before", "item 0", "item 1", "item 2", "after"]);
    count.set(0);
    settle().await;
    assert_eq!(paragraphs(&element), ["before", "after"]);
    drop(handle);
    element.remove();
}
