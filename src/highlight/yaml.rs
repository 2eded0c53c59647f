//! The YAML scanner: keys, scalars, comments, document markers, anchors, tags and `|`/`>`
//! block scalars (their indented body is one string).
//!
//! A key is the text before a `: ` (or a `:` at the end of the line) at the start of a line,
//! after `- `, or after `{`/`,` in a flow collection. A plain scalar is split into words:
//! numbers and `true`/`false`/`null`/`~` are marked, the other words (dates too) are plain.

use super::langs::{has, Spec};
use super::scan::{Out, DOUBLED, ESC, MULTI};
use super::Class::*;

/// Scans the whole input of `o` as `sp`.
pub(crate) fn yaml(o: &mut Out, sp: &Spec) {
    let (s, n) = (o.s, o.s.len());
    // Offset of the line start; no token yet on this line; a key may come next; `{`/`[`
    // nesting; column a block scalar's body must be indented past; the last key search:
    // where it stopped and the `:` it found (valid for any start before the stop).
    let (mut line, mut fresh, mut key, mut flow, mut parent) = (0, true, true, 0u32, 0);
    let mut memo = (0, None);
    let mut block = None;
    let sep = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0);
    while o.pos < n {
        let i = o.pos;
        let (c, nx, col) = (s[i], o.at(i + 1), i - line);
        if c == b'\n' {
            o.emit(Plain, i + 1);
            if let Some(p) = block.take() {
                block_body(o, p);
            }
            (line, fresh, key) = (o.pos, true, true);
            continue;
        }
        if sep(c) {
            o.emit(Plain, o.blanks(i).max(i + 1));
            continue;
        }
        if fresh {
            (parent, fresh) = (col, false);
        }
        let hdr = if matches!(c, b'|' | b'>') { header(o, i) } else { None };
        if key && i >= memo.0 {
            memo = match key_end(o, i, flow > 0) {
                Ok(e) => (e, Some(e)),
                Err(stop) => (stop, None),
            };
        }
        let found = memo.1.filter(|&e| key && i < e);
        if col == 0 && (o.starts(i, b"---") || o.starts(i, b"...")) && sep(o.at(i + 3)) {
            o.emit(Meta, i + 3);
        } else if c == b'#' && (i == 0 || sep(s[i - 1])) {
            o.emit(Comment, o.eol(i));
        } else if c == b'%' && col == 0 {
            o.emit(Meta, o.eol(i));
        } else if matches!(c, b'-' | b'?') && key && sep(nx) {
            o.emit(Operator, i + 1);
            parent = col;
        } else if let Some(h) = hdr {
            o.emit(Operator, h);
            block = Some(parent);
        } else if c == b'"' || c == b'\'' {
            let k = o.toks.len();
            o.string(i + 1, &[c], if c == b'"' { ESC | MULTI } else { DOUBLED | MULTI }, String);
            if o.at(o.blanks(o.pos)) == b':' {
                o.relabel(k, Key);
            }
            key = false;
        } else if matches!(c, b'{' | b'[' | b'}' | b']' | b',') {
            match c {
                b'{' | b'[' => flow += 1,
                b'}' | b']' => flow = flow.saturating_sub(1),
                _ => {}
            }
            key = flow > 0 && matches!(c, b'{' | b',');
            o.emit(Plain, i + 1);
        } else if let Some(e) = found {
            o.emit(Key, e);
            o.emit(Operator, e + 1);
            (parent, key) = (col, false);
        } else {
            key = false;
            let stop = |b: u8| sep(b) || flow > 0 && matches!(b, b',' | b']' | b'}');
            let j = (i..n).find(|&j| stop(s[j])).unwrap_or(n).max(i + 1);
            let d = i + usize::from(matches!(c, b'-' | b'+'));
            let class = match c {
                b'&' | b'*' if j > i + 1 => Variable,
                b'!' => Meta,
                _ if has(sp.kw, &s[i..j], true) => Keyword,
                _ if o.at(d).is_ascii_digit() && o.number_end(d) == j => Number,
                _ => Plain,
            };
            o.emit(class, j);
        }
    }
}

/// End of a block scalar header (`|`, `>-`, `|2+` …) at `i` when only blanks or a comment
/// follow it on the line.
fn header(o: &Out, i: usize) -> Option<usize> {
    let mut j = i + 1;
    while matches!(o.at(j), b'-' | b'+' | b'0'..=b'9') {
        j += 1;
    }
    let k = o.blanks(j);
    matches!(o.at(k), b'\n' | b'\r' | b'#' | 0).then_some(j)
}

/// A block scalar's body from `pos`: the following lines that are blank or indented more than
/// `parent` columns, as one string.
fn block_body(o: &mut Out, parent: usize) {
    let mut j = o.pos;
    while j < o.s.len() {
        let k = o.blanks(j);
        if !matches!(o.at(k), b'\n' | b'\r' | 0) && k - j <= parent {
            break;
        }
        j = o.eol(j) + 1;
    }
    o.emit(String, j);
}

/// Where the key starting at `i` ends (the offset of its `:`), or `Err` with the offset where
/// the search stopped.
fn key_end(o: &Out, i: usize, flow: bool) -> Result<usize, usize> {
    let mut j = i;
    while let Some(&c) = o.s.get(j) {
        let after = o.at(j + 1);
        if c == b'\n' || c == b'#' && j > i && matches!(o.s[j - 1], b' ' | b'\t') || flow && b",[]{}".contains(&c) {
            break;
        }
        if c == b':' && (matches!(after, b' ' | b'\t' | b'\r' | b'\n' | 0) || flow && b",]}".contains(&after)) {
            return Ok(j);
        }
        j += 1;
    }
    Err(j)
}
