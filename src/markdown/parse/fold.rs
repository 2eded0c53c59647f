//! Link labels made comparable: white space collapsed and case folded, as
//! the spec matches `[Foo]` with `[FOO]: /url`, without the Unicode case
//! tables (about 6 KB of wasm). Folding is by arithmetic over the blocks
//! where most labels' letters live: ASCII, Latin-1, Latin Extended-A, the
//! regular pairs of Latin Extended-B (and `Ǆ ǅ ǆ`, `Ǉ ǈ ǉ`, `Ǌ ǋ ǌ`,
//! `Ǳ ǲ ǳ`), Latin Extended Additional, Greek, Cyrillic and full-width
//! Latin, with `ß` and `ẞ` as `ss`. Not folded, so matched only as written:
//! the irregular rest of Latin Extended-B (`Ɓ`, `Ƈ`…), IPA, Greek Extended, Armenian, Georgian,
//! Cherokee, the letter-like symbols (Kelvin `K`, Ångström `Å`), Roman
//! numerals, circled letters and the full foldings of ligatures (`ﬀ`).

/// The key `label` (the text between its brackets) is matched by.
pub(super) fn key(label: &str) -> String {
    let mut key = String::with_capacity(label.len());
    let mut space = false;
    for c in label.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            space = !key.is_empty();
            continue;
        }
        if space {
            key.push(' ');
            space = false;
        }
        fold(c, &mut key);
    }
    key
}

/// `n | 1`: in a block of upper and lower case pairs, upper case even.
const ODD: i16 = i16::MIN;
/// `n + (n & 1)`: in a block of pairs, upper case odd.
const EVEN: i16 = i16::MIN + 1;

/// The simple case foldings as ranges of code points `(first, last, op)`,
/// `op` either [`ODD`], [`EVEN`] or a difference to add (the few
/// irregular ones are in [`fold`]). A table rather
/// than a `match` of ranges, which compiles to much more code.
const FOLDS: [(u16, u16, i16); 41] = [
    (0x41, 0x5a, 0x20),
    (0xb5, 0xb5, 0x3bc - 0xb5),
    (0xc0, 0xd6, 0x20),
    (0xd8, 0xde, 0x20),
    (0x100, 0x12f, ODD),
    (0x132, 0x137, ODD),
    (0x139, 0x148, EVEN),
    (0x14a, 0x177, ODD),
    (0x178, 0x178, 0xff - 0x178),
    (0x179, 0x17e, EVEN),
    (0x17f, 0x17f, 0x73 - 0x17f),
    (0x1cd, 0x1dc, EVEN),
    (0x1de, 0x1ef, ODD),
    (0x1f4, 0x1f5, ODD),
    (0x1f8, 0x21f, ODD),
    (0x222, 0x233, ODD),
    (0x386, 0x386, 0x3ac - 0x386),
    (0x388, 0x38a, 37),
    (0x38c, 0x38c, 0x3cc - 0x38c),
    (0x38e, 0x38f, 63),
    (0x391, 0x3a1, 32),
    (0x3a3, 0x3ab, 32),
    (0x3c2, 0x3c2, 1),
    (0x3d0, 0x3d0, 0x3b2 - 0x3d0),
    (0x3d1, 0x3d1, 0x3b8 - 0x3d1),
    (0x3d5, 0x3d5, 0x3c6 - 0x3d5),
    (0x3d6, 0x3d6, 0x3c0 - 0x3d6),
    (0x3d8, 0x3ef, ODD),
    (0x3f0, 0x3f0, 0x3ba - 0x3f0),
    (0x3f1, 0x3f1, 0x3c1 - 0x3f1),
    (0x3f5, 0x3f5, 0x3b5 - 0x3f5),
    (0x400, 0x40f, 80),
    (0x410, 0x42f, 32),
    (0x460, 0x481, ODD),
    (0x48a, 0x4bf, ODD),
    (0x4c0, 0x4c0, 0x4cf - 0x4c0),
    (0x4c1, 0x4ce, EVEN),
    (0x4d0, 0x52f, ODD),
    (0x1e00, 0x1e95, ODD),
    (0x1ea0, 0x1eff, ODD),
    (0xff21, 0xff3a, 32),
];

/// Appends the case folding of `c`.
fn fold(c: char, out: &mut String) {
    let n = c as u32;
    let folded = match n {
        0xdf | 0x1e9e => {
            out.push_str("ss");
            return;
        }
        0x130 => {
            out.push_str("i\u{307}");
            return;
        }
        0x149 => {
            out.push_str("\u{2bc}n");
            return;
        }
        0x1c4..=0x1cc => (n - 0x1c4) / 3 * 3 + 0x1c6,
        0x1f1..=0x1f3 => 0x1f3,
        _ => {
            let mut folded = n;
            for &(first, last, op) in &FOLDS {
                if (u32::from(first)..=u32::from(last)).contains(&n) {
                    folded = match op {
                        ODD => n | 1,
                        EVEN => n + (n & 1),
                        delta => n.wrapping_add_signed(i32::from(delta)),
                    };
                    break;
                }
            }
            folded
        }
    };
    out.push(char::from_u32(folded).unwrap_or(c));
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn labels_fold_to_one_key() {
        assert_eq!(key("  Foo \t\n BAR "), "foo bar");
        assert_eq!(key("ẞ"), key("SS"));
        assert_eq!(key("Straße"), key("STRASSE"));
        assert_eq!(key("ТОЛПОЙ"), key("Толпой"));
        assert_eq!(key("ΑΓΩ"), key("αγω"));
        assert_eq!(key("Ωσ"), key("ως"));
        assert_eq!(key("ĀĂŁŹ"), key("āăłź"));
        assert_eq!(key("ÀÉÎÕÜ"), key("àéîõü"));
        assert_eq!(key("Ёж"), key("ёЖ"));
        assert_eq!(key("Ǆǅ"), key("ǆǆ"));
        assert_eq!(key("ǍǞȀ"), key("ǎǟȁ"));
        assert_ne!(key("a"), key("b"));
    }
}
