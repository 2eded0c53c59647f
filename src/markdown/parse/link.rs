//! The parts of links: labels, destinations and titles, shared by inline
//! links and link reference definitions. Each scanner reads from an index
//! and either finds its part or nothing; the bounds (999 characters in a
//! label, 32 nested parentheses in a destination) are the spec's and
//! cmark's, and keep every scan short or consuming.

use super::starts::at;

/// The longest link label, in bytes (the spec counts characters).
const MAX_LABEL: usize = 999;
/// The deepest nesting of parentheses in a destination.
const MAX_PARENS: usize = 32;

/// A link label `[…]` whose `[` is at `i`: the index of its `]`. It has
/// some non-space content, no unescaped bracket, at most 999 bytes.
pub(super) fn label(s: &[u8], i: usize) -> Option<usize> {
    if at(s, i) != b'[' {
        return None;
    }
    let mut j = i + 1;
    let mut content = false;
    while j < s.len() && j - i <= MAX_LABEL + 1 {
        match s[j] {
            b'[' => return None,
            b']' => return content.then_some(j),
            b'\\' => {
                content = true;
                j += 1 + usize::from(s.get(j + 1).is_some_and(u8::is_ascii_punctuation));
                continue;
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => content = true,
        }
        j += 1;
    }
    None
}

/// A destination at `i`: the range of its text (without `<>`) and its end.
pub(super) fn destination(s: &[u8], i: usize) -> Option<(usize, usize, usize)> {
    if at(s, i) == b'<' {
        let mut j = i + 1;
        while j < s.len() {
            match s[j] {
                b'>' => return Some((i + 1, j, j + 1)),
                b'\\' if j + 1 < s.len() => j += 2,
                b'\n' | b'<' => return None,
                _ => j += 1,
            }
        }
        return None;
    }
    let (mut j, mut depth) = (i, 0);
    while j < s.len() {
        match s[j] {
            b'\\' if s.get(j + 1).is_some_and(u8::is_ascii_punctuation) => j += 2,
            b'(' => {
                depth += 1;
                if depth > MAX_PARENS {
                    return None;
                }
                j += 1;
            }
            b')' if depth == 0 => break,
            b')' => {
                depth -= 1;
                j += 1;
            }
            b if b <= b' ' || b == 0x7f => break,
            _ => j += 1,
        }
    }
    (j > i && depth == 0).then_some((i, j, j))
}

/// A title at `i` (`"…"`, `'…'` or `(…)`): the range of its text and its
/// end.
pub(super) fn title(s: &[u8], i: usize) -> Option<(usize, usize, usize)> {
    let close = match at(s, i) {
        b'"' => b'"',
        b'\'' => b'\'',
        b'(' => b')',
        _ => return None,
    };
    let mut j = i + 1;
    while j < s.len() {
        match s[j] {
            b'\\' => j += 2,
            c if c == close => return Some((i + 1, j, j + 1)),
            b'(' if close == b')' => return None,
            _ => j += 1,
        }
    }
    None
}

/// The end of spaces, tabs and newlines from `i`.
pub(super) fn white(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n') {
        i += 1;
    }
    i
}

/// The end of spaces and tabs from `i`.
pub(super) fn spaces(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && matches!(s[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// The parts of an inline link after its text, as byte ranges.
pub(super) struct Inline {
    /// The destination, without `<>`.
    pub dest: (usize, usize),
    /// The title, without its quotes (empty if none).
    pub title: (usize, usize),
    /// The end, after `)`.
    pub end: usize,
}

/// An inline link's `(destination "title")` after its `(` at `i - 1`.
pub(super) fn inline(s: &[u8], i: usize) -> Option<Inline> {
    let j = white(s, i);
    let (dest_start, dest_end, k) = if at(s, j) == b')' { (j, j, j) } else { destination(s, j)? };
    let m = white(s, k);
    let (title_start, title_end, n) = match title(s, m).filter(|_| m > k) {
        Some(found) => found,
        None => (m, m, m),
    };
    let end = white(s, n);
    (at(s, end) == b')' && end < s.len()).then_some(Inline {
        dest: (dest_start, dest_end),
        title: (title_start, title_end),
        end: end + 1,
    })
}
