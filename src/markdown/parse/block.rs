//! The block phase, line by line as the spec describes it: each line first
//! continues the open containers it can (block quotes, list items, code
//! and HTML blocks, paragraphs), then may open new blocks, and what is
//! left is text for the deepest block, or a lazy continuation of an open
//! paragraph. What happens when a block closes is in [`super::close`].

use super::html;
use super::starts::{at, atx, atx_content, fence, fence_close, list_marker, setext, space, task, thematic};
use super::table;
use super::text::push_safe;
use super::tree::{Kind, Tree, NONE};
use super::{Doc, Links, Span};

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
    eol: usize,
    next: usize,
    pub prev: usize,
    line_no: usize,
    /// Where the line is read from: byte and column (tabs expanded), and
    /// whether a tab is only partly consumed.
    offset: usize,
    column: usize,
    partial: bool,
    /// The first non-space byte from `offset`, its column, the indent it
    /// makes, and whether the rest is blank.
    nonspace: usize,
    nonspace_column: usize,
    indent: usize,
    blank: bool,
    /// A task marker just read after a list marker.
    task: Option<bool>,
    /// The block just opened took the rest of the line.
    done: bool,
    /// Where a thematic break failed on this line: one starting before
    /// fails there too.
    thematic_fail: usize,
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

    fn kind(&self, id: usize) -> &Kind {
        &self.tree.nodes[id].kind
    }

    /// Sets the first-non-space fields from `offset`, scanning only when
    /// `offset` has reached the last one found (so deeply indented lines
    /// are scanned once, not once per container).
    fn find_nonspace(&mut self) {
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
    fn advance(&mut self, mut count: usize, columns: bool) {
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

    /// Whether a thematic break is at `i`, noting where it failed if not.
    fn thematic(&mut self, line: &[u8], i: usize) -> bool {
        match thematic(line, i) {
            Ok(()) => true,
            Err(at) => {
                self.thematic_fail = at;
                false
            }
        }
    }

    /// Moves on to the first non-space byte.
    fn skip_to_nonspace(&mut self) {
        self.advance(self.nonspace - self.offset, false);
    }

    /// Appends the rest of the line to the deepest block's content.
    fn add_line(&mut self) {
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
                    if self.blank && empty {
                        false
                    } else if self.indent >= indent {
                        self.advance(indent, true);
                        true
                    } else if self.blank {
                        self.skip_to_nonspace();
                        true
                    } else {
                        false
                    }
                }
                Kind::Code { fence: 0, .. } => {
                    if self.indent >= 4 {
                        self.advance(4, true);
                        true
                    } else if self.blank {
                        self.skip_to_nonspace();
                        true
                    } else {
                        false
                    }
                }
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

    /// Opens the blocks that start on the line, from `container` down.
    fn open_new(&mut self, container: &mut usize) {
        // An indented line goes on a paragraph or a table (as a row).
        let mut maybe_lazy = matches!(self.kind(self.tip), Kind::Paragraph { .. } | Kind::Table { .. });
        let line = self.line();
        loop {
            if matches!(self.kind(*container), Kind::Code { .. } | Kind::Html { .. }) {
                return;
            }
            self.find_nonspace();
            let (indented, c, first) = (self.indent >= 4, at(line, self.nonspace), self.nonspace);
            let paragraph = matches!(self.kind(*container), Kind::Paragraph { .. });
            // Any list item ends a table, as in pulldown-cmark.
            let interrupts = paragraph;
            // A setext underline, if the paragraph is more than link
            // reference definitions (no other block starts with `=` or `-`
            // and could be tried before).
            let underline = match paragraph && !indented {
                true => setext(line, first).filter(|_| self.resolve_definitions(*container)),
                false => None,
            };
            if paragraph && !indented {
                if let Some(aligns) = table::delimiter_row(line, first) {
                    if let Some(table) = self.open_table(*container, &aligns) {
                        *container = table;
                        self.done = true;
                        return;
                    }
                }
            }
            if !indented && c == b'>' {
                self.advance(first + 1 - self.offset, false);
                if space(at(line, self.offset)) {
                    self.advance(1, true);
                }
                *container = self.add_child(*container, Kind::Quote);
            } else if let Some((level, after)) = atx(line, first).filter(|_| !indented) {
                self.advance(after - self.offset, false);
                *container = self.add_child(*container, Kind::Heading { level, setext: false });
                return;
            } else if let Some((fence, len)) = fence(line, first).filter(|_| !indented) {
                let indent = first - self.offset;
                let info_start = self.buf.len();
                let info = self.src.get(self.start + first + len..self.eol).unwrap_or("").trim_matches([' ', '\t']);
                super::text::unescape(info, &mut self.buf);
                let info = Span::new(info_start, self.buf.len());
                *container = self.add_child(*container, Kind::Code { fence, len, indent, info });
                self.done = true;
                return;
            } else if let Some(kind) =
                html::block_start(&line[first..], !interrupts && !maybe_lazy).filter(|_| !indented)
            {
                *container = self.add_child(*container, Kind::Html { kind });
                return;
            } else if let Some(level) = underline {
                self.tree.nodes[*container].kind = Kind::Heading { level, setext: true };
                self.done = true;
                return;
            } else if !indented && first >= self.thematic_fail && self.thematic(line, first) {
                *container = self.add_child(*container, Kind::Rule);
                self.done = true;
                return;
            } else if let Some(marker) = list_marker(line, first, interrupts).filter(|_| self.indent < 4) {
                let marker_offset = self.indent;
                self.advance(first + marker.len - self.offset, false);
                let (offset, column, partial) = (self.offset, self.column, self.partial);
                while self.column - column <= 5 && space(at(line, self.offset)) {
                    self.advance(1, true);
                }
                let spaces = self.column - column;
                let padding = if !(1..5).contains(&spaces) || self.offset >= line.len() {
                    (self.offset, self.column, self.partial) = (offset, column, partial);
                    if spaces > 0 {
                        self.advance(1, true);
                    }
                    marker.len + 1
                } else {
                    marker.len + spaces
                };
                let same = matches!(*self.kind(*container),
                    Kind::List { ordered, mark, .. } if ordered == marker.ordered && mark == marker.mark);
                if !same {
                    let list =
                        Kind::List { ordered: marker.ordered, mark: marker.mark, start: marker.start, tight: false };
                    *container = self.add_child(*container, list);
                }
                *container = self.add_child(*container, Kind::Item { indent: marker_offset + padding, task: None });
                if let Some((checked, end)) = task(line, self.offset) {
                    self.task = Some(checked);
                    self.advance(end - self.offset, false);
                    return;
                }
            } else if indented && !maybe_lazy && !self.blank {
                self.advance(4, true);
                *container =
                    self.add_child(*container, Kind::Code { fence: 0, len: 0, indent: 0, info: Span::default() });
                return;
            } else {
                return;
            }
            maybe_lazy = false;
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
            // A lazy continuation line.
            self.pipe = self.indent < 4 && at(self.line(), self.nonspace) == b'|';
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
