//! The user-visible text of code blocks and of the code comparison, in one
//! place so it can move into a locale table as a whole. English only.

/// The copy button of a code block.
pub const COPY: &str = "Copy";
/// Shown for a moment after a code block was copied.
pub const COPIED: &str = "Copied";
/// Shown when the clipboard refused the text; the code is selected instead.
pub const PRESS_TO_COPY: &str = "Press Ctrl+C to copy";
/// The line-wrapping toggle of a code block.
pub const WRAP_LINES: &str = "Wrap lines";
/// The label of a code block whose fence names no language.
pub const PLAIN_TEXT: &str = "Text";
/// The accessible name of a code block's scroll area: `{lang}` is replaced
/// by the block's label.
pub const CODE_SCROLLABLE: &str = "{lang} code, scrollable";
/// The same for a block whose fence names no language.
pub const PLAIN_CODE_SCROLLABLE: &str = "Code, scrollable";

/// The toggle button that shows the comparison in place of the answers.
/// Its label stays the same; `aria-pressed` says whether it is on.
pub const COMPARE_CODE: &str = "Compare code";
/// The note above the comparison when both responses contain code.
pub const DIFF_OF_CODE: &str = "The code blocks of both responses, compared line by line.";
/// The note above the comparison when a response contains no code block.
pub const DIFF_OF_TEXT: &str = "One response has no code block, so both are compared in full, line by line.";
/// What changed: `{changed}`, `{removed}`, `{added}`, `{left}`, `{right}`
/// are replaced.
pub const DIFF_COUNTS: &str = "{changed} changed, {removed} only in {left}, {added} only in {right}";
/// Shown when both sides are the same.
pub const NO_DIFFERENCES: &str = "No differences.";
/// Read before a line that only the left response has (or its changed
/// version of a line).
pub const REMOVED: &str = "removed: ";
/// Read before a line that only the right response has (or its changed
/// version of a line).
pub const ADDED: &str = "added: ";
/// The heading of a side of the comparison: `{letter}` is replaced.
pub const RESPONSE_LETTER: &str = "Response {letter}";
/// The accessible name of the comparison.
pub const COMPARISON: &str = "Comparison of the responses";
/// The column of line numbers.
pub const LINE: &str = "Line";
