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
//! - text, code and attributes are escaped (pulldown-cmark-escape) by the
//!   writer here, which knows only the tags of the enabled Markdown;
//! - code blocks are written by [`code`]: highlighted lines, escaped by the
//!   highlighter, inside markup of our own.
//!
//! Every tag in the output is therefore one this module wrote; nothing
//! from the input can add a tag, an attribute or a handler.

mod chunks;
pub mod code;

pub use chunks::fill;
pub(crate) use chunks::open_deferred;
use chunks::{Chunked, Chunks};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html, escape_html_body_text};

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
    let written = write(source, words, &Links::default(), usize::MAX, false);
    fill(&written.html, &written.chunks)
}

/// The link reference definitions of a whole document (`[label]: url
/// "title"`), so a part of it rendered alone still resolves `[text][label]`.
#[derive(Debug, Default)]
pub struct Links(Vec<(String, String, String)>);

impl Links {
    /// A label with runs of white space made one space; labels then match
    /// without regard to case, as pulldown-cmark matches them (`unicase`).
    fn key(label: &str) -> String {
        let mut key = String::with_capacity(label.len());
        for word in label.split_whitespace() {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(word);
        }
        key
    }
}

// Every parser in the widget has this callback type, so pulldown-cmark's
// parser is in the wasm once.
impl<'input> pulldown_cmark::BrokenLinkCallback<'input> for &Links {
    fn handle_broken_link(
        &mut self,
        link: pulldown_cmark::BrokenLink<'input>,
    ) -> Option<(CowStr<'input>, CowStr<'input>)> {
        let key = Links::key(&link.reference);
        let key = unicase::UniCase::new(key.as_str());
        let (_, url, title) = self.0.iter().find(|(label, _, _)| unicase::UniCase::new(label.as_str()) == key)?;
        Some((url.clone().into(), title.clone().into()))
    }
}

fn parser<'a, 'l>(source: &'a str, links: &'l Links) -> Parser<'a, &'l Links> {
    Parser::new_with_broken_link_callback(source, OPTIONS, Some(links))
}

/// The start of a long document, rendered.
#[derive(Debug)]
pub struct Head {
    /// Its sanitized HTML.
    pub html: String,
    /// The content of its deferred chunks (see [`fill`]).
    pub chunks: Vec<String>,
    /// Where in the source the rest begins.
    pub end: usize,
    /// The document's link reference definitions, for the rest.
    pub links: Links,
}

/// Renders the start of `source`: its top-level blocks up to the one that
/// reaches `lines` source lines. [`parts`] cuts up the rest and
/// [`render_part`] renders each part; joined, they are [`render`]'s output
/// but for white space between blocks.
pub fn head(source: &str, words: &crate::i18n::CodeWords, lines: usize) -> Head {
    let Written { html, chunks, end, links } = write(source, words, &Links::default(), lines, true);
    Head { html, chunks, end, links }
}

/// The rest of a document from `from`, cut between top-level blocks into
/// parts of about `lines` source lines each.
pub fn parts(source: &str, from: usize, lines: usize, links: &Links) -> Vec<std::ops::Range<usize>> {
    let rest = source.get(from..).unwrap_or("");
    let mut parts = Vec::new();
    let (mut depth, mut start, mut counted, mut seen) = (0usize, 0usize, 0usize, 0usize);
    for (event, range) in parser(rest, links).into_offset_iter() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && range.end > counted {
            seen += newlines(&rest[counted..range.end]);
            counted = range.end;
            if seen >= lines {
                parts.push(from + start..from + range.end);
                (start, seen) = (range.end, 0);
            }
        }
    }
    if start < rest.len() {
        parts.push(from + start..source.len());
    }
    parts
}

/// Renders one part of a document (from [`parts`]): its HTML and the
/// content of its deferred chunks (see [`fill`]).
pub fn render_part(part: &str, words: &crate::i18n::CodeWords, links: &Links) -> (String, Vec<String>) {
    let written = write(part, words, links, usize::MAX, false);
    (written.html, written.chunks)
}

/// What [`write`] returns.
struct Written {
    html: String,
    chunks: Vec<String>,
    end: usize,
    links: Links,
}

fn newlines(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}

/// Renders `source`'s top-level blocks up to the one that reaches `lines`
/// source lines; returns the HTML, where in the source it stopped and, if
/// `collect`, the source's link reference definitions.
fn write(source: &str, words: &crate::i18n::CodeWords, links: &Links, lines: usize, collect: bool) -> Written {
    let mut sink = Sink { words, opened: Vec::new(), code: None, alt_depth: 0, images: Vec::new(), chunks: Vec::new() };
    let mut events = Vec::new();
    let (mut depth, mut counted, mut seen) = (0usize, 0usize, 0usize);
    let mut end = source.len();
    let parser = parser(source, links);
    let defined = match collect {
        true => parser
            .reference_definitions()
            .iter()
            .map(|(label, def)| {
                (Links::key(label), def.dest.to_string(), def.title.as_deref().unwrap_or("").to_string())
            })
            .collect(),
        false => Vec::new(),
    };
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        events.push(sink.convert(event));
        if depth == 0 && range.end > counted {
            seen += newlines(&source[counted..range.end]);
            counted = range.end;
            if seen >= lines {
                end = range.end;
                break;
            }
        }
    }
    let mut html = String::with_capacity((end + end / 4).min(1 << 20));
    let mut chunks = sink.chunks;
    write_html(&mut html, events, &mut chunks);
    Written { html, chunks, end, links: Links(defined) }
}

