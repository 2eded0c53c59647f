//! The events of the widget's Markdown parser written as the CommonMark
//! reference renderer writes HTML (raw HTML passed through, every link
//! kept, task markers as pulldown-cmark writes them), for tests that compare the
//! parser with the spec or with pulldown-cmark.

use pairwise::markdown::parse::{parse as parse_markdown, Align, Event, Links, Tag};
use pulldown_cmark_escape::{escape_href, escape_html};

/// The spec renderer's HTML for `markdown`.
pub fn spec_html(markdown: &str) -> String {
    let doc = parse_markdown(markdown, &Links::default());
    let mut out = String::new();
    let mut in_head = false;
    let mut alt = 0usize;
    let mut titles = Vec::new();
    for &event in &doc.events {
        let text = |span| doc.text(span);
        if alt > 0 {
            match event {
                Event::Text(t) | Event::Code(t) | Event::Html(t) => {
                    let _ = escape_html(&mut out, text(t));
                }
                Event::SoftBreak | Event::HardBreak => out.push('\n'),
                Event::Start(Tag::Image(..)) => alt += 1,
                Event::End(Tag::Image(..)) => {
                    alt -= 1;
                    if alt == 0 {
                        out.push('"');
                        let title: &str = titles.pop().unwrap_or("");
                        if !title.is_empty() {
                            out.push_str(" title=\"");
                            let _ = escape_html(&mut out, title);
                            out.push('"');
                        }
                        out.push_str(" />");
                    }
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => out.push_str("<p>"),
                Tag::Heading(level) => out.push_str(&format!("<h{level}>")),
                Tag::Quote => out.push_str("<blockquote>\n"),
                Tag::List(start) => match start {
                    Some(1) => out.push_str("<ol>\n"),
                    Some(n) => out.push_str(&format!("<ol start=\"{n}\">\n")),
                    None => out.push_str("<ul>\n"),
                },
                Tag::Item => out.push_str("<li>"),
                Tag::Table => out.push_str("<table>"),
                Tag::TableHead => {
                    in_head = true;
                    out.push_str("<thead><tr>");
                }
                Tag::TableRow => out.push_str("<tr>"),
                Tag::TableCell(align) => {
                    out.push_str(if in_head { "<th" } else { "<td" });
                    out.push_str(match align {
                        Align::None => ">",
                        Align::Left => " align=\"left\">",
                        Align::Center => " align=\"center\">",
                        Align::Right => " align=\"right\">",
                    });
                }
                Tag::Emphasis => out.push_str("<em>"),
                Tag::Strong => out.push_str("<strong>"),
                Tag::Strikethrough => out.push_str("<del>"),
                Tag::Link(dest, title) => {
                    out.push_str("<a href=\"");
                    let _ = escape_href(&mut out, text(dest));
                    out.push('"');
                    if !title.is_empty() {
                        out.push_str(" title=\"");
                        let _ = escape_html(&mut out, text(title));
                        out.push('"');
                    }
                    out.push('>');
                }
                Tag::Image(dest, title) => {
                    out.push_str("<img src=\"");
                    let _ = escape_href(&mut out, text(dest));
                    out.push_str("\" alt=\"");
                    titles.push(text(title));
                    alt = 1;
                }
            },
            Event::End(tag) => out.push_str(&match tag {
                Tag::Paragraph => "</p>\n".to_string(),
                Tag::Heading(level) => format!("</h{level}>\n"),
                Tag::Quote => "</blockquote>\n".into(),
                Tag::List(start) => if start.is_some() { "</ol>\n" } else { "</ul>\n" }.into(),
                Tag::Item => "</li>\n".into(),
                Tag::Table => "</tbody></table>\n".into(),
                Tag::TableHead => {
                    in_head = false;
                    "</tr></thead><tbody>\n".into()
                }
                Tag::TableRow => "</tr>\n".into(),
                Tag::TableCell(_) => if in_head { "</th>" } else { "</td>" }.into(),
                Tag::Emphasis => "</em>".into(),
                Tag::Strong => "</strong>".into(),
                Tag::Strikethrough => "</del>".into(),
                Tag::Link(..) | Tag::Image(..) => "</a>".into(),
            }),
            Event::Text(t) => {
                let _ = escape_html(&mut out, text(t));
            }
            Event::Code(t) => {
                out.push_str("<code>");
                let _ = escape_html(&mut out, text(t));
                out.push_str("</code>");
            }
            Event::Html(t) | Event::HtmlBlock(t) => out.push_str(text(t)),
            Event::CodeBlock(info, t) => {
                out.push_str("<pre><code");
                if let Some(word) = text(info).split_whitespace().next() {
                    out.push_str(" class=\"language-");
                    let _ = escape_html(&mut out, word);
                    out.push('"');
                }
                out.push('>');
                let _ = escape_html(&mut out, text(t));
                out.push_str("</code></pre>\n");
            }
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push_str("<br />\n"),
            Event::Rule => out.push_str("<hr />\n"),
            Event::Task(checked) => out.push_str(if checked {
                "<input disabled=\"\" type=\"checkbox\" checked=\"\"/>\n"
            } else {
                "<input disabled=\"\" type=\"checkbox\"/>\n"
            }),
            Event::Inline(_) => {}
        }
    }
    out
}

// Not every test that includes this module compares this way.
#[allow(dead_code)]
pub fn normalize(html: &str) -> String {
    let mut out = String::new();
    for line in html.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    // Line breaks next to tags are not significant.
    out.replace(">\n", ">").replace("\n<", "<").replace("&quot;", "\"").replace("&#39;", "'").trim_end().to_string()
}
