//! The "Compare code" toggle and the side-by-side comparison it shows in
//! place of the two answers: left and right in the displayed order, under
//! the same letters as the panes.
//!
//! The comparison is built once, the first time it is shown, and kept. Its
//! table is made element by element with text nodes (no HTML strings): it
//! can have thousands of rows and nothing in it is reactive.

use leptos::prelude::*;

use super::node::{dynamic_when, el, nothing, reactive, Node};
use super::{Ctx, Toggle};
use wasm_bindgen::JsCast;

use crate::diff::{compared_texts, folds, side_by_side, Counts, Row, RowKind, Side};
use crate::i18n::{fill, CodeWords, Strings};

/// The toggle: pressed while the comparison replaces the answers.
#[component]
pub fn CompareToggle(
    /// Whether the comparison is shown.
    comparing: Toggle,
    /// Its words, in the widget's language.
    words: &'static CodeWords,
) -> Node {
    el("button")
        .attr("type", "button")
        .class("pw-compare")
        .attr("data-testid", "pw-compare")
        .attr("aria-pressed", reactive(move || if comparing.get() { "true" } else { "false" }))
        .on("click", move |_| comparing.set(!comparing.get_untracked()))
        .child(words.compare)
        .into()
}

/// Where the comparison goes: empty until it is first shown, then kept
/// (hidden while the answers are shown).
#[component]
pub fn ComparisonSlot(
    /// State (the task and the displayed order).
    ctx: Ctx,
    /// Whether the comparison is shown.
    comparing: Toggle,
) -> Node {
    let mut opened = false;
    dynamic_when(move || {
        // Once built it stays: nothing is read again.
        if opened || !comparing.get() {
            return None;
        }
        opened = true;
        Some(
            el("div")
                .class("pw-diff-slot")
                .attr("hidden", reactive(move || !comparing.get()))
                .child(Comparison(ComparisonProps { ctx })),
        )
    })
}

/// The comparison of the two responses.
#[component]
pub fn Comparison(
    /// State (the task and the displayed order).
    ctx: Ctx,
) -> Node {
    let Some((task, display)) = ctx.peek().map(|s| (s.task.clone(), s.display.clone())) else {
        return nothing();
    };
    let (t, words) = (ctx.strings, ctx.strings.code);
    let content = |k: usize| task.response(&display.order[k]).map(|r| r.content.clone()).unwrap_or_default();
    let letters = [display.letter(&display.order[0]), display.letter(&display.order[1])];
    let (left, right, code) = compared_texts(&content(0), &content(1));
    let rows = side_by_side(&left, &right);
    let counts = Counts::of(&rows);
    let summary = if counts.changed + counts.removed + counts.added == 0 {
        words.no_differences.to_string()
    } else {
        let [left, right] = letters.map(String::from);
        let (changed, removed, added) = (t.number(counts.changed), t.number(counts.removed), t.number(counts.added));
        fill(words.diff_counts, &[&changed, &removed, &left, &added, &right])
    };
    let table = build_table(&rows, letters, t);
    el("section")
        .class("pw-diff")
        .attr("aria-label", words.comparison)
        .attr("data-testid", "pw-diff")
        .attr("data-compared", if code { "code" } else { "text" })
        .child(el("p").class("pw-diff__about").child(if code { words.diff_of_code } else { words.diff_of_text }))
        .child(el("p").class("pw-diff__summary").attr("data-testid", "pw-diff-summary").child(summary))
        .child(el("div").class("pw-diff__body").with_element(move |body| {
            if let Some(table) = table {
                let _ = body.append_child(&table);
            }
        }))
        .into()
}

/// A new element with a class. Table elements also get their role, as the
/// stylesheet lays them out as grids (which may hide a table's semantics).
fn element(document: &web_sys::Document, tag: &str, class: &str) -> Option<web_sys::Element> {
    let el = document.create_element(tag).ok()?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    let role = match tag {
        "table" => "table",
        "thead" | "tbody" => "rowgroup",
        "tr" => "row",
        "th" => "columnheader",
        "td" => "cell",
        _ => "",
    };
    if !role.is_empty() {
        el.set_attribute("role", role).ok()?;
    }
    Some(el)
}

