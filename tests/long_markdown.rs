//! A long document is shown in parts: its head ([`head`]), then the rest
//! cut between top-level blocks ([`parts`]), each part rendered alone
//! ([`render_part`]). Joined, the parts must be what [`render`] writes for
//! the whole document, whatever the cut: on every CommonMark spec example,
//! cut after every block, and on a long answer with code, tables, lists and
//! link references defined at its end.
#![cfg(not(target_arch = "wasm32"))]

use pairwise::i18n::EN;
use pairwise::json::{parse, Json};
use pairwise::markdown::{fill, head, parts, render, render_part, screen_lines};

/// Line breaks between tags are the only difference allowed.
fn same(a: &str, b: &str) -> bool {
    let strip = |s: &str| s.replace(">\n<", "><").trim().to_string();
    strip(a) == strip(b)
}

/// The document shown with a head of `head_lines` and parts of
/// `part_lines` source lines, joined.
fn shown(source: &str, head_lines: usize, part_lines: usize) -> (String, usize) {
    let start = head(source, EN.code, head_lines);
    let mut html = fill(&start.html, &start.chunks);
    let cut = parts(source, start.end, part_lines, &start.links);
    let mut at = start.end;
    for part in &cut {
        assert_eq!(part.start, at, "parts follow each other");
        at = part.end;
        let (part_html, chunks) = render_part(&source[part.clone()], EN.code, &start.links);
        html.push_str(&fill(&part_html, &chunks));
    }
    if !cut.is_empty() {
        assert_eq!(at, source.len(), "the parts reach the end");
    }
    (html, cut.len())
}

#[test]
fn every_commonmark_example_cut_anywhere_renders_as_a_whole() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/commonmark_spec_0.31.2.json");
    let text = std::fs::read_to_string(path).expect("the shared corpora are next to the repository");
    let Json::Array(examples) = parse(&text).expect("valid JSON") else { panic!("expected an array") };
    let mut cut_examples = 0;
    let mut failures = Vec::new();
    for example in &examples {
        let markdown = example.get("markdown").and_then(Json::as_str).unwrap_or_default();
        let whole = render(markdown, EN.code);
        let mut was_cut = false;
        for lines in 1..=3 {
            let (joined, count) = shown(markdown, lines, lines);
            was_cut |= count > 0;
            if !same(&joined, &whole) {
                let number = example.get("example").and_then(Json::as_i64).unwrap_or(0);
                failures.push(format!("#{number} cut every {lines} lines:\n{joined}\n-- whole:\n{whole}"));
            }
        }
        cut_examples += usize::from(was_cut);
    }
    assert!(failures.is_empty(), "{} differ:\n{}", failures.len(), failures.join("\n\n"));
    // Most examples are a single block; the test is about those with several.
    assert!(cut_examples > 150, "only {cut_examples} examples were cut");
}

/// A long answer: sections of prose, lists, a table and code, with link
/// references used everywhere and defined only at the end.
fn long_answer() -> String {
    let mut doc = String::new();
    for i in 0..60 {
        doc.push_str(&format!("## Step {i}\n\nSee the [guide][ref] and the *notes* for step {i}, or [Docs].\n\n"));
        doc.push_str("- first item\n- second item with `code`\n\n  continued\n\n");
        if i % 5 == 0 {
            doc.push_str("| a | b |\n|---|:-:|\n| 1 | 2 |\n\n");
        }
        doc.push_str(&format!("```python\ndef step_{i}(x):\n    # a comment\n    return x + {i}\n```\n\n"));
    }
    doc.push_str("[ref]: https://example.com/guide \"The guide\"\n[docs]: https://example.com/docs\n");
    doc
}

#[test]
fn a_long_answer_shown_in_parts_is_the_whole_answer() {
    let doc = long_answer();
    let whole = render(&doc, EN.code);
    assert!(whole.contains(r#"<a href="https://example.com/guide" title="The guide""#), "references resolve");
    let (joined, count) = shown(&doc, 60, 200);
    assert!(count >= 3, "the answer is cut into {count} parts");
    assert!(same(&joined, &whole));
    // Every step's link and code block is there, once.
    assert_eq!(joined.matches(r#"href="https://example.com/guide""#).count(), 60);
    assert_eq!(joined.matches(r#"href="https://example.com/docs""#).count(), 60);
    assert_eq!(joined.matches("<figure").count(), 60);
}

#[test]
fn the_head_ends_after_the_block_that_reaches_its_lines() {
    let doc = long_answer();
    let start = head(&doc, EN.code, 60);
    // Counted in lines on screen, not source lines.
    let lines = screen_lines(&doc[..start.end]);
    assert!((60..90).contains(&lines), "the head is {lines} lines on screen");
    // A paragraph of 400 bytes on one source line takes 5 lines on screen
    // (and its blank line one), so a head of 60 is 10 of them.
    let wrapped = format!("{}\n\n", "word ".repeat(80)).repeat(40);
    let start_wrapped = head(&wrapped, EN.code, 60);
    assert_eq!(wrapped[..start_wrapped.end].matches("\n\n").count(), 10);
    // It ends between blocks: the rest starts with the next block.
    assert!(doc[start.end..].trim_start().starts_with("## Step") || doc[start.end..].trim_start().starts_with("```"));
    // A short document is one head.
    let short = head("# Title\n\nText.\n", EN.code, 60);
    assert_eq!(short.end, "# Title\n\nText.\n".len());
    assert!(parts("# Title\n\nText.\n", short.end, 200, &short.links).is_empty());
}

#[test]
fn screen_lines_counts_code_lines_once_and_long_text_lines_as_they_wrap() {
    // A short line is one; an empty document none.
    assert_eq!(screen_lines(""), 0);
    assert_eq!(screen_lines("Short.\n\nAlso short.\n"), 3);
    // A paragraph of 400 bytes on one source line wraps to 5 lines.
    let paragraph = "word ".repeat(80);
    assert_eq!(paragraph.len(), 400);
    assert_eq!(screen_lines(&paragraph), 5);
    assert_eq!(screen_lines(&format!("{paragraph}x")), 6);
    // The same 400 bytes inside a fence are one line: code scrolls sideways.
    let fenced = format!("```rust\n{paragraph}\nlet x = 1;\n```\n");
    assert_eq!(screen_lines(&fenced), 4);
    // A fence closes only with the same mark, at least as long; a longer
    // run of the other mark inside it is code.
    let nested = format!("````md\n```\n~~~~\n{paragraph}\n````\n{paragraph}\n");
    assert_eq!(screen_lines(&nested), 5 + 5);
    // A closing mark followed by text is not a closing fence.
    let not_closed = format!("```\n``` not a close\n{paragraph}\n```\n");
    assert_eq!(screen_lines(&not_closed), 4);
    // An unclosed fence runs to the end, as in CommonMark.
    assert_eq!(screen_lines(&format!("~~~\n{paragraph}\n")), 2);
}
