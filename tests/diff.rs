//! The comparison behind the "Compare code" view: line diff, word spans,
//! and what is compared.

use pairwise::diff::{
    compared_texts, edits, folds, side_by_side, words, Counts, Edit, Row, RowKind, Side, CONTEXT, MIN_FOLD,
};

fn kinds(rows: &[Row]) -> Vec<RowKind> {
    rows.iter().map(|r| r.kind).collect()
}

/// The changed words of a side, as text.
fn marked<'a>(side: &Side<'a>) -> Vec<&'a str> {
    side.pieces().into_iter().filter(|p| p.1).map(|p| p.0).collect()
}

#[test]
fn a_known_pair_gives_inserted_removed_and_changed_lines() {
    let left = "def area(r):\n    pi = 3.14\n    return pi * r * r\n\nprint(area(2))\n";
    let right = "import math\n\ndef area(r):\n    return math.pi * r ** 2\n\nprint(area(2))\n";
    let rows = side_by_side(left, right);
    use RowKind::*;
    // `pi = 3.14` has too little in common with the new line to pair with it.
    assert_eq!(kinds(&rows), [Added, Added, Same, Removed, Changed, Same, Same]);
    // Line numbers on each side.
    let numbers: Vec<(Option<usize>, Option<usize>)> =
        rows.iter().map(|r| (r.left.as_ref().map(|s| s.number), r.right.as_ref().map(|s| s.number))).collect();
    assert_eq!(
        numbers,
        [
            (None, Some(1)),
            (None, Some(2)),
            (Some(1), Some(3)),
            (Some(2), None),
            (Some(3), Some(4)),
            (Some(4), Some(5)),
            (Some(5), Some(6))
        ]
    );
    let changed = &rows[4];
    let (l, r) = (changed.left.as_ref().unwrap(), changed.right.as_ref().unwrap());
    assert_eq!(l.text, "    return pi * r * r");
    assert_eq!(r.text, "    return math.pi * r ** 2");
    // Word level: only what differs is marked.
    assert_eq!(marked(l), ["r"]);
    assert_eq!(marked(r), ["math.", "* 2"]);
    // The pieces always concatenate back to the line.
    for row in &rows {
        for side in row.left.iter().chain(row.right.iter()) {
            assert_eq!(side.pieces().iter().map(|p| p.0).collect::<String>(), side.text);
        }
    }
    assert_eq!(Counts::of(&rows), Counts { same: 3, changed: 1, removed: 1, added: 2 });
}

#[test]
fn lines_of_a_changed_region_pair_by_similarity_not_position() {
    let rows = side_by_side("import os\n\ndef total(xs):\n", "def total(xs, start=0):\n");
    use RowKind::*;
    assert_eq!(kinds(&rows), [Removed, Removed, Changed]);
    assert_eq!(rows[2].left.as_ref().unwrap().text, "def total(xs):");
    assert_eq!(marked(rows[2].right.as_ref().unwrap()), [", start=0"]);
    // Lines with nothing in common are not paired, in any order.
    assert_eq!(kinds(&side_by_side("alpha beta\n", "gamma delta\n")), [Removed, Added]);
    // Blanks between two changed words are marked with them.
    let rows = side_by_side("x = a + b\n", "x = c - d\n");
    assert_eq!(marked(rows[0].left.as_ref().unwrap()), ["a + b"]);
}

#[test]
fn word_spans_mark_only_what_differs() {
    let rows = side_by_side("let total = sum(xs);\n", "let total = sum(ys) + 1;\n");
    assert_eq!(kinds(&rows), [RowKind::Changed]);
    let (l, r) = (rows[0].left.as_ref().unwrap(), rows[0].right.as_ref().unwrap());
    assert_eq!(marked(l), ["xs"]);
    assert_eq!(marked(r), ["ys", " + 1"]);
    assert_eq!(l.changed, vec![16..18]);
}

