//! Code spans: a run of backticks opens one, and the next run of exactly
//! as many closes it. The closer is found by binary search in the
//! paragraph's backtick runs, sorted by length then position once, so a
//! paragraph of many unmatched runs stays linear.

use super::inline::Inlines;
use super::text::push_replacing;
use super::{Event, Span};

impl Inlines<'_> {
    /// Where the code span whose opening run of `n` backticks ends at
    /// `from` closes: the start of the next run of exactly `n`.
    pub fn code_close(&mut self, s: &[u8], start: usize, from: usize, n: usize) -> Option<usize> {
        let ticks = self.ticks.get_or_insert_with(|| {
            let mut runs = Vec::new();
            let mut i = start;
            while i < s.len() {
                if s[i] == b'`' {
                    let len = super::starts::run(s, i, b'`');
                    runs.push((len, i));
                    i += len;
                } else {
                    i += 1;
                }
            }
            runs.sort_unstable();
            runs
        });
        let k = ticks.partition_point(|&run| run < (n, from));
        ticks.get(k).filter(|run| run.0 == n).map(|run| run.1)
    }

    /// Adds the code span whose content runs from `start` to `end`: line
    /// endings read as spaces, one space stripped from each side if both
    /// have one and it is not all spaces.
    pub fn code_span(&mut self, s: &[u8], mut start: usize, mut end: usize) {
        let space = |b: u8| b == b' ' || b == b'\n';
        let content = &s[start..end];
        if content.len() >= 2
            && space(content[0])
            && space(content[content.len() - 1])
            && !content.iter().all(|&b| space(b))
        {
            start += 1;
            end -= 1;
        }
        let span = match s[start..end].contains(&b'\n') {
            true => {
                let raw = self.text.get(start..end).unwrap_or("");
                self.written(|out| push_replacing(out, raw, b'\n', " "))
            }
            false => Span::new(start, end),
        };
        self.push(Event::Code(span));
    }
}
