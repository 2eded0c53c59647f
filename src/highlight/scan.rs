//! The token sink every scanner writes to, and the byte-level pieces they share: identifiers,
//! numbers, block comments and quoted strings with escapes and interpolation.
//!
//! Scanners look at bytes; [`Out::emit`] only ever cuts the input at a char boundary, so a
//! token never splits a UTF-8 sequence whatever offset a scanner asks for.

use super::Class;

/// Backslash escapes the next char and is shown as [`Class::Escape`].
pub(crate) const ESC: u8 = 1;
/// Backslash escapes the next char but stays part of the string (Python raw strings).
pub(crate) const RAW_ESC: u8 = 2;
/// The string may span lines; otherwise an unclosed string ends at the newline.
pub(crate) const MULTI: u8 = 4;
/// A doubled closing quote is an escaped quote (SQL, YAML).
pub(crate) const DOUBLED: u8 = 8;
/// `${` starts an embedded expression (JavaScript templates).
pub(crate) const DOLLAR_BRACE: u8 = 16;
/// Shell double quotes: `$name`, `${...}` are variables, `$(` starts a command.
pub(crate) const SHELL: u8 = 32;

/// Tokens under construction: each entry is a class and the offset where it starts.
pub(crate) struct Out<'a> {
    /// The whole input.
    pub src: &'a str,
    /// The input as bytes.
    pub s: &'a [u8],
    /// Where the next token starts; everything before it has been emitted.
    pub pos: usize,
    /// Emitted tokens; adjacent ones always differ in class.
    pub toks: Vec<(Class, usize)>,
}

impl<'a> Out<'a> {
    /// A sink for `src` with nothing emitted yet.
    pub fn new(src: &'a str) -> Self {
        Out { src, s: src.as_bytes(), pos: 0, toks: Vec::new() }
    }

    /// Emits `pos..end` as `class`, rounding `end` up to a char boundary and merging with the
    /// previous token when it has the same class. Does nothing if `end` is not past `pos`.
    pub fn emit(&mut self, class: Class, end: usize) {
        let n = self.s.len();
        let mut end = end.min(n);
        while end < n && self.s[end] & 0xC0 == 0x80 {
            end += 1;
        }
        if end > self.pos {
            if self.toks.last().map(|t| t.0) != Some(class) {
                self.toks.push((class, self.pos));
            }
            self.pos = end;
        }
    }

    /// Appends tokens lexed from `src[base..end]` and moves past them.
    pub fn splice(&mut self, toks: Vec<(Class, usize)>, base: usize, end: usize) {
        for (c, start) in toks {
            if self.toks.last().map(|t| t.0) != Some(c) {
                self.toks.push((c, base + start));
            }
        }
        self.pos = end.max(self.pos);
    }

    /// Gives the tokens emitted since index `from` the class `class` (a string that turned out
    /// to be a key).
    pub fn relabel(&mut self, from: usize, class: Class) {
        if let Some(t) = self.toks.get_mut(from) {
            t.0 = class;
            let merge = from > 0 && self.toks[from - 1].0 == class;
            self.toks.truncate(from + usize::from(!merge));
        }
    }

    /// The byte at `i`, or 0 past the end.
    pub fn at(&self, i: usize) -> u8 {
        self.s.get(i).copied().unwrap_or(0)
    }

    /// True if the input continues with `p` at `i` (never for an empty `p`).
    pub fn starts(&self, i: usize, p: &[u8]) -> bool {
        !p.is_empty() && self.s.get(i..).is_some_and(|t| t.starts_with(p))
    }

    /// Offset of the first `p` at or after `i`.
    pub fn find(&self, i: usize, p: &[u8]) -> Option<usize> {
        (i..self.s.len()).find(|&j| self.starts(j, p))
    }

    /// Offset of the newline ending the line that contains `i`, or the input length.
    pub fn eol(&self, i: usize) -> usize {
        self.s.get(i..).and_then(|t| t.iter().position(|&c| c == b'\n')).map_or(self.s.len(), |p| i + p)
    }

    /// Offset after the spaces and tabs at `i`.
    pub fn blanks(&self, mut i: usize) -> usize {
        while matches!(self.at(i), b' ' | b'\t') {
            i += 1;
        }
        i
    }

    /// End of the identifier at `i` (ASCII letters, digits, `_`, any non-ASCII char, and `$`
    /// when `dollar`).
    pub fn ident_end(&self, mut i: usize, dollar: bool) -> usize {
        while let Some(&c) = self.s.get(i) {
            if !(ident(c) || c.is_ascii_digit() || dollar && c == b'$') {
                break;
            }
            i += 1;
        }
        i
    }

