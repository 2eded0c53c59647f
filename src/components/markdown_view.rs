//! The one place the widget sets inner HTML, always from
//! [`crate::markdown::to_html`].

use leptos::prelude::*;

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
    view! { <div class=class inner_html=html></div> }
}