/// Writes the events (from [`Sink::convert`]) as HTML: the tags of the
/// Markdown the widget reads, text escaped. Table cell alignment is a
/// `data-align` attribute (the stylesheet aligns), not a `style`, so hosts
/// with a strict `style-src` see it too. Links, images, code blocks and raw
/// HTML arrive already written as `Event::Html` of our own.
fn write_html(out: &mut String, events: Vec<Event>, deferred: &mut Vec<String>) {
    // Whether the output ends a line: blocks start on a fresh one.
    let fresh = |out: &mut String| {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
    };
    let mut alignments: Vec<pulldown_cmark::Alignment> = Vec::new();
    let (mut in_head, mut cell) = (false, 0usize);
    let mut chunks = Chunks::default();
    for event in events {
        chunks.before(out, &event, deferred);
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    fresh(out);
                    out.push_str("<p>");
                    chunks.paragraph = Some(Chunked::at(out.len()));
                }
                Tag::Heading { level, .. } => {
                    fresh(out);
                    out.push('<');
                    out.push_str(heading(level));
                    out.push('>');
                }
                Tag::BlockQuote(_) => {
                    fresh(out);
                    out.push_str("<blockquote>\n");
                }
                Tag::List(start) => {
                    fresh(out);
                    chunks.open_list(out.len(), start);
                    list_tag(out, start);
                }
                Tag::Item => {
                    chunks.item(out, deferred);
                    fresh(out);
                    out.push_str("<li>");
                }
                Tag::Table(columns) => {
                    alignments = columns;
                    out.push_str("<table>");
                }
                Tag::TableHead => {
                    (in_head, cell) = (true, 0);
                    out.push_str("<thead><tr>");
                }
                Tag::TableRow => {
                    cell = 0;
                    out.push_str("<tr>");
                }
                Tag::TableCell => {
                    out.push_str(if in_head { "<th" } else { "<td" });
                    out.push_str(match alignments.get(cell) {
                        Some(pulldown_cmark::Alignment::Left) => " data-align=\"left\">",
                        Some(pulldown_cmark::Alignment::Center) => " data-align=\"center\">",
                        Some(pulldown_cmark::Alignment::Right) => " data-align=\"right\">",
                        _ => ">",
                    });
                }
                Tag::Emphasis => out.push_str("<em>"),
                Tag::Strong => out.push_str("<strong>"),
                Tag::Strikethrough => out.push_str("<del>"),
                // Code blocks, raw HTML, links and images are converted
                // before; other tags belong to extensions not enabled.
                _ => {}
            },
            Event::End(tag) => {
                let end = match tag {
                    TagEnd::Paragraph => {
                        chunks.end_paragraph(out, deferred);
                        "</p>\n"
                    }
                    TagEnd::Heading(level) => {
                        out.push_str("</");
                        out.push_str(heading(level));
                        ">\n"
                    }
                    TagEnd::BlockQuote(_) => "</blockquote>\n",
                    TagEnd::List(ordered) => {
                        out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
                        chunks.close_list(out, deferred);
                        ""
                    }
                    TagEnd::Item => "</li>\n",
                    TagEnd::Table => "</tbody></table>\n",
                    TagEnd::TableHead => {
                        in_head = false;
                        "</tr></thead><tbody>\n"
                    }
                    TagEnd::TableRow => "</tr>\n",
                    TagEnd::TableCell => {
                        cell += 1;
                        if in_head {
                            "</th>"
                        } else {
                            "</td>"
                        }
                    }
                    TagEnd::Emphasis => "</em>",
                    TagEnd::Strong => "</strong>",
                    TagEnd::Strikethrough => "</del>",
                    _ => "",
                };
                out.push_str(end);
            }
            Event::Text(text) => chunks.text(out, &text, deferred),
            Event::Code(text) => {
                out.push_str("<code>");
                let _ = escape_html_body_text(&mut *out, &text);
                out.push_str("</code>");
            }
            Event::Html(html) | Event::InlineHtml(html) => out.push_str(&html),
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push_str("<br />\n"),
            Event::Rule => {
                fresh(out);
                out.push_str("<hr />\n");
            }
            Event::TaskListMarker(true) => out.push_str("<input disabled=\"\" type=\"checkbox\" checked=\"\"/>\n"),
            Event::TaskListMarker(false) => out.push_str("<input disabled=\"\" type=\"checkbox\"/>\n"),
            // Footnotes and math are not enabled.
            _ => {}
        }
    }
}

