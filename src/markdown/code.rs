//! Code blocks as the sink writes them: a figure with a header (language,
//! copy and wrap buttons) around a `<pre><code>` holding one highlighted
//! element per source line. Line numbers come from CSS counters, so they
//! are neither in the text nor in a selection.
//!
//! ```html
//! <figure dir="ltr" class="pw-code" data-lang="python" data-lines="2" data-digits="1" data-wrap="false">
//!   <div class="pw-code__bar">
//!     <span class="pw-code__lang">Python</span>
//!     <span class="pw-code__status" role="status"></span>
//!     <button type="button" class="pw-code__button" data-action="copy">Copy</button>
//!     <button type="button" class="pw-code__button" data-action="wrap" aria-pressed="false">Wrap lines</button>
//!   </div>
//!   <pre class="pw-code__pre" tabindex="0" aria-label="Python code, scrollable"><code class="language-python"><span class="pw-code__line">…\n</span>…</code></pre>
//! </figure>
//! ```
//!
//! The buttons carry no handler: one delegated listener in
//! `components/markdown_view.rs` acts on `data-action`.

use pulldown_cmark_escape::escape_html;

use crate::highlight;
use crate::i18n::{fill, CodeWords};

/// The class of a code block's figure.
pub const FIGURE_CLASS: &str = "pw-code";
/// The class of each line element inside `<code>`.
pub const LINE_CLASS: &str = "pw-code__line";

/// A block with more lines than this has them in chunks of this many
/// (`pw-code__chunk`), each laid out only near the viewport: a 50,000-line
/// block would otherwise take the browser many seconds to lay out. A chunk
/// carries `data-first`, the number of lines before it, and `data-lines`,
/// its own, which the view turns into its line counter start and its
/// estimated height.
pub const CHUNK_LINES: usize = 400;
/// The class of a chunk of lines.
pub const CHUNK_CLASS: &str = "pw-code__chunk";

/// The label shown for an unknown language: the fence's first word as
/// written, at most this many characters.
const MAX_LABEL_CHARS: usize = 24;

/// The first word of a fence info string (as the CommonMark spec's
/// renderer takes it for the `language-` class).
pub fn fence_word(info: &str) -> &str {
    // One loop over the characters: `split_whitespace` is an iterator of
    // its own in the wasm.
    let mut start = None;
    for (i, c) in info.char_indices() {
        match (start, c.is_whitespace()) {
            (None, false) => start = Some(i),
            (Some(from), true) => return info.get(from..i).unwrap_or(""),
            _ => {}
        }
    }
    start.and_then(|from| info.get(from..)).unwrap_or("")
}

/// Appends the HTML of a code block with fence info `info` (empty for an
/// indented block) and content `text` to `out`.
pub fn write_block(out: &mut String, info: &str, text: &str, words: &CodeWords, chunks: &mut Vec<String>) {
    let word = fence_word(info);
    let lang = highlight::language(info);
    let label: String = match lang {
        Some(lang) => lang.name().to_string(),
        None if word.is_empty() => words.plain_text.to_string(),
        None => word.chars().take(MAX_LABEL_CHARS).collect(),
    };
    let lines = highlight::to_html_lines(lang, text);
    let count = lines.len();

    // Code reads left to right whatever the language of the UI.
    out.push_str("<figure dir=\"ltr\" class=\"");
    out.push_str(FIGURE_CLASS);
    out.push('"');
    if let Some(lang) = lang {
        out.push_str(" data-lang=\"");
        let _ = escape_html(&mut *out, &lang.name().to_ascii_lowercase());
        out.push('"');
    }
    out.push_str(" data-lines=\"");
    out.push_str(&count.to_string());
    out.push_str("\" data-digits=\"");
    out.push_str(&count.max(1).to_string().len().to_string());
    out.push_str("\" data-wrap=\"false\"><div class=\"pw-code__bar\"><span class=\"pw-code__lang\">");
    let _ = escape_html(&mut *out, &label);
    out.push_str("</span><span class=\"pw-code__status\" role=\"status\"></span>");
    out.push_str("<button type=\"button\" class=\"pw-code__button\" data-action=\"copy\">");
    out.push_str(words.copy);
    out.push_str(
        "</button><button type=\"button\" class=\"pw-code__button\" data-action=\"wrap\" aria-pressed=\"false\">",
    );
    out.push_str(words.wrap_lines);
    out.push_str("</button></div><pre class=\"pw-code__pre\" tabindex=\"0\" aria-label=\"");
    let name = match word {
        "" => words.plain_scrollable.to_string(),
        _ => fill(words.scrollable, &[&label]),
    };
    let _ = escape_html(&mut *out, &name);
    out.push_str("\"><code");
    if !word.is_empty() {
        out.push_str(" class=\"language-");
        let _ = escape_html(&mut *out, word);
        out.push('"');
    }
    out.push('>');
    // Each line keeps its newline, so the text of `<code>` is the code.
    // A long block's chunks after the first are deferred (see
    // `markdown::fill`): an empty element here, the lines in `chunks`.
    let chunked = count > CHUNK_LINES;
    let mut deferred: Option<(usize, String)> = None;
    for (n, line) in lines.iter().enumerate() {
        if chunked && n % CHUNK_LINES == 0 {
            if n > 0 {
                out.push_str("</span>");
            }
            if let Some((k, content)) = deferred.take() {
                chunks[k] = content;
            }
            let size = CHUNK_LINES.min(count - n);
            let mut tag = format!("<span class=\"{CHUNK_CLASS}\" data-first=\"{n}\" data-lines=\"{size}\"");
            if n == 0 {
                tag.push('>');
                out.push_str(&tag);
            } else {
                deferred = Some((crate::markdown::open_deferred(out, &tag, chunks), String::new()));
            }
        }
        let target = match deferred.as_mut() {
            Some((_, content)) => content,
            None => &mut *out,
        };
        target.push_str("<span class=\"");
        target.push_str(LINE_CLASS);
        target.push_str("\">");
        target.push_str(line);
        target.push_str("\n</span>");
    }
    if let Some((k, content)) = deferred.take() {
        chunks[k] = content;
    }
    if chunked {
        out.push_str("</span>");
    }
    out.push_str("</code></pre></figure>\n");
}