    /// End of the number at `i`: digits, letters and `_` (hex digits, suffixes), a `.` before a
    /// digit, a sign after a decimal exponent, and C++'s `'` between digits.
    pub fn number_end(&self, mut i: usize) -> usize {
        let hex = self.at(i) == b'0' && matches!(self.at(i + 1), b'x' | b'X');
        let mut prev = 0;
        while let Some(&c) = self.s.get(i) {
            let ok = c.is_ascii_alphanumeric()
                || c == b'_'
                || c == b'.' && self.at(i + 1).is_ascii_digit()
                || matches!(c, b'+' | b'-') && !hex && matches!(prev, b'e' | b'E')
                || c == b'\'' && prev.is_ascii_hexdigit() && self.at(i + 1).is_ascii_hexdigit();
            if !ok {
                break;
            }
            prev = c;
            i += 1;
        }
        i
    }

    /// End of the block comment opened at `i` by `open`, closed by `close`; with `nest`, inner
    /// openers must be closed too. Runs to the end of input when unclosed.
    pub fn block_end(&self, mut i: usize, open: &[u8], close: &[u8], nest: bool) -> usize {
        let mut depth = 0usize;
        while i < self.s.len() {
            if self.starts(i, open) && (nest || depth == 0) {
                depth += 1;
                i += open.len();
            } else if self.starts(i, close) {
                i += close.len();
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            } else {
                i += 1;
            }
        }
        i
    }

    /// Scans a quoted run from `i` (just after the opener; the opener and any prefix since
    /// `pos` are part of it) to the end of `close`, emitting it as `class` with escapes as
    /// [`Class::Escape`] and shell variables as [`Class::Variable`]. Returns `Some(p)` when it
    /// stopped before an embedded expression opener (`${` or `$(`) at `p`, not yet emitted.
    pub fn string(&mut self, mut i: usize, close: &[u8], mode: u8, class: Class) -> Option<usize> {
        let n = self.s.len();
        while i < n {
            let c = self.s[i];
            if self.starts(i, close) {
                if mode & DOUBLED != 0 && self.at(i + 1) == c {
                    i += 2;
                    continue;
                }
                self.emit(class, i + close.len());
                return None;
            }
            if c == b'\\' && mode & (ESC | RAW_ESC) != 0 {
                if mode & ESC != 0 {
                    self.emit(class, i);
                    self.emit(Class::Escape, self.escape_end(i));
                }
                i = self.pos.max(i + 2);
                continue;
            }
            if c == b'\n' && mode & MULTI == 0 {
                break;
            }
            if c == b'$' && mode & (DOLLAR_BRACE | SHELL) != 0 {
                let nx = self.at(i + 1);
                if mode & DOLLAR_BRACE != 0 && nx == b'{' || mode & SHELL != 0 && nx == b'(' {
                    self.emit(class, i);
                    return Some(i);
                }
                let e = if mode & SHELL != 0 { self.var_end(i) } else { i };
                if e > i + 1 {
                    self.emit(class, i);
                    self.emit(Class::Variable, e);
                    i = e;
                    continue;
                }
            }
            i += 1;
        }
        self.emit(class, i);
        None
    }

    /// End of the backslash escape at `i`: the escaped char, plus the digits of `\x`, `\u`,
    /// `\U` (or a `{...}` after them).
    fn escape_end(&self, i: usize) -> usize {
        let max = match self.at(i + 1) {
            b'x' => 2,
            b'u' => 4,
            b'U' => 8,
            _ => 0,
        };
        let mut e = i + 2;
        if max > 0 && self.at(e) == b'{' {
            while e < i + 12 && !matches!(self.at(e), b'}' | b'\n' | 0) {
                e += 1;
            }
            return e + usize::from(self.at(e) == b'}');
        }
        while e < i + 2 + max && self.at(e).is_ascii_hexdigit() {
            e += 1;
        }
        e
    }

    /// End of a shell expansion at the `$` at `i`: `$name`, `${...}` (closed on the same line
    /// within 255 bytes), `$1`, `$?` and the other special parameters; `i + 1` when none follows.
    pub fn var_end(&self, i: usize) -> usize {
        let c = self.at(i + 1);
        if c == b'{' {
            let mut depth = 0;
            for (j, &b) in self.s.iter().enumerate().take(i + 256).skip(i + 1) {
                match b {
                    b'{' => depth += 1,
                    b'}' if depth == 1 => return j + 1,
                    b'}' => depth -= 1,
                    b'\n' => break,
                    _ => {}
                }
            }
            return i + 1;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            let mut j = i + 1;
            while self.at(j).is_ascii_alphanumeric() || self.at(j) == b'_' {
                j += 1;
            }
            return j;
        }
        i + 1 + usize::from(c.is_ascii_digit() || b"?#@*$!-".contains(&c))
    }
}

/// True if `c` can start an identifier: an ASCII letter, `_`, or a byte of a non-ASCII char.
pub(crate) fn ident(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}
