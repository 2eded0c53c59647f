//! A single huge block is written in chunks the browser lays out only near
//! the viewport: a paragraph between words (never inside emphasis, code or
//! a link), the outermost list every 500 items (numbering goes on), a code
//! block every 400 lines (each chunk knows its first line). Unwrapped, the
//! chunks are exactly the block. Every chunk but the first is deferred: an
//! empty element in the HTML, its content aside, and [`fill`] puts it back
//! (nested ones too). A very long line of code is highlighted only at its
//! start.
#![cfg(not(target_arch = "wasm32"))]

use pairwise::highlight::{language, to_html_lines, HIGHLIGHT_LINE_BYTES};
use pairwise::i18n::EN;
use pairwise::markdown::{fill, head, to_html};

const OPEN: &str = "<span class=\"pw-chunk\">";
const BETWEEN: &str = "</span><span class=\"pw-chunk\">";

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn a_huge_paragraph_is_cut_between_words_and_is_whole_once_unwrapped() {
    let unit = "A long answer with `code`, *emphasis with [a link](https://example.com/x)* and **more**.";
    let one = to_html(unit);
    let inner = one.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>\n")).expect("one paragraph");
    let n = 5_000;
    let html = to_html(&vec![unit; n].join(" "));
    let expected = format!("<p>{}</p>\n", vec![inner; n].join(" "));

    let chunks = count(&html, BETWEEN) + 1;
    assert!(chunks >= 20, "{chunks} chunks for {} bytes", html.len());
    assert!(html.starts_with(&format!("<p>{OPEN}")) && html.ends_with("</span></p>\n"));
    let body = &html["<p>".len() + OPEN.len()..html.len() - "</span></p>\n".len()];
    for chunk in body.split(BETWEEN) {
        assert!(chunk.len() <= 16 * 1024 + inner.len(), "a chunk of {} bytes", chunk.len());
        for (open, close) in [("<em>", "</em>"), ("<strong>", "</strong>"), ("<code>", "</code>"), ("<a ", "</a>")] {
            assert_eq!(count(chunk, open), count(chunk, close), "{open} is cut in: {chunk}");
        }
    }
    let unwrapped = html.replace(BETWEEN, "").replacen(OPEN, "", 1).replace("</span></p>", "</p>");
    assert_eq!(unwrapped, expected);
}

#[test]
fn a_paragraph_of_one_huge_word_is_cut_on_character_boundaries() {
    let word = "ü".repeat(40_000);
    let html = to_html(&word);
    assert!(count(&html, BETWEEN) >= 4);
    assert_eq!(
        html.replace(BETWEEN, "").replacen(OPEN, "", 1).replace("</span></p>", "</p>"),
        format!("<p>{word}</p>\n")
    );
}

#[test]
fn a_short_paragraph_is_not_cut() {
    assert_eq!(to_html("Some *text*."), "<p>Some <em>text</em>.</p>\n");
}

#[test]
fn a_huge_ordered_list_goes_on_numbering_across_its_chunks() {
    let source: String = (3..1_203).map(|n| format!("{n}. item {n}\n")).collect();
    let html = to_html(&source);
    assert_eq!(count(&html, "<div class=\"pw-chunk\">"), 3);
    assert_eq!(count(&html, "</div>"), 3);
    for start in ["<ol start=\"3\">", "<ol start=\"503\">", "<ol start=\"1003\">"] {
        assert!(html.contains(start), "{start} missing");
    }
    assert_eq!(count(&html, "<li>"), 1_200);
    let items: Vec<&str> = html.split("<li>").skip(1).map(|s| s.split("</li>").next().unwrap()).collect();
    assert_eq!(items.first(), Some(&"item 3"));
    assert_eq!(items.last(), Some(&"item 1202"));
}

