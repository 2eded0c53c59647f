//! The inline phase: the content of one paragraph, heading or cell read
//! left to right into a linked list of events, with a stack of delimiter
//! runs (`*`, `_`, `~`) and one of brackets (`[`, `![`). A `]` looks only
//! at the top bracket; links deactivate the link openers below them by
//! moving one index, not by walking the stack; code spans find their
//! closer by binary search in the paragraph's backtick runs
//! ([`super::code_span`]); raw HTML remembers which terminators are missing
//! ([`super::autolink`]). Emphasis is matched in [`super::emphasis`].

use super::html::Missing;
use super::link;
use super::starts::{at, run};
use super::text::{has_escapes, is_punctuation, is_space, reference, unescape};
use super::tree::NONE;
use super::{Event, Links, Span, Tag};

/// One event in the list being built.
#[derive(Clone, Copy)]
pub(super) struct Node {
    pub event: Event,
    pub prev: usize,
    pub next: usize,
}

/// A run of `*`, `_` or `~`: its text node, its character, how many of
/// its characters are left to match, its length, and whether it can open
/// and close.
#[derive(Clone, Copy)]
pub(super) struct Delim {
    pub node: usize,
    pub ch: u8,
    pub count: usize,
    pub len: usize,
    pub open: bool,
    pub close: bool,
}

/// A `[` or `![`: its text node, whether an image, the delimiters below
/// it, where its text starts, and whether another bracket follows it.
#[derive(Clone, Copy)]
struct Bracket {
    node: usize,
    image: bool,
    delims: usize,
    start: usize,
    after: bool,
}

/// The inline parser, kept across the blocks of one document.
pub(super) struct Inlines<'t> {
    /// The document's text (the block phase's buffer).
    pub text: &'t str,
    /// Where spans into `extra` start: after `text`.
    pub base: usize,
    /// Text written anew; it is appended to the document's buffer.
    pub extra: String,
    outer: &'t Links,
    own: &'t Links,
    pub nodes: Vec<Node>,
    pub last: usize,
    pub delims: Vec<Delim>,
    brackets: Vec<Bracket>,
    /// Brackets below this index are inactive link openers.
    inactive: usize,
    /// The backtick runs of the content (length, start), sorted; built on
    /// the first backtick.
    pub ticks: Option<Vec<(usize, usize)>>,
    pub missing: Missing,
    /// The spans written for each definition used, outer and own.
    outer_spans: Vec<Option<(Span, Span)>>,
    own_spans: Vec<Option<(Span, Span)>>,
    /// Bytes of destinations and titles expanded from references so far,
    /// and the most allowed: the text's length, or 100,000 if more.
    expanded: usize,
    budget: usize,
}

impl<'t> Inlines<'t> {
    /// A parser of inline content in `text`, references resolving through
    /// `outer`, then `own`.
    pub fn new(text: &'t str, outer: &'t Links, own: &'t Links) -> Self {
        Inlines {
            text,
            base: text.len(),
            extra: String::new(),
            outer,
            own,
            nodes: Vec::new(),
            last: 0,
            delims: Vec::new(),
            brackets: Vec::new(),
            inactive: 0,
            ticks: None,
            missing: Missing::default(),
            outer_spans: Vec::new(),
            own_spans: Vec::new(),
            expanded: 0,
            budget: text.len().max(100_000),
        }
    }

    /// The text written anew, to append to the document's buffer.
    pub fn finish(self) -> String {
        self.extra
    }

    /// Adds `event` after node `at`.
    pub fn insert_after(&mut self, at: usize, event: Event) -> usize {
        let id = self.nodes.len();
        let next = self.nodes[at].next;
        self.nodes.push(Node { event, prev: at, next });
        self.nodes[at].next = id;
        match next {
            NONE => self.last = id,
            next => self.nodes[next].prev = id,
        }
        id
    }

    /// Adds `event` at the end.
    pub fn push(&mut self, event: Event) -> usize {
        self.insert_after(self.last, event)
    }

    /// Adds the text from `start` to `end`, if any.
    fn text_node(&mut self, start: usize, end: usize) {
        if start < end {
            self.push(Event::Text(Span::new(start, end)));
        }
    }

    /// A span of `extra` holding what `write` appends to it.
    pub fn written(&mut self, write: impl FnOnce(&mut String)) -> Span {
        let start = self.extra.len();
        write(&mut self.extra);
        Span::new(self.base + start, self.base + self.extra.len())
    }

    /// The span of `text[start..end]` with escapes and references decoded.
    fn unescaped(&mut self, start: usize, end: usize) -> Span {
        let raw = self.text.get(start..end).unwrap_or("");
        match has_escapes(raw) {
            true => self.written(|out| unescape(raw, out)),
            false => Span::new(start, end),
        }
    }

