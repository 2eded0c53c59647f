//! Huge single blocks in chunks. A paragraph, the outermost list or a code
//! block too big for the browser to lay out at once (one 10 MB paragraph,
//! 100,000 list items, 50,000 lines of code) is written as a run of chunk
//! elements the stylesheet lays out only near the viewport
//! (`content-visibility: auto`). Every chunk but the first is deferred: the
//! HTML holds an empty element with `data-chunk="K"` and the content is the
//! render's `K`th chunk, which the view fills in idle time and [`fill`]
//! puts back. Code blocks are cut in [`super::code`]; paragraphs and lists
//! here, as [`super::write`] writes them.

use pulldown_cmark_escape::escape_html_body_text;

use super::write::list_tag;

/// A paragraph is cut between words every this many bytes of HTML, outside
/// any emphasis, inline code, link or image.
const PARAGRAPH_CHUNK_BYTES: usize = 16 * 1024;
/// The outermost list is cut every this many items, into lists that go on
/// numbering.
const LIST_CHUNK_ITEMS: usize = 500;

/// The attribute of a deferred chunk's element, up to its value.
const CHUNK_MARK: &str = " data-chunk=\"";

/// Opens a deferred chunk: its element's opening tag `tag` (without the
/// `>`), marked with the index of the content it gets, reserved in `chunks`.
/// Returns the index.
pub(crate) fn open_deferred(out: &mut String, tag: &str, chunks: &mut Vec<String>) -> usize {
    let k = chunks.len();
    chunks.push(String::new());
    out.push_str(tag);
    out.push_str(CHUNK_MARK);
    out.push_str(&k.to_string());
    out.push_str("\">");
    k
}

