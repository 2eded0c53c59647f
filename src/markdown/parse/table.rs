//! GitHub tables: the delimiter row under a header (`|---|:-:|`) and the
//! cutting of a row into cells at its unescaped pipes. As in
//! pulldown-cmark, which the widget used before, a table starts on a
//! paragraph's first line, or on a later one that starts with `|`.

use super::starts::{at, run, space};
use super::text::push_safe;
use super::Align;

/// The column alignments of a delimiter row at `i`: cells of `-` with an
/// optional `:` at either end, at least one pipe.
pub(super) fn delimiter_row(line: &[u8], i: usize) -> Option<Vec<Align>> {
    let mut aligns = Vec::new();
    let (mut pipes, mut j) = (0, i);
    if at(line, j) == b'|' {
        pipes += 1;
        j += 1;
    }
    loop {
        while j < line.len() && space(line[j]) {
            j += 1;
        }
        if j >= line.len() {
            break;
        }
        let left = line[j] == b':';
        j += usize::from(left);
        let dashes = run(line, j, b'-');
        if dashes == 0 {
            return None;
        }
        j += dashes;
        let right = at(line, j) == b':';
        j += usize::from(right);
        while j < line.len() && space(line[j]) {
            j += 1;
        }
        aligns.push(match (left, right) {
            (true, true) => Align::Center,
            (true, false) => Align::Left,
            (false, true) => Align::Right,
            (false, false) => Align::None,
        });
        match at(line, j) {
            b'|' => {
                pipes += 1;
                j += 1;
            }
            b'\n' => break,
            _ => return None,
        }
    }
    (pipes > 0 && !aligns.is_empty()).then_some(aligns)
}

/// The cells of a row, as ranges of `line` without surrounding white
/// space: a leading and a trailing pipe are optional, `\|` is a pipe in a
/// cell.
pub(super) fn cells(line: &[u8]) -> Vec<(usize, usize)> {
    let mut start = 0;
    let mut end = line.len();
    while start < end && space(line[start]) {
        start += 1;
    }
    while end > start && space(line[end - 1]) {
        end -= 1;
    }
    if at(line, start) == b'|' && start < end {
        start += 1;
    }
    let mut cells = Vec::new();
    let mut i = start;
    let mut cell = start;
    while i < end {
        match line[i] {
            b'\\' => i += 2,
            b'|' => {
                cells.push(trim(line, cell, i));
                i += 1;
                cell = i;
            }
            _ => i += 1,
        }
    }
    if cell < end {
        cells.push(trim(line, cell, end));
    }
    cells
}

/// Whether `line` has an unescaped pipe.
pub(super) fn has_pipe(line: &[u8]) -> bool {
    let mut i = 0;
    while i < line.len() {
        match line[i] {
            b'\\' => i += 2,
            b'|' => return true,
            _ => i += 1,
        }
    }
    false
}

/// The range from `start` to `end` without surrounding spaces and tabs.
pub(super) fn trim(line: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    end = end.min(line.len());
    while start < end && space(line[start]) {
        start += 1;
    }
    while end > start && space(line[end - 1]) {
        end -= 1;
    }
    (start, end)
}

/// Appends a cell's text to `buf`, `\|` read as `|`.
pub(super) fn push_cell(buf: &mut String, cell: &str) {
    // Bytes, not `str::find("\\|")`: the substring searcher is more code.
    let bytes = cell.as_bytes();
    let mut plain = 0;
    for i in 1..bytes.len() {
        if bytes[i] == b'|' && bytes[i - 1] == b'\\' && i > plain {
            push_safe(buf, cell.get(plain..i - 1).unwrap_or(""));
            plain = i;
        }
    }
    push_safe(buf, cell.get(plain..).unwrap_or(""));
}
