//! The comparison of two responses, as the rater sees it side by side: which
//! lines only one side has, which lines changed and which words in them.
//! Pure Rust, no browser.
//!
//! [`compared_texts`] picks what is compared (the code blocks of both
//! responses, or their full Markdown when one has no code block);
//! [`side_by_side`] diffs two texts line by line and then, inside each pair
//! of changed lines, word by word. The edit script comes from [`edits`]
//! (`diff/myers.rs`: Myers' algorithm with git's cost limit), on strings
//! turned into numbers by [`Interner`] (`diff/intern.rs`). Both are written
//! here rather than taken from imara-diff, whose diff, hash tables and
//! hasher cost about 6 KB gzip of a bundle over its 150 KB budget (these
//! cost 2).

use core::ops::Range;

use crate::i18n::join;
use crate::markdown::code_blocks;

mod intern;
mod myers;

pub use intern::Interner;
pub use myers::{edits, Edit};

/// What a row of the side-by-side view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// The same line on both sides.
    Same,
    /// A line on each side, different: their differing words are marked.
    Changed,
    /// A line only the left side has.
    Removed,
    /// A line only the right side has.
    Added,
}

/// One side of a row: a line of one text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Side<'a> {
    /// The line number in its text, from 1.
    pub number: usize,
    /// The line, without its line break.
    pub text: &'a str,
    /// Byte ranges of `text` that differ from the other side's line, in
    /// order and apart (only in [`RowKind::Changed`] rows).
    pub changed: Vec<Range<usize>>,
}

impl<'a> Side<'a> {
    fn new(number: usize, text: &'a str) -> Self {
        Side { number, text, changed: Vec::new() }
    }

    /// The line cut into pieces, each with whether it differs from the
    /// other side; the pieces concatenate to the line.
    pub fn pieces(&self) -> Vec<(&'a str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for range in &self.changed {
            if range.start > at {
                out.push((&self.text[at..range.start], false));
            }
            out.push((&self.text[range.clone()], true));
            at = range.end;
        }
        if at < self.text.len() || out.is_empty() {
            out.push((&self.text[at..], false));
        }
        out
    }
}

/// One row of the side-by-side view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    /// What the row shows.
    pub kind: RowKind,
    /// The left line (none for [`RowKind::Added`]).
    pub left: Option<Side<'a>>,
    /// The right line (none for [`RowKind::Removed`]).
    pub right: Option<Side<'a>>,
}

/// How many rows of each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Unchanged lines.
    pub same: usize,
    /// Pairs of changed lines.
    pub changed: usize,
    /// Lines only on the left.
    pub removed: usize,
    /// Lines only on the right.
    pub added: usize,
}

impl Counts {
    /// The counts of `rows`.
    pub fn of(rows: &[Row]) -> Counts {
        let mut counts = Counts::default();
        for row in rows {
            *match row.kind {
                RowKind::Same => &mut counts.same,
                RowKind::Changed => &mut counts.changed,
                RowKind::Removed => &mut counts.removed,
                RowKind::Added => &mut counts.added,
            } += 1;
        }
        counts
    }
}

/// Unchanged lines kept on each side of a change when the lines between
/// changes are folded away.
pub const CONTEXT: usize = 3;

/// The fewest unchanged lines worth folding: a shorter stretch is shown.
pub const MIN_FOLD: usize = 4;

/// The stretches of `rows` that the comparison folds away at first: runs
/// of unchanged rows, less [`CONTEXT`] rows next to each change (none at
/// the start and end of the texts), at least [`MIN_FOLD`] rows long. In
/// order and apart; a comparison without any change folds nothing.
pub fn folds(rows: &[Row]) -> Vec<Range<usize>> {
    let mut folds = Vec::new();
    if rows.iter().all(|row| row.kind == RowKind::Same) {
        return folds;
    }
    let mut at = 0;
    while at < rows.len() {
        if rows[at].kind != RowKind::Same {
            at += 1;
            continue;
        }
        let start = at;
        while at < rows.len() && rows[at].kind == RowKind::Same {
            at += 1;
        }
        let from = if start == 0 { 0 } else { start + CONTEXT };
        let to = if at == rows.len() { at } else { at.saturating_sub(CONTEXT) };
        if to >= from + MIN_FOLD {
            folds.push(from..to);
        }
    }
    folds
}

