//! Which blocks a line opens, tried in the spec's order at its first
//! non-space character: a table under a paragraph's last line, block
//! quotes, ATX headings, fences, HTML blocks, setext underlines, thematic
//! breaks, list items (with their task markers) and indented code. Block
//! quotes and list items are containers, so the next block may open inside
//! them on the same line.

use super::block::Blocks;
use super::html;
use super::starts::{at, atx, fence, list_marker, setext, space, task, thematic};
use super::table;
use super::tree::Kind;
use super::Span;

impl Blocks<'_> {
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

    /// Opens the blocks that start on the line, from `container` down.
    pub fn open_new(&mut self, container: &mut usize) {
        // An indented line goes on a paragraph or a table (as a row).
        let mut maybe_lazy = matches!(self.kind(self.tip), Kind::Paragraph { .. } | Kind::Table { .. });
        let line = self.line();
        loop {
            if matches!(self.kind(*container), Kind::Code { .. } | Kind::Html { .. }) {
                return;
            }
            self.find_nonspace();
            let (indented, c, first) = (self.indent >= 4, at(line, self.nonspace), self.nonspace);
            // What may interrupt a paragraph is restricted; any list item
            // ends a table, as in pulldown-cmark.
            let paragraph = matches!(self.kind(*container), Kind::Paragraph { .. });
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
                let (a, b) = table::trim(line, first + len, line.len());
                let info = self.src.get(self.start + a..self.start + b).unwrap_or("");
                super::text::unescape(info, &mut self.buf);
                let info = Span::new(info_start, self.buf.len());
                *container = self.add_child(*container, Kind::Code { fence, len, indent, info });
                self.done = true;
                return;
            } else if let Some(kind) =
                html::block_start(&line[first..], !paragraph && !maybe_lazy).filter(|_| !indented)
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
            } else if let Some(marker) = list_marker(line, first, paragraph).filter(|_| self.indent < 4) {
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
}