#[test]
fn identical_empty_and_one_sided_texts() {
    let rows = side_by_side("a\nb\n", "a\nb");
    assert!(rows.iter().all(|r| r.kind == RowKind::Same) && rows.len() == 2);
    assert!(side_by_side("", "").is_empty());
    assert_eq!(kinds(&side_by_side("", "x\ny\n")), [RowKind::Added, RowKind::Added]);
    assert_eq!(kinds(&side_by_side("x\r\ny\r\n", "")), [RowKind::Removed, RowKind::Removed]);
    assert_eq!(side_by_side("x\r\n", "x\n")[0].kind, RowKind::Same);
}

#[test]
fn more_lines_on_one_side_of_a_change_pair_in_order() {
    let rows = side_by_side("a\nold 1\nold 2\nz\n", "a\nnew 1\nz\n");
    use RowKind::*;
    assert_eq!(kinds(&rows), [Same, Changed, Removed, Same]);
    assert_eq!(rows[1].right.as_ref().unwrap().text, "new 1");
    assert_eq!(rows[2].left.as_ref().unwrap().text, "old 2");
}

#[test]
fn edits_are_minimal_on_small_cases() {
    let e = |a: &str, b: &str| {
        let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
        edits(&a, &b)
    };
    assert_eq!(e("a b c", "a b c"), []);
    assert_eq!(e("a b c", "a x c"), [Edit { left: 1..2, right: 1..2 }]);
    assert_eq!(e("a b c", "a c"), [Edit { left: 1..2, right: 1..1 }]);
    assert_eq!(e("a c", "a b c"), [Edit { left: 1..1, right: 1..2 }]);
    assert_eq!(e("a b c d", "b c d e"), [Edit { left: 0..1, right: 0..0 }, Edit { left: 4..4, right: 3..4 }]);
}

#[test]
fn edits_stay_fast_on_large_and_pathological_inputs() {
    // 20,000 distinct lines against 20,000 others, and 100,000 equal lines
    // against one: both finish quickly (the caller is a click).
    let a: Vec<String> = (0..20_000).map(|i| format!("left {i}")).collect();
    let b: Vec<String> = (0..20_000).map(|i| format!("right {i}")).collect();
    let (a, b): (Vec<&str>, Vec<&str>) =
        (a.iter().map(|s| s.as_str()).collect(), b.iter().map(|s| s.as_str()).collect());
    let started = std::time::Instant::now();
    let found = edits(&a, &b);
    assert_eq!(found, [Edit { left: 0..20_000, right: 0..20_000 }]);
    let many = vec!["a"; 100_000];
    assert_eq!(edits(&many, &["b"]), [Edit { left: 0..100_000, right: 0..1 }]);
    assert!(started.elapsed().as_secs_f64() < 5.0, "{:?}", started.elapsed());
}

#[test]
fn words_split_identifiers_blanks_and_punctuation() {
    assert_eq!(words("foo_bar(x, 42)  ->y"), ["foo_bar", "(", "x", ",", " ", "42", ")", "  ", "-", ">", "y"]);
    assert_eq!(words("été = 1"), ["été", " ", "=", " ", "1"]);
    assert!(words("").is_empty());
}

#[test]
fn code_is_compared_when_both_have_code_else_the_full_text() {
    let a = "Intro\n\n```py\nx = 1\n```\n\nMore\n\n```py\ny = 2\n```\n";
    let b = "Other words\n\n```py\nx = 2\n```\n";
    assert_eq!(compared_texts(a, b), ("x = 1\n\ny = 2\n".to_string(), "x = 2\n".to_string(), true));
    let prose = "No code here.";
    assert_eq!(compared_texts(a, prose), (a.to_string(), prose.to_string(), false));
}

/// `n` numbered lines, with line `k` changed on the right for each k in `changed`.
fn pair(n: usize, changed: &[usize]) -> (String, String) {
    let left: String = (0..n).map(|i| format!("line {i}\n")).collect();
    let right: String = (0..n)
        .map(|i| if changed.contains(&i) { format!("line {i} edited\n") } else { format!("line {i}\n") })
        .collect();
    (left, right)
}