/// What two responses are compared by: each one's code blocks (in order,
/// a blank line between blocks) when both have at least one, else both
/// Markdown texts in full. The flag says which.
pub fn compared_texts(left: &str, right: &str) -> (String, String, bool) {
    let (left_code, right_code) = (code_blocks(left), code_blocks(right));
    if left_code.is_empty() || right_code.is_empty() {
        return (left.to_string(), right.to_string(), false);
    }
    (join(&left_code, "\n"), join(&right_code, "\n"), true)
}

/// The rows comparing `left` with `right`, line by line, in order.
pub fn side_by_side<'a>(left: &'a str, right: &'a str) -> Vec<Row<'a>> {
    let a: Vec<&str> = left.lines().collect();
    let b: Vec<&str> = right.lines().collect();
    let mut rows = Vec::with_capacity(a.len().max(b.len()));
    let (mut i, mut j) = (0, 0);
    let same = |rows: &mut Vec<Row<'a>>, i: usize, j: usize| {
        rows.push(Row { kind: RowKind::Same, left: Some(Side::new(i + 1, a[i])), right: Some(Side::new(j + 1, b[j])) })
    };
    for hunk in edits(&a, &b) {
        while i < hunk.left.start {
            same(&mut rows, i, j);
            (i, j) = (i + 1, j + 1);
        }
        let (l, r) = (hunk.left.clone(), hunk.right.clone());
        let (mut x, mut y) = (l.start, r.start);
        // Each pair of similar lines, then the end of the region.
        let pairs = pair_lines(&a[l.clone()], &b[r.clone()]).into_iter().map(|(p, q)| (l.start + p, r.start + q));
        for (p, q) in pairs.chain(core::iter::once((l.end, r.end))) {
            for (k, line) in a.iter().enumerate().take(p).skip(x) {
                rows.push(Row { kind: RowKind::Removed, left: Some(Side::new(k + 1, line)), right: None });
            }
            for (k, line) in b.iter().enumerate().take(q).skip(y) {
                rows.push(Row { kind: RowKind::Added, left: None, right: Some(Side::new(k + 1, line)) });
            }
            if p < l.end {
                let (mut left, mut right) = (Side::new(p + 1, a[p]), Side::new(q + 1, b[q]));
                (left.changed, right.changed) = changed_words(left.text, right.text);
                rows.push(Row { kind: RowKind::Changed, left: Some(left), right: Some(right) });
            }
            (x, y) = (p + 1, q + 1);
        }
        (i, j) = (hunk.left.end, hunk.right.end);
    }
    while i < a.len() {
        same(&mut rows, i, j);
        (i, j) = (i + 1, j + 1);
    }
    rows
}

/// How alike two lines must be to be shown as one changed line rather than
/// a removed and an added one: the share of their words they have in
/// common, in thousandths (Dice's coefficient).
const MIN_SIMILARITY: u32 = 300;

/// How many right lines a left line of a changed region is compared with.
const MAX_LOOKAHEAD: usize = 200;

