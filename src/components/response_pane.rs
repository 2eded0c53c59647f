//! One model response, under the letter of the side it is shown on.

use leptos::prelude::*;

use super::Markdown;
use crate::model::Response;

/// A response rendered from Markdown.
#[component]
pub fn ResponsePane(
    /// The response.
    response: Response,
    /// `A` (left/top) or `B` (right/bottom).
    letter: char,
) -> impl IntoView {
    let heading_id = format!("pw-response-{}-{letter}", response.id);
    let labelled_by = heading_id.clone();
    view! {
        <article class="pw-response" part="response" data-response=response.id.clone() aria-labelledby=labelled_by>
            <h3 class="pw-response__title" id=heading_id>{format!("Response {letter}")}</h3>
            <Markdown source=response.content class="pw-md pw-response__body"/>
        </article>
    }
}
