//! What may follow a `<` inline: a URI autolink (`<https://…>`), an email
//! autolink (`<a@b.c>`, its destination given `mailto:`), or raw HTML.

use super::html;
use super::inline::Inlines;
use super::starts::at;
use super::{Event, Span, Tag};

impl Inlines<'_> {
    /// Reads an autolink or raw HTML at the `<` at `i`; returns its end.
    pub fn angle(&mut self, s: &[u8], i: usize) -> Option<usize> {
        let uri = uri_autolink(s, i + 1);
        if let Some(close) = uri.or_else(|| email_autolink(s, i + 1)) {
            let text = Span::new(i + 1, close);
            let dest = match uri {
                Some(_) => text,
                None => {
                    let address = self.text.get(i + 1..close).unwrap_or("");
                    self.written(|out| {
                        out.push_str("mailto:");
                        out.push_str(address);
                    })
                }
            };
            self.push(Event::Start(Tag::Link(dest, Span::default())));
            self.push(Event::Text(text));
            self.push(Event::End(Tag::Link(dest, Span::default())));
            return Some(close + 1);
        }
        let end = html::inline(s, i, &mut self.missing)?;
        self.push(Event::Html(Span::new(i, end)));
        Some(end)
    }
}

/// The `>` closing a URI autolink whose scheme starts at `i`.
fn uri_autolink(s: &[u8], i: usize) -> Option<usize> {
    let scheme =
        s.get(i..)?.iter().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-')).count();
    if !(2..=32).contains(&scheme) || !at(s, i).is_ascii_alphabetic() || at(s, i + scheme) != b':' {
        return None;
    }
    let rest = s.get(i + scheme + 1..)?;
    let len = rest.iter().take_while(|&&b| b > b' ' && b != b'<' && b != b'>' && b != 0x7f).count();
    (at(rest, len) == b'>' && len < rest.len()).then_some(i + scheme + 1 + len)
}

/// The `>` closing an email autolink whose address starts at `i`.
fn email_autolink(s: &[u8], i: usize) -> Option<usize> {
    let rest = s.get(i..)?;
    let local = rest.iter().take_while(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(b)).count();
    if local == 0 || at(rest, local) != b'@' {
        return None;
    }
    let mut j = local + 1;
    loop {
        let label = rest[j.min(rest.len())..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count();
        if label == 0 || label > 63 || rest[j] == b'-' || rest[j + label - 1] == b'-' {
            return None;
        }
        j += label;
        match at(rest, j) {
            b'.' => j += 1,
            b'>' if j < rest.len() => return Some(i + j),
            _ => return None,
        }
    }
}
