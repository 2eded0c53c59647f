//! What the block phase does as blocks close or change kind: link
//! reference definitions taken from the start of paragraphs, trailing
//! blank lines dropped from indented code, lists found tight or loose, and
//! tables opened from a paragraph and given their rows.

use super::block::Blocks;
use super::refs;
use super::table;
use super::text::push_safe;
use super::tree::{Kind, NONE};
use super::{Align, Span};

/// At most this many cells are added empty to short rows in one
/// document.
const MAX_FILLED_CELLS: usize = 1 << 18;

/// Whether `b` is a space, a tab or a newline.
fn white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n')
}

impl Blocks<'_> {
    /// Closes block `id`, whose last line ends before `end` in the source.
    pub fn finalize(&mut self, id: usize, end: usize) {
        let node = &mut self.tree.nodes[id];
        node.open = false;
        node.end = end;
        match node.kind {
            Kind::Paragraph { .. } => {
                self.resolve_definitions(id);
                self.trim_end(id);
                if self.tree.nodes[id].content.is_empty() {
                    self.tree.unlink_last(id);
                }
            }
            Kind::Heading { setext: true, .. } => self.trim_end(id),
            Kind::Code { fence: 0, .. } => {
                let Span { start, end } = node.content;
                let text = self.buf.as_bytes();
                let mut last = end;
                while last > start && white(text[last - 1]) {
                    last -= 1;
                }
                let cut = match last {
                    _ if last == start => start,
                    _ => text[last..end].iter().position(|&b| b == b'\n').map_or(end, |i| last + i + 1),
                };
                self.tree.nodes[id].content.end = cut;
            }
            Kind::List { .. } => {
                let tight = self.tight(id);
                if let Kind::List { tight: t, .. } = &mut self.tree.nodes[id].kind {
                    *t = tight;
                }
            }
            _ => {}
        }
    }

    /// Drops trailing white space from the content of `id`.
    fn trim_end(&mut self, id: usize) {
        let text = self.buf.as_bytes();
        let content = &mut self.tree.nodes[id].content;
        while content.end > content.start && white(text[content.end - 1]) {
            content.end -= 1;
        }
    }

    /// Takes the link reference definitions at the start of paragraph
    /// `id` (none after a task marker: that is text); returns whether
    /// content remains.
    pub fn resolve_definitions(&mut self, id: usize) -> bool {
        let Span { mut start, end } = self.tree.nodes[id].content;
        if matches!(self.tree.nodes[id].kind, Kind::Paragraph { task: Some(_) }) {
            return true;
        }
        while let Some((len, def)) = self.buf.get(start..end).and_then(refs::definition) {
            self.defs.push(def);
            start += len;
        }
        self.tree.nodes[id].content.start = start;
        self.buf.as_bytes().get(start..end).is_some_and(|rest| rest.iter().any(|&b| !white(b)))
    }

    /// Whether list `id` is tight: no blank line between its items or
    /// between the blocks of an item.
    fn tight(&mut self, id: usize) -> bool {
        let mut item = self.tree.nodes[id].first;
        while item != NONE {
            let next = self.tree.nodes[item].next;
            if self.tree.nodes[item].blank && next != NONE {
                return false;
            }
            let mut sub = self.tree.nodes[item].first;
            while sub != NONE {
                if (next != NONE || self.tree.nodes[sub].next != NONE) && self.ends_blank(sub) {
                    return false;
                }
                sub = self.tree.nodes[sub].next;
            }
            item = next;
        }
        true
    }

    /// Whether block `id` ends with a blank line, looking into the last
    /// items of lists; remembered, so nested lists are looked through once.
    fn ends_blank(&mut self, id: usize) -> bool {
        let mut n = id;
        let answer = loop {
            let node = &self.tree.nodes[n];
            if let Some(known) = node.ends_blank {
                break known;
            }
            if node.blank {
                break true;
            }
            if !matches!(node.kind, Kind::List { .. } | Kind::Item { .. }) || node.last == NONE {
                break false;
            }
            n = node.last;
        };
        let mut m = id;
        while m != n {
            self.tree.nodes[m].ends_blank = Some(answer);
            m = self.tree.nodes[m].last;
        }
        self.tree.nodes[n].ends_blank = Some(answer);
        answer
    }

    /// Makes a table of paragraph `id` when the line under its last line
    /// is a delimiter row with `aligns` and that line is a header row with
    /// as many cells and a pipe; returns the table. The lines before the
    /// header, if any, stay a paragraph; a header after other lines must
    /// start with `|`.
    pub fn open_table(&mut self, id: usize, aligns: &[Align]) -> Option<usize> {
        let Span { start, end } = self.tree.nodes[id].content;
        let content = self.buf.get(start..end)?;
        let body = content.get(..content.len().checked_sub(1)?).filter(|_| content.ends_with('\n'))?;
        let at = body.as_bytes().iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let header = body.get(at..)?;
        let cells = table::cells(header.as_bytes());
        if (at > 0 && !self.pipe) || !table::has_pipe(header.as_bytes()) || cells.len() != aligns.len() {
            return None;
        }
        let header = header.to_string();
        let columns = aligns.len();
        let table = if at == 0 {
            self.tree.nodes[id].kind = Kind::Table { columns };
            self.tree.nodes[id].content = Span::default();
            id
        } else {
            self.tree.nodes[id].content.end = start + at;
            let parent = self.tree.nodes[id].parent;
            self.finalize(id, self.prev);
            self.tip = parent;
            self.add_child(parent, Kind::Table { columns })
        };
        let head = self.tree.push(Kind::Head, table, 0, self.buf.len());
        for (&(a, b), &align) in cells.iter().zip(aligns) {
            self.add_cell(head, align, header.get(a..b).unwrap_or(""));
        }
        self.tree.nodes[head].open = false;
        Some(table)
    }

    /// Adds a cell to `row`.
    fn add_cell(&mut self, row: usize, align: Align, text: &str) {
        let cell = self.tree.push(Kind::Cell(align), row, 0, self.buf.len());
        table::push_cell(&mut self.buf, text);
        self.tree.nodes[cell].content.end = self.buf.len();
        self.tree.nodes[cell].open = false;
    }

    /// Adds the row of `table` written on the line from byte `from`: as
    /// many cells as the header has, short rows filled with empty ones.
    /// A line without a cell ends the table and starts a paragraph.
    pub fn add_row(&mut self, table: usize, from: usize) {
        let line = self.line().get(from..).unwrap_or(&[]);
        let cells = table::cells(line);
        if cells.is_empty() {
            let parent = self.tree.nodes[table].parent;
            self.finalize(table, self.start);
            self.tip = parent;
            let paragraph = self.add_child(parent, Kind::Paragraph { task: None });
            let text = self.src.get(self.start + from..self.start + line.len() + from).unwrap_or("");
            push_safe(&mut self.buf, text);
            self.buf.push('\n');
            self.tree.nodes[paragraph].content.end = self.buf.len();
            return;
        }
        let columns = match self.tree.nodes[table].kind {
            Kind::Table { columns } => columns,
            _ => 0,
        };
        let row = self.tree.push(Kind::Row, table, 0, self.buf.len());
        let head = self.tree.nodes[table].first;
        let mut head_cell = self.tree.nodes.get(head).map_or(NONE, |n| n.first);
        for k in 0..columns {
            let align = match self.tree.nodes.get(head_cell).map(|n| &n.kind) {
                Some(Kind::Cell(align)) => *align,
                _ => Align::None,
            };
            head_cell = self.tree.nodes.get(head_cell).map_or(NONE, |n| n.next);
            let text = match cells.get(k) {
                Some(&(a, b)) => self.src.get(self.start + from + a..self.start + from + b).unwrap_or(""),
                None if self.filled < MAX_FILLED_CELLS => {
                    self.filled += 1;
                    ""
                }
                None => break,
            };
            self.add_cell(row, align, text);
        }
        self.tree.nodes[row].open = false;
    }
}
