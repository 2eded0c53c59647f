//! Syntax highlighting for code blocks: hand-written, table-driven scanners with no
//! dependencies and no regular expressions. They run in linear time, never panic, and the
//! tokens they produce always concatenate back to the input.
//!
//! [`language`] maps a Markdown fence info string to a [`Lang`]; [`tokens`] splits code into
//! classified pieces; [`to_html`] and [`to_html_lines`] write escaped HTML with a
//! `<span class="pw-tk-SHORT">` around every token that is not plain.
//!
//! The short names are public CSS API:
//!
//! | class | short | what |
//! |---|---|---|
//! | [`Class::Keyword`] | `kw` | keywords, `true`/`false`/`null` |
//! | [`Class::Type`] | `ty` | types, builtins, `CamelCase` names, Rust lifetimes |
//! | [`Class::String`] | `str` | strings, chars, regex literals, heredoc and block scalar bodies |
//! | [`Class::Escape`] | `esc` | `\n` in strings, `${`/`}` around template expressions, `&amp;` |
//! | [`Class::Comment`] | `com` | comments |
//! | [`Class::Number`] | `num` | numbers |
//! | [`Class::Operator`] | `op` | operators |
//! | [`Class::Function`] | `fn` | called or defined functions, Rust macros, shell commands |
//! | [`Class::Variable`] | `var` | shell `$x`, `${x}`, `$(`…`)`; SQL `"quoted"` and `` `quoted` `` names, `@x`, `$1`; YAML anchors |
//! | [`Class::Meta`] | `meta` | C preprocessor, decorators, Rust attributes, `<!DOCTYPE>`, diff file headers, heredoc tags |
//! | [`Class::Inserted`] | `ins` | diff `+` lines |
//! | [`Class::Deleted`] | `del` | diff `-` lines |
//! | [`Class::Hunk`] | `hunk` | diff `@@` lines |
//! | [`Class::Tag`] | `tag` | HTML/XML `<name`, `</name`, `>`, `/>` |
//! | [`Class::Attribute`] | `attr` | HTML/XML attribute names |
//! | [`Class::Key`] | `key` | JSON and YAML keys |
//!
//! Not handled, on purpose: the inside of f-strings and of shell heredocs is plain string (no
//! expansions); shell backticks are strings, not commands; the inside of `<style>` is plain;
//! JSX text between tags is scanned as code; a JavaScript `/` after `)` divides, so a regex
//! there is missed; Go and C mark type names only where `type`/`struct`/… declare them (Go's
//! capitalised names are as often functions or fields), and C++ marks a template parameter
//! only where `typename`/`class` declares it. Punctuation is plain. The scanners are
//! heuristic: unusual but valid code may be coloured wrongly, never lost or reordered.

mod code;
mod langs;
mod literals;
mod markup;
mod scan;
mod shell;
mod yaml;

use langs::{Mode, Spec, LANGS};
use scan::Out;

/// What a token is; [`Class::short`] names its CSS class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// Anything else: names, punctuation, blanks, text.
    Plain,
    /// A keyword.
    Keyword,
    /// A type or a builtin.
    Type,
    /// A string or char literal.
    String,
    /// An escape inside a string, or an HTML entity.
    Escape,
    /// A comment.
    Comment,
    /// A number.
    Number,
    /// An operator.
    Operator,
    /// The name of a called or defined function.
    Function,
    /// A variable marked by its syntax (shell `$x`) or a quoted name (SQL).
    Variable,
    /// Preprocessor lines, decorators, attributes, document markers.
    Meta,
    /// An inserted diff line.
    Inserted,
    /// A deleted diff line.
    Deleted,
    /// A diff hunk header.
    Hunk,
    /// An HTML/XML tag.
    Tag,
    /// An HTML/XML attribute name.
    Attribute,
    /// A JSON or YAML key.
    Key,
}

impl Class {
    /// The short name in the CSS class `pw-tk-<short>`; empty for [`Class::Plain`].
    pub fn short(self) -> &'static str {
        const SHORT: [&str; 17] = [
            "", "kw", "ty", "str", "esc", "com", "num", "op", "fn", "var", "meta", "ins", "del", "hunk", "tag", "attr",
            "key",
        ];
        SHORT[self as usize]
    }
}

/// A language the highlighter knows.
#[derive(Clone, Copy)]
pub struct Lang(&'static Spec);

impl Lang {
    /// The display label, e.g. `Python`, `C++`.
    pub fn name(&self) -> &'static str {
        self.0.name
    }

    /// Every known language.
    pub fn all() -> impl Iterator<Item = Lang> {
        LANGS.iter().map(|&s| Lang(s))
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.0, other.0)
    }
}

