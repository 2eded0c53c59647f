//! What starts a block: the scanners the block phase tries at the first
//! non-space character of a line (ATX headings, fences, thematic breaks,
//! setext underlines, list markers, task markers). Each reads one line,
//! given without its line ending.

/// The byte at `i`, or a newline past the end.
pub(super) fn at(line: &[u8], i: usize) -> u8 {
    line.get(i).copied().unwrap_or(b'\n')
}

/// Whether `b` is a space or a tab.
pub(super) fn space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// The first index from `i` that is not a space or tab.
pub(super) fn skip_spaces(line: &[u8], mut i: usize) -> usize {
    while i < line.len() && space(line[i]) {
        i += 1;
    }
    i
}

/// Whether only spaces and tabs follow `i`.
pub(super) fn blank_from(line: &[u8], i: usize) -> bool {
    skip_spaces(line, i) >= line.len()
}

/// How many times `c` repeats from `i`. Shared by every scanner that
/// counts a run (fences, backticks, delimiters, dashes) and kept out of
/// line, so the loop is in the wasm once.
#[inline(never)]
pub(super) fn run(line: &[u8], i: usize, c: u8) -> usize {
    let mut j = i;
    while j < line.len() && line[j] == c {
        j += 1;
    }
    j.saturating_sub(i)
}

/// An ATX heading opener at `i`: its level and where its content starts.
pub(super) fn atx(line: &[u8], i: usize) -> Option<(u8, usize)> {
    let level = run(line, i, b'#');
    let after = at(line, i + level);
    ((1..=6).contains(&level) && (space(after) || after == b'\n')).then_some((level as u8, i + level))
}

/// An ATX heading's content from `i`: trimmed, without its closing
/// sequence of `#`s.
pub(super) fn atx_content(line: &[u8], i: usize) -> (usize, usize) {
    let start = skip_spaces(line, i).min(line.len());
    let mut end = line.len();
    while end > start && space(line[end - 1]) {
        end -= 1;
    }
    let mut hashes = end;
    while hashes > start && line[hashes - 1] == b'#' {
        hashes -= 1;
    }
    if hashes < end && (hashes == start || space(line[hashes - 1])) {
        end = hashes;
        while end > start && space(line[end - 1]) {
            end -= 1;
        }
    }
    (start, end)
}

/// A code fence opener at `i`: its character and length.
pub(super) fn fence(line: &[u8], i: usize) -> Option<(u8, usize)> {
    let c = at(line, i);
    if c != b'`' && c != b'~' {
        return None;
    }
    let len = run(line, i, c);
    if len < 3 {
        return None;
    }
    // A backtick fence's info string has no backtick.
    if c == b'`' && line[i + len..].contains(&b'`') {
        return None;
    }
    Some((c, len))
}

/// Whether a closing fence of at least `len` `c`s is at `i`.
pub(super) fn fence_close(line: &[u8], i: usize, c: u8, len: usize) -> bool {
    let n = run(line, i, c);
    n >= len && blank_from(line, i + n)
}

/// Whether a thematic break is at `i`: three or more `*`, `-` or `_`,
/// alone on the line but for spaces and tabs. If not, where it fails.
pub(super) fn thematic(line: &[u8], i: usize) -> Result<(), usize> {
    let c = at(line, i);
    if c != b'*' && c != b'-' && c != b'_' {
        return Err(i);
    }
    let mut count = 0;
    for (j, &b) in line.iter().enumerate().skip(i) {
        if b == c {
            count += 1;
        } else if !space(b) {
            return Err(j);
        }
    }
    if count >= 3 {
        Ok(())
    } else {
        Err(line.len())
    }
}

/// A setext underline at `i`: level 1 for `=`, 2 for `-`.
pub(super) fn setext(line: &[u8], i: usize) -> Option<u8> {
    let c = at(line, i);
    let level = match c {
        b'=' => 1,
        b'-' => 2,
        _ => return None,
    };
    blank_from(line, i + run(line, i, c)).then_some(level)
}

/// A list marker found by [`list_marker`].
#[derive(Clone, Copy, Debug)]
pub(super) struct Marker {
    /// `1.` or `1)` rather than `-`, `+` or `*`.
    pub ordered: bool,
    /// The bullet, or the delimiter after the number.
    pub mark: u8,
    /// The number of an ordered marker.
    pub start: u64,
    /// The marker's length in bytes.
    pub len: usize,
}

/// A list marker at `i`. One that would interrupt a paragraph must start
/// an item with content, and number it 1 if ordered.
pub(super) fn list_marker(line: &[u8], i: usize, interrupts: bool) -> Option<Marker> {
    let c = at(line, i);
    let marker = if matches!(c, b'*' | b'-' | b'+') {
        Marker { ordered: false, mark: c, start: 0, len: 1 }
    } else if c.is_ascii_digit() {
        let digits = line[i..].iter().take(10).take_while(|b| b.is_ascii_digit()).count();
        if digits > 9 {
            return None;
        }
        let start = line[i..i + digits].iter().fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
        let mark = at(line, i + digits);
        if (mark != b'.' && mark != b')') || (interrupts && start != 1) {
            return None;
        }
        Marker { ordered: true, mark, start, len: digits + 1 }
    } else {
        return None;
    };
    let after = at(line, i + marker.len);
    if !space(after) && after != b'\n' {
        return None;
    }
    if interrupts && blank_from(line, i + marker.len) {
        return None;
    }
    Some(marker)
}

/// A task list marker at `i` (`[ ]`, `[x]` or `[X]` then white space or
/// the line's end): whether it is checked, and where it ends.
pub(super) fn task(line: &[u8], i: usize) -> Option<(bool, usize)> {
    if at(line, i) != b'[' || at(line, i + 2) != b']' {
        return None;
    }
    let checked = match at(line, i + 1) {
        b' ' | b'\t' => false,
        b'x' | b'X' => true,
        _ => return None,
    };
    let after = at(line, i + 3);
    (space(after) || after == b'\n').then_some((checked, i + 3))
}
