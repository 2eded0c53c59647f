//! Property tests of the highlighter: for every language and any text (random Unicode, and a
//! soup of the characters and words the scanners react to), lexing never panics, the tokens
//! concatenate back to the input, and the HTML lines, stripped of tags and unescaped, are the
//! input's lines. Also: inputs built to trigger quadratic scanning finish quickly.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use pairwise::highlight::{to_html, to_html_lines, tokens, Class, Lang};
use proptest::prelude::*;

/// Fragments the scanners give meaning to, in some language.
const SOUP: &[&str] = &[
    "\"",
    "'",
    "`",
    "/",
    "*",
    "#",
    "$",
    "<",
    ">",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\r",
    "\r\n",
    "\\",
    " ",
    "\t",
    "-",
    "+",
    "@",
    ":",
    "!",
    "=",
    "|",
    "&",
    ";",
    "%",
    ",",
    ".",
    "?",
    "~",
    "r",
    "R",
    "b",
    "u8",
    "x",
    "0",
    "7",
    "1.5e",
    "0x",
    "_",
    "é",
    "😀",
    "\u{0}",
    "def",
    "fn",
    "func",
    "class",
    "SELECT",
    "if",
    "then",
    "do",
    "done",
    "echo",
    "a",
    "Foo",
    "<<",
    "<<-",
    "EOF",
    "\tEOF",
    "$$",
    "$tag$",
    "${",
    "$(",
    "\"\"\"",
    "'''",
    "<!--",
    "-->",
    "/*",
    "*/",
    "//",
    "--",
    "---",
    "+++ ",
    "--- ",
    "@@",
    "<script>",
    "</script>",
    "<style>",
    "<!DOCTYPE",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "- ",
    ": ",
    "key: ",
    "| ",
    "r#\"",
    "\"#",
    "R\"x(",
    ")x\"",
    "'a",
    "'\\n'",
    "#[",
    "#include <",
    "true",
    "null",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(SOUP), 0..80).prop_map(|parts| parts.concat())
}

/// Removes the tags from `html` and decodes the five entities the writer produces.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// Checks every contract of one input in one language.
fn check(lang: Option<Lang>, code: &str) -> Result<(), TestCaseError> {
    if let Some(lang) = lang {
        let toks: Vec<(Class, &str)> = tokens(lang, code).collect();
        prop_assert_eq!(toks.iter().map(|t| t.1).collect::<String>(), code, "{:?}", lang);
        prop_assert!(toks.iter().all(|t| !t.1.is_empty()), "{:?}: empty token", lang);
        prop_assert!(toks.windows(2).all(|w| w[0].0 != w[1].0), "{:?}: unmerged tokens", lang);
        let mut html = String::new();
        to_html(lang, code, &mut html);
        prop_assert_eq!(text_of(&html), code);
    }
    let lines = to_html_lines(lang, code);
    let expected: Vec<&str> = code.lines().collect();
    prop_assert_eq!(lines.len(), expected.len(), "{:?}", lang);
    for (line, want) in lines.iter().zip(expected) {
        prop_assert_eq!(text_of(line), want, "{:?}", lang);
        prop_assert_eq!(line.matches("<span").count(), line.matches("</span>").count());
        prop_assert!(!line.contains('\n'));
    }
    Ok(())
}

fn check_all(code: &str) -> Result<(), TestCaseError> {
    check(None, code)?;
    Lang::all().try_for_each(|lang| check(Some(lang), code))
}

proptest! {
    #[test]
    fn any_text_round_trips(code in any::<String>()) {
        check_all(&code)?;
    }

    #[test]
    fn significant_soup_round_trips(code in soup()) {
        check_all(&code)?;
    }

    #[test]
    fn printable_ascii_round_trips(code in "[ -~\n\t]{0,200}") {
        check_all(&code)?;
    }
}

/// Inputs that would take quadratic time if a scanner re-scanned a line or the rest of the
/// input from every token: 200 KB each, in every language, well under a few seconds in all.
#[test]
fn pathological_inputs_stay_linear() {
    let units = [
        "(/", "- a ", "- ", "- - a: ", "? ", "{a, ", "\"", "'", "/*", "<!--", "<a ", "$(", "${", "`${", "#[", "r#",
        "<<E\n", "'a", "& ", "R\"", "x\\", "@@ -", "--- a\n", "$$", "#", "<!", "a:", "|\n", "[", "*/", "\n",
    ];
    let start = Instant::now();
    for unit in units {
        let code = unit.repeat(200_000 / unit.len());
        for lang in Lang::all() {
            let t = Instant::now();
            let n = tokens(lang, &code).count();
            assert!(n > 0);
            assert!(t.elapsed() < Duration::from_secs(5), "{lang:?} on {unit:?}: {:?}", t.elapsed());
        }
    }
    assert!(start.elapsed() < Duration::from_secs(120));
}
