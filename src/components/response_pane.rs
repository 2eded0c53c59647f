//! One model response, under the letter of the side it is shown on.

use leptos::prelude::*;

use super::Markdown;
use crate::model::Response;

/// A response rendered from Markdown.
#[component]
pub fn ResponsePane(
    /// The response.
    response: Response,
    /// Its heading: "Response A" (left/top; right in right-to-left
    /// layouts) or "Response B", in the rater's language.
    title: String,
) -> impl IntoView {
    let heading_id = format!("pw-response-{}", response.id);
    let labelled_by = heading_id.clone();
    view! {
        <article class="pw-response" part="response" data-response=response.id.clone() aria-labelledby=labelled_by>
            <h3 class="pw-response__title" id=heading_id>{title}</h3>
            <Markdown source=response.content class="pw-md pw-response__body"/>
        </article>
    }
}
