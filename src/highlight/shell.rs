//! The shell scanner (sh, bash, zsh, ksh): words, quotes, `$` expansions, command
//! substitutions and heredocs.
//!
//! The first word of a command is a function (or a type when it is a builtin such as `echo`);
//! the name in a `NAME=value` word is a variable. `#` starts a comment only at the start of a word. `$(...)`
//! nests, also inside double quotes, where its inside is scanned as code. Heredoc bodies are
//! strings up to their terminator line (expansions inside them are not marked); backticks are
//! strings.

use super::langs::{has, Spec};
use super::scan::{Out, ESC, MULTI, SHELL};
use super::Class::*;

/// Scans the whole input of `o` as `sp`.
pub(crate) fn shell(o: &mut Out, sp: &Spec) {
    let (s, n) = (o.s, o.s.len());
    // `(` nesting, and for each open `$(` the nesting before it (times 2, plus 1 when it was
    // opened inside double quotes); heredocs waiting for the next line: tag and `<<-`.
    let (mut depth, mut stack) = (0u32, Vec::new());
    let mut here: Vec<(&[u8], bool)> = Vec::new();
    // The next word is a command name.
    let mut cmd = true;
    while o.pos < n {
        let i = o.pos;
        let (c, nx) = (s[i], o.at(i + 1));
        let prev = if i == 0 { b'\n' } else { s[i - 1] };
        match c {
            b'\n' => {
                o.emit(Plain, i + 1);
                cmd = true;
                for (tag, dash) in here.drain(..) {
                    heredoc(o, tag, dash);
                }
            }
            b' ' | b'\t' | b'\r' => o.emit(Plain, o.blanks(i) + usize::from(c == b'\r')),
            b'#' if b" \t\n;&|(".contains(&prev) => o.emit(Comment, o.eol(i)),
            b'\'' => {
                o.string(i + 1, b"'", MULTI, String);
            }
            b'`' => {
                o.string(i + 1, b"`", ESC | MULTI, String);
            }
            b'"' => {
                if double(o, i + 1, &mut depth, &mut stack) {
                    cmd = true;
                    continue;
                }
            }
            b'$' if nx == b'(' => {
                o.emit(Variable, i + 2);
                stack.push(depth * 2);
                depth += 1;
                cmd = true;
                continue;
            }
            b'$' if nx == b'\'' => {
                o.string(i + 2, b"'", ESC | MULTI, String);
            }
            b'$' => {
                let e = o.var_end(i);
                o.emit(if e > i + 1 { Variable } else { Plain }, e);
            }
            b'\\' => o.emit(Escape, i + 2),
            b'(' => {
                depth += 1;
                o.emit(Plain, i + 1);
                cmd = true;
                continue;
            }
            b')' => {
                depth = depth.saturating_sub(1);
                if stack.last().is_some_and(|&t| t / 2 == depth) {
                    let t = stack.pop().unwrap_or_default();
                    o.emit(Variable, i + 1);
                    if t % 2 == 1 && double(o, i + 1, &mut depth, &mut stack) {
                        cmd = true;
                        continue;
                    }
                } else {
                    o.emit(Plain, i + 1);
                }
            }
            b'<' if nx == b'<' && o.at(i + 2) != b'<' && heredoc_tag(o, i, &mut here) => {}
            b'|' | b'&' | b';' | b'<' | b'>' | b'!' => {
                o.emit(Operator, i + 1);
                cmd |= matches!(c, b'|' | b';') || c == b'&' && !matches!(prev, b'<' | b'>');
                continue;
            }
            _ => {
                cmd = word(o, sp, i, cmd);
                continue;
            }
        }
        // Blanks, comments and line continuations keep a pending command name.
        cmd &= matches!(c, b'\n' | b' ' | b'\t' | b'\r' | b'#' | b'\\');
    }
}

/// Scans the word at `i`; returns whether the next word is a command name.
fn word(o: &mut Out, sp: &Spec, i: usize, cmd: bool) -> bool {
    let s = o.s;
    let j = (i..s.len()).find(|&j| b" \t\r\n;&|()<>\"'`$\\".contains(&s[j])).unwrap_or(s.len());
    let w = &s[i..j];
    let eq = w.iter().position(|&b| b == b'=');
    if let Some(eq) = eq.filter(|&e| e > 0 && !w[0].is_ascii_digit()) {
        if w[..eq].iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_') {
            o.emit(Variable, i + eq);
            o.emit(Operator, i + eq + 1);
            o.emit(Plain, j);
            return cmd;
        }
    }
    if w == b"{" || w == b"}" {
        o.emit(Plain, j);
        return true;
    }
    let (class, next) = if (cmd || w == b"in") && has(sp.kw, w, false) {
        (Keyword, !has(&["case for in select"], w, false))
    } else if cmd {
        ([Function, Type][usize::from(has(sp.ty, w, false))], false)
    } else if w.iter().all(u8::is_ascii_digit) {
        (Number, false)
    } else {
        (Plain, false)
    };
    o.emit(class, j.max(i + 1));
    next
}

/// Scans a double-quoted string from `from` to its closing quote, or to a `$(`, which it emits
/// and records so the matching `)` resumes the string; returns whether it stopped at a `$(`.
fn double(o: &mut Out, from: usize, depth: &mut u32, stack: &mut Vec<u32>) -> bool {
    let Some(p) = o.string(from, b"\"", ESC | MULTI | SHELL, String) else { return false };
    o.emit(Variable, p + 2);
    stack.push(*depth * 2 + 1);
    *depth += 1;
    true
}

/// A heredoc operator at `i` (`<<TAG`, `<<-TAG`, `<<'TAG'`, `<< "TAG"`): emits it and queues
/// its tag for the next line. False if no tag follows.
fn heredoc_tag<'a>(o: &mut Out<'a>, i: usize, here: &mut Vec<(&'a [u8], bool)>) -> bool {
    let s = o.s;
    let dash = o.at(i + 2) == b'-';
    let op = i + 2 + usize::from(dash);
    let q = o.at(o.blanks(op));
    let start = o.blanks(op) + usize::from(matches!(q, b'\'' | b'"' | b'\\'));
    let mut end = start;
    while o.at(end).is_ascii_alphanumeric() || matches!(o.at(end), b'_' | b'-' | b'.') {
        end += 1;
    }
    if end == start || s[start].is_ascii_digit() {
        return false;
    }
    o.emit(Operator, op);
    o.emit(Plain, o.blanks(op));
    o.emit(Meta, end + usize::from(matches!(q, b'\'' | b'"') && o.at(end) == q));
    here.push((&s[start..end], dash));
    true
}

/// A heredoc body from `pos`: string lines up to the line that is `tag` (after leading tabs
/// with `<<-`), which is meta.
fn heredoc(o: &mut Out, tag: &[u8], dash: bool) {
    if o.at(o.pos) == b'\n' {
        o.emit(Plain, o.pos + 1);
    }
    while o.pos < o.s.len() {
        let start = o.pos;
        let end = o.eol(start);
        let mut t = start;
        while dash && o.at(t) == b'\t' {
            t += 1;
        }
        let line = &o.s[t..end];
        if line.strip_suffix(b"\r").unwrap_or(line) == tag {
            o.emit(Plain, t);
            o.emit(Meta, end);
            return;
        }
        o.emit(String, end + 1);
    }
}
