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

/// The toggle that shows the code comparison.
pub const COMPARE_CODE: &str = "Compare code";
/// The same toggle while the comparison is shown.
pub const SHOW_ANSWERS: &str = "Show answers";
/// The heading of the comparison when both responses contain code.
pub const DIFF_OF_CODE: &str = "The code of both responses, compared line by line";
/// The heading of the comparison when a response contains no code.
pub const DIFF_OF_TEXT: &str = "Both responses in full, compared line by line (one of them has no code block)";
/// Read before a line only the left response has.
pub const REMOVED: &str = "only in";
/// Read before a line only the right response has.
pub const ADDED: &str = "only in";
/// Shown when both sides are the same.
pub const NO_DIFFERENCES: &str = "No differences.";
/// The heading of one side of the comparison: `{letter}` is replaced.
pub const RESPONSE_LETTER: &str = "Response {letter}";
