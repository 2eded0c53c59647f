//! Untrusted Markdown to safe HTML: the only source of the HTML the widget
//! sets with `inner_html`.
//!
//! Prompt, responses, guidelines and help texts come from models and task
//! authors. They are read by the widget's own CommonMark parser
//! ([`parse`]: CommonMark plus tables, strikethrough and task lists) into
//! events, which the writer here turns into HTML, where
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
pub mod parse;
mod write;

pub use chunks::fill;
pub(crate) use chunks::open_deferred;
pub use parse::Links;

use parse::Event;

/// Renders Markdown to sanitized HTML, code block chrome in English.
pub fn to_html(source: &str) -> String {
    render(source, crate::i18n::EN.code)
}

/// Renders Markdown to sanitized HTML, code block chrome in `words`.
pub fn render(source: &str, words: &crate::i18n::CodeWords) -> String {
    let written = write(source, words, &Links::default(), usize::MAX, false);
    fill(&written.html, &written.chunks)
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
/// reaches `lines` lines on screen ([`screen_lines`]). [`parts`] cuts up
/// the rest and [`render_part`] renders each part; joined, they are
/// [`render`]'s output but for white space between blocks.
pub fn head(source: &str, words: &crate::i18n::CodeWords, lines: usize) -> Head {
    let Written { html, chunks, end, links } = write(source, words, &Links::default(), lines, true);
    Head { html, chunks, end, links }
}

/// The rest of a document from `from`, cut between top-level blocks into
/// parts of about `lines` source lines each. The cuts depend on the block
/// structure only, so `_links` is not needed for them.
pub fn parts(source: &str, from: usize, lines: usize, _links: &Links) -> Vec<std::ops::Range<usize>> {
    let rest = source.get(from..).unwrap_or("");
    let doc = parse::blocks(rest);
    let mut parts = Vec::new();
    let (mut start, mut counted, mut seen) = (0usize, 0usize, 0usize);
    for top in &doc.tops {
        if top.end > counted {
            seen += newlines(rest.get(counted..top.end).unwrap_or(""));
            counted = top.end;
            if seen >= lines {
                parts.push(from + start..from + top.end);
                (start, seen) = (top.end, 0);
            }
        }
    }
    if start < rest.len() {
        parts.push(from + start..source.len());
    }
    parts
}

/// Bytes of text a line on screen holds, for [`screen_lines`]: about an
/// answer's column at the widget's font size.
const SCREEN_LINE_BYTES: usize = 80;

/// About how many lines `source` takes on screen, for the estimated height
/// of a part not yet laid out: one for each line of a fenced code block
/// (code scrolls sideways, it does not wrap) and one for each
/// [`SCREEN_LINE_BYTES`] begun of any other line, so a long paragraph on
/// one source line counts as the several lines it wraps to. Bytes, not
/// characters: a CJK character takes three bytes and about two columns.
pub fn screen_lines(source: &str) -> usize {
    let mut fence: Option<(u8, usize)> = None;
    let mut lines = 0;
    for line in source.lines() {
        let text = line.trim_start().as_bytes();
        let mark = text.first().copied().filter(|&b| b == b'`' || b == b'~');
        let run = mark.map_or(0, |m| text.iter().take_while(|&&b| b == m).count());
        if let (Some(mark), true) = (mark, run >= 3) {
            let closing = text.iter().skip(run).all(u8::is_ascii_whitespace);
            fence = match fence {
                None => Some((mark, run)),
                Some((open, least)) if open == mark && run >= least && closing => None,
                still => still,
            };
            lines += 1;
        } else if fence.is_some() {
            lines += 1;
        } else {
            lines += line.len().div_ceil(SCREEN_LINE_BYTES).max(1);
        }
    }
    lines
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
/// lines on screen ([`screen_lines`]); returns the HTML, where in the
/// source it stopped and, if `collect`, the source's link reference
/// definitions. References resolve through `links` first, then the
/// source's own definitions.
fn write(source: &str, words: &crate::i18n::CodeWords, links: &Links, lines: usize, collect: bool) -> Written {
    let mut doc = parse::blocks(source);
    let (mut count, mut end) = (doc.events.len(), source.len());
    let (mut counted, mut seen) = (0usize, 0usize);
    // A whole document (`usize::MAX`) is not counted.
    let tops = if lines < usize::MAX { &doc.tops[..] } else { &[] };
    for top in tops {
        if top.end > counted {
            seen += screen_lines(source.get(counted..top.end).unwrap_or(""));
            counted = top.end;
            if seen >= lines {
                (count, end) = (top.events, top.end);
                break;
            }
        }
    }
    doc.inlines(count, links);
    let mut html = String::with_capacity((end + end / 4).min(1 << 20));
    let mut chunks = Vec::new();
    write::html(&mut html, &doc, words, &mut chunks);
    let links = if collect { std::mem::take(&mut doc.links) } else { Links::default() };
    Written { html, chunks, end, links }
}

/// The text of every code block (fenced or indented) in `source`, in order.
pub fn code_blocks(source: &str) -> Vec<String> {
    let doc = parse::blocks(source);
    // A loop, not `filter_map(…).collect()`: that chain is its own code.
    let mut blocks = Vec::new();
    for event in &doc.events {
        if let Event::CodeBlock(_, text) = *event {
            blocks.push(doc.text(text).to_string());
        }
    }
    blocks
}

/// Whether `b` is trimmed from the ends of a URL: a control character or
/// a space.
fn url_trimmed(b: u8) -> bool {
    b.is_ascii_control() || b == b' '
}

/// Whether `head` (a URL up to its first `:`) is a scheme: a letter then
/// letters, digits, `+`, `-` or `.`.
fn is_scheme(head: &[u8]) -> bool {
    head.first().is_some_and(u8::is_ascii_alphabetic)
        && head.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// The URL if its scheme is `http`, `https` or `mailto`, or it has no
/// scheme (a relative reference). Browsers trim leading and trailing
/// control characters and spaces and drop tabs and newlines anywhere before
/// reading the scheme, so the same is done first: `java\tscript:` cannot
/// pass for something else. Everything looked at is ASCII, so it is read
/// as bytes (no `str` pattern searchers in the wasm).
pub fn safe_url(url: &str) -> Option<String> {
    let bytes = url.as_bytes();
    let start = bytes.iter().position(|&b| !url_trimmed(b)).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|&b| !url_trimmed(b)).map_or(start, |i| i + 1);
    let trimmed = url.get(start..end).unwrap_or("");
    let mut cleaned = String::with_capacity(trimmed.len());
    let mut plain = 0;
    for (i, b) in trimmed.bytes().enumerate() {
        if matches!(b, b'\t' | b'\n' | b'\r') {
            cleaned.push_str(trimmed.get(plain..i).unwrap_or(""));
            plain = i + 1;
        }
    }
    cleaned.push_str(trimmed.get(plain..).unwrap_or(""));
    // Without a scheme before the first `:`, the URL is relative.
    let clean = cleaned.as_bytes();
    let scheme = clean.iter().position(|&b| b == b':').and_then(|i| clean.get(..i)).filter(|h| is_scheme(h));
    let allowed = match scheme {
        None => true,
        Some(scheme) => [&b"http"[..], b"https", b"mailto"].iter().any(|s| scheme.eq_ignore_ascii_case(s)),
    };
    allowed.then_some(cleaned)
}
