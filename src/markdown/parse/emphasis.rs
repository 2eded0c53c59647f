//! Emphasis, strong emphasis and strikethrough from the delimiter runs of
//! the inline phase, by the spec's algorithm: each closer, left to right,
//! looks back for the nearest opener it may match (the rule of 3 for `*`
//! and `_`, equal lengths for `~`), and what lies between them can no
//! longer open. A closer that finds nothing raises the floor for the next
//! closers of its kind ("openers bottom"), so no opener is looked at twice
//! in vain and the work stays linear.

use super::inline::{Delim, Inlines};
use super::{Event, Span, Tag};

/// The floor index of a closer: by character, then for `*` and `_` by
/// whether it can also open and its length modulo 3, for `~` by length.
fn class(d: &Delim) -> usize {
    match d.ch {
        b'*' => usize::from(d.open) * 3 + d.len % 3,
        b'_' => 6 + usize::from(d.open) * 3 + d.len % 3,
        _ => 12 + usize::from(d.len > 1),
    }
}

/// Whether opener `o` may close with closer `c`.
fn matches(o: &Delim, c: &Delim) -> bool {
    o.ch == c.ch
        && o.open
        && match c.ch {
            b'~' => o.len == c.len,
            _ => !(c.open || o.close) || c.len.is_multiple_of(3) || !(o.len + c.len).is_multiple_of(3),
        }
}

impl Inlines<'_> {
    /// Matches the delimiters from index `bottom` on, inserting the start
    /// and end events around what they enclose.
    pub fn process_emphasis(&mut self, bottom: usize) {
        let mut openers: Vec<usize> = Vec::new();
        let mut floors = [0usize; 14];
        for d in bottom..self.delims.len() {
            let closer = self.delims[d];
            if closer.close {
                let class = class(&closer);
                while self.delims[d].count > 0 {
                    let floor = floors[class].min(openers.len());
                    let Some(k) = (floor..openers.len()).rev().find(|&k| matches(&self.delims[openers[k]], &closer))
                    else {
                        floors[class] = openers.len();
                        break;
                    };
                    let o = openers[k];
                    openers.truncate(k + 1);
                    let (have, want) = (self.delims[o].count, self.delims[d].count);
                    let used = match closer.ch {
                        b'~' => want.min(have),
                        _ if have >= 2 && want >= 2 => 2,
                        _ => 1,
                    };
                    let tag = match (closer.ch, used) {
                        (b'~', _) => Tag::Strikethrough,
                        (_, 1) => Tag::Emphasis,
                        _ => Tag::Strong,
                    };
                    self.delims[o].count -= used;
                    self.delims[d].count -= used;
                    let (open_node, close_node) = (self.delims[o].node, self.delims[d].node);
                    if let Event::Text(Span { end, .. }) = &mut self.nodes[open_node].event {
                        *end -= used;
                    }
                    if let Event::Text(Span { start, .. }) = &mut self.nodes[close_node].event {
                        *start += used;
                    }
                    self.insert_after(open_node, Event::Start(tag));
                    let before_close = self.nodes[close_node].prev;
                    self.insert_after(before_close, Event::End(tag));
                    if self.delims[o].count == 0 {
                        openers.pop();
                    }
                    for f in &mut floors {
                        *f = (*f).min(openers.len());
                    }
                }
            }
            if self.delims[d].count > 0 && closer.open {
                openers.push(d);
            }
        }
    }
}