#[test]
fn only_the_outermost_list_is_cut() {
    let inner: String = (0..600).map(|n| format!("  - inner {n}\n")).collect();
    let html = to_html(&format!("- outer\n{inner}- last\n"));
    assert_eq!(count(&html, "pw-chunk"), 0, "a list of two items is not cut");
    let long: String = (0..1_000).map(|n| format!("- item {n}\n")).collect();
    let html = to_html(&long);
    assert_eq!(count(&html, "<ul>"), 2);
    assert!(html.starts_with("<div class=\"pw-chunk\">\n<ul>"));
    assert!(html.ends_with("</ul>\n</div>\n"));
}

#[test]
fn a_long_code_block_has_its_lines_in_numbered_chunks() {
    let code: String = (0..1_000).map(|n| format!("x_{n} = {n}  # line {n}\n")).collect();
    let html = to_html(&format!("```python\n{code}```\n"));
    assert_eq!(count(&html, "class=\"pw-code__line\""), 1_000);
    for (first, lines) in [(0, 400), (400, 400), (800, 200)] {
        let tag = format!("<span class=\"pw-code__chunk\" data-first=\"{first}\" data-lines=\"{lines}\">");
        assert!(html.contains(&tag), "chunk {first}");
    }
    assert_eq!(count(&html, "pw-code__chunk"), 3);
    let short = to_html("```python\nx = 1\n```\n");
    assert!(!short.contains("pw-code__chunk"));
}

#[test]
fn a_very_long_line_is_highlighted_only_at_its_start() {
    let js = language("js").expect("JavaScript");
    let line = "var a=1;function b(c){return c+\"s\"}/*x*/".repeat(2_000);
    let lines = to_html_lines(Some(js), &format!("{line}\nvar z = 2;\n"));
    assert_eq!(lines.len(), 2);
    let spans = count(&lines[0], "<span");
    let per_unit = count(&to_html_lines(Some(js), "var a=1;function b(c){return c+\"s\"}/*x*/")[0], "<span");
    let highlighted_units = HIGHLIGHT_LINE_BYTES / 40 + 2;
    assert!(spans <= per_unit * highlighted_units, "{spans} spans");
    assert!(spans >= per_unit * (highlighted_units - 4), "{spans} spans: the start is highlighted");
    // The rest is the text, escaped.
    let tail = &line[line.len() - 4_000..];
    assert!(lines[0].ends_with(&tail.replace('"', "&quot;")));
    // The next line is highlighted again.
    assert!(lines[1].contains("<span class=\"pw-tk-kw\">var</span>"), "{}", lines[1]);
}

#[test]
fn later_chunks_are_deferred_and_fill_puts_them_back_even_nested() {
    // A 600-item list (cut after 500) whose item 550 holds a 1,000-line
    // code block (cut every 400 lines): code chunks inside a list chunk.
    let code: String = (0..1_000).map(|n| format!("    x = {n}\n")).collect();
    let source: String = (0..600)
        .map(|n| match n {
            550 => format!("- item {n}\n\n  ```python\n{}  ```\n", code.replace("    x", "  x")),
            _ => format!("- item {n}\n"),
        })
        .collect();
    let shown = head(&source, EN.code, usize::MAX);
    assert!(shown.chunks.len() >= 3, "{} chunks", shown.chunks.len());
    // The HTML has only the first chunk of the list; the rest is aside.
    assert_eq!(count(&shown.html, "<li>"), 500);
    assert_eq!(count(&shown.html, "data-chunk=\""), 1);
    assert!(shown.html.contains("<div class=\"pw-chunk\" data-chunk=\""));
    let whole = fill(&shown.html, &shown.chunks);
    assert_eq!(whole, to_html(&source));
    assert_eq!(count(&whole, "<li>"), 600);
    assert_eq!(count(&whole, "class=\"pw-code__line\""), 1_000);
    assert_eq!(count(&whole, "data-chunk"), 0);
    assert_eq!(count(&whole, "<ul>"), 2);
}

#[test]
fn fill_ignores_unknown_chunks() {
    assert_eq!(fill("<span data-chunk=\"7\"></span>", &[]), "<span></span>");
    assert_eq!(fill("<p>plain</p>", &["x".to_string()]), "<p>plain</p>");
}