/// The comparison table: a header with both letters, then one row per line
/// pair with each side's line number and text. Long stretches of unchanged
/// lines ([`folds`]) are folded into a row with a button that shows them.
fn build_table(rows: &[Row], letters: [char; 2], t: &'static Strings) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let table = element(&document, "table", "pw-diff__table")?;
    let head = element(&document, "tr", "")?;
    for letter in letters {
        let number = element(&document, "th", "pw-diff__num")?;
        number.set_attribute("scope", "col").ok()?;
        let hidden = element(&document, "span", "pw-visually-hidden")?;
        hidden.set_text_content(Some(t.code.line));
        number.append_child(&hidden).ok()?;
        let title = element(&document, "th", "pw-diff__title")?;
        title.set_attribute("scope", "col").ok()?;
        title.set_text_content(Some(&format!("{} {letter}", t.response)));
        head.append_with_node_2(&number, &title).ok()?;
    }
    let thead = element(&document, "thead", "")?;
    thead.append_child(&head).ok()?;
    let body = element(&document, "tbody", "")?;
    let mut folds = folds(rows).into_iter().peekable();
    let mut folded: Vec<web_sys::Element> = Vec::new();
    for (at, row) in rows.iter().enumerate() {
        let tr = element(&document, "tr", "pw-diff__row")?;
        let kind = match row.kind {
            RowKind::Same => "same",
            RowKind::Changed => "changed",
            RowKind::Removed => "removed",
            RowKind::Added => "added",
        };
        tr.set_attribute("data-kind", kind).ok()?;
        let changed = row.kind != RowKind::Same;
        side_cells(&document, &tr, row.left.as_ref(), changed, false, t.code)?;
        side_cells(&document, &tr, row.right.as_ref(), changed, true, t.code)?;
        match folds.peek() {
            Some(fold) if fold.contains(&at) => {
                folded.push(tr);
                if at + 1 == fold.end {
                    folds.next();
                    let rows = std::mem::take(&mut folded);
                    let fold = fold_row(&document, rows, t)?;
                    body.append_child(&fold).ok()?;
                }
            }
            _ => {
                body.append_child(&tr).ok()?;
            }
        }
    }
    table.append_with_node_2(&thead, &body).ok()?;
    // The table can be wider than the view on narrow screens.
    let scroll = element(&document, "div", "pw-diff__scroll")?;
    scroll.append_child(&table).ok()?;
    Some(scroll)
}

/// The row standing for the folded `rows`: a button that puts them in its
/// place and moves the focus to the first of them.
fn fold_row(
    document: &web_sys::Document,
    rows: Vec<web_sys::Element>,
    t: &'static Strings,
) -> Option<web_sys::Element> {
    let tr = element(document, "tr", "pw-diff__fold")?;
    let cell = element(document, "td", "")?;
    let button = element(document, "button", "pw-diff__unfold")?;
    button.set_attribute("type", "button").ok()?;
    button.set_text_content(Some(&fill(t.code.show_unchanged, &[&t.number(rows.len())])));
    let fold = tr.clone();
    let unfold = super::later::once_js(move || {
        for row in &rows {
            let _ = fold.before_with_node_1(row);
        }
        fold.remove();
        // The button is gone: the focus goes to the first line shown.
        if let Some(first) = rows.first().and_then(|row| row.query_selector(".pw-diff__line").ok().flatten()) {
            let _ = first.set_attribute("tabindex", "-1");
            let _ = first.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
    button.add_event_listener_with_callback("click", unfold.unchecked_ref()).ok()?;
    cell.append_child(&button).ok()?;
    tr.append_child(&cell).ok()?;
    Some(tr)
}

/// The two cells of one side of a row: its line number and its text, with
/// a `−`/`+` mark and a spoken "removed"/"added" when it differs, inside
/// `<del>`/`<ins>`, and the changed words in `<mark>`-like spans.
fn side_cells(
    document: &web_sys::Document,
    tr: &web_sys::Element,
    side: Option<&Side>,
    changed: bool,
    right: bool,
    words: &CodeWords,
) -> Option<()> {
    let number = element(document, "td", "pw-diff__num")?;
    let cell = element(document, "td", "pw-diff__line")?;
    cell.set_attribute("data-side", if right { "right" } else { "left" }).ok()?;
    tr.append_with_node_2(&number, &cell).ok()?;
    let Some(side) = side else {
        cell.set_attribute("data-empty", "").ok()?;
        return Some(());
    };
    number.set_text_content(Some(&side.number.to_string()));
    let (tag, mark, spoken) = match (changed, right) {
        (false, _) => ("span", " ", ""),
        (true, false) => ("del", "\u{2212}", words.removed),
        (true, true) => ("ins", "+", words.added),
    };
    let marker = element(document, "span", "pw-diff__mark")?;
    marker.set_attribute("aria-hidden", "true").ok()?;
    marker.set_text_content(Some(mark));
    cell.append_child(&marker).ok()?;
    if !spoken.is_empty() {
        let hidden = element(document, "span", "pw-visually-hidden")?;
        hidden.set_text_content(Some(spoken));
        cell.append_child(&hidden).ok()?;
    }
    let text = element(document, tag, "pw-diff__text")?;
    for (piece, differs) in side.pieces() {
        if differs {
            let word = element(document, "span", "pw-diff__word")?;
            word.set_text_content(Some(piece));
            text.append_child(&word).ok()?;
        } else if !piece.is_empty() {
            text.append_with_str_1(piece).ok()?;
        }
    }
    cell.append_child(&text).ok()?;
    Some(())
}
