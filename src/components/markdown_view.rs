//! The one place the widget sets inner HTML, always from
//! [`crate::markdown::to_html`].

use leptos::prelude::*;

/// Untrusted Markdown, rendered safely.
#[component]
pub fn Markdown(
    /// The Markdown source.
    #[prop(into)]
    source: String,
    /// Extra class names for the wrapper.
    class: &'static str,
) -> impl IntoView {
    let html = crate::markdown::to_html(&source);
    view! { <div class=format!("pw-md {class}") inner_html=html></div> }
}
