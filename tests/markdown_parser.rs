//! The Markdown parser on hostile and huge input: it never panics, its
//! start and end events pair up, every span is text of the document, and
//! every tag the writer opens it closes. Long documents and deep nesting
//! (10,000 quotes, lists, links, emphasis or brackets) must complete on a
//! small stack (no recursion per level); their times are printed, not
//! asserted (`cargo test --release --test markdown_parser -- --nocapture`).
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use pairwise::markdown::parse::{parse, Event, Links, Tag};
use pairwise::markdown::to_html;
use proptest::prelude::*;

/// Checks the events of `source`: balanced, and every span in the text.
fn check_events(source: &str) -> Result<(), TestCaseError> {
    let doc = parse(source, &Links::default());
    let mut open: Vec<Tag> = Vec::new();
    let same = |a: &Tag, b: &Tag| std::mem::discriminant(a) == std::mem::discriminant(b);
    for event in &doc.events {
        let spans: Vec<_> = match *event {
            Event::Start(tag) | Event::End(tag) => match tag {
                Tag::Link(a, b) | Tag::Image(a, b) => vec![a, b],
                _ => vec![],
            },
            Event::Text(s) | Event::Code(s) | Event::Html(s) | Event::HtmlBlock(s) | Event::Inline(s) => vec![s],
            Event::CodeBlock(a, b) => vec![a, b],
            _ => vec![],
        };
        for span in spans {
            prop_assert_eq!(doc.text(span).len(), span.end - span.start, "span {:?} of {:?}", span, source);
        }
        match *event {
            Event::Start(tag) => open.push(tag),
            Event::End(tag) => {
                let top = open.pop();
                prop_assert!(top.is_some_and(|t| same(&t, &tag)), "{:?} closes {:?} in {:?}", tag, top, source);
            }
            Event::Inline(_) => prop_assert!(false, "unparsed inline content in {:?}", source),
            _ => {}
        }
    }
    prop_assert!(open.is_empty(), "{:?} left open in {:?}", open, source);
    Ok(())
}

/// The tags the writer writes, closed in order: `Err` names the first
/// that is not.
fn tags_balanced(html: &str) -> Result<(), String> {
    const VOID: [&str; 4] = ["img", "input", "br", "hr"];
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').ok_or("a tag does not end")?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(top) if top == name => {}
                top => return Err(format!("</{name}> closes {top:?}")),
            }
        } else {
            let name = tag.split([' ', '/']).next().unwrap_or("");
            if !VOID.contains(&name) {
                open.push(name);
            }
        }
    }
    match open.is_empty() {
        true => Ok(()),
        false => Err(format!("left open: {open:?}")),
    }
}

/// Markdown made of the pieces where the parser's rules meet.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "a",
        "b c",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "*",
        "**",
        "_",
        "__",
        "~",
        "~~",
        "`",
        "``",
        "[",
        "]",
        "(",
        ")",
        "![",
        "<",
        ">",
        "&amp;",
        "&#x41;",
        "&bogus;",
        "\\",
        "- ",
        "+ ",
        "1. ",
        "2) ",
        "> ",
        "# ",
        "###### ",
        "|",
        "| a | b |\n|---|:-:|\n",
        "---",
        "***",
        "===",
        "```",
        "~~~",
        "    ",
        "[x]: /u \"t\"\n",
        "<div>",
        "</div>",
        "<!--",
        "-->",
        "<?",
        "?>",
        "<![CDATA[",
        "]]>",
        "<a href=\"x\">",
        "http://x",
        "<http://x>",
        "<a@b.c>",
        "[ ] ",
        "[x] ",
        "\"t\"",
        "'t'",
        ":",
        "ü",
        "ẞ",
        "\u{a0}",
        "\r\n",
        "\0",
        "\u{1F600}",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn arbitrary_strings_parse_to_balanced_events(source in any::<String>()) {
        check_events(&source)?;
        prop_assert_eq!(tags_balanced(&to_html(&source)), Ok(()));
    }

    #[test]
    fn markdown_like_strings_parse_to_balanced_events(source in markdownish()) {
        check_events(&source)?;
        prop_assert_eq!(tags_balanced(&to_html(&source)), Ok(()), "{:?}", source);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        let source = String::from_utf8_lossy(&bytes);
        check_events(&source)?;
        prop_assert_eq!(tags_balanced(&to_html(&source)), Ok(()));
    }
}

/// Runs `f` on a thread with a 256 KiB stack, a quarter of the wasm one.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new().stack_size(256 * 1024).spawn(f).expect("a thread").join().expect("no overflow");
}

/// Renders `source`, prints how long it took, checks the HTML.
fn render_timed(name: &str, source: &str) {
    let started = Instant::now();
    let html = to_html(source);
    let took = started.elapsed();
    println!("{name}: {} KB in {:.1} ms", source.len() / 1024, took.as_secs_f64() * 1000.0);
    assert_eq!(tags_balanced(&html), Ok(()), "{name}");
}

