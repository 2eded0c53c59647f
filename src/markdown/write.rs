//! The writer: a parsed document's events as HTML, the tags of the
//! Markdown the widget reads and nothing else. Text is escaped; raw HTML is
//! written as text; links and images pass [`super::safe_url`] or are left
//! out (their text stays); an image's content becomes its `alt` attribute;
//! code blocks are written by [`super::code`]. Table cell alignment is a
//! `data-align` attribute (the stylesheet aligns), not a `style`, so hosts
//! with a strict `style-src` see it too.

use pulldown_cmark_escape::{escape_href, escape_html, escape_html_body_text};

use super::chunks::{Chunked, Chunks};
use super::parse::{Align, Doc, Event, Span, Tag};
use super::{code, safe_url};

/// What was opened for a link or image, so its end can match.
enum Opened {
    /// An `<a>` we wrote.
    Anchor,
    /// An `<img>` we are writing; its title.
    Image(Span),
    /// Nothing: the target was refused and only the text is shown.
    Nothing,
}

/// The heading tags by level.
const HEADINGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

/// Whether the output ends a line: blocks start on a fresh one.
fn fresh(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Writes `doc` as HTML to `out`; the content of deferred chunks (see
/// [`super::fill`]) goes to `deferred`.
pub(super) fn html(out: &mut String, doc: &Doc, words: &crate::i18n::CodeWords, deferred: &mut Vec<String>) {
    let mut writer =
        Writer { out, doc, deferred, chunks: Chunks::default(), opened: Vec::new(), alt: 0, in_head: false };
    for &event in &doc.events {
        match writer.alt {
            0 => writer.event(event, words),
            _ => writer.alt_text(event),
        }
    }
}

/// The state of one document being written.
struct Writer<'a> {
    out: &'a mut String,
    doc: &'a Doc,
    deferred: &'a mut Vec<String>,
    chunks: Chunks,
    opened: Vec<Opened>,
    /// Inside an image, how many images deep: the text is its `alt`.
    alt: usize,
    /// In a table's header row.
    in_head: bool,
}

impl Writer<'_> {
    /// Writes an event inside an image: its text to the `alt` attribute.
    fn alt_text(&mut self, event: Event) {
        let out = &mut *self.out;
        match event {
            Event::Text(text) | Event::Code(text) | Event::Html(text) => {
                let _ = escape_html(&mut *out, self.doc.text(text));
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Image(..)) => self.alt += 1,
            Event::End(Tag::Image(..)) if self.alt > 1 => self.alt -= 1,
            Event::End(Tag::Image(..)) => {
                self.alt = 0;
                self.chunks.close_inline();
                out.push('"');
                if let Some(Opened::Image(title)) = self.opened.pop() {
                    if !title.is_empty() {
                        out.push_str(" title=\"");
                        let _ = escape_html(&mut *out, self.doc.text(title));
                        out.push('"');
                    }
                }
                out.push_str(" loading=\"lazy\" referrerpolicy=\"no-referrer\" />");
            }
            _ => {}
        }
    }

    /// Writes an event outside images.
    fn event(&mut self, event: Event, words: &crate::i18n::CodeWords) {
        self.chunks.before(self.out, matches!(event, Event::End(Tag::Paragraph)), self.deferred);
        let (out, doc) = (&mut *self.out, self.doc);
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Html(text) => self.chunks.text(out, doc.text(text), self.deferred),
            Event::Code(text) => {
                out.push_str("<code>");
                let _ = escape_html_body_text(&mut *out, doc.text(text));
                out.push_str("</code>");
            }
            Event::HtmlBlock(text) => {
                out.push_str("<p class=\"pw-md-raw\">");
                self.chunks.text(out, doc.text(text), self.deferred);
                out.push_str("</p>");
            }
            Event::CodeBlock(info, text) => {
                code::write_block(out, doc.text(info), doc.text(text), words, self.deferred)
            }
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push_str("<br />\n"),
            Event::Rule => {
                fresh(out);
                out.push_str("<hr />\n");
            }
            Event::Task(true) => out.push_str("<input disabled=\"\" type=\"checkbox\" checked=\"\"/>\n"),
            Event::Task(false) => out.push_str("<input disabled=\"\" type=\"checkbox\"/>\n"),
            Event::Inline(_) => {}
        }
    }

    /// Writes the start of `tag`.
    fn start(&mut self, tag: Tag) {
        let (out, doc, chunks) = (&mut *self.out, self.doc, &mut self.chunks);
        match tag {
            Tag::Paragraph => {
                fresh(out);
                out.push_str("<p>");
                chunks.paragraph = Some(Chunked::at(out.len()));
            }
            Tag::Heading(level) => {
                fresh(out);
                out.push('<');
                out.push_str(HEADINGS[usize::from(level.clamp(1, 6)) - 1]);
                out.push('>');
            }
            Tag::Quote => {
                fresh(out);
                out.push_str("<blockquote>\n");
            }
            Tag::List(first) => {
                fresh(out);
                chunks.open_list(out.len(), first);
                list_tag(out, first);
            }
            Tag::Item => {
                chunks.item(out, self.deferred);
                fresh(out);
                out.push_str("<li>");
            }
            Tag::Table => out.push_str("<table>"),
            Tag::TableHead => {
                self.in_head = true;
                out.push_str("<thead><tr>");
            }
            Tag::TableRow => out.push_str("<tr>"),
            Tag::TableCell(align) => {
                out.push_str(if self.in_head { "<th" } else { "<td" });
                out.push_str(match align {
                    Align::Left => " data-align=\"left\">",
                    Align::Center => " data-align=\"center\">",
                    Align::Right => " data-align=\"right\">",
                    Align::None => ">",
                });
            }
            Tag::Emphasis => {
                chunks.open_inline();
                out.push_str("<em>");
            }
            Tag::Strong => {
                chunks.open_inline();
                out.push_str("<strong>");
            }
            Tag::Strikethrough => {
                chunks.open_inline();
                out.push_str("<del>");
            }
            Tag::Link(dest, title) => match safe_url(doc.text(dest)) {
                Some(url) => {
                    chunks.open_inline();
                    self.opened.push(Opened::Anchor);
                    anchor(out, &url, doc.text(title));
                }
                None => self.opened.push(Opened::Nothing),
            },
            Tag::Image(dest, title) => match safe_url(doc.text(dest)).filter(|url| !is_mailto(url)) {
                Some(url) => {
                    chunks.open_inline();
                    self.opened.push(Opened::Image(title));
                    self.alt = 1;
                    out.push_str("<img src=\"");
                    let _ = escape_href(&mut *out, &url);
                    out.push_str("\" alt=\"");
                }
                None => self.opened.push(Opened::Nothing),
            },
        }
    }

    /// Writes the end of `tag`.
    fn end(&mut self, tag: Tag) {
        let (out, chunks) = (&mut *self.out, &mut self.chunks);
        let close = match tag {
            Tag::Paragraph => {
                chunks.end_paragraph(out, self.deferred);
                "</p>\n"
            }
            Tag::Heading(level) => {
                out.push_str("</");
                out.push_str(HEADINGS[usize::from(level.clamp(1, 6)) - 1]);
                ">\n"
            }
            Tag::Quote => "</blockquote>\n",
            Tag::List(first) => {
                out.push_str(if first.is_some() { "</ol>\n" } else { "</ul>\n" });
                chunks.close_list(out, self.deferred);
                ""
            }
            Tag::Item => "</li>\n",
            Tag::Table => "</tbody></table>\n",
            Tag::TableHead => {
                self.in_head = false;
                "</tr></thead><tbody>\n"
            }
            Tag::TableRow => "</tr>\n",
            Tag::TableCell(_) if self.in_head => "</th>",
            Tag::TableCell(_) => "</td>",
            Tag::Emphasis => {
                chunks.close_inline();
                "</em>"
            }
            Tag::Strong => {
                chunks.close_inline();
                "</strong>"
            }
            Tag::Strikethrough => {
                chunks.close_inline();
                "</del>"
            }
            // An image's end is written where its alt text ends.
            Tag::Link(..) | Tag::Image(..) => match self.opened.pop() {
                Some(Opened::Anchor) => {
                    chunks.close_inline();
                    "</a>"
                }
                _ => "",
            },
        };
        out.push_str(close);
    }
}

/// A list's opening tag.
pub(super) fn list_tag(out: &mut String, first: Option<u64>) {
    match first {
        Some(1) => out.push_str("<ol>\n"),
        Some(first) => {
            out.push_str("<ol start=\"");
            out.push_str(&first.to_string());
            out.push_str("\">\n");
        }
        None => out.push_str("<ul>\n"),
    }
}

/// The opening tag of a link to `url` (already checked).
fn anchor(out: &mut String, url: &str, title: &str) {
    out.push_str("<a href=\"");
    // Writing to a String cannot fail.
    let _ = escape_href(&mut *out, url);
    out.push('"');
    if !title.is_empty() {
        out.push_str(" title=\"");
        let _ = escape_html(&mut *out, title);
        out.push('"');
    }
    out.push_str(" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\">");
}

/// Whether `url` is a `mailto:` one (not an image source).
fn is_mailto(url: &str) -> bool {
    url.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("mailto:"))
}