    /// Parses the content at `span` into `out`.
    pub fn parse(&mut self, span: Span, out: &mut Vec<Event>) {
        self.nodes.clear();
        self.nodes.reserve((span.end - span.start) / 16);
        self.nodes.push(Node { event: Event::SoftBreak, prev: NONE, next: NONE });
        (self.last, self.inactive, self.ticks, self.missing) = (0, 0, None, Missing::default());
        self.delims.clear();
        self.brackets.clear();
        let text: &'t str = self.text;
        let end = span.end.min(text.len());
        // Every scan stops at the content's end.
        let s = &text.as_bytes()[..end];
        let (mut i, mut plain) = (span.start, span.start);
        while i < end {
            match s[i] {
                b'\n' => {
                    let mut trimmed = i;
                    while trimmed > plain && matches!(s[trimmed - 1], b' ' | b'\t') {
                        trimmed -= 1;
                    }
                    self.text_node(plain, trimmed);
                    let hard = i >= span.start + 2 && s[i - 1] == b' ' && s[i - 2] == b' ';
                    self.push(if hard { Event::HardBreak } else { Event::SoftBreak });
                    i = link::spaces(s, i + 1);
                    plain = i;
                }
                b'\\' => match s.get(i + 1) {
                    Some(b'\n') => {
                        self.text_node(plain, i);
                        self.push(Event::HardBreak);
                        i = link::spaces(s, i + 2);
                        plain = i;
                    }
                    Some(b) if b.is_ascii_punctuation() => {
                        self.text_node(plain, i);
                        plain = i + 1;
                        i += 2;
                    }
                    _ => i += 1,
                },
                b'`' => {
                    let n = run(s, i, b'`');
                    match self.code_close(s, span.start, i + n, n) {
                        Some(close) => {
                            self.text_node(plain, i);
                            self.code_span(s, i + n, close);
                            i = close + n;
                            plain = i;
                        }
                        None => i += n,
                    }
                }
                b'*' | b'_' | b'~' => {
                    self.text_node(plain, i);
                    i = self.delimiter_run(s, span.start, i);
                    plain = i;
                }
                b'[' => {
                    self.text_node(plain, i);
                    self.open_bracket(i, 1, false);
                    i += 1;
                    plain = i;
                }
                b'!' if s.get(i + 1) == Some(&b'[') => {
                    self.text_node(plain, i);
                    self.open_bracket(i, 2, true);
                    i += 2;
                    plain = i;
                }
                b']' => {
                    self.text_node(plain, i);
                    i = self.close_bracket(s, i);
                    plain = i;
                }
                b'<' => {
                    self.text_node(plain, i);
                    plain = i;
                    if let Some(after) = self.angle(s, i) {
                        i = after;
                        plain = i;
                    } else {
                        i += 1;
                    }
                }
                b'&' => {
                    let start = self.extra.len();
                    let n = reference(s, i, &mut self.extra);
                    if n > 0 {
                        self.text_node(plain, i);
                        self.push(Event::Text(Span::new(self.base + start, self.base + self.extra.len())));
                        plain = i + n;
                    }
                    i += n.max(1);
                }
                _ => i += 1,
            }
        }
        self.text_node(plain, end);
        self.process_emphasis(0);
        out.reserve(self.nodes.len());
        let mut id = self.nodes[0].next;
        while id != NONE {
            match self.nodes[id].event {
                Event::Text(span) if span.is_empty() => {}
                event => out.push(event),
            }
            id = self.nodes[id].next;
        }
    }

    /// Adds the run of delimiters at `i` (content from `start`) and
    /// returns its end.
    fn delimiter_run(&mut self, s: &[u8], start: usize, i: usize) -> usize {
        let c = s[i];
        let n = run(s, i, c);
        let before = self.text.get(start..i).and_then(|t| t.chars().next_back()).unwrap_or(' ');
        let after = self.text.get(i + n..s.len()).and_then(|t| t.chars().next()).unwrap_or(' ');
        let (space_before, space_after) = (is_space(before), is_space(after));
        let (punct_before, punct_after) = (is_punctuation(before), is_punctuation(after));
        let left = !space_after && (!punct_after || space_before || punct_before);
        let right = !space_before && (!punct_before || space_after || punct_after);
        let (open, close) = match (c, n) {
            (b'*', _) => (left, right),
            (b'_', _) => (left && (!right || punct_before), right && (!left || punct_after)),
            // As GitHub and pulldown-cmark: `~~` may be inside a word, `~` not.
            (_, 2) => (!space_after, right),
            (_, 1) => (!space_after && (space_before || punct_before), !space_before && (space_after || punct_after)),
            _ => (false, false),
        };
        let node = self.push(Event::Text(Span::new(i, i + n)));
        if open || close {
            self.delims.push(Delim { node, ch: c, count: n, len: n, open, close });
        }
        i + n
    }

