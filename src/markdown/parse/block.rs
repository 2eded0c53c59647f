//! The block phase, line by line as the spec describes it: each line first
//! continues the open containers it can (block quotes, list items, code
//! and HTML blocks, paragraphs), then may open new blocks, and what is
//! left is text for the deepest block, or a lazy continuation of an open
//! paragraph. Which blocks a line opens is in [`super::open`], what
//! happens when a block closes in [`super::close`].

use super::html;
use super::starts::{at, atx_content, fence_close, space};
use super::text::push_safe;
use super::tree::{Kind, Tree, NONE};
use super::{Doc, Links};

/// The block phase's state: the tree, its text buffer and the line being
/// read.
pub(super) struct Blocks<'s> {
    pub src: &'s str,
    pub tree: Tree,
    /// The deepest open block.
    pub tip: usize,
    /// The content of leaf blocks.
    pub buf: String,
    /// Link reference definitions: label key, destination, title.
    pub defs: Vec<(String, String, String)>,
    /// Table cells added empty so far (bounded, as a short row under a
    /// very wide header could otherwise add a great many).
    pub filled: usize,
    /// The line: its start, end (before the line ending) and the start of
    /// the next one, the previous line's start, and its number.
    pub start: usize,
    pub eol: usize,
    pub next: usize,
    pub prev: usize,
    pub line_no: usize,
    /// Where the line is read from: byte and column (tabs expanded), and
    /// whether a tab is only partly consumed.
    pub offset: usize,
    pub column: usize,
    pub partial: bool,
    /// The first non-space byte from `offset`, its column, the indent it
    /// makes, and whether the rest is blank.
    pub nonspace: usize,
    pub nonspace_column: usize,
    pub indent: usize,
    pub blank: bool,
    /// A task marker just read after a list marker.
    pub task: Option<bool>,
    /// The block just opened took the rest of the line.
    pub done: bool,
    /// Where a thematic break failed on this line: one starting before
    /// fails there too.
    pub thematic_fail: usize,
    /// The last line added to a paragraph started with `|` (indented less
    /// than four columns): it may be a table's header.
    pub pipe: bool,
}

/// Parses the block structure of `src`.
pub(super) fn parse(src: &str) -> Doc {
    let mut p = Blocks {
        src,
        tree: Tree::new(),
        tip: 0,
        buf: String::with_capacity(src.len() + 16),
        defs: Vec::new(),
        filled: 0,
        start: 0,
        eol: 0,
        next: 0,
        prev: 0,
        line_no: 0,
        offset: 0,
        column: 0,
        partial: false,
        nonspace: 0,
        nonspace_column: 0,
        indent: 0,
        blank: false,
        task: None,
        done: false,
        thematic_fail: 0,
        pipe: false,
    };
    let bytes = src.as_bytes();
    while p.next < bytes.len() {
        let start = p.next;
        let eol = bytes[start..].iter().position(|&b| b == b'\n' || b == b'\r').map_or(bytes.len(), |i| start + i);
        let crlf = bytes.get(eol) == Some(&b'\r') && bytes.get(eol + 1) == Some(&b'\n');
        (p.prev, p.start, p.eol) = (p.start, start, eol);
        p.next = (eol + 1 + usize::from(crlf)).min(bytes.len());
        p.read_line();
    }
    p.start = src.len();
    p.close_to(0);
    let (events, tops) = p.tree.events();
    Doc { text: p.buf, events, tops, links: Links::new(p.defs) }
}

/// Whether a block of kind `parent` can hold one of kind `child`.
fn can_hold(parent: &Kind, child: &Kind) -> bool {
    match parent {
        Kind::Document | Kind::Quote | Kind::Item { .. } => true,
        Kind::List { .. } => matches!(child, Kind::Item { .. }),
        _ => false,
    }
}