/// A list's opening tag.
fn list_tag(out: &mut String, start: Option<u64>) {
    match start {
        Some(1) => out.push_str("<ol>\n"),
        Some(start) => {
            out.push_str("<ol start=\"");
            out.push_str(&start.to_string());
            out.push_str("\">\n");
        }
        None => out.push_str("<ul>\n"),
    }
}

/// A heading's tag name.
fn heading(level: pulldown_cmark::HeadingLevel) -> &'static str {
    use pulldown_cmark::HeadingLevel::*;
    match level {
        H1 => "h1",
        H2 => "h2",
        H3 => "h3",
        H4 => "h4",
        H5 => "h5",
        H6 => "h6",
    }
}

/// Turns pulldown-cmark's events into safe ones: what the module comment
/// promises happens here.
struct Sink<'a, 'w> {
    words: &'w crate::i18n::CodeWords,
    opened: Vec<Opened>,
    code: Option<OpenCode<'a>>,
    // Inside an image, the text becomes its `alt` attribute.
    alt_depth: usize,
    images: Vec<CowStr<'a>>,
    /// Deferred chunks of long code blocks.
    chunks: Vec<String>,
}

impl<'a> Sink<'a, '_> {
    fn convert(&mut self, event: Event<'a>) -> Event<'a> {
        let nothing = || Event::Text(CowStr::Borrowed(""));
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info,
                    CodeBlockKind::Indented => CowStr::Borrowed(""),
                };
                self.code = Some(OpenCode { info, text: String::new() });
                nothing()
            }
            Event::Text(text) if self.code.is_some() => {
                if let Some(open) = self.code.as_mut() {
                    open.text.push_str(&text);
                }
                nothing()
            }
            Event::End(TagEnd::CodeBlock) => match self.code.take() {
                Some(open) => {
                    let mut html = String::with_capacity(open.text.len() * 2 + 512);
                    code::write_block(&mut html, &open.info, &open.text, self.words, &mut self.chunks);
                    Event::Html(html.into())
                }
                None => nothing(),
            },
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text)
                if self.alt_depth > 0 =>
            {
                let mut escaped = String::new();
                let _ = escape_html(&mut escaped, &text);
                Event::Html(escaped.into())
            }
            Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
            Event::Start(Tag::HtmlBlock) => Event::Html(CowStr::Borrowed("<p class=\"pw-md-raw\">")),
            Event::End(TagEnd::HtmlBlock) => Event::Html(CowStr::Borrowed("</p>")),
            Event::Start(Tag::Link { dest_url, title, .. }) if self.alt_depth == 0 => match safe_url(&dest_url) {
                Some(url) => {
                    self.opened.push(Opened::Anchor);
                    Event::Html(anchor(&url, &title).into())
                }
                None => {
                    self.opened.push(Opened::Nothing);
                    nothing()
                }
            },
            Event::Start(Tag::Image { dest_url, title, .. }) if self.alt_depth == 0 => {
                match safe_url(&dest_url).filter(|u| !is_mailto(u)) {
                    Some(url) => {
                        self.opened.push(Opened::Image);
                        self.alt_depth = 1;
                        self.images.push(title);
                        Event::Html(image_start(&url).into())
                    }
                    None => {
                        self.opened.push(Opened::Nothing);
                        nothing()
                    }
                }
            }
            Event::Start(Tag::Image { .. }) if self.alt_depth > 0 => {
                self.alt_depth += 1;
                nothing()
            }
            Event::End(TagEnd::Image) if self.alt_depth > 1 => {
                self.alt_depth -= 1;
                nothing()
            }
            Event::End(TagEnd::Link | TagEnd::Image) if self.alt_depth <= 1 => match self.opened.pop() {
                Some(Opened::Anchor) => Event::Html(CowStr::Borrowed("</a>")),
                Some(Opened::Image) => {
                    self.alt_depth = 0;
                    let mut end = String::from("\"");
                    if let Some(title) = self.images.pop().filter(|t| !t.is_empty()) {
                        end.push_str(" title=\"");
                        let _ = escape_html(&mut end, &title);
                        end.push('"');
                    }
                    end.push_str(" loading=\"lazy\" referrerpolicy=\"no-referrer\" />");
                    Event::Html(end.into())
                }
                _ => nothing(),
            },
            Event::SoftBreak | Event::HardBreak if self.alt_depth > 0 => Event::Html(CowStr::Borrowed(" ")),
            _ if self.alt_depth > 0 => nothing(),
            other => other,
        }
    }
}

/// The text of every code block (fenced or indented) in `source`, in order.
pub fn code_blocks(source: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut open: Option<String> = None;
    for (event, _) in parser(source, &Links::default()).into_offset_iter() {
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
