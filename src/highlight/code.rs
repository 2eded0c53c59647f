//! The generic scanner for programming languages, JSON and SQL: comments, strings in all their
//! forms, numbers, names looked up in the language's word lists, operators. What differs by
//! language is data in its [`Spec`]: delimiters, word lists and flags.
//!
//! A name followed by `(` is a function, so is the name after `def`/`fn`/`func`/`function`;
//! the name after `class`/`struct`/`enum`/`trait`/`interface`/`type`/`typename`/`union` is a
//! type, and so, where the language's flags say, are `CamelCase` names and single capitals.
//! JavaScript regex literals are recognised where a value cannot end (after an operator, `(`,
//! a keyword or at the start); after a name, a number or a closing bracket `/` divides.

use super::langs::{has, Spec, CAPS, DECO, DOLLAR, JS, KEYS, NEST, ONE_CAP, PREPROC, RAW_TICK, RUST, SQL};
use super::literals::{lifetime_or_char, prefixed, quoted, regex_end, template};
use super::scan::{ident, Out, MULTI};
use super::Class::*;

/// Scans the whole input of `o` as `sp`.
pub(crate) fn code(o: &mut Out, sp: &Spec) {
    let (f, s, n) = (sp.flags, o.s, o.s.len());
    let on = |flag: u16| f & flag != 0;
    let [open, close] = sp.block.map(str::as_bytes);
    // `{` nesting, and the nesting at which each open template expression `${` started.
    let (mut depth, mut stack) = (0u32, Vec::new());
    // Only blanks since the line start; the last token ends a value (so `/` divides); what
    // the last keyword makes of the next name; before this offset no regex can close.
    let (mut bol, mut value, mut after, mut no_re) = (true, false, 0u8, 0usize);
    while o.pos < n {
        let i = o.pos;
        let (c, nx) = (s[i], o.at(i + 1));
        if c.is_ascii_whitespace() {
            let mut j = i;
            while j < n && s[j].is_ascii_whitespace() {
                bol |= s[j] == b'\n';
                j += 1;
            }
            o.emit(Plain, j);
            continue;
        }
        let (line_start, was_value, def) = (bol, value, after);
        (bol, value, after) = (false, false, 0);
        if o.starts(i, sp.line.as_bytes()) {
            o.emit(Comment, o.eol(i));
            value = was_value;
        } else if o.starts(i, open) {
            o.emit(Comment, o.block_end(i, open, close, on(NEST)));
            value = was_value;
        } else if c == b'#' && on(PREPROC) && line_start {
            preproc(o, i);
        } else if c == b'#' && on(RUST) && (nx == b'[' || nx == b'!' && o.at(i + 2) == b'[') {
            o.emit(Meta, attr_end(o, i));
        } else if c == b'@' && (on(DECO) && (line_start || !was_value) || on(SQL)) && ident(nx) {
            let mut j = o.ident_end(i + 1, false);
            while o.at(j) == b'.' && ident(o.at(j + 1)) {
                j = o.ident_end(j + 1, false);
            }
            o.emit(if on(SQL) { Variable } else { Meta }, j);
        } else if c.is_ascii_digit() || c == b'.' && nx.is_ascii_digit() {
            o.emit(Number, o.number_end(i));
            value = true;
        } else if ident(c) || c == b'$' && on(DOLLAR | JS) {
            value = word(o, sp, i, def, &mut after);
        } else if c == b'\'' && on(RUST) && lifetime_or_char(o, i) {
            value = true;
        } else if c == b'`' && on(JS) {
            template(o, i + 1, &mut depth, &mut stack);
            value = true;
        } else if c == b'"' || c == b'\'' || c == b'`' && on(RAW_TICK | SQL) {
            let k = o.toks.len();
            quoted(o, f, i, false);
            if on(KEYS) && o.at(o.blanks(o.pos)) == b':' {
                o.relabel(k, Key);
            }
            value = true;
        } else if c == b'$' && on(SQL) {
            let j = o.ident_end(i + 1, false);
            if o.at(j) == b'$' && !nx.is_ascii_digit() {
                o.string(j + 1, &s[i..=j], MULTI, String);
            } else {
                o.emit(if j > i + 1 { Variable } else { Operator }, j.max(i + 1));
            }
            value = true;
        } else if c == b'}' && depth > 0 && stack.last() == Some(&(depth - 1)) {
            depth -= 1;
            stack.pop();
            o.emit(Escape, i + 1);
            template(o, i + 1, &mut depth, &mut stack);
            value = true;
        } else if c == b'/' && on(JS) && !was_value && i >= no_re {
            match regex_end(o, i) {
                Ok(e) => {
                    o.emit(String, e);
                    value = true;
                }
                Err(e) => {
                    no_re = e;
                    o.emit(Operator, i + 1);
                }
            }
        } else if b"+-*/%=<>!&|^~?:@".contains(&c) {
            o.emit(Operator, i + 1);
        } else {
            match c {
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            value = matches!(c, b')' | b']' | b'}');
            o.emit(Plain, i + 1);
        }
    }
}

/// Scans the name at `i` and what it starts: a prefixed string, a keyword, a type, a function
/// or a plain name. Sets `after` for the name that follows a keyword; returns whether the
/// token ends a value.
fn word(o: &mut Out, sp: &Spec, i: usize, def: u8, after: &mut u8) -> bool {
    let f = sp.flags;
    let j = o.ident_end(i, f & (DOLLAR | JS) != 0);
    let (w, q) = (&o.s[i..j], o.at(j));
    if (q == b'"' || q == b'\'' || q == b'#' && f & RUST != 0) && has(&[sp.prefixes], w, true) {
        let raw = w.iter().any(|&b| (b | 0x20) == b'r');
        if prefixed(o, f, j, raw) {
            return true;
        }
    }
    let fold = f & SQL != 0;
    let kw = has(sp.kw, w, fold);
    let class = if def > 0 && (!kw || q == b'(') {
        [Function, Type][usize::from(def > 1)]
    } else if kw {
        *after = def_kind(w);
        Keyword
    } else if has(sp.ty, w, fold) {
        Type
    } else if q == b'(' {
        Function
    } else if q == b'!' && f & RUST != 0 && o.at(j + 1) != b'=' {
        o.emit(Function, j + 1);
        return true;
    } else if f & KEYS != 0 && o.at(o.blanks(j)) == b':' {
        Key
    } else if w[0].is_ascii_uppercase()
        && (f & CAPS != 0 && w.iter().any(u8::is_ascii_lowercase) && !w.contains(&b'_')
            || f & ONE_CAP != 0 && w.len() == 1)
    {
        Type
    } else {
        Plain
    };
    o.emit(class, j);
    class != Keyword
}

/// What a keyword makes of the next name: 1 a function, 2 a type, 0 nothing.
fn def_kind(w: &[u8]) -> u8 {
    if has(&["def fn func function"], w, true) {
        1
    } else {
        2 * u8::from(has(&["class enum interface struct trait type typename union"], w, true))
    }
}

/// A C preprocessor line at the `#` at `i`: the directive is meta, an `#include <file>` name a
/// string, the rest is scanned as code.
fn preproc(o: &mut Out, i: usize) {
    let j = o.blanks(i + 1);
    let e = o.ident_end(j, false);
    let include = matches!(&o.s[j..e], b"include" | b"import");
    o.emit(Meta, e);
    let k = o.blanks(e);
    if include && o.at(k) == b'<' {
        if let Some(g) = o.s[k..o.eol(k)].iter().position(|&b| b == b'>') {
            o.emit(Plain, k);
            o.emit(String, k + g + 1);
        }
    }
}

/// End of the Rust attribute `#[...]` or `#![...]` at `i` (brackets balanced).
fn attr_end(o: &Out, i: usize) -> usize {
    let mut depth = 0usize;
    for (j, &b) in o.s.iter().enumerate().skip(i) {
        if b == b'[' {
            depth += 1;
        } else if b == b']' {
            depth -= 1;
            if depth == 0 {
                return j + 1;
            }
        }
    }
    o.s.len()
}