/// About 2 MB of ordinary Markdown: prose with emphasis, links and code,
/// lists, quotes, tables, code blocks and references.
fn long_document() -> String {
    let mut doc = String::new();
    let mut i = 0;
    while doc.len() < 2 << 20 {
        doc.push_str(&format!(
            "## Section {i}\n\nSome *text* with **strong**, `code`, a [link](https://x.example/{i}) "
        ));
        doc.push_str("and a [reference][r] &amp; an entity, ~~struck~~ words and a line  \nbreak.\n\n");
        doc.push_str("- item one\n- item **two**\n  - nested [x]\n\n> quoted *text*\n> more\n\n");
        doc.push_str("| a | b |\n|---|:-:|\n| 1 | `2` |\n\n```rust\nfn main() {}\n```\n\n");
        i += 1;
    }
    doc.push_str("[r]: https://x.example/ref \"Ref\"\n");
    doc
}

#[test]
fn a_long_document_renders_whole() {
    on_small_stack(|| {
        let doc = long_document();
        render_timed("2 MB document", &doc);
        let html = to_html(&doc);
        assert!(html.contains("<a href=\"https://x.example/ref\" title=\"Ref\""));
        assert!(html.contains("<del>struck</del>") && html.contains("<table>"));
    });
}

#[test]
fn deep_nesting_needs_no_deep_stack() {
    on_small_stack(|| {
        let n = 10_000;
        let cases = [
            ("quotes", format!("{}deep\n", "> ".repeat(n))),
            ("quotes without spaces", format!("{}deep\nlazy\n", ">".repeat(n))),
            ("lists", format!("{}deep\n", "- ".repeat(n))),
            ("ordered lists", format!("{}deep\n", "1. ".repeat(n))),
            ("indented lists", (0..2_000).map(|d| format!("{}- item\n", "  ".repeat(d))).collect()),
            ("links", format!("{}a{}", "[".repeat(n), "](u)".repeat(n))),
            ("images", format!("{}a{}", "![".repeat(n), "](u)".repeat(n))),
            ("emphasis", format!("{}a{}", "*".repeat(n), "*".repeat(n))),
            ("alternating emphasis", format!("{}a{}", "*_".repeat(n), "_*".repeat(n))),
            ("openers", format!("{}a", "*a _b ".repeat(n))),
            ("brackets", format!("{}{}", "[".repeat(n), "]".repeat(n))),
            ("open brackets", "[a ".repeat(n)),
            ("parentheses", format!("[a]({}", "(".repeat(n))),
            ("quotes and lists", format!("{}deep\n", "> - ".repeat(n))),
            ("blank lines in deep lists", format!("{}x\n{}", "- ".repeat(1_000), "\n".repeat(n))),
        ];
        for (name, source) in cases {
            render_timed(name, &source);
        }
    });
}

#[test]
fn pathological_inline_input_stays_fast() {
    let n = 100_000;
    let cases = [
        ("unclosed code spans", (1..2_000).map(|k| "`".repeat(k % 50 + 1) + " x ").collect::<String>()),
        ("unclosed comments", "<!-- a ".repeat(n)),
        ("unclosed instructions", "<? a ".repeat(n)),
        ("unclosed declarations", "<!A a ".repeat(n)),
        ("unclosed CDATA", "<![CDATA[ a ".repeat(n)),
        ("unclosed tags", "<a b=\"c\" ".repeat(n)),
        ("unclosed destinations", "[a](b ".repeat(n)),
        ("unclosed titles", "[a](b \"c ".repeat(n)),
        ("references", "[a][b] ".repeat(n)),
        ("entities", "&amp;&#123;&#x1F600;&nope; ".repeat(n)),
        ("underscores", "a_b_ ".repeat(n)),
        ("tildes", "~a ~~b ".repeat(n)),
        ("escapes", "\\*\\[\\` ".repeat(n)),
        ("autolinks", "<http://a.b/c> <a@b.c> ".repeat(n / 2)),
        ("table rows", format!("|a|b|c|\n|-|-|-|\n{}", "|1|\n".repeat(n))),
        ("wide table", format!("{}\n{}\n{}", "|a".repeat(5_000), "|-".repeat(5_000), "|\n".repeat(1_000))),
        ("list items", "- item\n".repeat(n)),
        ("one long line", "word ".repeat(200_000)),
    ];
    for (name, source) in cases {
        render_timed(name, &source);
    }
}

#[test]
fn references_cannot_multiply_a_long_destination() {
    // A 100 KB destination used 20,000 times would be 2 GB of links.
    let source = format!("[a]: /{}\n\n{}", "x".repeat(100_000), "[a] ".repeat(20_000));
    let started = Instant::now();
    let html = to_html(&source);
    println!(
        "20,000 uses of a 100 KB reference: {} KB of HTML in {:.1} ms",
        html.len() / 1024,
        started.elapsed().as_secs_f64() * 1000.0
    );
    assert!(html.len() < 4 * source.len(), "{} bytes of HTML", html.len());
    assert!(html.contains("<a href=\"/xxx"), "the first use is a link");
    // Ordinary documents are far from the bound.
    let doc = long_document();
    assert_eq!(to_html(&doc).matches("href=\"https://x.example/ref\"").count(), doc.matches("[reference][r]").count());
}
