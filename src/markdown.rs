//! Untrusted Markdown to safe HTML: the only source of the HTML the widget
//! sets with `inner_html`.
//!
//! Prompt, responses, guidelines and help texts come from models and task
//! authors. They go through pulldown-cmark's event stream, where
//! - raw HTML (block and inline) becomes text, so it is shown, never parsed;
//! - links keep only `http:`, `https:` and `mailto:` targets, or relative
//!   ones (no scheme), and open in a new tab without referrer; any other
//!   target (`javascript:`, `data:`, `vbscript:`, …) leaves the text alone;
//! - images load only from `http:`, `https:` or relative URLs (lazily,
//!   without referrer); any other source shows the alt text;
//! - text, code and attributes are escaped by pulldown-cmark's writer;
//! - code blocks are written by [`code`]: highlighted lines, escaped by the
//!   highlighter, inside markup of our own.
//!
//! Every tag in the output is therefore one pulldown-cmark or this module
//! wrote; nothing from the input can add a tag, an attribute or a handler.

pub mod code;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

/// What was opened for a link or image, so its end can match.
enum Opened {
    /// An `<a>` we wrote.
    Anchor,
    /// An `<img>` we are writing.
    Image,
    /// Nothing: the target was refused and only the text is shown.
    Nothing,
}

/// The Markdown extensions the widget reads.
const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH).union(Options::ENABLE_TASKLISTS);

/// A code block being read: its fence info and its text so far.
struct OpenCode<'a> {
    info: CowStr<'a>,
    text: String,
}

/// Renders Markdown to sanitized HTML, code block chrome in English.
pub fn to_html(source: &str) -> String {
    render(source, crate::i18n::EN.code)
}

/// Renders Markdown to sanitized HTML, code block chrome in `words`.
pub fn render(source: &str, words: &crate::i18n::CodeWords) -> String {
    let mut opened: Vec<Opened> = Vec::new();
    let mut code: Option<OpenCode> = None;
    // Inside an image, the text becomes its `alt` attribute.
    let mut alt_depth = 0usize;
    let mut images: Vec<CowStr> = Vec::new();
    let nothing = || Event::Text(CowStr::Borrowed(""));
    let events = Parser::new_ext(source, OPTIONS).map(|event| match event {
        Event::Start(Tag::CodeBlock(kind)) => {
            let info = match kind {
                CodeBlockKind::Fenced(info) => info,
                CodeBlockKind::Indented => CowStr::Borrowed(""),
            };
            code = Some(OpenCode { info, text: String::new() });
            nothing()
        }
        Event::Text(text) if code.is_some() => {
            if let Some(open) = code.as_mut() {
                open.text.push_str(&text);
            }
            nothing()
        }
        Event::End(TagEnd::CodeBlock) => match code.take() {
            Some(open) => {
                let mut html = String::with_capacity(open.text.len() * 2 + 512);
                code::write_block(&mut html, &open.info, &open.text, words);
                Event::Html(html.into())
            }
            None => nothing(),
        },
        Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) if alt_depth > 0 => {
            let mut escaped = String::new();
            let _ = escape_html(&mut escaped, &text);
            Event::Html(escaped.into())
        }
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        Event::Start(Tag::HtmlBlock) => Event::Html(CowStr::Borrowed("<p class=\"pw-md-raw\">")),
        Event::End(TagEnd::HtmlBlock) => Event::Html(CowStr::Borrowed("</p>")),
        Event::Start(Tag::Link { dest_url, title, .. }) if alt_depth == 0 => match safe_url(&dest_url) {
            Some(url) => {
                opened.push(Opened::Anchor);
                Event::Html(anchor(&url, &title).into())
            }
            None => {
                opened.push(Opened::Nothing);
                nothing()
            }
        },
        Event::Start(Tag::Image { dest_url, title, .. }) if alt_depth == 0 => {
            match safe_url(&dest_url).filter(|u| !is_mailto(u)) {
                Some(url) => {
                    opened.push(Opened::Image);
                    alt_depth = 1;
                    images.push(title);
                    Event::Html(image_start(&url).into())
                }
                None => {
                    opened.push(Opened::Nothing);
                    nothing()
                }
            }
        }
        Event::Start(Tag::Image { .. }) if alt_depth > 0 => {
            alt_depth += 1;
            nothing()
        }
        Event::End(TagEnd::Image) if alt_depth > 1 => {
            alt_depth -= 1;
            nothing()
        }
        Event::End(TagEnd::Link | TagEnd::Image) if alt_depth <= 1 => match opened.pop() {
            Some(Opened::Anchor) => Event::Html(CowStr::Borrowed("</a>")),
            Some(Opened::Image) => {
                alt_depth = 0;
                let mut end = String::from("\"");
                if let Some(title) = images.pop().filter(|t| !t.is_empty()) {
                    end.push_str(" title=\"");
                    let _ = escape_html(&mut end, &title);
                    end.push('"');
                }
                end.push_str(" loading=\"lazy\" referrerpolicy=\"no-referrer\" />");
                Event::Html(end.into())
            }
            _ => nothing(),
        },
        Event::SoftBreak | Event::HardBreak if alt_depth > 0 => Event::Html(CowStr::Borrowed(" ")),
        _ if alt_depth > 0 => nothing(),
        other => other,
    });
    let mut html = String::with_capacity(source.len() + source.len() / 4);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// The text of every code block (fenced or indented) in `source`, in order.
pub fn code_blocks(source: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut open: Option<String> = None;
    for event in Parser::new_ext(source, OPTIONS) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => open = Some(String::new()),
            Event::Text(text) => {
                if let Some(block) = open.as_mut() {
                    block.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => blocks.extend(open.take()),
            _ => {}
        }
    }
    blocks
}

/// The opening tag of a link to `url` (already checked).
fn anchor(url: &str, title: &str) -> String {
    let mut tag = String::from("<a href=\"");
    // Writing to a String cannot fail.
    let _ = escape_href(&mut tag, url);
    tag.push('"');
    if !title.is_empty() {
        tag.push_str(" title=\"");
        let _ = escape_html(&mut tag, title);
        tag.push('"');
    }
    tag.push_str(" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\">");
    tag
}

/// The start of an image from `url` (already checked), up to its `alt`
/// attribute's opening quote.
fn image_start(url: &str) -> String {
    let mut tag = String::from("<img src=\"");
    let _ = escape_href(&mut tag, url);
    tag.push_str("\" alt=\"");
    tag
}

/// The URL if its scheme is `http`, `https` or `mailto`, or it has no
/// scheme (a relative reference). Browsers trim leading and trailing
/// control characters and spaces and drop tabs and newlines anywhere before
/// reading the scheme, so the same is done first: `java\tscript:` cannot
/// pass for something else.
pub fn safe_url(url: &str) -> Option<String> {
    let trimmed = url.trim_matches(|c: char| c.is_ascii_control() || c == ' ');
    let cleaned: String = trimmed.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    // A scheme is a letter then letters, digits, `+`, `-` or `.`, up to the
    // first `:`; without one, the URL is relative.
    let scheme = cleaned.split_once(':').map(|(head, _)| head).filter(|head| {
        let mut chars = head.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    let allowed = match scheme {
        None => true,
        Some(scheme) => ["http", "https", "mailto"].iter().any(|s| scheme.eq_ignore_ascii_case(s)),
    };
    allowed.then_some(cleaned)
}

fn is_mailto(url: &str) -> bool {
    url.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("mailto:"))
}
