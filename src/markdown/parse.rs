//! The widget's own CommonMark parser: Markdown text in, a flat list of
//! [`Event`]s out, for the writer in [`super`].
//!
//! It reads CommonMark 0.31.2 plus three GitHub extensions: tables,
//! strikethrough (`~one~`, `~~two~~`) and task list markers. Parsing runs in
//! the spec's two phases:
//! - [`blocks`] builds the block structure line by line (a stack of open
//!   containers, lazy continuation lines, link reference definitions) and
//!   leaves the inline content of paragraphs, headings and table cells as
//!   [`Event::Inline`] placeholders; [`super::parts`] needs no more than
//!   that.
//! - [`Doc::inlines`] replaces those placeholders with inline events (code
//!   spans, emphasis by the delimiter-run algorithm, links and images,
//!   autolinks, raw HTML, entity references, breaks).
//!
//! Every piece of text an event names is a [`Span`] of one buffer held by
//! the [`Doc`]: the content of leaf blocks copied out of their container
//! prefixes, then whatever inline parsing had to write anew (decoded
//! entities, link destinations without their escapes).
//!
//! Written for size and for untrusted input: no Unicode tables (see
//! `fold.rs` and `text.rs` for what that leaves out), no recursion on the
//! input's nesting, and every scan either consumes what it reads or is
//! bounded, so the time stays near linear on any input.

mod autolink;
mod block;
mod close;
mod code_span;
mod emphasis;
mod entities;
mod fold;
mod html;
mod inline;
mod link;
mod open;
mod refs;
mod starts;
mod table;
mod text;
mod tree;

pub use refs::Links;

/// A range of the document's text buffer ([`Doc::text`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// A table column's alignment, from its delimiter row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `---`
    None,
    /// `:--`
    Left,
    /// `:-:`
    Center,
    /// `--:`
    Right,
}

/// What a [`Event::Start`] opens and its [`Event::End`] closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// A paragraph (not in the items of a tight list).
    Paragraph,
    /// A heading of level 1 to 6.
    Heading(u8),
    /// A block quote.
    Quote,
    /// A list: ordered from its start number, or unordered.
    List(Option<u64>),
    /// A list item.
    Item,
    /// A table.
    Table,
    /// A table's header row.
    TableHead,
    /// A table's body row.
    TableRow,
    /// A header or body cell.
    TableCell(Align),
    /// `*emphasis*`
    Emphasis,
    /// `**strong**`
    Strong,
    /// `~~strikethrough~~`
    Strikethrough,
    /// A link: destination and title (empty if none).
    Link(Span, Span),
    /// An image: source and title; its content is the alt text.
    Image(Span, Span),
}

/// One event of a parsed document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A block or inline element opens.
    Start(Tag),
    /// The element opened by the matching [`Event::Start`] closes.
    End(Tag),
    /// Text, escapes and references decoded.
    Text(Span),
    /// An inline code span's content.
    Code(Span),
    /// Inline raw HTML, as written.
    Html(Span),
    /// A whole HTML block, as written (its lines with their newlines).
    HtmlBlock(Span),
    /// A fenced or indented code block: its info string (empty if none)
    /// and its text, every line ending in a newline.
    CodeBlock(Span, Span),
    /// A line break inside a paragraph.
    SoftBreak,
    /// A hard line break (two spaces or a backslash before the newline).
    HardBreak,
    /// A thematic break.
    Rule,
    /// A task list marker, checked or not.
    Task(bool),
    /// Inline content not parsed yet: only in the output of [`blocks`].
    Inline(Span),
}

/// Where a top-level block ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Top {
    /// How many events the document has up to the block's end.
    pub events: usize,
    /// The byte in the source after its last line.
    pub end: usize,
}

/// A parsed document.
#[derive(Debug, Default)]
pub struct Doc {
    /// The buffer every [`Span`] points into.
    text: String,
    /// The events, in order.
    pub events: Vec<Event>,
    /// The end of each top-level block, in order.
    pub tops: Vec<Top>,
    /// The document's link reference definitions.
    pub links: Links,
}

impl Doc {
    /// The text of `span`.
    pub fn text(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Parses the inline content of the first `count` events and drops the
    /// rest. References resolve through `outer` first (a whole document's
    /// definitions when this is a part of it), then the document's own.
    pub fn inlines(&mut self, count: usize, outer: &Links) {
        let events = std::mem::take(&mut self.events);
        let mut out = Vec::with_capacity(events.len() + events.len() / 2);
        let mut parser = inline::Inlines::new(&self.text, outer, &self.links);
        for event in events.into_iter().take(count) {
            match event {
                Event::Inline(span) => parser.parse(span, &mut out),
                other => out.push(other),
            }
        }
        let extra = parser.finish();
        self.text.push_str(&extra);
        self.events = out;
    }
}

/// The block structure of `source`: events with inline content left as
/// [`Event::Inline`], the top-level block ends and the reference
/// definitions.
pub fn blocks(source: &str) -> Doc {
    block::parse(source)
}

/// The whole of `source` parsed, references resolving through `outer`
/// first.
pub fn parse(source: &str, outer: &Links) -> Doc {
    let mut doc = blocks(source);
    doc.inlines(usize::MAX, outer);
    doc
}