/// Where `needle` first occurs in `hay`, compared as bytes: `str::find`
/// with a `&str` brings in the two-way substring searcher, more code than
/// these short marks need.
fn find(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// `html` with every deferred chunk's content in its place (nested ones
/// too): the HTML the view shows once it is complete.
pub fn fill(html: &str, chunks: &[String]) -> String {
    fn fill_into(out: &mut String, html: &str, chunks: &[String], depth: usize) {
        let mut rest = html;
        while let Some(at) = find(rest, CHUNK_MARK) {
            out.push_str(rest.get(..at).unwrap_or(""));
            let after = rest.get(at + CHUNK_MARK.len()..).unwrap_or("");
            let Some(end) = find(after, "\">") else { break };
            out.push('>');
            let k = after.get(..end).and_then(|k| k.parse::<usize>().ok());
            if let Some(chunk) = k.and_then(|k| chunks.get(k)).filter(|_| depth < 4) {
                fill_into(out, chunk, chunks, depth + 1);
            }
            rest = after.get(end + 2..).unwrap_or("");
        }
        out.push_str(rest);
    }
    let mut out = String::with_capacity(html.len() + chunks.iter().map(String::len).sum::<usize>());
    fill_into(&mut out, html, chunks, 0);
    out
}

/// The chunking state of one render.
#[derive(Default)]
pub(super) struct Chunks {
    /// The paragraph being written.
    pub(super) paragraph: Option<Chunked>,
    /// Open lists; the outermost is the one cut.
    lists: usize,
    list: Option<(Chunked, Option<u64>, usize)>,
    /// Emphasis, strong, strikethrough, links and images open.
    inline: usize,
}

/// A block being written in chunks: where its content starts in the
/// output, where the current chunk's content starts, and the deferred
/// chunk being written, if any.
pub(super) struct Chunked {
    start: usize,
    chunk: usize,
    cut: bool,
    deferred: Option<usize>,
}

impl Chunked {
    pub(super) fn at(start: usize) -> Self {
        Chunked { start, chunk: start, cut: false, deferred: None }
    }

    /// Ends the current chunk: `tail` ends its content, `close` its
    /// element. The first cut wraps the first chunk in `first` (an opening
    /// tag) where the block's content started; a deferred chunk's content
    /// moves to `chunks`.
    fn close(&mut self, out: &mut String, first: &str, tail: &str, close: &str, chunks: &mut [String]) {
        out.push_str(tail);
        match self.deferred.take() {
            Some(k) => chunks[k] = out.split_off(self.chunk),
            None if !self.cut => out.insert_str(self.start, first),
            None => {}
        }
        self.cut = true;
        out.push_str(close);
    }

    /// Opens the next chunk, deferred: its element's opening tag `tag`
    /// (without the `>`), then `lead`, the start of its content.
    fn open(&mut self, out: &mut String, tag: &str, lead: &str, chunks: &mut Vec<String>) {
        let k = open_deferred(out, tag, chunks);
        self.deferred = Some(k);
        self.chunk = out.len();
        out.push_str(lead);
    }
}

impl Chunks {
    const TEXT_OPEN: &str = "<span class=\"pw-chunk\">";
    const TEXT_TAG: &str = "<span class=\"pw-chunk\"";
    const LIST_OPEN: &str = "<div class=\"pw-chunk\">\n";
    const LIST_TAG: &str = "<div class=\"pw-chunk\"";

    /// Cuts a long paragraph before the next event when it may be cut
    /// there: not inside emphasis, a link or an image, nor at its end.
    pub(super) fn before(&mut self, out: &mut String, paragraph_end: bool, chunks: &mut Vec<String>) {
        if self.inline == 0 && !paragraph_end {
            if let Some(p) = self.paragraph.as_mut().filter(|p| out.len() - p.chunk >= PARAGRAPH_CHUNK_BYTES) {
                p.close(out, Self::TEXT_OPEN, "", "</span>", chunks);
                p.open(out, Self::TEXT_TAG, "", chunks);
            }
        }
    }

    /// An emphasis, strong, strikethrough, link or image opens.
    pub(super) fn open_inline(&mut self) {
        self.inline += 1;
    }

    /// An emphasis, strong, strikethrough, link or image closes.
    pub(super) fn close_inline(&mut self) {
        self.inline = self.inline.saturating_sub(1);
    }

    /// Writes text, cutting a long paragraph between words.
    pub(super) fn text(&mut self, out: &mut String, mut text: &str, chunks: &mut Vec<String>) {
        while let Some(p) = self.paragraph.as_mut().filter(|_| self.inline == 0) {
            let room = PARAGRAPH_CHUNK_BYTES.saturating_sub(out.len() - p.chunk);
            if text.len() <= room {
                break;
            }
            let mut at = text.as_bytes()[..=room].iter().rposition(|&b| b == b' ').map_or(room, |i| i + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let _ = escape_html_body_text(&mut *out, &text[..at]);
            text = &text[at..];
            p.close(out, Self::TEXT_OPEN, "", "</span>", chunks);
            p.open(out, Self::TEXT_TAG, "", chunks);
        }
        let _ = escape_html_body_text(&mut *out, text);
    }

    /// At a paragraph's end (before `</p>`).
    pub(super) fn end_paragraph(&mut self, out: &mut String, chunks: &mut [String]) {
        if let Some(mut p) = self.paragraph.take().filter(|p| p.cut) {
            p.close(out, Self::TEXT_OPEN, "", "</span>", chunks);
        }
    }

    /// Notes a list opening at `at` in the output (its tag not yet written).
    pub(super) fn open_list(&mut self, at: usize, start: Option<u64>) {
        self.lists += 1;
        if self.lists == 1 {
            self.list = Some((Chunked::at(at), start, 0));
        }
    }

    /// Before an item: cuts the outermost list every [`LIST_CHUNK_ITEMS`].
    pub(super) fn item(&mut self, out: &mut String, chunks: &mut Vec<String>) {
        if self.lists != 1 {
            return;
        }
        let Some((list, start, items)) = self.list.as_mut() else { return };
        if *items > 0 && *items % LIST_CHUNK_ITEMS == 0 {
            let end = if start.is_some() { "</ol>\n" } else { "</ul>\n" };
            list.close(out, Self::LIST_OPEN, end, "</div>\n", chunks);
            let mut lead = String::new();
            list_tag(&mut lead, start.map(|s| s + *items as u64));
            list.open(out, Self::LIST_TAG, &lead, chunks);
        }
        *items += 1;
    }

    /// After a list's closing tag.
    pub(super) fn close_list(&mut self, out: &mut String, chunks: &mut [String]) {
        self.lists = self.lists.saturating_sub(1);
        if self.lists > 0 {
            return;
        }
        if let Some((mut list, ..)) = self.list.take().filter(|(list, ..)| list.cut) {
            list.close(out, Self::LIST_OPEN, "", "</div>\n", chunks);
        }
    }
}
