//! The literal forms of the generic scanner: strings with prefixes and raw delimiters,
//! triple quotes, JavaScript templates and regexes, Rust chars and lifetimes.

use super::langs::{CPP_RAW, RUST, SQL, TRIPLE};
use super::scan::{ident, Out, DOLLAR_BRACE, DOUBLED, ESC, MULTI, RAW_ESC};
use super::Class::*;

/// Scans the string whose prefix ends at `j` (where its quote or Rust's `#` is). Returns false
/// if nothing there is a string after all (Rust's `r#name`).
pub(crate) fn prefixed(o: &mut Out, f: u16, j: usize, raw: bool) -> bool {
    // The closer of a raw string: `"##…` (Rust) or `)delim"` (C++), at most 18 bytes.
    let mut close = [b'#'; 18];
    let mut k = j;
    if raw && f & RUST != 0 {
        while o.at(k) == b'#' {
            k += 1;
        }
        if o.at(k) != b'"' || k - j > 16 {
            return false;
        }
        close[0] = b'"';
        o.string(k + 1, &close[..=k - j], MULTI, String);
        return true;
    }
    if raw && f & CPP_RAW != 0 && o.at(j) == b'"' {
        k += 1;
        while k < j + 17 && !b" ()\\\t\n\"".contains(&o.at(k)) {
            k += 1;
        }
        if o.at(k) == b'(' {
            close[0] = b')';
            close[1..k - j].copy_from_slice(&o.s[j + 1..k]);
            close[k - j] = b'"';
            o.string(k + 1, &close[..=k - j], MULTI, String);
            return true;
        }
    }
    quoted(o, f, j, raw);
    true
}

/// Scans a string or quoted name whose quote is at `i` (anything since `pos` is its prefix).
/// `raw` keeps backslashes in the string (Python `r"..."`).
pub(crate) fn quoted(o: &mut Out, f: u16, i: usize, raw: bool) {
    let c = o.at(i);
    let (class, mut mode) = if f & SQL != 0 {
        ([Variable, String][usize::from(c == b'\'')], DOUBLED | MULTI)
    } else if c == b'`' {
        (String, MULTI)
    } else {
        let multi = if f & RUST != 0 && c == b'"' { MULTI } else { 0 };
        (String, [ESC, RAW_ESC][usize::from(raw)] | multi)
    };
    let tri = [c; 3];
    let close = if f & TRIPLE != 0 && o.at(i + 1) == c && o.at(i + 2) == c {
        mode |= MULTI;
        &tri[..]
    } else {
        &tri[..1]
    };
    o.string(i + close.len(), close, mode, class);
}

/// Scans a JavaScript template from `from` to its closing backtick, or to a `${`, which it
/// emits and records so the matching `}` resumes the template.
pub(crate) fn template(o: &mut Out, from: usize, depth: &mut u32, stack: &mut Vec<u32>) {
    if let Some(p) = o.string(from, b"`", ESC | MULTI | DOLLAR_BRACE, String) {
        o.emit(Escape, p + 2);
        stack.push(*depth);
        *depth += 1;
    }
}

/// Rust: a char literal or a lifetime at the `'` at `i`, emitted; false if neither (an escaped
/// char like `'\n'` is left to the string scanner).
pub(crate) fn lifetime_or_char(o: &mut Out, i: usize) -> bool {
    let nx = o.at(i + 1);
    let len = match nx {
        b'\\' => return false,
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    };
    if nx != b'\'' && nx != b'\n' && o.at(i + 1 + len) == b'\'' {
        o.emit(String, i + 2 + len);
    } else if ident(nx) {
        o.emit(Type, o.ident_end(i + 1, false));
    } else {
        return false;
    }
    true
}

/// End of the regex literal at the `/` at `i` (with its flags), or `Err` with the offset where
/// the line ended without a closing `/`.
pub(crate) fn regex_end(o: &Out, i: usize) -> Result<usize, usize> {
    let (mut j, mut class) = (i + 1, false);
    while let Some(&c) = o.s.get(j) {
        match c {
            b'\n' => break,
            b'\\' => j += 1,
            b'[' => class = true,
            b']' => class = false,
            b'/' if !class => return Ok(o.ident_end(j + 1, false)),
            _ => {}
        }
        j += 1;
    }
    Err(j)
}
