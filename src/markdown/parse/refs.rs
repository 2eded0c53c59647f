//! Link reference definitions (`[label]: destination "title"`): read from
//! the start of paragraphs by the block phase, kept in [`Links`] for the
//! inline phase and for the parts of a long document rendered alone.

use super::fold::key;
use super::link::{destination, label, spaces, title};
use super::starts::at;
use super::text::unescape;

/// Link reference definitions: label key (case folded, see `fold.rs`),
/// destination and title, sorted by key, the first definition of a label
/// kept.
#[derive(Debug, Default)]
pub struct Links(Vec<(String, String, String)>);

impl Links {
    /// The definitions in `defs`, in document order.
    pub(super) fn new(mut defs: Vec<(String, String, String)>) -> Self {
        // A stable sort: of equal keys, the first stays first.
        defs.sort_by(|a, b| a.0.cmp(&b.0));
        defs.dedup_by(|later, first| later.0 == first.0);
        Links(defs)
    }

    /// The index of the definition of `label` (as written between its
    /// brackets).
    pub(super) fn find(&self, label: &str) -> Option<usize> {
        let key = key(label);
        self.0.binary_search_by(|def| def.0.as_str().cmp(&key)).ok()
    }

    /// The destination and title of definition `index`.
    pub(super) fn entry(&self, index: usize) -> (&str, &str) {
        self.0.get(index).map_or(("", ""), |(_, dest, title)| (dest.as_str(), title.as_str()))
    }

    /// How many labels are defined.
    pub(super) fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no label is defined.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The end of a line at `i` if only spaces and tabs are left on it: the
/// start of the next line, or the end.
fn line_end(s: &[u8], i: usize) -> Option<usize> {
    let j = spaces(s, i);
    match at(s, j) {
        b'\n' => Some((j + 1).min(s.len())),
        _ => None,
    }
}

/// The definition `text` starts with: its length (through its line's end)
/// and the definition.
pub(super) fn definition(text: &str) -> Option<(usize, (String, String, String))> {
    let s = text.as_bytes();
    let close = label(s, 0)?;
    if at(s, close + 1) != b':' {
        return None;
    }
    let mut i = spaces(s, close + 2);
    if at(s, i) == b'\n' && i < s.len() {
        i = spaces(s, i + 1);
    }
    let (dest_start, dest_end, after) = destination(s, i)?;
    if after == i {
        return None;
    }
    // A title needs white space before it, and nothing after it on its line.
    let mut j = spaces(s, after);
    if at(s, j) == b'\n' && j < s.len() {
        j = spaces(s, j + 1);
    }
    let titled = title(s, j).filter(|_| j > after).and_then(|(a, b, end)| Some((a, b, line_end(s, end)?)));
    let (title_range, end) = match titled {
        Some((a, b, end)) => ((a, b), end),
        None => ((0, 0), line_end(s, after)?),
    };
    let mut dest = String::new();
    unescape(text.get(dest_start..dest_end)?, &mut dest);
    let mut title_text = String::new();
    unescape(text.get(title_range.0..title_range.1)?, &mut title_text);
    Some((end, (key(text.get(1..close)?), dest, title_text)))
}

#[cfg(test)]
mod tests {
    use super::{definition, Links};

    #[test]
    fn definitions_are_read_to_their_line_end() {
        let (len, def) = definition("[Foo]: /url \"title\"\nrest\n").expect("a definition");
        assert_eq!(len, 20);
        assert_eq!(def, ("foo".into(), "/url".into(), "title".into()));
        let (len, def) = definition("[a]:\n<b c>\n'd'\n").expect("a definition");
        assert_eq!((len, def.1.as_str(), def.2.as_str()), (15, "b c", "d"));
        let (_, def) = definition("[a]: /u\n\"not closed\n").expect("a definition without title");
        assert_eq!(def.2, "");
        assert!(definition("[a]: /u \"t\" junk\n").is_none());
        assert!(definition("[a]:\n").is_none());
        assert!(definition("[]: /u\n").is_none());
    }

    #[test]
    fn the_first_definition_of_a_label_wins() {
        let links = Links::new(vec![
            ("b".into(), "/1".into(), String::new()),
            ("a".into(), "/2".into(), String::new()),
            ("b".into(), "/3".into(), String::new()),
        ]);
        assert_eq!(links.find("B").map(|i| links.entry(i)), Some(("/1", "")));
        assert_eq!(links.find("a").map(|i| links.entry(i)), Some(("/2", "")));
        assert_eq!(links.find("c"), None);
    }
}