    /// Adds a `[` (or `![`) of `len` bytes at `i` and its bracket.
    fn open_bracket(&mut self, i: usize, len: usize, image: bool) {
        let node = self.push(Event::Text(Span::new(i, i + len)));
        if let Some(last) = self.brackets.last_mut() {
            last.after = true;
        }
        self.brackets.push(Bracket { node, image, delims: self.delims.len(), start: i + len, after: false });
    }

    /// Drops the top bracket.
    fn pop_bracket(&mut self) {
        self.brackets.pop();
        self.inactive = self.inactive.min(self.brackets.len());
    }

    /// Reads the `]` at `i`: a link or image with the top bracket, or
    /// text. Returns where to go on.
    fn close_bracket(&mut self, s: &[u8], i: usize) -> usize {
        let Some(&bracket) = self.brackets.last() else {
            self.push(Event::Text(Span::new(i, i + 1)));
            return i + 1;
        };
        if !bracket.image && self.brackets.len() - 1 < self.inactive {
            self.pop_bracket();
            self.push(Event::Text(Span::new(i, i + 1)));
            return i + 1;
        }
        let after = i + 1;
        if at(s, after) == b'(' {
            if let Some(found) = link::inline(s, after + 1) {
                let dest = self.unescaped(found.dest.0, found.dest.1);
                let title = self.unescaped(found.title.0, found.title.1);
                self.make_link(bracket, dest, title);
                return found.end;
            }
        }
        // A reference: full `[text][label]`, collapsed `[text][]` or
        // shortcut `[text]`.
        let (label, end) = match link::label(s, after) {
            Some(close) => (Some((after + 1, close)), close + 1),
            None => {
                let end = if at(s, after) == b'[' && at(s, after + 1) == b']' { after + 2 } else { after };
                let own = !bracket.after && link::label(s, bracket.start - 1) == Some(i);
                (own.then_some((bracket.start, i)), end)
            }
        };
        let found = label.and_then(|(a, b)| {
            let label = self.text.get(a..b).unwrap_or("");
            let outer = self.outer.find(label).map(|k| (true, k));
            outer.or_else(|| self.own.find(label).map(|k| (false, k)))
        });
        match found.and_then(|(outer, k)| self.reference(outer, k)) {
            Some((dest, title)) => {
                self.make_link(bracket, dest, title);
                end
            }
            None => {
                self.pop_bracket();
                self.push(Event::Text(Span::new(i, i + 1)));
                i + 1
            }
        }
    }

    /// The spans of the destination and title of definition `k` (of the
    /// outer links or the document's own), written once for all its uses;
    /// `None` once the document's references have been expanded to more
    /// than [`Inlines::budget`] bytes, so that a long destination used
    /// many times cannot make the output huge (the bound cmark sets).
    fn reference(&mut self, outer: bool, k: usize) -> Option<(Span, Span)> {
        let links = if outer { self.outer } else { self.own };
        let (dest, title) = links.entry(k);
        self.expanded = self.expanded.saturating_add(dest.len() + title.len());
        if self.expanded > self.budget {
            return None;
        }
        let cache = if outer { &mut self.outer_spans } else { &mut self.own_spans };
        // Pushed one by one: `resize` is more code for a rare step.
        while cache.len() < links.len() {
            cache.push(None);
        }
        if let Some(spans) = cache.get(k).copied().flatten() {
            return Some(spans);
        }
        let spans = (self.written(|out| out.push_str(dest)), self.written(|out| out.push_str(title)));
        let cache = if outer { &mut self.outer_spans } else { &mut self.own_spans };
        if let Some(slot) = cache.get_mut(k) {
            *slot = Some(spans);
        }
        Some(spans)
    }

    /// Turns the top bracket and what follows it into a link or image.
    fn make_link(&mut self, bracket: Bracket, dest: Span, title: Span) {
        self.pop_bracket();
        self.process_emphasis(bracket.delims);
        self.delims.truncate(bracket.delims);
        let tag = if bracket.image { Tag::Image(dest, title) } else { Tag::Link(dest, title) };
        self.nodes[bracket.node].event = Event::Start(tag);
        self.push(Event::End(tag));
        if !bracket.image {
            // No link in a link: the link openers below become inactive.
            self.inactive = self.brackets.len();
        }
    }
}
