//! The edit script between two sequences of strings: Myers' O(ND)
//! difference algorithm in linear space (the middle snake, divided and
//! conquered), as in git's xdiff, with its cost limit so that large or
//! pathological pairs stay fast.
//!
//! The common prefix and suffix are set aside first, then the items the
//! other sequence does not have at all (they can only be changed): two texts
//! with nothing in common cost one pass. The search of a region stops after
//! `MAX_COST` edits and splits it at the furthest point reached instead of
//! the middle of a shortest path, and after `BUDGET` steps in all the
//! regions left are marked changed whole. Below those limits the script is
//! minimal.

use core::ops::Range;

use super::Interner;

/// A region where two sequences differ: `left[left]` was replaced by
/// `right[right]` (either may be empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// The items of the left sequence in the region.
    pub left: Range<usize>,
    /// The items of the right sequence in the region.
    pub right: Range<usize>,
}

/// The regions where `a` and `b` differ, in order and apart; everything
/// between them is equal. The script is minimal (fewest items removed and
/// added) unless the limits above cut the search short.
pub fn edits(a: &[&str], b: &[&str]) -> Vec<Edit> {
    let mut interner = Interner::new();
    let a: Vec<u32> = a.iter().map(|s| interner.intern(s)).collect();
    let b: Vec<u32> = b.iter().map(|s| interner.intern(s)).collect();
    let prefix = a.iter().zip(&b).take_while(|(p, q)| p == q).count();
    let (x, y) = (a.get(prefix..).unwrap_or_default(), b.get(prefix..).unwrap_or_default());
    let suffix = x.iter().rev().zip(y.iter().rev()).take_while(|(p, q)| p == q).count();
    let (x, y) = (x.get(..x.len() - suffix).unwrap_or_default(), y.get(..y.len() - suffix).unwrap_or_default());
    // Only the items both sides have are searched; the others are changed.
    let mut sides = vec![0u8; interner.len()];
    for (ids, side) in [(x, 1), (y, 2)] {
        for &id in ids {
            if let Some(seen) = sides.get_mut(id as usize) {
                *seen |= side;
            }
        }
    }
    let searched = |ids: &[u32]| {
        let (mut kept, mut at) = (Vec::new(), Vec::new());
        for (i, &id) in ids.iter().enumerate() {
            if sides.get(id as usize) == Some(&3) {
                kept.push(id);
                at.push(i);
            }
        }
        (kept, at)
    };
    let ((x_ids, x_at), (y_ids, y_at)) = (searched(x), searched(y));
    let (x_changed, y_changed) = Search::new(&x_ids, &y_ids).run();
    let removed = flags(a.len(), prefix..prefix + x.len(), &x_at, &x_changed);
    let added = flags(b.len(), prefix..prefix + y.len(), &y_at, &y_changed);
    hunks(&removed, &added)
}

/// Which of `len` items are changed: those in `middle`, except that the
/// searched ones (at these offsets into `middle`) are as the search found.
fn flags(len: usize, middle: Range<usize>, at: &[usize], changed: &[bool]) -> Vec<bool> {
    let mut flags = vec![false; len];
    let start = middle.start;
    mark(&mut flags, middle);
    for (&i, &c) in at.iter().zip(changed) {
        flags.get_mut(start + i).into_iter().for_each(|f| *f = c);
    }
    flags
}

/// Marks the items of `range` changed.
fn mark(flags: &mut [bool], range: Range<usize>) {
    if let Some(flags) = flags.get_mut(range) {
        flags.fill(true);
    }
}

/// The regions: each run of removed items with the run of added ones
/// between the same two equal items.
fn hunks(removed: &[bool], added: &[bool]) -> Vec<Edit> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    loop {
        let (i0, j0) = (i, j);
        i += removed.get(i..).unwrap_or_default().iter().take_while(|&&r| r).count();
        j += added.get(j..).unwrap_or_default().iter().take_while(|&&r| r).count();
        if i > i0 || j > j0 {
            out.push(Edit { left: i0..i, right: j0..j });
        }
        if i >= removed.len() && j >= added.len() {
            return out;
        }
        (i, j) = (i + 1, j + 1);
    }
}

/// Search steps (diagonals tried and items compared) after which the
/// regions not yet split are marked changed whole: a fraction of a second,
/// far more than two answers need.
const BUDGET: usize = 1 << 25;

/// The edits after which a region's search takes the furthest point
/// reached. (git's limit, which grows with the square root of the length
/// past 65,536 items, stays 256 here: long texts take fewer steps a split.)
const MAX_COST: isize = 256;

/// The furthest index into `x` reached on each diagonal `k = i - j` (at
/// `reach[k + offset]`), by the forward or the backward search.
struct Diagonals {
    reach: Vec<isize>,
    offset: isize,
}

impl Diagonals {
    fn at(&self, k: isize) -> isize {
        self.reach.get((k + self.offset) as usize).copied().unwrap_or(0)
    }

    fn set(&mut self, k: isize, i: isize) {
        if let Some(slot) = self.reach.get_mut((k + self.offset) as usize) {
            *slot = i;
        }
    }

    /// The diagonals in reach after one more edit than `lo..=hi`: one
    /// further out on each side where the region has room (the diagonal
    /// beyond is marked `none`, unreached), one further in where it has not.
    fn widen(&mut self, (lo, hi): (isize, isize), (dmin, dmax): (isize, isize), none: isize) -> (isize, isize) {
        let lo = if lo > dmin {
            self.set(lo - 2, none);
            lo - 1
        } else {
            lo + 1
        };
        let hi = if hi < dmax {
            self.set(hi + 2, none);
            hi + 1
        } else {
            hi - 1
        };
        (lo, hi)
    }
}

