//! The Markdown sink's output, checked structurally on hostile input: every
//! tag is one the sink writes, with only the attributes it writes, tags are
//! balanced, no attribute is an event handler or a style, and every `href`
//! and `src` has an allowed scheme (http, https, mailto) or none. Checked on
//! random mixtures of Markdown syntax and XSS fragments, and on every
//! payload of the DOMPurify and H5SC corpora placed in a prompt, a code
//! span, a fenced block, a link target and an image source. The browser
//! test (`tests/e2e/xss.test.mjs`) runs the same payloads for execution.
#![cfg(not(target_arch = "wasm32"))]

use pairwise::json::{parse, Json};
use pairwise::markdown::to_html;
use proptest::prelude::*;

/// The tags the sink writes, and whether each is void (no end tag).
const TAGS: [(&str, bool); 29] = [
    ("p", false),
    ("h1", false),
    ("h2", false),
    ("h3", false),
    ("h4", false),
    ("h5", false),
    ("h6", false),
    ("blockquote", false),
    ("ul", false),
    ("ol", false),
    ("li", false),
    ("table", false),
    ("thead", false),
    ("tbody", false),
    ("tr", false),
    ("th", false),
    ("td", false),
    ("em", false),
    ("strong", false),
    ("del", false),
    ("code", false),
    ("pre", false),
    ("a", false),
    ("figure", false),
    ("div", false),
    ("span", false),
    ("button", false),
    ("br", true),
    ("hr", true),
];

/// Void tags beyond those in [`TAGS`]: images and task list checkboxes.
const VOID_EXTRA: [&str; 2] = ["img", "input"];

/// The attributes the sink writes (`data-*` and `aria-*` are allowed too).
const ATTRIBUTES: [&str; 16] = [
    "class",
    "dir",
    "role",
    "tabindex",
    "type",
    "disabled",
    "checked",
    "start",
    "href",
    "title",
    "target",
    "rel",
    "src",
    "alt",
    "loading",
    "referrerpolicy",
];

/// `value` as the browser reads it: numeric character references and the
/// named ones an escaper writes decoded.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';') else { break };
        let name = &rest[1..end];
        let numeric = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => name.strip_prefix('#').and_then(|decimal| decimal.parse().ok()),
        };
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => numeric.and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a URL, as the browser reads it, is relative or http(s)/mailto.
fn safe_target(url: &str) -> bool {
    let cleaned: String = url
        .trim_matches(|c: char| c.is_ascii_control() || c == ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let Some((head, _)) = cleaned.split_once(':') else { return true };
    let is_scheme = head.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && head.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    !is_scheme || ["http", "https", "mailto"].iter().any(|s| head.eq_ignore_ascii_case(s))
}

/// Checks one render; returns what is wrong with it.
fn check(html: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let tag = &rest[at + 1..];
        let end = tag.find('>').ok_or_else(|| format!("a `<` that opens no tag: {:?}", &rest[at..]))?;
        let inner = &tag[..end];
        rest = &tag[end + 1..];
        if let Some(name) = inner.strip_prefix('/') {
            match open.pop() {
                Some(top) if top == name => continue,
                other => return Err(format!("`</{name}>` closes {other:?}")),
            }
        }
        let name_end = inner.find([' ', '/']).unwrap_or(inner.len());
        let name = &inner[..name_end];
        let void = match TAGS.iter().find(|(tag, _)| *tag == name) {
            Some((_, void)) => *void,
            None if VOID_EXTRA.contains(&name) => true,
            None => return Err(format!("a tag the sink does not write: <{inner}>")),
        };
        // Attributes: `name="value"`, the value free of quotes (escaped).
        let mut attributes = inner[name_end..].trim_end_matches('/').trim();
        while !attributes.is_empty() {
            let (attribute, after) =
                attributes.split_once("=\"").ok_or_else(|| format!("an attribute without a value: <{inner}>"))?;
            let (value, after) = after.split_once('"').ok_or_else(|| format!("an unquoted value: <{inner}>"))?;
            let allowed = ATTRIBUTES.contains(&attribute)
                || attribute.starts_with("data-") && attribute[5..].chars().all(|c| c.is_ascii_lowercase() || c == '-')
                || attribute.starts_with("aria-") && attribute[5..].chars().all(|c| c.is_ascii_lowercase());
            if !allowed {
                return Err(format!("attribute `{attribute}` in <{inner}>"));
            }
            if (attribute == "href" || attribute == "src") && !safe_target(&unescape(value)) {
                return Err(format!("a {attribute} the browser would run: <{inner}>"));
            }
            attributes = after.trim_start();
        }
        if !void && !inner.ends_with('/') {
            open.push(name);
        }
    }
    match open.is_empty() {
        true => Ok(()),
        false => Err(format!("tags left open: {open:?}")),
    }
}

