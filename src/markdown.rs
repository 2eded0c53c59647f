//! Untrusted Markdown to safe HTML: the only source of the HTML the widget
//! sets with `inner_html`.
//!
//! Prompt, responses, guidelines and help texts come from models and task
//! authors. They go through pulldown-cmark's event stream, where
//! - raw HTML (block and inline) becomes text, so it is shown, never parsed;
//! - links keep only `http:`, `https:` and `mailto:` targets and open in a
//!   new tab without referrer; any other target leaves the link text alone;
//! - images are not loaded: they become a link to the image, with the alt
//!   text as the link text;
//! - text, code and attributes are escaped by pulldown-cmark's writer.
//!
//! Every tag in the output is therefore one pulldown-cmark or this module
//! wrote; nothing from the input can add a tag, an attribute or a handler.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

/// Renders Markdown to sanitized HTML.
pub fn to_html(source: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    // One entry per open link or image: whether an `<a>` was written for it.
    let mut open_links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(source, options).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        Event::Start(Tag::HtmlBlock) => Event::Html(CowStr::Borrowed("<p class=\"pw-md-raw\">")),
        Event::End(TagEnd::HtmlBlock) => Event::Html(CowStr::Borrowed("</p>")),
        Event::Start(Tag::Link { dest_url, title, .. }) => open_link(&mut open_links, &dest_url, &title, ""),
        Event::Start(Tag::Image { dest_url, title, .. }) => {
            open_link(&mut open_links, &dest_url, &title, " class=\"pw-md-image\"")
        }
        Event::End(TagEnd::Link | TagEnd::Image) => match open_links.pop() {
            Some(true) => Event::Html(CowStr::Borrowed("</a>")),
            _ => Event::Text(CowStr::Borrowed("")),
        },
        other => other,
    });
    let mut html = String::with_capacity(source.len() + source.len() / 4);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

fn open_link<'a>(open_links: &mut Vec<bool>, url: &str, title: &str, class: &str) -> Event<'a> {
    let Some(url) = safe_url(url) else {
        open_links.push(false);
        return Event::Text(CowStr::Borrowed(""));
    };
    open_links.push(true);
    let mut tag = String::from("<a href=\"");
    // Writing to a String cannot fail.
    let _ = escape_href(&mut tag, &url);
    tag.push('"');
    if !title.is_empty() {
        tag.push_str(" title=\"");
        let _ = escape_html(&mut tag, title);
        tag.push('"');
    }
    tag.push_str(class);
    tag.push_str(" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\">");
    Event::Html(CowStr::Boxed(tag.into_boxed_str()))
}

/// The URL if its scheme is `http`, `https` or `mailto`, with the ASCII
/// whitespace and control characters browsers would skip removed first, so
/// `java\tscript:` cannot pass for something else.
pub fn safe_url(url: &str) -> Option<String> {
    let cleaned: String = url.chars().filter(|c| !c.is_ascii_control() && !c.is_ascii_whitespace()).collect();
    let lower = cleaned.to_ascii_lowercase();
    ["http://", "https://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme)).then_some(cleaned)
}
