//! Raw HTML as CommonMark recognizes it: the seven start conditions of an
//! HTML block and their end conditions, and the inline forms (open and
//! closing tags, comments, processing instructions, declarations, CDATA).
//! The widget shows all of it as text; recognizing it still decides where
//! a block ends and what is not Markdown.

use super::starts::at;

/// The tag names of start condition 6, space-separated.
const BLOCK_TAGS: &str = "address article aside base basefont blockquote body caption center col colgroup dd details \
    dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr \
    html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary \
    table tbody td tfoot th thead title tr track ul";

/// The tag names of start condition 1.
const RAW_TAGS: [&str; 4] = ["pre", "script", "style", "textarea"];

/// Whether `hay` starts with `needle`, ASCII case-insensitively.
fn starts_ci(hay: &[u8], needle: &str) -> bool {
    hay.get(..needle.len()).is_some_and(|h| h.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether `hay` contains `needle`, ASCII case-insensitively.
fn contains_ci(hay: &[u8], needle: &str) -> bool {
    (0..hay.len()).any(|i| starts_ci(&hay[i..], needle))
}

/// Whether `b` ends a tag name in a block start: white space, `>` or the
/// line's end.
fn name_end(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'>')
}

/// The start condition (1 to 7) of an HTML block whose line is `line`
/// from its first non-space byte; condition 7 only if `seven`, since it
/// cannot interrupt a paragraph.
pub(super) fn block_start(line: &[u8], seven: bool) -> Option<u8> {
    if at(line, 0) != b'<' {
        return None;
    }
    let rest = &line[1..];
    for tag in RAW_TAGS {
        if starts_ci(rest, tag) && name_end(at(rest, tag.len())) {
            return Some(1);
        }
    }
    if rest.starts_with(b"!--") {
        return Some(2);
    }
    if rest.starts_with(b"?") {
        return Some(3);
    }
    if rest.starts_with(b"![CDATA[") {
        return Some(5);
    }
    if at(rest, 0) == b'!' && at(rest, 1).is_ascii_alphabetic() {
        return Some(4);
    }
    let name = if at(rest, 0) == b'/' { &rest[1..] } else { rest };
    let len = name.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let end = at(name, len);
    if len > 0
        && (name_end(end) || (end == b'/' && at(name, len + 1) == b'>'))
        && BLOCK_TAGS.split(' ').any(|tag| tag.as_bytes().eq_ignore_ascii_case(&name[..len]))
    {
        return Some(6);
    }
    if seven {
        let end = open_tag(line, 0).or_else(|| closing_tag(line, 0))?;
        let raw = RAW_TAGS.iter().any(|tag| starts_ci(name, tag) && !at(name, tag.len()).is_ascii_alphanumeric());
        if !raw && line[end..].iter().all(|&b| b == b' ' || b == b'\t') {
            return Some(7);
        }
    }
    None
}

/// Whether `line` ends an HTML block of start condition `kind` (1 to 5;
/// the others end at a blank line).
pub(super) fn block_end(line: &[u8], kind: u8) -> bool {
    match kind {
        1 => ["</pre>", "</script>", "</style>", "</textarea>"].iter().any(|end| contains_ci(line, end)),
        // One search for every terminator (these have no letters).
        2 => contains_ci(line, "-->"),
        3 => contains_ci(line, "?>"),
        4 => line.contains(&b'>'),
        5 => contains_ci(line, "]]>"),
        _ => false,
    }
}

/// The end of white space from `i` (spaces, tabs, newlines).
fn ws(s: &[u8], mut i: usize) -> usize {
    while matches!(at(s, i), b' ' | b'\t') || (i < s.len() && s[i] == b'\n') {
        i += 1;
    }
    i
}

/// The end of a tag name at `i`, if one starts there.
fn tag_name(s: &[u8], i: usize) -> Option<usize> {
    if !at(s, i).is_ascii_alphabetic() {
        return None;
    }
    Some(i + s[i..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count())
}

/// The end of an open tag starting with `<` at `i`.
pub(super) fn open_tag(s: &[u8], i: usize) -> Option<usize> {
    let mut j = tag_name(s, i + 1)?;
    loop {
        let k = ws(s, j);
        match at(s, k) {
            b'>' if k < s.len() => return Some(k + 1),
            b'/' if at(s, k + 1) == b'>' => return Some(k + 2),
            _ => {}
        }
        // An attribute needs white space before it.
        let c = at(s, k);
        if k == j || !(c.is_ascii_alphabetic() || c == b'_' || c == b':') {
            return None;
        }
        j = k + s[k..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'-'))
            .count();
        let eq = ws(s, j);
        if at(s, eq) != b'=' || eq >= s.len() {
            continue;
        }
        let v = ws(s, eq + 1);
        j = match at(s, v) {
            q @ (b'"' | b'\'') if v < s.len() => v + 1 + s[v + 1..].iter().position(|&b| b == q)? + 1,
            _ => {
                let n = s[v.min(s.len())..]
                    .iter()
                    .take_while(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'"' | b'\'' | b'=' | b'<' | b'>' | b'`'))
                    .count();
                if n == 0 {
                    return None;
                }
                v + n
            }
        };
    }
}

/// The end of a closing tag starting with `<` at `i`.
pub(super) fn closing_tag(s: &[u8], i: usize) -> Option<usize> {
    if at(s, i + 1) != b'/' {
        return None;
    }
    let j = ws(s, tag_name(s, i + 2)?);
    (at(s, j) == b'>' && j < s.len()).then_some(j + 1)
}

/// Which terminators an inline scan found missing from the rest of a
/// paragraph, so it does not look again (each search would otherwise run
/// to the paragraph's end for every opener).
#[derive(Default)]
pub(super) struct Missing {
    comment: bool,
    instruction: bool,
    declaration: bool,
    cdata: bool,
}

/// The end of the first `needle` in `s` from `from`, noting in `missing`
/// when there is none.
fn find_end(s: &[u8], from: usize, needle: &[u8], missing: &mut bool) -> Option<usize> {
    if *missing {
        return None;
    }
    let found = s.get(from..).and_then(|rest| rest.windows(needle.len()).position(|w| w == needle));
    *missing = found.is_none();
    found.map(|at| from + at + needle.len())
}

/// The end of inline raw HTML starting with `<` at `i`.
pub(super) fn inline(s: &[u8], i: usize, missing: &mut Missing) -> Option<usize> {
    let rest = &s[i..];
    if rest.starts_with(b"<!--") {
        if rest[4..].starts_with(b">") {
            return Some(i + 5);
        }
        if rest[4..].starts_with(b"->") {
            return Some(i + 6);
        }
        return find_end(s, i + 4, b"-->", &mut missing.comment);
    }
    if rest.starts_with(b"<?") {
        return find_end(s, i + 2, b"?>", &mut missing.instruction);
    }
    if rest.starts_with(b"<![CDATA[") {
        return find_end(s, i + 9, b"]]>", &mut missing.cdata);
    }
    if rest.starts_with(b"<!") && at(rest, 2).is_ascii_alphabetic() {
        return find_end(s, i + 2, b">", &mut missing.declaration);
    }
    open_tag(s, i).or_else(|| closing_tag(s, i))
}