#[test]
fn long_unchanged_stretches_fold_keeping_context_around_each_change() {
    let (left, right) = pair(100, &[10, 50, 52]);
    let rows = side_by_side(&left, &right);
    assert_eq!(Counts::of(&rows).changed, 3);
    // Before the first change: all but the context; between changes: both
    // contexts kept; after the last: all but the context. Lines 51 (between
    // two close changes) stay.
    assert_eq!(folds(&rows), [0..10 - CONTEXT, 11 + CONTEXT..50 - CONTEXT, 53 + CONTEXT..100]);
    for fold in folds(&rows) {
        assert!(rows[fold].iter().all(|row| row.kind == RowKind::Same));
    }
}

#[test]
fn short_stretches_and_identical_texts_do_not_fold() {
    // A stretch of fewer than MIN_FOLD hidden lines is shown.
    let gap = 2 * CONTEXT + MIN_FOLD - 1;
    let (left, right) = pair(gap + 2, &[0, gap + 1]);
    assert!(folds(&side_by_side(&left, &right)).is_empty());
    let (left, right) = pair(gap + 3, &[0, gap + 2]);
    assert_eq!(folds(&side_by_side(&left, &right)), std::slice::from_ref(&(1 + CONTEXT..gap + 2 - CONTEXT)));
    // Nothing changed: the whole text is shown, as the summary says so.
    let (same, _) = pair(50, &[]);
    assert!(folds(&side_by_side(&same, &same)).is_empty());
    assert!(folds(&[]).is_empty());
}