impl<'s> Blocks<'s> {
    /// The current line, without its line ending.
    pub fn line(&self) -> &'s [u8] {
        let src: &'s str = self.src;
        src.as_bytes().get(self.start..self.eol).unwrap_or(&[])
    }

    /// The kind of block `id`.
    pub fn kind(&self, id: usize) -> &Kind {
        &self.tree.nodes[id].kind
    }

    /// Sets the first-non-space fields from `offset`, scanning only when
    /// `offset` has reached the last one found (so deeply indented lines
    /// are scanned once, not once per container).
    pub fn find_nonspace(&mut self) {
        if self.nonspace > self.offset {
            self.indent = self.nonspace_column - self.column;
            return;
        }
        let line = self.line();
        let (mut i, mut column) = (self.offset, self.column);
        while i < line.len() {
            match line[i] {
                b' ' => column += 1,
                b'\t' => column += 4 - column % 4,
                _ => break,
            }
            i += 1;
        }
        (self.nonspace, self.nonspace_column) = (i, column);
        self.indent = column - self.column;
        self.blank = i >= line.len();
    }

    /// Moves on `count` columns (tabs to the next stop of four) or bytes.
    pub fn advance(&mut self, mut count: usize, columns: bool) {
        let line = self.line();
        while count > 0 && self.offset < line.len() {
            if line[self.offset] == b'\t' {
                let to_tab = 4 - self.column % 4;
                if columns {
                    self.partial = to_tab > count;
                    let step = to_tab.min(count);
                    self.column += step;
                    self.offset += usize::from(!self.partial);
                    count -= step;
                } else {
                    self.partial = false;
                    self.column += to_tab;
                    self.offset += 1;
                    count -= 1;
                }
            } else {
                self.partial = false;
                self.offset += 1;
                self.column += 1;
                count -= 1;
            }
        }
    }

    /// Moves on to the first non-space byte.
    pub fn skip_to_nonspace(&mut self) {
        self.advance(self.nonspace - self.offset, false);
    }

    /// Continues a block whose lines are indented by `width` columns (a
    /// list item's content, indented code): past the indentation, or past
    /// the spaces of a blank line. Returns whether the block goes on.
    fn indented_or_blank(&mut self, width: usize) -> bool {
        if self.indent >= width {
            self.advance(width, true);
            true
        } else if self.blank {
            self.skip_to_nonspace();
            true
        } else {
            false
        }
    }

    /// Appends the rest of the line to the deepest block's content.
    pub fn add_line(&mut self) {
        let line = self.src.get(self.start..self.eol).unwrap_or("");
        if self.partial {
            self.offset += 1;
            for _ in 0..4 - self.column % 4 {
                self.buf.push(' ');
            }
        }
        push_safe(&mut self.buf, line.get(self.offset..).unwrap_or(""));
        self.buf.push('\n');
        self.tree.nodes[self.tip].content.end = self.buf.len();
    }

    /// Reads one line.
    fn read_line(&mut self) {
        (self.offset, self.column, self.partial, self.task, self.done) = (0, 0, false, None, false);
        (self.nonspace, self.nonspace_column, self.thematic_fail) = (0, 0, 0);
        self.line_no += 1;
        let Some(mut container) = self.continue_open() else { return };
        let matched = container;
        self.open_new(&mut container);
        self.add_text(container, matched);
    }

    /// Continues the open blocks the line's prefixes match: the last one
    /// matched, or `None` when the line is used up (a closing fence, or a
    /// second blank line in a list).
    fn continue_open(&mut self) -> Option<usize> {
        let mut container = 0;
        loop {
            let child = self.tree.nodes[container].last;
            if child == NONE || !self.tree.nodes[child].open {
                return Some(container);
            }
            self.find_nonspace();
            let line = self.line();
            let matched = match *self.kind(child) {
                Kind::Quote => {
                    let quote = self.indent <= 3 && at(line, self.nonspace) == b'>';
                    if quote {
                        self.advance(self.indent + 1, true);
                        if space(at(line, self.offset)) {
                            self.advance(1, true);
                        }
                    }
                    quote
                }
                Kind::List { .. } => {
                    // A second blank line changes nothing below the list:
                    // stop here, so blank lines in deep lists stay cheap.
                    if self.blank && self.tree.nodes[child].list_blank && self.indent == 0 {
                        if matches!(self.kind(self.tip), Kind::Code { .. } | Kind::Html { .. }) {
                            self.add_line();
                        }
                        return None;
                    }
                    self.tree.nodes[child].list_blank = self.blank;
                    true
                }
                Kind::Item { indent, .. } => {
                    // An item that began with a blank line ends at the next.
                    let empty = self.tree.nodes[child].first == NONE;
                    !(self.blank && empty) && self.indented_or_blank(indent)
                }
                Kind::Code { fence: 0, .. } => self.indented_or_blank(4),
                Kind::Code { fence, len, indent, .. } => {
                    if self.indent <= 3 && fence_close(line, self.nonspace, fence, len) {
                        self.finalize(child, self.next);
                        self.tip = container;
                        return None;
                    }
                    for _ in 0..indent {
                        if !space(at(line, self.offset)) {
                            break;
                        }
                        self.advance(1, true);
                    }
                    true
                }
                Kind::Html { kind } => kind <= 5 || !self.blank,
                Kind::Paragraph { .. } | Kind::Table { .. } => !self.blank,
                _ => false,
            };
            if !matched {
                return Some(container);
            }
            container = child;
        }
    }

    /// Adds the rest of the line to `container`, the deepest block open or
    /// opened on it (`matched` is the last one continued).
    fn add_text(&mut self, container: usize, matched: usize) {
        self.find_nonspace();
        let blank = self.blank;
        let node = &self.tree.nodes[container];
        if blank && node.last != NONE {
            let last = node.last;
            self.tree.nodes[last].blank = true;
        }
        let node = &self.tree.nodes[container];
        let counts = blank
            && !matches!(node.kind, Kind::Quote | Kind::Heading { .. } | Kind::Rule | Kind::Code { fence: 1.., .. })
            && !(matches!(node.kind, Kind::Item { .. }) && node.first == NONE && node.line == self.line_no);
        self.tree.nodes[container].blank = counts;
        let mut up = self.tree.nodes[container].parent;
        while up != NONE {
            self.tree.nodes[up].blank = false;
            up = self.tree.nodes[up].parent;
        }
        if self.tip != matched
            && container == matched
            && !blank
            && matches!(self.kind(self.tip), Kind::Paragraph { .. })
        {
            // A lazy continuation line (never a table's header).
            self.pipe = false;
            self.add_line();
            return;
        }
        if container == matched {
            self.close_to(matched);
        }
        if self.done {
            return;
        }
        let line = self.line();
        match *self.kind(container) {
            Kind::Code { .. } => self.add_line(),
            Kind::Html { kind } => {
                self.add_line();
                if html::block_end(&line[self.nonspace..], kind) {
                    self.finalize(container, self.next);
                    self.tip = self.tree.nodes[container].parent;
                }
            }
            _ if blank => {}
            Kind::Heading { setext: false, .. } => {
                let (a, b) = atx_content(line, self.offset);
                push_safe(&mut self.buf, self.src.get(self.start + a..self.start + b).unwrap_or(""));
                self.tree.nodes[container].content.end = self.buf.len();
            }
            Kind::Paragraph { .. } => {
                self.pipe = self.indent < 4 && at(line, self.nonspace) == b'|';
                self.skip_to_nonspace();
                self.add_line();
            }
            Kind::Table { .. } => self.add_row(container, self.nonspace),
            _ => {
                let task = self.task.take();
                self.pipe = at(line, self.nonspace) == b'|';
                self.add_child(container, Kind::Paragraph { task });
                self.skip_to_nonspace();
                self.add_line();
            }
        }
        if let Some(checked) = self.task.take() {
            if let Kind::Item { task, .. } = &mut self.tree.nodes[container].kind {
                *task = Some(checked);
            }
        }
    }

    /// Closes the open blocks below `target`.
    pub fn close_to(&mut self, target: usize) {
        while self.tip != target && self.tip != NONE {
            let tip = self.tip;
            self.finalize(tip, self.start);
            self.tip = self.tree.nodes[tip].parent;
        }
    }

    /// Adds an open block of `kind` under `parent`, closing what cannot
    /// hold it; it becomes the deepest open block.
    pub fn add_child(&mut self, mut parent: usize, kind: Kind) -> usize {
        self.close_to(parent);
        while !can_hold(self.kind(parent), &kind) {
            self.finalize(parent, self.start);
            parent = self.tree.nodes[parent].parent;
        }
        let id = self.tree.push(kind, parent, self.line_no, self.buf.len());
        self.tip = id;
        id
    }
}