impl Eq for Lang {}

impl core::fmt::Debug for Lang {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// The language named by a Markdown fence info string: its first word (up to a blank, `,` or
/// `{`), compared case-insensitively with the known names and aliases. `None` when unknown.
pub fn language(info: &str) -> Option<Lang> {
    let info = info.as_bytes();
    let start = info.iter().position(|c| !c.is_ascii_whitespace())?;
    let len = info[start..].iter().position(|&c| c.is_ascii_whitespace() || c == b',' || c == b'{');
    let word = &info[start..start + len.unwrap_or(info.len() - start)];
    let known = |s: &&&Spec| s.aliases.as_bytes().split(|&c| c == b' ').any(|a| a.eq_ignore_ascii_case(word));
    LANGS.iter().find(known).map(|&s| Lang(s))
}

/// Splits `code` into classified tokens. Their texts concatenate to `code`; adjacent tokens
/// always differ in class.
pub fn tokens(lang: Lang, code: &str) -> impl Iterator<Item = (Class, &str)> + '_ {
    pieces(Some(lang), code)
}

/// Appends `code` as escaped HTML to `out`, each token that is not plain in a
/// `<span class="pw-tk-SHORT">`. A span may contain newlines.
pub fn to_html(lang: Lang, code: &str, out: &mut String) {
    for (class, text) in pieces(Some(lang), code) {
        span(out, class, text);
    }
}

/// Past this many bytes into a line, the rest of the line is plain text:
/// a megabyte of minified code on one line would otherwise be hundreds of
/// thousands of elements, which the browser takes seconds to lay out.
pub const HIGHLIGHT_LINE_BYTES: usize = 8192;

/// `code` as escaped HTML, one string per line (as [`str::lines`] splits it: no `\n`, no `\r`
/// before it, no empty line after a final newline). A token spanning lines is closed at the end
/// of each line and reopened on the next, so every line is well-formed on its own. With no
/// language the lines are only escaped.
pub fn to_html_lines(lang: Option<Lang>, code: &str) -> Vec<String> {
    let (mut lines, mut line, mut at, mut line_start) = (Vec::new(), String::new(), 0, 0);
    for (class, text) in pieces(lang, code) {
        for (k, part) in text.split('\n').enumerate() {
            if k > 0 {
                lines.push(core::mem::take(&mut line));
                at += 1;
                line_start = at;
            }
            let crlf = part.ends_with('\r') && code.as_bytes().get(at + part.len()) == Some(&b'\n');
            let class = if at - line_start > HIGHLIGHT_LINE_BYTES { Class::Plain } else { class };
            span(&mut line, class, &part[..part.len() - usize::from(crlf)]);
            at += part.len();
        }
    }
    if !code.is_empty() && !code.ends_with('\n') {
        lines.push(line);
    }
    lines
}

/// The tokens of `code` as classes and texts; one plain token without a language.
fn pieces(lang: Option<Lang>, code: &str) -> impl Iterator<Item = (Class, &str)> + '_ {
    let toks = lang.map_or_else(|| vec![(Class::Plain, 0)], |lang| lex(lang.0, code));
    (0..toks.len()).map(move |k| {
        let (class, start) = toks[k];
        let end = toks.get(k + 1).map_or(code.len(), |t| t.1);
        (class, code.get(start..end).unwrap_or_default())
    })
}

/// Scans `src` as `sp`: each token's class and start offset.
pub(crate) fn lex(sp: &Spec, src: &str) -> Vec<(Class, usize)> {
    let mut o = Out::new(src);
    match sp.mode {
        Mode::Code => code::code(&mut o, sp),
        Mode::Shell => shell::shell(&mut o, sp),
        Mode::Yaml => yaml::yaml(&mut o, sp),
        Mode::Markup => markup::markup(&mut o, sp),
        Mode::Diff => markup::diff(&mut o),
    }
    o.emit(Class::Plain, src.len());
    o.toks
}

/// Appends `text` escaped, in a span unless it is plain or empty.
fn span(out: &mut String, class: Class, text: &str) {
    if text.is_empty() {
        return;
    }
    if class != Class::Plain {
        out.push_str("<span class=\"pw-tk-");
        out.push_str(class.short());
        out.push_str("\">");
    }
    let mut last = 0;
    for (k, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[last..k]);
        out.push_str(entity);
        last = k + 1;
    }
    out.push_str(&text[last..]);
    if class != Class::Plain {
        out.push_str("</span>");
    }
}
