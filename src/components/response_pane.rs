//! One model response, under the letter of the side it is shown on.

use leptos::prelude::*;

use super::markdown_view::MarkdownProps;
use super::node::{el, Node};
use super::Markdown;
use crate::i18n::CodeWords;
use crate::model::Response;

/// A response rendered from Markdown.
#[component]
pub fn ResponsePane(
    /// The response.
    response: Response,
    /// Its heading: "Response A" (left/top; right in right-to-left
    /// layouts) or "Response B", in the rater's language.
    title: String,
    /// The code blocks' words, in the widget's language.
    words: &'static CodeWords,
) -> Node {
    let heading_id = format!("pw-response-{}", response.id);
    let labelled_by = heading_id.clone();
    el("article")
        .class("pw-response")
        .attr("part", "response")
        .attr("data-response", response.id.clone())
        .attr("aria-labelledby", labelled_by)
        .child(el("h3").class("pw-response__title").attr("id", heading_id).child(title))
        .child(Markdown(MarkdownProps { source: response.content, class: "pw-md pw-response__body", words }))
        .into()
}
