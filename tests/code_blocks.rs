//! Code blocks as the Markdown sink writes them: the figure, its header,
//! one element per line, escaping, and time linear in the code's length.
#![cfg(not(target_arch = "wasm32"))]

use pairwise::markdown::{code_blocks, to_html};

/// The text of every `pw-code__line`, tags removed and entities decoded.
fn line_texts(html: &str) -> Vec<String> {
    html.split("<span class=\"pw-code__line\">")
        .skip(1)
        .map(|rest| {
            let mut text = String::new();
            let mut depth = 1;
            let mut in_tag = false;
            for (at, c) in rest.char_indices() {
                match c {
                    '<' => {
                        in_tag = true;
                        if rest[at..].starts_with("</span>") {
                            depth -= 1;
                        } else if rest[at..].starts_with("<span") {
                            depth += 1;
                        }
                        if depth == 0 {
                            break;
                        }
                    }
                    '>' if in_tag => in_tag = false,
                    _ if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn a_fenced_block_is_a_figure_with_a_header_and_one_element_per_line() {
    let html = to_html("```python title=x\ndef f():\n    return 'a'\n```\n");
    assert!(
        html.starts_with(
            "<figure dir=\"ltr\" class=\"pw-code\" data-lang=\"python\" data-lines=\"2\" data-digits=\"1\" data-wrap=\"false\">"
        ),
        "{html}"
    );
    assert!(html.contains("<span class=\"pw-code__lang\">Python</span>"), "{html}");
    assert!(html.contains("<button type=\"button\" class=\"pw-code__button\" data-action=\"copy\">Copy</button>"));
    assert!(html.contains("data-action=\"wrap\" aria-pressed=\"false\">Wrap lines</button>"));
    assert!(html.contains("<pre class=\"pw-code__pre\" tabindex=\"0\" aria-label=\"Python code, scrollable\">"));
    assert!(html.contains("<code class=\"language-python\">"));
    assert!(html.contains("<span class=\"pw-tk-kw\">def</span>"), "{html}");
    assert!(html.contains("<span class=\"pw-tk-str\">&#39;a&#39;</span>"), "{html}");
    assert_eq!(line_texts(&html), ["def f():\n", "    return 'a'\n"]);
    // Nothing that could run: no handler, no inline style or script.
    assert!(!html.contains(" on") && !html.contains("style=") && !html.contains("<script"));
}

#[test]
fn unknown_unnamed_and_indented_blocks_are_escaped_plain_text() {
    let html = to_html("```haskell\nmain = putStrLn \"<b>\"\n```\n");
    assert!(html.contains("<span class=\"pw-code__lang\">haskell</span>") && !html.contains("data-lang"), "{html}");
    assert!(html.contains("aria-label=\"haskell code, scrollable\""));
    assert!(html.contains("main = putStrLn &quot;&lt;b&gt;&quot;") && !html.contains("pw-tk-"), "{html}");
    let html = to_html("    <script>alert(1)</script>\n");
    assert!(html.contains("<span class=\"pw-code__lang\">Text</span>"), "{html}");
    assert!(html.contains("aria-label=\"Code, scrollable\"><code><span"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script"), "{html}");
    let html = to_html("```\"><img src=x onerror=alert(1)>\n<script>x</script>\n```\n");
    assert!(!html.contains("<img") && !html.contains("<script"), "{html}");
    assert!(html.contains("class=\"language-&quot;&gt;&lt;img\""), "{html}");
}

#[test]
fn empty_blocks_crlf_and_blocks_in_lists_keep_their_lines() {
    assert_eq!(line_texts(&to_html("```\n```\n")), Vec::<String>::new());
    assert_eq!(line_texts(&to_html("```\n\n\n```\n")), ["\n", "\n"]);
    assert_eq!(line_texts(&to_html("```c\nint a;\r\nint b;\r\n```\r\n")), ["int a;\n", "int b;\n"]);
    let html = to_html("- item\n\n  ```js\n  let a = 1;\n  let b = 2;\n  ```\n");
    assert_eq!(line_texts(&html), ["let a = 1;\n", "let b = 2;\n"]);
    let wide = to_html(&format!("```\n{}```\n", "x\n".repeat(1234)));
    assert!(wide.contains("data-lines=\"1234\" data-digits=\"4\""));
}

#[test]
fn code_blocks_lists_the_text_of_every_block_in_order() {
    let md = "Intro `inline`\n\n```py\na = 1\n```\n\n    indented\n\n> ```\n> quoted\n> ```\n";
    assert_eq!(code_blocks(md), ["a = 1\n", "indented\n", "quoted\n"]);
    assert!(code_blocks("No code, only `inline`.").is_empty());
}

#[test]
fn rendering_code_takes_time_linear_in_its_length() {
    let block = |lines: usize| format!("```python\n{}```\n", "def f(x): return x * 2  # 'twice' \"q\"\n".repeat(lines));
    let time = |lines: usize| {
        let source = block(lines);
        let started = std::time::Instant::now();
        let html = to_html(&source);
        assert_eq!(html.matches("pw-code__line").count(), lines);
        started.elapsed().as_secs_f64()
    };
    time(2_000); // warm up
    let (small, large) = (time(10_000), time(80_000));
    // Eight times the code: well under 64 times the time (quadratic).
    assert!(large < small * 24.0 + 0.05, "10,000 lines: {small:.3} s; 80,000 lines: {large:.3} s");
}

/// The light and dark defaults of an internal variable in the stylesheet.
fn defaults(css: &str, name: &str) -> (String, String) {
    let start = css.find(&format!("{name}: var(")).unwrap_or_else(|| panic!("{name} is defined"));
    let rest = &css[start..];
    let pair = &rest[rest.find("light-dark(").expect("a light-dark() default") + 11..];
    let pair = &pair[..pair.find(')').unwrap()];
    let (light, dark) = pair.split_once(',').unwrap();
    (light.trim().to_string(), dark.trim().to_string())
}

/// WCAG contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn default_code_colours_pass_wcag_aa_in_both_themes() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/pairwise.css")).unwrap();
    // The highlighter's classes (`highlight::Class::short`).
    let tokens =
        ["kw", "ty", "str", "esc", "com", "num", "op", "fn", "var", "meta", "ins", "del", "hunk", "tag", "attr", "key"];
    for short in tokens {
        assert!(css.contains(&format!(".pw-tk-{short} {{ color: var(--_pw-tk-{short})")), "{short} is coloured");
    }
    let foregrounds: Vec<String> = tokens
        .iter()
        .map(|short| format!("--_pw-tk-{short}"))
        .chain(["--_pw-code-text".to_string(), "--_pw-code-line-number".to_string()])
        .collect();
    let code_bg = defaults(&css, "--_pw-code-bg");
    for name in &foregrounds {
        let fg = defaults(&css, name);
        for (fg, bg, theme) in [(&fg.0, &code_bg.0, "light"), (&fg.1, &code_bg.1, "dark")] {
            let ratio = contrast(fg, bg);
            assert!(ratio >= 4.5, "{name} {fg} on {bg} ({theme}): {ratio:.2}");
        }
    }
    // The comparison: text on every background, each mark on its side's.
    let text = defaults(&css, "--_pw-code-text");
    for (bg, mark) in [
        ("--_pw-diff-del-bg", Some("--_pw-tk-del")),
        ("--_pw-diff-ins-bg", Some("--_pw-tk-ins")),
        ("--_pw-diff-del-word", None),
        ("--_pw-diff-ins-word", None),
    ] {
        let bg = defaults(&css, bg);
        for fg in std::iter::once(text.clone()).chain(mark.map(|m| defaults(&css, m))) {
            assert!(contrast(&fg.0, &bg.0) >= 4.5 && contrast(&fg.1, &bg.1) >= 4.5, "{fg:?} on {bg:?}");
        }
    }
}
