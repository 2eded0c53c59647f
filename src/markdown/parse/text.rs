//! Characters and references: the character classes the emphasis rules
//! need, backslash escapes, and entity and numeric character references
//! decoded (the named ones from [`super::entities`]).

use super::entities::TABLE;

/// Non-ASCII punctuation and symbols (Unicode P and S) as inclusive
/// ranges. Not the whole Unicode table, which the widget does not carry:
/// Latin-1, general punctuation, currency, arrows, mathematical and
/// technical symbols, box drawing and dingbats, CJK and full-width
/// punctuation, a few currency signs, and emoji. Punctuation of other scripts (Arabic, Indic,
/// …) counts as a letter, which matters only for emphasis next to it.
const PUNCTUATION: [(u32, u32); 35] = [
    (0xA1, 0xA9),
    (0xAB, 0xAC),
    (0xAE, 0xB1),
    (0xB4, 0xB4),
    (0xB6, 0xB8),
    (0xBB, 0xBB),
    (0xBF, 0xBF),
    (0xD7, 0xD7),
    (0xF7, 0xF7),
    (0x2C2, 0x2C5),
    (0x2D2, 0x2DF),
    (0x37E, 0x37E),
    (0x387, 0x387),
    (0x55A, 0x55F),
    (0x589, 0x58A),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x20A0, 0x20C0),
    (0x2190, 0x2426),
    (0x2500, 0x2775),
    (0x2794, 0x2BFF),
    (0x2E00, 0x2E5D),
    (0x3001, 0x3004),
    (0x3008, 0x3020),
    (0x3030, 0x3030),
    (0x30FB, 0x30FB),
    (0xFE10, 0xFE19),
    (0xFE30, 0xFE6B),
    (0xFF01, 0xFF0F),
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    (0xFFE0, 0xFFEE),
    (0x1E2FF, 0x1E2FF),
    (0x1F000, 0x1FAFF),
];

/// Whether `c` is punctuation for the emphasis rules (see
/// [`PUNCTUATION`] for what is left out).
pub(super) fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    let c = c as u32;
    PUNCTUATION.iter().any(|&(low, high)| (low..=high).contains(&c))
}

/// Whether `c` is Unicode white space as the spec defines it: the Zs
/// category, tab, line feed, form feed and carriage return.
pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{c}' | '\r' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}')
        || matches!(c, '\u{202f}' | '\u{205f}' | '\u{3000}')
}

/// The value of the named reference `name` (with its `;`), by binary
/// search of the sorted table.
fn named(name: &[u8]) -> Option<&'static str> {
    let table = TABLE.as_bytes();
    let (mut low, mut high) = (0, table.len());
    while low < high {
        let mid = (low + high) / 2;
        let start = table[low..mid].iter().rposition(|&b| b == 1).map_or(low, |i| low + i + 1);
        let end = table[start..].iter().position(|&b| b == 1).map_or(table.len(), |i| start + i);
        let entry = &table[start..end];
        let semi = entry.iter().position(|&b| b == b';').map_or(entry.len(), |i| i + 1);
        match name.cmp(&entry[..semi]) {
            std::cmp::Ordering::Equal => return TABLE.get(start + semi..end),
            std::cmp::Ordering::Less => high = start,
            std::cmp::Ordering::Greater => low = end + 1,
        }
    }
    None
}

