//! The HTML/XML scanner and the diff scanner.
//!
//! Markup: `<name`, `</name`, `>` and `/>` are tags, attribute names attributes, their values
//! strings, `<!-- -->` comments, `<!DOCTYPE>`, `<?xml?>` meta, `<![CDATA[]]>` strings and
//! `&entities;` escapes. The inside of `<script>` is scanned as JavaScript; the inside of
//! `<style>` is plain.
//!
//! Diff: one class per line; `---`/`+++` file headers, `diff` and `index` lines are meta.

use super::langs::{Spec, JAVASCRIPT};
use super::scan::{Out, MULTI};
use super::Class::*;

/// Scans the whole input of `o` as HTML or XML.
pub(crate) fn markup(o: &mut Out, _sp: &Spec) {
    let (s, n) = (o.s, o.s.len());
    // Inside a tag; after `=` (so a bare word is a value); the tag opened raw text (`script`
    // or `style`).
    let (mut tag, mut eq, mut raw): (bool, bool, &[u8]) = (false, false, b"");
    while o.pos < n {
        let i = o.pos;
        let (c, nx) = (s[i], o.at(i + 1));
        let name = |k: usize| o.ident_end(k, false).max(k);
        if tag {
            match c {
                b'>' | b'/' if c == b'>' || nx == b'>' => {
                    o.emit(Tag, i + 1 + usize::from(c == b'/'));
                    tag = false;
                    if c == b'>' && !raw.is_empty() {
                        raw_text(o, raw);
                    }
                }
                b'=' => {
                    o.emit(Operator, i + 1);
                    eq = true;
                    continue;
                }
                b'"' | b'\'' => {
                    o.string(i + 1, &[c], MULTI, String);
                }
                b' ' | b'\t' | b'\r' | b'\n' => {
                    o.emit(Plain, i + 1);
                    continue;
                }
                _ => {
                    let end = |b: u8| b.is_ascii_whitespace() || b == b'>' || !eq && b"=/\"'<".contains(&b);
                    let j = (i..n).find(|&j| end(s[j])).unwrap_or(n).max(i + 1);
                    o.emit(if eq { String } else { Attribute }, j);
                }
            }
            eq = false;
        } else if o.starts(i, b"<!--") {
            o.emit(Comment, o.find(i + 4, b"-->").map_or(n, |e| e + 3));
        } else if o.starts(i, b"<![CDATA[") {
            o.emit(String, o.find(i + 9, b"]]>").map_or(n, |e| e + 3));
        } else if c == b'<' && matches!(nx, b'!' | b'?') {
            o.emit(Meta, o.find(i, b">").map_or(n, |e| e + 1));
        } else if c == b'<' && (nx.is_ascii_alphabetic() || nx == b'/' && o.at(i + 2).is_ascii_alphabetic()) {
            let start = i + 1 + usize::from(nx == b'/');
            let mut j = name(start);
            while matches!(o.at(j), b':' | b'-' | b'.') {
                j = name(j + 1);
            }
            let w = &s[start..j];
            raw = match () {
                _ if nx == b'/' => b"",
                _ if w.eq_ignore_ascii_case(b"script") => b"script",
                _ if w.eq_ignore_ascii_case(b"style") => b"style",
                _ => b"",
            };
            o.emit(Tag, j);
            tag = true;
        } else if c == b'&' {
            let j = name(i + 1 + usize::from(nx == b'#'));
            let entity = o.at(j) == b';' && j > i + 1 && j < i + 34;
            o.emit(if entity { Escape } else { Plain }, if entity { j + 1 } else { i + 1 });
        } else {
            o.emit(Plain, (i + 1..n).find(|&j| matches!(s[j], b'<' | b'&')).unwrap_or(n));
        }
    }
}

/// The text of a `<script>` (as JavaScript) or `<style>` (plain) element from `pos` up to its
/// end tag.
fn raw_text(o: &mut Out, name: &[u8]) {
    let s = o.s;
    let closes = |k: usize| {
        s[k] == b'<'
            && s.get(k + 1) == Some(&b'/')
            && s.get(k + 2..k + 2 + name.len()).is_some_and(|w| w.eq_ignore_ascii_case(name))
    };
    let (from, end) = (o.pos, (o.pos..s.len()).find(|&k| closes(k)).unwrap_or(s.len()));
    match o.src.get(from..end) {
        Some(text) if name == b"script" => o.splice(super::lex(&JAVASCRIPT, text), from, end),
        _ => o.emit(Plain, end),
    }
}

/// Scans the whole input of `o` as a unified diff.
pub(crate) fn diff(o: &mut Out) {
    let (s, n) = (o.s, o.s.len());
    let mut header = false;
    while o.pos < n {
        let i = o.pos;
        let e = o.eol(i);
        let (l, next) = (&s[i..e], s.get(e + 1..).unwrap_or_default());
        let old = l.starts_with(b"--- ") && next.starts_with(b"+++ ");
        let class = if old || header && l.starts_with(b"+++ ") || l.starts_with(b"diff ") || l.starts_with(b"index ") {
            Meta
        } else if l.starts_with(b"@@") {
            Hunk
        } else {
            match l.first() {
                Some(b'+') => Inserted,
                Some(b'-') => Deleted,
                _ => Plain,
            }
        };
        header = old;
        o.emit(class, e);
        o.emit(Plain, e + 1);
    }
}