/// The edit script's contract, checked against exact answers and against
/// imara-diff on random input, and its limits on huge input.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use pairwise::diff::{edits, Edit, Interner};
    use proptest::prelude::*;

    /// Items of the random sequences: few, so that they repeat, with the
    /// blank line and the brace code is full of.
    const ITEMS: [&str; 5] = ["a", "b", "c", "", "}"];

    fn sequence() -> impl Strategy<Value = Vec<&'static str>> {
        proptest::collection::vec(proptest::sample::select(&ITEMS[..]), 0..40)
    }

    /// Checks that `found` is a valid script from `a` to `b`: regions in
    /// order, each changing something, apart (at least one equal item
    /// between two regions), everything outside them equal, and replacing
    /// each region's left items by its right ones gives `b`.
    fn check(a: &[&str], b: &[&str], found: &[Edit]) -> Result<(), TestCaseError> {
        let (mut i, mut j) = (0, 0);
        let mut applied: Vec<&str> = Vec::new();
        for (n, edit) in found.iter().enumerate() {
            let (l, r) = (&edit.left, &edit.right);
            prop_assert!(!l.is_empty() || !r.is_empty(), "empty region {edit:?}");
            prop_assert!(l.end <= a.len() && r.end <= b.len(), "out of range {edit:?}");
            prop_assert!(l.start >= i && r.start >= j && l.start - i == r.start - j, "{found:?}");
            prop_assert!(n == 0 || l.start > i, "regions touch: {found:?}");
            prop_assert_eq!(&a[i..l.start], &b[j..r.start], "unequal between regions: {:?}", found);
            applied.extend(&a[i..l.start]);
            applied.extend(&b[r.clone()]);
            (i, j) = (l.end, r.end);
        }
        prop_assert_eq!(&a[i..], &b[j..], "unequal after the last region: {:?}", found);
        applied.extend(&a[i..]);
        prop_assert_eq!(applied, b);
        Ok(())
    }

    /// Items removed and added.
    fn cost(found: &[Edit]) -> usize {
        found.iter().map(|e| e.left.len() + e.right.len()).sum()
    }

    /// The fewest items removed and added, from the longest common
    /// subsequence (dynamic programming).
    fn fewest(a: &[&str], b: &[&str]) -> usize {
        let mut longest = vec![vec![0; b.len() + 1]; a.len() + 1];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                longest[i][j] =
                    if a[i] == b[j] { longest[i + 1][j + 1] + 1 } else { longest[i + 1][j].max(longest[i][j + 1]) };
            }
        }
        a.len() + b.len() - 2 * longest[0][0]
    }

    /// imara-diff's count of items removed and added.
    fn imara(a: &[&str], b: &[&str], algorithm: imara_diff::Algorithm) -> usize {
        let mut input = imara_diff::InternedInput::default();
        input.update_before(a.iter().copied());
        input.update_after(b.iter().copied());
        let diff = imara_diff::Diff::compute(algorithm, &input);
        (diff.count_removals() + diff.count_additions()) as usize
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn edits_are_valid_and_minimal(a in sequence(), b in sequence()) {
            let found = edits(&a, &b);
            check(&a, &b, &found)?;
            // Exactly minimal (these inputs are far below the cost limit).
            prop_assert_eq!(cost(&found), fewest(&a, &b));
            // So never longer than imara-diff's scripts. (Its "minimal"
            // Myers is not always minimal: before searching it drops items
            // frequent in the other text from stretches of unmatched ones.)
            prop_assert!(cost(&found) <= imara(&a, &b, imara_diff::Algorithm::MyersMinimal));
            prop_assert!(cost(&found) <= imara(&a, &b, imara_diff::Algorithm::Histogram));
        }

        #[test]
        fn edits_of_a_sequence_with_itself_are_none(a in sequence()) {
            prop_assert!(edits(&a, &a).is_empty());
        }
    }

    fn strs(lines: &[String]) -> Vec<&str> {
        lines.iter().map(String::as_str).collect()
    }

    #[test]
    fn huge_inputs_give_valid_edits_past_the_limits() {
        // Nothing in common: one region, found without a search.
        let a: Vec<String> = (0..200_000).map(|i| format!("left {i}")).collect();
        let b: Vec<String> = (0..200_000).map(|i| format!("right {i}")).collect();
        let (a, b) = (strs(&a), strs(&b));
        assert_eq!(edits(&a, &b), [Edit { left: 0..200_000, right: 0..200_000 }]);
        // Few distinct lines in a random order: every region is over the
        // cost limit, and the search runs out of steps. Not minimal, valid.
        let mut seed = 0x2545_f491_u32;
        let mut random = |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % n
        };
        for (distinct, len) in [(4, 20_000), (2, 150_000)] {
            let a: Vec<String> = (0..len).map(|_| format!("line {}", random(distinct))).collect();
            let b: Vec<String> = (0..len).map(|_| format!("line {}", random(distinct))).collect();
            let (a, b) = (strs(&a), strs(&b));
            let found = edits(&a, &b);
            check(&a, &b, &found).unwrap();
            assert!(cost(&found) < a.len() + b.len(), "something is kept in common");
        }
    }

    #[test]
    fn the_interner_gives_each_distinct_string_one_id_in_order() {
        let mut interner = Interner::new();
        assert!(interner.is_empty());
        assert_eq!(
            [interner.intern("b"), interner.intern(""), interner.intern("b"), interner.intern("a")],
            [0, 1, 0, 2]
        );
        assert_eq!((interner.len(), interner.get(1), interner.get(3)), (3, Some(""), None));
        // Enough strings for the table to grow many times and to collide.
        let many: Vec<String> = (0..20_000).map(|i| format!("{i:x}")).collect();
        let ids: Vec<u32> = many.iter().map(|s| interner.intern(s)).collect();
        // "a" and "b" were there first; every other one is new.
        assert_eq!(ids[0xa], 2);
        assert_eq!(ids[0xb], 0);
        assert_eq!(interner.len(), 3 + 20_000 - 2);
        for (s, &id) in many.iter().zip(&ids) {
            assert_eq!((interner.intern(s), interner.get(id)), (id, Some(s.as_str())));
        }
    }
}