/// Decodes the entity or numeric character reference at `i` (an `&`) into
/// `out`; returns its length, or 0 if there is none.
pub(super) fn reference(s: &[u8], i: usize, out: &mut String) -> usize {
    let rest = &s[i + 1..];
    if rest.first() == Some(&b'#') {
        let hex = matches!(rest.get(1), Some(b'x' | b'X'));
        let digits = &rest[1 + usize::from(hex)..];
        let len = digits.iter().take_while(|b| if hex { b.is_ascii_hexdigit() } else { b.is_ascii_digit() }).count();
        if len == 0 || len > if hex { 6 } else { 7 } || digits.get(len) != Some(&b';') {
            return 0;
        }
        let value = digits[..len]
            .iter()
            .fold(0u32, |n, &d| n * if hex { 16 } else { 10 } + (d as char).to_digit(16).unwrap_or(0));
        out.push(char::from_u32(value).filter(|&c| c != '\0').unwrap_or('\u{fffd}'));
        return 2 + usize::from(hex) + len + 1;
    }
    let len = rest.iter().take(33).take_while(|b| b.is_ascii_alphanumeric()).count();
    if len == 0 || rest.get(len) != Some(&b';') || !rest[0].is_ascii_alphabetic() {
        return 0;
    }
    match named(&rest[..=len]) {
        Some(value) => {
            out.push_str(value);
            len + 2
        }
        None => 0,
    }
}

/// Appends `s` to `out` with backslash escapes and character references
/// decoded (link destinations and titles, info strings), U+0000 replaced.
pub(super) fn unescape(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let (mut i, mut plain) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                push_safe(out, &s[plain..i]);
                plain = i + 1;
                i += 2;
            }
            b'&' => {
                push_safe(out, &s[plain..i]);
                let n = reference(bytes, i, out);
                if n == 0 {
                    plain = i;
                    i += 1;
                } else {
                    i += n;
                    plain = i;
                }
            }
            _ => i += 1,
        }
    }
    push_safe(out, &s[plain..]);
}

/// Whether `s` needs [`unescape`].
pub(super) fn has_escapes(s: &str) -> bool {
    s.bytes().any(|b| b == b'\\' || b == b'&')
}

/// Appends `s` to `out`, U+0000 replaced by U+FFFD as the spec asks.
pub(super) fn push_safe(out: &mut String, s: &str) {
    push_replacing(out, s, 0, "\u{fffd}");
}

/// Appends `s` to `out` with every byte `from` (an ASCII character)
/// replaced by `to`. Scans bytes rather than with `str::find` or a
/// `chars().map(…)`, which are more code.
pub(super) fn push_replacing(out: &mut String, s: &str, from: u8, to: &str) {
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        if b == from {
            out.push_str(s.get(plain..i).unwrap_or(""));
            out.push_str(to);
            plain = i + 1;
        }
    }
    out.push_str(s.get(plain..).unwrap_or(""));
}

#[cfg(test)]
mod tests {
    use super::{reference, unescape, TABLE};

    fn decode(s: &str) -> (usize, String) {
        let mut out = String::new();
        (reference(s.as_bytes(), 0, &mut out), out)
    }

    #[test]
    fn every_named_reference_is_found() {
        let mut count = 0;
        for entry in TABLE.split('\u{1}').filter(|e| !e.is_empty()) {
            let (name, value) = entry.split_at(entry.find(';').expect("a name ends in ;") + 1);
            assert_eq!(decode(&format!("&{name}")), (name.len() + 1, value.to_string()), "{name}");
            count += 1;
        }
        assert_eq!(count, 253);
    }

    #[test]
    fn numeric_references_and_failures() {
        assert_eq!(decode("&#65;"), (5, "A".into()));
        assert_eq!(decode("&#x1F600;"), (9, "\u{1F600}".into()));
        assert_eq!(decode("&#0;"), (4, "\u{fffd}".into()));
        assert_eq!(decode("&#x110000;"), (10, "\u{fffd}".into()));
        assert_eq!(decode("&#xD800;"), (8, "\u{fffd}".into()));
        // HTML5's names beyond HTML 4's are left as written (see the table).
        for none in ["&#12345678;", "&#;", "&#x;", "&amp", "&bogus;", "&;", "&1a;", "&AMP ;", "&HilbertSpace;"] {
            assert_eq!(decode(none).0, 0, "{none}");
        }
        let mut out = String::new();
        unescape("a\\*b&lt;c\\q&nope;", &mut out);
        assert_eq!(out, "a*b<c\\q&nope;");
    }
}