/// Markdown syntax and XSS fragments, glued into random documents.
const FRAGMENTS: [&str; 48] = [
    "\n",
    "\n\n",
    " ",
    "    ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "3) ",
    "# ",
    "###### ",
    "---\n",
    "```",
    "~~~",
    "```js\n",
    "`",
    "``",
    "*",
    "**",
    "_",
    "__",
    "~",
    "~~",
    "[",
    "]",
    "](",
    ")",
    "![",
    "]: ",
    "<",
    ">",
    "\"",
    "'",
    "\\",
    "&",
    "&amp;",
    "&#106;",
    "&#x3C;",
    "|",
    "| --- |",
    "- [x] ",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "JaVa\tScRiPt:alert(1)",
    "data:text/html,<b>x</b>",
    "http://e.com/?a=\"b\"",
    "<a href=\"//x\">",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![prop::sample::select(&FRAGMENTS[..]).prop_map(str::to_string), "[a-z]{1,5}"],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn random_markdown_renders_only_the_sinks_own_markup(source in document()) {
        let html = to_html(&source);
        prop_assert!(check(&html).is_ok(), "{:?}\n{source:?}\n{html}", check(&html));
    }

    #[test]
    fn arbitrary_text_renders_only_the_sinks_own_markup(source in any::<String>()) {
        let html = to_html(&source);
        prop_assert!(check(&html).is_ok(), "{:?}\n{source:?}\n{html}", check(&html));
    }
}

/// The corpus payloads: each item's `payload`.
fn payloads() -> Vec<String> {
    let corpora = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/");
    let mut payloads = Vec::new();
    for (file, field) in [("dompurify_all.json", "payload"), ("h5sc_vectors.json", "payload")] {
        let text =
            std::fs::read_to_string(format!("{corpora}{file}")).expect("the shared corpora are next to the repository");
        let Json::Array(items) = parse(&text).expect("valid JSON") else { panic!("{file} is an array") };
        payloads.extend(items.iter().filter_map(|item| item.get(field)?.as_str().map(str::to_string)));
    }
    payloads
}

#[test]
fn every_corpus_payload_in_every_place_renders_only_the_sinks_own_markup() {
    let payloads = payloads();
    assert!(payloads.len() >= 300, "both corpora are read ({} payloads)", payloads.len());
    for payload in &payloads {
        let one_line = payload.replace('\n', " ");
        for source in [
            payload.clone(),
            format!("Text `{one_line}` text"),
            format!("```html\n{payload}\n```"),
            format!("[link]({one_line})"),
            format!("[link](<{one_line}>)"),
            format!("![image]({one_line})"),
            format!("[ref]\n\n[ref]: {one_line}"),
            format!("> - {payload}"),
            format!("| a |\n|---|\n| {one_line} |"),
        ] {
            let html = to_html(&source);
            if let Err(problem) = check(&html) {
                panic!("{problem}\nsource: {source:?}\nhtml: {html}");
            }
        }
    }
}

#[test]
fn the_checker_fires_on_markup_the_sink_never_writes() {
    for bad in [
        "<script>alert(1)</script>",
        "<img src=\"x\" onerror=\"alert(1)\" />",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:x\">",
        "<p style=\"x\">a</p>",
        "<em>a",
        "<p>a</em>",
        "a < b",
    ] {
        assert!(check(bad).is_err(), "{bad}");
    }
    assert!(check(&to_html("*a* [b](https://e.com) ![c](/d.png)\n\n```py\nx = 1\n```")).is_ok());
}