/// The similar lines of a changed region, as pairs of indices into `left`
/// and `right`, in order: each left line pairs with the first right line
/// after the previous pair whose similarity reaches [`MIN_SIMILARITY`].
fn pair_lines(left: &[&str], right: &[&str]) -> Vec<(usize, usize)> {
    // Words as interned ids, so counting common words needs no sorting.
    let mut interner = Interner::new();
    let (mut lw, mut rw): (Vec<Vec<u32>>, Vec<Vec<u32>>) = (Vec::new(), Vec::new());
    for (lines, out) in [(left, &mut lw), (right, &mut rw)] {
        for line in lines {
            let words = words(line).into_iter().filter(|w| !w.trim_start().is_empty());
            out.push(words.map(|w| interner.intern(w)).collect());
        }
    }
    let mut counts = vec![0u32; interner.len()];
    let mut similarity = |i: usize, j: usize| {
        let (x, y) = (&lw[i], &rw[j]);
        if x.is_empty() && y.is_empty() {
            return MIN_SIMILARITY;
        }
        x.iter().for_each(|&t| counts[t as usize] += 1);
        let mut common = 0;
        for &t in y {
            if counts[t as usize] > 0 {
                counts[t as usize] -= 1;
                common += 1;
            }
        }
        x.iter().for_each(|&t| counts[t as usize] = 0);
        (2000 * common / (x.len() + y.len())) as u32
    };
    // Each left line pairs with the first right line after the last pair
    // that is similar enough, looking at most MAX_LOOKAHEAD lines ahead.
    let mut pairs = Vec::new();
    let mut next = 0;
    for i in 0..left.len() {
        if let Some(j) = (next..right.len().min(next + MAX_LOOKAHEAD)).find(|&j| similarity(i, j) >= MIN_SIMILARITY) {
            pairs.push((i, j));
            next = j + 1;
        }
    }
    pairs
}

/// A line split into words: runs of ASCII letters, digits, `_` and any
/// non-ASCII characters, runs of blanks, and every other character alone.
/// (Non-ASCII characters count as letters: no Unicode tables needed.)
pub fn words(line: &str) -> Vec<&str> {
    #[derive(PartialEq)]
    enum Kind {
        Word,
        Blank,
        Other,
    }
    let kind = |c: char| match c {
        c if c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii() => Kind::Word,
        c if c.is_ascii_whitespace() => Kind::Blank,
        _ => Kind::Other,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut previous: Option<Kind> = None;
    for (at, c) in line.char_indices() {
        let k = kind(c);
        if at > start && (k == Kind::Other || previous.as_ref() != Some(&k)) {
            out.push(&line[start..at]);
            start = at;
        }
        previous = Some(k);
    }
    if start < line.len() {
        out.push(&line[start..]);
    }
    out
}

/// Longest line, in words, that is compared word by word; longer changed
/// lines are marked as changed in full.
const MAX_WORDS: usize = 2_000;

/// The byte ranges of `left` and of `right` that differ, word by word.
fn changed_words(left: &str, right: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let (a, b) = (words(left), words(right));
    if a.len() > MAX_WORDS || b.len() > MAX_WORDS {
        return (whole(left), whole(right));
    }
    let (offsets_a, offsets_b) = (offsets(&a), offsets(&b));
    let mut out = (Vec::new(), Vec::new());
    for hunk in edits(&a, &b) {
        push_range(&mut out.0, &offsets_a, hunk.left);
        push_range(&mut out.1, &offsets_b, hunk.right);
    }
    (close_blank_gaps(left, out.0), close_blank_gaps(right, out.1))
}

/// Joins changed ranges that only blanks separate: a space that happens to
/// match between two changed words is not worth a break in the marking.
fn close_blank_gaps(line: &str, ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if line[last.end..range.start].bytes().all(|b| b.is_ascii_whitespace()) => last.end = range.end,
            _ => out.push(range),
        }
    }
    out
}

/// The whole line as one changed range (none if it is empty).
fn whole(line: &str) -> Vec<Range<usize>> {
    core::iter::once(0..line.len()).filter(|r| !r.is_empty()).collect()
}

/// The byte offset of each word, and the end.
fn offsets(words: &[&str]) -> Vec<usize> {
    let mut at = 0;
    let mut out = Vec::with_capacity(words.len() + 1);
    out.push(0);
    for word in words {
        at += word.len();
        out.push(at);
    }
    out
}

/// Appends the bytes of `words` (a range of word indices) to `ranges`,
/// merged with the last range when they touch.
fn push_range(ranges: &mut Vec<Range<usize>>, offsets: &[usize], words: Range<usize>) {
    if words.is_empty() {
        return;
    }
    let bytes = offsets[words.start]..offsets[words.end];
    match ranges.last_mut() {
        Some(last) if last.end == bytes.start => last.end = bytes.end,
        _ => ranges.push(bytes),
    }
}