/// The middle-snake search of `x` against `y`, forward from the start of a
/// region and backward from its end.
struct Search<'s> {
    x: &'s [u32],
    y: &'s [u32],
    forward: Diagonals,
    backward: Diagonals,
    budget: usize,
}

impl<'s> Search<'s> {
    fn new(x: &'s [u32], y: &'s [u32]) -> Self {
        let (len, offset) = (x.len() + y.len() + 3, y.len() as isize + 1);
        let diagonals = || Diagonals { reach: vec![0; len], offset };
        Search { x, y, forward: diagonals(), backward: diagonals(), budget: BUDGET }
    }

    /// Which items of `x` and of `y` are changed. Regions wait on a stack
    /// (no recursion); each is trimmed of its common ends, then split in
    /// two smaller ones or, when one side is empty, marked changed.
    fn run(mut self) -> (Vec<bool>, Vec<bool>) {
        let (mut x_changed, mut y_changed) = (vec![false; self.x.len()], vec![false; self.y.len()]);
        let mut regions = vec![(0, self.x.len() as isize, 0, self.y.len() as isize)];
        while let Some((mut i0, mut i1, mut j0, mut j1)) = regions.pop() {
            while i0 < i1 && j0 < j1 && self.same(i0, j0) {
                (i0, j0) = (i0 + 1, j0 + 1);
            }
            while i0 < i1 && j0 < j1 && self.same(i1 - 1, j1 - 1) {
                (i1, j1) = (i1 - 1, j1 - 1);
            }
            let split = if i0 == i1 || j0 == j1 || self.budget == 0 { None } else { Some(self.split(i0, i1, j0, j1)) };
            match split {
                Some((i, j))
                    if (i0..=i1).contains(&i) && (j0..=j1).contains(&j) && i0 + j0 < i + j && i + j < i1 + j1 =>
                {
                    regions.push((i, i1, j, j1));
                    regions.push((i0, i, j0, j));
                }
                _ => {
                    mark(&mut x_changed, i0 as usize..i1 as usize);
                    mark(&mut y_changed, j0 as usize..j1 as usize);
                }
            }
        }
        (x_changed, y_changed)
    }

    /// Whether `x[i]` and `y[j]` are there and equal.
    fn same(&self, i: isize, j: isize) -> bool {
        let item = self.x.get(i as usize);
        item.is_some() && item == self.y.get(j as usize)
    }

    /// Where a shortest path from `(i0, j0)` to `(i1, j1)` goes from the
    /// forward search's reach into the backward one's (Myers' middle snake);
    /// past the cost limit or the budget, the furthest point reached.
    fn split(&mut self, i0: isize, i1: isize, j0: isize, j1: isize) -> (isize, isize) {
        let (dmin, dmax, fmid, bmid) = (i0 - j1, i1 - j0, i0 - j0, i1 - j1);
        let odd = (fmid - bmid) & 1 != 0;
        let (mut fmin, mut fmax, mut bmin, mut bmax) = (fmid, fmid, bmid, bmid);
        self.forward.set(fmid, i0);
        self.backward.set(bmid, i1);
        let mut cost = 0;
        while cost < MAX_COST && self.budget > 0 {
            cost += 1;
            // One more edit on each diagonal in reach, then the equal run.
            (fmin, fmax) = self.forward.widen((fmin, fmax), (dmin, dmax), i0 - 1);
            let mut k = fmax;
            while k >= fmin {
                let (below, above) = (self.forward.at(k - 1), self.forward.at(k + 1));
                let start = if below >= above { below + 1 } else { above };
                let mut i = start;
                while i < i1 && i - k < j1 && self.same(i, i - k) {
                    i += 1;
                }
                self.budget = self.budget.saturating_sub(1 + (i - start) as usize);
                self.forward.set(k, i);
                if odd && bmin <= k && k <= bmax && self.backward.at(k) <= i {
                    return (i, i - k);
                }
                k -= 2;
            }
            // The same backward, from the end.
            (bmin, bmax) = self.backward.widen((bmin, bmax), (dmin, dmax), i1 + 1);
            let mut k = bmax;
            while k >= bmin {
                let (below, above) = (self.backward.at(k - 1), self.backward.at(k + 1));
                let start = if below < above { below } else { above - 1 };
                let mut i = start;
                while i > i0 && i - k > j0 && self.same(i - 1, i - k - 1) {
                    i -= 1;
                }
                self.budget = self.budget.saturating_sub(1 + (start - i) as usize);
                self.backward.set(k, i);
                if !odd && fmin <= k && k <= fmax && i <= self.forward.at(k) {
                    return (i, i - k);
                }
                k -= 2;
            }
        }
        // The point of either search furthest from where it started.
        let mut best = (0, i0, j0);
        let mut k = fmax;
        while k >= fmin {
            let i = self.forward.at(k).min(i1).min(j1 + k);
            if i + i - k - i0 - j0 > best.0 {
                best = (i + i - k - i0 - j0, i, i - k);
            }
            k -= 2;
        }
        let mut k = bmax;
        while k >= bmin {
            let i = self.backward.at(k).max(i0).max(j0 + k);
            if i1 + j1 - i - i + k >= best.0 {
                best = (i1 + j1 - i - i + k, i, i - k);
            }
            k -= 2;
        }
        (best.1, best.2)
    }
}
